#include "racewatch.h"

#include "console.h"
#include "core/kernel/attachment.h"
#include "core/race/racerecord.h"
#include "lesson.h"
#include "lessonlock.h"
#include "stopsignals.h"

#include <QStringList>

namespace demo {

namespace {

using core::RaceRecord;

QString counted(qint64 count, const char *one, const char *many)
{
    return QString::number(count) + QLatin1Char(' ') + QLatin1String(count == 1 ? one : many);
}

// "pid 1234 and pid 5678", "pid 1, pid 2 and pid 3".
QString pidList(const QList<qint64> &pids)
{
    QStringList named;
    for (const qint64 pid : pids)
        named << QStringLiteral("pid %1").arg(pid);
    if (named.size() < 2)
        return named.join(QString());
    const QString last = named.takeLast();
    return named.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

} // namespace

QString RaceWatch::Tally::summary() const
{
    return counted(reads, "read", "reads") + QStringLiteral(", ") +
           counted(distinct, "distinct record", "distinct records") + QStringLiteral(", ") +
           QString::number(torn) + QStringLiteral(" torn");
}

QString RaceWatch::line(QByteArrayView record)
{
    const RaceRecord::Reading reading = RaceRecord::read(record);
    switch (reading.verdict) {
    case RaceRecord::Verdict::Whole:
        return QStringLiteral("whole: pid=%1, name=\"%2\"")
            .arg(reading.pid)
            .arg(Console::nameText(reading.name));
    case RaceRecord::Verdict::Torn:
        return QStringLiteral("torn: bytes from %1: %2")
            .arg(pidList(reading.pids), Console::recordText(record));
    case RaceRecord::Verdict::Untagged:
        break;
    }
    return Console::recordText(record);
}

QByteArray RaceWatch::copyBackwards(const core::Attachment &segment)
{
    QByteArray bytes(qsizetype(sizeof(st_pid)), '\0');
    // One byte a copy, each a call of its own (not inlined into one wide load): the order is kept.
    for (qsizetype offset = bytes.size() - 1; offset >= 0; --offset) {
        if (!segment.readInto(quint64(offset), bytes.data() + offset, 1))
            return {};
    }
    return bytes;
}

RaceWatch::Outcome RaceWatch::run(const core::Attachment &segment, const Options &options,
                                  const LessonLock *lock, const StopSignals &stopSignals)
{
    using namespace std::chrono;
    Outcome outcome;
    Tally &tally = outcome.tally;
    QByteArray previous;
    auto next = steady_clock::now();
    while (options.count == 0 || tally.reads < options.count) {
        // The lock's first P and V are printed, as every call is; thousands more would bury the records.
        const bool printLock = tally.reads == 0;
        if (lock && (outcome.exitCode = lock->take(printLock)) != ExitSuccess)
            return outcome;
        const QByteArray record = copyBackwards(segment);
        if (lock && (outcome.exitCode = lock->give(printLock)) != ExitSuccess)
            return outcome;
        if (lock && printLock)
            Console::print(stdout, QStringLiteral("each read takes the lock and gives it back so, quietly"));
        ++tally.reads;
        if (record != previous) {
            ++tally.distinct;
            if (RaceRecord::read(record).verdict == RaceRecord::Verdict::Torn)
                ++tally.torn;
            Console::print(stdout, line(record));
            previous = record;
        }
        if (options.count != 0 && tally.reads >= options.count)
            break;
        // At the period, not at the period after each read: a slow read (the lock was busy) is not made up
        // for with a burst.
        next = std::max(next + options.every, steady_clock::now());
        if (const auto signal = stopSignals.waitUntil(next)) {
            Console::print(
                stdout,
                QStringLiteral("%1 received: the watch ends").arg(QLatin1String(StopSignals::name(*signal))));
            break;
        }
    }
    return outcome;
}

} // namespace demo
