// fields: a b c
typedef struct {
    int a;
    char b;
    double c;
} anon_t;
