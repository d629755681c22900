// fields: word low high bytes
union reg {
    unsigned int word;
    struct {
        unsigned short low;
        unsigned short high;
    };
    unsigned char bytes[4];
};
