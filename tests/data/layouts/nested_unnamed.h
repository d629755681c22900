// fields: pos pos.x pos.y z size size.w size.h
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
