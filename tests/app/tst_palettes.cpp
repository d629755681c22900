// The real window under a light and a dark palette (Fusion style), grabbed as it paints: the text of the
// segment table, the hex view, the call log and the message bar stands out from what is behind it (WCAG 2
// contrast ratio of at least 4.5, the level for body text), and a change highlight is seen on the base.
// The colours are read from the pixels, so a colour hard-coded anywhere on the way is caught.

#include "app/lesson/calllogmodel.h"
#include "app/lesson/calllogpane.h"
#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/changehighlight.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/table/refreshcontroller.h"
#include "app/table/segmentfilterproxy.h"
#include "app/table/segmenttablemodel.h"
#include "testutils.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(app::ChangedBy)

using app::MainWindow;
using app::SegmentTableModel;
using testutils::SegmentGuard;

namespace {

constexpr double MinimumTextContrast = 4.5;
// A highlight differs from the base by at least a quarter of the range in one channel at least.
constexpr int MinimumHighlightDifference = 64;
// How young a change highlight is when grabbed: it has lost a fifth of its strength at most.
constexpr qint64 FreshMs = 400;

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

int difference(const QColor &a, const QColor &b)
{
    return std::max(
        {std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

// The palette of a dark desktop theme, as applications set it for Fusion.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 30);
    const QColor text(230, 230, 230);
    const QColor disabled(127, 127, 127);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 80, 80));
    p.setColor(QPalette::Link, QColor(90, 170, 255));
    p.setColor(QPalette::Highlight, QColor(38, 110, 200));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(70, 70, 74));
    p.setColor(QPalette::Midlight, QColor(58, 58, 62));
    p.setColor(QPalette::Mid, QColor(40, 40, 42));
    p.setColor(QPalette::Dark, QColor(20, 20, 22));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QString name(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

// An area of the grab: what is behind (its most common colour) and the text on it (the colour that stands
// out most from that: the core of the glyphs, past their anti-aliased edges).
struct Sample
{
    QColor background;
    QColor ink;
    [[nodiscard]] double ratio() const { return contrast(background, ink); }
    [[nodiscard]] QString describe() const
    {
        return QStringLiteral("%1 on %2: %3").arg(name(ink), name(background)).arg(ratio(), 0, 'f', 2);
    }
};

QColor mostCommon(const QImage &image, const QRect &area, const QList<QRgb> &except = {})
{
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb pixel = image.pixel(x, y) | 0xff000000u;
            if (!except.contains(pixel))
                ++counts[pixel];
        }
    }
    QRgb best = 0;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return QColor::fromRgb(best);
}

Sample sample(const QImage &image, const QRect &area)
{
    Sample s{mostCommon(image, area), {}};
    double best = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = QColor::fromRgb(image.pixel(x, y));
            if (const double ratio = contrast(pixel, s.background); ratio > best) {
                best = ratio;
                s.ink = pixel;
            }
        }
    }
    return s;
}

// A rectangle of `widget` in the coordinates of the grab of `window`.
QRect inWindow(const QWidget *window, const QWidget *widget, const QRect &rect)
{
    return QRect(widget->mapTo(window, rect.topLeft()), rect.size());
}

QRect cellRect(const QWidget *window, const QTableView *view, const QModelIndex &index)
{
    // One pixel in from each side: the grid and the focus frame are not text.
    return inWindow(window, view->viewport(), view->visualRect(index).adjusted(1, 1, -2, -2));
}

} // namespace

class TestPalettes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textReadsAndChangesShow_data();
    void textReadsAndChangesShow();
    void peakHighlightKeepsTextReadable_data();
    void peakHighlightKeepsTextReadable();
};

void TestPalettes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void TestPalettes::textReadsAndChangesShow_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << QApplication::style()->standardPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestPalettes::textReadsAndChangesShow()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    const QColor base = palette.color(QPalette::Base);

    // Two segments: one the window attaches and another process writes into, one left alone.
    QByteArray text(4096, '\0');
    for (int i = 0; i < text.size(); ++i)
        text[i] = char('A' + i % 26);
    SegmentGuard changing;
    SegmentGuard quiet;
    QVERIFY(testutils::createHolding(changing, text));
    QVERIFY(testutils::createHolding(quiet, text));
    SegmentGuard gone; // a shmid that no longer names a segment, for a refused attach
    QVERIFY(gone.create(IPC_PRIVATE, 16));
    const int goneId = gone.id();
    gone.reset();

    MainWindow window;
    window.resize(1280, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SegmentTableModel *model = window.segmentModel();
    const auto ageOf = [model](int shmid) {
        return model->index(model->rowOfShmid(shmid), 0)
            .data(SegmentTableModel::HighlightAgeRole)
            .toLongLong();
    };
    QTRY_VERIFY(model->rowOfShmid(changing.id()) >= 0 && model->rowOfShmid(quiet.id()) >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(ageOf(quiet.id()) < 0 || ageOf(quiet.id()) >= SegmentTableModel::HighlightMs,
                             5000);

    app::SegmentTab *tab = window.attachSegment(changing.id(), core::Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    // A refused attach: an error in the message bar and a failed call in the log.
    QVERIFY(!window.attachSegment(goneId, core::Attachment::Mode::ReadOnly));
    QVERIFY(window.messageBar()->isVisible());
    auto *table = window.findChild<QTableView *>(QStringLiteral("segmentTable"));

    // Another process writes the first 16 bytes: they light up, and so does the segment's row (its lpid and
    // times changed). A highlight fades over two seconds and a faded one says little of its colour: the
    // grab counts when both are younger than FreshMs, and a new write makes them new again should the
    // machine have been too slow.
    QImage image;
    for (int write = 0; write < 3 && image.isNull(); ++write) {
        QByteArray bytes(16, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char('a' + (i + write) % 26); // every byte differs from the last write's
        const quint64 seen = tab->document()->changeEvents();
        QElapsedTimer sinceWrite;
        sinceWrite.start();
        QVERIFY(testutils::poke(changing.id(), 0, bytes));
        window.refreshController()->refreshNow();
        QTRY_VERIFY(tab->document()->changeEvents() > seen && ageOf(changing.id()) >= 0 &&
                    ageOf(changing.id()) <= sinceWrite.elapsed());
        table->selectionModel()->clear(); // a selected row shows the selection, not the change
        const QImage grabbed = window.grab().toImage();
        if (tab->document()->highlightAge(0) < FreshMs && ageOf(changing.id()) < FreshMs)
            image = grabbed;
    }
    QVERIFY2(!image.isNull(), "three times the grab came late: the change highlights were older than FreshMs");
    if (const QString dir = qEnvironmentVariable("SHMSCOPE_GRAB_DIR"); !dir.isEmpty())
        image.save(
            QDir(dir).filePath(QStringLiteral("palette-%1.png").arg(QLatin1String(QTest::currentDataTag()))));

    // The segment table: a plain row, and the row that changed.
    const auto *proxy = qobject_cast<const app::SegmentFilterProxy *>(table->model());
    const auto keyCell = [&](int shmid) {
        return proxy->mapFromSource(model->index(model->rowOfShmid(shmid), SegmentTableModel::KeyColumn));
    };
    const Sample plainRow = sample(image, cellRect(&window, table, keyCell(quiet.id())));
    QVERIFY2(plainRow.ratio() >= MinimumTextContrast,
             qPrintable(QStringLiteral("table: ") + plainRow.describe()));
    const Sample changedRow = sample(image, cellRect(&window, table, keyCell(changing.id())));
    QVERIFY2(changedRow.ratio() >= MinimumTextContrast,
             qPrintable(QStringLiteral("changed table row: ") + changedRow.describe()));
    for (const QColor &rowColour : {base, palette.color(QPalette::AlternateBase)})
        QVERIFY2(difference(changedRow.background, rowColour) >= MinimumHighlightDifference,
                 qPrintable(QStringLiteral("changed table row %1 on rows of %2")
                                .arg(name(changedRow.background), name(rowColour))));

    // The hex view: row 0 changed (all 16 bytes), row 1 did not.
    app::HexView *hex = tab->hexView();
    const int lineHeight = hex->fontMetrics().height();
    const QRect row0 = inWindow(&window, hex->viewport(), QRect(0, 0, hex->viewport()->width(), lineHeight));
    const QRect row1 = row0.translated(0, lineHeight);
    const QColor highlight = mostCommon(image, row0, {base.rgb()});
    QVERIFY2(difference(highlight, base) >= MinimumHighlightDifference,
             qPrintable(QStringLiteral("hex change highlight %1 on %2").arg(name(highlight), name(base))));
    int firstX = -1; // where the highlighted bytes start and end on the row
    int lastX = -1;
    for (int x = row0.left(); x <= row0.right(); ++x) {
        if (QColor::fromRgb(image.pixel(x, row0.top())) == highlight) {
            firstX = firstX < 0 ? x : firstX;
            lastX = x;
        }
    }
    QVERIFY2(firstX > row0.left(), "the changed bytes of row 0 are not highlighted");
    const Sample changedBytes =
        sample(image, QRect(QPoint(firstX, row0.top()), QPoint(lastX, row0.bottom())));
    QCOMPARE(name(changedBytes.background), name(highlight));
    QVERIFY2(changedBytes.ratio() >= MinimumTextContrast,
             qPrintable(QStringLiteral("changed bytes: ") + changedBytes.describe()));
    const Sample bytes = sample(image, row1);
    QVERIFY2(bytes.ratio() >= MinimumTextContrast, qPrintable(QStringLiteral("bytes: ") + bytes.describe()));
    // Left of the bytes (the cursor's box may hide the first digit of row 0): the offsets alone.
    const int offsetsEnd = firstX - 2 * hex->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const Sample offsets =
        sample(image, QRect(QPoint(row1.left(), row1.top()), QPoint(offsetsEnd, row1.bottom())));
    QVERIFY2(offsets.ratio() >= MinimumTextContrast,
             qPrintable(QStringLiteral("offsets: ") + offsets.describe()));

    // The call log: a call that succeeded and the one that failed.
    auto *log = window.callLog()->findChild<QTableView *>(QStringLiteral("callLogView"));
    QVERIFY(log && log->isVisible());
    const app::CallLogModel *records = window.callLog()->model();
    int succeeded = -1;
    int failed = -1;
    for (int row = 0; row < records->rowCount(); ++row) {
        const core::CallRecord &record = records->records().at(row);
        if (record.text.startsWith(QLatin1String("shmat(")))
            (record.errnum == 0 ? succeeded : failed) = row;
    }
    QVERIFY(succeeded >= 0 && failed >= 0);
    for (const int row : {succeeded, failed}) {
        log->scrollTo(records->index(row, app::CallLogModel::StatementColumn));
        const QImage logImage = window.grab().toImage();
        const Sample line =
            sample(logImage, cellRect(&window, log, records->index(row, app::CallLogModel::StatementColumn)));
        QVERIFY2(line.ratio() >= MinimumTextContrast,
                 qPrintable(QStringLiteral("call log line %1: %2").arg(row).arg(line.describe())));
    }

    // The message bar, telling of the refused attach.
    auto *message = window.messageBar()->findChild<QLabel *>(QStringLiteral("messageText"));
    const Sample bar = sample(image, inWindow(&window, message, message->rect()));
    QVERIFY2(bar.ratio() >= MinimumTextContrast,
             qPrintable(QStringLiteral("message bar: ") + bar.describe()));
}

// The highlight at its strongest, the moment of a change, composed over the base as the views paint it:
// the text on it must stay readable, in the normal and the presentation colours.
void TestPalettes::peakHighlightKeepsTextReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("highContrast");
    QTest::addColumn<app::ChangedBy>("by");
    for (const app::ChangedBy by : {app::ChangedBy::Others, app::ChangedBy::Us}) {
        const char *whose = by == app::ChangedBy::Us ? "our edit" : "another process";
        const QPalette light = QApplication::style()->standardPalette();
        QTest::addRow("light, %s", whose) << light << false << by;
        QTest::addRow("dark, %s", whose) << darkPalette() << false << by;
        QTest::addRow("light, presentation, %s", whose) << light << true << by;
        QTest::addRow("dark, presentation, %s", whose) << darkPalette() << true << by;
    }
}

void TestPalettes::peakHighlightKeepsTextReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, highContrast);
    QFETCH(app::ChangedBy, by);
    const QColor base = palette.color(QPalette::Base);
    // The highlight as the views paint it over the base.
    const auto peakOf = [&](app::ChangedBy whose) {
        QImage image(1, 1, QImage::Format_RGB32);
        image.fill(base);
        QPainter(&image).fillRect(image.rect(), app::changeHighlight(0, app::SegmentDocument::HighlightMs,
                                                                     highContrast, palette, whose));
        return image.pixelColor(0, 0);
    };
    const QColor peak = peakOf(by);
    // Our edit and another process's are told apart at a glance.
    const QColor others = peakOf(app::ChangedBy::Others);
    const QColor ours = peakOf(app::ChangedBy::Us);
    QVERIFY2(difference(others, ours) >= MinimumHighlightDifference,
             qPrintable(QStringLiteral("%1 and %2").arg(name(others), name(ours))));
    const QColor text = palette.color(QPalette::Text);
    QVERIFY2(
        contrast(peak, text) >= MinimumTextContrast,
        qPrintable(QStringLiteral("%1 on %2: %3").arg(name(text), name(peak)).arg(contrast(peak, text))));
    QVERIFY2(difference(peak, base) >= MinimumHighlightDifference,
             qPrintable(QStringLiteral("%1 on %2").arg(name(peak), name(base))));
}

QTEST_MAIN(TestPalettes)
#include "tst_palettes.moc"
