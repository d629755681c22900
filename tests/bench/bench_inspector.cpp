// Benchmark of the data inspector's update per tick (issue 19: under 50 µs): read the ≤ 8 bytes at the
// cursor, build its 16 rows, tell the view (dataChanged), with the bytes changed by another mapping before
// every tick (every row rebuilt: the worst case) and unchanged; beside, in the same run, one tick of the
// document of a 16-byte window without an inspector and one paint of the inspector's table.
//
//   BENCH_TICKS  ticks a figure (default 5000)

#include "app/segment/datainspectormodel.h"
#include "app/segment/datainspectorpane.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "core/kernel/attachment.h"
#include "testutils.h"

#include "benchutils.h"

#include <QApplication>
#include <QTableView>
#include <QTest>

#include <cstdio>
#include <cstring>

using app::DataInspectorModel;
using app::DataInspectorPane;
using app::HexView;
using app::SegmentDocument;
using core::Attachment;
using namespace benchutils;

namespace {

QString us(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" µs");
}

double elapsedUs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1000.0;
}

} // namespace

class BenchInspector : public QObject
{
    Q_OBJECT

private slots:
    void updatePerTick();
};

void BenchInspector::updatePerTick()
{
    const int ticks = envInt("BENCH_TICKS", 5000, 100);
    constexpr int Warmup = 200;
    constexpr double GoalUs = 50;
    testutils::ScratchSegment segment;
    QString error;
    QVERIFY2(segment.create(4096, &error), qPrintable(error));
    std::memcpy(segment.memory() + 0x10, "\xc3\xa9\xff\x7f\x80\x00\x00\x00", 8);

    // The tab's pieces, shown: the document of a 16-byte window, the hex view, the inspector beside it.
    auto attached = Attachment::attach(segment.id(), Attachment::Mode::ReadOnly);
    QVERIFY(attached.ok());
    SegmentDocument document(std::move(attached.value()));
    document.setPaused(true);
    document.setWindow(0x10, 16);
    HexView hexView;
    hexView.setDocument(&document);
    DataInspectorPane pane(&document, &hexView);
    pane.resize(420, pane.neededHeight());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    hexView.setCursorOffset(0x10);
    DataInspectorModel *model = pane.model();
    QCOMPARE(model->offset(), quint64(0x10));

    // The baseline: the same document's tick without an inspector listening.
    auto bare = Attachment::attach(segment.id(), Attachment::Mode::ReadOnly);
    QVERIFY(bare.ok());
    SegmentDocument bareDocument(std::move(bare.value()));
    bareDocument.setPaused(true);
    bareDocument.setWindow(0x10, 16);

    enum Kind { Changed, Unchanged, BareTick, Paint, Kinds };
    QList<double> times[Kinds];
    quint64 changes = 0;
    QTableView *view = pane.view();
    for (int i = 0; i < Warmup + ticks; ++i) {
        for (int k = 0; k < Kinds; ++k) {
            const int kind = (i + k) % Kinds;
            QElapsedTimer timer;
            if (kind == Changed) {
                // Another writer's change of every byte the rows read: all 16 rows differ.
                quint64 value = 0x0123456789abcdefULL * quint64(i + 1);
                std::memcpy(segment.memory() + 0x10, &value, sizeof value);
                ++changes;
                timer.start();
                model->reread();
            } else if (kind == Unchanged) {
                timer.start();
                model->reread();
            } else if (kind == BareTick) {
                timer.start();
                bareDocument.tick();
            } else {
                timer.start();
                view->viewport()->repaint();
            }
            if (i >= Warmup)
                times[kind] << elapsedUs(timer);
        }
    }
    // The rows say the bytes last written.
    quint64 last = 0;
    std::memcpy(&last, segment.memory() + 0x10, sizeof last);
    QCOMPARE(model->valueIndex(core::ByteInterpreter::Type::UInt64).data().toString(), QString::number(last));
    QCOMPARE(model->bytesReadLastTick(), 8);
    QVERIFY(changes > 0);

    const Stats changed = statsOf(times[Changed]), unchanged = statsOf(times[Unchanged]),
                bareTick = statsOf(times[BareTick]), paint = statsOf(times[Paint]);
    const QString verdict = changed.median <= GoalUs ? QStringLiteral("met") : QStringLiteral("**missed**");
    const auto line = [](const QString &what, const Stats &s) {
        return QStringLiteral("%1: %2 (p90 %3, p99 %4)").arg(what, us(s.median), us(s.p90), us(s.p99));
    };
    for (const QString &text :
         {QStringLiteral("Data inspector, %1 ticks a figure, goal < %2 (%3)").arg(ticks).arg(us(GoalUs), verdict),
          line(QStringLiteral("Inspector update, all 8 bytes changed (read 8 bytes, 16 rows, dataChanged)"), changed),
          line(QStringLiteral("Inspector update, nothing changed (read 8 bytes, compare)"), unchanged),
          line(QStringLiteral("Baseline: SegmentDocument::tick() of a 16-byte window, no inspector"), bareTick),
          line(QStringLiteral("Baseline: one paint of the inspector's table (16 rows)"), paint)})
        std::printf("%s\n", qPrintable(text));
    summary(QStringLiteral("Tick"), QStringLiteral("Data inspector update, all 8 bytes changed"), us(changed.median),
            QStringLiteral("tick of a 16-byte window %1; paint of the table %2")
                .arg(us(bareTick.median), us(paint.median)));
    summary(QStringLiteral("Tick"), QStringLiteral("Data inspector update, nothing changed"), us(unchanged.median),
            QStringLiteral("tick of a 16-byte window %1").arg(us(bareTick.median)));
}

QTEST_MAIN(BenchInspector)
#include "bench_inspector.moc"
