// Benchmark of `--list --namespace all` (issue 16): 10 IPC namespaces of 400 segments each (unshare -i, the
// segments made inside through core::IpcNamespaceEntry), a holder in each. Measured in one run, each figure
// the median of BENCH_RUNS:
//  - SegmentScanner::scan(SystemV, All) with a fresh scanner, as `shmscope --list --namespace all` runs it,
//    in CPU time of the process (every thread), its wall time beside;
//  - its floor: the ten bare reads of /proc/sysvipc/shm, each timed inside its namespace (entry and thread
//    not counted), plus one plain read of every /proc/PID/maps;
//  - a fresh `shmscope --list --namespace all` process, beside `shmscope --list` (ours alone).
// The target: the scan at most 1.5 times its floor. Prints figures; fails only when it cannot measure.
//
//   cd build && QT_QPA_PLATFORM=offscreen ctest -L bench -R bench_namespaces -V
//   BENCH_RUNS=50 BENCH_NAMESPACES=10 BENCH_SEGMENTS=400 ./bin/bench_namespaces

#include "core/kernel/ipcnamespaceentry.h"
#include "core/segments/procfile.h"
#include "core/segments/segmentscanner.h"

#include "benchutils.h"
#include "testutils.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>
#include <sys/shm.h>

namespace {

using namespace benchutils;

double sinceMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the whole process, every thread's (the namespaces are read on threads of their own), ms: on a
// machine that runs other work, wall time measures the scheduler as much as the scan.
double processCpuMs()
{
    timespec ts = {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

class BenchNamespaces : public QObject
{
    Q_OBJECT

private slots:
    void listEveryNamespace()
    {
        if (const QString why = testutils::ForeignNamespace::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        const int namespaceCount = envInt("BENCH_NAMESPACES", 10, 1);
        const int segmentCount = envInt("BENCH_SEGMENTS", 400, 1);
        const int runs = envInt("BENCH_RUNS", 30, 3);

        std::vector<std::unique_ptr<testutils::ForeignNamespace>> namespaces;
        std::vector<std::unique_ptr<testutils::NamespaceHolder>> holders;
        std::vector<core::IpcNamespaceEntry> entries;
        for (int n = 0; n < namespaceCount; ++n) {
            namespaces.push_back(std::make_unique<testutils::ForeignNamespace>());
            QVERIFY2(namespaces.back()->start(), qPrintable(namespaces.back()->errorText()));
            auto entry = core::IpcNamespaceEntry::open(namespaces.back()->pid());
            QVERIFY2(entry.ok(), entry.ok() ? "" : qPrintable(entry.error().toString()));
            int made = 0;
            int first = -1;
            QVERIFY(entry.value()
                        .run([&] {
                            for (int i = 0; i < segmentCount; ++i) {
                                const int id = shmget(IPC_PRIVATE, 4096, 0600 | IPC_CREAT);
                                made += id >= 0;
                                if (first < 0)
                                    first = id;
                            }
                        })
                        .ok());
            QCOMPARE(made, segmentCount);
            holders.push_back(std::make_unique<testutils::NamespaceHolder>());
            QVERIFY2(holders.back()->start(namespaces.back()->pid(), first),
                     qPrintable(holders.back()->errorText()));
            entries.push_back(std::move(entry.value()));
        }

        QList<double> scans, scanWalls, floors, reads, walks, enters;
        QByteArray text;
        for (int run = 0; run < runs; ++run) {
            double read = 0;
            for (const core::IpcNamespaceEntry &entry : entries) {
                QVERIFY(entry
                            .run([&] {
                                const double cpu = processCpuMs();
                                core::ProcFile::read("/proc/sysvipc/shm", &text);
                                read += processCpuMs() - cpu;
                            })
                            .ok());
            }
            QElapsedTimer timer;
            double cpu = processCpuMs();
            for (const qint64 pid : core::ProcFile::processIds("/proc"))
                core::ProcFile::read("/proc/" + QByteArray::number(pid) + "/maps", &text);
            const double walk = processCpuMs() - cpu;

            timer.restart();
            for (const core::IpcNamespaceEntry &entry : entries)
                QVERIFY(entry.run([] {}).ok());
            enters << sinceMs(timer);

            timer.restart();
            cpu = processCpuMs();
            core::SegmentScanner scanner;
            const auto scan =
                scanner.scan(core::SegmentScanner::Kinds::SystemV, {core::NamespaceChoice::Which::All, 0});
            const double scanMs = processCpuMs() - cpu;
            scanWalls << sinceMs(timer);
            QVERIFY(scan.ok());
            QVERIFY(scan.value().segments.size() >= namespaceCount * segmentCount);
            scans << scanMs;
            reads << read;
            walks << walk;
            floors << read + walk;
        }
        const Stats scan = statsOf(scans);
        const Stats floor = statsOf(floors);
        const double ratio = scan.median / floor.median;
        qInfo().noquote() << QStringLiteral("%1 namespaces x %2 segments, %3 runs")
                                 .arg(namespaceCount)
                                 .arg(segmentCount)
                                 .arg(runs);
        qInfo().noquote() << QStringLiteral("CPU of the process, all threads:");
        qInfo().noquote() << QStringLiteral("scan(All):              %1 ms (wall %2 ms)")
                                 .arg(msWithP90(scan), msWithP90(statsOf(scanWalls)));
        qInfo().noquote() << QStringLiteral("ten bare reads:         %1 ms").arg(msWithP90(statsOf(reads)));
        qInfo().noquote() << QStringLiteral("one walk of every maps: %1 ms").arg(msWithP90(statsOf(walks)));
        qInfo().noquote() << QStringLiteral(
                                 "wall of entering each namespace (thread + setns, nothing done): %1 ms")
                                 .arg(msWithP90(statsOf(enters)));
        qInfo().noquote() << QStringLiteral(
                                 "floor (reads + walk):   %1 ms; scan / floor = %2 (target <= 1.5)")
                                 .arg(msWithP90(floor))
                                 .arg(ratio, 0, 'f', 2);

        QList<double> all, ours;
        const QByteArray program = SHMSCOPE_BIN_DIR "/shmscope";
        for (int run = 0; run < runs; ++run) {
            all << runMs(program, {"--list", "--namespace", "all"});
            ours << runMs(program, {"--list"});
        }
        qInfo().noquote() << QStringLiteral("shmscope --list --namespace all: %1 ms; --list (ours): %2 ms")
                                 .arg(msWithP90(statsOf(all)), msWithP90(statsOf(ours)));
        summary(QStringLiteral("Refresh"), QStringLiteral("scan of 10 namespaces x 400 segments"),
                QStringLiteral("%1 ms CPU").arg(ms(scan.median)),
                QStringLiteral("%1x the ten reads + one maps walk (%2 ms CPU)")
                    .arg(ratio, 0, 'f', 2)
                    .arg(ms(floor.median)));
    }
};

QTEST_GUILESS_MAIN(BenchNamespaces)
#include "bench_namespaces.moc"
