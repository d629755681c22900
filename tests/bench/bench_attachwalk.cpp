// Benchmark of finding who has each segment attached on a busy desktop: 300 processes of ~1,100 maps lines
// each (tests/helpers/shmmanymaps), one of them attaching and detaching a segment every 200 ms as an X11
// client using MIT-SHM does, another holding a segment it made itself.
//
// Measured, each beside its baseline in the same run:
//  - the refresh's CPU at the window's default period (RefreshController + SegmentScanner, 1 s), with the
//    churn and without it, beside what one read of every /proc/PID/maps costs each second (the floor of a
//    scan that walks every process, which is what a churning segment made every refresh do before);
//  - a fresh `shmscope --list` process beside `ipcs -m` and beside `shmscope --version` (the start-up floor).
// Prints figures; fails only when the measurement itself cannot be made.
//
//   cd build && QT_QPA_PLATFORM=offscreen ctest -L bench -R bench_attachwalk -V
//   BENCH_SECONDS=30 BENCH_PROCESSES=600 BENCH_MAPS=2100 ./bin/bench_attachwalk
//   BENCH_BASELINE_SHMSCOPE=/path/to/an/older/shmscope also times that program's --list

#include "app/table/refreshcontroller.h"
#include "core/segments/segmentscanner.h"

#include "benchutils.h"
#include "testutils.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <optional>
#include <vector>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

using namespace benchutils;

const QString programDir = QStringLiteral(SHMSCOPE_BIN_DIR "/");

// The busy desktop: helper processes that all read their stdin from one pipe whose write end only this
// process holds, so that they end when it is closed, and (PR_SET_PDEATHSIG) when this process dies.
class Desktop
{
public:
    Desktop()
    {
        int ends[2] = {-1, -1};
        if (pipe2(ends, O_CLOEXEC) == 0) {
            m_lifeRead = ends[0];
            m_lifeWrite = ends[1];
        }
    }
    Desktop(const Desktop &) = delete;
    Desktop &operator=(const Desktop &) = delete;
    ~Desktop() { stop(); }

    // Starts shmmanymaps with these arguments and waits for its "ready"; what it printed before, or an
    // empty optional when it failed.
    std::optional<QByteArray> start(const QList<QByteArray> &arguments, pid_t *pid)
    {
        int out[2] = {-1, -1};
        if (m_lifeRead < 0 || pipe2(out, O_CLOEXEC) != 0)
            return std::nullopt;
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, m_lifeRead, STDIN_FILENO);
        posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
        const QByteArray program = QFile::encodeName(programDir + QStringLiteral("shmmanymaps"));
        QList<QByteArray> args = QList<QByteArray>{program} + arguments;
        std::vector<char *> argv;
        for (QByteArray &arg : args)
            argv.push_back(arg.data());
        argv.push_back(nullptr);
        const int spawned = posix_spawn(pid, program.constData(), &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        ::close(out[1]);
        if (spawned != 0) {
            ::close(out[0]);
            return std::nullopt;
        }
        m_pids.append(*pid);
        QByteArray said;
        char buffer[256];
        while (!said.endsWith("ready\n")) {
            const ssize_t n = ::read(out[0], buffer, sizeof buffer);
            if (n <= 0)
                break;
            said.append(buffer, n);
        }
        ::close(out[0]);
        if (!said.endsWith("ready\n"))
            return std::nullopt;
        return said.chopped(6);
    }
    void stop()
    {
        if (m_lifeWrite >= 0)
            ::close(m_lifeWrite);
        m_lifeWrite = -1;
        for (const pid_t pid : std::as_const(m_pids)) {
            ::kill(pid, SIGCONT); // a stopped churner must run to see the end of its stdin
            waitpid(pid, nullptr, 0);
        }
        m_pids.clear();
        if (m_lifeRead >= 0)
            ::close(m_lifeRead);
        m_lifeRead = -1;
    }

private:
    int m_lifeRead = -1;
    int m_lifeWrite = -1;
    QList<pid_t> m_pids;
};

// CPU time of the whole process (every thread) so far, ms.
double processCpuMs()
{
    timespec ts = {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// One read of every /proc/PID/maps, as a walk of every process does it (open, read to the end, close):
// the kernel's formatting of every line, which no walk of everything can go below. Returns lines read.
qint64 readEveryMaps()
{
    static char buffer[1 << 16];
    qint64 lines = 0;
    DIR *dir = ::opendir("/proc");
    if (!dir)
        return -1;
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] < '1' || entry->d_name[0] > '9')
            continue;
        char path[300];
        std::snprintf(path, sizeof path, "/proc/%s/maps", entry->d_name);
        const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        for (;;) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            lines += std::count(buffer, buffer + n, '\n');
        }
        ::close(fd);
    }
    ::closedir(dir);
    return lines;
}

} // namespace

class BenchAttachWalk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void floor();
    void refresh();
    void commandLine();
    void cleanupTestCase();

private:
    struct Refresh
    {
        double cpuPercent = 0;
        int scans = 0;
        int scansWalkingEvery = 0;
        double mapsReadPerScan = 0;
    };
    Refresh measureRefresh(int seconds);

    Desktop m_desktop;
    testutils::SegmentGuard m_churned;
    pid_t m_churner = -1;
    int m_processes = 300;
    int m_maps = 1100;
    int m_seconds = 15;
    double m_floorMs = 0;
    qint64 m_lines = 0;
    QStringList m_rows;
};

void BenchAttachWalk::initTestCase()
{
    m_processes = envInt("BENCH_PROCESSES", 300, 2);
    m_maps = envInt("BENCH_MAPS", 1100, 1);
    m_seconds = envInt("BENCH_SECONDS", 15, 3);
    QVERIFY2(QFile::exists(programDir + QStringLiteral("shmmanymaps")), "build the shmmanymaps target first");
    QVERIFY2(m_churned.create(IPC_PRIVATE, 4096, 0600), std::strerror(errno));

    const QByteArray maps = QByteArray::number(m_maps);
    pid_t pid = -1;
    for (int i = 0; i < m_processes - 2; ++i)
        QVERIFY2(m_desktop.start({maps}, &pid), "shmmanymaps did not start");
    const auto created = m_desktop.start({maps, "create"}, &pid);
    QVERIFY2(created && created->startsWith("created "), "shmmanymaps create did not make its segment");
    const auto churning =
        m_desktop.start({maps, "churn", QByteArray::number(m_churned.id()), "100"}, &m_churner);
    QVERIFY2(churning, "the churning shmmanymaps did not start");
    QCOMPARE(::kill(m_churner, SIGSTOP), 0); // until the refresh with churn is measured
}

void BenchAttachWalk::floor()
{
    QList<double> wall;
    for (int i = 0; i < 7; ++i)
        wall << timed([this] { m_lines = readEveryMaps(); }).wall;
    QVERIFY(m_lines > 0);
    m_floorMs = statsOf(wall).median;
    qInfo("one read of every /proc/PID/maps (%lld lines): %.1f ms", m_lines, m_floorMs);
}

// The refresh as the window runs it, on its pool thread every second, for m_seconds: the whole process's
// CPU (this benchmark does nothing else meanwhile), and what the scans read.
BenchAttachWalk::Refresh BenchAttachWalk::measureRefresh(int seconds)
{
    core::SegmentScanner scanner;
    std::atomic<int> scans = 0, walkingEvery = 0;
    std::atomic<qint64> mapsRead = 0;
    app::RefreshController controller;
    controller.setScanFunction([&] {
        auto result = scanner.scan();
        ++scans;
        walkingEvery += scanner.lastWalkCost().walkedEvery ? 1 : 0;
        mapsRead += scanner.lastWalkCost().mapsRead;
        return result;
    });
    QSignalSpy first(&controller, &app::RefreshController::scanned);
    controller.refreshNow();
    if (!first.wait(10000))
        return {};
    // From the second scan on: the first one found everything afresh.
    scans = 0;
    walkingEvery = 0;
    mapsRead = 0;
    const double cpu0 = processCpuMs();
    QElapsedTimer timer;
    timer.start();
    QTest::qWait(seconds * 1000);
    const double cpu = processCpuMs() - cpu0;
    const double wall = double(timer.elapsed());
    controller.setPaused(true);
    Refresh r;
    r.cpuPercent = 100.0 * cpu / wall;
    r.scans = scans;
    r.scansWalkingEvery = walkingEvery;
    r.mapsReadPerScan = scans > 0 ? double(mapsRead) / scans : 0;
    return r;
}

void BenchAttachWalk::refresh()
{
    QVERIFY(m_floorMs > 0);
    const Refresh idle = measureRefresh(m_seconds);
    QCOMPARE(::kill(m_churner, SIGCONT), 0);
    const Refresh churn = measureRefresh(m_seconds);
    QCOMPARE(::kill(m_churner, SIGSTOP), 0);
    QVERIFY2(idle.scans > 0 && churn.scans > 0, "the refresh did not scan");

    const auto row = [this](const QString &what, const Refresh &r) {
        m_rows << QStringLiteral("| %1 | %2 % | %3 | %4 | %5 |")
                      .arg(what)
                      .arg(r.cpuPercent, 0, 'f', 2)
                      .arg(r.scans)
                      .arg(r.mapsReadPerScan, 0, 'f', 1)
                      .arg(r.scansWalkingEvery);
    };
    m_rows << QStringLiteral("%1 processes, %2 maps lines in all; default refresh (1 s), %3 s each")
                  .arg(m_processes)
                  .arg(m_lines)
                  .arg(m_seconds)
           << QString()
           << QStringLiteral("| Refresh | CPU (% of a core, whole process) | scans | maps files read a scan | scans that read every process |")
           << QStringLiteral("|---|---:|---:|---:|---:|");
    row(QStringLiteral("nothing changes"), idle);
    row(QStringLiteral("one process attaches and detaches every 200 ms"), churn);
    m_rows << QStringLiteral("| baseline: one read of every /proc/PID/maps a second (%1 ms each) | %2 % | | | |")
                  .arg(ms(m_floorMs))
                  .arg(100.0 * m_floorMs / 1000.0, 0, 'f', 1);
    summary(QStringLiteral("Refresh"),
            QStringLiteral("CPU at 1 s, %1 processes of ~%2 maps lines, one attaching and detaching every 200 ms")
                .arg(m_processes)
                .arg(m_maps),
            QStringLiteral("%1 % of a core").arg(churn.cpuPercent, 0, 'f', 2),
            QStringLiteral("%1 % without the churn; %2 % for one read of every maps a second")
                .arg(idle.cpuPercent, 0, 'f', 2)
                .arg(100.0 * m_floorMs / 1000.0, 0, 'f', 1));
}

// A fresh `shmscope --list`: no state from before, one segment attached by its creator, one by the
// churner (stopped), the rest of the desktop attached to nothing.
void BenchAttachWalk::commandLine()
{
    constexpr int Runs = 21;
    const QByteArray shmscope = QFile::encodeName(programDir + QStringLiteral("shmscope"));
    const QByteArray baseline = qgetenv("BENCH_BASELINE_SHMSCOPE");
    QList<double> ipcs, version, list, older;
    for (int i = 0; i < Runs; ++i) {
        ipcs << runMs("ipcs", {"-m"});
        version << runMs(shmscope, {"--version"});
        list << runMs(shmscope, {"--list"});
        if (!baseline.isEmpty())
            older << runMs(baseline, {"--list"});
    }
    for (const QList<double> *figures : {&ipcs, &version, &list, &older})
        QVERIFY2(std::none_of(figures->cbegin(), figures->cend(), [](double v) { return v < 0; }),
                 "a program failed to run");
    // What --list does after its start-up: a scan with no state from before.
    QList<double> freshScan;
    for (int i = 0; i < Runs; ++i)
        freshScan << timed([] { QVERIFY(core::SegmentScanner().scan().ok()); }).wall;
    const double ipcsMs = statsOf(ipcs).median;
    const double listMs = statsOf(list).median;
    m_rows << QString() << QStringLiteral("| Fresh process (median of %1) | wall (ms) | ÷ `ipcs -m` |").arg(Runs)
           << QStringLiteral("|---|---:|---:|");
    const auto row = [&](const QString &what, const QList<double> &figures) {
        const double median = statsOf(figures).median;
        m_rows << QStringLiteral("| %1 | %2 | %3× |").arg(what, ms(median)).arg(median / ipcsMs, 0, 'f', 1);
    };
    row(QStringLiteral("`ipcs -m`"), ipcs);
    row(QStringLiteral("`shmscope --version` (start-up alone)"), version);
    row(QStringLiteral("**`shmscope --list`**"), list);
    row(QStringLiteral("in this process: a fresh `SegmentScanner::scan()` (--list less its start-up)"), freshScan);
    if (!older.isEmpty())
        row(QStringLiteral("`shmscope --list` of BENCH_BASELINE_SHMSCOPE"), older);
    summary(QStringLiteral("Start-up"),
            QStringLiteral("`shmscope --list`, %1 processes of ~%2 maps lines, a segment attached by its creator")
                .arg(m_processes)
                .arg(m_maps),
            QStringLiteral("%1 ms").arg(ms(listMs)),
            QStringLiteral("%1× `ipcs -m` (%2 ms); `--version` %3 ms")
                .arg(listMs / ipcsMs, 0, 'f', 1)
                .arg(ms(ipcsMs), ms(statsOf(version).median)));
}

void BenchAttachWalk::cleanupTestCase()
{
    m_desktop.stop();
    std::fflush(stdout);
    const QByteArray table = '\n' + m_rows.join(QLatin1Char('\n')).toUtf8() + '\n';
    std::fwrite(table.constData(), 1, size_t(table.size()), stdout);
    std::fflush(stdout);
}

QTEST_MAIN(BenchAttachWalk)
#include "bench_attachwalk.moc"
