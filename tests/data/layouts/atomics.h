// fields: a b c s total
struct atomic_counters {
    _Atomic int a;
    _Atomic long b;
    char c;
    _Atomic(short) s;
    _Atomic unsigned long long total;
};
