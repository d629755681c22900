// fields: a b c after
struct zbits {
    unsigned int a : 3;
    unsigned int : 0; /* next field starts a new unit */
    unsigned int b : 4;
    unsigned int : 5; /* unnamed: padding bits */
    unsigned int c : 2;
    char after;
};
