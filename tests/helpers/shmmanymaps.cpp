// A busy desktop's process for the benchmarks: COUNT separate anonymous pages, every other one read-only so
// that the kernel cannot merge them, and so as many lines in /proc/PID/maps. Holds them until stdin ends
// (or its parent dies), and meanwhile, as told:
//   shmmanymaps COUNT                 nothing more
//   shmmanymaps COUNT create          makes a segment, attaches it and marks it removed (it goes with the
//                                     last detach): prints "created SHMID"
//   shmmanymaps COUNT churn SHMID MS  attaches SHMID, holds it MS ms, detaches, waits MS ms, again, as an
//                                     X11 client using MIT-SHM does with its images
// Prints "ready" (after "created SHMID" if it made one) once every page is mapped.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <poll.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/shm.h>
#include <unistd.h>

namespace {

bool stdinEnded(int timeoutMs)
{
    pollfd fd = {STDIN_FILENO, POLLIN, 0};
    if (poll(&fd, 1, timeoutMs) <= 0)
        return false;
    char buffer[64];
    return read(STDIN_FILENO, buffer, sizeof buffer) <= 0;
}

} // namespace

int main(int argc, char **argv)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    const bool create = argc == 3 && std::strcmp(argv[2], "create") == 0;
    const bool churn = argc == 5 && std::strcmp(argv[2], "churn") == 0;
    if (argc < 2 || (argc > 2 && !create && !churn)) {
        std::fprintf(stderr, "usage: shmmanymaps COUNT [create | churn SHMID MS]\n");
        return 2;
    }
    const long count = std::atol(argv[1]);
    const long page = sysconf(_SC_PAGESIZE);
    char *area = static_cast<char *>(mmap(nullptr, size_t(count * page), PROT_READ | PROT_WRITE,
                                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    if (area == MAP_FAILED) {
        std::fprintf(stderr, "shmmanymaps: mmap: %s\n", std::strerror(errno));
        return 1;
    }
    for (long i = 1; i < count; i += 2) {
        if (mprotect(area + i * page, size_t(page), PROT_READ) != 0) {
            std::fprintf(stderr, "shmmanymaps: mprotect: %s\n", std::strerror(errno));
            return 1;
        }
    }
    if (create) {
        const int shmid = shmget(IPC_PRIVATE, size_t(page), IPC_CREAT | 0600);
        if (shmid < 0 || shmat(shmid, nullptr, 0) == reinterpret_cast<void *>(-1)
            || shmctl(shmid, IPC_RMID, nullptr) != 0) {
            std::fprintf(stderr, "shmmanymaps: shmget/shmat/IPC_RMID: %s\n", std::strerror(errno));
            return 1;
        }
        std::printf("created %d\n", shmid);
    }
    std::printf("ready\n");
    std::fflush(stdout);
    if (!churn) {
        while (!stdinEnded(-1)) {
        }
        return 0;
    }
    const int shmid = std::atoi(argv[3]);
    const int holdMs = std::atoi(argv[4]);
    for (;;) {
        void *address = shmat(shmid, nullptr, SHM_RDONLY);
        if (address == reinterpret_cast<void *>(-1)) {
            std::fprintf(stderr, "shmmanymaps: shmat(%d): %s\n", shmid, std::strerror(errno));
            return 1;
        }
        const bool ended = stdinEnded(holdMs);
        shmdt(address);
        if (ended || stdinEnded(holdMs))
            return 0;
    }
}
