struct sem_queue {
    sem_t empty;
    sem_t full;
    int data[8];
    unsigned head, tail;
};
