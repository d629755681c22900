// fields: a b c d e
struct flags {
    unsigned int a : 3;
    unsigned int b : 5;
    unsigned int c : 10;
    int d;
    unsigned int e : 1;
};
