// fields: a b c d e
struct tbits {
    char a : 3;
    short b : 9;
    int c : 20;
    long long d : 33;
    unsigned char e : 8;
};
