// fields: i8 u8 i16 u16 i32 u32 i64 u64 ip sz ssz pd pid uid gid off mode
struct widths {
    int8_t i8;
    uint8_t u8;
    int16_t i16;
    uint16_t u16;
    int32_t i32;
    uint32_t u32;
    int64_t i64;
    uint64_t u64;
    intptr_t ip;
    size_t sz;
    ssize_t ssz;
    ptrdiff_t pd;
    pid_t pid;
    uid_t uid;
    gid_t gid;
    off_t off;
    mode_t mode;
};
