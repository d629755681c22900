// The data inspector in the real window, offscreen, against a real segment: another process (tests/helpers/
// shmpoke) writes known bytes, the inspector's cells say what python3's struct says of them in both endians,
// a value the other process changes is updated and lit, an edit typed into the inspector is read back by a
// second attach of the segment (core::Attachment) and undone in one step, every bad input is refused in the
// tab's message bar with the segment's bytes unchanged, and presentation mode on a 1280x720 projector shows
// every row whole.

#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/bookmarkmodel.h"
#include "app/segment/bookmarkpane.h"
#include "app/segment/datainspectormodel.h"
#include "app/segment/datainspectorpane.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/segment/timeslider.h"
#include "app/structs/structmodel.h"
#include "app/structs/structpane.h"
#include "core/kernel/attachment.h"
#include "core/translations.h"
#include "app/guitest.h"
#include "testutils.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScopeGuard>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using app::DataInspectorModel;
using app::DataInspectorPane;
using app::MainWindow;
using app::SegmentTab;
using core::Attachment;
using Type = core::ByteInterpreter::Type;
using testutils::SegmentGuard;

namespace {

constexpr quint64 Size = 64;

// The segment's bytes as another attach of it reads them, not through the tab.
QByteArray bytesOf(int shmid)
{
    auto second = Attachment::attach(shmid, Attachment::Mode::ReadOnly);
    if (!second.ok())
        return {};
    auto bytes = second.value()->read(0, Size);
    return bytes.ok() ? bytes.value() : QByteArray();
}

} // namespace

class TestDataInspector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        core::Translations::instance().use(core::Translations::Language::English);
    }

    void init()
    {
        m_settingsDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_settingsDir->isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
        QVERIFY(m_segment.create(testutils::uniqueKey(91), Size, 0600));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset(); // detaches before the segment goes
        m_segment.reset();
        m_settingsDir.reset();
    }

    void theTabShowsTheInspectorBesideTheBytes()
    {
        SegmentTab *tab = open(Attachment::Mode::ReadOnly);
        QVERIFY(tab);
        auto *side = tab->findChild<QSplitter *>(QStringLiteral("sidePanes"));
        QVERIFY(side);
        QCOMPARE(side->orientation(), Qt::Vertical);
        QCOMPARE(side->widget(0), tab->structPane());
        QCOMPARE(side->widget(1), tab->dataInspector());
        QCOMPARE(tab->dataInspector()->objectName(), QStringLiteral("dataInspector"));
        auto *panes = tab->findChild<QSplitter *>(QStringLiteral("paneSplitter"));
        QCOMPARE(panes->widget(0), tab->hexView());
        QCOMPARE(panes->widget(1), side);
        QVERIFY(tab->dataInspector()->isVisible());
        if (const QByteArray folder = qgetenv("SHMSCOPE_SHOTS"); !folder.isEmpty()) {
            QTest::qWait(200); // the window laid out, as a person sees it
            m_window->grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/inspector.png"));
        }
        // The bookmarks go below it, and a pane added later below them.
        QCOMPARE(side->widget(2), tab->bookmarkPane());
        auto *extra = new QWidget;
        tab->addSidePane(extra);
        QCOMPARE(side->widget(3), extra);
        // The endianness explained in plain words, little by default on this machine.
        auto *endian = tab->dataInspector()->findChild<QComboBox *>(QStringLiteral("endianChoice"));
        QVERIFY(endian);
        QCOMPARE(endian->currentText(), QStringLiteral("Little endian"));
        QCOMPARE(endian->toolTip(), QStringLiteral("Little endian: the byte at the lowest offset is the least "
                                                   "significant (x86 and ARM as Linux runs them)."));
        QCOMPARE(endian->itemData(1, Qt::ToolTipRole).toString(),
                 QStringLiteral("Big endian: the byte at the lowest offset is the most significant (network byte "
                                "order)."));
        DataInspectorModel *model = tab->dataInspector()->model();
        QCOMPARE(model->index(Int(Type::Ipv4), 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("4 bytes in their order, as networks send them (network byte order): the "
                                "endianness choice does not apply."));
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Type"));
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Value"));
    }

    void valuesOfKnownBytesInBothEndians()
    {
        // python3: struct.unpack('<i', bytes.fromhex('c3a9ff7f')) == (2147461571,), '>i' (-1012269185,), ...
        QVERIFY(testutils::poke(m_segment.id(), 0x10, QByteArray::fromHex("c3a9ff7f80000000")));
        SegmentTab *tab = open(Attachment::Mode::ReadOnly);
        QVERIFY(tab);
        tab->hexView()->setCursorOffset(0x10);
        DataInspectorPane *pane = tab->dataInspector();
        QCOMPARE(pane->offsetLabel()->text(), QStringLiteral("at 0x10"));
        const QStringList little{u"-61"_s, u"195"_s, u"-22077"_s, u"43459"_s, u"2147461571"_s, u"2147461571"_s, u"551903275459"_s,
                                 u"551903275459"_s, u"nan"_s, u"2.726764482316e-312"_s, u"11000011"_s, u"'\\xc3'"_s, u"U+00E9 é"_s,
                                 u"out of range"_s, u"195.169.255.127"_s, u"0x000000807fffa9c3"_s};
        const QStringList big{u"-61"_s, u"195"_s, u"-15447"_s, u"50089"_s, u"-1012269185"_s, u"3282698111"_s, u"-4347663042176090112"_s,
                              u"14099081031533461504"_s, u"-339.99606"_s, u"-936678078870978560"_s, u"11000011"_s, u"'\\xc3'"_s,
                              u"U+00E9 é"_s, u"out of range"_s, u"195.169.255.127"_s, u"0xc3a9ff7f80000000"_s};
        const QStringList labels{u"int8"_s, u"uint8"_s, u"int16"_s, u"uint16"_s, u"int32"_s, u"uint32"_s, u"int64"_s, u"uint64"_s, u"float"_s,
                                 u"double"_s, u"binary"_s, u"char"_s, u"UTF-8"_s, u"time_t"_s, u"IPv4"_s, u"pointer"_s};
        QCOMPARE(column(pane, 0), labels);
        QTRY_COMPARE(column(pane, 1), little);
        pane->endianChoice()->setCurrentIndex(1);
        QCOMPARE(pane->endianChoice()->toolTip(),
                 QStringLiteral("Big endian: the byte at the lowest offset is the most significant (network byte "
                                "order)."));
        QCOMPARE(column(pane, 1), big);
        // The start of a selection, not the cursor at its end: 2a 00 00 00 as int32 is 42 little endian,
        // 704643072 big endian.
        QVERIFY(testutils::poke(m_segment.id(), 0x20, QByteArray::fromHex("2a000000")));
        tab->hexView()->setSelection(0x20, 4);
        QCOMPARE(pane->offsetLabel()->text(), QStringLiteral("at 0x20"));
        QTRY_COMPARE(value(pane, Type::Int32), QStringLiteral("704643072"));
        pane->endianChoice()->setCurrentIndex(0);
        QCOMPARE(value(pane, Type::Int32), QStringLiteral("42"));
        // Three bytes before the end: the longer types say so, greyed, and read nothing.
        tab->hexView()->setCursorOffset(Size - 3);
        QCOMPARE(pane->offsetLabel()->text(), QStringLiteral("at 0x3d"));
        QCOMPARE(value(pane, Type::Int32), QStringLiteral("past the end"));
        QCOMPARE(value(pane, Type::Pointer), QStringLiteral("past the end"));
        QCOMPARE(value(pane, Type::Int16), QStringLiteral("0"));
        const QModelIndex past = pane->model()->valueIndex(Type::Double);
        QVERIFY(past.data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(past.data(Qt::ForegroundRole).value<QColor>(), QPalette().color(QPalette::PlaceholderText));
        // The tick reads the 3 bytes there are, never more.
        tab->document()->tick();
        QCOMPARE(pane->model()->bytesReadLastTick(), 3);
        tab->hexView()->setCursorOffset(0);
        tab->document()->tick();
        QCOMPARE(pane->model()->bytesReadLastTick(), 8);
    }

    void aValueAnotherProcessChangesIsUpdatedAndLit()
    {
        QVERIFY(testutils::poke(m_segment.id(), 8, QByteArray::fromHex("2a000000")));
        SegmentTab *tab = open(Attachment::Mode::ReadOnly);
        QVERIFY(tab);
        tab->hexView()->setCursorOffset(8);
        DataInspectorPane *pane = tab->dataInspector();
        QTRY_COMPARE(value(pane, Type::Int32), QStringLiteral("42"));
        QCOMPARE(pane->model()->valueIndex(Type::Int32).data(DataInspectorModel::HighlightAgeRole).toLongLong(), -1);
        // The second byte: int8 stays, int16 and int32 change.
        QVERIFY(testutils::poke(m_segment.id(), 9, QByteArray::fromHex("01")));
        QTRY_COMPARE(value(pane, Type::Int32), QStringLiteral("298"));
        QCOMPARE(value(pane, Type::Int16), QStringLiteral("298"));
        const qint64 age = pane->model()->valueIndex(Type::Int32).data(DataInspectorModel::HighlightAgeRole).toLongLong();
        QVERIFY2(age >= 0 && age < DataInspectorModel::HighlightMs, qPrintable(QString::number(age)));
        QVERIFY(!pane->model()->valueIndex(Type::Int32).data(DataInspectorModel::ChangedByUsRole).toBool());
        QCOMPARE(pane->model()->valueIndex(Type::Int8).data(DataInspectorModel::HighlightAgeRole).toLongLong(), -1);
        QVERIFY(pane->model()->hasActiveHighlights());
        // Painted: the changed row's cell is lit, the unchanged row's is not (a pixel right of the short text).
        QTableView *view = pane->view();
        const auto litAt = [view](const QModelIndex &index) {
            const QRect cell = view->visualRect(index);
            const QImage shot = view->viewport()->grab().toImage();
            return shot.pixelColor(cell.right() - 3, cell.center().y());
        };
        const QColor base = view->palette().color(QPalette::Base);
        const QColor alternate = view->palette().color(QPalette::AlternateBase);
        const QColor lit = litAt(pane->model()->valueIndex(Type::Int16));
        QVERIFY2(lit != base && lit != alternate, qPrintable(lit.name()));
        QVERIFY2(lit.red() > lit.blue(), qPrintable(lit.name())); // amber, not a selection's blue
        const QColor plain = litAt(pane->model()->valueIndex(Type::Int8));
        QVERIFY2(plain == base || plain == alternate, qPrintable(plain.name()));
        // Faded out after the highlight's time.
        QTRY_VERIFY_WITH_TIMEOUT(!pane->model()->hasActiveHighlights(), int(3 * DataInspectorModel::HighlightMs));
    }

    void anEditIsWrittenOnceAndUndoneInOneStep()
    {
        SegmentTab *tab = open(Attachment::Mode::ReadWrite);
        QVERIFY(tab);
        tab->hexView()->setCursorOffset(0x10);
        DataInspectorPane *pane = tab->dataInspector();
        QUndoStack *undo = tab->document()->undoStack();
        const QByteArray before = bytesOf(m_segment.id());
        QCOMPARE(before, QByteArray(Size, '\0'));

        typeValue(pane, Type::Int32, QStringLiteral("42"));
        QCOMPARE(bytesOf(m_segment.id()).mid(0x10, 8), QByteArray::fromHex("2a00000000000000"));
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Inspector: int32 at 0x10 = 42"));
        QCOMPARE(value(pane, Type::Int32), QStringLiteral("42"));
        QVERIFY(pane->model()->valueIndex(Type::Int32).data(DataInspectorModel::ChangedByUsRole).toBool());
        QVERIFY(tab->messageBar()->text().isEmpty() || !tab->messageBar()->isVisible());

        // Big endian, in hex: the bytes in the order written.
        pane->endianChoice()->setCurrentIndex(1);
        typeValue(pane, Type::UInt16, QStringLiteral("0x1234"));
        QCOMPARE(bytesOf(m_segment.id()).mid(0x10, 8), QByteArray::fromHex("1234000000000000"));
        QCOMPARE(undo->undoText(), QStringLiteral("Inspector: uint16 at 0x10 = 4660"));
        typeValue(pane, Type::Double, QStringLiteral("0.1"));
        QCOMPARE(bytesOf(m_segment.id()).mid(0x10, 8), QByteArray::fromHex("3fb999999999999a"));
        typeValue(pane, Type::Ipv4, QStringLiteral("192.168.1.10"));
        QCOMPARE(bytesOf(m_segment.id()).mid(0x10, 8), QByteArray::fromHex("c0a8010a9999999a"));
        typeValue(pane, Type::Char, QStringLiteral("'A'"));
        typeValue(pane, Type::Binary, QStringLiteral("01000010"));
        QCOMPARE(bytesOf(m_segment.id()).mid(0x10, 8), QByteArray::fromHex("42a8010a9999999a"));
        QCOMPARE(undo->count(), 6);

        // Each edit one undo step, the bytes back as they were, another process reading them.
        tab->document()->undo();
        QCOMPARE(bytesOf(m_segment.id()).mid(0x10, 8), QByteArray::fromHex("41a8010a9999999a"));
        for (int step = 0; step < 5; ++step)
            tab->document()->undo();
        QCOMPARE(bytesOf(m_segment.id()), before);
        tab->document()->tick();
        QCOMPARE(value(pane, Type::Int32), QStringLiteral("0"));
    }

    void badInputIsRefusedAndNothingWritten()
    {
        QVERIFY(testutils::poke(m_segment.id(), 0, QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10")));
        SegmentTab *tab = open(Attachment::Mode::ReadWrite);
        QVERIFY(tab);
        DataInspectorPane *pane = tab->dataInspector();
        const QByteArray before = bytesOf(m_segment.id());
        tab->hexView()->setCursorOffset(4);
        QTRY_COMPARE(value(pane, Type::UInt8), QStringLiteral("5"));
        const auto refused = [&](Type type, const QString &text, const QString &message) {
            tab->messageBar()->hideFrom(QString());
            typeValue(pane, type, text);
            QCOMPARE(tab->messageBar()->text(), message);
            QVERIFY(tab->messageBar()->isVisible());
            QCOMPARE(bytesOf(m_segment.id()), before);
            QCOMPARE(tab->document()->undoStack()->count(), 0);
        };
        refused(Type::UInt8, QStringLiteral("300"),
                QStringLiteral("uint8: 300 does not fit in an 8-bit unsigned field (0 to 255)."));
        refused(Type::Int32, QStringLiteral("abc"),
                QStringLiteral("int32: \"abc\" is not a whole number: write one such as 42, -7 or 0x2a."));
        refused(Type::Int64, QStringLiteral("2.5"),
                QStringLiteral("int64: \"2.5\" is not a whole number: write one such as 42, -7 or 0x2a."));
        refused(Type::Float, QStringLiteral("ten"),
                QStringLiteral("float: \"ten\" is not a number: write one such as 3.14, -2.5e-3, inf or nan."));
        refused(Type::Ipv4, QStringLiteral("10.0.0.256"),
                QStringLiteral("IPv4: \"10.0.0.256\" is not an IPv4 address: write four numbers from 0 to 255 with "
                               "dots between them, such as 192.168.1.10."));
        refused(Type::Binary, QStringLiteral("2"),
                QStringLiteral("binary: \"2\" is not a byte in binary: write up to 8 digits 0 and 1, such as "
                               "01000001."));
        // Shown only: the editor does not open, and the bar says why.
        QCOMPARE(refusalOnF2(pane, Type::TimeT),
                 QStringLiteral("time_t is shown as a date, not edited: edit it as int64 (seconds since 1970)."));
        QCOMPARE(tab->messageBar()->text(), refusalOnF2(pane, Type::TimeT));
        QCOMPARE(refusalOnF2(pane, Type::Pointer),
                 QStringLiteral("pointer is shown, not edited: edit its bytes in the hex view or another row."));
        // A 64-bit type with 1 byte left: past the end, nothing read, nothing written.
        tab->hexView()->setSelection(Size - 1, 1);
        QCOMPARE(pane->offsetLabel()->text(), QStringLiteral("at 0x3f"));
        QCOMPARE(value(pane, Type::Int64), QStringLiteral("past the end"));
        QCOMPARE(refusalOnF2(pane, Type::Int64),
                 QStringLiteral("int64 at 0x3f would run past the end of the segment, which ends at 0x40: nothing "
                                "is written."));
        QVERIFY(!pane->model()->setData(pane->model()->valueIndex(Type::Int64), QStringLiteral("1")));
        QCOMPARE(bytesOf(m_segment.id()), before);
        // A past moment of the time slider: its values shown, no edit.
        tab->hexView()->setCursorOffset(0);
        tab->document()->tick();
        const qint64 then = tab->document()->recorder().lastMs();
        QVERIFY(testutils::poke(m_segment.id(), 0, QByteArray::fromHex("ff")));
        QTRY_COMPARE(value(pane, Type::UInt8), QStringLiteral("255"));
        tab->timeSlider()->showMoment(then);
        QCOMPARE(value(pane, Type::UInt8), QStringLiteral("1"));
        QVERIFY(refusalOnF2(pane, Type::UInt8).contains(QLatin1String("press Back to Live to edit")));
        QVERIFY(!pane->model()->setData(pane->model()->valueIndex(Type::UInt8), QStringLiteral("7")));
        QCOMPARE(bytesOf(m_segment.id()).at(0), char(0xff));
        tab->timeSlider()->goLive();
        QCOMPARE(value(pane, Type::UInt8), QStringLiteral("255"));
        QCOMPARE(tab->document()->undoStack()->count(), 0);
    }

    void aReadOnlyAttachRefusesEdits()
    {
        SegmentTab *tab = open(Attachment::Mode::ReadOnly);
        QVERIFY(tab);
        DataInspectorPane *pane = tab->dataInspector();
        const QString refusal = QStringLiteral("Segment %1 is attached read-only: attach it read-write to edit.")
                                    .arg(m_segment.id());
        QCOMPARE(refusalOnF2(pane, Type::Int32), refusal);
        QCOMPARE(tab->messageBar()->text(), refusal);
        QVERIFY(!(pane->model()->valueIndex(Type::Int32).flags() & Qt::ItemIsEditable));
        QVERIFY(!pane->model()->setData(pane->model()->valueIndex(Type::Int32), QStringLiteral("1")));
        QCOMPARE(bytesOf(m_segment.id()), QByteArray(Size, '\0'));
    }

    // The normal window on a 1280x720 screen with its docks: the struct pane keeps its rows whole (none cut
    // to "…"), the inspector below it shows its header and rows (the rest scroll), and a bookmark's pane, when
    // one comes, takes a share of the inspector's room without folding it shut; the window stays on the screen.
    void aBookmarkLeavesTheInspectorItsRows()
    {
        QScreen *projector = guitest::screenNamed(QStringLiteral("projector"));
        if (!projector)
            QSKIP("the offscreen platform was not given tests/data/screens.json's projector");
        // One st_pid record, 56 bytes, as in the lesson: pid 4242, "Alice".
        SegmentGuard record;
        QVERIFY(record.create(testutils::uniqueKey(92), 56, 0600));
        QVERIFY(testutils::poke(record.id(), 0, QByteArray::fromHex("92100000416c696365")));
        m_window.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->setScreen(projector);
        m_window->move(projector->geometry().topLeft());
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        SegmentTab *tab = m_window->attachSegment(record.id(), Attachment::Mode::ReadWrite);
        const auto detach = qScopeGuard([this] { m_window.reset(); }); // before the record goes
        auto *calls = m_window->findChild<QWidget *>(QStringLiteral("callLogDock"));
        QVERIFY(calls && calls->isVisible());
        QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("detailsDock"))->isVisible());
        QVERIFY(tab);
        QTRY_COMPARE(tab->structPane()->model()->index(1, app::StructModel::ValueColumn).data().toString(),
                     QStringLiteral("Alice"));
        QVERIFY(tab->bookmarkPane()->model()->add({QStringLiteral("names"), 4, 5, QStringLiteral("#27ae60")}).ok());
        QTRY_VERIFY(tab->bookmarkPane()->isVisible());
        DataInspectorPane *pane = tab->dataInspector();
        QTreeView *fields = tab->structPane()->view();
        const auto problems = [&] {
            QStringList found;
            if (!pane->isVisible() || pane->height() <= 0)
                return QStringLiteral("the inspector is hidden or shut (%1 px)").arg(pane->height());
            const int rowHeight = pane->view()->verticalHeader()->defaultSectionSize();
            // 720 lines with the call log and the details leave the side about 270 px: the fields' three rows
            // and the bookmark's row whole, the inspector's header and its first row, the rest scrolling.
            if (pane->view()->viewport()->height() < rowHeight)
                found << QStringLiteral("the inspector shows %1 px of rows, less than one of %2 px")
                             .arg(pane->view()->viewport()->height())
                             .arg(rowHeight);
            if (!pane->view()->horizontalHeader()->isVisible() || pane->view()->horizontalHeader()->height() <= 0)
                found << QStringLiteral("the inspector's header is not shown");
            if (m_window->height() > 720)
                found << QStringLiteral("the window is %1 px high, taller than the screen").arg(m_window->height());
            if (tab->bookmarkPane()->height() < 2 * rowHeight)
                found << QStringLiteral("the bookmarks have %1 px").arg(tab->bookmarkPane()->height());
            found << fieldProblems(fields);
            found.removeAll(QString());
            return found.join(QLatin1Char('\n'));
        };
        const bool settled = QTest::qWaitFor([&] { return problems().isEmpty(); });
        if (const QByteArray folder = qgetenv("SHMSCOPE_SHOTS"); !folder.isEmpty())
            m_window->grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/inspector-bookmark.png"));
        QVERIFY2(settled, qPrintable(problems()));
    }

    void presentationShowsEveryRowWhole_data()
    {
        QTest::addColumn<int>("zoom");
        QTest::addColumn<QString>("language");
        QTest::newRow("150%") << 150 << QStringLiteral("en");
        QTest::newRow("200%") << 200 << QStringLiteral("en");
        QTest::newRow("200% Chinese") << 200 << QStringLiteral("zh");
    }

    void presentationShowsEveryRowWhole()
    {
        QFETCH(int, zoom);
        QFETCH(QString, language);
        QScreen *projector = guitest::screenNamed(QStringLiteral("projector"));
        if (!projector)
            QSKIP("the offscreen platform was not given tests/data/screens.json's projector");
        core::Translations::instance().use(language == QStringLiteral("zh") ? core::Translations::Language::SimplifiedChinese
                                                                           : core::Translations::Language::English);
        const auto english = qScopeGuard([] { core::Translations::instance().use(core::Translations::Language::English); });
        // Among the widest values the rows show: at 0, a double of 22 characters (st_pid's pid 4242 and
        // "Alic"); at 16, a uint64 of 20 digits and a double of 23 characters.
        QVERIFY(testutils::poke(m_segment.id(), 0, QByteArray::fromHex("92100000416c696365")));
        QVERIFY(testutils::poke(m_segment.id(), 16, QByteArray::fromHex("ffffffffffffffa3")));
        m_window.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->setScreen(projector);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        SegmentTab *tab = m_window->attachSegment(m_segment.id(), Attachment::Mode::ReadOnly);
        QVERIFY(tab);
        m_window->setPresentation(true);
        m_window->setZoom(zoom);
        QTRY_COMPARE(m_window->geometry(), projector->geometry());
        DataInspectorPane *pane = tab->dataInspector();
        QTRY_COMPARE(value(pane, Type::Int32), QStringLiteral("4242"));
        QCOMPARE(value(pane, Type::Double), QStringLiteral("7.675595529187525e+170"));
        QTreeView *fields = tab->structPane()->view();
        const auto problems = [&] {
            QStringList found;
            if (!pane->isVisible())
                return QStringLiteral("the inspector is hidden");
            QTableView *view = pane->view();
            for (int at = 0; at < core::ByteInterpreter::TypeCount; ++at) {
                for (const QModelIndex &cell : {pane->model()->typeIndex(Type(at)), pane->model()->valueIndex(Type(at))})
                    found << guitest::cellProblem(view, cell);
            }
            if (!m_window->rect().contains(QRect(pane->mapTo(m_window.get(), QPoint()), pane->size())))
                found << QStringLiteral("the pane leaves the window");
            // The record's fields whole beside it (tst_presentation checks them and the bytes at every zoom).
            found << fieldProblems(fields);
            found.removeAll(QString());
            return found.join(QLatin1Char('\n'));
        };
        bool settled = QTest::qWaitFor([&] { return problems().isEmpty(); });
        // With SHMSCOPE_SHOTS set to a folder, the window as it looks, for a person to see.
        if (const QByteArray folder = qgetenv("SHMSCOPE_SHOTS"); !folder.isEmpty())
            m_window->grab().save(QString::fromLocal8Bit(folder)
                                  + QStringLiteral("/inspector-presentation-%1-%2.png").arg(zoom).arg(language));
        QVERIFY2(settled, qPrintable(problems()));
        tab->hexView()->setCursorOffset(16);
        QTRY_COMPARE(value(pane, Type::UInt64), QStringLiteral("11817445422220181503"));
        QCOMPARE(value(pane, Type::Double), QStringLiteral("-2.7516420536594792e-135"));
        settled = QTest::qWaitFor([&] { return problems().isEmpty(); });
        QVERIFY2(settled, qPrintable(problems()));
        QVERIFY(tab->structPane()->isVisible());
        m_window->setPresentation(false);
        QCOMPARE(pane->model()->columnCount(), 2);
    }

private:
    // The tab of the segment, live, with its first tick read.
    SegmentTab *open(Attachment::Mode mode)
    {
        SegmentTab *tab = m_window->attachSegment(m_segment.id(), mode);
        if (!tab)
            return nullptr;
        if (!QTest::qWaitFor([tab] { return tab->document()->window().size() > 0; }))
            return nullptr;
        return tab;
    }

    static int Int(Type type) { return int(type); }

    // Each cell of the struct pane's rows that is not whole (guitest::cellProblem), one a line.
    static QStringList fieldProblems(const QTreeView *fields)
    {
        QStringList found;
        for (QModelIndex row = fields->model()->index(0, 0); row.isValid(); row = fields->indexBelow(row)) {
            for (int column = 0; column < app::StructModel::ColumnCount; ++column) {
                if (!fields->isColumnHidden(column))
                    found << guitest::cellProblem(fields, row.siblingAtColumn(column));
            }
        }
        return found;
    }

    static QString value(DataInspectorPane *pane, Type type)
    {
        return pane->model()->valueIndex(type).data().toString();
    }

    static QStringList column(DataInspectorPane *pane, int which)
    {
        QStringList texts;
        for (int at = 0; at < core::ByteInterpreter::TypeCount; ++at) {
            const QModelIndex index = which == 0 ? pane->model()->typeIndex(Type(at)) : pane->model()->valueIndex(Type(at));
            texts << index.data().toString();
        }
        return texts;
    }

    // As a user does: the row picked, F2, the text typed into the editor, Enter.
    static void typeValue(DataInspectorPane *pane, Type type, const QString &text)
    {
        QTableView *view = pane->view();
        view->setFocus();
        view->setCurrentIndex(pane->model()->typeIndex(type));
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor, "no editor opened");
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits the text and closes the editor from the event loop.
        QTRY_VERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    }

    // F2 on a row whose value may not be edited: no editor, the message the tab shows.
    static QString refusalOnF2(DataInspectorPane *pane, Type type)
    {
        QTableView *view = pane->view();
        view->setFocus();
        view->setCurrentIndex(pane->model()->typeIndex(type));
        QTest::keyClick(view, Qt::Key_F2);
        if (qobject_cast<QLineEdit *>(QApplication::focusWidget()))
            return QStringLiteral("an editor opened");
        QWidget *tab = pane;
        while (tab && !qobject_cast<SegmentTab *>(tab))
            tab = tab->parentWidget();
        return tab ? static_cast<SegmentTab *>(tab)->messageBar()->text() : QStringLiteral("no tab");
    }

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
    SegmentGuard m_segment;
};

int main(int argc, char **argv)
{
    // A 1280x720 projector among the offscreen screens (tests/data/screens.json), as tst_presentation has.
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" SHMSCOPE_TEST_DATA "/screens.json");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
    TestDataInspector test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_datainspector.moc"
