// Benchmark of the window's refresh of semaphore sets, values included (SegmentScanner::scan(SemaphoreSets) in
// process: the list, GETALL once a set, GETPID/GETNCNT/GETZCNT a semaphore), with 1,000 sets of 4 semaphores,
// beside (a) `ipcs -s -i ID` run for every set, as a shell would, and (b) one in-process pass of the calls
// ipcs -s -i makes (one read of /proc/sysvipc/sem, then GETVAL, GETNCNT, GETZCNT and GETPID a semaphore).
// Issue 18: the refresh at most 1.5× (a). Median of BENCH_TICKS scans; (a) BENCH_RUNS times (each 1,000
// processes). Prints a markdown table; fails only when the measurement itself cannot be made.
//
//   cd build && QT_QPA_PLATFORM=offscreen ctest -L bench -R bench_semrefresh -V
//   BENCH_TICKS=101 unshare -i ./bin/bench_semrefresh

#include "benchutils.h"
#include "core/segments/segmentscanner.h"
#include "ipcpopulation.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace benchutils;

class BenchSemRefresh : public QObject
{
    Q_OBJECT

private slots:
    void refreshBesideIpcs();
};

namespace {

// What `ipcs -s -i` asks of the kernel, for every set, in this process: the table once, then four calls a
// semaphore. Returns the sum of the values, so that nothing is optimised away.
long ipcsCallsInProcess(const QList<int> &sets, int semsEach)
{
    QFile table(QStringLiteral("/proc/sysvipc/sem"));
    long sum = table.open(QIODevice::ReadOnly) ? long(table.readAll().size()) : 0;
    for (const int semid : sets) {
        for (int n = 0; n < semsEach; ++n) {
            sum += semctl(semid, n, GETVAL) + semctl(semid, n, GETNCNT) + semctl(semid, n, GETZCNT)
                   + semctl(semid, n, GETPID);
        }
    }
    return sum;
}

} // namespace

void BenchSemRefresh::refreshBesideIpcs()
{
    constexpr int Sets = 1000;
    constexpr int SemsEach = 4;
    const int ticks = envInt("BENCH_TICKS", 51, 5);
    const int runs = envInt("BENCH_RUNS", 3, 1);
    const QString ipcs = QStandardPaths::findExecutable(QStringLiteral("ipcs"));
    if (ipcs.isEmpty())
        QSKIP("ipcs (util-linux) is not installed: nothing to set the figure against");
    IpcPopulation population;
    QVERIFY2(population.make(Sets, SemsEach, 0), "could not make the sets (kernel.sem)");

    core::SegmentScanner scanner;
    QList<double> scanWall, scanCpu, floorWall, floorCpu;
    long sink = 0;
    for (int i = 0; i < ticks; ++i) {
        int listed = 0;
        const Sample scan = timed([&] {
            auto result = scanner.scan(core::SegmentScanner::Kinds::SemaphoreSets);
            listed = result.ok() ? int(result.value().semaphoreSets.size()) : -1;
        });
        QCOMPARE(listed, Sets);
        scanWall << scan.wall;
        scanCpu << scan.cpu;
        const Sample floor = timed([&] { sink += ipcsCallsInProcess(population.sets(), SemsEach); });
        floorWall << floor.wall;
        floorCpu << floor.cpu;
    }
    QList<double> everySet;
    const QByteArray ipcsPath = QFile::encodeName(ipcs);
    for (int r = 0; r < runs; ++r) {
        const Sample all = timed([&] {
            for (const int semid : population.sets())
                QVERIFY(runMs(ipcsPath, {"-s", "-i", QByteArray::number(semid)}) >= 0);
        });
        everySet << all.wall;
    }
    const double scanMs = statsOf(scanWall).median;
    const double everySetMs = statsOf(everySet).median;
    const double floorMs = statsOf(floorWall).median;
    const QStringList rows{
        QStringLiteral("| %1 sets of %2 semaphores | wall (ms) | CPU (ms) | scan ÷ it |").arg(Sets).arg(SemsEach),
        QStringLiteral("|---|---|---|---|"),
        QStringLiteral("| **refresh: `scan(SemaphoreSets)` with values** (median of %1) | %2 | %3 | 1.00× |")
            .arg(ticks)
            .arg(msWithP90(statsOf(scanWall)), ms(statsOf(scanCpu).median)),
        QStringLiteral("| (a) `ipcs -s -i ID` of every set, 1,000 processes (median of %1) | %2 | – | %3× |")
            .arg(runs)
            .arg(ms(everySetMs))
            .arg(scanMs / everySetMs, 0, 'f', 4),
        QStringLiteral("| (b) ipcs -s -i's calls in process (table once, 4 calls a semaphore) | %1 | %2 | %3× |")
            .arg(msWithP90(statsOf(floorWall)), ms(statsOf(floorCpu).median))
            .arg(scanMs / floorMs, 0, 'f', 2),
    };
    std::printf("\n%s\n\n(sink %ld)\n", qPrintable(rows.join(QLatin1Char('\n'))), sink);
    summary(QStringLiteral("Refresh"), QStringLiteral("semaphore sets with values, 1,000 sets of 4"),
            ms(scanMs) + QStringLiteral(" ms"),
            QStringLiteral("%1× ipcs -s -i of every set; %2× its calls in process")
                .arg(scanMs / everySetMs, 0, 'f', 4)
                .arg(scanMs / floorMs, 0, 'f', 2));
}

QTEST_GUILESS_MAIN(BenchSemRefresh)
#include "bench_semrefresh.moc"
