// Benchmark of the struct pane over a 64 MiB segment, in the real window offscreen: the lesson's st_pid (56
// bytes) against `struct big { unsigned long long counter; char data[67108856]; }` (64 MiB) on the same
// segment, in the same run, in turns. (a) One tick of the struct model (StructModel::reread: read the rows on
// screen, compare, stamp). (b) The window's idle CPU, live at 100 ms: process CPU time (every thread) over
// a fixed number of ticks. (c) Memory: RssAnon and VmRSS after each layout has run a while.
//
// Goals (issue 14): (a) and (b) with the 64 MiB layout at most 1.2x st_pid's; (c) under 10 MB more.
// Prints figures and fails only when the measurement is wrong.
//
//   cd build && ctest -R bench_structpane -V
//   BENCH_TICKS=100 BENCH_ROUNDS=5 ./bin/bench_structpane     (default 50 ticks a figure, 3 rounds)

#include "app/guitest.h"
#include "app/mainwindow.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/structs/structmodel.h"
#include "app/structs/structpane.h"
#include "core/layout/structparser.h"

#include "benchutils.h"
#include "testutils.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <ctime>

namespace {

constexpr quint64 SegmentSize = quint64(64) << 20;
const QString bigStruct = QStringLiteral("struct big { unsigned long long counter; char data[67108856]; };\n");

double processCpuMs()
{
    timespec ts = {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Figures
{
    QList<double> tickUs;     // one model tick
    QList<double> idleMsTick; // process CPU per document tick, idle
    QList<qint64> anonKiB;
    QList<qint64> rssKiB;
};

} // namespace

class BenchStructPane : public QObject
{
    Q_OBJECT

private slots:
    void idleAndTick();
};

void BenchStructPane::idleAndTick()
{
    const int ticks = benchutils::envInt("BENCH_TICKS", 50, 5);
    const int rounds = benchutils::envInt("BENCH_ROUNDS", 3, 1);
    const int calls = benchutils::envInt("BENCH_TICK_CALLS", 20000, 100);

    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
    QTemporaryDir settings;
    QVERIFY(settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());

    testutils::ScratchSegment segment;
    QString error;
    QVERIFY2(segment.create(SegmentSize, &error), qPrintable(error));

    app::MainWindow window;
    window.resize(1280, 720);
    window.show();
    app::SegmentTab *tab = window.attachSegment(segment.id(), core::Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    tab->document()->setTickInterval(100);
    app::StructPane *pane = tab->structPane();
    app::StructModel *model = pane->model();
    // A screenful of rows for the fields, as a user drags the splitter to see them.
    auto *panes = tab->findChild<QSplitter *>(QStringLiteral("paneSplitter"));
    QVERIFY(panes);
    window.resize(1280, 1000);
    panes->setOrientation(Qt::Horizontal);
    panes->setSizes({600, 600});
    // And the data inspector below the fields dragged down as far as it goes.
    if (auto *side = tab->findChild<QSplitter *>(QStringLiteral("sidePanes")))
        side->setSizes({1000, 0});
    QTest::qWait(0);
    QVERIFY(pane->view()->viewport()->height() >= 200);

    const auto waitTicks = [&](int count) {
        QSignalSpy spy(tab->document(), &app::SegmentDocument::ticked);
        while (spy.count() < count)
            QTest::qWait(5);
    };
    Figures figures[2]; // [0] st_pid, [1] the 64 MiB struct
    for (int round = 0; round < rounds; ++round) {
        for (const bool isBig : {false, true}) {
            QVERIFY(isBig ? guitest::layOut(pane, QStringLiteral("big"), bigStruct)
                          : guitest::layOut(pane, core::StructParser::builtinName(),
                                            core::StructParser::builtinStPid()));
            QCOMPARE(model->layout().sizeOf, isBig ? SegmentSize : 56u);
            waitTicks(5); // laid out, rows on screen told, columns fitted
            Figures &f = figures[isBig ? 1 : 0];

            const double cpu0 = processCpuMs();
            waitTicks(ticks);
            f.idleMsTick << (processCpuMs() - cpu0) / ticks;

            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < calls; ++i)
                model->reread();
            f.tickUs << double(timer.nsecsElapsed()) / 1e3 / calls;
            QVERIFY(model->bytesReadLastTick() > 0);

            f.anonKiB << testutils::statusKiB("RssAnon");
            f.rssKiB << testutils::statusKiB("VmRSS");
        }
    }

    const auto median = [](QList<double> values) { return benchutils::statsOf(values).median; };
    const double tickSmall = median(figures[0].tickUs), tickBig = median(figures[1].tickUs);
    const double idleSmall = median(figures[0].idleMsTick), idleBig = median(figures[1].idleMsTick);
    // Memory: what the big layout's turn holds over the st_pid turn just before it, the largest of the rounds.
    qint64 anonGrowth = 0, rssGrowth = 0;
    for (int round = 0; round < rounds; ++round) {
        anonGrowth = std::max(anonGrowth, figures[1].anonKiB.at(round) - figures[0].anonKiB.at(round));
        rssGrowth = std::max(rssGrowth, figures[1].rssKiB.at(round) - figures[0].rssKiB.at(round));
    }
    const QString table =
        QStringLiteral("| figure | st_pid (56 B) | struct big (64 MiB) | ratio |\n|---|---|---|---|\n"
                       "| one struct tick (StructModel::reread), median of %1 rounds of %2 | %3 ns | %4 ns | %5x |\n"
                       "| idle window, process CPU per 100 ms tick, median of %1 rounds of %6 ticks | %7 ms | %8 ms | %9x |\n")
            .arg(rounds)
            .arg(calls)
            .arg(tickSmall * 1000, 0, 'f', 1)
            .arg(tickBig * 1000, 0, 'f', 1)
            .arg(tickBig / tickSmall, 0, 'f', 2)
            .arg(ticks)
            .arg(idleSmall, 0, 'f', 3)
            .arg(idleBig, 0, 'f', 3)
            .arg(idleBig / idleSmall, 0, 'f', 2)
        + QStringLiteral("| memory over st_pid's turn (largest of the rounds) | | RssAnon +%1 KiB, VmRSS +%2 KiB "
                         "| goal < 10 MB |\n")
              .arg(anonGrowth)
              .arg(rssGrowth);
    std::fflush(stdout);
    std::fputs(qPrintable(table), stdout);
    std::fflush(stdout);
    benchutils::summary(QStringLiteral("Tick"), QStringLiteral("struct tick, 64 MiB layout"),
                        QStringLiteral("%1 ns").arg(tickBig * 1000, 0, 'f', 1),
                        QStringLiteral("st_pid %1 ns (%2x)").arg(tickSmall * 1000, 0, 'f', 1).arg(tickBig / tickSmall, 0, 'f', 2));
    benchutils::summary(QStringLiteral("Refresh"), QStringLiteral("idle CPU per tick, 64 MiB layout"),
                        QStringLiteral("%1 ms").arg(idleBig, 0, 'f', 3),
                        QStringLiteral("st_pid %1 ms (%2x)").arg(idleSmall, 0, 'f', 3).arg(idleBig / idleSmall, 0, 'f', 2));
    benchutils::summary(QStringLiteral("Memory"), QStringLiteral("64 MiB layout over st_pid"),
                        QStringLiteral("RssAnon +%1 KiB").arg(anonGrowth), QStringLiteral("goal < 10 MB"));
}

QTEST_MAIN(BenchStructPane)
#include "bench_structpane.moc"
