// fields: c l s t d last
struct mixed {
    char c;
    long l;
    short s;
    char t[3];
    double d;
    char last;
};
