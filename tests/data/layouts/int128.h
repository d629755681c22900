// fields: c x y s
struct wide {
    char c;
    __int128 x;
    unsigned __int128 y;
    short s;
};
