struct st_pid {
    int pid;        // 进程编号
    char names[51]; // 进程名称
};
struct shared_state {
    pthread_mutex_t lock;
    sem_t ready;
    struct timespec updated;
    unsigned int active : 1;
    unsigned int mode : 3;
    unsigned int level : 12;
    struct st_pid procs[2];
};
