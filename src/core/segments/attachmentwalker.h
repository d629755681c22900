#pragma once

#include "core/segments/procparser.h"
#include "core/segments/segmentinfo.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <sys/types.h>
#include <utility>
#include <vector>

namespace core {

// Which processes have which System V segments mapped, from /proc/PID/maps, read as little as the kernel's
// own fields allow. Reading every process's maps costs what the machine runs (the kernel formats every line
// of every process), so the walker keeps what it read of each process that maps a segment, and after that
// reads only the processes the kernel names as the ones that acted: see fill().
// Not thread-safe; one fill at a time (the scanner's rule).
class AttachmentWalker
{
public:
    // What the last fill() cost: for tests and benchmarks, which cannot see the reads otherwise.
    struct Cost
    {
        int mapsRead = 0;         // /proc/PID/maps files read
        bool walkedEvery = false; // every process of /proc was read (nothing short of that accounted)
    };

    explicit AttachmentWalker(QString procRoot);
    // The walker of another IPC namespace's list (the inode its ns links lead to): it counts only the
    // processes in that namespace. Fed by a shared walk only (see beginSharedWalk()).
    AttachmentWalker(QString procRoot, quint64 listNamespace);

    // Sets attached, visibleMappings and the original key of each segment. segments: the kernel's list,
    // read at or after listedAt (epoch seconds, taken before the list was read).
    void fill(QList<SegmentInfo> &segments, qint64 listedAt);

    // A fill from a walk of every process that another reader makes (PosixScanner::scan reads every maps
    // file anyway): takeMaps() is given, between beginSharedWalk() and fill(), each process of /proc with
    // the maps text that reader read, and fill() then reads no maps file itself. So one scan of both kinds
    // reads each maps file once.
    void beginSharedWalk();
    // maps: the process's maps text, or null when it could not be read (gone, or not ours to read).
    void takeMaps(qint64 pid, const QByteArray *maps);
    [[nodiscard]] Cost lastCost() const { return m_cost; }

private:
    using Namespace = std::optional<std::pair<dev_t, ino_t>>;

    // What one read of a process found. Only processes with at least one SysV mapping are kept.
    struct Process
    {
        QList<SysvMapping> mappings; // every SysV line, in the order of maps
        QByteArray command;          // /proc/PID/comm without its '\n'; read only when it maps something
        Namespace ipcNamespace;      // the namespace its mappings were read in
        bool counts = false;         // in the namespace of the list (or the namespace cannot be told)
    };

    // The kernel's fields of a segment that any attach, detach, fork, exit, mprotect split or mremap moves
    // (nattch, lpid, atime, dtime), plus those that tell a new segment under a reused id (cpid, ctime).
    struct Signature
    {
        int shmid = -1;
        quint64 nattch = 0;
        qint64 lpid = 0;
        qint64 atime = 0;
        qint64 dtime = 0;
        qint64 cpid = 0;
        qint64 ctime = 0;
        friend bool operator==(const Signature &, const Signature &) = default;
    };
    static Signature signatureOf(const SegmentInfo &s);
    // Signatures sorted by shmid: a list of 32,000 segments is compared with the last one without hashing.
    using Signatures = std::vector<Signature>;
    // The previous list's signature of shmid, or null when it was not listed. Lists come sorted by shmid, so
    // each search starts where the one before ended (*cursor).
    [[nodiscard]] const Signature *previous(int shmid, std::size_t *cursor) const;

    // Reads one process into m_processes (or drops it from there when it maps nothing, is gone or may not
    // be read); counts the read.
    void readProcess(qint64 pid);
    // The same with its maps text read (null: it could not be).
    void keepProcess(qint64 pid, const QByteArray *maps);
    // What every fill starts with: nothing read yet, and the namespace of the list.
    void startFill();
    // The processes the kernel's fields of the listed segments name as having acted since the last fill,
    // and those whose namespace or life changed; every known mapper of a changed segment too. Their maps
    // are read; true when that explains every change (see the comment in the .cpp).
    // *named: the processes lpid named for the changed segments.
    [[nodiscard]] bool followChanges(const QList<SegmentInfo> &segments, QList<qint64> *named);
    [[nodiscard]] QList<qint64> childrenOf(qint64 pid) const;
    // Reads, after `first` and then every other process of /proc in order, until every segment's nattch is
    // matched by the mappings read (or /proc is done). Drops every process not read in this fill.
    void walkUntilAccounted(const QList<SegmentInfo> &segments, const Signatures &listed,
                            const QList<qint64> &first);
    // Leaves out of our own process's mappings those that are no attach of our namespace's segments
    // (core::UncountedMappings): our attaches of other namespaces' segments, our observing mappings.
    void dropUncountedMappings(qint64 pid, QList<SysvMapping> &mappings) const;
    // Mapping pieces per shmid of the processes that count.
    [[nodiscard]] QHash<int, quint64> piecesByShmid() const;
    void write(QList<SegmentInfo> &segments) const;

    QString m_procRoot;
    QByteArray m_root; // m_procRoot, encoded
    Namespace m_ownNamespace; // the namespace of the list: a process counts when it is in this one
    quint64 m_listNamespace = 0; // that namespace's inode when it is not ours; 0 for ours
    QHash<qint64, Process> m_processes; // every process known to map a SysV segment
    QSet<qint64> m_readThisFill;
    QByteArray m_buffer; // the maps text being read, its memory kept between reads
    // The previous list's signatures, and the second it was taken in; empty before the first fill.
    Signatures m_signatures;
    qint64 m_listedAt = 0;
    bool m_filled = false;
    bool m_sharedWalk = false; // between beginSharedWalk() and fill()
    Cost m_cost;
};

} // namespace core
