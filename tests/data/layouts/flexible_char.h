// fields: len kind text
struct text_msg {
    long len;
    char kind;
    char text[];
};
