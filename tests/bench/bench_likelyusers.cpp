// Benchmark of the likely-user labels and the orphan judgement (issue 16: "labels and orphans add under 10 % to
// a refresh"): the window's refresh, SegmentScanner::scan(Kinds::All), with 400 segments (half of them attached
// by a peer, a quarter holding PostgreSQL's header so that their bytes are read) and 100 orphans more, each left
// by a creator of its own that exited (so each is a process looked up), beside LikelyUsers::label() and
// OrphanJudge::judge() of the same result, the labels' cache warm as in every refresh after the first. The
// refresh includes one call of each, so a refresh without them is the scan's time less theirs. Rounds interleaved, medians of BENCH_RUNS; the first label(), which
// reads the bytes, is printed apart. Prints a markdown table; fails only when the measurement cannot be made.
//
//   cd build && ctest -L bench -R bench_likelyusers -V
//   BENCH_RUNS=101 ./bin/bench_likelyusers

#include "benchutils.h"
#include "testutils.h"

#include "core/leaks/orphanjudge.h"
#include "core/owners/likelyusers.h"
#include "core/segments/segmentscanner.h"

#include <QTest>

#include <memory>
#include <vector>

using namespace benchutils;
using namespace testutils;

class BenchLikelyUsers : public QObject
{
    Q_OBJECT

private slots:
    void labelsBesideRefresh();
};

void BenchLikelyUsers::labelsBesideRefresh()
{
    constexpr int Segments = 400;
    const int runs = envInt("BENCH_RUNS", 41, 5);
    std::vector<std::unique_ptr<SegmentGuard>> guards;
    ChurnPeer peer;
    QVERIFY(peer.start());
    const qint32 header[2] = {679834894, qint32(peer.pid())};
    for (int i = 0; i < Segments; ++i) {
        auto guard = std::make_unique<SegmentGuard>();
        QVERIFY2(guard->create(IPC_PRIVATE, 4096), "shmget failed");
        if (i % 4 == 0) {
            Mapping mapping(guard->id());
            QVERIFY(mapping.ok());
            mapping.fill(0, QByteArray(reinterpret_cast<const char *>(header), sizeof header));
        }
        if (i % 2 == 0)
            QVERIFY(peer.ask("attach " + QByteArray::number(guard->id()) + " ro").startsWith("attached"));
        guards.push_back(std::move(guard));
    }
    constexpr int Orphans = 100;
    std::vector<std::unique_ptr<OrphanSegment>> orphans;
    for (int i = 0; i < Orphans; ++i) {
        orphans.push_back(std::make_unique<OrphanSegment>());
        QVERIFY2(orphans.back()->make(4096), qPrintable(orphans.back()->errorText()));
    }
    // The window's refresh (both kinds) and --list's (System V alone, whose walk of /proc is incremental and
    // so cheaper: the labels weigh more beside it).
    for (const auto kinds : {core::SegmentScanner::Kinds::All, core::SegmentScanner::Kinds::SystemV}) {
        const QString kindName = kinds == core::SegmentScanner::Kinds::All ? QStringLiteral("Kinds::All")
                                                                            : QStringLiteral("Kinds::SystemV");
        core::SegmentScanner scanner;
        core::LikelyUsers labels;
        core::OrphanJudge judge;
        QList<double> refresh, label, orphan;
        double firstLabel = -1;
        int firstReads = 0;
        int labelled = 0;
        int rereadRounds = 0;
        for (int round = 0; round < runs + 1; ++round) {
            core::Result<core::ScanResult> scan = core::Error::plain({});
            const Sample s = timed([&] { scan = scanner.scan(kinds); });
            QVERIFY(scan.ok());
            const Sample l = timed([&] { labels.label(scan.value()); });
            const Sample o = timed([&] { judge.judge(scan.value()); });
            if (round == 0) {
                firstLabel = l.wall;
                firstReads = labels.lastReads();
                for (const core::SegmentInfo &segment : scan.value().segments)
                    labelled += segment.likelyUser.isEmpty() ? 0 : 1;
                continue;
            }
            // Bytes are read again once they are 5 s old (LikelyUsers::BytesKeptMs): such a round is counted.
            rereadRounds += labels.lastReads() > 0 ? 1 : 0;
            refresh.append(s.wall - l.wall - o.wall);
            label.append(l.wall);
            orphan.append(o.wall);
        }
        const Stats r = statsOf(refresh);
        const Stats l = statsOf(label);
        const Stats o = statsOf(orphan);
        const double ratio = l.median / r.median;
        const double both = (l.median + o.median) / r.median;
        std::printf("\n| %d segments (%d attached, %d labelled) and %d orphans, %s, median of %d | wall (ms) |\n"
                    "|---|---|\n| refresh without labels and orphans (scan less label() and judge()) | %s |\n"
                    "| label(), cache warm | %s |\n| judge() | %s |\n| **labels ÷ refresh** | **%.1f %%** |\n"
                    "| **labels and orphans ÷ refresh** | **%.1f %%** |\n| first label() (%d reads of bytes) | %s |\n"
                    "| rounds that read the bytes again (older than 5 s) | %d |\n\n",
                    Segments, Segments / 2, labelled, Orphans, qPrintable(kindName), runs, qPrintable(msWithP90(r)),
                    qPrintable(msWithP90(l)), qPrintable(msWithP90(o)), ratio * 100, both * 100, firstReads,
                    qPrintable(ms(firstLabel)), rereadRounds);
        summary(QStringLiteral("Refresh"), QStringLiteral("Likely-user labels, 400 segments, %1").arg(kindName),
                QStringLiteral("%1 ms").arg(ms(l.median)),
                QStringLiteral("%1 % of the refresh without them (%2 ms)")
                    .arg(ratio * 100, 0, 'f', 1)
                    .arg(ms(r.median)));
        summary(QStringLiteral("Refresh"), QStringLiteral("Labels and orphans, 400 + 100 segments, %1").arg(kindName),
                QStringLiteral("%1 ms").arg(ms(l.median + o.median)),
                QStringLiteral("%1 % of the refresh without them (%2 ms)")
                    .arg(both * 100, 0, 'f', 1)
                    .arg(ms(r.median)));
    }
    peer.stop();
}

QTEST_GUILESS_MAIN(BenchLikelyUsers)
#include "bench_likelyusers.moc"
