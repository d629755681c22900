// fields: s name b history
enum state { IDLE, RUNNING = 5, STOPPED = -1 };
enum big { BIG_ONE = 1, BIG_HUGE = 0x100000000LL };
struct job {
    enum state s;
    char name[16];
    enum big b;
    enum state history[3];
};
