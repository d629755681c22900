// fields: one one.c one.groups one.groups[].id one.groups[].items one.groups[].items[].tag
// fields: one.groups[].items[].values one.d flag two two[].c two[].groups two[].groups[].id
// fields: two[].groups[].items two[].groups[].items[].tag two[].groups[].items[].values two[].d
struct level3 {
    char tag;
    short values[2];
};
struct level2 {
    int id;
    struct level3 items[2];
};
struct level1 {
    char c;
    struct level2 groups[2];
    double d;
};
struct level0 {
    struct level1 one;
    char flag;
    struct level1 two[2];
};
