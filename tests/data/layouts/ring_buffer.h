// fields: m m.__data m.__data.__lock m.__data.__count m.__data.__owner m.__data.__nusers m.__data.__kind
// fields: m.__data.__spins m.__data.__elision m.__data.__list m.__data.__list.__prev m.__data.__list.__next
// fields: m.__size m.__align not_empty not_empty.__data not_empty.__data.__wseq
// fields: not_empty.__data.__wseq.__value64 not_empty.__data.__wseq.__value32
// fields: not_empty.__data.__wseq.__value32.__low not_empty.__data.__wseq.__value32.__high
// fields: not_empty.__data.__g1_start not_empty.__data.__g1_start.__value64
// fields: not_empty.__data.__g1_start.__value32 not_empty.__data.__g1_start.__value32.__low
// fields: not_empty.__data.__g1_start.__value32.__high not_empty.__data.__g_refs not_empty.__data.__g_size
// fields: not_empty.__data.__g1_orig_size not_empty.__data.__wrefs not_empty.__data.__g_signals
// fields: not_empty.__size not_empty.__align head tail slots slots[].pid slots[].when slots[].when.tv_sec
// fields: slots[].when.tv_nsec slots[].msg
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
