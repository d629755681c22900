// fields: lock lock.__data lock.__data.__lock lock.__data.__count lock.__data.__owner lock.__data.__nusers
// fields: lock.__data.__kind lock.__data.__spins lock.__data.__elision lock.__data.__list
// fields: lock.__data.__list.__prev lock.__data.__list.__next lock.__size lock.__align counter owner
struct shared_counter {
    pthread_mutex_t lock; // guards counter
    int counter;
    pid_t owner;
};
