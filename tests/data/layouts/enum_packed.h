// fields: e c f i
enum __attribute__((packed)) small { SA, SB, SC };
struct small_enums {
    enum small e;
    char c;
    enum small f;
    int i;
};
