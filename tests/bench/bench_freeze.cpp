// Benchmark of freeze (issue 17: "freeze of 10 fields at 100 ms: CPU under 1 % of a core"): core::Freezer
// holding 10 fields of a segment at 100 ms, its event loop's thread CPU (getrusage RUSAGE_THREAD) per second
// of wall time, (a) with nobody changing them (a read and a compare a field a period) and (b) with a writer
// thread changing every field every 50 ms (each period a rewrite of each), beside (c) the same event loop
// turning for the same time with nothing frozen. The writer's CPU is its own thread's, not counted. Prints a
// markdown table; fails only when the measurement cannot be made.
//
//   cd build && ctest -L bench -R bench_freeze -V
//   BENCH_SECONDS=30 ./bin/bench_freeze

#include "benchutils.h"
#include "testutils.h"

#include "core/freeze/freezer.h"
#include "core/kernel/attachment.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <cstring>
#include <thread>

#include <sys/resource.h>

using namespace benchutils;
using testutils::Mapping;
using testutils::SegmentGuard;

namespace {

constexpr int Fields = 10;
constexpr quint64 FieldSize = 8;

double threadRusageMs()
{
    rusage usage = {};
    getrusage(RUSAGE_THREAD, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// The event loop turned for `seconds`: this thread's CPU in per cent of a core.
double loopCpuPercent(int seconds)
{
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    QElapsedTimer wall;
    const double cpu0 = threadRusageMs();
    wall.start();
    loop.exec();
    return (threadRusageMs() - cpu0) / double(wall.elapsed()) * 100.0;
}

} // namespace

class BenchFreeze : public QObject
{
    Q_OBJECT

private slots:
    void tenFieldsAt100Ms();
};

void BenchFreeze::tenFieldsAt100Ms()
{
    const int seconds = envInt("BENCH_SECONDS", 10, 1);
    SegmentGuard guard;
    QVERIFY(testutils::createHolding(guard, QByteArray(4096, '\0')));
    auto attached = core::Attachment::attach(guard.id(), core::Attachment::Mode::ReadWrite);
    QVERIFY(attached.ok());

    const double idle = loopCpuPercent(seconds);

    core::Freezer freezer(*attached.value());
    QCOMPARE(freezer.interval(), 100);
    for (int i = 0; i < Fields; ++i) {
        QByteArray ours(qsizetype(FieldSize), char('A' + i));
        QVERIFY(freezer.freeze(quint64(i) * 64, ours, QStringLiteral("field %1").arg(i)).ok());
    }
    const double quiet = loopCpuPercent(seconds);

    // Another process's writes, stood for by a thread of its own attach: every field changed every 50 ms.
    const Mapping mapping(guard.id());
    QVERIFY(mapping.ok());
    std::atomic<bool> stop{false};
    std::thread writer([&] {
        for (quint64 round = 0; !stop; ++round) {
            for (int i = 0; i < Fields; ++i)
                std::memset(mapping.data() + i * 64, int('a' + round % 26), FieldSize);
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    const quint64 foughtBefore = freezer.ranges().first().fought;
    const double fighting = loopCpuPercent(seconds);
    stop = true;
    writer.join();
    const quint64 fights = freezer.ranges().first().fought - foughtBefore;
    QVERIFY2(fights > 0, "the writer was never fought: nothing was measured");

    const QString table =
        QStringLiteral(
            "\n| %1 s of the event loop's thread, getrusage(RUSAGE_THREAD) | CPU, % of a core |\n"
            "|---|---|\n"
            "| nothing frozen (baseline) | %2 % |\n"
            "| 10 fields of 8 bytes frozen at 100 ms, nobody changing them | %3 % |\n"
            "| the same, a writer changing each field every 50 ms (%4 rewrites of a field) | %5 % |\n")
            .arg(seconds)
            .arg(idle, 0, 'f', 3)
            .arg(quiet, 0, 'f', 3)
            .arg(fights)
            .arg(fighting, 0, 'f', 3);
    qInfo().noquote() << table;
    summary(QStringLiteral("Refresh"), QStringLiteral("freeze of 10 fields at 100 ms, fought every period"),
            QStringLiteral("%1 % of a core").arg(fighting, 0, 'f', 3),
            QStringLiteral("idle loop %1 %, unfought %2 %").arg(idle, 0, 'f', 3).arg(quiet, 0, 'f', 3));
}

QTEST_GUILESS_MAIN(BenchFreeze)
#include "bench_freeze.moc"
