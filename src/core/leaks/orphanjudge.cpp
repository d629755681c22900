#include "core/leaks/orphanjudge.h"

#include "core/posix/posixscanner.h"
#include "core/segments/segmentscanner.h"

namespace core {

OrphanJudge::OrphanJudge(QString procRoot) : m_processes(std::move(procRoot)) {}

void OrphanJudge::judge(ScanResult &result)
{
    m_answers.clear();
    bool bootTimeRead = false;
    for (SegmentInfo &s : result.segments) {
        s.orphan = false;
        if (s.nattch != 0 || s.cpid <= 0)
            continue;
        if (!bootTimeRead) { // only a scan with candidates reads /proc/stat (one line a CPU)
            m_processes.readBootTime();
            bootTimeRead = true;
        }
        s.orphan = !creatorLives(s);
    }
    if (result.posix)
        judge(*result.posix);
}

void OrphanJudge::judge(PosixScanResult &posix)
{
    const bool sawEveryone = posix.unreadableProcesses == 0;
    for (PosixObject &o : posix.objects) {
        const bool named = o.kind == PosixObject::Kind::Posix || o.kind == PosixObject::Kind::PosixSemaphore;
        o.orphan = sawEveryone && named && o.holders.isEmpty();
    }
}

// The margin: the creator counts as alive when its process started at most one second after the ctime. The
// creator started before it made the segment, and our start figure is never after a true start
// (ProcessStart), so the creator's figure is at most the ctime, both being rounded down to the second. The one
// second more covers a clock slewed or stepped between the process's start and now (btime follows the wall
// clock, the start ticks do not). Doubt makes a segment not an orphan, as the label invites its removal: a
// process that took the pid within about two seconds after the ctime passes for the creator (our figure may
// be up to two seconds early: btime and the ticks are each rounded down).
bool OrphanJudge::creatorLives(const SegmentInfo &segment)
{
    auto it = m_answers.constFind(segment.cpid);
    if (it == m_answers.cend())
        it = m_answers.insert(segment.cpid, m_processes.of(segment.cpid));
    switch (it->state) {
    case ProcessStart::State::Exited:
        return false;
    case ProcessStart::State::Unknown:
        return true;
    case ProcessStart::State::Running:
        return it->startedAt <= segment.ctime + 1;
    }
    return true;
}

} // namespace core
