#pragma once

#include <QCoreApplication>
#include <QString>

namespace core {

// kernel.shm_rmid_forced (a setting of each IPC namespace): when it is 1, the kernel destroys a segment the
// moment nobody has it attached any more, even while its creator still runs. A mere look (attach, read,
// detach) at a segment nobody has attached then destroys it with our detach. The command line, shmdemo and
// the window all ask here before they attach or detach.
class RmidForced
{
    Q_DECLARE_TR_FUNCTIONS(core::RmidForced)

public:
    // Whether /proc/sys/kernel/shm_rmid_forced says 1, for the namespace of the process that reads it.
    [[nodiscard]] static bool isOn(const QString &procRoot = QStringLiteral("/proc"));
    // Whether dropping `ourAttaches` attaches of ours would destroy the segment: the setting is 1 and the
    // segment's nattch (/proc/sysvipc/shm) is at most that. 0 before we attach: nobody has it attached, so
    // the attach and detach of a read destroy it.
    [[nodiscard]] static bool detachDestroys(int shmid, quint64 ourAttaches,
                                             const QString &procRoot = QStringLiteral("/proc"));
    // Why a read (attach, then detach) of the segment would destroy it: one sentence for the user.
    [[nodiscard]] static QString readDestroys(int shmid);
};

} // namespace core
