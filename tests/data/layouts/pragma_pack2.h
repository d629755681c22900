// fields: c i d ll
#pragma pack(2)
struct packed2 {
    char c;
    int i;
    char d;
    long long ll;
};
#pragma pack()
