struct timing {
    struct timespec started;
    time_t deadline;
    clock_t cpu;
    char label;
    struct timespec intervals[3];
    clockid_t clock;
};
