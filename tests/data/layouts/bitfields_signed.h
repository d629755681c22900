// fields: a b c d e
struct sbits {
    int a : 4;
    signed int b : 7;
    unsigned int c : 1;
    long d : 40;
    long long e : 63;
};
