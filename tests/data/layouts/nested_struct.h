// fields: a in in.c in.i b again again.c again.i
struct inner {
    char c;
    int i;
};
struct outer {
    char a;
    struct inner in; // a struct inside a struct
    char b;
    struct inner again;
};
