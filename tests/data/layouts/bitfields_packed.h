// fields: a b c d e
struct __attribute__((packed)) pbits {
    char a;
    unsigned int b : 20; /* straddles bytes */
    unsigned int c : 7;
    unsigned long long d : 41;
    short e;
};
