// Benchmark of `shmscope --list --type posix` with 1,000 POSIX objects in /dev/shm held by 100 processes
// (tests/helpers/posixholder, each mapping 10), beside `lsof /dev/shm`, which lists one line per mapping
// and per descriptor rather than one per object, and no memfd. Whole processes, median of BENCH_RUNS runs.
// Prints a markdown table; fails only when the measurement itself cannot be made.
//
//   cd build && QT_QPA_PLATFORM=offscreen ctest -L bench -R bench_posixlist -V
//   BENCH_RUNS=41 ./bin/bench_posixlist

#include "benchutils.h"
#include "posixholders.h"

#include <QStandardPaths>
#include <QTest>

using namespace benchutils;

class BenchPosixList : public QObject
{
    Q_OBJECT

private slots:
    void listBesideLsof();
};

void BenchPosixList::listBesideLsof()
{
    constexpr int Holders = PosixHolders::Holders;
    constexpr int ObjectsEach = PosixHolders::ObjectsEach;
    const int runs = envInt("BENCH_RUNS", 21, 3);
    const QString lsof = QStandardPaths::findExecutable(QStringLiteral("lsof"));
    if (lsof.isEmpty())
        QSKIP("lsof is not installed (Debian package lsof): nothing to set the figure against");
    PosixHolders holders;
    QVERIFY2(holders.start(), qPrintable(holders.errorText()));
    const QByteArray shmscope = QByteArrayLiteral(SHMSCOPE_BIN_DIR "/shmscope");
    QList<double> list, lsofRuns, version;
    for (int i = 0; i < runs; ++i) {
        list << runMs(shmscope, {"--list", "--type", "posix"});
        lsofRuns << runMs(QFile::encodeName(lsof), {"/dev/shm"});
        version << runMs(shmscope, {"--version"});
    }
    for (const QList<double> *figures : {&list, &lsofRuns, &version})
        QVERIFY2(std::none_of(figures->cbegin(), figures->cend(), [](double v) { return v < 0; }),
                 "a program failed to run");
    const double lsofMs = statsOf(lsofRuns).median;
    const auto row = [&](const QString &what, const QList<double> &figures) {
        const Stats s = statsOf(figures);
        return QStringLiteral("| %1 | %2 | %3× |").arg(what, msWithP90(s)).arg(s.median / lsofMs, 0, 'f', 2);
    };
    const QStringList rows{
        QStringLiteral("| %1 objects, %2 holder processes (median of %3) | wall (ms) | ÷ `lsof /dev/shm` |")
            .arg(Holders * ObjectsEach)
            .arg(Holders)
            .arg(runs),
        QStringLiteral("|---|---|---|"),
        row(QStringLiteral("**`shmscope --list --type posix`**"), list),
        row(QStringLiteral("`lsof /dev/shm`"), lsofRuns),
        row(QStringLiteral("`shmscope --version` (start-up floor)"), version),
    };
    std::printf("\n%s\n\n", qPrintable(rows.join(QLatin1Char('\n'))));
    summary(QStringLiteral("Start-up"), QStringLiteral("`--list --type posix`, 1,000 objects, 100 holders"),
            ms(statsOf(list).median) + QStringLiteral(" ms"),
            QStringLiteral("%1× `lsof /dev/shm`").arg(statsOf(list).median / lsofMs, 0, 'f', 2));
}

QTEST_GUILESS_MAIN(BenchPosixList)
#include "bench_posixlist.moc"
