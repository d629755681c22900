// A peer process for the POSIX tests, written with the plain calls so that it shares nothing with the code
// under test. Each mode prints one line when it holds what it should, then holds until stdin closes.
//   posixpeer shrink PATH BIG SMALL   open PATH read-write and ftruncate it to SMALL and back to BIG, over
//                                       and over; "ready" after the first shrink
//   posixpeer memfd NAME SIZE BYTE    memfd_create(NAME), SIZE bytes of BYTE (hex), only its fd kept:
//                                       "ready PID FD"
//   posixpeer memfdmap NAME SIZE BYTE the same, mapped and its fd closed: "ready PID START-END" (the
//                                       mapping's /proc/PID/map_files name)
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

namespace {

int fail(const char *what)
{
    std::fprintf(stderr, "posixpeer: %s: %s\n", what, std::strerror(errno));
    return 1;
}

bool stdinOpen(int timeoutMs)
{
    pollfd p{STDIN_FILENO, POLLIN, 0};
    if (poll(&p, 1, timeoutMs) <= 0)
        return true;
    char buffer[64];
    return read(STDIN_FILENO, buffer, sizeof buffer) > 0;
}

void holdUntilStdinCloses()
{
    while (stdinOpen(-1)) {
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 5 && std::strcmp(argv[1], "shrink") == 0) {
        const int fd = open(argv[2], O_RDWR);
        if (fd < 0)
            return fail("open");
        const off_t big = std::strtoll(argv[3], nullptr, 0);
        const off_t small = std::strtoll(argv[4], nullptr, 0);
        if (ftruncate(fd, small) != 0)
            return fail("ftruncate");
        std::printf("ready\n");
        std::fflush(stdout);
        // As fast as it can, with a glance at stdin between: the reader races every step.
        for (bool shrink = false; stdinOpen(0); shrink = !shrink) {
            if (ftruncate(fd, shrink ? small : big) != 0)
                return fail("ftruncate");
        }
        return 0;
    }
    if (argc == 5 && (std::strcmp(argv[1], "memfd") == 0 || std::strcmp(argv[1], "memfdmap") == 0)) {
        const int fd = memfd_create(argv[2], 0);
        if (fd < 0)
            return fail("memfd_create");
        const size_t size = std::strtoull(argv[3], nullptr, 0);
        const std::string bytes(size, char(std::strtol(argv[4], nullptr, 16)));
        if (write(fd, bytes.data(), size) != ssize_t(size))
            return fail("write");
        if (std::strcmp(argv[1], "memfd") == 0) {
            std::printf("ready %d %d\n", getpid(), fd);
        } else {
            void *address = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
            if (address == MAP_FAILED)
                return fail("mmap");
            close(fd);
            const auto start = reinterpret_cast<unsigned long>(address);
            const unsigned long page = static_cast<unsigned long>(sysconf(_SC_PAGESIZE));
            std::printf("ready %d %lx-%lx\n", getpid(), start, start + (size + page - 1) / page * page);
        }
        std::fflush(stdout);
        holdUntilStdinCloses();
        return 0;
    }
    std::fprintf(
        stderr,
        "usage: posixpeer shrink PATH BIG SMALL | memfd NAME SIZE BYTE | memfdmap NAME SIZE BYTE\n");
    return 2;
}
