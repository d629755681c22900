// Benchmark of `shmscope --list --type sem` and `--type msg` with 1,000 semaphore sets (4 semaphores each) and
// 1,000 message queues, beside `ipcs -s` and `ipcs -q`, which print the same text (issue 18: at most ipcs).
// Whole processes, interleaved, median of BENCH_RUNS runs; the JSON (every semaphore's value, last pid and
// counts) and `shmscope --version` (start-up alone) beside them. Prints a markdown table; fails only when the
// measurement itself cannot be made.
//
//   cd build && QT_QPA_PLATFORM=offscreen ctest -L bench -R bench_ipclist -V
//   BENCH_RUNS=41 unshare -i ./bin/bench_ipclist

#include "benchutils.h"
#include "ipcpopulation.h"

#include <QStandardPaths>
#include <QTest>

using namespace benchutils;

class BenchIpcList : public QObject
{
    Q_OBJECT

private slots:
    void listBesideIpcs();
};

void BenchIpcList::listBesideIpcs()
{
    constexpr int Sets = 1000;
    constexpr int SemsEach = 4;
    constexpr int Queues = 1000;
    const int runs = envInt("BENCH_RUNS", 21, 3);
    const QString ipcs = QStandardPaths::findExecutable(QStringLiteral("ipcs"));
    if (ipcs.isEmpty())
        QSKIP("ipcs (util-linux) is not installed: nothing to set the figure against");
    IpcPopulation population;
    QVERIFY2(population.make(Sets, SemsEach, Queues), "could not make the sets and queues (kernel.sem, msgmni)");
    const QByteArray shmscope = QByteArrayLiteral(SHMSCOPE_BIN_DIR "/shmscope");
    const QByteArray ipcsPath = QFile::encodeName(ipcs);
    QList<double> sem, ipcsSem, msg, ipcsMsg, semJson, version;
    for (int i = 0; i < runs; ++i) {
        sem << runMs(shmscope, {"--list", "--type", "sem"});
        ipcsSem << runMs(ipcsPath, {"-s"});
        msg << runMs(shmscope, {"--list", "--type", "msg"});
        ipcsMsg << runMs(ipcsPath, {"-q"});
        semJson << runMs(shmscope, {"--list", "--type", "sem", "--format", "json"});
        version << runMs(shmscope, {"--version"});
    }
    for (const QList<double> *figures : {&sem, &ipcsSem, &msg, &ipcsMsg, &semJson, &version})
        QVERIFY2(std::none_of(figures->cbegin(), figures->cend(), [](double v) { return v < 0; }),
                 "a program failed to run");
    const auto row = [&](const QString &what, const QList<double> &figures, const QList<double> &against) {
        const Stats s = statsOf(figures);
        return QStringLiteral("| %1 | %2 | %3× |").arg(what, msWithP90(s)).arg(s.median / statsOf(against).median, 0, 'f', 2);
    };
    const QStringList rows{
        QStringLiteral("| %1 sets of %2, %3 queues (median of %4) | wall (ms) | ÷ ipcs |")
            .arg(Sets)
            .arg(SemsEach)
            .arg(Queues)
            .arg(runs),
        QStringLiteral("|---|---|---|"),
        row(QStringLiteral("**`shmscope --list --type sem`**"), sem, ipcsSem),
        row(QStringLiteral("`ipcs -s`"), ipcsSem, ipcsSem),
        row(QStringLiteral("**`shmscope --list --type msg`**"), msg, ipcsMsg),
        row(QStringLiteral("`ipcs -q`"), ipcsMsg, ipcsMsg),
        row(QStringLiteral("`shmscope --list --type sem --format json` (with values) ÷ `ipcs -s`"), semJson, ipcsSem),
        row(QStringLiteral("`shmscope --version` (start-up floor) ÷ `ipcs -s`"), version, ipcsSem),
    };
    std::printf("\n%s\n\n", qPrintable(rows.join(QLatin1Char('\n'))));
    summary(QStringLiteral("Start-up"), QStringLiteral("`--list --type sem`, 1,000 sets"),
            ms(statsOf(sem).median) + QStringLiteral(" ms"),
            QStringLiteral("%1× `ipcs -s`").arg(statsOf(sem).median / statsOf(ipcsSem).median, 0, 'f', 2));
    summary(QStringLiteral("Start-up"), QStringLiteral("`--list --type msg`, 1,000 queues"),
            ms(statsOf(msg).median) + QStringLiteral(" ms"),
            QStringLiteral("%1× `ipcs -q`").arg(statsOf(msg).median / statsOf(ipcsMsg).median, 0, 'f', 2));
}

QTEST_GUILESS_MAIN(BenchIpcList)
#include "bench_ipclist.moc"
