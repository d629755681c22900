// fields: d c
struct trailing {
    double d;
    char c; /* 7 bytes of trailing padding */
};
