#pragma once

#include "core/posix/posixobject.h"
#include "core/segments/segmentinfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace core {

struct ScanResult;

// One thing a scan found left behind.
struct LeakItem
{
    enum class Kind {
        OrphanSegment,  // nobody attached, its creator exited: it stays until removed
        RemovedSegment, // dest: removed, but kept alive by the processes still attached (listed in `segment`)
        OrphanObject,   // a POSIX object or named semaphore of /dev/shm nobody maps or holds open
    };
    Kind kind = Kind::OrphanSegment;
    quint64 bytes = 0;
    // Seconds since its ctime (a segment) or mtime (a POSIX object); nullopt when unknown.
    std::optional<qint64> age;
    SegmentInfo segment; // for the segments
    PosixObject object;  // for OrphanObject

    // A RemovedSegment cannot be removed again: it goes when its last process detaches or ends.
    [[nodiscard]] bool removable() const { return kind != Kind::RemovedSegment; }
};

// What is left behind, and the bytes it costs.
struct LeakTotals
{
    int orphanSegments = 0;
    quint64 orphanSegmentBytes = 0;
    int orphanObjects = 0;
    quint64 orphanObjectBytes = 0;
    int removedSegments = 0;
    quint64 removedSegmentBytes = 0;

    friend bool operator==(const LeakTotals &, const LeakTotals &) = default;
};

// The leaks of one scan, from the orphan flags OrphanJudge set and the dest segments: pure, so that the
// window and the tests make it from any ScanResult.
class LeakReport
{
    Q_DECLARE_TR_FUNCTIONS(core::LeakReport)

public:
    // `now`: epoch seconds the ages are counted to.
    [[nodiscard]] static LeakReport of(const ScanResult &scan, qint64 now);

    [[nodiscard]] const QList<LeakItem> &items() const { return m_items; }
    [[nodiscard]] const LeakTotals &totals() const { return m_totals; }
    // "3 segments, 18.0 MiB held by nobody; 1 removed segment, 4.0 KiB kept by its processes".
    [[nodiscard]] QString summary() const;

    // Why an item is listed: "creator 4242 exited", "removed, kept by pid 77 (sleep)", "nobody maps or
    // holds it".
    [[nodiscard]] static QString why(const LeakItem &item);
    // The processes that keep a removed segment alive: "pid 77 (sleep), pid 78 (make)", and how many attaches
    // of processes we may not read.
    [[nodiscard]] static QString keepers(const SegmentInfo &segment);
    // An age in the largest two units: "45 s", "12 min", "3 h 20 min", "5 d 2 h".
    [[nodiscard]] static QString age(qint64 seconds);

private:
    QList<LeakItem> m_items;
    LeakTotals m_totals;
};

} // namespace core
