// The refresh timer: scans run off the GUI thread, never overlap, follow the interval, and stop when paused.

#include "app/table/refreshcontroller.h"
#include "testutils.h"

#include <QSignalSpy>
#include <QThread>

using app::RefreshController;

class TestRefreshController : public QObject
{
    Q_OBJECT

private slots:
    void scansOffTheGuiThread();
    void requestsDuringAScanCoalesceIntoOne();
    void intervalIsClamped();
    void pauseStopsTheTimerAndResumeScansAtOnce();
    void newSegmentShowsInTheNextScan();
};

void TestRefreshController::scansOffTheGuiThread()
{
    RefreshController controller;
    QSignalSpy scanned(&controller, &RefreshController::scanned);
    controller.setPaused(true); // one scan only, from refreshNow()
    controller.refreshNow();
    QVERIFY(controller.isScanning()); // refreshNow() returned while the scan still runs elsewhere
    QVERIFY(scanned.wait(5000));
    QCOMPARE(scanned.size(), 1);
    QVERIFY(!controller.isScanning());
}

void TestRefreshController::requestsDuringAScanCoalesceIntoOne()
{
    RefreshController controller;
    controller.setPaused(true);
    QSignalSpy scanned(&controller, &RefreshController::scanned);
    controller.refreshNow();
    for (int i = 0; i < 10; ++i)
        controller.refreshNow(); // while the first runs: one more scan is owed, not ten, and none overlaps
    QTRY_COMPARE(scanned.size(), 2);
    QTRY_VERIFY(!controller.isScanning());
    // Paused and nothing owed: no third scan comes.
    QVERIFY(!scanned.wait(300));
    QCOMPARE(scanned.size(), 2);
}

void TestRefreshController::intervalIsClamped()
{
    RefreshController controller;
    QCOMPARE(controller.intervalMs(), RefreshController::DefaultIntervalMs);
    controller.setIntervalMs(5);
    QCOMPARE(controller.intervalMs(), RefreshController::MinimumIntervalMs);
    controller.setIntervalMs(10 * 60 * 1000);
    QCOMPARE(controller.intervalMs(), RefreshController::MaximumIntervalMs);
    controller.setIntervalMs(250);
    QCOMPARE(controller.intervalMs(), 250);
}

void TestRefreshController::pauseStopsTheTimerAndResumeScansAtOnce()
{
    RefreshController controller;
    controller.setIntervalMs(RefreshController::MinimumIntervalMs);
    QSignalSpy scanned(&controller, &RefreshController::scanned);
    QSignalSpy paused(&controller, &RefreshController::pausedChanged);
    controller.refreshNow();
    QTRY_VERIFY(scanned.size() >= 3); // the timer keeps scanning at 100 ms
    controller.setPaused(true);
    QCOMPARE(paused.size(), 1);
    QTRY_VERIFY(!controller.isScanning());
    const qsizetype afterPause = scanned.size();
    QVERIFY(!scanned.wait(5 * RefreshController::MinimumIntervalMs)); // five periods and nothing
    QCOMPARE(scanned.size(), afterPause);
    controller.setPaused(false);
    QVERIFY(controller.isScanning()); // resuming scans at once, not one period later
    QVERIFY(scanned.wait(5000));
}

void TestRefreshController::newSegmentShowsInTheNextScan()
{
    RefreshController controller;
    controller.setPaused(true);
    QSignalSpy scanned(&controller, &RefreshController::scanned);
    testutils::SegmentGuard guard;
    QVERIFY(guard.create(testutils::uniqueKey(20), 56));
    controller.refreshNow();
    QVERIFY(scanned.wait(5000));
    const auto result = scanned.first().first().value<core::ScanResult>();
    const bool listed = std::any_of(result.segments.cbegin(), result.segments.cend(),
                                    [&](const core::SegmentInfo &s) { return s.shmid == guard.id(); });
    QVERIFY(listed);
}

QTEST_MAIN(TestRefreshController)
#include "tst_refreshcontroller.moc"
