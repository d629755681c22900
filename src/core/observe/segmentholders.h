#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace core {

// The processes through which a System V segment can be read without attaching it: those of our IPC
// namespace whose /proc/PID/maps has the segment's first piece ("/SYSV%08x (deleted)" with the shmid as its
// inode). A shmid names a segment only in its namespace, so a process of another one that maps "the same"
// shmid maps another segment and is left out. Reads files of /proc only.
class SegmentHolders
{
    Q_DECLARE_TR_FUNCTIONS(core::SegmentHolders)

public:
    // One process's mapping of the segment: where it starts and ends in that process.
    struct Holder
    {
        qint64 pid = 0;
        QByteArray command; // /proc/PID/comm as it is
        quint64 start = 0;
        quint64 end = 0; // of the first piece: mprotect() may split one attach into several lines
        bool writable = false;
    };

    struct Found
    {
        QList<Holder> holders;
        int unreadable = 0; // processes of /proc whose namespace or maps we may not read
    };

    // Every process but ours that maps segment shmid of our namespace, in the order /proc lists them.
    [[nodiscard]] static Found find(int shmid, const QString &procRoot = QStringLiteral("/proc"));
    // Whether holder.pid still maps the segment where it did: false once it has exited or unmapped it.
    [[nodiscard]] static bool stillMaps(const Holder &holder, int shmid,
                                        const QString &procRoot = QStringLiteral("/proc"));
    // What decides whether we may read another process's memory, as a sentence: Yama's ptrace_scope, or
    // that this kernel has no Yama (then the same uid, or CAP_SYS_PTRACE).
    [[nodiscard]] static QString ptraceRule(const QString &procRoot = QStringLiteral("/proc"));
};

} // namespace core
