// Runs core::Shm::remove in a process of its own, so that a test can run it as another user (root can
// remove any segment, so EPERM is only seen from an unprivileged process).
//   shmremove SHMID   exit 0 when removed; else print Error::toString() on stderr and exit 1
#include "core/kernel/shm.h"

#include <QByteArray>

#include <cstdio>

int main(int argc, char **argv)
{
    bool isNumber = false;
    const int shmid = argc == 2 ? QByteArray(argv[1]).toInt(&isNumber) : 0;
    if (!isNumber) {
        std::fprintf(stderr, "usage: shmremove SHMID\n");
        return 2;
    }
    const core::Result<core::Done> removed = core::Shm::remove(shmid);
    if (!removed.ok()) {
        std::fprintf(stderr, "%s\n", removed.error().toString().toLocal8Bit().constData());
        return 1;
    }
    return 0;
}
