#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <chrono>

namespace core {
class Attachment;
}

namespace demo {

class LessonLock;
class StopSignals;

// `shmdemo read --watch`: the lesson's record read again and again through one read-only attach, and a line
// for each record that differs from the one read before it: whole ("whole: pid=4242, name=\"Alice 3\""), torn
// ("torn: bytes from pid 1234 and pid 5678: pid=1234, name=\"1234:Bobce 7:5678\"") or neither, as the
// lesson's read prints it (core::RaceRecord tells which). It ends after a number of reads or on SIGINT or
// SIGTERM, and the caller prints the tally: "300 reads, 41 distinct records, 6 torn".
class RaceWatch
{
public:
    struct Options
    {
        std::chrono::milliseconds every{DefaultEvery};
        qint64 count = 0; // reads; 0: until a signal
    };
    static constexpr std::chrono::milliseconds DefaultEvery{10};
    static constexpr qint64 MaxCount = 1000000000;

    struct Tally
    {
        qint64 reads = 0;
        qint64 distinct = 0; // records that differ from the one read before them (the first counts)
        qint64 torn = 0;     // of those, the torn ones
        // "300 reads, 41 distinct records, 6 torn": the number of torn records before the word.
        [[nodiscard]] QString summary() const;
    };

    // Reads `segment`'s record every `options.every` (with `lock`: P, the copy, V around each read; the first
    // pair printed, the rest quiet) until options.count reads or a stop signal, printing each distinct
    // record's line. `exitCode` is ExitFailure when a semop was refused (the set removed), and the watch
    // ended there.
    struct Outcome
    {
        Tally tally;
        int exitCode = 0;
    };
    [[nodiscard]] static Outcome run(const core::Attachment &segment, const Options &options,
                                     const LessonLock *lock, const StopSignals &stopSignals);

    // The line of one record, as run() prints it.
    [[nodiscard]] static QString line(QByteArrayView record);
    // The record's 56 bytes, copied last byte first: writers write first byte to last, so the copy holds the
    // newest write's first bytes only with all those before them, one moment of the record as RaceRecord
    // reads it. Empty when the segment is smaller than a record.
    [[nodiscard]] static QByteArray copyBackwards(const core::Attachment &segment);
};

} // namespace demo
