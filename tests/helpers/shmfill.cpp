// A peer that fills a segment with a file's bytes, as another program would, with the plain System V API: for
// the tests that need a large segment of known bytes (a 256 MiB one is too much for shmpoke's argument).
//   shmfill SHMID OFFSET < FILE   attach read-write, copy standard input to OFFSET on, detach, print
//                                 "filled N" (the bytes copied) and exit 0; exit 1, having said why, when
//                                 the input runs past the segment's end (what fitted is copied)
#include "helperargs.h"

#include <cstdio>
#include <sys/shm.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: shmfill SHMID OFFSET < FILE\n");
        return 2;
    }
    const HelperArgs args("shmfill", argv);
    char *address = static_cast<char *>(args.attach(0, 0));
    if (!address)
        return 1;
    struct shmid_ds ds = {};
    shmctl(args.shmid, IPC_STAT, &ds);
    unsigned long at = args.offset;
    for (;;) {
        // Straight into the segment: no copy of a large input in our memory.
        const unsigned long room = ds.shm_segsz - at;
        char spare;
        const ssize_t got = room > 0 ? read(STDIN_FILENO, address + at, room < (1ul << 20) ? room : (1ul << 20))
                                     : read(STDIN_FILENO, &spare, 1);
        if (got < 0) {
            std::perror("shmfill: read");
            return 1;
        }
        if (got == 0)
            break;
        if (room == 0) {
            std::fprintf(stderr, "shmfill: the input runs past the end of segment %d\n", args.shmid);
            return 1;
        }
        at += static_cast<unsigned long>(got);
    }
    shmdt(address);
    std::printf("filled %lu\n", at - args.offset);
    return 0;
}
