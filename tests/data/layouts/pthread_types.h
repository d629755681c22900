// fields: mutex mutex.__data mutex.__data.__lock mutex.__data.__count mutex.__data.__owner
// fields: mutex.__data.__nusers mutex.__data.__kind mutex.__data.__spins mutex.__data.__elision
// fields: mutex.__data.__list mutex.__data.__list.__prev mutex.__data.__list.__next mutex.__size
// fields: mutex.__align cond cond.__data cond.__data.__wseq cond.__data.__wseq.__value64
// fields: cond.__data.__wseq.__value32 cond.__data.__wseq.__value32.__low cond.__data.__wseq.__value32.__high
// fields: cond.__data.__g1_start cond.__data.__g1_start.__value64 cond.__data.__g1_start.__value32
// fields: cond.__data.__g1_start.__value32.__low cond.__data.__g1_start.__value32.__high cond.__data.__g_refs
// fields: cond.__data.__g_size cond.__data.__g1_orig_size cond.__data.__wrefs cond.__data.__g_signals
// fields: cond.__size cond.__align rwlock rwlock.__data rwlock.__data.__readers rwlock.__data.__writers
// fields: rwlock.__data.__wrphase_futex rwlock.__data.__writers_futex rwlock.__data.__pad3
// fields: rwlock.__data.__pad4 rwlock.__data.__cur_writer rwlock.__data.__shared rwlock.__data.__rwelision
// fields: rwlock.__data.__pad1 rwlock.__data.__pad2 rwlock.__data.__flags rwlock.__size rwlock.__align spin
// fields: barrier barrier.__size barrier.__align mattr mattr.__size mattr.__align tail
struct sync_block {
    pthread_mutex_t mutex;
    pthread_cond_t cond;
    pthread_rwlock_t rwlock;
    pthread_spinlock_t spin;
    pthread_barrier_t barrier;
    pthread_mutexattr_t mattr;
    char tail;
};
