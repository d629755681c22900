// The hex pane against real segments, offscreen: attach from the window, watch another process's writes
// light up, type into the bytes, undo, and see every refusal in the tab with nothing written.

#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/structs/structpane.h"
#include "app/table/segmenttablemodel.h"
#include "core/kernel/calllog.h"
#include "core/segments/segmentscanner.h"
#include "core/translations.h"
#include "testutils.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cstring>

using app::HexView;
using app::MainWindow;
using app::SegmentDocument;
using app::SegmentTab;
using core::Attachment;
using testutils::Mapping;
using testutils::SegmentGuard;

namespace {

quint64 nattch(int shmid)
{
    const auto ds = testutils::shmStat(shmid);
    return ds ? ds->shm_nattch : ~0ull;
}

// Answers the next question box with `answer`, keeping its text in `question`.
void answerNextQuestion(QMessageBox::StandardButton answer, QString *question)
{
    QTimer::singleShot(0, [answer, question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        *question = box->text();
        box->button(answer)->click();
    });
}

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    [[nodiscard]] int paints() const { return m_paints; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_paints;
        return false;
    }

private:
    int m_paints = 0;
};

} // namespace

class TestHexPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void attachOpensATabAndCountsInNattch();
    void anotherProcessesWritesLightUp();
    void typingHexWritesTheSegment();
    void typingTextWritesTheSegment();
    void undoRestoresAndRedoReapplies();
    void typedRunIsLoggedAsOneWrite();
    void typedRunEndsWhenTheCursorLeavesIt();
    void ownEditsAreNotCountedOthersAre();
    void undoAsksWhenAnotherProcessChangedTheBytes();
    void readOnlyAttachRefusesEdits();
    void notHexIsRefused();
    void editsStopAtTheLastByte();
    void findSelectsTheMatch();
    void goToOffsetRefusesBadInput();
    void jumpsLandMidViewClearOfTheFindBar();
    void attachErrorsShowInTheWindow();
    void removedWhileAttachedStaysReadable();
    void readingTakenAwayIsSaidNotGone();
    void rowsReadAsTextForScreenReaders();
    void rowsReadTheOffsetAsShown();
    void switchedDocumentNoLongerRepaintsTheView();
    void closingATabDestroysTheViewsBeforeTheDocument();
    void quittingDetachesEverything();
    void unprivilegedAttachOffersReadOnly();
    void detachWarnsWhenRmidForced();
    void quitAsksWhenRmidForced();

private:
    SegmentTab *attach(Attachment::Mode mode);
    SegmentTab *typeText(quint64 offset, const QString &text);
    static void goTo(SegmentTab *tab, const QString &text);

    std::unique_ptr<MainWindow> m_window;
    SegmentGuard m_segment;
    static constexpr int Size = 100; // not a multiple of 16, nor of the page
};

// The program installs the English translator at start (core::Translations): it writes the counts.
void TestHexPane::initTestCase()
{
    core::Translations::instance().use(core::Translations::Language::English);
}

void TestHexPane::init()
{
    QVERIFY(m_segment.create(testutils::uniqueKey(30), Size, 0600));
    testutils::Mapping peek(m_segment.id());
    QVERIFY(peek.ok());
    QByteArray pattern(Size, '\0');
    for (int i = 0; i < Size; ++i)
        pattern[i] = char(i);
    peek.fill(0, pattern);
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHexPane::cleanup()
{
    m_window.reset(); // detaches every tab before the segment goes
    m_segment.reset();
}

SegmentTab *TestHexPane::attach(Attachment::Mode mode)
{
    SegmentTab *tab = m_window->attachSegment(m_segment.id(), mode);
    if (tab)
        tab->hexView()->resize(800, 400);
    return tab;
}

// Attaches read-write and types `text` into the text column at `offset`; null when the attach failed.
SegmentTab *TestHexPane::typeText(quint64 offset, const QString &text)
{
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite);
    if (!tab)
        return nullptr;
    tab->hexView()->setCursorArea(HexView::Area::Text);
    tab->hexView()->setCursorOffset(offset);
    QTest::keyClicks(tab->hexView(), text);
    return tab;
}

void TestHexPane::attachOpensATabAndCountsInNattch()
{
    QCOMPARE(nattch(m_segment.id()), 0u);
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    QCOMPARE(m_window->segmentTabs()->count(), 1);
    QVERIFY(m_window->segmentTabs()->tabText(0).contains(QString::number(m_segment.id())));
    QVERIFY(m_window->segmentTabs()->tabText(0).contains(QLatin1String("RO")));
    QCOMPARE(nattch(m_segment.id()), 1u); // the observer effect: our own attach counts
    QCOMPARE(testutils::shmStat(m_segment.id())->shm_lpid, getpid());
    const QString info = tab->findChild<QLabel *>(QStringLiteral("segmentInfo"))->text();
    QVERIFY2(info.contains(QStringLiteral(" · 100 bytes · attached read-only at 0x")), qPrintable(info));
    // The same segment in the same mode again shows the same tab, not a second attach.
    QCOMPARE(m_window->attachSegment(m_segment.id(), Attachment::Mode::ReadOnly), tab);
    QCOMPARE(nattch(m_segment.id()), 1u);

    // Only the bytes on screen are read.
    QVERIFY(quint64(tab->document()->window().size()) <= quint64(tab->hexView()->visibleRowCount()) * 16);
    QCOMPARE(tab->document()->window(), Mapping(m_segment.id()).bytes(0, size_t(tab->document()->window().size())));

    m_window->findChild<QAction *>(QStringLiteral("actionDetach"))->trigger();
    QCOMPARE(m_window->segmentTabs()->count(), 0);
    QCOMPARE(nattch(m_segment.id()), 0u);
}

void TestHexPane::anotherProcessesWritesLightUp()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    SegmentDocument *document = tab->document();
    document->setTickInterval(200);
    QCOMPARE(document->highlightAge(10), -1);

    QVERIFY(testutils::poke(m_segment.id(), 10, QByteArrayLiteral("\xaa\xbb")));
    // Shown by a later tick, marked as changed, and only those two bytes. How soon is bench_hexpane's
    // figure (change latency), not a limit here: a loaded or sanitized build is slower.
    QTRY_VERIFY(document->highlightAge(10) >= 0);
    QVERIFY(document->highlightAge(11) >= 0);
    QCOMPARE(document->highlightAge(9), -1);
    QCOMPARE(document->highlightAge(12), -1);
    QCOMPARE(document->window().mid(10, 2), QByteArrayLiteral("\xaa\xbb"));
    QCOMPARE(document->changeEvents(), 1u);
    QCOMPARE(document->changedBytes(), 2u);
    auto *count = tab->findChild<QLabel *>(QStringLiteral("changeCount"));
    QVERIFY2(count->text().contains(QLatin1String("1 change")), qPrintable(count->text()));
    // The highlight fades: after about two seconds the bytes are plain again.
    QTRY_VERIFY_WITH_TIMEOUT(document->highlightAge(10) >= SegmentDocument::HighlightMs, 5000);
}

void TestHexPane::typingHexWritesTheSegment()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    HexView *view = tab->hexView();
    view->setFocus();
    view->setCursorOffset(4);
    QTest::keyClicks(view, QStringLiteral("4142"));
    QCOMPARE(Mapping(m_segment.id()).bytes(4, 2), QByteArrayLiteral("AB"));
    QCOMPARE(view->cursorOffset(), 6u);
    QCOMPARE(Mapping(m_segment.id()).bytes(6, 1), QByteArray(1, char(6))); // the next byte is untouched
}

void TestHexPane::typingTextWritesTheSegment()
{
    QVERIFY(typeText(20, QStringLiteral("Bob")));
    QCOMPARE(Mapping(m_segment.id()).bytes(20, 3), QByteArrayLiteral("Bob"));
}

// A typed run is one edit: undone at once, as the call log tells it as one write.
void TestHexPane::undoRestoresAndRedoReapplies()
{
    SegmentTab *tab = typeText(30, QStringLiteral("xy"));
    QVERIFY(tab);
    QCOMPARE(Mapping(m_segment.id()).bytes(30, 2), QByteArrayLiteral("xy"));
    tab->hexView()->setCursorOffset(60);
    QTest::keyClicks(tab->hexView(), QStringLiteral("z"));
    QCOMPARE(Mapping(m_segment.id()).bytes(60, 1), QByteArrayLiteral("z"));

    auto *undo = tab->findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = tab->findChild<QAction *>(QStringLiteral("redoAction"));
    undo->trigger();
    QCOMPARE(Mapping(m_segment.id()).bytes(60, 1), QByteArray(1, char(60)));
    QCOMPARE(Mapping(m_segment.id()).bytes(30, 2), QByteArrayLiteral("xy"));
    undo->trigger();
    QCOMPARE(Mapping(m_segment.id()).bytes(30, 2), QByteArray("\x1e\x1f", 2));
    QVERIFY(!tab->document()->undoStack()->canUndo());
    redo->trigger();
    QCOMPARE(Mapping(m_segment.id()).bytes(30, 2), QByteArrayLiteral("xy"));
    redo->trigger();
    QCOMPARE(Mapping(m_segment.id()).bytes(60, 1), QByteArrayLiteral("z"));
}

// Typing "deadbeef" writes each byte as it is typed, for another process to see at once, and the call log
// tells it once: one memcpy of four bytes, in hex as the hex pane shows them.
void TestHexPane::typedRunIsLoggedAsOneWrite()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    HexView *view = tab->hexView();
    view->setFocus();
    view->setCursorOffset(0x10);
    const QString at = QString::asprintf("%#llx", qulonglong(tab->document()->object().address()));
    QSignalSpy logged(&core::CallLog::instance(), &core::CallLog::recorded);
    QTest::keyClicks(view, QStringLiteral("deadbeef"));
    // In the segment already, read back by another program.
    QCOMPARE(testutils::peek(m_segment.id(), 0x10, 5), QByteArray("\xde\xad\xbe\xef\x14", 5));
    // Told once the typing pauses.
    QTRY_COMPARE(logged.count(), 1);
    const auto record = logged.at(0).at(0).value<core::CallRecord>();
    QCOMPARE(record.statement(), QStringLiteral("memcpy(%1 + 0x10, \"\\xde\\xad\\xbe\\xef\", 4)").arg(at));
    QCOMPARE(record.shell, QString());

    // Its undo is one step too, and one line.
    auto *undo = tab->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY2(undo->text().contains(QLatin1String("Type 4 byte")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(testutils::peek(m_segment.id(), 0x10, 4), QByteArray("\x10\x11\x12\x13", 4));
    QVERIFY(!tab->document()->undoStack()->canUndo());
    QCOMPARE(logged.count(), 2);
    QCOMPARE(logged.at(1).at(0).value<core::CallRecord>().statement(),
             QStringLiteral("memcpy(%1 + 0x10, \"\\x10\\x11\\x12\\x13\", 4)").arg(at));
}

// A run ends when the cursor leaves it, when the typing goes on elsewhere and before an undo: each is told
// at once, in the order they were typed.
void TestHexPane::typedRunEndsWhenTheCursorLeavesIt()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    HexView *view = tab->hexView();
    view->setFocus();
    const QString at = QString::asprintf("%#llx", qulonglong(tab->document()->object().address()));
    QSignalSpy logged(&core::CallLog::instance(), &core::CallLog::recorded);
    const auto statement = [&](int i) { return logged.at(i).at(0).value<core::CallRecord>().statement(); };

    view->setCursorOffset(0x20);
    QTest::keyClicks(view, QStringLiteral("41"));
    // Back into the run and typed over: still the same run.
    view->setCursorOffset(0x20);
    QTest::keyClicks(view, QStringLiteral("4243"));
    QCOMPARE(logged.count(), 0);
    view->setCursorOffset(0x30); // left the run
    QCOMPARE(logged.count(), 1);
    QCOMPARE(statement(0), QStringLiteral("memcpy(%1 + 0x20, \"BC\", 2)").arg(at));

    QTest::keyClicks(view, QStringLiteral("44"));
    tab->hexView()->setCursorArea(HexView::Area::Text);
    view->setCursorOffset(0x40);
    QTest::keyClicks(view, QStringLiteral("x"));
    QCOMPARE(logged.count(), 2);
    QCOMPARE(statement(1), QStringLiteral("memcpy(%1 + 0x30, \"D\", 1)").arg(at));
    tab->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(logged.count(), 4); // the run at 0x40, then its undo
    QCOMPARE(statement(2), QStringLiteral("memcpy(%1 + 0x40, \"x\", 1)").arg(at));
    QCOMPARE(statement(3), QStringLiteral("memcpy(%1 + 0x40, \"@\", 1)").arg(at)); // byte 0x40 back

    // Turning to another widget ends it too.
    view->setCursorOffset(0x50);
    QTest::keyClicks(view, QStringLiteral("y"));
    QCOMPARE(logged.count(), 4);
    tab->tickIntervalBox()->setFocus();
    QTRY_VERIFY(!view->hasFocus());
    QCOMPARE(logged.count(), 5);
    QCOMPARE(statement(4), QStringLiteral("memcpy(%1 + 0x50, \"y\", 1)").arg(at));
}

// The change count counts what other processes did; our own typing and its undo are lit apart and not
// counted.
void TestHexPane::ownEditsAreNotCountedOthersAre()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    SegmentDocument *document = tab->document();
    auto *count = tab->findChild<QLabel *>(QStringLiteral("changeCount"));
    const QString unchanged = count->text();
    HexView *view = tab->hexView();
    view->setFocus();
    view->setCursorOffset(0x10);
    QTest::keyClicks(view, QStringLiteral("deadbeef"));
    QVERIFY(document->highlightAge(0x10) >= 0);
    QVERIFY(document->changedByUs(0x10));
    QVERIFY(document->changedByUs(0x13));
    tab->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QVERIFY(document->changedByUs(0x10));
    // Ticks go by: they find nothing that others changed.
    QSignalSpy ticks(document, &SegmentDocument::ticked);
    QTRY_VERIFY(ticks.count() >= 3);
    QCOMPARE(document->changeEvents(), 0u);
    QCOMPARE(document->changedBytes(), 0u);
    QCOMPARE(count->text(), unchanged);

    // Another program writes one of the bytes we typed, and one beside them.
    QVERIFY(testutils::poke(m_segment.id(), 0x13, QByteArrayLiteral("\x77\x78")));
    QTRY_COMPARE(document->changeEvents(), 1u);
    QCOMPARE(document->changedBytes(), 2u);
    QVERIFY(!document->changedByUs(0x13));
    QVERIFY(!document->changedByUs(0x14));
    QVERIFY(document->changedByUs(0x12));
    QVERIFY2(count->text().contains(QLatin1String("1 change")), qPrintable(count->text()));
}

void TestHexPane::undoAsksWhenAnotherProcessChangedTheBytes()
{
    SegmentTab *tab = typeText(40, QStringLiteral("z"));
    QVERIFY(tab);
    QVERIFY(testutils::poke(m_segment.id(), 40, QByteArrayLiteral("Q")));

    struct Question
    {
        quint64 offset;
        QByteArray ours;
        QByteArray now;
    };
    QList<Question> asked;
    bool answer = false;
    tab->document()->setConflictHandler([&](quint64 offset, const QByteArray &ours, const QByteArray &now) {
        asked.append({offset, ours, now});
        return answer;
    });
    auto *undo = tab->findChild<QAction *>(QStringLiteral("undoAction"));
    undo->trigger(); // declined: the other process's byte stays
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).offset, 40u);
    QCOMPARE(asked.at(0).ours, QByteArrayLiteral("z"));
    QCOMPARE(asked.at(0).now, QByteArrayLiteral("Q"));
    QCOMPARE(Mapping(m_segment.id()).bytes(40, 1), QByteArrayLiteral("Q"));
    QVERIFY(!tab->document()->undoStack()->canUndo()); // the declined edit is dropped, not undone twice

    QTest::keyClicks(tab->hexView(), QStringLiteral("w")); // the cursor moved on to 41
    QVERIFY(testutils::poke(m_segment.id(), 41, QByteArrayLiteral("R")));
    answer = true;
    undo->trigger(); // accepted: our undo overwrites theirs
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.at(1).offset, 41u);
    QCOMPARE(Mapping(m_segment.id()).bytes(41, 1), QByteArray(1, char(41)));
}

void TestHexPane::readOnlyAttachRefusesEdits()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    QSignalSpy refused(tab->hexView(), &HexView::editRefused);
    tab->hexView()->setCursorOffset(5);
    QTest::keyClicks(tab->hexView(), QStringLiteral("ff"));
    QCOMPARE(refused.size(), 2);
    QVERIFY(tab->messageBar()->text().contains(QLatin1String("read-only")));
    QCOMPARE(Mapping(m_segment.id()).bytes(5, 1), QByteArray(1, char(5)));
}

void TestHexPane::notHexIsRefused()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    tab->hexView()->setCursorOffset(7);
    QTest::keyClicks(tab->hexView(), QStringLiteral("g"));
    QVERIFY2(tab->messageBar()->text().contains(QLatin1String("not a hex digit")), qPrintable(tab->messageBar()->text()));
    QCOMPARE(Mapping(m_segment.id()).bytes(7, 1), QByteArray(1, char(7)));
    tab->hexView()->setCursorArea(HexView::Area::Text);
    // QTest types ASCII only; a key event carries what a keyboard layout would send.
    QKeyEvent accented(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QStringLiteral("é"));
    QApplication::sendEvent(tab->hexView(), &accented);
    QVERIFY(tab->messageBar()->text().contains(QLatin1String("ASCII")));
    QCOMPARE(Mapping(m_segment.id()).bytes(7, 1), QByteArray(1, char(7)));
}

void TestHexPane::editsStopAtTheLastByte()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    HexView *view = tab->hexView();
    view->setCursorOffset(Size + 50); // clamped to the last byte
    QCOMPARE(view->cursorOffset(), quint64(Size - 1));
    QTest::keyClicks(view, QStringLiteral("11223344"));
    testutils::Mapping peek(m_segment.id());
    QCOMPARE(peek.bytes(Size - 1, 1), QByteArrayLiteral("\x44"));
    QCOMPARE(peek.bytes(Size - 2, 1), QByteArray(1, char(Size - 2)));
    // The page holds more than the segment's 100 bytes; what lies past the size must stay untouched.
    QCOMPARE(peek.bytes(Size, 4096 - Size), QByteArray(4096 - Size, '\0'));
}

void TestHexPane::findSelectsTheMatch()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    tab->showFindBar();
    auto *text = tab->findChild<QLineEdit *>(QStringLiteral("findText"));
    text->setText(QStringLiteral("30 31 32"));
    tab->findNext(); // searches in the background
    QTRY_COMPARE(tab->hexView()->selectionStart(), 0x30u);
    QCOMPARE(tab->hexView()->selectionLength(), 3u);
    text->setText(QStringLiteral("3 1"));
    tab->findNext();
    QVERIFY2(tab->messageBar()->text().contains(QLatin1String("whole bytes")), qPrintable(tab->messageBar()->text()));
    text->setText(QStringLiteral("ff ee"));
    tab->findNext();
    QTRY_VERIFY(tab->messageBar()->text().contains(QLatin1String("not in the segment")));
}

// Answers the Go to Offset question with `text`.
void TestHexPane::goTo(SegmentTab *tab, const QString &text)
{
    QTimer::singleShot(0, tab, [text] {
        auto *edit = QApplication::activeModalWidget()->findChild<QLineEdit *>();
        edit->setText(text);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    tab->goToOffset();
}

void TestHexPane::goToOffsetRefusesBadInput()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    goTo(tab, QStringLiteral("0x20"));
    QCOMPARE(tab->hexView()->cursorOffset(), 0x20u);
    goTo(tab, QStringLiteral("zebra"));
    QVERIFY(tab->messageBar()->text().contains(QLatin1String("not an offset")));
    goTo(tab, QStringLiteral("100"));
    QVERIFY(tab->messageBar()->text().contains(QLatin1String("past the end")));
    QCOMPARE(tab->hexView()->cursorOffset(), 0x20u);
}

// Where Go to Offset and Find land in a segment of many screens: the row of the target byte whole on screen,
// in the middle of the rows, and never under the find bar, also when the bar opens after the jump.
void TestHexPane::jumpsLandMidViewClearOfTheFindBar()
{
    constexpr quint64 BigSize = 4 * 1024 * 1024;
    constexpr quint64 Needle = 0x300010;
    SegmentGuard big;
    QVERIFY(big.create(testutils::uniqueKey(31), BigSize, 0600));
    {
        Mapping poke(big.id());
        QVERIFY(poke.ok());
        poke.fill(Needle, QByteArrayLiteral("\xab\xcd\xef"));
    }
    m_window->resize(1280, 1400); // a hex view of many rows, so that its middle is far from its edges
    SegmentTab *tab = m_window->attachSegment(big.id(), Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    HexView *view = tab->hexView();
    auto *findBar = tab->findChild<QWidget *>(QStringLiteral("findBar"));
    QVERIFY(findBar);
    QTRY_VERIFY(view->viewport()->height() > 10 * view->fontMetrics().height()); // room for a middle

    // Checks the row of `offset` from what the view shows: its first row on screen and its line height.
    const auto checkRow = [&](quint64 offset, const char *when) {
        const int lineHeight = QFontMetrics(view->font()).height();
        const quint64 row = offset / quint64(view->bytesPerLine());
        QVERIFY2(row >= view->firstVisibleRow(), when);
        const int top = int(row - view->firstVisibleRow()) * lineHeight;
        const QRect rowRect(0, top, view->viewport()->width(), lineHeight);
        const QRect viewport = view->viewport()->rect();
        QVERIFY2(viewport.contains(rowRect), qPrintable(QStringLiteral("%1: row at y %2..%3, viewport 0..%4")
                                                            .arg(QLatin1String(when))
                                                            .arg(rowRect.top())
                                                            .arg(rowRect.bottom())
                                                            .arg(viewport.height())));
        QVERIFY2(std::abs(rowRect.center().y() - viewport.center().y()) <= 2 * lineHeight,
                 qPrintable(QStringLiteral("%1: row centre at y %2, viewport centre at %3")
                                .arg(QLatin1String(when))
                                .arg(rowRect.center().y())
                                .arg(viewport.center().y())));
        if (findBar->isVisible()) {
            const QRect onScreen(view->viewport()->mapToGlobal(rowRect.topLeft()), rowRect.size());
            const QRect bar(findBar->mapToGlobal(QPoint(0, 0)), findBar->size());
            QVERIFY2(!onScreen.intersects(bar), when);
        }
    };

    goTo(tab, QStringLiteral("0x200000"));
    QCOMPARE(view->cursorOffset(), 0x200000u);
    checkRow(0x200000, "after Go to Offset");

    tab->showFindBar();
    QVERIFY(findBar->isVisible());
    QApplication::processEvents(); // any layout pass still to come
    checkRow(0x200000, "after opening the find bar");

    auto *text = tab->findChild<QLineEdit *>(QStringLiteral("findText"));
    text->setText(QStringLiteral("ab cd ef"));
    tab->findNext();
    QTRY_COMPARE(view->selectionStart(), Needle);
    QApplication::processEvents();
    checkRow(Needle, "after Find");

    // At the ends there is nothing to centre on: the first row stays the first, the last row is whole.
    goTo(tab, QStringLiteral("0x10"));
    QCOMPARE(view->firstVisibleRow(), 0u);
    goTo(tab, QString::number(BigSize - 1));
    const quint64 lastRow = (BigSize - 1) / 16;
    const int lineHeight = QFontMetrics(view->font()).height();
    QVERIFY(lastRow >= view->firstVisibleRow());
    QVERIFY(int(lastRow - view->firstVisibleRow() + 1) * lineHeight <= view->viewport()->height());
}

void TestHexPane::attachErrorsShowInTheWindow()
{
    const int gone = m_segment.id();
    m_segment.reset();
    QVERIFY(!m_window->attachSegment(gone, Attachment::Mode::ReadOnly));
    QCOMPARE(m_window->messageBar()->kind(), app::MessageBar::Kind::Error);
    QVERIFY2(m_window->messageBar()->text().contains(QLatin1String("no segment")),
             qPrintable(m_window->messageBar()->text()));
    QCOMPARE(m_window->segmentTabs()->count(), 0);
}

void TestHexPane::removedWhileAttachedStaysReadable()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    QCOMPARE(shmctl(m_segment.id(), IPC_RMID, nullptr), 0);
    QTRY_COMPARE(tab->document()->state(), Attachment::State::Removed);
    QVERIFY(tab->findChild<QLabel *>(QStringLiteral("segmentInfo"))->text().contains(QLatin1String("dest")));
    QCOMPARE(tab->document()->window().left(4), QByteArray("\x00\x01\x02\x03", 4));
}

// The owner's chmod 000 while the window is attached and runs as another user: IPC_STAT is refused, but the
// tab must not call the segment gone. It says why it can no longer follow it, and still shows its bytes.
void TestHexPane::readingTakenAwayIsSaidNotGone()
{
    if (geteuid() != 0)
        QSKIP("needs root: the window must run as another user (seteuid) to be refused IPC_STAT");
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    auto ds = testutils::shmStat(m_segment.id());
    QVERIFY(ds);
    ds->shm_perm.mode = 0;
    QVERIFY2(shmctl(m_segment.id(), IPC_SET, &*ds) == 0, strerror(errno));

    const testutils::AsNobody nobody;
    QVERIFY2(nobody.switched(), strerror(errno));
    QTRY_COMPARE(tab->document()->state(), Attachment::State::NoAccess);
    const QString info = tab->findChild<QLabel *>(QStringLiteral("segmentInfo"))->text();
    QVERIFY2(info.contains(QLatin1String("no longer lets you (uid 65534) read it")), qPrintable(info));
    QVERIFY2(!info.contains(QLatin1String("no longer exists")), qPrintable(info));
    QCOMPARE(tab->messageBar()->kind(), app::MessageBar::Kind::Information);
    QCOMPARE(tab->document()->window().left(4), QByteArray("\x00\x01\x02\x03", 4));
}

void TestHexPane::rowsReadAsTextForScreenReaders()
{
    Mapping(m_segment.id()).fill(16, QByteArrayLiteral("Bob\0"));
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    const QString expected =
        QStringLiteral("00000010: 42 6f 62 00 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f |Bob.............|");
    QCOMPARE(tab->hexView()->rowText(1), expected);
    // What assistive technology asks: the view is a list, and its second item reads as that row.
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(tab->hexView());
    QVERIFY(view);
    QCOMPARE(view->role(), QAccessible::List);
    QCOMPARE(view->text(QAccessible::Name), QStringLiteral("Segment bytes"));
    QVERIFY(view->childCount() >= 2);
    QAccessibleInterface *row = view->child(1);
    QVERIFY(row);
    QCOMPARE(row->role(), QAccessible::ListItem);
    QCOMPARE(row->text(QAccessible::Name), expected);
    QCOMPARE(view->indexOfChild(row), 1);
    QCOMPARE(row->parent(), view);
}

// In a segment of 1 MiB the offsets are 8 digits on screen (the column is never narrower): the screen reader
// hears the same 8.
void TestHexPane::rowsReadTheOffsetAsShown()
{
    SegmentGuard large;
    QVERIFY(large.create(testutils::uniqueKey(34), 1 << 20, 0600));
    Mapping bytes(large.id());
    QVERIFY(bytes.ok());
    bytes.fill(0x10000, QByteArrayLiteral("Bob"));
    SegmentTab *tab = m_window->attachSegment(large.id(), Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    HexView *view = tab->hexView();
    view->resize(800, 400);
    QCOMPARE(view->bytesPerLine(), 16);
    view->verticalScrollBar()->setValue(0x1000); // row 0x1000 starts at 0x10000
    QCOMPARE(view->firstVisibleRow(), 0x1000u);

    QAccessibleInterface *row = QAccessible::queryAccessibleInterface(view)->child(0);
    QVERIFY(row);
    QTRY_COMPARE(
        row->text(QAccessible::Name),
        QStringLiteral("00010000: 42 6f 62 00 00 00 00 00 00 00 00 00 00 00 00 00 |Bob.............|"));
}

// After the view is given another document, the first one's updates no longer reach it.
void TestHexPane::switchedDocumentNoLongerRepaintsTheView()
{
    const auto open = [this]() -> std::unique_ptr<SegmentDocument> {
        auto attached = Attachment::attach(m_segment.id(), Attachment::Mode::ReadOnly);
        if (!attached.ok())
            return nullptr;
        auto document = std::make_unique<SegmentDocument>(std::move(attached.value()));
        document->setPaused(true); // no ticks: the only updates are the ones this test sends
        return document;
    };
    const std::unique_ptr<SegmentDocument> first = open();
    const std::unique_ptr<SegmentDocument> second = open();
    QVERIFY(first && second);

    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *view = new HexView(&window);
    // Marked dirty together with the view, it is painted in the same repaint as the view would be.
    auto *sentinel = new QWidget(&window);
    sentinel->setMinimumSize(50, 50);
    layout->addWidget(view);
    layout->addWidget(sentinel);
    view->setDocument(first.get());
    view->setDocument(second.get());
    window.resize(800, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const PaintCounter viewPaints(view->viewport());
    const PaintCounter sentinelPaints(sentinel);

    // The document shown repaints the view...
    emit second->windowUpdated();
    QTRY_VERIFY(viewPaints.paints() > 0);
    // ... the one it showed before does not.
    const int viewBefore = viewPaints.paints();
    const int sentinelBefore = sentinelPaints.paints();
    emit first->windowUpdated();
    sentinel->update();
    QTRY_VERIFY(sentinelPaints.paints() > sentinelBefore);
    QCOMPARE(viewPaints.paints(), viewBefore);
}

// A tab closed while its document has an edit to undo, bytes changed by another process, and a tick due: the
// views and panes, which point at the document and take its signals, are gone before it is.
void TestHexPane::closingATabDestroysTheViewsBeforeTheDocument()
{
    SegmentTab *tab = typeText(50, QStringLiteral("x"));
    QVERIFY(tab);
    SegmentDocument *document = tab->document();
    QVERIFY(document->undoStack()->canUndo());
    QVERIFY(testutils::poke(m_segment.id(), 60, QByteArrayLiteral("Q")));
    QTRY_VERIFY(document->changeEvents() > 0);
    QVERIFY(!document->isPaused());

    QStringList destroyed;
    const auto record = [this, &destroyed](QObject *object, const QString &name) {
        connect(object, &QObject::destroyed, this, [&destroyed, name] { destroyed << name; });
    };
    record(tab->hexView(), QStringLiteral("hex view"));
    record(tab->structPane(), QStringLiteral("struct pane"));
    record(tab->findChild<QAction *>(QStringLiteral("undoAction")), QStringLiteral("undo action"));
    record(document, QStringLiteral("document"));
    delete tab; // what closing the tab does
    QCOMPARE(destroyed.size(), 4);
    QCOMPARE(destroyed.constLast(), QStringLiteral("document"));
}

void TestHexPane::quittingDetachesEverything()
{
    QVERIFY(attach(Attachment::Mode::ReadOnly));
    QVERIFY(attach(Attachment::Mode::ReadWrite));
    QCOMPARE(m_window->segmentTabs()->count(), 2);
    QCOMPARE(nattch(m_segment.id()), 2u);
    m_window->close();
    m_window.reset();
    QCOMPARE(nattch(m_segment.id()), 0u);
}

namespace {
// The segment the unprivileged run of this test binary works on, handed over by its root parent.
const char *const UnprivilegedShmidVariable = "SHMSCOPE_UNPRIVILEGED_SHMID";
const char *const UnprivilegedHiddenVariable = "SHMSCOPE_UNPRIVILEGED_HIDDEN";
} // namespace

// Permission errors need a user the kernel checks: this test runs itself again as nobody (setpriv) on a
// segment of root's with mode 0604, which others may read but not write.
void TestHexPane::unprivilegedAttachOffersReadOnly()
{
    if (geteuid() == 0) {
        if (const QString reason = testutils::Unprivileged::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        SegmentGuard readable;
        QVERIFY(readable.create(testutils::uniqueKey(31), 64, 0604));
        SegmentGuard hidden;
        QVERIFY(hidden.create(testutils::uniqueKey(32), 64, 0600));
        qputenv(UnprivilegedHiddenVariable, QByteArray::number(hidden.id()));
        testutils::Unprivileged nobody;
        QVERIFY(nobody.prepare(QCoreApplication::applicationFilePath()));
        qputenv(UnprivilegedShmidVariable, QByteArray::number(readable.id()));
        const testutils::Run child = nobody.run({QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                                 QStringLiteral("unprivilegedAttachOffersReadOnly")});
        qunsetenv(UnprivilegedShmidVariable);
        qunsetenv(UnprivilegedHiddenVariable);
        QVERIFY2(child.exitCode == 0 && child.out.contains("PASS   : TestHexPane::unprivilegedAttachOffersReadOnly()"),
                 QByteArray(child.out + child.err).constData());
        return;
    }
    const int shmid = qEnvironmentVariableIntValue(UnprivilegedShmidVariable);
    if (shmid <= 0)
        QSKIP("runs as root, and then runs itself again as nobody");

    QVERIFY(!m_window->attachSegment(shmid, Attachment::Mode::ReadWrite));
    const QString message = m_window->messageBar()->text();
    QVERIFY2(message.contains(QLatin1String("others may not write")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("EACCES")), qPrintable(message));
    auto *offer = m_window->messageBar()->findChild<QPushButton *>(QStringLiteral("messageAction"));
    QVERIFY(offer && offer->isVisible());
    offer->click(); // "Attach Read-Only"
    QCOMPARE(m_window->segmentTabs()->count(), 1);
    auto *tab = qobject_cast<SegmentTab *>(m_window->segmentTabs()->widget(0));
    QVERIFY(!tab->document()->isWritable());

    // Root's mode-0600 segment may not even be read: no offer then.
    const int hidden = qEnvironmentVariableIntValue(UnprivilegedHiddenVariable);
    QVERIFY(!m_window->attachSegment(hidden, Attachment::Mode::ReadOnly));
    QVERIFY2(m_window->messageBar()->text().contains(QLatin1String("others may not read")),
             qPrintable(m_window->messageBar()->text()));
    QVERIFY(!offer->isVisible());
    QCOMPARE(m_window->segmentTabs()->count(), 1);
}

// kernel.shm_rmid_forced is 1 only in the private IPC namespace that the tst_hexpane_rmid_forced entry
// makes (unshare -i); there the last detach destroys a segment, so detaching must ask first.
void TestHexPane::detachWarnsWhenRmidForced()
{
    if (!core::SegmentScanner().limits().rmidForced)
        QSKIP("kernel.shm_rmid_forced is 0 here; ctest runs this again as tst_hexpane_rmid_forced, where it is 1");
    // init() filled its segment through an attach of its own, and that detach destroyed it here: use a fresh one.
    QVERIFY(m_segment.create(testutils::uniqueKey(33), Size));
    QString question;
    answerNextQuestion(QMessageBox::Yes, &question); // nobody has it attached: the attach asks too
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    QVERIFY2(question.contains(QLatin1String("the detach that follows")), qPrintable(question));
    app::SegmentTableModel *model = m_window->segmentModel();
    QTRY_VERIFY(model->segmentAt(model->rowOfShmid(m_segment.id()))
                && model->segmentAt(model->rowOfShmid(m_segment.id()))->nattch == 1);

    answerNextQuestion(QMessageBox::No, &question);
    m_window->findChild<QAction *>(QStringLiteral("actionDetach"))->trigger();
    QVERIFY2(question.contains(QLatin1String("destroys it")), qPrintable(question));
    QCOMPARE(m_window->segmentTabs()->count(), 1); // kept: still attached
    QCOMPARE(nattch(m_segment.id()), 1u);

    answerNextQuestion(QMessageBox::Yes, &question);
    m_window->findChild<QAction *>(QStringLiteral("actionDetach"))->trigger();
    QCOMPARE(m_window->segmentTabs()->count(), 0);
    QVERIFY(!testutils::shmStat(m_segment.id())); // as the warning said: gone with our detach
}

// Quitting (Ctrl+Q) detaches every tab: under kernel.shm_rmid_forced it asks first where that destroys a
// segment, and No keeps the window open and attached.
void TestHexPane::quitAsksWhenRmidForced()
{
    if (!testutils::rmidForced())
        QSKIP("kernel.shm_rmid_forced is 0 here; ctest runs this again as tst_hexpane_rmid_forced, where it is 1");
    // Made by this process, written by another (shmpoke) which detached: nobody has it attached.
    QVERIFY(testutils::createUnattached(m_segment, testutils::uniqueKey(34), QByteArray("left by its writer")));
    const int shmid = m_segment.id();
    QString question;
    answerNextQuestion(QMessageBox::Yes, &question);
    QVERIFY(attach(Attachment::Mode::ReadOnly));
    QCOMPARE(nattch(shmid), 1u);

    QSignalSpy logged(&core::CallLog::instance(), &core::CallLog::recorded);
    answerNextQuestion(QMessageBox::No, &question);
    m_window->findChild<QAction *>(QStringLiteral("actionQuit"))->trigger();
    QVERIFY2(question.contains(QLatin1String("quitting destroys them")), qPrintable(question));
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->segmentTabs()->count(), 1);
    QCOMPARE(nattch(shmid), 1u);
    QVERIFY(testutils::ipcsLists(shmid));
    // The answer's own line; a scan that ends while the question is up may log lifecycle events beside it.
    QStringList answers;
    for (const QList<QVariant> &record : std::as_const(logged)) {
        const QString text = record.at(0).value<core::CallRecord>().text;
        if (text.startsWith(QLatin1String("kernel.shm_rmid_forced")))
            answers << text;
    }
    QCOMPARE(answers,
             QStringList{QStringLiteral("kernel.shm_rmid_forced is 1: you declined, so that our detach does not "
                                        "destroy segment %1.")
                             .arg(shmid)});

    answerNextQuestion(QMessageBox::Yes, &question);
    m_window->findChild<QAction *>(QStringLiteral("actionQuit"))->trigger();
    QVERIFY2(question.contains(QLatin1String("quitting destroys them")), qPrintable(question));
    QVERIFY(!m_window->isVisible());
    m_window.reset(); // what the application does once its last window has closed: every tab detaches
    QVERIFY(!testutils::ipcsLists(shmid));
}

QTEST_MAIN(TestHexPane)
#include "tst_hexpane.moc"
