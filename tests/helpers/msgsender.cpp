// A process that sends messages to a queue, or takes them off it, so that a queue has messages, a last sender
// (lspid) and a last receiver (lrpid) that are not the test itself:
//   msgsender MSQID send SIZE...    one message of type 1 a SIZE, each SIZE bytes of 'm'
//   msgsender MSQID receive COUNT   takes COUNT messages off (IPC_NOWAIT)
// Prints "done" and exits 0; on a refusal prints the call and errno on stderr and exits 1; 2 on bad
// arguments. Plain System V, so no code under test is involved.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/msg.h>
#include <vector>

int main(int argc, char **argv)
{
    if (argc < 4 || (std::strcmp(argv[2], "send") != 0 && std::strcmp(argv[2], "receive") != 0)) {
        std::fprintf(stderr, "usage: msgsender MSQID send SIZE... | MSQID receive COUNT\n");
        return 2;
    }
    const int msqid = std::atoi(argv[1]);
    constexpr size_t Largest = 65536;
    std::vector<char> buffer(sizeof(long) + Largest, 'm');
    const long type = 1;
    std::memcpy(buffer.data(), &type, sizeof type);
    if (std::strcmp(argv[2], "send") == 0) {
        for (int i = 3; i < argc; ++i) {
            const size_t size = std::strtoul(argv[i], nullptr, 10);
            if (size > Largest || msgsnd(msqid, buffer.data(), size, IPC_NOWAIT) != 0) {
                std::fprintf(stderr, "msgsender: msgsnd(%d, %zu bytes): %s\n", msqid, size, std::strerror(errno));
                return 1;
            }
        }
    } else {
        const int count = std::atoi(argv[3]);
        for (int i = 0; i < count; ++i) {
            if (msgrcv(msqid, buffer.data(), Largest, 0, IPC_NOWAIT | MSG_NOERROR) < 0) {
                std::fprintf(stderr, "msgsender: msgrcv(%d): %s\n", msqid, std::strerror(errno));
                return 1;
            }
        }
    }
    std::printf("done\n");
    return 0;
}
