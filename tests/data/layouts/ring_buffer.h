#define SLOTS 8
struct entry {
    pid_t pid;               // who wrote it
    struct timespec when;    // when
    char msg[40];            // what
};
struct ring {
    pthread_mutex_t m;
    pthread_cond_t not_empty;
    volatile uint32_t head, tail;
    struct entry slots[SLOTS];
};
