// The struct pane over a 64 MiB segment, offscreen in the real window: a 64 MiB struct and an array of 10^6
// structs open at once, scroll, expand page by page, edit a field deep inside, show another process's write
// to a field on screen, and read no byte of a field off screen (the model's count of bytes read per tick and
// its read ranges say so). Layouts larger than the segment, and arrays of 2^32 elements, read nothing past
// its end and make only the rows asked for.

#include "app/mainwindow.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/structs/structmodel.h"
#include "app/structs/structpane.h"
#include "core/layout/fieldcodec.h"
#include "core/layout/fieldtree.h"
#include "core/layout/structparser.h"
#include "app/guitest.h"
#include "testutils.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

#include <cstring>

using app::MainWindow;
using app::SegmentTab;
using app::StructModel;
using core::Attachment;
using testutils::Mapping;
using testutils::SegmentGuard;

namespace {

constexpr quint64 SegmentSize = quint64(64) << 20;
constexpr int Period = 100;

// A 64 MiB struct: a counter, then text that runs to the segment's end.
const QString bigStruct = QStringLiteral("struct big { unsigned long long counter; char data[67108856]; };\n");
// 10^6 records of 64 bytes after a head: 64,000,008 bytes.
const QString ringOfItems = QStringLiteral("struct item { int id; short flags; short spare; char name[56]; };\n"
                                           "struct ring { unsigned long long head; struct item items[1000000]; };\n");
constexpr quint64 ItemsOffset = 8;
constexpr quint64 ItemSize = 64;

QModelIndex childNamed(const StructModel *model, const QModelIndex &parent, const QString &name,
                       int column = StructModel::NameColumn)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, StructModel::NameColumn, parent);
        if (index.data().toString() == name)
            return index.siblingAtColumn(column);
    }
    return {};
}

QByteArray littleEndian(qint64 value, int size)
{
    QByteArray bytes(size, '\0');
    std::memcpy(bytes.data(), &value, size_t(size));
    return bytes;
}

bool rangesCover(const StructModel *model, quint64 offset)
{
    for (const auto &range : model->readRanges()) {
        if (range.offset <= offset && offset < range.end())
            return true;
    }
    return false;
}

// The rows the view shows at most: what a tick may read is bounded by them, not by the record.
quint64 rowsOnScreen(QTreeView *view)
{
    const int rowHeight = std::max(1, view->sizeHintForRow(0));
    return quint64(view->viewport()->height() / rowHeight + 2);
}

} // namespace

class TestStructLarge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aStructOf64MiBReadsWhatIsShown();
    void aLongTextIsReadToItsNul();
    void aMillionStructsOpenInPagesAndEditDeepInside();
    void arraysShowTheirFirstElements();
    void recordsOf64MiBAreSteppedThrough();
    void layoutsLargerThanTheSegmentReadNothingPastItsEnd_data();
    void layoutsLargerThanTheSegmentReadNothingPastItsEnd();

private:
    SegmentTab *attachWithLayout(quint64 size, const QString &name, const QString &text);
    // Waits for `count` more ticks of the tab's document.
    static void waitTicks(SegmentTab *tab, int count);

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
    SegmentGuard m_segment;
};

void TestStructLarge::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
}

void TestStructLarge::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 720);
    m_window->show();
}

void TestStructLarge::cleanup()
{
    m_window.reset();
    m_segment.reset();
    m_settingsDir.reset();
}

SegmentTab *TestStructLarge::attachWithLayout(quint64 size, const QString &name, const QString &text)
{
    if (!m_segment.create(testutils::uniqueKey(41), size_t(size), 0600)) {
        qWarning("shmget(%llu): %s", qulonglong(size), std::strerror(errno));
        return nullptr;
    }
    SegmentTab *tab = m_window->attachSegment(m_segment.id(), Attachment::Mode::ReadWrite);
    if (!tab)
        return nullptr;
    tab->document()->setTickInterval(Period);
    QString error;
    if (!guitest::layOut(tab->structPane(), name, text, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    // Room for a screenful of rows, as a user gives it by dragging the splitter between the bytes and the
    // fields (the window's first layout gives the struct pane what the lesson's 56 bytes need).
    auto *panes = tab->findChild<QSplitter *>(QStringLiteral("paneSplitter"));
    if (!panes) {
        qWarning("the tab has no paneSplitter");
        return nullptr;
    }
    m_window->resize(1280, 1000);
    panes->setOrientation(Qt::Horizontal);
    panes->setSizes({600, 600});
    // And the data inspector below the fields dragged down as far as it goes, once the tab has fitted its side
    // panes to the new height (SegmentTab::fitSidePanes(), soon after it shows and resizes).
    QTest::qWait(0);
    if (auto *side = tab->findChild<QSplitter *>(QStringLiteral("sidePanes")))
        side->setSizes({1000, 0});
    QTest::qWait(0);
    if (tab->structPane()->view()->viewport()->height() < 200) {
        qWarning("the struct view is %d pixels high", tab->structPane()->view()->viewport()->height());
        return nullptr;
    }
    return tab;
}

void TestStructLarge::waitTicks(SegmentTab *tab, int count)
{
    QSignalSpy ticks(tab->document(), &app::SegmentDocument::ticked);
    QTRY_VERIFY(ticks.count() >= count);
}

void TestStructLarge::aStructOf64MiBReadsWhatIsShown()
{
    SegmentTab *tab = attachWithLayout(SegmentSize, QStringLiteral("big"), bigStruct);
    QVERIFY(tab);
    StructModel *model = tab->structPane()->model();
    QTreeView *view = tab->structPane()->view();
    QCOMPARE(model->layout().sizeOf, SegmentSize);
    const QModelIndex counter = childNamed(model, {}, QStringLiteral("counter"), StructModel::ValueColumn);
    const QModelIndex data = childNamed(model, {}, QStringLiteral("data"), StructModel::ValueColumn);
    QVERIFY(counter.isValid() && data.isValid());
    QTRY_VERIFY(rangesCover(model, 0) && rangesCover(model, 8));
    waitTicks(tab, 1);
    // A tick reads the counter and what the text's value can show, not the 64 MiB.
    QVERIFY2(model->bytesReadLastTick() > 0, "nothing read");
    QVERIFY2(model->bytesReadLastTick() <= 8 + quint64(core::FieldCodec::MaxTextBytesShown),
             qPrintable(QString::number(model->bytesReadLastTick())));

    // Another process writes the counter and the text's first bytes: both show within two periods, lit.
    QVERIFY(testutils::poke(m_segment.id(), 0, littleEndian(424242, 8) + QByteArrayLiteral("hello\0")));
    QTRY_COMPARE_WITH_TIMEOUT(counter.data().toString(), QStringLiteral("424242"), 2 * Period);
    QTRY_COMPARE_WITH_TIMEOUT(data.data().toString(), QStringLiteral("hello"), 2 * Period);
    QVERIFY(counter.data(StructModel::HighlightAgeRole).toLongLong() >= 0);
    QVERIFY(!counter.data(StructModel::ChangedByUsRole).toBool());

    // A write deep inside the text, off what its value shows, is never read: no tick range holds it, its
    // row is not lit again and the value is what it was.
    QElapsedTimer clock;
    clock.start();
    const auto litAt = [&] { return clock.elapsed() - data.data(StructModel::HighlightAgeRole).toLongLong(); };
    const qint64 helloLitAt = litAt();
    const quint64 deep = 32u << 20;
    QVERIFY(testutils::poke(m_segment.id(), deep, QByteArrayLiteral("XYZ")));
    waitTicks(tab, 3);
    QVERIFY(!rangesCover(model, deep));
    QVERIFY2(qAbs(litAt() - helloLitAt) < Period, "the text's row was lit again");
    QCOMPARE(data.data().toString(), QStringLiteral("hello"));
    QVERIFY(model->bytesReadLastTick() <= 8 + quint64(core::FieldCodec::MaxTextBytesShown));

    // Text with no NUL in what is shown ends in an ellipsis; the segment is not read to find one.
    Mapping(m_segment.id()).fill(8, QByteArray(core::FieldCodec::MaxTextBytesShown, 'a'));
    QTRY_VERIFY_WITH_TIMEOUT(data.data().toString().endsWith(QStringLiteral("…")), 2 * Period);
    QCOMPARE(data.data().toString().size(), core::FieldCodec::MaxTextBytesShown + 1);

    // Edited: exactly its bytes, seen from outside.
    QVERIFY(model->setData(counter, QStringLiteral("7")));
    QCOMPARE(testutils::peek(m_segment.id(), 0, 9), littleEndian(7, 8) + QByteArrayLiteral("a"));
    QVERIFY(counter.data(StructModel::ChangedByUsRole).toBool());

    // Scrolling and resizing keep the reads to the screen; the rows made are the two fields.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    m_window->resize(900, 500);
    waitTicks(tab, 2);
    QVERIFY(model->bytesReadLastTick() <= 8 + quint64(core::FieldCodec::MaxTextBytesShown));
    QCOMPARE(model->rowsMade(), 2);
}

// A long char[] shows its text up to the first NUL, so a tick reads it up to there and no further: the bytes
// after the NUL are neither shown nor read, a write that lengthens the text overwrites the NUL (read) and a
// write that shortens it puts one inside what is read. The open struct's own row reads nothing: its members'
// rows below it are what lights it.
void TestStructLarge::aLongTextIsReadToItsNul()
{
    SegmentTab *tab = attachWithLayout(SegmentSize, QStringLiteral("big"), bigStruct);
    QVERIFY(tab);
    StructModel *model = tab->structPane()->model();
    const QModelIndex data = childNamed(model, {}, QStringLiteral("data"), StructModel::ValueColumn);
    QVERIFY(data.isValid());
    QTRY_VERIFY(rangesCover(model, 8));
    waitTicks(tab, 1);
    // The segment is zeros: the counter's 8 bytes and the empty text's NUL.
    QCOMPARE(model->bytesReadLastTick(), quint64(8 + 1));

    QVERIFY(testutils::poke(m_segment.id(), 8, QByteArrayLiteral("hello")));
    QTRY_COMPARE_WITH_TIMEOUT(data.data().toString(), QStringLiteral("hello"), 2 * Period);
    QVERIFY(data.data(StructModel::HighlightAgeRole).toLongLong() >= 0);
    QTRY_COMPARE(model->bytesReadLastTick(), quint64(8 + 6));

    // Past the NUL, within what a text could show: not read, not lit, not shown.
    QElapsedTimer clock;
    clock.start();
    const auto litAt = [&] { return clock.elapsed() - data.data(StructModel::HighlightAgeRole).toLongLong(); };
    const qint64 helloLitAt = litAt();
    QVERIFY(testutils::poke(m_segment.id(), 8 + 100, QByteArrayLiteral("XYZ")));
    waitTicks(tab, 3);
    QVERIFY(!rangesCover(model, 8 + 100));
    QVERIFY2(qAbs(litAt() - helloLitAt) < Period, "the text's row was lit again");
    QCOMPARE(data.data().toString(), QStringLiteral("hello"));

    // Lengthened over its NUL: the text runs on to the next NUL, after the XYZ.
    QVERIFY(testutils::poke(m_segment.id(), 8 + 5, QByteArray(95, '-')));
    const QString longer = QStringLiteral("hello") + QString(95, QLatin1Char('-')) + QStringLiteral("XYZ");
    QTRY_COMPARE_WITH_TIMEOUT(data.data().toString(), longer, 2 * Period);
    QTRY_COMPARE(model->bytesReadLastTick(), quint64(8 + 104));

    // Shortened: a NUL inside what is read.
    QVERIFY(testutils::poke(m_segment.id(), 8, QByteArrayLiteral("hi\0")));
    QTRY_COMPARE_WITH_TIMEOUT(data.data().toString(), QStringLiteral("hi"), 2 * Period);
    QTRY_COMPARE(model->bytesReadLastTick(), quint64(8 + 3));

    // No NUL within what a text shows: that much is read, and the text ends in an ellipsis.
    Mapping(m_segment.id()).fill(8, QByteArray(core::FieldCodec::MaxTextBytesShown + 10, 'a'));
    QTRY_VERIFY_WITH_TIMEOUT(data.data().toString().endsWith(QStringLiteral("…")), 2 * Period);
    QCOMPARE(data.data().toString(),
             QString(core::FieldCodec::MaxTextBytesShown, QLatin1Char('a')) + QStringLiteral("…"));
    QTRY_COMPARE(model->bytesReadLastTick(), quint64(8 + core::FieldCodec::MaxTextBytesShown));
}

void TestStructLarge::aMillionStructsOpenInPagesAndEditDeepInside()
{
    SegmentTab *tab = attachWithLayout(SegmentSize, QStringLiteral("ring"), ringOfItems);
    QVERIFY(tab);
    StructModel *model = tab->structPane()->model();
    QTreeView *view = tab->structPane()->view();
    const QModelIndex items = childNamed(model, {}, QStringLiteral("items"));
    QVERIFY(items.isValid());
    QCOMPARE(items.siblingAtColumn(StructModel::SizeColumn).data().toULongLong(), 64000000u);

    // Open at once: a thousand pages of a thousand.
    view->expand(items);
    QCOMPARE(model->rowCount(items), 1000);
    QCOMPARE(model->index(0, 0, items).data().toString(), QStringLiteral("[0..999]"));
    QCOMPARE(model->index(1, 0, items).data().toString(), QStringLiteral("[1000..1999]"));
    const QModelIndex lastPage = model->index(999, 0, items);
    QCOMPARE(lastPage.data().toString(), QStringLiteral("[999000..999999]"));
    QCOMPARE(lastPage.siblingAtColumn(StructModel::OffsetColumn).data().toULongLong(),
             ItemsOffset + 999000 * ItemSize);
    QCOMPARE(model->rowCount(lastPage), 1000);
    QVERIFY(model->rowsMade() < 1100);

    // Scroll to the last page, open it, then its last element.
    view->expand(lastPage);
    const QModelIndex last = model->index(999, 0, lastPage);
    QCOMPARE(last.data().toString(), QStringLiteral("[999999]"));
    view->expand(last);
    const QModelIndex id = childNamed(model, last, QStringLiteral("id"), StructModel::ValueColumn);
    const QModelIndex flags = childNamed(model, last, QStringLiteral("flags"), StructModel::ValueColumn);
    QVERIFY(id.isValid() && flags.isValid());
    const quint64 lastAt = ItemsOffset + 999999 * ItemSize;
    QCOMPARE(flags.siblingAtColumn(StructModel::OffsetColumn).data().toULongLong(), lastAt + 4);
    view->scrollTo(id, QAbstractItemView::PositionAtTop);
    QTRY_VERIFY(rangesCover(model, lastAt) && rangesCover(model, lastAt + 4));
    QVERIFY(!rangesCover(model, ItemsOffset + 5 * ItemSize)); // element 5 is far off screen
    QVERIFY(model->rowsMade() < 2200);

    // A field deep inside edited: exactly its two bytes, seen through another mapping.
    QVERIFY(model->flags(flags) & Qt::ItemIsEditable);
    QVERIFY(model->setData(flags, QStringLiteral("-2")));
    Mapping outside(m_segment.id());
    QVERIFY(outside.ok());
    QCOMPARE(outside.bytes(lastAt, 8), QByteArray(4, '\0') + littleEndian(-2, 2) + QByteArray(2, '\0'));
    QCOMPARE(outside.bytes(lastAt - ItemSize, 2 * ItemSize).count('\0'), qsizetype(2 * ItemSize - 2));
    QVERIFY(flags.data(StructModel::ChangedByUsRole).toBool());

    // Another process's write to a field on screen shows within two periods, lit as theirs.
    QVERIFY(testutils::poke(m_segment.id(), lastAt, littleEndian(999999, 4)));
    QTRY_COMPARE_WITH_TIMEOUT(id.data().toString(), QStringLiteral("999999"), 2 * Period);
    QVERIFY(id.data(StructModel::HighlightAgeRole).toLongLong() >= 0);
    QVERIFY(!id.data(StructModel::ChangedByUsRole).toBool());

    // A write off screen is not read: no range holds it, and a tick reads what the screen's rows need.
    QVERIFY(testutils::poke(m_segment.id(), ItemsOffset + 5 * ItemSize, littleEndian(55, 4)));
    waitTicks(tab, 2);
    QVERIFY(!rangesCover(model, ItemsOffset + 5 * ItemSize));
    // Each row reads at most what its value shows; rows close together are read as one, gaps included.
    const quint64 bound = rowsOnScreen(view) * quint64(core::FieldCodec::MaxTextBytesShown + 64);
    QVERIFY2(model->bytesReadLastTick() <= bound,
             qPrintable(QStringLiteral("%1 > %2").arg(model->bytesReadLastTick()).arg(bound)));

    // The hex view's selection finds a field that was never made, opening its way to it; and back.
    const quint64 middle = ItemsOffset + 500000 * ItemSize + 4;
    tab->hexView()->setSelection(middle, 2);
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), QStringLiteral("flags"));
    QCOMPARE(selected.first().parent().data().toString(), QStringLiteral("[500000]"));
    QTRY_VERIFY(rangesCover(model, middle));
    view->setCurrentIndex(id.siblingAtColumn(StructModel::NameColumn));
    QCOMPARE(tab->hexView()->selectionStart(), lastAt);
    QCOMPARE(tab->hexView()->selectionLength(), 4u);
}

// An array of numbers shows its first elements, and so does each of its pages; the pages show the element
// type and count, their offsets and sizes.
void TestStructLarge::arraysShowTheirFirstElements()
{
    SegmentTab *tab = attachWithLayout(8000, QStringLiteral("numbers"),
                                       QStringLiteral("struct numbers { int v[2000]; };\n"));
    QVERIFY(tab);
    StructModel *model = tab->structPane()->model();
    QVERIFY(testutils::poke(m_segment.id(), 0, littleEndian(1, 4) + littleEndian(-2, 4) + littleEndian(3, 4)));
    QVERIFY(testutils::poke(m_segment.id(), 4000, littleEndian(1000, 4)));
    const QModelIndex v = model->index(0, StructModel::ValueColumn);
    QTRY_COMPARE(v.data().toString(), QStringLiteral("{1, -2, 3, 0, 0, 0, 0, 0, …}"));
    const QModelIndex second = model->index(1, StructModel::NameColumn, v.siblingAtColumn(0));
    QCOMPARE(second.data().toString(), QStringLiteral("[1000..1999]"));
    QCOMPARE(second.siblingAtColumn(StructModel::TypeColumn).data().toString(), QStringLiteral("int[1000]"));
    QCOMPARE(second.siblingAtColumn(StructModel::OffsetColumn).data().toULongLong(), 4000u);
    QCOMPARE(second.siblingAtColumn(StructModel::SizeColumn).data().toULongLong(), 4000u);
    QCOMPARE(second.siblingAtColumn(StructModel::ValueColumn).data().toString(),
             QStringLiteral("{1000, 0, 0, 0, 0, 0, 0, 0, …}"));
    QVERIFY(!(model->flags(second.siblingAtColumn(StructModel::ValueColumn)) & Qt::ItemIsEditable));
}

// Two records of 64 MiB back to back: the second one's fields, read there, and edited there.
void TestStructLarge::recordsOf64MiBAreSteppedThrough()
{
    SegmentTab *tab = attachWithLayout(2 * SegmentSize, QStringLiteral("big"), bigStruct);
    QVERIFY(tab);
    StructModel *model = tab->structPane()->model();
    QCOMPARE(model->recordCount(), 2u);
    auto *record = tab->structPane()->findChild<QSpinBox *>(QStringLiteral("recordSpin"));
    QVERIFY(record && record->isEnabled());
    QVERIFY(testutils::poke(m_segment.id(), SegmentSize, littleEndian(2, 8) + QByteArrayLiteral("second\0")));
    record->setValue(1);
    QCOMPARE(model->recordBase(), SegmentSize);
    const QModelIndex counter = childNamed(model, {}, QStringLiteral("counter"), StructModel::ValueColumn);
    QCOMPARE(counter.data().toString(), QStringLiteral("2"));
    QCOMPARE(childNamed(model, {}, QStringLiteral("data"), StructModel::ValueColumn).data().toString(),
             QStringLiteral("second"));
    QCOMPARE(counter.siblingAtColumn(StructModel::OffsetColumn).data().toULongLong(), SegmentSize);
    QVERIFY(model->bytesReadLastTick() <= 8 + quint64(core::FieldCodec::MaxTextBytesShown));
    QVERIFY(model->setData(counter, QStringLiteral("3")));
    QCOMPARE(testutils::peek(m_segment.id(), SegmentSize, 8), littleEndian(3, 8));
    QCOMPARE(testutils::peek(m_segment.id(), 0, 8), QByteArray(8, '\0'));
    QVERIFY(testutils::poke(m_segment.id(), SegmentSize, littleEndian(4, 8)));
    QTRY_COMPARE_WITH_TIMEOUT(counter.data().toString(), QStringLiteral("4"), 2 * Period);
    QVERIFY(counter.data(StructModel::HighlightAgeRole).toLongLong() >= 0);
}

void TestStructLarge::layoutsLargerThanTheSegmentReadNothingPastItsEnd_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("rowsPerLevel");
    QTest::addColumn<QString>("deepest"); // the first row of the last level
    QTest::newRow("2^40 bytes") << QStringLiteral("struct huge { char bytes[1099511627776]; };\n") << QList<int>{}
                                << QStringLiteral("bytes");
    QTest::newRow("2^32 ints") << QStringLiteral("struct many { int v[4294967296]; };\n")
                               << QList<int>{5, 1000, 1000, 1000, 0} << QStringLiteral("[0]");
    QTest::newRow("2^32 pairs") << QStringLiteral("struct pair { int a, b; };\nstruct many { struct pair p[4294967296]; };\n")
                                << QList<int>{5, 1000, 1000, 1000, 2} << QStringLiteral("a");
}

void TestStructLarge::layoutsLargerThanTheSegmentReadNothingPastItsEnd()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, rowsPerLevel);
    QFETCH(QString, deepest);
    SegmentTab *tab = attachWithLayout(56, QStringLiteral("huge"), text);
    QVERIFY(tab);
    StructModel *model = tab->structPane()->model();
    auto *note = tab->structPane()->findChild<QLabel *>(QStringLiteral("sizeNote"));
    QVERIFY2(note->text().contains(QLatin1String("only 56 bytes")), qPrintable(note->text()));
    const QModelIndex top = model->index(0, StructModel::ValueColumn);
    QVERIFY(top.data().toString().contains(QLatin1String("unavailable")));
    QVERIFY(!(model->flags(top) & Qt::ItemIsEditable));
    waitTicks(tab, 2);
    for (const auto &range : model->readRanges())
        QVERIFY(range.end() <= 56);
    QVERIFY(model->bytesReadLastTick() <= 56);

    // Each level of pages holds at most a thousand rows, and the rows made are the ones asked for.
    QModelIndex level = top.siblingAtColumn(0);
    for (const int rows : std::as_const(rowsPerLevel)) {
        tab->structPane()->view()->expand(level);
        QCOMPARE(model->rowCount(level), rows);
        if (rows > 0)
            level = model->index(0, 0, level);
    }
    QCOMPARE(level.data().toString(), deepest);
    QCOMPARE(level.siblingAtColumn(StructModel::OffsetColumn).data().toULongLong(), 0u);
    QVERIFY(model->rowsMade() < 5000);
    waitTicks(tab, 2);
    for (const auto &range : model->readRanges())
        QVERIFY(range.end() <= 56);
}

QTEST_MAIN(TestStructLarge)
#include "tst_structlarge.moc"
