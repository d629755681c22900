// fields: c i s d
#pragma pack(push, 1)
struct packed1 {
    char c;
    int i;
    short s;
    double d;
};
#pragma pack(pop)
