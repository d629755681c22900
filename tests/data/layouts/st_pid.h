// fields: pid names
// The lesson's struct: 4 + 51 bytes and one byte of trailing padding = 56.
struct st_pid {
    int pid;        // 进程编号
    char names[51]; // 进程名称
};
