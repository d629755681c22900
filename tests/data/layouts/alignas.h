// fields: c x s last
struct aligned_fields {
    _Alignas(16) char c;
    int x;
    _Alignas(8) short s;
    char last;
};
