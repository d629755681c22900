// fields: buf n items items[].a items[].b
struct item {
    int a;
    char b;
};
struct big_tables {
    char buf[1 << 20];
    int n;
    struct item items[5000]; // more than are listed
};
