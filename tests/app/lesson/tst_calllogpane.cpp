// The call log pane of the real window, offscreen, against the real kernel: what the user does with the
// mouse comes out as C calls with their results and shell equivalents, and what other processes do comes
// out as lifecycle events between refreshes.

#include "app/guitest.h"
#include "app/lesson/calllogmodel.h"
#include "app/lesson/calllogpane.h"
#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/table/refreshcontroller.h"
#include "app/table/segmenttablemodel.h"
#include "testutils.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QComboBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using app::CallLogModel;
using app::MainWindow;
using app::SegmentTableModel;
using guitest::action;
using guitest::whenModalShows;
using testutils::SegmentGuard;

namespace {

// The log's statements (calls and events), oldest first.
QStringList statements(const MainWindow &window)
{
    QStringList lines;
    for (const core::CallRecord &record : window.callLog()->model()->records())
        lines << record.statement();
    return lines;
}

QStringList callsOnly(const MainWindow &window)
{
    QStringList lines;
    for (const core::CallRecord &record : window.callLog()->model()->records()) {
        if (record.kind == core::CallRecord::Kind::Call)
            lines << record.statement();
    }
    return lines;
}

const core::CallRecord *findRecord(const MainWindow &window, const QString &startsWith)
{
    for (const core::CallRecord &record : window.callLog()->model()->records()) {
        if (record.statement().startsWith(startsWith))
            return &record;
    }
    return nullptr;
}

bool logHas(const MainWindow &window, const QString &startsWith)
{
    return findRecord(window, startsWith) != nullptr;
}

} // namespace

class TestCallLogPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { guitest::removeModalPolls(); }

    void pointAndClickComesOutAsC();
    void refusedRemoveShowsErrno();
    void refreshReadsAreNotLogged();
    void othersShowAsLifecycleEvents();
    void aBurstOfEventsIsCounted();
    void copyClearAndSave();
    void saveToAFolderThatIsNotThereSaysSo();
    void newRowsAreFollowedUnlessScrolledUp();
    void longLinesWrapInsteadOfBeingCut();
};

void TestCallLogPane::pointAndClickComesOutAsC()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const key_t key = testutils::uniqueKey(1);
    const QString keyText = QString::asprintf("%#x", unsigned(key)); // as C's printf writes it

    SegmentGuard guard;
    whenModalShows([key](QWidget *dialog) {
        guitest::fillDialog(dialog, QStringLiteral("0x%1").arg(uint(key), 0, 16), QStringLiteral("56"),
                            QStringLiteral("640"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    action(window, "actionNewSegment")->trigger();
    const int shmid = shmget(key, 0, 0);
    QVERIFY2(shmid >= 0, "the dialog did not create the segment");
    guard.adopt(shmid);
    QCOMPARE(callsOnly(window),
             QStringList{QStringLiteral("shmget(%1, 56, 0640|IPC_CREAT|IPC_EXCL) = %2").arg(keyText).arg(shmid)});

    QVERIFY(guitest::selectSegment(window, shmid));
    action(window, "actionAttach")->trigger();
    QTRY_VERIFY(logHas(window, QStringLiteral("shmat(%1, NULL, SHM_RDONLY) = 0x").arg(shmid)));
    const core::CallRecord *attach = findRecord(window, QStringLiteral("shmat(%1,").arg(shmid));
    const QString address = attach->result;

    action(window, "actionDetach")->trigger();
    QVERIFY(logHas(window, QStringLiteral("shmdt(%1) = 0").arg(address)));

    whenModalShows(guitest::clickDestructive);
    QVERIFY(guitest::selectSegment(window, shmid));
    action(window, "actionRemoveSegment")->trigger();
    const core::CallRecord *removal = findRecord(window, QStringLiteral("shmctl(%1, IPC_RMID, NULL) = 0").arg(shmid));
    QVERIFY(removal);
    QCOMPARE(removal->shell, QStringLiteral("ipcrm -m %1").arg(shmid));
    guard.reset();

    // The calls in the order they were made, and nothing else (IPC_STAT comes with the attach).
    QCOMPARE(callsOnly(window),
             QStringList({QStringLiteral("shmget(%1, 56, 0640|IPC_CREAT|IPC_EXCL) = %2").arg(keyText).arg(shmid),
                          QStringLiteral("shmat(%1, NULL, SHM_RDONLY) = %2").arg(shmid).arg(address),
                          QStringLiteral("shmctl(%1, IPC_STAT, &ds) = 0").arg(shmid),
                          QStringLiteral("shmdt(%1) = 0").arg(address),
                          QStringLiteral("shmctl(%1, IPC_RMID, NULL) = 0").arg(shmid)}));
    // Each line carries its time; the view shows as many rows as the model holds.
    auto *view = window.findChild<QTableView *>(QStringLiteral("callLogView"));
    QCOMPARE(view->model()->rowCount(), window.callLog()->model()->rowCount());
    // Each shell equivalent on its own call's row, as the view shows them; none for the calls no shell
    // command makes (a keyed shmget: ipcmk cannot choose the key; shmat; shmdt).
    QStringList rows;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, CallLogModel::StatementColumn);
        const QString statement = index.data().toString();
        if (index.data(CallLogModel::KindRole).toInt() == int(core::CallRecord::Kind::Call))
            rows << statement.section(QLatin1Char('('), 0, 0) + QStringLiteral(" | ") +
                        view->model()->index(row, CallLogModel::ShellColumn).data().toString();
    }
    QCOMPARE(rows,
             QStringList({QStringLiteral("shmget | "), QStringLiteral("shmat | "),
                          QStringLiteral("shmctl | ipcs -m -i %1").arg(shmid), QStringLiteral("shmdt | "),
                          QStringLiteral("shmctl | ipcrm -m %1").arg(shmid)}));
    QVERIFY(view->model()->index(0, CallLogModel::TimeColumn).data().toString().contains(QLatin1Char(':')));
}

// The kernel's refusal with its errno, as the lesson's perror would print it.
void TestCallLogPane::refusedRemoveShowsErrno()
{
    if (geteuid() != 0)
        QSKIP("needs root: the window must run as another user (seteuid) to be refused IPC_RMID");
    SegmentGuard guard;
    QVERIFY(guard.create(testutils::uniqueKey(2), 56, 0666));
    MainWindow window;
    window.show();
    QTRY_VERIFY(window.segmentModel()->rowOfShmid(guard.id()) >= 0);
    QVERIFY(guitest::selectSegment(window, guard.id()));

    whenModalShows(guitest::clickDestructive);
    QCOMPARE(seteuid(65534), 0);
    action(window, "actionRemoveSegment")->trigger();
    QCOMPARE(seteuid(0), 0);
    const QString expected = QStringLiteral("shmctl(%1, IPC_RMID, NULL) = -1 EPERM (%2)")
                                 .arg(guard.id())
                                 .arg(QString::fromLocal8Bit(strerror(EPERM)));
    QVERIFY2(statements(window).contains(expected), qPrintable(statements(window).join(QLatin1Char('\n'))));
    QVERIFY(testutils::shmStat(guard.id()).has_value()); // still there
}

void TestCallLogPane::refreshReadsAreNotLogged()
{
    SegmentGuard guard;
    QVERIFY(guard.create(testutils::uniqueKey(3), 56, 0600));
    MainWindow window;
    window.refreshController()->setIntervalMs(100);
    QSignalSpy scans(window.refreshController(), &app::RefreshController::scanned);
    QTRY_VERIFY(scans.count() >= 5);
    QCOMPARE(callsOnly(window), QStringList());
    // The pane says so, for the student who wonders why the timer's reads are missing.
    auto *note = window.findChild<QLabel *>(QStringLiteral("callLogNote"));
    QVERIFY(note->text().contains(QStringLiteral("not listed")));
}

void TestCallLogPane::othersShowAsLifecycleEvents()
{
    MainWindow window;
    window.refreshController()->setIntervalMs(100);
    QSignalSpy scans(window.refreshController(), &app::RefreshController::scanned);
    QTRY_VERIFY(scans.count() >= 1);

    // Another process does all of it: the window only watches.
    const key_t key = testutils::uniqueKey(4);
    const QString keyText = QString::asprintf("0x%08x", unsigned(key)); // as ipcs writes it
    SegmentGuard guard;
    QVERIFY(guard.create(key, 56, 0640));
    const int id = guard.id();
    QTRY_VERIFY(logHas(window, QStringLiteral("Created: segment %1 (key %2").arg(id).arg(keyText)));

    testutils::AttachedPeer peer;
    QVERIFY(peer.start(id, false));
    QTRY_VERIFY(logHas(window, QStringLiteral("Segment %1: nattch 0 → 1").arg(id)));

    QCOMPARE(shmctl(id, IPC_RMID, nullptr), 0);
    QTRY_VERIFY(logHas(window, QStringLiteral("Segment %1 (key %2) was removed (IPC_RMID)").arg(id).arg(keyText)));

    peer.stop();
    QTRY_VERIFY(logHas(window, QStringLiteral("Segment %1 (key %2) was destroyed").arg(id).arg(keyText)));
    guard.reset();
    QCOMPARE(callsOnly(window), QStringList());
    for (const core::CallRecord &record : window.callLog()->model()->records())
        QVERIFY(record.time.isValid());
}

void TestCallLogPane::aBurstOfEventsIsCounted()
{
    MainWindow window;
    // Paused, so that exactly one scan sees the whole burst.
    window.refreshController()->setPaused(true);
    QSignalSpy scans(window.refreshController(), &app::RefreshController::scanned);
    QTRY_VERIFY(scans.count() >= 1 && !window.refreshController()->isScanning());
    const int before = int(scans.count());

    constexpr int Burst = MainWindow::MaxEventsPerScan + 30;
    std::vector<std::unique_ptr<SegmentGuard>> guards;
    for (int i = 0; i < Burst; ++i) {
        guards.push_back(std::make_unique<SegmentGuard>());
        QVERIFY(guards.back()->create(IPC_PRIVATE, 1, 0600));
    }
    window.refreshController()->refreshNow();
    QTRY_COMPARE(scans.count(), before + 1);
    const QStringList lines = statements(window);
    QCOMPARE(lines.size(), int(MainWindow::MaxEventsPerScan) + 1);
    QVERIFY2(lines.last().contains(QStringLiteral("… and 30 more changes since the last refresh")),
             qPrintable(lines.last()));
}

void TestCallLogPane::copyClearAndSave()
{
    MainWindow window;
    core::CallLog::event(QStringLiteral("first"));
    core::CallLog::succeeded(QStringLiteral("shmdt(0x1000)"), QStringLiteral("0"));
    app::CallLogPane *pane = window.callLog();
    QCOMPARE(pane->model()->rowCount(), 2);

    pane->copy();
    const QStringList copied = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(copied.size(), 2);
    QVERIFY(copied.at(0).endsWith(QStringLiteral("  first")));
    QVERIFY(copied.at(1).endsWith(QStringLiteral("  shmdt(0x1000) = 0")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calls.txt"));
    QVERIFY(pane->saveTo(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts), copied);

    window.findChild<QAbstractButton *>(QStringLiteral("callLogClear"))->click();
    QCOMPARE(pane->model()->rowCount(), 0);
}

void TestCallLogPane::saveToAFolderThatIsNotThereSaysSo()
{
    MainWindow window;
    core::CallLog::event(QStringLiteral("kept"));
    app::CallLogPane *pane = window.callLog();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/calls.txt"));
    QVERIFY(!pane->saveTo(path));
    QVERIFY(!QFile::exists(path));
    auto *bar = pane->findChild<app::MessageBar *>();
    QVERIFY2(bar->text().contains(path), qPrintable(bar->text()));
    QCOMPARE(pane->model()->rowCount(), 1); // nothing lost
}

// The log keeps its newest row in view while the reader is at the bottom, also once its dock is made shorter
// (which used to stop the following); scrolled up, the reader stays on their rows through ten refreshes that
// log more; back at the bottom, the following starts again. The rows are the lifecycle events of real
// segments made between refreshes.
void TestCallLogPane::newRowsAreFollowedUnlessScrolledUp()
{
    MainWindow window;
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    app::RefreshController *refresh = window.refreshController();
    refresh->setPaused(true);
    QSignalSpy scans(refresh, &app::RefreshController::scanned);
    QTRY_VERIFY(!refresh->isScanning());
    auto *view = window.callLog()->findChild<QTableView *>(QStringLiteral("callLogView"));
    QScrollBar *bar = view->verticalScrollBar();

    std::vector<std::unique_ptr<SegmentGuard>> guards;
    // Five segments made, then a refresh: five more rows.
    const auto refreshWithNewRows = [&] {
        for (int i = 0; i < 5; ++i) {
            guards.push_back(std::make_unique<SegmentGuard>());
            if (!guards.back()->create(IPC_PRIVATE, 1, 0600))
                return false;
        }
        const qsizetype before = scans.count();
        refresh->refreshNow();
        return QTest::qWaitFor([&] { return scans.count() > before; }, 10000);
    };
    for (int i = 0; i < 20 && bar->maximum() < 5; ++i)
        QVERIFY(refreshWithNewRows());
    QVERIFY2(bar->maximum() >= 5, "the log must hold more rows than it shows");
    QCOMPARE(bar->value(), bar->maximum());

    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("callLogDock"));
    const int height = dock->height();
    window.resizeDocks({dock}, {height / 2}, Qt::Vertical);
    QTRY_VERIFY(dock->height() < height);
    QVERIFY(refreshWithNewRows());
    QCOMPARE(bar->value(), bar->maximum());

    bar->triggerAction(QAbstractSlider::SliderPageStepSub); // a click above the handle
    const int place = bar->value();
    QVERIFY(place < bar->maximum());
    const int topRow = view->rowAt(0);
    for (int i = 0; i < 10; ++i)
        QVERIFY(refreshWithNewRows());
    QCOMPARE(bar->value(), place);
    QCOMPARE(view->rowAt(0), topRow);

    bar->triggerAction(QAbstractSlider::SliderToMaximum);
    QVERIFY(refreshWithNewRows());
    QCOMPARE(bar->value(), bar->maximum());
}

// A sentence longer than the statement column wraps onto more lines of its row instead of being cut, and
// only the rows on screen are measured: the first of 300 short lines, scrolled away, keeps the default height.
void TestCallLogPane::longLinesWrapInsteadOfBeingCut()
{
    MainWindow window;
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.refreshController()->setPaused(true);
    auto *view = window.callLog()->findChild<QTableView *>(QStringLiteral("callLogView"));
    for (int i = 0; i < 300; ++i)
        core::CallLog::event(QStringLiteral("short line %1").arg(i));
    const QString sentence = QStringLiteral("Segment 0: nattch 2 → 3 (last shmat or shmdt by pid 4242). Attached: "
                                            "shmdemo (pid 4242), shmdemo (pid 4243), shmdemo (pid 4244), shmdemo "
                                            "(pid 4245), shmdemo (pid 4246), shmdemo (pid 4247), shmdemo (pid 4248), "
                                            "shmdemo (pid 4249), shmdemo (pid 4250), shmscope (pid 4251).");
    core::CallLog::event(sentence);
    const int last = view->model()->rowCount() - 1;
    QTRY_COMPARE(view->model()->index(last, CallLogModel::StatementColumn).data().toString(), sentence);

    const QModelIndex cell = view->model()->index(last, CallLogModel::StatementColumn);
    QFont font = view->font();
    if (const QVariant cellFont = cell.data(Qt::FontRole); cellFont.isValid())
        font = cellFont.value<QFont>();
    const QFontMetrics metrics(font);
    const int width = view->columnWidth(CallLogModel::StatementColumn);
    QVERIFY2(metrics.horizontalAdvance(sentence) > width, "the sentence fits on one line: nothing to wrap");
    // At least as many lines as the text is wider than its column, and one more for the words that do not
    // fill a line to its end.
    const int lines = metrics.horizontalAdvance(sentence) / width + 1;
    QTRY_VERIFY2(view->rowHeight(last) >= lines * metrics.lineSpacing(),
                 qPrintable(QStringLiteral("row %1 px, %2 lines of %3 px").arg(view->rowHeight(last)).arg(lines)
                                .arg(metrics.lineSpacing())));
    QTRY_VERIFY(view->viewport()->rect().contains(view->visualRect(cell)));
    QCOMPARE(view->rowHeight(0), view->verticalHeader()->defaultSectionSize());
}

QTEST_MAIN(TestCallLogPane)
#include "tst_calllogpane.moc"
