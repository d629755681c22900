// fields: f d c ld pair
struct reals {
    float f;
    double d;
    char c;
    long double ld;
    float pair[2];
};
