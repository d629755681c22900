struct shared_counter {
    pthread_mutex_t lock; // guards counter
    int counter;
    pid_t owner;
};
