// A peer process for the tests, written with the plain System V API so that it shares nothing with
// the code under test.
//   shmattach SHMID ro|rw   attach, print "attached 0x<address>", hold until stdin closes, detach
//   shmattach SHMID rw split   the same, but the second page is made read-only (mprotect) before the
//                              line is printed: one attach that /proc/PID/maps shows as two lines
//   shmattach SHMID ro|rw name NAME   the same, named NAME first with prctl(PR_SET_NAME): /proc/PID/comm
//                                     shows its first 15 bytes, whatever they are (newline, ESC, spaces)
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/shm.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    const bool split = argc == 4 && std::strcmp(argv[3], "split") == 0;
    const bool named = argc == 5 && std::strcmp(argv[3], "name") == 0;
    if ((argc != 3 && !split && !named) ||
        (std::strcmp(argv[2], "ro") != 0 && std::strcmp(argv[2], "rw") != 0)) {
        std::fprintf(stderr, "usage: shmattach SHMID ro|rw [split | name NAME]\n");
        return 2;
    }
    if (named && prctl(PR_SET_NAME, argv[4]) != 0) {
        std::fprintf(stderr, "shmattach: prctl(PR_SET_NAME) failed: %s\n", std::strerror(errno));
        return 1;
    }
    const int shmid = std::atoi(argv[1]);
    const int flags = std::strcmp(argv[2], "ro") == 0 ? SHM_RDONLY : 0;
    void *address = shmat(shmid, nullptr, flags);
    if (address == reinterpret_cast<void *>(-1)) {
        std::fprintf(stderr, "shmattach: shmat(%d) failed: %s\n", shmid, std::strerror(errno));
        return 1;
    }
    if (split) {
        const long page = sysconf(_SC_PAGESIZE);
        if (mprotect(static_cast<char *>(address) + page, size_t(page), PROT_READ) != 0) {
            std::fprintf(stderr, "shmattach: mprotect of the second page failed: %s\n", std::strerror(errno));
            return 1;
        }
    }
    std::printf("attached %p\n", address);
    std::fflush(stdout);
    char buffer[64];
    while (read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
    }
    shmdt(address);
    return 0;
}
