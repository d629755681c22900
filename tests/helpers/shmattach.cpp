// A peer process for the tests, written with the plain System V API so that it shares nothing with
// the code under test.
//   shmattach SHMID ro|rw   attach, print "attached 0x<address>", hold until stdin closes, detach
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/shm.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 3 || (std::strcmp(argv[2], "ro") != 0 && std::strcmp(argv[2], "rw") != 0)) {
        std::fprintf(stderr, "usage: shmattach SHMID ro|rw\n");
        return 2;
    }
    const int shmid = std::atoi(argv[1]);
    const int flags = std::strcmp(argv[2], "ro") == 0 ? SHM_RDONLY : 0;
    void *address = shmat(shmid, nullptr, flags);
    if (address == reinterpret_cast<void *>(-1)) {
        std::fprintf(stderr, "shmattach: shmat(%d) failed: %s\n", shmid, std::strerror(errno));
        return 1;
    }
    std::printf("attached %p\n", address);
    std::fflush(stdout);
    char buffer[64];
    while (read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
    }
    shmdt(address);
    return 0;
}
