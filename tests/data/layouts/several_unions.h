// fields: p p.first p.first.i p.first.f p.second p.second.i p.second.f p.name raw
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
