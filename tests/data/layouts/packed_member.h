// fields: c i s l
struct part_packed {
    char c;
    int i __attribute__((packed));
    short s;
    long l __attribute__((packed));
};
