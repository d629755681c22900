// fields: a t t.c t.i b arr arr[].c arr[].i
#pragma pack(push, 1)
struct tight {
    char c;
    int i;
};
#pragma pack(pop)
struct loose {
    char a;
    struct tight t;
    int b;
    struct tight arr[3];
};
