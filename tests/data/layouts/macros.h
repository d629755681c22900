// fields: name values port mask
#define NAME_LEN 32
#define COUNT (4 * 2)
#define FIELD(type, name) type name
struct configured {
    char name[NAME_LEN];
    int values[COUNT];
    FIELD(short, port);
    FIELD(unsigned long, mask);
};
