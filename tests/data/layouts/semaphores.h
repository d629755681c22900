// fields: empty empty.__size empty.__align full full.__size full.__align data head tail
struct sem_queue {
    sem_t empty;
    sem_t full;
    int data[8];
    unsigned head, tail;
};
