// fields: b c sc uc b2 wc u16
struct chars {
    _Bool b;
    char c;
    signed char sc;
    unsigned char uc;
    bool b2;
    wchar_t wc;
    uint16_t u16;
};
