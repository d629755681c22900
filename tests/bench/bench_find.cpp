// Benchmark of Find: how fast core::ByteSearch goes through a resident segment, beside glibc's memmem() over
// the same bytes in the same process (the floor: no copy, no chunks), and how long the window's event loop
// stalls while the find bar searches 1 GiB in the background, beside the same window left idle as long.
//
// Prints figures; fails only when a measurement cannot be made or what it measured is wrong (a needle not
// found where it was written, a search that never ends).
//
//   cd build && QT_QPA_PLATFORM=offscreen ctest -R bench_find -V      (or ./test.sh --bench)
//   BENCH_RUNS=5 BENCH_MIB=512 ./bin/bench_find                      (defaults 3 runs, 1024 MiB)
//
// The segment is made IPC_PRIVATE, attached once by the benchmark and marked for removal at once
// (testutils::ScratchSegment): the kernel destroys it with the last detach, however the run ends.

#include "app/mainwindow.h"
#include "app/segment/findjob.h"
#include "app/segment/hexview.h"
#include "app/segment/segmenttab.h"
#include "core/bytes/bytesearch.h"
#include "core/kernel/attachment.h"
#include "testutils.h"

#include "benchutils.h"
#include "eventloopstall.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

#include <cstring>
#include <functional>

using app::FindJob;
using app::MainWindow;
using app::SegmentTab;
using core::Attachment;
using core::ByteSearch;

namespace {

using namespace benchutils;

// Not in the bytes below (xorshift output): each search goes through the whole segment.
const QByteArray Absent("\x01needle\x02", 8);

} // namespace

class BenchFind : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void throughput();
    void eventLoopStall();

private:
    testutils::ScratchSegment m_segment;
    quint64 m_size = 0;
    int m_runs = 3;
};

void BenchFind::initTestCase()
{
    m_runs = envInt("BENCH_RUNS", 3, 1);
    if (const QString error = makeRandomSegment(m_segment); !error.isEmpty())
        QSKIP(qPrintable(error));
    m_size = m_segment.size();
    QVERIFY(QByteArrayView(m_segment.memory(), qsizetype(std::min<quint64>(m_size, 1 << 20))).indexOf(Absent) < 0);
}

// Whole passes over the segment for a needle it does not hold: ByteSearch::find (the find bar's search, on
// its thread) against memmem() on the benchmark's own mapping, alternated, median of each.
void BenchFind::throughput()
{
    auto attached = Attachment::attach(m_segment.id());
    QVERIFY(attached.ok());
    QList<double> ours, theirs;
    for (int run = 0; run < m_runs; ++run) {
        std::optional<quint64> found = 0;
        ours.append(timed([&] { found = ByteSearch::find(*attached.value(), Absent, 0); }).wall);
        QVERIFY(!found);
        const void *hit = nullptr;
        theirs.append(timed([&] { hit = memmem(m_segment.memory(), m_size, Absent.constData(), 8); }).wall);
        QVERIFY(!hit);
    }
    // And a needle written at the end is found there, so the passes above did read everything.
    std::memcpy(m_segment.memory() + m_size - 8, "\x01needle\x02", 8);
    QCOMPARE(ByteSearch::find(*attached.value(), Absent, 0), std::optional<quint64>(m_size - 8));
    std::memset(m_segment.memory() + m_size - 8, 0x11, 8);

    const Stats o = statsOf(ours);
    const Stats t = statsOf(theirs);
    const QString size = QStringLiteral("%1 MiB").arg(m_size >> 20);
    std::printf("\n| Find over a resident %s segment (absent 8-byte needle), median of %d | time | GB/s |\n"
                "|---|---|---|\n"
                "| core::ByteSearch::find | %s ms | %.2f |\n"
                "| memmem() of the same bytes, same process | %s ms | %.2f |\n"
                "| ratio (ours ÷ memmem) | **%.2f×** | |\n",
                qPrintable(size), m_runs, qPrintable(ms(o.median)), gbPerSecond(m_size, o.median),
                qPrintable(ms(t.median)), gbPerSecond(m_size, t.median), o.median / t.median);
    summary(QStringLiteral("Find"), QStringLiteral("Find throughput over a resident %1 segment").arg(size),
            QStringLiteral("%1 GB/s").arg(gbPerSecond(m_size, o.median), 0, 'f', 2),
            QStringLiteral("memmem %1 GB/s: **%2×** its time")
                .arg(gbPerSecond(m_size, t.median), 0, 'f', 2)
                .arg(o.median / t.median, 0, 'f', 2));
}

// The find bar searching the whole segment for an absent needle, a tab of the real window, with its live
// tick on: the longest the event loop went without turning, beside the same window idle for as long.
void BenchFind::eventLoopStall()
{
    MainWindow window;
    SegmentTab *tab = attachInPausedWindow(window, m_segment.id());
    QVERIFY(tab);
    tab->showFindBar();
    tab->findChild<QComboBox *>(QStringLiteral("findMode"))->setCurrentIndex(0);
    tab->findChild<QLineEdit *>(QStringLiteral("findText"))->setText(QString::fromLatin1(Absent.toHex(' ')));
    auto *job = tab->findChild<FindJob *>(QStringLiteral("findJob"));
    QVERIFY(job);
    QTest::qWait(300); // the window's first refresh and paints, which are not the search's

    const Stalls stalls = measureStalls(
        m_runs, 1,
        [&] {
            tab->hexView()->setCursorOffset(0);
            tab->findNext();
        },
        [&] { return !job->isRunning(); });
    QVERIFY(!tab->hexView()->hasSelection());
    reportStalls(stalls, 1, QStringLiteral("a Find over %1 MiB").arg(m_size >> 20), QStringLiteral("searching"),
                 QStringLiteral("Find"), QStringLiteral("Longest event-loop stall during a Find over %1 MiB").arg(m_size >> 20),
                 QStringLiteral("goal < 20 ms"));
}

QTEST_MAIN(BenchFind)
#include "bench_find.moc"
