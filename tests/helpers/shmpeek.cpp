// A peer process that reads a segment, as the lesson's reader would, with the plain System V API.
//   shmpeek SHMID OFFSET LENGTH   attach read-only, print the bytes as hex on one line, detach, exit 0
#include "helperargs.h"

#include <cstdio>
#include <cstdlib>
#include <sys/shm.h>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: shmpeek SHMID OFFSET LENGTH\n");
        return 2;
    }
    const HelperArgs args("shmpeek", argv);
    const unsigned long length = std::strtoul(argv[3], nullptr, 0);
    const void *address = args.attach(length, SHM_RDONLY);
    if (!address)
        return 1;
    const auto *bytes = static_cast<const unsigned char *>(address) + args.offset;
    for (unsigned long i = 0; i < length; ++i)
        std::printf("%02x", bytes[i]);
    std::printf("\n");
    shmdt(address);
    return 0;
}
