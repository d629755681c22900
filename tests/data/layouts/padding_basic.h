// fields: a b c
struct basic {
    char a;  // 3 bytes of padding follow
    int b;
    char c;  // 3 bytes of trailing padding
};
