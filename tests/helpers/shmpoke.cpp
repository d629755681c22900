// A peer process that writes into a segment, as another program would, with the plain System V API.
//   shmpoke SHMID OFFSET HEXBYTES   attach read-write, copy the bytes at OFFSET, detach, exit 0
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/shm.h>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: shmpoke SHMID OFFSET HEXBYTES\n");
        return 2;
    }
    const int shmid = std::atoi(argv[1]);
    const unsigned long offset = std::strtoul(argv[2], nullptr, 0);
    std::string bytes;
    const std::string hex = argv[3];
    for (size_t i = 0; i + 1 < hex.size(); i += 2)
        bytes.push_back(char(std::stoi(hex.substr(i, 2), nullptr, 16)));
    struct shmid_ds ds = {};
    if (shmctl(shmid, IPC_STAT, &ds) < 0 || offset + bytes.size() > ds.shm_segsz) {
        std::fprintf(stderr, "shmpoke: segment %d is too small or missing\n", shmid);
        return 1;
    }
    void *address = shmat(shmid, nullptr, 0);
    if (address == reinterpret_cast<void *>(-1)) {
        std::fprintf(stderr, "shmpoke: shmat(%d) failed: %s\n", shmid, std::strerror(errno));
        return 1;
    }
    std::memcpy(static_cast<char *>(address) + offset, bytes.data(), bytes.size());
    shmdt(address);
    return 0;
}
