// Benchmark of the time slider's recorder (core::ChangeRecorder): the memory one hour of the lesson's writer
// takes (shmdemo write Alice --every 100: a rename every 100 ms, 36,000 of them, each seen by one tick of
// 100 ms that reads the record's 56 bytes for the hex pane and again for the struct pane), bounded by the
// budget; what a tick costs beside the ChangeTracker update every tick already makes of the same bytes; and
// what showing a moment an hour back costs.
//
// The writer is simulated through the recorder's API with the bytes shmdemo writes: its pid, then "Alice 1",
// "Alice 2", ... (src/demo/lesson.cpp). Prints figures and fails only when the measurement is wrong (a moment
// rebuilt differs from what was recorded, or the memory passes the budget).
//
//   cd build && ctest -R bench_recorder -V            (or ./test.sh --bench)
//   BENCH_TICKS=72000 ./bin/bench_recorder            (default 36000: one hour at 100 ms)

#include "core/bytes/changetracker.h"
#include "core/snapshots/changerecorder.h"

#include "benchutils.h"

#include <QTest>

#include <cstring>

using core::ChangeRecorder;
using core::ChangeTracker;

namespace {

constexpr qint64 TickMs = 100;
constexpr qint32 WriterPid = 4242;

// The record as shmdemo leaves it after its n-th rename, padded to `size` bytes (a wider hex window shows
// the bytes after it too).
QByteArray recordAfter(int rename, qsizetype size)
{
    QByteArray bytes(size, '\0');
    std::memcpy(bytes.data(), &WriterPid, 4);
    const QByteArray name = "Alice " + QByteArray::number(rename);
    std::memcpy(bytes.data() + 4, name.constData(), size_t(name.size()));
    return bytes;
}

struct Run
{
    quint64 memory = 0;
    qsizetype runs = 0;
    qint64 spanMs = 0;
    benchutils::Stats tickUs;
    benchutils::Stats trackerUs; // the same bytes through the ChangeTracker, in the same loop
    QByteArray first;            // the record at the first moment still held, as the loop wrote it
    qint64 firstMs = 0;
};

// `ticks` ticks of a window of `window` bytes, one rename before each.
Run play(quint64 budget, int ticks, qsizetype window)
{
    ChangeRecorder recorder(budget);
    ChangeTracker tracker;
    QList<double> tickUs;
    QList<double> trackerUs;
    tickUs.reserve(ticks);
    trackerUs.reserve(ticks);
    for (int n = 1; n <= ticks; ++n) {
        const QByteArray bytes = recordAfter(n, window);
        const qint64 now = n * TickMs;
        QElapsedTimer timer;
        timer.start();
        recorder.beginTick(now);
        recorder.record(0, bytes);                           // the hex pane's window
        recorder.record(0, QByteArrayView(bytes).first(55)); // the struct pane's rows: pid and names
        recorder.endTick();
        tickUs.append(double(timer.nsecsElapsed()) / 1e3);
        timer.start();
        tracker.update(0, bytes, now);
        trackerUs.append(double(timer.nsecsElapsed()) / 1e3);
    }
    Run run;
    run.memory = recorder.memoryUsed();
    run.runs = recorder.runCount();
    run.spanMs = recorder.lastMs() - recorder.firstMs();
    run.tickUs = benchutils::statsOf(tickUs);
    run.trackerUs = benchutils::statsOf(trackerUs);
    run.firstMs = recorder.firstMs();
    run.first = recorder.at(recorder.firstMs(), 0, quint64(window)).bytes;
    // The moment is what the loop wrote then: the rename numbered by its ms.
    if (run.first != recordAfter(int(run.firstMs / TickMs), window))
        run.first.clear();
    return run;
}

QString kib(quint64 bytes)
{
    return QString::number(double(bytes) / 1024.0, 'f', 1) + QStringLiteral(" KiB");
}

QString span(qint64 ms)
{
    return QStringLiteral("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

} // namespace

class BenchRecorder : public QObject
{
    Q_OBJECT

private slots:
    void oneHourOfAWriter()
    {
        const int ticks = benchutils::envInt("BENCH_TICKS", 36000, 100);
        std::printf(
            "\n| window | budget | kept after %d renames | runs | span held | tick (µs, median/p99) | "
            "ChangeTracker tick (µs, median/p99) | ratio |\n|---|---|---|---|---|---|---|---|\n",
            ticks);
        struct Case
        {
            qsizetype window;
            quint64 budget;
            const char *name;
        };
        const Case cases[] = {
            {56, std::numeric_limits<quint64>::max(), "unbounded"},
            {56, ChangeRecorder::DefaultBudget, "16 MiB (default)"},
            {56, 1024 * 1024, "1 MiB"},
            {4096, ChangeRecorder::DefaultBudget, "16 MiB (default)"},
        };
        for (const Case &c : cases) {
            const Run run = play(c.budget, ticks, c.window);
            QVERIFY2(!run.first.isEmpty(), "the first moment held is not what was written then");
            QVERIFY2(run.memory <= c.budget, qPrintable(QString::number(run.memory)));
            const double ratio = run.tickUs.median / std::max(run.trackerUs.median, 0.001);
            std::printf("| %lld B | %s | %s | %lld | %s | %.2f / %.2f | %.2f / %.2f | %.1f× |\n",
                        qlonglong(c.window), c.name, qPrintable(kib(run.memory)), qlonglong(run.runs),
                        qPrintable(span(run.spanMs)), run.tickUs.median, run.tickUs.p99, run.trackerUs.median,
                        run.trackerUs.p99, ratio);
            if (c.window == 56 && c.budget == ChangeRecorder::DefaultBudget) {
                benchutils::summary(QStringLiteral("Memory"),
                                    QStringLiteral("Recorder, one hour of renames every 100 ms"),
                                    kib(run.memory), QStringLiteral("budget 16 MiB"));
                benchutils::summary(QStringLiteral("Tick"), QStringLiteral("Recorder tick, 56-byte record"),
                                    QStringLiteral("%1 µs").arg(run.tickUs.median, 0, 'f', 2),
                                    QStringLiteral("%1× ChangeTracker's").arg(ratio, 0, 'f', 1));
            }
        }
        std::fflush(stdout);
    }

    // The time slider dragged to the oldest moment of an hour: every run since undone.
    void momentAnHourBack()
    {
        const int ticks = benchutils::envInt("BENCH_TICKS", 36000, 100);
        ChangeRecorder recorder(std::numeric_limits<quint64>::max());
        for (int n = 1; n <= ticks; ++n) {
            recorder.beginTick(n * TickMs);
            recorder.record(0, recordAfter(n, 56));
            recorder.endTick();
        }
        QList<double> oldest;
        QList<double> newest;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer timer;
            timer.start();
            const ChangeRecorder::Moment moment = recorder.at(TickMs, 0, 56);
            oldest.append(double(timer.nsecsElapsed()) / 1e6);
            QCOMPARE(moment.bytes, recordAfter(1, 56));
            timer.start();
            const ChangeRecorder::Moment now = recorder.at(ticks * TickMs, 0, 56);
            newest.append(double(timer.nsecsElapsed()) / 1e6);
            QCOMPARE(now.bytes, recordAfter(ticks, 56));
        }
        const benchutils::Stats back = benchutils::statsOf(oldest);
        const benchutils::Stats last = benchutils::statsOf(newest);
        std::printf("\n| moment shown | runs undone | time (ms, median/p90) |\n|---|---|---|\n"
                    "| the last tick | 0 | %.3f / %.3f |\n| %d ticks back | %lld | %.3f / %.3f |\n",
                    last.median, last.p90, ticks - 1, qlonglong(recorder.runCount()), back.median, back.p90);
        std::fflush(stdout);
        benchutils::summary(QStringLiteral("Paint"), QStringLiteral("Time slider, a moment an hour back"),
                            QStringLiteral("%1 ms").arg(back.median, 0, 'f', 2),
                            QStringLiteral("%1 ms for the last tick").arg(last.median, 0, 'f', 3));
    }
};

QTEST_GUILESS_MAIN(BenchRecorder)
#include "bench_recorder.moc"
