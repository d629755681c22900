// fields: name data compare next kind label
struct node {
    char *name;
    void *data;
    int (*compare)(const void *, const void *);
    struct node *next;
    char kind;
    const char *const label;
};
