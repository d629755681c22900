// fields: c x d box box.c
typedef int aligned_int __attribute__((aligned(8)));
typedef struct { char c; } __attribute__((aligned(16))) aligned_box;
struct with_aligned {
    char c;
    aligned_int x;
    char d;
    aligned_box box;
};
