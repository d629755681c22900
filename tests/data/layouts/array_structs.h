// fields: n pts pts[].x pts[].y closed
struct point {
    int x;
    char y;
};
struct polygon {
    int n;
    struct point pts[4];
    char closed;
};
