// fields: mac raw delta name port
struct net_addr {
    uint8_t mac[6];
    unsigned char raw[3];
    signed char delta[2];
    char name[7];
    uint16_t port;
};
