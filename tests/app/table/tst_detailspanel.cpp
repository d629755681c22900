// The Details panel of the real window, offscreen, against the real kernel: refreshes that change what it
// shows (another program writing into the segment) leave the reader where they were, their selection too; a
// language switch in the middle of a refresh neither moves them nor crashes.

#include "app/guitest.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/segment/segmenttab.h"
#include "app/structs/structmodel.h"
#include "app/structs/structpane.h"
#include "app/table/detailspanel.h"
#include "app/table/refreshcontroller.h"
#include "app/table/segmenttablemodel.h"
#include "testutils.h"

#include <QAction>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextCursor>

using app::DetailsPanel;
using app::LanguageManager;
using app::MainWindow;
using app::SegmentTableModel;
using testutils::SegmentGuard;

namespace {

// Pages of the segment: one more becomes resident with each refresh, so each one changes the panel.
constexpr int Pages = 16;

// Runs one refresh to its end: the scan, then its merge into the window.
bool refreshOnce(MainWindow &window)
{
    app::RefreshController *refresh = window.refreshController();
    QSignalSpy scanned(refresh, &app::RefreshController::scanned);
    refresh->refreshNow();
    return scanned.wait(10000) || scanned.count() > 0;
}

} // namespace

class TestDetailsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void placeAndSelectionSurviveTenRefreshes();
    void anotherSegmentStartsAtTheTop();
    void languageSwitchDuringRefreshes();

private:
    // The window with the segment selected and the panel too short for its text, refresh paused so that the
    // test drives each one.
    [[nodiscard]] bool openWindow();
    [[nodiscard]] DetailsPanel *panel() const { return m_window->findChild<DetailsPanel *>(); }

    SegmentGuard m_segment;
    std::unique_ptr<MainWindow> m_window;
};

void TestDetailsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDetailsPanel::init()
{
    QVERIFY2(m_segment.create(testutils::uniqueKey(40), size_t(Pages * testutils::pageSize())),
             std::strerror(errno));
    QVERIFY(openWindow());
}

void TestDetailsPanel::cleanup()
{
    m_window.reset();
    m_segment.reset();
    LanguageManager::instance()->setChoice(LanguageManager::Choice::System);
}

bool TestDetailsPanel::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    // Short, so that the panel scrolls; but no shorter than the window's least height with a segment's tab
    // open (its fields, data inspector and bookmarks stacked): a window below it grows when a tab's panes lay
    // out again (a language switch), and the panel's place moves with it.
    m_window->resize(900, 560);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    m_window->findChild<QAction *>(QStringLiteral("actionPause"))->setChecked(true);
    if (!QTest::qWaitFor([this] { return !m_window->refreshController()->isScanning(); }))
        return false;
    return guitest::selectSegment(*m_window, m_segment.id()) && panel()->toPlainText().contains(QString::number(m_segment.id()));
}

// Another program writes into the segment between refreshes (its attach and detach, and one more resident
// page each time): every refresh brings the panel new text, and the reader stays on the lines they scrolled
// to, with the words they selected still selected.
void TestDetailsPanel::placeAndSelectionSurviveTenRefreshes()
{
    DetailsPanel *details = panel();
    QScrollBar *bar = details->verticalScrollBar();
    QVERIFY2(bar->maximum() > 2, "the panel must be too short for its text for this test to mean anything");
    QTextCursor selection = details->document()->find(QStringLiteral("Attached processes"));
    QVERIFY(!selection.isNull());
    details->setTextCursor(selection);
    const int place = bar->maximum() / 2;
    bar->setValue(place);

    QString before = details->toPlainText();
    for (int refresh = 1; refresh <= 10; ++refresh) {
        QVERIFY(testutils::poke(m_segment.id(), quint64(refresh) * testutils::pageSize(), QByteArray("x")));
        QVERIFY(refreshOnce(*m_window));
        const QString now = details->toPlainText();
        QVERIFY2(now != before, qPrintable(QStringLiteral("refresh %1 did not change the panel").arg(refresh)));
        before = now;
        QCOMPARE(bar->value(), place);
        QCOMPARE(details->textCursor().selectedText(), QStringLiteral("Attached processes"));
    }
}

// Selecting another segment shows its details from their first line.
void TestDetailsPanel::anotherSegmentStartsAtTheTop()
{
    SegmentGuard other;
    QVERIFY2(other.create(testutils::uniqueKey(41), 4096), std::strerror(errno));
    QScrollBar *bar = panel()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    QVERIFY(refreshOnce(*m_window));
    QVERIFY(guitest::selectSegment(*m_window, other.id()));
    QVERIFY(panel()->toPlainText().contains(QStringLiteral("Segment %1").arg(other.id())));
    QCOMPARE(bar->value(), 0);
}

// The language switches while a scan runs, ten times, the timer running too, with the segment attached in a
// tab (its struct pane lays st_pid out again in each language): the panel speaks the new language, the reader
// keeps their place, and nothing crashes.
void TestDetailsPanel::languageSwitchDuringRefreshes()
{
    app::SegmentTab *tab = m_window->attachSegment(m_segment.id(), core::Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    const app::StructModel *fields = tab->structPane()->model();
    DetailsPanel *details = panel();
    QScrollBar *bar = details->verticalScrollBar();
    QVERIFY(bar->maximum() > 2);
    const int place = bar->maximum() / 2;
    bar->setValue(place);
    app::RefreshController *refresh = m_window->refreshController();
    refresh->setIntervalMs(app::RefreshController::MinimumIntervalMs);
    m_window->findChild<QAction *>(QStringLiteral("actionPause"))->setChecked(false);

    QSignalSpy scanned(refresh, &app::RefreshController::scanned);
    for (int round = 0; round < 10; ++round) {
        const int scansBefore = int(scanned.count());
        refresh->refreshNow();
        QVERIFY(refresh->isScanning()); // on a pool thread, its result not yet handed out
        const bool chinese = round % 2 == 0;
        LanguageManager::instance()->setChoice(chinese ? LanguageManager::Choice::SimplifiedChinese
                                                       : LanguageManager::Choice::English);
        QTRY_VERIFY(scanned.count() > scansBefore);
        // Literal words of each language's details (the Chinese from the .ts the lead keeps).
        QTRY_VERIFY2(details->toPlainText().contains(chinese ? QStringLiteral("段 %1").arg(m_segment.id())
                                                             : QStringLiteral("Segment %1").arg(m_segment.id())),
                     qPrintable(details->toPlainText()));
        QCOMPARE(bar->value(), place);
        QCOMPARE(fields->index(0, app::StructModel::DescriptionColumn).data().toString(),
                 chinese ? QStringLiteral("进程编号") : QStringLiteral("process id"));
    }
}

QTEST_MAIN(TestDetailsPanel)
#include "tst_detailspanel.moc"
