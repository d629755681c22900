// fields: hdr hdr.type hdr.len body body.a body.b body.tail raw
union packet {
    struct {
        uint8_t type;
        uint16_t len;
    } hdr;
    struct {
        uint32_t a, b;
        uint8_t tail;
    } body;
    uint8_t raw[16];
};
