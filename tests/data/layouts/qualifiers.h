// fields: v c counter both
struct qualified {
    volatile int v;
    const char c;
    volatile uint64_t counter;
    const volatile short both;
};
