struct shape {
    struct {
        int x;
        char y;
    } pos;
    short z;
    struct {
        double w, h;
    } size;
};
