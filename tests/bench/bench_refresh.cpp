// Benchmark of the segment table's refresh, start-up and memory with many real segments (32,000 where it may
// raise kernel.shmmni in an IPC namespace of its own, as under ctest; 4,000 and fewer too), and of
// `shmscope --list --format json` against `lsipc -m --json` and `ipcs -m`.
//
// Prints figures; fails only when the measurement itself cannot be made (segments cannot be created,
// the window never fills). The Markdown tables at the end are written to stdout without the Qt Test
// prefix, ready to paste into docs/PERFORMANCE.md.
//
//   cd build && QT_QPA_PLATFORM=offscreen ctest -L bench -V     (or ./test.sh --bench)
//   BENCH_RUNS=100 ./bin/bench_refresh                             (more runs a figure; default 50)

#include "app/mainwindow.h"
#include "app/table/refreshcontroller.h"
#include "app/table/segmentfilterproxy.h"
#include "app/table/segmenttablemodel.h"
#include "core/segments/segmentscanner.h"

#include "benchutils.h"
#include "testutils.h"

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <optional>
#include <utility>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using namespace benchutils;

// ---- The segments, and their removal however the run ends -------------------------------------------

// A plain array, so that the fatal-signal handler below may read it.
constexpr int MaxSegments = 1 << 16;
int g_segments[MaxSegments];
volatile std::sig_atomic_t g_segmentCount = 0;

// The cleanup function: removes every segment the benchmark made, newest first. Async-signal-safe.
// The slot is cleared before the id is removed, so an id is never removed twice by the normal path and
// the handler together (ids are not reused that fast anyway: the kernel bumps a sequence number).
void removeSegmentsDownTo(int keep) noexcept
{
    while (g_segmentCount > keep) {
        const int slot = g_segmentCount - 1;
        const int shmid = g_segments[slot];
        g_segments[slot] = -1;
        g_segmentCount = slot;
        if (shmid >= 0)
            shmctl(shmid, IPC_RMID, nullptr);
    }
}

constexpr std::array<int, 8> FatalSignals = {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGINT, SIGTERM, SIGHUP};
struct sigaction g_previousActions[FatalSignals.size()];

extern "C" void removeSegmentsOnSignal(int signal)
{
    removeSegmentsDownTo(0);
    // Hand the signal on to whoever had it before (Qt Test prints its crash report, then dies).
    for (std::size_t i = 0; i < FatalSignals.size(); ++i) {
        if (FatalSignals[i] == signal)
            sigaction(signal, &g_previousActions[i], nullptr);
    }
    raise(signal);
}

void installSignalCleanup()
{
    struct sigaction action = {};
    action.sa_handler = removeSegmentsOnSignal;
    sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < FatalSignals.size(); ++i)
        sigaction(FatalSignals[i], &action, &g_previousActions[i]);
}

// RAII owner of the list above: whatever it holds is removed when it goes, and on a fatal signal.
class SegmentPool
{
public:
    SegmentPool() = default;
    SegmentPool(const SegmentPool &) = delete;
    SegmentPool &operator=(const SegmentPool &) = delete;
    ~SegmentPool() { removeAll(); }

    // Creates IPC_PRIVATE segments of 1 byte until it holds count. On failure it keeps what it made.
    bool growTo(int count, QString *error)
    {
        while (g_segmentCount < count && g_segmentCount < MaxSegments) {
            const int shmid = shmget(IPC_PRIVATE, 1, IPC_CREAT | 0600);
            if (shmid < 0) {
                *error = QStringLiteral("shmget(IPC_PRIVATE, 1, IPC_CREAT | 0600) failed after %1 segments: %2")
                             .arg(int(g_segmentCount))
                             .arg(QString::fromLocal8Bit(std::strerror(errno)));
                return false;
            }
            g_segments[g_segmentCount] = shmid;
            g_segmentCount = g_segmentCount + 1;
        }
        return g_segmentCount >= count;
    }
    void shrinkTo(int count) { removeSegmentsDownTo(count); }
    void removeAll() { removeSegmentsDownTo(0); }
    [[nodiscard]] int size() const { return g_segmentCount; }
    [[nodiscard]] int idAt(int i) const { return g_segments[i]; }
};

// ---- Measuring ------------------------------------------------------------------------------------------

// (Order statistics, the thread's CPU clock, timed() and the formats come from benchutils.h.)

// CPU of the children reaped so far (user + system), ms.
double childrenCpuMs()
{
    rusage usage = {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// CPU time of the whole process (every thread) so far, ms.
double processCpuMs()
{
    timespec ts = {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// System (kernel) CPU time of this thread so far, ms. Tick-sampled on some kernels: use it summed over
// many runs, not run by run.
double threadSystemMs()
{
    rusage usage = {};
    getrusage(RUSAGE_THREAD, &usage);
    return double(usage.ru_stime.tv_sec) * 1e3 + double(usage.ru_stime.tv_usec) / 1e3;
}

// timed(), plus the kernel's part of the thread's CPU time.
struct SplitSample
{
    Sample sample;
    double system = 0;
};

template<typename F>
SplitSample timedWithSystem(F &&f)
{
    const double system0 = threadSystemMs();
    const Sample sample = timed(std::forward<F>(f));
    return {sample, threadSystemMs() - system0};
}

// The floor: what reading the kernel's list costs, with nothing done to it. Same calls as the scanner
// (open, read in 64 KiB steps to EOF, close); the buffer is reused.
qint64 bareRead()
{
    static char buffer[65536];
    const int fd = ::open("/proc/sysvipc/shm", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    qint64 total = 0;
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        total += n;
    }
    ::close(fd);
    return total;
}

int segmentsListed()
{
    QFile file(QStringLiteral("/proc/sysvipc/shm"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(file.readAll().count('\n')) - 1; // minus the header
}

std::optional<quint64> readSysctl(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const quint64 value = file.readAll().trimmed().toULongLong(&ok);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

QString programPath(const char *name)
{
    return QStringLiteral(SHMSCOPE_BIN_DIR "/") + QLatin1String(name);
}

// True when this process has an IPC namespace that its parent does not share (ctest starts every test under
// `unshare -i` where it may): its kernel.shmmni can then be raised without touching the machine's. (Init's
// namespace may not be readable in a container; the parent's is.) When in doubt, false.
bool inPrivateIpcNamespace()
{
    struct stat ours = {}, parent = {};
    const QByteArray parentLink = "/proc/" + QByteArray::number(qint64(::getppid())) + "/ns/ipc";
    return ::stat("/proc/self/ns/ipc", &ours) == 0 && ::stat(parentLink.constData(), &parent) == 0
           && (ours.st_dev != parent.st_dev || ours.st_ino != parent.st_ino);
}

// One child process from start to exit: wall time, its CPU (user + system, as reaped), its output.
struct ChildRun
{
    double wall = 0;
    double cpu = 0;
    int exitCode = -1;
    QByteArray out;
};

ChildRun runChild(const QString &program, const QStringList &arguments)
{
    ChildRun run;
    QProcess process;
    const double cpu0 = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return run;
    run.wall = double(timer.nsecsElapsed()) / 1e6;
    run.cpu = childrenCpuMs() - cpu0;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    return run;
}

} // namespace

class BenchRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowFill();
    void listing();
    void refresh();
    void cleanupTestCase();

private:
    void note(const QString &line);
    // Grows or shrinks the pool to n segments of ours.
    bool poolOf(int n);

    SegmentPool m_pool;
    QList<int> m_sizes; // N, largest first: the pool shrinks from one to the next
    int m_largest = 0;
    int m_runs = 50;
    QStringList m_notes;
    QStringList m_refreshRows;
    QStringList m_startRows;
    QStringList m_listRows;
};

void BenchRefresh::note(const QString &line)
{
    qInfo().noquote() << line;
    m_notes << line;
}

bool BenchRefresh::poolOf(int n)
{
    QString error;
    if (!m_pool.growTo(n, &error)) {
        qWarning().noquote() << error;
        return false;
    }
    m_pool.shrinkTo(n);
    return m_pool.size() == n;
}

void BenchRefresh::initTestCase()
{
    installSignalCleanup();
    m_runs = envInt("BENCH_RUNS", 50, 5);

    // 32,000 segments need shmmni above its default of 4096. It belongs to the IPC namespace: raised only in
    // a namespace of our own (32768 is the most the kernel takes), never on the machine.
    constexpr int ShmmniWanted = 32768;
    if (inPrivateIpcNamespace()) {
        QFile shmmniFile(QStringLiteral("/proc/sys/kernel/shmmni"));
        const bool raised = shmmniFile.open(QIODevice::WriteOnly)
                            && shmmniFile.write(QByteArray::number(ShmmniWanted) + '\n') > 0;
        shmmniFile.close();
        note(raised ? QStringLiteral("In a private IPC namespace: kernel.shmmni raised to %1 there.").arg(ShmmniWanted)
                    : QStringLiteral("In a private IPC namespace, but kernel.shmmni could not be raised (not root?)."));
    } else {
        note(QStringLiteral("In the machine's IPC namespace: kernel.shmmni left as it is, so N stays under it (run "
                            "under `unshare -i` as root, as ctest does, for 32,000)."));
    }

    const auto shmmni = readSysctl(QStringLiteral("/proc/sys/kernel/shmmni"));
    const int existing = segmentsListed();
    QVERIFY2(shmmni && existing >= 0, "cannot read /proc/sys/kernel/shmmni or /proc/sysvipc/shm");
    // Other tests may be making segments at the same time: leave them a little room.
    constexpr int Room = 16;
    const int available = int(std::min<quint64>(*shmmni, MaxSegments)) - existing - Room;
    note(QStringLiteral("shmmni %1, %2 segments existed before the run; room for %3 of ours.")
             .arg(*shmmni)
             .arg(existing)
             .arg(std::max(available, 0)));
    QVERIFY2(available >= 10, "no room for even 10 segments under shmmni");

    for (int wanted : {32000, 4000, 1000, 100, 10}) {
        const int n = std::min(wanted, available);
        if (n < wanted)
            note(QStringLiteral("N = %1 capped at %2 (shmmni %3 minus the %4 segments that existed minus %5 spare).")
                     .arg(wanted)
                     .arg(n)
                     .arg(*shmmni)
                     .arg(existing)
                     .arg(Room));
        if (m_sizes.isEmpty() || m_sizes.last() != n)
            m_sizes << n;
    }
    m_largest = m_sizes.first();

    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(m_pool.growTo(m_largest, &error), qPrintable(error));
    note(QStringLiteral("Created %1 segments in %2 ms; %3 segments are listed now.")
             .arg(m_largest)
             .arg(timer.elapsed())
             .arg(segmentsListed()));
}

// Time from constructing the window to a filled, painted table, and what it costs in memory.
void BenchRefresh::windowFill()
{
    QCOMPARE(m_pool.size(), m_largest);
    const qint64 rssBefore = testutils::statusKiB("VmRSS");

    struct Fill
    {
        double shown = -1;   // constructor + show() returned
        double model = -1;   // the model holds every segment (its first fill is one modelReset)
        double laidOut = -1; // MainWindow::showScan() done: labels set, columns resized
        double painted = -1; // the first repaint of the window after that finished
        double cpuStart = 0;  // process CPU (all threads) at the start, ms
        double cpu = -1;      // process CPU from the start to `painted`: less at the mercy of a busy machine
    };

    // Handles the window's first UpdateRequest after the scan was shown itself, so that it can note
    // when the repaint has finished (a filter sees an event only before it is handled).
    class PaintTimer : public QObject
    {
    public:
        PaintTimer(QWidget *window, const QElapsedTimer &clock, Fill &fill)
            : m_window(window), m_clock(clock), m_fill(fill)
        {}
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (watched == m_window && event->type() == QEvent::UpdateRequest && m_fill.laidOut >= 0
                && m_fill.painted < 0) {
                static_cast<QObject *>(m_window)->event(event);
                m_fill.painted = double(m_clock.nsecsElapsed()) / 1e6;
                m_fill.cpu = processCpuMs() - m_fill.cpuStart;
                return true;
            }
            return false;
        }

    private:
        QWidget *m_window;
        const QElapsedTimer &m_clock;
        Fill &m_fill;
    };

    QList<Fill> fills;
    QList<double> bareReads; // the floor of the first scan, one before each window: the machine's load as it is
    qint64 rssAfterFirst = -1;
    constexpr int Windows = 5;
    for (int w = 0; w < Windows; ++w) {
        qint64 bytes = 0;
        bareReads << timed([&] { bytes = bareRead(); }).wall;
        QVERIFY(bytes > 0);
        Fill fill;
        QElapsedTimer clock;
        fill.cpuStart = processCpuMs();
        clock.start();
        auto window = std::make_unique<app::MainWindow>();
        app::SegmentTableModel *model = window->segmentModel();
        connect(model, &QAbstractItemModel::modelReset, this, [&] {
            if (fill.model < 0 && model->rowCount() >= m_largest)
                fill.model = double(clock.nsecsElapsed()) / 1e6;
        });
        // Connected after MainWindow's own slot, so it runs once showScan() has finished.
        connect(window->refreshController(), &app::RefreshController::scanned, this, [&] {
            if (fill.model >= 0 && fill.laidOut < 0)
                fill.laidOut = double(clock.nsecsElapsed()) / 1e6;
        });
        PaintTimer paintTimer(window.get(), clock, fill);
        window->installEventFilter(&paintTimer);
        window->resize(1200, 800);
        window->show();
        fill.shown = double(clock.nsecsElapsed()) / 1e6;

        QTRY_VERIFY_WITH_TIMEOUT(fill.painted >= 0, 30000);
        window->removeEventFilter(&paintTimer);
        int missing = 0;
        for (int i = 0; i < m_pool.size(); ++i)
            missing += model->rowOfShmid(m_pool.idAt(i)) < 0 ? 1 : 0;
        QCOMPARE(missing, 0);
        if (w == 0)
            rssAfterFirst = testutils::statusKiB("VmRSS");
        fills << fill;
        qInfo().noquote() << QStringLiteral("window %1: shown %2 ms, model filled %3 ms, laid out %4 ms, painted %5 ms "
                                            "(process CPU %6 ms)")
                                 .arg(w)
                                 .arg(ms(fill.shown), ms(fill.model), ms(fill.laidOut), ms(fill.painted), ms(fill.cpu));
    }
    const qint64 rssAfterAll = testutils::statusKiB("VmRSS");

    QList<double> shown, model, laidOut, painted, cpu;
    for (qsizetype i = 1; i < fills.size(); ++i) {
        shown << fills[i].shown;
        model << fills[i].model;
        laidOut << fills[i].laidOut;
        painted << fills[i].painted;
        cpu << fills[i].cpu;
    }
    const Fill &first = fills.first();
    const int listed = segmentsListed();
    auto row = [&](const QString &what, double firstValue, const QList<double> &later) {
        m_startRows << QStringLiteral("| %1 | %2 | %3 |").arg(what, ms(firstValue), msWithP90(statsOf(later)));
    };
    m_startRows << QStringLiteral("In-process, %1 segments listed (%2 ours); `app::MainWindow` on the offscreen "
                                  "platform, 1200×800. Times from the start of the constructor.")
                       .arg(listed)
                       .arg(m_largest)
                << QString()
                << QStringLiteral("| Step | first window (ms) | next %1 windows, median (ms) |").arg(Windows - 1)
                << QStringLiteral("|---|---:|---:|");
    row(QStringLiteral("constructed + `show()` returned"), first.shown, shown);
    row(QStringLiteral("model holds every segment (first scan merged)"), first.model, model);
    row(QStringLiteral("scan shown (labels set, columns resized)"), first.laidOut, laidOut);
    row(QStringLiteral("**first paint of the filled table finished**"), first.painted, painted);
    row(QStringLiteral("CPU used by the process (all threads) until then"), first.cpu, cpu);
    const double bareMedian = statsOf(bareReads).median;
    m_startRows << QStringLiteral("| bare read of /proc/sysvipc/shm just before each window (the floor of its first "
                                  "scan), median of %1 | %2 | |")
                       .arg(Windows)
                       .arg(ms(bareMedian))
                << QStringLiteral("| **first paint ÷ bare read** | %1× | %2× |")
                       .arg(QString::number(first.painted / bareMedian, 'f', 2),
                            QString::number(statsOf(painted).median / bareMedian, 'f', 2));
    m_startRows << QString() << QStringLiteral("| Memory (VmRSS) | |") << QStringLiteral("|---|---:|")
                << QStringLiteral("| before the first window (QApplication up, %1 segments exist) | %2 |")
                       .arg(m_largest)
                       .arg(mib(rssBefore))
                << QStringLiteral("| with the first window filled | %1 (+%2) |")
                       .arg(mib(rssAfterFirst), mib(rssAfterFirst - rssBefore))
                << QStringLiteral("| of which the model's rows, at least (%1 × sizeof(SegmentInfo) = %2 B; names shared) | %3 |")
                       .arg(listed)
                       .arg(sizeof(core::SegmentInfo))
                       .arg(mib(qint64(listed) * qint64(sizeof(core::SegmentInfo)) / 1024))
                << QStringLiteral("| after %1 windows made and destroyed | %2 |").arg(Windows).arg(mib(rssAfterAll));
    summary(
        QStringLiteral("Start-up"),
        QStringLiteral("window with %1 segments listed: constructor to the filled table painted").arg(listed),
        QStringLiteral("%1 ms").arg(ms(first.painted)),
        QStringLiteral("the next %1 windows, median %2 ms; a bare read of /proc/sysvipc/shm %3 ms")
            .arg(Windows - 1)
            .arg(ms(statsOf(painted).median), ms(bareMedian)));
    summary(QStringLiteral("Memory"), QStringLiteral("VmRSS with that window filled"), mib(rssAfterFirst),
            QStringLiteral("+%1 over the process before it").arg(mib(rssAfterFirst - rssBefore)));
}

// A fresh process each: `shmscope --list --format json` against `lsipc -m --json` and `ipcs -m`, start to exit, at
// 32,000 and 4,000 segments, interleaved (the order rotates each round) so that the machine's noise falls on
// all three alike. Our segments are attached by nobody (nattch 0), so no run walks /proc/*/maps: this is the
// listing alone, read, parsed, formatted.
void BenchRefresh::listing()
{
    const QString program = programPath("shmscope");
    if (!QFile::exists(program))
        QSKIP("build/bin/shmscope is not built (cmake --build BUILD --target shmscope)");
    struct Command
    {
        QString label;
        QString program;
        QStringList arguments;
    };
    const QList<Command> commands = {
        {QStringLiteral("`shmscope --list --format json`"), program,
         {QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("json")}},
        {QStringLiteral("`lsipc -m --json`"), QStringLiteral("lsipc"), {QStringLiteral("-m"), QStringLiteral("--json")}},
        {QStringLiteral("`ipcs -m`"), QStringLiteral("ipcs"), {QStringLiteral("-m")}},
    };
    m_listRows << QStringLiteral("| Segments listed (ours) | runs | shmscope wall | lsipc wall | ipcs wall | **÷ lsipc** "
                                 "wall | **÷ ipcs** wall | shmscope CPU | lsipc CPU | ipcs CPU | ÷ lsipc CPU | ÷ ipcs CPU |")
               << QStringLiteral("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    QList<int> sizes;
    for (int n : {32000, 4000}) {
        const int capped = std::min(n, m_largest);
        if (!sizes.contains(capped))
            sizes << capped;
    }
    bool firstRun = true;
    for (int n : std::as_const(sizes)) {
        QVERIFY(poolOf(n));
        const int listed = segmentsListed();
        // ipcs and lsipc take about half a second of CPU each at 32,000: fewer rounds there.
        const int runs = n > 10000 ? std::max(5, m_runs / 7) : std::max(5, m_runs / 3);
        QList<double> wall[3], cpu[3];
        for (int i = 0; i < runs + 1; ++i) {
            for (int k = 0; k < 3; ++k) {
                const int c = (i + k) % 3;
                const ChildRun run = runChild(commands[c].program, commands[c].arguments);
                if (run.exitCode != 0)
                    QSKIP(qPrintable(QStringLiteral("%1 did not run (exit %2)").arg(commands[c].label).arg(run.exitCode)));
                // Each lists every segment of ours: shmscope and lsipc an object each, ipcs a line each.
                const qsizetype rows = c == 0 ? run.out.count("\"shmid\"")
                                              : c == 1 ? run.out.count("\"id\"") : run.out.count('\n');
                QVERIFY2(rows >= n, qPrintable(QStringLiteral("%1 listed %2 of %3").arg(commands[c].label).arg(rows).arg(n)));
                if (firstRun && c == 0) {
                    // The only child reaped so far: its peak is shmscope's own.
                    rusage usage = {};
                    getrusage(RUSAGE_CHILDREN, &usage);
                    m_startRows << QString()
                                << QStringLiteral("Peak RSS of `shmscope --list --format json` with %1 segments listed: %2.")
                                       .arg(listed)
                                       .arg(mib(usage.ru_maxrss));
                    summary(QStringLiteral("Memory"), QStringLiteral("peak RSS of `shmscope --list`, %1 segments").arg(listed),
                            mib(usage.ru_maxrss), QString());
                    firstRun = false;
                }
                if (i == 0)
                    continue; // warms the page cache and the dynamic loader's files
                wall[c] << run.wall;
                cpu[c] << run.cpu;
            }
        }
        Stats w[3], u[3];
        for (int c = 0; c < 3; ++c) {
            w[c] = statsOf(wall[c]);
            u[c] = statsOf(cpu[c]);
        }
        const auto ratio = [](double a, double b) { return b > 0 ? QString::number(a / b, 'f', 2) + QStringLiteral("×") : QStringLiteral("–"); };
        m_listRows << QStringLiteral("| %1 (%2) | %3 | %4 | %5 | %6 | **%7** | **%8** | %9 | %10 | %11 | %12 | %13 |")
                          .arg(listed)
                          .arg(n)
                          .arg(runs)
                          .arg(msWithP90(w[0]), msWithP90(w[1]), msWithP90(w[2]), ratio(w[0].median, w[1].median),
                               ratio(w[0].median, w[2].median), ms(u[0].median), ms(u[1].median), ms(u[2].median))
                          .arg(ratio(u[0].median, u[1].median), ratio(u[0].median, u[2].median));
        qInfo().noquote() << QStringLiteral("N=%1: shmscope %2, lsipc %3, ipcs %4 ms wall; CPU %5, %6, %7 ms")
                                 .arg(n)
                                 .arg(msWithP90(w[0]), msWithP90(w[1]), msWithP90(w[2]), ms(u[0].median), ms(u[1].median),
                                      ms(u[2].median));
        summary(QStringLiteral("Start-up"),
                QStringLiteral("`shmscope --list --format json`, a fresh process, %1 segments listed").arg(listed),
                QStringLiteral("%1 ms").arg(ms(w[0].median)),
                QStringLiteral("`lsipc -m --json` %1 ms: **%2**; `ipcs -m` %3 ms: **%4**")
                    .arg(ms(w[1].median), ratio(w[0].median, w[1].median), ms(w[2].median), ratio(w[0].median, w[2].median)));
    }
    m_listRows << QString()
               << QStringLiteral("Wall: start to exit, output read through a pipe, median (p90) in ms, after one warm-up round. "
                                 "CPU: user + system of the child (getrusage RUSAGE_CHILDREN), median in ms. Nobody has our "
                                 "segments attached, so no run walks /proc/*/maps.");
}

// The steady-state refresh against its floor, for each N, interleaved so that the machine's noise falls on
// every figure alike.
void BenchRefresh::refresh()
{
    const int ipcsEvery = 5; // ipcs is a process start each time: fewer runs
    m_refreshRows << QStringLiteral("| Segments listed (ours) | (a) bare read | (b) `scan()` | (c) refresh = scan + "
                                    "merge | **(c) ÷ (a)** wall | (c) ÷ (a) CPU | (a) CPU | (c) CPU (kernel part) "
                                    "| (d) `ipcs -m` wall | (d) `ipcs -m` CPU |")
                  << QStringLiteral("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    QList<QStringList> rows;
    for (int n : std::as_const(m_sizes)) {
        QVERIFY(poolOf(n));
        const int listed = segmentsListed();

        core::SegmentScanner scanOnly;
        core::SegmentScanner scanner;
        app::SegmentTableModel model;
        app::SegmentFilterProxy proxy; // as in the window: merges reach a sorting proxy
        proxy.setSourceModel(&model);
        proxy.sort(app::SegmentTableModel::ShmidColumn);
        {
            const auto first = scanner.scan();
            // QVERIFY2 evaluates its message even when the check passes: error() only when there is one.
            if (!first.ok())
                QFAIL(qPrintable(first.error().toString()));
            QVERIFY(!first.value().usedFallback);
            model.merge(first.value().segments);
        }
        QVERIFY(model.rowCount() >= n);

        QList<double> bareWall, scanWall, refreshWall, refreshCpu, bareCpu, ipcsWall, ipcsCpu;
        double refreshCpuSum = 0, refreshSystemSum = 0;
        int scanRows = 0;
        constexpr int Warmup = 3;
        for (int i = 0; i < Warmup + m_runs; ++i) {
            const bool keep = i >= Warmup;
            // Rotate the order, so that no figure always follows the same one.
            for (int k = 0; k < 3; ++k) {
                switch ((i + k) % 3) {
                case 0: {
                    qint64 bytes = 0;
                    const Sample s = timed([&] { bytes = bareRead(); });
                    QVERIFY(bytes > 0);
                    if (keep) {
                        bareWall << s.wall;
                        bareCpu << s.cpu;
                    }
                    break;
                }
                case 1: {
                    const Sample s = timed([&] {
                        const auto result = scanOnly.scan();
                        scanRows = result.ok() ? int(result.value().segments.size()) : -1;
                    });
                    QVERIFY(scanRows >= n);
                    if (keep)
                        scanWall << s.wall;
                    break;
                }
                case 2: {
                    bool ok = false;
                    const SplitSample split = timedWithSystem([&] {
                        const auto result = scanner.scan();
                        ok = result.ok();
                        if (ok)
                            model.merge(result.value().segments);
                    });
                    QVERIFY(ok);
                    const Sample &s = split.sample;
                    if (keep) {
                        refreshWall << s.wall;
                        refreshCpu << s.cpu;
                        refreshCpuSum += s.cpu;
                        refreshSystemSum += split.system;
                    }
                    break;
                }
                }
            }
            if (keep && (i - Warmup) % ipcsEvery == 0) {
                QProcess ipcs;
                const double cpu0 = childrenCpuMs();
                QElapsedTimer timer;
                timer.start();
                ipcs.start(QStringLiteral("ipcs"), {QStringLiteral("-m")});
                QVERIFY(ipcs.waitForFinished(30000));
                const double wall = double(timer.nsecsElapsed()) / 1e6;
                QCOMPARE(ipcs.exitCode(), 0);
                QVERIFY(ipcs.readAllStandardOutput().count('\n') >= n);
                ipcsWall << wall;
                ipcsCpu << childrenCpuMs() - cpu0;
            }
        }
        QVERIFY(model.rowCount() >= n);

        const Stats a = statsOf(bareWall), b = statsOf(scanWall), c = statsOf(refreshWall);
        const Stats cCpu = statsOf(refreshCpu), aCpu = statsOf(bareCpu);
        const Stats d = statsOf(ipcsWall), dCpu = statsOf(ipcsCpu);
        const double ratio = a.median > 0 ? c.median / a.median : 0;
        const double cpuRatio = aCpu.median > 0 ? cCpu.median / aCpu.median : 0;
        const double kernelShare = refreshCpuSum > 0 ? std::min(1.0, refreshSystemSum / refreshCpuSum) : 0;
        qInfo().noquote() << QStringLiteral("N=%1 (%2 listed): bare %3, scan %4, refresh %5 ms = %6× bare; "
                                            "CPU bare %7 refresh %8 (%9× bare)")
                                 .arg(n)
                                 .arg(listed)
                                 .arg(msWithP90(a), msWithP90(b), msWithP90(c), QString::number(ratio, 'f', 2),
                                      ms(aCpu.median), ms(cCpu.median), QString::number(cpuRatio, 'f', 2))
                          << QStringLiteral("ipcs") << msWithP90(d);
        summary(QStringLiteral("Refresh"),
                QStringLiteral("%1 segments listed (%2 ours): scan + merge").arg(listed).arg(n),
                QStringLiteral("%1 ms").arg(ms(c.median)),
                QStringLiteral("bare read of /proc/sysvipc/shm %1 ms: **%2×**")
                    .arg(ms(a.median), QString::number(ratio, 'f', 2)));
        rows.prepend({QStringLiteral("%1 (%2)").arg(listed).arg(n), msWithP90(a), msWithP90(b), msWithP90(c),
                      QStringLiteral("**%1×**").arg(QString::number(ratio, 'f', 2)),
                      QStringLiteral("%1×").arg(QString::number(cpuRatio, 'f', 2)), ms(aCpu.median),
                      QStringLiteral("%1 (%2%)").arg(ms(cCpu.median)).arg(qRound(kernelShare * 100)),
                      msWithP90(d), ms(dCpu.median)});
    }
    for (const QStringList &cells : std::as_const(rows))
        m_refreshRows << QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    m_refreshRows << QString()
                  << QStringLiteral("Times in ms, median (p90) of %1 runs each, (d) of %2. CPU: the thread's CPU time "
                                    "(CLOCK_THREAD_CPUTIME_ID), median; the kernel part is the system share of it "
                                    "summed over all runs (getrusage RUSAGE_THREAD). (d) CPU: user + system of the "
                                    "child, median.")
                         .arg(m_runs)
                         .arg((m_runs + ipcsEvery - 1) / ipcsEvery);
}

void BenchRefresh::cleanupTestCase()
{
    QList<int> ours;
    for (int i = 0; i < m_pool.size(); ++i)
        ours << m_pool.idAt(i);
    m_pool.removeAll();
    QStringList out;
    out << QString() << QStringLiteral("<!-- bench_refresh: begin -->") << QStringLiteral("### Steady-state refresh")
        << QString() << m_refreshRows << QString() << QStringLiteral("### `--list` against lsipc and ipcs") << QString()
        << m_listRows << QString() << QStringLiteral("### Start-up and memory") << QString() << m_startRows << QString() << QStringLiteral("Notes:");
    for (const QString &line : std::as_const(m_notes))
        out << QStringLiteral("- ") + line;
    out << QStringLiteral("<!-- bench_refresh: end -->") << QString();
    // Straight to stdout: through qInfo() every line would carry Qt Test's "QINFO : ..." prefix.
    const QByteArray text = out.join(QLatin1Char('\n')).toUtf8();
    std::fflush(stdout);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
    const bool anyLeft = std::any_of(ours.cbegin(), ours.cend(),
                                     [](int shmid) { return testutils::shmStat(shmid).has_value(); });
    QVERIFY(!anyLeft);
}

QTEST_MAIN(BenchRefresh)
#include "bench_refresh.moc"
