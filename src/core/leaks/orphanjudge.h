#pragma once

#include "core/leaks/processstart.h"

#include <QHash>
#include <QString>

namespace core {

struct ScanResult;
struct PosixScanResult;
struct SegmentInfo;

// Tells which objects of a scan are left behind (SegmentInfo::orphan, PosixObject::orphan): nothing will ever
// let go of them, so they cost their bytes until someone removes them.
//
// A System V segment is an orphan when nobody has it attached (nattch 0: the kernel's count, which takes in
// the processes we may not read) and its creator has exited. A pid is reused after its process exits, so a
// process with the creator's pid is the creator only if it started no later than the segment's ctime (see
// creatorLives()). A segment of another namespace comes with its cpid in our pid namespace already; a cpid of
// 0 (a creator our pid namespace cannot see) tells nothing, and the segment is not called an orphan.
//
// A POSIX object (or named semaphore) of /dev/shm is an orphan when no process maps it or holds it open, but
// only when the scan could read every process: one we may not read might hold it. An unlinked object lives
// only while held, and a memfd dies with its last holder: neither is ever an orphan.
class OrphanJudge
{
public:
    explicit OrphanJudge(QString procRoot = QStringLiteral("/proc"));

    // Fills the orphan flag of every segment of the result, and of its POSIX objects when it has them.
    void judge(ScanResult &result);
    // The POSIX part alone, for a scan of POSIX objects without segments (--list --type posix).
    static void judge(PosixScanResult &posix);

private:
    [[nodiscard]] bool creatorLives(const SegmentInfo &segment);

    ProcessStart m_processes;
    // The creators looked up in this judgement: many segments share one.
    QHash<qint64, ProcessStart::Answer> m_answers;
};

} // namespace core
