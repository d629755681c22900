// Benchmark of the window's refresh of the POSIX table, which calls core::PosixScanner::scan() in process,
// with 1,000 objects in /dev/shm held by 100 processes (the set-up of posixholders.h), beside a bare read of
// what such a scan must read at least: every /proc/PID/maps (open, read to the end, close) and the link of
// every /proc/PID/fd/N (readlink). Issue 15 asks for at most 1.3× the bare read. Beside them the window's
// whole refresh, SegmentScanner::scan(Kinds::All), System V and POSIX from one read of each maps file, and
// how many maps files it read. Rounds interleaved (scan, bare, scan, ...) so that a change of load hits all;
// medians of BENCH_RUNS rounds, wall and thread CPU. Prints a markdown table; fails only when the measurement
// itself cannot be made.
//
//   cd build && QT_QPA_PLATFORM=offscreen ctest -L bench -R bench_posixrefresh -V
//   BENCH_RUNS=101 ./bin/bench_posixrefresh

#include "benchutils.h"
#include "posixholders.h"

#include "core/posix/posixscanner.h"
#include "core/segments/segmentscanner.h"

#include <QTest>

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

using namespace benchutils;

namespace {

struct BareRead
{
    qint64 mapsBytes = 0;
    qint64 links = 0;
};

// The floor of a scan: each process's maps read whole and each of its descriptors' links read, nothing
// parsed, plain POSIX into one fixed buffer.
BareRead readMapsAndLinks()
{
    static char buffer[1 << 16];
    BareRead read;
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return read;
    while (const dirent *entry = ::readdir(proc)) {
        if (entry->d_name[0] < '1' || entry->d_name[0] > '9')
            continue;
        char path[300];
        std::snprintf(path, sizeof path, "/proc/%s/maps", entry->d_name);
        if (const int fd = ::open(path, O_RDONLY | O_CLOEXEC); fd >= 0) {
            for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
                read.mapsBytes += n;
            ::close(fd);
        }
        std::snprintf(path, sizeof path, "/proc/%s/fd", entry->d_name);
        DIR *fds = ::opendir(path);
        if (!fds)
            continue;
        while (const dirent *fd = ::readdir(fds)) {
            if (fd->d_name[0] >= '0' && fd->d_name[0] <= '9' &&
                ::readlinkat(::dirfd(fds), fd->d_name, buffer, sizeof buffer) > 0)
                ++read.links;
        }
        ::closedir(fds);
    }
    ::closedir(proc);
    return read;
}

} // namespace

class BenchPosixRefresh : public QObject
{
    Q_OBJECT

private slots:
    void scanBesideBareRead();
};

void BenchPosixRefresh::scanBesideBareRead()
{
    const int runs = envInt("BENCH_RUNS", 41, 3);
    PosixHolders holders;
    QVERIFY2(holders.start(), qPrintable(holders.errorText()));

    core::PosixScanner scanner;
    core::SegmentScanner both;
    qsizetype objects = 0;
    int processes = 0;
    int bothProcesses = 0;
    int bothMapsRead = 0;
    BareRead bare;
    // One round of each first, unmeasured: the dentries of /proc and the account names are warm for all.
    (void)scanner.scan();
    (void)both.scan(core::SegmentScanner::Kinds::All);
    (void)readMapsAndLinks();
    QList<double> scanWall, scanCpu, bareWall, bareCpu, bothWall, bothCpu;
    for (int i = 0; i < runs; ++i) {
        const Sample s = timed([&] {
            const core::PosixScanResult result = scanner.scan();
            objects = result.objects.size();
            processes = result.processes;
        });
        scanWall << s.wall;
        scanCpu << s.cpu;
        const Sample b = timed([&] { bare = readMapsAndLinks(); });
        bareWall << b.wall;
        bareCpu << b.cpu;
        const Sample a = timed([&] {
            const auto result = both.scan(core::SegmentScanner::Kinds::All);
            bothProcesses = result.ok() && result.value().posix ? result.value().posix->processes : 0;
        });
        bothMapsRead = both.lastMapsRead();
        bothWall << a.wall;
        bothCpu << a.cpu;
    }
    QVERIFY2(bothProcesses > 0, "the scan of both kinds failed");
    const int total = PosixHolders::Holders * PosixHolders::ObjectsEach;
    QVERIFY2(objects >= total, "the scan did not list the objects the holders made");
    QVERIFY2(bare.mapsBytes > 0 && bare.links > 0, "the bare read read nothing");

    const double bareMs = statsOf(bareWall).median;
    const double bareCpuMs = statsOf(bareCpu).median;
    const auto row = [&](const QString &what, const QList<double> &wall, const QList<double> &cpu) {
        return QStringLiteral("| %1 | %2 | %3 | %4× |")
            .arg(what, msWithP90(statsOf(wall)), ms(statsOf(cpu).median))
            .arg(statsOf(wall).median / bareMs, 0, 'f', 2);
    };
    const QStringList rows{
        QStringLiteral("%1 objects, %2 holder processes, %3 processes in /proc (%4 KiB of maps, %5 fd "
                       "links); median of %6 interleaved rounds")
            .arg(total)
            .arg(PosixHolders::Holders)
            .arg(processes)
            .arg(bare.mapsBytes / 1024)
            .arg(bare.links)
            .arg(runs),
        QString(),
        QStringLiteral("| Refresh of the POSIX table | wall (ms) | thread CPU (ms) | ÷ bare read (wall) |"),
        QStringLiteral("|---|---|---|---|"),
        row(QStringLiteral("**`PosixScanner::scan()`**"), scanWall, scanCpu),
        row(QStringLiteral("bare read: every `/proc/PID/maps` + readlink of every `/proc/PID/fd/N`"),
            bareWall, bareCpu),
        row(QStringLiteral(
                "`SegmentScanner::scan(Kinds::All)`, System V and POSIX (last round: %1 maps files "
                "read, %2 processes)")
                .arg(bothMapsRead)
                .arg(bothProcesses),
            bothWall, bothCpu),
    };
    std::printf("\n%s\n\n", qPrintable(rows.join(QLatin1Char('\n'))));
    summary(QStringLiteral("Refresh"), QStringLiteral("POSIX table scan, 1,000 objects, 100 holders"),
            ms(statsOf(scanWall).median) + QStringLiteral(" ms"),
            QStringLiteral("%1× a bare read of every maps and fd link (CPU %2×)")
                .arg(statsOf(scanWall).median / bareMs, 0, 'f', 2)
                .arg(statsOf(scanCpu).median / bareCpuMs, 0, 'f', 2));
}

QTEST_GUILESS_MAIN(BenchPosixRefresh)
#include "bench_posixrefresh.moc"
