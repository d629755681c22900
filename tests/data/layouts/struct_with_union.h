// fields: type u u.i u.f u.s flag
struct message {
    int type;
    union {
        int i;
        float f;
        char s[10];
    } u;
    char flag;
};
