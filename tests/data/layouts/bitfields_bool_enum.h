// fields: flag c s other rest
enum color { RED, GREEN, BLUE, WHITE = 7 };
enum sign { MINUS = -1, ZERO, PLUS };
struct ebits {
    _Bool flag : 1;
    enum color c : 3;
    enum sign s : 2;
    bool other : 1;
    unsigned int rest : 9;
};
