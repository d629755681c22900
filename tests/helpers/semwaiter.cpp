// A process that blocks in semop on a semaphore set, for the tests of waiters and of removal:
//   semwaiter SEMID SEMNUM OP
// OP is the sem_op: -1 waits for the value to increase (ncnt), 0 waits for it to become zero (zcnt). Prints
// "waiting" before the call, then what semop returned: "ok", or the errno's name ("EIDRM" when the set was
// removed under it), and exits 0; 2 on bad arguments. Plain System V, so no code under test is involved.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/sem.h>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: semwaiter SEMID SEMNUM OP\n");
        return 2;
    }
    struct sembuf op = {};
    const int semid = std::atoi(argv[1]);
    op.sem_num = static_cast<unsigned short>(std::atoi(argv[2]));
    op.sem_op = static_cast<short>(std::atoi(argv[3]));
    std::printf("waiting\n");
    std::fflush(stdout);
    if (semop(semid, &op, 1) == 0) {
        std::printf("ok\n");
        return 0;
    }
    const int errnum = errno;
    std::printf("%s\n", errnum == EIDRM ? "EIDRM" : errnum == EINVAL ? "EINVAL" : std::strerror(errnum));
    return 0;
}
