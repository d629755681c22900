struct mixed {
    char c;
    long l;
    short s;
    char t[3];
    double d;
    char last;
};
