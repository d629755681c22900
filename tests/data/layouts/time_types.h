// fields: started started.tv_sec started.tv_nsec deadline cpu label intervals intervals[].tv_sec
// fields: intervals[].tv_nsec clock
struct timing {
    struct timespec started;
    time_t deadline;
    clock_t cpu;
    char label;
    struct timespec intervals[3];
    clockid_t clock;
};
