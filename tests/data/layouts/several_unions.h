union number {
    int i;
    float f;
};
struct pair {
    union number first, second;
    char name[5];
};
union holder {
    struct pair p;
    long long raw[2];
};
