// Benchmark of observing (issue 17: "observe tick ÷ attached tick for the same window of bytes; map_files
// should be equal"): the refresh tick's read of the hex pane's window, MappedObject::readAvailable(), through
// our own attach (core::Attachment), through a holder's map_files mapping, and with process_vm_readv into the
// holder (core::ObservedSegment), over the same segment and the same window. Windows of 4 KiB (a screen of
// the hex pane) and 1 MiB. A sample is a batch of reads; rounds interleave the three, medians of BENCH_RUNS.
// Prints a markdown table; fails only when the measurement cannot be made.
//
//   cd build && ctest -L bench -R bench_observe -V
//   BENCH_RUNS=101 ./bin/bench_observe

#include "benchutils.h"
#include "testutils.h"

#include "core/kernel/attachment.h"
#include "core/kernel/observedsegment.h"

#include <QTest>

#include <memory>

using namespace benchutils;
using namespace testutils;

class BenchObserve : public QObject
{
    Q_OBJECT

private slots:
    void observeTickBesideAttachedTick();
};

void BenchObserve::observeTickBesideAttachedTick()
{
    const int runs = envInt("BENCH_RUNS", 41, 5);
    constexpr quint64 SegmentBytes = 1024 * 1024;
    SegmentGuard segment;
    QByteArray bytes(qsizetype(SegmentBytes), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i * 31 + 7);
    QVERIFY(createHolding(segment, bytes));
    AttachedPeer holder;
    QVERIFY2(holder.start(segment.id(), false), qPrintable(holder.errorText()));

    auto attached = core::Attachment::attach(segment.id());
    QVERIFY(attached.ok());
    auto mapFiles = core::ObservedSegment::open(segment.id(), core::MappedObject::Mode::ReadOnly,
                                                core::ObservedSegment::Method::MapFiles);
    QVERIFY2(mapFiles.ok(), mapFiles.ok() ? "" : qPrintable(mapFiles.error().toString()));
    auto processMemory = core::ObservedSegment::open(segment.id(), core::MappedObject::Mode::ReadOnly,
                                                     core::ObservedSegment::Method::ProcessMemory);
    QVERIFY2(processMemory.ok(), processMemory.ok() ? "" : qPrintable(processMemory.error().toString()));
    const std::array<std::pair<const char *, const core::MappedObject *>, 3> ways = {
        std::pair{"attached (shmat, memcpy)", static_cast<const core::MappedObject *>(attached.value().get())},
        std::pair{"observed, map_files (mmap, memcpy)",
                  static_cast<const core::MappedObject *>(mapFiles.value().get())},
        std::pair{"observed, process_vm_readv", static_cast<const core::MappedObject *>(processMemory.value().get())}};

    for (const quint64 window : {quint64(4096), SegmentBytes}) {
        // Enough reads a sample that it lasts well above the clock's grain.
        const int batch = window == 4096 ? 2000 : 20;
        QByteArray buffer(qsizetype(window), Qt::Uninitialized);
        std::array<QList<double>, 3> samples;
        for (int round = 0; round < runs + 1; ++round) {
            for (size_t w = 0; w < ways.size(); ++w) {
                bool ok = true;
                const Sample s = timed([&] {
                    for (int i = 0; i < batch; ++i)
                        ok = ok && ways[w].second->readAvailable(0, buffer.data(), window) == window;
                });
                QVERIFY(ok);
                QCOMPARE(buffer, bytes.first(qsizetype(window)));
                if (round > 0) // the first round brings every page in
                    samples[w].append(s.wall * 1000.0 / batch);
            }
        }
        const Stats base = statsOf(samples[0]);
        std::printf("\n| read of a %s window, median of %d (µs a tick) | wall (µs) | ÷ attached |\n|---|---|---|\n",
                    window == 4096 ? "4 KiB" : "1 MiB", runs);
        for (size_t w = 0; w < ways.size(); ++w) {
            const Stats s = statsOf(samples[w]);
            std::printf("| %s | %s | %.2f |\n", ways[w].first, qPrintable(msWithP90(s)), s.median / base.median);
            if (w > 0)
                summary(QStringLiteral("Tick"),
                        QStringLiteral("Observe tick, %1, %2 window").arg(QLatin1String(ways[w].first),
                                                                          window == 4096 ? QStringLiteral("4 KiB")
                                                                                         : QStringLiteral("1 MiB")),
                        QStringLiteral("%1 µs").arg(ms(s.median)),
                        QStringLiteral("%1 × the attached tick (%2 µs)")
                            .arg(s.median / base.median, 0, 'f', 2)
                            .arg(ms(base.median)));
        }
        std::printf("\n");
    }
}

QTEST_GUILESS_MAIN(BenchObserve)
#include "bench_observe.moc"
