// Runs core::Attachment::attach in a process of its own, so that a test can run it as another user (root
// passes every permission check, so EACCES and its message are only seen from an unprivileged process).
//   attachprobe SHMID ro|rw   print "ok" and exit 0 when attached; else print Error::toString() on
//                             stderr and exit 1; exit 2 on bad arguments
#include "core/kernel/attachment.h"

#include <QByteArray>

#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    bool isNumber = false;
    const int shmid = argc == 3 ? QByteArray(argv[1]).toInt(&isNumber) : 0;
    const bool readOnly = argc == 3 && std::strcmp(argv[2], "ro") == 0;
    const bool readWrite = argc == 3 && std::strcmp(argv[2], "rw") == 0;
    if (!isNumber || (!readOnly && !readWrite)) {
        std::fprintf(stderr, "usage: attachprobe SHMID ro|rw\n");
        return 2;
    }
    const auto attached = core::Attachment::attach(shmid, readOnly ? core::Attachment::Mode::ReadOnly
                                                                   : core::Attachment::Mode::ReadWrite);
    if (!attached.ok()) {
        std::fprintf(stderr, "%s\n", attached.error().toString().toLocal8Bit().constData());
        return 1;
    }
    std::printf("ok\n");
    return 0;
}
