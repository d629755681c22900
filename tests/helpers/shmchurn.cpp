// A peer process for the attachment tests that attaches, detaches, forks, renames itself, changes its IPC
// namespace or user and exits when told, one command a line on stdin, each answered by one line on stdout
// once done (so the test waits for the answer, not for a time). Plain System V, like the other helpers.
//   create SIZE          shmget(IPC_PRIVATE, SIZE, 0666) and attach it: "created SHMID 0x<address>"
//   attach SHMID ro|rw   "attached 0x<address>"
//   detach SHMID         detach every attach of SHMID made here: "detached N"
//   fork                 a child that inherits every attach and holds them until "endchild", or until this
//                        process ends: "forked PID"
//   endchild             the child exits (its exit detaches): "ended PID"
//   name NAME            prctl(PR_SET_NAME): "named"
//   unshare              unshare(CLONE_NEWIPC): the attaches stay, the namespace is new: "unshared"
//   drop                 become user nobody (65534; the groups stay), still dumpable: "dropped"
//   hide                 prctl(PR_SET_DUMPABLE, 0): only a process with CAP_SYS_PTRACE may read its maps: "hidden"
//   exit, or end of stdin   exit without detaching (the exit detaches), once the child has ended
// A command that fails answers "error <why>".
#include <cerrno>
#include <cstdarg>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <unistd.h>
#include <string>
#include <utility>
#include <vector>

namespace {

std::vector<std::pair<int, void *>> attaches;
pid_t child = -1;
int childPipe = -1; // its write end: closing it ends the child

void answer(const char *format, ...) __attribute__((format(printf, 1, 2)));
void answer(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    std::vprintf(format, args);
    va_end(args);
    std::putchar('\n');
    std::fflush(stdout);
}

void attach(int shmid, int flags, const char *what)
{
    void *address = shmat(shmid, nullptr, flags);
    if (address == reinterpret_cast<void *>(-1))
        return answer("error shmat(%d): %s", shmid, std::strerror(errno));
    attaches.emplace_back(shmid, address);
    answer("%s %p", what, address);
}

void forkChild()
{
    int ends[2];
    if (pipe(ends) != 0)
        return answer("error pipe: %s", std::strerror(errno));
    const pid_t pid = fork();
    if (pid < 0)
        return answer("error fork: %s", std::strerror(errno));
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        close(ends[1]);
        char byte;
        while (read(ends[0], &byte, 1) > 0) {
        }
        _exit(0);
    }
    close(ends[0]);
    child = pid;
    childPipe = ends[1];
    answer("forked %d", int(pid));
}

pid_t endChild()
{
    close(childPipe);
    waitpid(child, nullptr, 0);
    return std::exchange(child, -1);
}

} // namespace

int main()
{
    char line[256];
    while (std::fgets(line, sizeof line, stdin)) {
        char word[32] = {};
        char argument[200] = {};
        char access[8] = {};
        const int fields = std::sscanf(line, "%31s %199s %7s", word, argument, access);
        const std::string command = fields > 0 ? word : "";
        if (command == "create") {
            const int shmid = shmget(IPC_PRIVATE, std::strtoul(argument, nullptr, 10), IPC_CREAT | 0666);
            if (shmid < 0) {
                answer("error shmget: %s", std::strerror(errno));
                continue;
            }
            char what[32];
            std::snprintf(what, sizeof what, "created %d", shmid);
            attach(shmid, 0, what);
        } else if (command == "attach" && fields == 3) {
            attach(std::atoi(argument), std::strcmp(access, "ro") == 0 ? SHM_RDONLY : 0, "attached");
        } else if (command == "detach") {
            const int shmid = std::atoi(argument);
            int detached = 0;
            for (auto it = attaches.begin(); it != attaches.end();) {
                if (it->first == shmid && shmdt(it->second) == 0) {
                    ++detached;
                    it = attaches.erase(it);
                } else {
                    ++it;
                }
            }
            answer("detached %d", detached);
        } else if (command == "fork") {
            forkChild();
        } else if (command == "endchild" && child > 0) {
            answer("ended %d", int(endChild()));
        } else if (command == "name") {
            if (prctl(PR_SET_NAME, argument) != 0)
                answer("error prctl(PR_SET_NAME): %s", std::strerror(errno));
            else
                answer("named");
        } else if (command == "unshare") {
            if (unshare(CLONE_NEWIPC) != 0)
                answer("error unshare(CLONE_NEWIPC): %s", std::strerror(errno));
            else
                answer("unshared");
        } else if (command == "drop") {
            if (setresuid(65534, 65534, 65534) != 0
                || prctl(PR_SET_DUMPABLE, 1) != 0)
                answer("error drop: %s", std::strerror(errno));
            else
                answer("dropped");
        } else if (command == "hide") {
            if (prctl(PR_SET_DUMPABLE, 0) != 0)
                answer("error prctl(PR_SET_DUMPABLE): %s", std::strerror(errno));
            else
                answer("hidden");
        } else if (command == "exit") {
            break;
        } else {
            answer("error unknown command: %s", line);
        }
    }
    // The child's attaches end before ours are seen to: a test that waits for this process to end then
    // finds no attach of it or its child left (the child would otherwise outlive us by a moment).
    if (child > 0)
        endChild();
    return 0;
}
