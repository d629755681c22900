// A writer that never stops, for the test of a writer killed mid-write: attaches read-write, prints
// "writing", then fills the whole segment with 1, 2, 3, ... one byte at a time, round after round, so that
// a SIGKILL lands in the middle of a round and leaves the bytes torn between two rounds.
//   shmscribble SHMID
// It ends on its own after 60 s and when its parent dies (PR_SET_PDEATHSIG), so that a test that crashed
// leaves no writer behind.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <sys/prctl.h>
#include <sys/shm.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: shmscribble SHMID\n");
        return 2;
    }
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    const int shmid = std::atoi(argv[1]);
    struct shmid_ds ds = {};
    void *address =
        shmctl(shmid, IPC_STAT, &ds) == 0 ? shmat(shmid, nullptr, 0) : reinterpret_cast<void *>(-1);
    if (address == reinterpret_cast<void *>(-1)) {
        std::fprintf(stderr, "shmscribble: cannot attach segment %d: %s\n", shmid, std::strerror(errno));
        return 1;
    }
    auto *bytes = static_cast<volatile unsigned char *>(address);
    std::printf("writing\n");
    std::fflush(stdout);
    const std::time_t end = std::time(nullptr) + 60;
    for (unsigned char round = 1; std::time(nullptr) < end; ++round) {
        for (size_t i = 0; i < ds.shm_segsz; ++i)
            bytes[i] = round;
    }
    return 0;
}
