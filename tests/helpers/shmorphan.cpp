// A peer for the orphan tests, written with plain calls so that it shares nothing with the code under test.
//   shmorphan make SIZE   shmget(IPC_PRIVATE, SIZE, 0600), print "made SHMID PID" and exit: the segment stays,
//                         nobody attached, its creator gone
//   shmorphan reuse PID   start a child whose pid is PID (clone3 with set_tid: root only, and PID must be
//                         free), which prints "ready PID" and lives until stdin closes: a younger process with
//                         a dead creator's pid
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <linux/sched.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "make") == 0) {
        const int shmid = shmget(IPC_PRIVATE, size_t(std::strtoull(argv[2], nullptr, 10)), IPC_CREAT | 0600);
        if (shmid < 0) {
            std::fprintf(stderr, "shmorphan: shmget failed: %s\n", std::strerror(errno));
            return 1;
        }
        std::printf("made %d %d\n", shmid, int(getpid()));
        return 0;
    }
    if (argc == 3 && std::strcmp(argv[1], "reuse") == 0) {
        pid_t wanted = pid_t(std::atoi(argv[2]));
        struct clone_args args = {};
        args.exit_signal = SIGCHLD;
        args.set_tid = reinterpret_cast<__u64>(&wanted);
        args.set_tid_size = 1;
        const long child = syscall(SYS_clone3, &args, sizeof args);
        if (child < 0) {
            std::fprintf(stderr, "shmorphan: clone3 with set_tid %d failed: %s\n", int(wanted), std::strerror(errno));
            return 1;
        }
        if (child == 0) {
            std::printf("ready %d\n", int(getpid()));
            std::fflush(stdout);
            char buffer[64];
            while (read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
            }
            _exit(0);
        }
        int status = 0;
        waitpid(pid_t(child), &status, 0);
        return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
    }
    std::fprintf(stderr, "usage: shmorphan make SIZE | shmorphan reuse PID\n");
    return 2;
}
