// Lesson > Race in the real window, offscreen, with real shmdemo writers: the struct pane's torn line for a
// torn record another process (shmpoke) writes, the race's three steps (torn records seen without a lock,
// none new with it, everything removed at the end), and the segment's semaphore strip fed by the real scan.

#include "app/lesson/lessonwriter.h"
#include "app/lesson/racelesson.h"
#include "app/lesson/racepane.h"
#include "app/mainwindow.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/segment/semaphorestrip.h"
#include "app/structs/structpane.h"
#include "app/table/refreshcontroller.h"
#include "testutils.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <sys/sem.h>

using app::MainWindow;
using app::RaceLesson;

namespace {

// Whether /proc/sysvipc/FILE lists an object of `key`: the kernel's own list, not ours.
bool procLists(const char *file, qint32 key)
{
    QFile table(QStringLiteral("/proc/sysvipc/") + QLatin1String(file));
    if (!table.open(QIODevice::ReadOnly))
        return false;
    table.readLine(); // the header
    while (!table.atEnd()) {
        const QList<QByteArray> fields = table.readLine().simplified().split(' ');
        if (!fields.isEmpty() && fields.first().toLongLong() == key)
            return true;
    }
    return false;
}

// Removes what a race of `key` may have left: the segment and the semaphore set.
void removeRaceObjects(qint32 key)
{
    if (const int shmid = shmget(key, 0, 0); shmid >= 0)
        shmctl(shmid, IPC_RMID, nullptr);
    if (const int semid = semget(key, 0, 0); semid >= 0)
        semctl(semid, 0, IPC_RMID);
}

// A race record as a writer of `pid` leaves it: pid, then names[] "PID:NAME:PID".
QByteArray raceRecord(qint32 pid, const QByteArray &name)
{
    const QByteArray tag = QByteArray::number(pid);
    return testutils::stPidBytes(pid, tag + ':' + name + ':' + tag);
}

} // namespace

class TestRace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void structPaneMarksATornRecordOnly();
    void raceIsSeenThenCuredThenCleanedUp();
    void stopCanKeepTheSegmentAndTheSet();
    void stripShowsTheSetOfTheSameKeyLive();
    void paneIsReadableAt200PercentOnAProjector();

private:
    [[nodiscard]] RaceLesson *race() const { return m_window->racePane()->lesson(); }
    void click(const char *button) const;

    std::unique_ptr<MainWindow> m_window;
};

void TestRace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (app::LessonWriter::program().isEmpty())
        QFAIL("shmdemo is not beside the test executables: the build should have put it in " SHMSCOPE_BIN_DIR);
}

void TestRace::init()
{
    removeRaceObjects(RaceLesson::DefaultKey);
    m_window = std::make_unique<MainWindow>();
    m_window->refreshController()->setIntervalMs(100);
    m_window->show();
}

void TestRace::cleanup()
{
    m_window.reset(); // stops the writers still running
    removeRaceObjects(RaceLesson::DefaultKey);
}

void TestRace::click(const char *button) const
{
    // Lesson > Race opens the pane, as a teacher does.
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("raceDock"));
    QVERIFY(dock);
    if (!dock->isVisible())
        dock->toggleViewAction()->trigger();
    QTRY_VERIFY(dock->isVisible());
    auto *found = m_window->racePane()->findChild<QPushButton *>(QLatin1String(button));
    QVERIFY(found);
    QVERIFY2(found->isEnabled(), button);
    QTest::mouseClick(found, Qt::LeftButton);
}

// Another process writes a record torn between writers 5678 and 1234: the pane names both, pid field first;
// a whole record and the lesson's plain names are not marked.
void TestRace::structPaneMarksATornRecordOnly()
{
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(testutils::uniqueKey(71), 56, 0600));
    app::SegmentTab *tab = m_window->attachSegment(segment.id(), core::Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    const app::StructPane *pane = tab->structPane();
    QCOMPARE(pane->tornNote(), QString());

    // Bob (5678) began writing over Alice's (1234) record and got as far as "5678:" of names[].
    QByteArray torn = raceRecord(1234, "Alice");
    torn.replace(0, 9, raceRecord(5678, "Bob").left(9));
    QCOMPARE(torn.mid(4, 15), QByteArray("5678:Alice:1234"));
    QVERIFY(testutils::poke(segment.id(), 0, torn));
    QTRY_COMPARE(pane->tornNote(), QStringLiteral("torn: bytes from pid 5678 and pid 1234"));
    auto *line = pane->findChild<QWidget *>(QStringLiteral("tornNote"));
    QVERIFY(line && line->isVisible());

    QVERIFY(testutils::poke(segment.id(), 0, raceRecord(5678, "Bob")));
    QTRY_COMPARE(pane->tornNote(), QString());
    QVERIFY(!line->isVisible());

    // Torn again, then the lesson's plain record: nothing can be told of it, so nothing is said.
    QVERIFY(testutils::poke(segment.id(), 0, torn));
    QTRY_VERIFY(!pane->tornNote().isEmpty());
    QVERIFY(testutils::poke(segment.id(), 0, testutils::stPidBytes(1234, "Alice")));
    QTRY_COMPARE(pane->tornNote(), QString());
}

void TestRace::raceIsSeenThenCuredThenCleanedUp()
{
    click("raceUnlocked");
    QVERIFY2(race()->step() == RaceLesson::Step::Unlocked, qPrintable(race()->refusal()));
    app::SegmentTab *tab = race()->tab();
    QVERIFY(tab);
    const qint32 key = RaceLesson::DefaultKey;
    QCOMPARE(race()->shmid(), shmget(key, 0, 0));

    // Every tick, what the struct pane says of the record: its torn line names two of the writers' pids.
    QStringList tornLines;
    connect(tab->document(), &app::SegmentDocument::ticked, this, [&tornLines, tab] {
        if (const QString note = tab->structPane()->tornNote(); !note.isEmpty())
            tornLines << note;
    });
    QTRY_VERIFY(race()->writers().size() == 2 && race()->writers().at(0)->pid() > 0
                && race()->writers().at(1)->pid() > 0);
    const qint64 alice = race()->writers().at(0)->pid();
    const qint64 bob = race()->writers().at(1)->pid();

    // Step 1: torn records, seen by the window (a generous wait, not a time limit on the race), and the
    // struct pane's line naming a writer. Which other pid it names depends on where the bytes met: a tag half
    // written over the other's names a mix of their digits, as RaceRecord cannot tell them apart (the exact
    // two-pid line is structPaneMarksATornRecordOnly's, on a record written whole by shmpoke).
    QTRY_VERIFY_WITH_TIMEOUT(race()->tornRecords() >= 2, 120000);
    const QRegularExpression namesAWriter(QStringLiteral("\\bpids? (.* )?(%1|%2)\\b").arg(alice).arg(bob));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(tornLines.cbegin(), tornLines.cend(),
                                         [&namesAWriter](const QString &line) {
                                             return namesAWriter.match(line).hasMatch();
                                         }),
                             120000);
    for (const QString &line : std::as_const(tornLines))
        QVERIFY2(line.startsWith(QStringLiteral("torn: bytes from pid")), qPrintable(line));
    QCOMPARE(race()->tornSinceLock(), 0);
    QTRY_VERIFY2(m_window->racePane()->counts().contains(
                     QStringLiteral("torn records seen: %1 ").arg(race()->tornRecords())),
                 qPrintable(m_window->racePane()->counts()));

    // Step 2: the writers again, with the lock; the window's reads take it too.
    click("raceLocked");
    QTRY_VERIFY_WITH_TIMEOUT(race()->step() == RaceLesson::Step::Locked && !race()->isBusy(), 30000);
    QVERIFY(race()->semid() >= 0);
    QCOMPARE(race()->semid(), semget(key, 0, 0));
    QVERIFY(tab->document()->hasReadGuard());
    QTRY_VERIFY(race()->writers().size() == 2 && race()->writers().at(0)->pid() > 0
                && race()->writers().at(1)->pid() > 0);
    const qint64 lockedAlice = race()->writers().at(0)->pid();
    const qint64 lockedBob = race()->writers().at(1)->pid();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->racePane()->output().contains(QStringLiteral("semop(")), 30000);
    // At least as many reads under the lock as it took to see the torn records without it, and records of
    // both locked writers among them: none new is torn.
    const quint64 enough = std::max<quint64>(40, race()->reads());
    QTRY_VERIFY_WITH_TIMEOUT(race()->readsUnderLock() >= enough, 300000);
    QTRY_VERIFY_WITH_TIMEOUT(tab->structPane()->tornNote().isEmpty(), 1000);
    QCOMPARE(race()->tornSinceLock(), 0);
    QVERIFY(race()->writers().at(0)->isRunning() && race()->writers().at(1)->isRunning());
    QVERIFY(lockedAlice != alice && lockedBob != bob);
    qInfo("%s", qPrintable(m_window->racePane()->counts()));

    // The strip beside the segment shows the set of the same key, from the scan.
    app::SemaphoreStrip *strip = tab->semaphoreStrip();
    QTRY_VERIFY_WITH_TIMEOUT(strip->isVisible() && strip->semid() == race()->semid(), 10000);
    QTRY_VERIFY(strip->text().contains(QStringLiteral("sem 0 = ")));
    QCOMPARE(strip->values().size(), 1);
    QVERIFY(strip->values().at(0) == 0 || strip->values().at(0) == 1);
    // The lock changes hands: its value is lit. (A writer blocked in semop() is named too, but only when the
    // scan catches one in the act: stripShowsTheSetOfTheSameKeyLive names a waiter that stays.)
    QTRY_VERIFY_WITH_TIMEOUT(strip->isLit(0), 30000);

    // Step 3: stopped and removed: no segment, no set of the key in the kernel's lists.
    click("raceStop");
    QTRY_VERIFY_WITH_TIMEOUT(race()->step() == RaceLesson::Step::Stopped && !race()->isBusy(), 30000);
    for (const app::LessonWriter *writer : race()->writers())
        QVERIFY(!writer->isRunning());
    QVERIFY(!race()->tab());
    QCOMPARE(shmget(key, 0, 0), -1);
    QCOMPARE(semget(key, 0, 0), -1);
    QVERIFY(!procLists("shm", key));
    QVERIFY(!procLists("sem", key));
    QCOMPARE(race()->tornSinceLock(), 0);
}

void TestRace::stopCanKeepTheSegmentAndTheSet()
{
    click("raceUnlocked");
    QTRY_VERIFY(race()->reads() > 0);
    click("raceLocked");
    QTRY_VERIFY_WITH_TIMEOUT(race()->step() == RaceLesson::Step::Locked && !race()->isBusy(), 30000);
    auto *keep = m_window->racePane()->findChild<QCheckBox *>(QStringLiteral("raceKeep"));
    QVERIFY(keep);
    keep->setChecked(true);
    click("raceStop");
    QTRY_VERIFY_WITH_TIMEOUT(race()->step() == RaceLesson::Step::Stopped && !race()->isBusy(), 30000);
    QVERIFY(procLists("shm", RaceLesson::DefaultKey));
    QVERIFY(procLists("sem", RaceLesson::DefaultKey));
    // The writers gave the lock back (SEM_UNDO and V): the set's one semaphore is 1 again.
    QCOMPARE(semctl(semget(RaceLesson::DefaultKey, 0, 0), 0, GETVAL), 1);
    // Removed by cleanup().
}

void TestRace::stripShowsTheSetOfTheSameKeyLive()
{
    const key_t key = testutils::uniqueKey(72);
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(key, 56, 0600));
    const int semid = semget(key, 3, IPC_CREAT | IPC_EXCL | 0600);
    QVERIFY(semid >= 0);
    const auto removeSet = qScopeGuard([semid] { semctl(semid, 0, IPC_RMID); });
    unsigned short values[3] = {1, 0, 7};
    QCOMPARE(semctl(semid, 0, SETALL, values), 0);

    app::SegmentTab *tab = m_window->attachSegment(segment.id(), core::Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    app::SemaphoreStrip *strip = tab->semaphoreStrip();
    QTRY_VERIFY_WITH_TIMEOUT(strip->isVisible(), 10000);
    QCOMPARE(strip->semid(), semid);
    QCOMPARE(strip->values(), (QList<int>{1, 0, 7}));
    QVERIFY2(strip->text().contains(QStringLiteral("sem 0 = 1 sem 1 = 0 sem 2 = 7")), qPrintable(strip->text()));
    QVERIFY2(strip->text().contains(QStringLiteral("nobody waits")), qPrintable(strip->text()));

    // Changed by a semctl of ours (not the window's): read at the next tick and lit.
    QCOMPARE(semctl(semid, 1, SETVAL, 5), 0);
    QTRY_COMPARE(strip->values(), (QList<int>{1, 5, 7}));
    QVERIFY(strip->isLit(1));
    QVERIFY(!strip->isLit(0));

    // A process blocked in semop() on sem 1 (value 5 - 6 < 0): named as the scan finds it, with what it
    // waits for.
    QProcess waiter;
    waiter.start(QStringLiteral(SHMSCOPE_BIN_DIR "/semwaiter"),
                 {QString::number(semid), QStringLiteral("1"), QStringLiteral("-6")});
    QVERIFY(waiter.waitForStarted());
    const auto stopWaiter = qScopeGuard([&waiter] {
        waiter.kill();
        waiter.waitForFinished();
    });
    const QString named = QStringLiteral("semwaiter (pid %1) waits for sem 1 to increase").arg(waiter.processId());
    QTRY_VERIFY2_WITH_TIMEOUT(strip->text().contains(named), qPrintable(strip->text()), 10000);

    // Removed: the waiter wakes with EIDRM; the strip says so until the next scan, then goes.
    semctl(semid, 0, IPC_RMID);
    QVERIFY(waiter.waitForFinished());
    QCOMPARE(waiter.readAllStandardOutput(), QByteArray("waiting\nEIDRM\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!strip->isVisible(), 10000);
}

// Presentation mode at 200 % on a 1280x720 projector: the step's sentence and the counts are whole (not cut),
// the buttons show their whole text, and the text is twice the desktop's size; the introduction is folded.
void TestRace::paneIsReadableAt200PercentOnAProjector()
{
    QScreen *projector = nullptr;
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->name() == QLatin1String("projector"))
            projector = screen;
    }
    QVERIFY(projector);
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->setScreen(projector);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const qreal desktop = m_window->racePane()->font().pointSizeF();
    m_window->setPresentation(true);
    m_window->setZoom(200);
    click("raceUnlocked"); // opens the pane first
    QTRY_COMPARE(m_window->geometry(), projector->geometry());
    QTRY_VERIFY(race()->reads() > 0);
    QCOMPARE(m_window->racePane()->font().pointSizeF(), 2 * desktop);
    QApplication::processEvents();
    QVERIFY(!m_window->racePane()->findChild<QLabel *>(QStringLiteral("raceIntro"))->isVisible());
    for (const char *name : {"raceSentence", "raceCounts"}) {
        auto *label = m_window->racePane()->findChild<QLabel *>(QLatin1String(name));
        QVERIFY(label && label->isVisible());
        // Laid out again once the step's longer sentence is shown.
        QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(QStringLiteral("%1: %2 px high, needs %3 at %4 px wide")
                                .arg(QLatin1String(name))
                                .arg(label->height())
                                .arg(label->heightForWidth(label->width()))
                                .arg(label->width())));
        // Whole on screen: not cut by the dock either (the steps would scroll if the dock were too short).
        auto *steps = m_window->racePane()->findChild<QScrollArea *>(QStringLiteral("raceSteps"));
        QVERIFY(steps);
        QTRY_VERIFY2(steps->viewport()->rect().contains(
                         QRect(label->mapTo(steps->viewport(), QPoint(0, 0)), label->size()))
                         && m_window->rect().contains(QRect(label->mapTo(m_window.get(), QPoint(0, 0)), label->size())),
                     qPrintable(QStringLiteral("%1: %2x%3 at %4,%5 of a viewport %6x%7")
                                    .arg(QLatin1String(name))
                                    .arg(label->width())
                                    .arg(label->height())
                                    .arg(label->mapTo(steps->viewport(), QPoint(0, 0)).x())
                                    .arg(label->mapTo(steps->viewport(), QPoint(0, 0)).y())
                                    .arg(steps->viewport()->width())
                                    .arg(steps->viewport()->height())));
    }
    for (const char *name : {"raceUnlocked", "raceLocked", "raceStop"}) {
        auto *button = m_window->racePane()->findChild<QPushButton *>(QLatin1String(name));
        QVERIFY(button && button->isVisible());
        QVERIFY2(button->width() >= button->sizeHint().width(), name);
    }
}

int main(int argc, char **argv)
{
    // A 1280x720 projector among the offscreen screens (tests/data/screens.json), as tst_presentation has.
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" SHMSCOPE_TEST_DATA "/screens.json");
    QApplication app(argc, argv);
    TestRace test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_race.moc"
