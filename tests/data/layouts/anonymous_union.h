// fields: kind i d tail
struct variant {
    int kind;
    union { // C11 anonymous member: i and d are variant's own
        int i;
        double d;
    };
    char tail;
};
