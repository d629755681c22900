// fields: version length port stamp
struct __attribute__((packed)) wire_header {
    unsigned char version;
    unsigned int length;
    unsigned short port;
    unsigned long long stamp;
};
