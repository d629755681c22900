// fields: c x y
struct __attribute__((aligned(32))) cache_line {
    char c;
    int x __attribute__((aligned(16)));
    char y;
};
