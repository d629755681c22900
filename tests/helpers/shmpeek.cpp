// A peer process that reads a segment, as the lesson's reader would, with the plain System V API.
//   shmpeek SHMID OFFSET LENGTH   attach read-only, print the bytes as hex on one line, detach, exit 0
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/shm.h>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: shmpeek SHMID OFFSET LENGTH\n");
        return 2;
    }
    const int shmid = std::atoi(argv[1]);
    const unsigned long offset = std::strtoul(argv[2], nullptr, 0);
    const unsigned long length = std::strtoul(argv[3], nullptr, 0);
    struct shmid_ds ds = {};
    if (shmctl(shmid, IPC_STAT, &ds) < 0 || offset + length > ds.shm_segsz) {
        std::fprintf(stderr, "shmpeek: segment %d is too small or missing\n", shmid);
        return 1;
    }
    const void *address = shmat(shmid, nullptr, SHM_RDONLY);
    if (address == reinterpret_cast<void *>(-1)) {
        std::fprintf(stderr, "shmpeek: shmat(%d) failed: %s\n", shmid, std::strerror(errno));
        return 1;
    }
    const auto *bytes = static_cast<const unsigned char *>(address) + offset;
    for (unsigned long i = 0; i < length; ++i)
        std::printf("%02x", bytes[i]);
    std::printf("\n");
    shmdt(address);
    return 0;
}
