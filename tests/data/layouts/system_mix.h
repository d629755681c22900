// fields: lock lock.__data lock.__data.__lock lock.__data.__count lock.__data.__owner lock.__data.__nusers
// fields: lock.__data.__kind lock.__data.__spins lock.__data.__elision lock.__data.__list
// fields: lock.__data.__list.__prev lock.__data.__list.__next lock.__size lock.__align ready ready.__size
// fields: ready.__align updated updated.tv_sec updated.tv_nsec active mode level procs procs[].pid
// fields: procs[].names
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
