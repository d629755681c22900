// A peer that writes into a segment on demand and says when, with the plain System V API, for the change
// latency benchmark: the time a write was made comes from the writer itself, not from its parent.
//   shmwriter SHMID OFFSET   attach read-write and print "ready"; then, for each line read on stdin, add one
//                            to the 64-bit counter at OFFSET (8-aligned; one 8-byte store) and print
//                            "COUNTER NS", NS being CLOCK_MONOTONIC in nanoseconds read just before the
//                            store; at the end of stdin detach and exit 0
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <sys/shm.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: shmwriter SHMID OFFSET\n");
        return 2;
    }
    const int shmid = std::atoi(argv[1]);
    const unsigned long offset = std::strtoul(argv[2], nullptr, 0);
    struct shmid_ds ds = {};
    if (shmctl(shmid, IPC_STAT, &ds) < 0 || offset % 8 != 0 || offset + 8 > ds.shm_segsz) {
        std::fprintf(stderr, "shmwriter: segment %d is missing, too small, or OFFSET is not 8-aligned\n", shmid);
        return 1;
    }
    void *address = shmat(shmid, nullptr, 0);
    if (address == reinterpret_cast<void *>(-1)) {
        std::fprintf(stderr, "shmwriter: shmat(%d) failed: %s\n", shmid, std::strerror(errno));
        return 1;
    }
    char *counterAt = static_cast<char *>(address) + offset;
    std::uint64_t counter = 0;
    std::memcpy(&counter, counterAt, sizeof counter);
    std::printf("ready\n");
    std::fflush(stdout);
    char line[64];
    while (std::fgets(line, sizeof line, stdin)) {
        ++counter;
        timespec now = {};
        clock_gettime(CLOCK_MONOTONIC, &now);
        // One aligned 8-byte store: a reader never sees half of it.
        std::memcpy(counterAt, &counter, sizeof counter);
        std::printf("%llu %lld\n", static_cast<unsigned long long>(counter),
                    static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
        std::fflush(stdout);
    }
    shmdt(address);
    return 0;
}
