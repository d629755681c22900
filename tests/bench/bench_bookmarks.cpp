// Benchmark of the bookmarks: what they add to a paint of the hex view (a full 1200×800 screen of a 1 MiB
// segment) with the most a segment keeps (256), scattered over the segment or all on the screen, against the
// same paint without any; and the pane's preview read of a screen of rows at each tick against one tick of
// the hex view's window.
//
//   cd build && QT_QPA_PLATFORM=offscreen ctest -R bench_bookmarks -V     (or ./test.sh --bench)
//   BENCH_PAINTS=500 ./bin/bench_bookmarks                               (default 200)
//
// Prints figures; fails only when a measurement cannot be made or what it measured is wrong. The segment is
// made IPC_PRIVATE and marked for removal at once (testutils::ScratchSegment).

#include "app/segment/bookmarkmodel.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "core/bookmarks/bookmarklist.h"
#include "core/kernel/attachment.h"
#include "testutils.h"

#include "benchutils.h"

#include <QApplication>
#include <QImage>
#include <QTest>

using app::BookmarkModel;
using app::HexView;
using app::SegmentDocument;
using core::Attachment;
using core::Bookmark;
using core::BookmarkList;
using testutils::ScratchSegment;

namespace {

using namespace benchutils;

constexpr quint64 MiB = 1024 * 1024;
constexpr int ViewportWidth = 1200;
constexpr int ViewportHeight = 800;
constexpr int Warmup = 20;

void sizeViewport(QAbstractScrollArea *view, int w, int h)
{
    for (int i = 0; i < 3; ++i) {
        view->resize(QSize(w, h) + (view->size() - view->viewport()->size()));
        QCoreApplication::sendPostedEvents();
    }
}

// `count` bookmarks of 4 bytes, `stride` bytes apart from `start`.
BookmarkList spaced(int count, quint64 start, quint64 stride)
{
    BookmarkList list;
    for (int i = 0; i < count; ++i) {
        if (!list.add(Bookmark{QStringLiteral("b%1").arg(i), start + quint64(i) * stride, 4, QStringLiteral("#c0392b")}).ok())
            qFatal("bookmark %d refused", i);
    }
    return list;
}

} // namespace

class BenchBookmarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintAndPreview();
};

void BenchBookmarks::paintAndPreview()
{
    const int paints = envInt("BENCH_PAINTS", 200, 10);
    ScratchSegment segment;
    QString error;
    QVERIFY2(segment.create(MiB, &error), qPrintable(error));
    for (quint64 i = 0; i < MiB; ++i)
        segment.memory()[i] = char(i * 7);
    auto attached = Attachment::attach(segment.id(), Attachment::Mode::ReadOnly);
    QVERIFY(attached.ok());
    SegmentDocument document(std::move(attached.value()));
    document.setPaused(true);
    HexView view;
    view.setDocument(&document);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    sizeViewport(&view, ViewportWidth, ViewportHeight);
    const quint64 screenBytes = quint64(document.window().size());
    QVERIFY(screenBytes >= 16 * 40);

    // None; 256 over the whole segment (one or two on screen); 256 on the screen, every fourth 4 bytes.
    const BookmarkList none;
    const BookmarkList scattered = spaced(256, 0, MiB / 256);
    const BookmarkList onScreen = spaced(256, 0, std::max<quint64>(4, screenBytes / 256));
    const BookmarkList *lists[] = {&none, &scattered, &onScreen};
    QImage image(ViewportWidth, ViewportHeight, QImage::Format_ARGB32_Premultiplied);
    QList<double> wall[3], cpu[3];
    for (int i = 0; i < Warmup + paints; ++i) {
        for (int k = 0; k < 3; ++k) {
            const int kind = (i + k) % 3; // rotated: no figure always follows the same one
            view.setBookmarks(lists[kind]);
            const Sample s = timed([&] { view.viewport()->render(&image); });
            if (i >= Warmup) {
                wall[kind] << s.wall;
                cpu[kind] << s.cpu;
            }
        }
    }
    // What was painted holds the bookmarks' colour where they are: the first byte's cell is not the base.
    image.fill(Qt::black);
    view.setBookmarks(&onScreen);
    view.viewport()->render(&image);
    const QRect first = view.cellRect(0, HexView::Area::Hex);
    QVERIFY(image.pixelColor(first.topLeft() + QPoint(1, 1)) != view.palette().color(QPalette::Base));
    view.setBookmarks(nullptr);

    // The pane's preview read of 25 rows (a screen of the pane), 16 bytes each, against one tick of the view.
    BookmarkModel model(&document);
    BookmarkList wide; // 32 bytes each: the preview reads its most, 16
    for (int i = 0; i < 256; ++i)
        QVERIFY(wide.add(Bookmark{QStringLiteral("w%1").arg(i), quint64(i) * (MiB / 256), 32, QStringLiteral("#2d7dd2")}).ok());
    model.setBookmarks(wide);
    QList<double> preview, tick;
    for (int i = 0; i < Warmup + paints; ++i) {
        segment.memory()[quint64(i % 25) * (MiB / 256)] ^= 0x5a; // one preview changes each time
        const Sample p = timed([&] { model.readValues(0, 24); });
        const Sample t = timed([&] { document.tick(); });
        if (i >= Warmup) {
            preview << p.wall * 1000;
            tick << t.wall * 1000;
        }
    }
    QCOMPARE(model.index(0, BookmarkModel::ValueColumn).data().toString().left(2),
             QStringLiteral("%1").arg(quint8(segment.memory()[0]), 2, 16, QLatin1Char('0')));

    const Stats none0 = statsOf(wall[0]), scattered0 = statsOf(wall[1]), screen0 = statsOf(wall[2]);
    const Stats p = statsOf(preview), t = statsOf(tick);
    qInfo().noquote() << QStringLiteral(
                             "Paint of %1×%2 (%3 bytes on screen), median (p90) wall ms over %4 paints: no bookmarks "
                             "%5; 256 scattered %6; 256 on screen %7. Thread CPU medians %8 / %9 / %10 ms.")
                             .arg(ViewportWidth)
                             .arg(ViewportHeight)
                             .arg(screenBytes)
                             .arg(paints)
                             .arg(msWithP90(none0), msWithP90(scattered0), msWithP90(screen0))
                             .arg(ms(statsOf(cpu[0]).median), ms(statsOf(cpu[1]).median), ms(statsOf(cpu[2]).median));
    qInfo().noquote() << QStringLiteral("Pane preview of 25 rows (16 bytes each): median %1 µs (p90 %2); one tick of "
                                        "the hex view's %3-byte window: median %4 µs (p90 %5).")
                             .arg(p.median, 0, 'f', 1)
                             .arg(p.p90, 0, 'f', 1)
                             .arg(screenBytes)
                             .arg(t.median, 0, 'f', 1)
                             .arg(t.p90, 0, 'f', 1);
    summary(QStringLiteral("Paint"), QStringLiteral("hex view with 256 bookmarks on screen"),
            QStringLiteral("%1 ms").arg(ms(screen0.median)), QStringLiteral("%1 ms without").arg(ms(none0.median)));
    summary(QStringLiteral("Tick"), QStringLiteral("bookmark previews, 25 rows"), QStringLiteral("%1 µs").arg(p.median, 0, 'f', 1),
            QStringLiteral("%1 µs hex view tick").arg(t.median, 0, 'f', 1));
}

QTEST_MAIN(BenchBookmarks)
#include "bench_bookmarks.moc"
