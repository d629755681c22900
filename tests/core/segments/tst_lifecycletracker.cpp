// core::LifecycleTracker: a segment's life as two consecutive scans show it, with real segments, a real
// peer process attaching and detaching, and the real scanner in between.

#include "core/coretest.h"
#include "core/segments/lifecycletracker.h"
#include "core/segments/segmentformat.h"
#include "core/segments/segmentscanner.h"
#include "core/translations.h"

#include <QTest>

using core::LifecycleEvent;
using core::LifecycleTracker;
using core::SegmentInfo;
using testutils::SegmentGuard;

class TestLifecycleTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { coretest::failOnAnyWarning(); }
    void cleanup() { coretest::verifyNoLeftoverSegments(); }

    void firstListIsTheStartingPoint();
    void createAttachRemoveDetachDestroy();
    void removedWithNobodyAttachedIsDestroyedAtOnce();
    void removedAndDetachedWithinOnePeriod();
    void reusedIdIsToldApart();
    void unchangedListsSayNothing();
    void oddCommandNamesAreShownEscaped_data();
    void oddCommandNamesAreShownEscaped();

private:
    // The events for `shmid` between the tracker's last list and a fresh scan.
    QList<LifecycleEvent> eventsFor(int shmid);

    core::SegmentScanner m_scanner;
    LifecycleTracker m_tracker;
};

// As the program does at start: the English translator writes the counts ("56 bytes", "1 process").
void TestLifecycleTracker::initTestCase()
{
    core::Translations::instance().use(core::Translations::Language::English);
}

QList<LifecycleEvent> TestLifecycleTracker::eventsFor(int shmid)
{
    auto scanned = m_scanner.scan();
    if (!scanned.ok()) {
        qWarning("%s", qPrintable(scanned.error().toString()));
        return {};
    }
    QList<LifecycleEvent> ours;
    for (const LifecycleEvent &event : m_tracker.update(scanned.value().segments)) {
        if (event.shmid == shmid)
            ours << event;
    }
    return ours;
}

void TestLifecycleTracker::firstListIsTheStartingPoint()
{
    SegmentGuard guard;
    QVERIFY(guard.create(testutils::uniqueKey(1), 56, 0640));
    LifecycleTracker fresh;
    auto scanned = m_scanner.scan();
    SHM_VERIFY_OK(scanned);
    QVERIFY(fresh.update(scanned.value().segments).isEmpty());
}

void TestLifecycleTracker::createAttachRemoveDetachDestroy()
{
    (void)eventsFor(-1); // the starting point
    const key_t key = testutils::uniqueKey(2);
    const QString keyText = core::SegmentFormat::key(key);
    SegmentGuard guard;
    QVERIFY(guard.create(key, 56, 0640));
    const int id = guard.id();

    QList<LifecycleEvent> events = eventsFor(id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, LifecycleEvent::Kind::Created);
    QVERIFY2(events[0].sentence.contains(keyText) && events[0].sentence.contains(QStringLiteral("56 bytes"))
                 && events[0].sentence.contains(QStringLiteral("pid %1").arg(getpid())),
             qPrintable(events[0].sentence));

    testutils::AttachedPeer peer;
    QVERIFY(peer.start(id, false));
    events = eventsFor(id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, LifecycleEvent::Kind::AttachChanged);
    QVERIFY2(events[0].sentence.contains(QStringLiteral("nattch 0 → 1")), qPrintable(events[0].sentence));
    if (geteuid() == 0) // /proc/PID/maps of another process is readable to root (and its owner)
        QVERIFY2(events[0].sentence.contains(QStringLiteral("Attached: shmattach (pid %1)").arg(peer.pid())),
                 qPrintable(events[0].sentence));

    QCOMPARE(shmctl(id, IPC_RMID, nullptr), 0);
    events = eventsFor(id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, LifecycleEvent::Kind::Removed);
    // The kernel shows key 0 now; the event still names the key the segment had.
    QVERIFY2(events[0].sentence.contains(keyText) && events[0].sentence.contains(QStringLiteral("dest")) &&
                 events[0].sentence.contains(QStringLiteral("while 1 process still had it attached")),
             qPrintable(events[0].sentence));

    peer.stop();
    events = eventsFor(id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, LifecycleEvent::Kind::Destroyed);
    QVERIFY2(events[0].sentence.contains(keyText) && events[0].sentence.contains(QStringLiteral("last process")),
             qPrintable(events[0].sentence));
    guard.reset(); // already gone; nothing to remove
}

void TestLifecycleTracker::removedWithNobodyAttachedIsDestroyedAtOnce()
{
    SegmentGuard guard;
    QVERIFY(guard.create(testutils::uniqueKey(3), 4096, 0600));
    const int id = guard.id();
    (void)eventsFor(id);
    guard.reset();
    const QList<LifecycleEvent> events = eventsFor(id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, LifecycleEvent::Kind::Destroyed);
    QVERIFY2(events[0].sentence.contains(QStringLiteral("nobody had it attached")), qPrintable(events[0].sentence));
}

// IPC_RMID and the last detach between two scans: never seen as dest, but it was attached.
void TestLifecycleTracker::removedAndDetachedWithinOnePeriod()
{
    SegmentGuard guard;
    QVERIFY(guard.create(testutils::uniqueKey(5), 56, 0600));
    const int id = guard.id();
    testutils::AttachedPeer peer;
    QVERIFY(peer.start(id, false));
    (void)eventsFor(id);
    guard.reset();
    peer.stop();
    const QList<LifecycleEvent> events = eventsFor(id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, LifecycleEvent::Kind::Destroyed);
    QVERIFY2(events[0].sentence.contains(QStringLiteral("last process detached")), qPrintable(events[0].sentence));
}

// The kernel hands an id out again only after its sequence number wraps, which a test cannot wait for:
// the lists here are made by hand.
void TestLifecycleTracker::reusedIdIsToldApart()
{
    SegmentInfo old;
    old.shmid = 7;
    old.key = 0x1234;
    old.cpid = 100;
    old.size = 56;
    SegmentInfo reborn = old;
    reborn.key = 0x5678;
    reborn.cpid = 200;
    LifecycleTracker tracker;
    QVERIFY(tracker.update({old}).isEmpty());
    const QList<LifecycleEvent> events = tracker.update({reborn});
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, LifecycleEvent::Kind::IdReused);
    QVERIFY2(events[0].sentence.contains(QStringLiteral("0x00001234"))
                 && events[0].sentence.contains(QStringLiteral("0x00005678"))
                 && events[0].sentence.contains(QStringLiteral("pid 200")),
             qPrintable(events[0].sentence));
}

void TestLifecycleTracker::unchangedListsSayNothing()
{
    SegmentGuard guard;
    QVERIFY(guard.create(testutils::uniqueKey(4), 56, 0600));
    (void)eventsFor(guard.id());
    QVERIFY(eventsFor(guard.id()).isEmpty());
    QVERIFY(eventsFor(guard.id()).isEmpty());
}

QTEST_GUILESS_MAIN(TestLifecycleTracker)
// A process names itself (prctl(PR_SET_NAME)) with a newline, an ESC or spaces around: the call log's line
// shows the name on one line, escaped, with its spaces.
void TestLifecycleTracker::oddCommandNamesAreShownEscaped_data()
{
    testutils::addOddNameRows();
}

void TestLifecycleTracker::oddCommandNamesAreShownEscaped()
{
    QFETCH(QString, name);
    QFETCH(QString, shown);
    SegmentGuard guard;
    QVERIFY(guard.create(IPC_PRIVATE, 56, 0600));
    (void)eventsFor(guard.id()); // the segment is there: only the attach is news below
    testutils::AttachedPeer peer;
    QVERIFY2(peer.start(guard.id(), false, {QStringLiteral("name"), name}), qPrintable(peer.errorText()));
    const QList<LifecycleEvent> events = eventsFor(guard.id());
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].sentence, QStringLiteral("Segment %1: nattch 0 → 1 (last shmat or shmdt by pid %2). "
                                                "Attached: %3 (pid %2).")
                                     .arg(guard.id())
                                     .arg(peer.pid())
                                     .arg(shown));
}

#include "tst_lifecycletracker.moc"
