#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace core {

// One process that has a segment mapped, as /proc/PID/maps shows it.
struct AttachedProcess
{
    qint64 pid = 0;
    QByteArray
        command; // exactly as /proc/PID/comm has it, any bytes but '/': show it with ByteFormat::escaped()
    quint64 address = 0;
    bool writable = false;

    friend bool operator==(const AttachedProcess &, const AttachedProcess &) = default;
};

// Mode bits the kernel keeps beside the permission bits (include/linux/shm.h).
inline constexpr quint32 ShmDestFlag = 01000;
inline constexpr quint32 ShmLockedFlag = 02000;

// Everything the kernel tells about one segment, plus the names and attachments we look up for it.
// Plain values only: the GUI copies these across threads.
struct SegmentInfo
{
    qint32 key = 0; // as the kernel keeps it; format with formatKey()
    int shmid = -1;
    quint32 mode = 0; // permission bits plus ShmDestFlag / ShmLockedFlag
    quint64 size = 0;
    qint64 cpid = 0;
    qint64 lpid = 0;
    quint64 nattch = 0;
    uint uid = 0;
    uint gid = 0;
    uint cuid = 0;
    uint cgid = 0;
    qint64 atime = 0; // epoch seconds, 0 = never
    qint64 dtime = 0;
    qint64 ctime = 0;
    quint64 rss = 0; // bytes; unknown (0) on kernels that print 14 columns
    quint64 swap = 0;

    QString ownerName; // user name of uid, or the number when there is none
    QString groupName;
    QString creatorName; // user name of cuid
    QString creatorGroupName;

    // Filled from /proc/*/maps. Holds only the processes we could read; nattch counts all.
    QList<AttachedProcess> attached;
    // The maps lines naming this segment that we could read. nattch counts mappings, not attaches: an
    // mprotect() on part of an attach splits it in two, and each piece counts. 0 when not scanned.
    quint64 visibleMappings = 0;
    // For a removed (dest) segment the kernel shows key 0; the mapping's name still carries the key it had.
    bool hasOriginalKey = false;
    qint32 originalKey = 0;

    // The IPC namespace the segment lives in, by the inode /proc/PID/ns/ipc reads as "ipc:[INODE]" (what
    // lsns shows); 0 when unknown. Each namespace numbers its segments from 0: (ipcNamespace, shmid) names
    // one segment on the machine, and a process maps it only if it is in that namespace.
    quint64 ipcNamespace = 0;
    // The program that most likely uses it, by the rules of core::LikelyUsers: a short label, and the
    // evidence in a sentence. Empty when no rule matched.
    QString likelyUser;
    QString likelyUserEvidence;
    // Nobody has it attached and its creator has exited: nothing will ever detach it, so it stays until
    // someone removes it. False when that cannot be told.
    bool orphan = false;

    [[nodiscard]] bool isDestroyed() const { return mode & ShmDestFlag; }
    [[nodiscard]] bool isLocked() const { return mode & ShmLockedFlag; }
    [[nodiscard]] quint32 permissions() const { return mode & 0777; }
    [[nodiscard]] quint64 hiddenAttachments() const
    {
        const quint64 visible = qMax(quint64(attached.size()), visibleMappings);
        return nattch > visible ? nattch - visible : 0;
    }

    friend bool operator==(const SegmentInfo &, const SegmentInfo &) = default;
};

// The kernel's shm limits and what is in use now.
struct ShmLimits
{
    quint64 shmmni = 0; // most segments system-wide
    quint64 shmmax = 0; // largest segment, bytes
    quint64 shmall = 0; // all segments together, pages
    quint64 shmmin = 1; // smallest segment, bytes (fixed at 1 by Linux)
    quint64 pageSize = 4096;
    // kernel.shm_rmid_forced: a segment is destroyed by its last detach (maybe ours), and one nobody has
    // attached when its creator exits.
    bool rmidForced = false;

    friend bool operator==(const ShmLimits &, const ShmLimits &) = default;
};

struct ShmUsage
{
    quint64 segments = 0;
    quint64 totalBytes = 0;
    quint64 pages = 0; // what counts against shmall: each segment rounded up to whole pages
    quint64 residentBytes = 0;
    quint64 swappedBytes = 0;
};

[[nodiscard]] ShmUsage usageOf(const QList<SegmentInfo> &segments, quint64 pageSize);

} // namespace core
