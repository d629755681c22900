// "Run lesson writer", offscreen, with real shmdemo processes writing into a real segment: two students at
// once, seen in the struct pane and in the lifecycle log; and every refusal, with nothing written.

#include "app/lesson/calllogmodel.h"
#include "app/lesson/calllogpane.h"
#include "app/lesson/lessonwriter.h"
#include "app/lesson/lessonwriterspane.h"
#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/segmenttab.h"
#include "app/structs/structmodel.h"
#include "app/structs/structpane.h"
#include "app/table/refreshcontroller.h"
#include "testutils.h"

#include <QAction>
#include <QDockWidget>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTest>

#include <csignal>
#include <memory>

using app::LessonWriter;
using app::LessonWritersPane;
using app::MainWindow;
using app::StructModel;

namespace {

QString hexKey(key_t key)
{
    return QStringLiteral("0x%1").arg(quint32(key), 0, 16);
}

// The value of a top-level field of the struct pane, by name.
QString fieldValue(const StructModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, StructModel::NameColumn);
        if (index.data().toString() == name)
            return index.siblingAtColumn(StructModel::ValueColumn).data().toString();
    }
    return {};
}

bool logHas(const MainWindow &window, const QString &text)
{
    for (const core::CallRecord &record : window.callLog()->model()->records()) {
        if (record.statement().contains(text))
            return true;
    }
    return false;
}

bool processGone(qint64 pid)
{
    return pid > 0 && kill(pid_t(pid), 0) < 0 && errno == ESRCH;
}

} // namespace

class TestLessonWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void twoWritersShowInTheStructPaneAndTheLifecycleLog();
    void badInputIsRefusedAndNothingStarts_data();
    void badInputIsRefusedAndNothingStarts();
    void sameNameTwiceIsRefused();
    void nameLikeAnOptionIsAName();
    void segmentSmallerThanStPidIsNotWritten();
    void writerKilledMidRunIsReported();
    void closingTheWindowStopsTheWriters();
    void destroyingAWriterDoesNotWaitForIt();
    void outputFollowsUnlessScrolledUp();

private:
    LessonWritersPane *pane() const { return m_window->lessonWriters(); }
    // Removes the segment of m_key, if any: shmdemo made it, no guard of ours holds it.
    void removeLessonSegment() const;

    std::unique_ptr<MainWindow> m_window;
    key_t m_key = 0;
};

void TestLessonWriters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (LessonWriter::program().isEmpty())
        QFAIL("shmdemo is not beside the test executables: the build should have put it in " SHMSCOPE_BIN_DIR);
}

void TestLessonWriters::init()
{
    m_key = testutils::uniqueKey(60);
    removeLessonSegment();
    m_window = std::make_unique<MainWindow>();
    m_window->refreshController()->setIntervalMs(100);
    m_window->show();
}

void TestLessonWriters::cleanup()
{
    m_window.reset(); // stops any writer still running
    removeLessonSegment();
}

void TestLessonWriters::removeLessonSegment() const
{
    const int id = shmget(m_key, 0, 0);
    if (id >= 0)
        shmctl(id, IPC_RMID, nullptr);
}

void TestLessonWriters::twoWritersShowInTheStructPaneAndTheLifecycleLog()
{
    // Periods that are not multiples of each other or of the refresh: the window's samples drift across both
    // writers' writes instead of always catching the same one.
    QVERIFY(pane()->start(QStringLiteral("Alice"), hexKey(m_key), 70));
    QVERIFY(pane()->start(QStringLiteral("Bob"), hexKey(m_key), 130));
    LessonWriter *alice = pane()->writer(QStringLiteral("Alice"));
    LessonWriter *bob = pane()->writer(QStringLiteral("Bob"));
    QTRY_VERIFY(alice->pid() > 0 && bob->pid() > 0);

    // Each prints its calls as C; the pane shows them under its name.
    QTRY_VERIFY(pane()->output().contains(QStringLiteral("[Alice] shmget(")));
    QTRY_VERIFY(pane()->output().contains(QStringLiteral("[Bob] shmget(")));
    QTRY_VERIFY(shmget(m_key, 0, 0) >= 0);
    const int id = shmget(m_key, 0, 0);

    app::SegmentTab *tab = m_window->attachSegment(id, core::Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    const StructModel *fields = tab->structPane()->model();
    // Both write pid and names[] again and again: each one's record shows in turn, pid and name together.
    QTRY_VERIFY_WITH_TIMEOUT(fieldValue(fields, QStringLiteral("names")).startsWith(QStringLiteral("Alice ")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(fieldValue(fields, QStringLiteral("names")).startsWith(QStringLiteral("Bob ")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(fieldValue(fields, QStringLiteral("pid")) == QString::number(alice->pid()), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(fieldValue(fields, QStringLiteral("pid")) == QString::number(bob->pid()), 10000);

    // Their attaches in the lifecycle log, named with their pids.
    QTRY_VERIFY(logHas(*m_window, QStringLiteral("shmdemo (pid %1)").arg(alice->pid())));
    QTRY_VERIFY(logHas(*m_window, QStringLiteral("shmdemo (pid %1)").arg(bob->pid())));

    const qint64 alicePid = alice->pid();
    const qint64 bobPid = bob->pid();
    pane()->stopAll();
    QTRY_VERIFY(!alice->isRunning() && !bob->isRunning());
    QVERIFY(!alice->endedInFailure());
    QVERIFY(!bob->endedInFailure());
    QTRY_VERIFY(pane()->output().contains(QStringLiteral("[Alice] shmdt(")));
    // And their detaches: named when the refresh still saw them attached, or else (both gone before it read
    // /proc, as a slow refresh under ASan finds them) told by nattch and the last shmdt's pid.
    QTRY_VERIFY(logHas(*m_window, QStringLiteral("Detached: shmdemo (pid %1)").arg(alicePid))
                || logHas(*m_window, QStringLiteral("Detached: shmdemo (pid %1), shmdemo (pid %2)").arg(alicePid).arg(bobPid))
                || logHas(*m_window, QStringLiteral("Detached: shmdemo (pid %1), shmdemo (pid %2)").arg(bobPid).arg(alicePid))
                || logHas(*m_window, QStringLiteral("nattch 3 → 1 (last shmat or shmdt by pid %1)").arg(alicePid))
                || logHas(*m_window, QStringLiteral("nattch 3 → 1 (last shmat or shmdt by pid %1)").arg(bobPid)));
    QTRY_VERIFY(logHas(*m_window, QStringLiteral("shmdemo (pid %1)").arg(bobPid)));
}

void TestLessonWriters::badInputIsRefusedAndNothingStarts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("says");

    const QString key = QStringLiteral("KEY");
    QTest::newRow("empty name") << QString() << key << QStringLiteral("The name is empty");
    QTest::newRow("51 bytes") << QString(51, QLatin1Char('x')) << key << QStringLiteral("The name is 51 bytes");
    // 17 Chinese characters are 51 bytes in UTF-8: what names[] counts is bytes.
    QTest::newRow("17 Chinese characters") << QString(17, QChar(0x5b66)) << key
                                           << QStringLiteral("The name is 51 bytes");
    // Renaming every 100 ms for a day numbers it up to "... 863999": 45 bytes leave no room for that.
    QTest::newRow("45 bytes, numbered") << QString(45, QLatin1Char('x')) << key << QStringLiteral("grows to");
    QTest::newRow("key not a number") << QStringLiteral("Alice") << QStringLiteral("lesson") << QStringLiteral("key");
    QTest::newRow("key too wide") << QStringLiteral("Alice") << QStringLiteral("0x123456789")
                                  << QStringLiteral("key");
}

void TestLessonWriters::badInputIsRefusedAndNothingStarts()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QFETCH(QString, says);
    if (key == QLatin1String("KEY"))
        key = hexKey(m_key);

    QVERIFY(!pane()->start(name, key, 100));
    QVERIFY(pane()->writers().isEmpty());
    const QString message = pane()->messageBar()->text();
    QVERIFY2(message.contains(says, Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(pane()->messageBar()->kind(), app::MessageBar::Kind::Error);
    QCOMPARE(shmget(m_key, 0, 0), -1); // nothing was created
}

// A student named "-x": shmdemo takes it as the name, not as an option it does not know.
void TestLessonWriters::nameLikeAnOptionIsAName()
{
    QVERIFY(pane()->start(QStringLiteral("-x"), hexKey(m_key), 100));
    LessonWriter *writer = pane()->writer(QStringLiteral("-x"));
    QVERIFY(writer);
    QTRY_VERIFY(writer->pid() > 0 || writer->endedInFailure());
    QTRY_VERIFY2(shmget(m_key, 0, 0) >= 0 || writer->endedInFailure(), qPrintable(pane()->output()));
    QVERIFY2(!writer->endedInFailure(), qPrintable(pane()->output()));

    app::SegmentTab *tab = m_window->attachSegment(shmget(m_key, 0, 0), core::Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    const StructModel *fields = tab->structPane()->model();
    QTRY_VERIFY_WITH_TIMEOUT(fieldValue(fields, QStringLiteral("names")).startsWith(QStringLiteral("-x ")),
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(fieldValue(fields, QStringLiteral("pid")) == QString::number(writer->pid()),
                             10000);
    pane()->stopAll();
    QTRY_VERIFY(!writer->isRunning());
    QVERIFY2(!writer->endedInFailure(), qPrintable(pane()->output()));
}

void TestLessonWriters::sameNameTwiceIsRefused()
{
    QVERIFY(pane()->start(QStringLiteral("Alice"), hexKey(m_key), 100));
    LessonWriter *alice = pane()->writer(QStringLiteral("Alice"));
    QTRY_VERIFY(alice->pid() > 0);
    QVERIFY(!pane()->start(QStringLiteral("Alice"), hexKey(m_key), 500));
    QVERIFY2(pane()->messageBar()->text().contains(QStringLiteral("already running (pid %1)").arg(alice->pid())),
             qPrintable(pane()->messageBar()->text()));
    QCOMPARE(pane()->writers().size(), 1);
    QVERIFY(alice->isRunning()); // the first goes on
    // Once it has stopped, the name is free again.
    pane()->stop(QStringLiteral("Alice"));
    QTRY_VERIFY(!alice->isRunning());
    QVERIFY(pane()->start(QStringLiteral("Alice"), hexKey(m_key), 100));
    QCOMPARE(pane()->writers().size(), 1);
}

void TestLessonWriters::segmentSmallerThanStPidIsNotWritten()
{
    testutils::SegmentGuard small;
    QVERIFY(small.create(m_key, 16, 0666));
    QVERIFY(pane()->start(QStringLiteral("Alice"), hexKey(m_key), 100));
    LessonWriter *alice = pane()->writer(QStringLiteral("Alice"));
    QTRY_VERIFY(!alice->isRunning());
    QVERIFY(alice->endedInFailure());
    // shmdemo's own sentence says why, and the pane says it failed.
    QVERIFY2(pane()->output().contains(QStringLiteral("16 bytes")), qPrintable(pane()->output()));
    QVERIFY2(pane()->messageBar()->text().contains(QStringLiteral("Alice")), qPrintable(pane()->messageBar()->text()));
    testutils::Mapping bytes(small.id());
    QVERIFY(bytes.ok());
    QCOMPARE(bytes.bytes(0, 16), QByteArray(16, '\0'));
}

void TestLessonWriters::writerKilledMidRunIsReported()
{
    QVERIFY(pane()->start(QStringLiteral("Alice"), hexKey(m_key), 50));
    LessonWriter *alice = pane()->writer(QStringLiteral("Alice"));
    QTRY_VERIFY(pane()->output().contains(QStringLiteral("[Alice] new:")));
    const qint64 pid = alice->pid();
    QCOMPARE(kill(pid_t(pid), SIGKILL), 0);
    QTRY_VERIFY(!alice->isRunning());
    QVERIFY(alice->endedInFailure());
    QVERIFY2(alice->ending().contains(QStringLiteral("killed")), qPrintable(alice->ending()));
    QVERIFY2(pane()->messageBar()->text().contains(QStringLiteral("killed")), qPrintable(pane()->messageBar()->text()));
    auto *list = pane()->findChild<QListWidget *>(QStringLiteral("writerList"));
    QTRY_VERIFY(list->item(0)->text().contains(QStringLiteral("killed")));
    // The segment outlives its writer, with the last name it wrote; the kernel detached the dead process.
    const int id = shmget(m_key, 0, 0);
    QVERIFY(id >= 0);
    QTRY_COMPARE(testutils::shmStat(id)->shm_nattch, shmatt_t(0));
    testutils::Mapping bytes(id);
    QVERIFY(bytes.bytes(4, 6).startsWith("Alice"));
}

void TestLessonWriters::closingTheWindowStopsTheWriters()
{
    QVERIFY(pane()->start(QStringLiteral("Alice"), hexKey(m_key), 100));
    LessonWriter *alice = pane()->writer(QStringLiteral("Alice"));
    QTRY_VERIFY(alice->pid() > 0);
    const qint64 pid = alice->pid();
    m_window.reset();
    QTRY_VERIFY(processGone(pid));
}

// A writer that does not answer SIGTERM (stopped with SIGSTOP, it cannot) holds nobody up: its destructor
// returns while the process still runs, and SIGKILL ends it after the grace period.
void TestLessonWriters::destroyingAWriterDoesNotWaitForIt()
{
    auto writer = std::make_unique<LessonWriter>(QStringLiteral("Alice"), hexKey(m_key), 100);
    writer->start();
    QTRY_VERIFY(writer->pid() > 0);
    const qint64 pid = writer->pid();
    QCOMPARE(kill(pid_t(pid), SIGSTOP), 0);
    writer.reset();
    QVERIFY2(!processGone(pid), "the destructor waited for the process to end");
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 10000);
}

// The output keeps its newest line in view while the reader is at the bottom, also once its dock is made
// shorter (which used to stop the following); scrolled up, the reader stays on their lines through ten
// refreshes while the writer goes on printing; back at the bottom, the following starts again.
void TestLessonWriters::outputFollowsUnlessScrolledUp()
{
    m_window->resize(1000, 700);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->findChild<QAction *>(QStringLiteral("actionRunLessonWriter"))->trigger();
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("lessonWritersDock"));
    auto *output = m_window->findChild<QPlainTextEdit *>(QStringLiteral("writerOutput"));
    QScrollBar *bar = output->verticalScrollBar();
    const auto topLine = [output] { return output->cursorForPosition(QPoint(0, 0)).block().text(); };
    QVERIFY(pane()->start(QStringLiteral("Ada"), hexKey(m_key), 20));

    // Opened at its smallest: made taller first, so that it can be dragged shorter again.
    const int height = dock->height();
    m_window->resizeDocks({dock}, {height * 2}, Qt::Vertical);
    QTRY_VERIFY(dock->height() > height);
    QTRY_VERIFY(bar->maximum() > 10); // more lines than fit
    QCOMPARE(bar->value(), bar->maximum());

    const int tall = dock->height();
    m_window->resizeDocks({dock}, {height}, Qt::Vertical);
    QTRY_VERIFY(dock->height() < tall);
    int lines = bar->maximum();
    QTRY_VERIFY(bar->maximum() > lines + 5);
    QCOMPARE(bar->value(), bar->maximum());

    bar->triggerAction(QAbstractSlider::SliderPageStepSub); // a click above the handle
    const int place = bar->value();
    QVERIFY(place < bar->maximum());
    const QString shown = topLine();
    QSignalSpy scanned(m_window->refreshController(), &app::RefreshController::scanned);
    QTRY_VERIFY_WITH_TIMEOUT(scanned.count() >= 10, 30000); // a busy machine scans slower than every 100 ms
    QVERIFY(bar->maximum() > place + bar->pageStep()); // the writer went on printing below
    QCOMPARE(bar->value(), place);
    QCOMPARE(topLine(), shown);

    bar->triggerAction(QAbstractSlider::SliderToMaximum);
    lines = bar->maximum();
    QTRY_VERIFY(bar->maximum() > lines + 5);
    QCOMPARE(bar->value(), bar->maximum());
}

QTEST_MAIN(TestLessonWriters)
#include "tst_lessonwriters.moc"
