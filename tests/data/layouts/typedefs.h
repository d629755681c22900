// fields: h h.id h.kind len trailer trailer[].id trailer[].kind
typedef unsigned int u32;
typedef struct {
    u32 id;
    char kind;
} header_t;
typedef header_t hdr;
struct packet {
    hdr h;
    u32 len;
    hdr trailer[2];
};
