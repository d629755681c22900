// A peer that writes into a segment on demand and says when, with the plain System V API, for the change
// latency benchmark: the time a write was made comes from the writer itself, not from its parent.
//   shmwriter SHMID OFFSET   attach read-write and print "ready"; then, for each line read on stdin, add one
//                            to the 64-bit counter at OFFSET (8-aligned; one 8-byte store) and print
//                            "COUNTER NS", NS being CLOCK_MONOTONIC in nanoseconds read just before the
//                            store; at the end of stdin detach and exit 0
#include "helperargs.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <sys/shm.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: shmwriter SHMID OFFSET\n");
        return 2;
    }
    const HelperArgs args("shmwriter", argv);
    if (args.offset % 8 != 0) {
        std::fprintf(stderr, "shmwriter: OFFSET %lu is not 8-aligned\n", args.offset);
        return 1;
    }
    void *address = args.attach(8, 0);
    if (!address)
        return 1;
    char *counterAt = static_cast<char *>(address) + args.offset;
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
