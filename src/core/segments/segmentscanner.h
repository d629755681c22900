#pragma once

#include "core/leaks/orphanjudge.h"
#include "core/namespaces/ipcnamespace.h"
#include "core/owners/likelyusers.h"
#include "core/posix/posixscanner.h"
#include "core/result.h"
#include "core/segments/accountnames.h"
#include "core/segments/attachmentwalker.h"
#include "core/segments/segmentinfo.h"
#include "core/sysvipc/messagequeueinfo.h"
#include "core/sysvipc/semaphoresetinfo.h"
#include "core/sysvipc/sysvipclister.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace core {

struct ScanResult
{
    // Sorted by (ipcNamespace, shmid): each namespace numbers its segments from 0, so the pair names one
    // segment on the machine. With ours alone (the default) that is shmid order.
    QList<SegmentInfo> segments;
    ShmLimits limits;
    QStringList warnings; // lines skipped, fallbacks taken: shown, never fatal
    // true when /proc/sysvipc/shm could not be read, was not the kernel's file or listed fewer segments than
    // the kernel counts, and shmctl() listed them
    bool usedFallback = false;
    // The POSIX objects, memfds and POSIX semaphores, when the scan was asked for them (Kinds::All).
    std::optional<PosixScanResult> posix;
    // The System V semaphore sets and message queues, sorted by (ipcNamespace, id) like the segments, when
    // the scan was asked for them (Kinds::All).
    QList<SemaphoreSetInfo> semaphoreSets;
    QList<MessageQueueInfo> messageQueues;
    // The IPC namespaces the scan listed segments of, ours first: ours alone unless the scan was asked for
    // more. Their pids and containers are looked up only then (a scan of ours alone leaves them empty).
    QList<IpcNamespace> namespaces;
    // Said once when the scan was asked for more namespaces than it could read (no CAP_SYS_ADMIN): why only
    // ours is listed. Empty otherwise.
    QString namespaceNote;
};

// Which IPC namespaces a scan lists segments of: ours (what ipcs shows), every one on the machine, or the
// one a given process is in (--namespace PID).
struct NamespaceChoice
{
    enum class Which { Ours, All, OfProcess };
    Which which = Which::Ours;
    qint64 pid = 0; // for OfProcess

    friend bool operator==(const NamespaceChoice &, const NamespaceChoice &) = default;
};

// Reads the kernel's list of segments, the processes attached to each, and the limits.
// Each scan is independent of the GUI: the caller decides on which thread it runs, but scans must not
// overlap on one scanner (it keeps caches between scans).
class SegmentScanner
{
    Q_DECLARE_TR_FUNCTIONS(core::SegmentScanner)

public:
    // procRoot is a seam for tests: point it at a folder without sysvipc/shm (or with a file of its own
    // there) to take the shmctl() path.
    explicit SegmentScanner(QString procRoot = QStringLiteral("/proc"));

    // What a scan lists: the System V segments (what --list shows by default); everything, segments, POSIX
    // objects, semaphore sets and message queues (the window, --list --type all); or the semaphore sets alone or
    // the message queues alone (--list --type sem / msg: no segments, no walk of the processes' maps, so that
    // the command line costs no more than ipcs).
    enum class Kinds { SystemV, All, SemaphoreSets, MessageQueues };
    [[nodiscard]] Result<ScanResult> scan(Kinds kinds = Kinds::SystemV, const NamespaceChoice &namespaces = {});
    // One segment's kernel fields from /proc/sysvipc/shm (no names, no attachments): cheap, and readable
    // for every segment whatever its mode. nullopt when it is not listed, or the file cannot be read or is
    // not the kernel's.
    [[nodiscard]] static std::optional<SegmentInfo> find(int shmid,
                                                         const QString &procRoot = QStringLiteral("/proc"));
    [[nodiscard]] ShmLimits limits() const;
    // How many processes the last scan read to find the attachments, for tests and benchmarks.
    [[nodiscard]] AttachmentWalker::Cost lastWalkCost() const { return m_attachments.lastCost(); }
    // How many /proc/PID/maps files the last scan read, for both kinds and every namespace together: a scan of
    // Kinds::All, or of more namespaces than ours, reads each process's once.
    [[nodiscard]] int lastMapsRead() const;
    // The rules that label each segment and object with the program that likely uses it.
    [[nodiscard]] LikelyUsers &likelyUsers() { return m_likelyUsers; }

private:
    // The segments of one namespace other than ours, read from inside it.
    struct OtherNamespace
    {
        IpcNamespace ns;
        QList<SegmentInfo> segments;
        QList<SemaphoreSetInfo> semaphoreSets;
        QList<MessageQueueInfo> messageQueues;
    };
    // Reads the segments of the namespaces `choice` names beside ours (none when it names ours), each inside
    // its namespace; *own gets our namespace's processes and container, *listOurs whether ours is listed.
    // Refused only for a process the choice names that cannot be reached.
    [[nodiscard]] Result<std::vector<OtherNamespace>> readOtherNamespaces(Kinds kinds, const NamespaceChoice &choice,
                                                                         IpcNamespace *own, bool *listOurs,
                                                                         ScanResult *result);
    // The attachments of every namespace's segments from one walk of /proc/*/maps, each process's lines
    // given to the walker of the namespace it is in; then every list into result's, in (namespace, shmid)
    // order.
    void fillAcrossNamespaces(Kinds kinds, const IpcNamespace &own, bool oursListed,
                              std::vector<OtherNamespace> &others, qint64 listedAt, ScanResult *result);
    // Reads every process's maps once, handing each to reader (null when it could not be read); how many.
    int walkEveryMaps(const PosixScanner::MapsReader &reader);
    // What `kinds` names of the namespace the calling thread is in, whose inode is `inode`: its segments
    // (listSegments()), its semaphore sets and message queues (SysvIpcLister), each list sorted by id.
    [[nodiscard]] Result<Done> listInside(Kinds kinds, quint64 inode, ScanResult *result);
    // The segments of the namespace the calling thread is in, from sysvipc/shm or else shmctl(), sorted by
    // shmid.
    [[nodiscard]] Result<Done> listSegments(ScanResult *result);
    // Fills result's segments (and the lines it skipped) from sysvipc/shm; returns why that table is not to
    // be believed, or an empty string when it is.
    [[nodiscard]] QString listFromProc(ScanResult *result);
    [[nodiscard]] Result<QList<SegmentInfo>> listFromShmctl(QStringList *warnings) const;
    // Owner and creator names of segments, sets or queues.
    template <typename Row>
    void fillNames(QList<Row> &rows);

    QString m_procRoot;
    // The text of /proc/sysvipc/shm, kept between scans: a fresh buffer each scan (4 MB with 32,000 segments)
    // was paid again in page faults.
    QByteArray m_text;
    AccountNames m_names;

    // Which processes have each segment mapped: kept between scans, so that a scan reads only the
    // processes that acted since the last one.
    AttachmentWalker m_attachments;
    PosixScanner m_posix;
    // Fills each segment's and POSIX object's orphan flag at the end of a scan.
    OrphanJudge m_orphans;
    // The maps files read by the walk the last scan shared between readers (the POSIX scan's or
    // walkEveryMaps()), 0 when the walker read its own.
    int m_sharedMapsRead = 0;
    QByteArray m_mapsBuffer; // walkEveryMaps()'s maps text, its memory kept between reads
    LikelyUsers m_likelyUsers;
    SysvIpcLister m_ipc;
};

} // namespace core
