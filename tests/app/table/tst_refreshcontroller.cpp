// The refresh timer: scans run off the GUI thread, never overlap, follow the interval, and stop when paused.

#include "app/table/refreshcontroller.h"
#include "testutils.h"

#include <QMutex>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>

#include <atomic>

using app::RefreshController;

namespace {

// The real scan, wrapped to record the threads it ran on and how many scans ran at once. While the gate is
// closed a scan waits at it, running, so that requests made meanwhile find a scan in progress.
class ScanProbe
{
public:
    explicit ScanProbe(bool gateOpen) : m_gate(gateOpen ? Open : 0) {}

    void install(RefreshController &controller)
    {
        controller.setScanFunction([this] { return scan(); });
    }
    void openGate() { m_gate.release(Open); }

    [[nodiscard]] int started() const { return m_started; }
    [[nodiscard]] int mostAtOnce() const { return m_mostAtOnce; }
    [[nodiscard]] QList<QThread *> threads() const
    {
        QMutexLocker lock(&m_mutex);
        return m_threads;
    }

private:
    static constexpr int Open = 1000;

    core::Result<core::ScanResult> scan()
    {
        ++m_started;
        const int now = ++m_running;
        for (int most = m_mostAtOnce; now > most && !m_mostAtOnce.compare_exchange_weak(most, now);) {
        }
        {
            QMutexLocker lock(&m_mutex);
            m_threads.append(QThread::currentThread());
        }
        m_gate.tryAcquire(1, 30000); // bounded, so that a failing test ends instead of hanging
        auto result = m_scanner.scan();
        --m_running;
        return result;
    }

    core::SegmentScanner m_scanner;
    QSemaphore m_gate;
    std::atomic<int> m_started = 0;
    std::atomic<int> m_running = 0;
    std::atomic<int> m_mostAtOnce = 0;
    mutable QMutex m_mutex;
    QList<QThread *> m_threads;
};

} // namespace

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
    ScanProbe probe(true);
    RefreshController controller;
    probe.install(controller);
    QSignalSpy scanned(&controller, &RefreshController::scanned);
    controller.setPaused(true); // one scan only, from refreshNow()
    controller.refreshNow();
    QVERIFY(scanned.wait(5000));
    QCOMPARE(scanned.size(), 1);
    const QList<QThread *> threads = probe.threads();
    QCOMPARE(threads.size(), 1);
    QVERIFY(threads.first());
    QCOMPARE_NE(threads.first(), QCoreApplication::instance()->thread());
    QCOMPARE_NE(threads.first(), QThread::currentThread());
    QVERIFY(!controller.isScanning());
}

void TestRefreshController::requestsDuringAScanCoalesceIntoOne()
{
    ScanProbe probe(false);
    RefreshController controller;
    const auto openAnyway = qScopeGuard([&probe] { probe.openGate(); }); // before the controller waits
    probe.install(controller);
    controller.setPaused(true);
    QSignalSpy scanned(&controller, &RefreshController::scanned);
    controller.refreshNow();
    QTRY_COMPARE(probe.started(), 1); // held at the gate
    for (int i = 0; i < 10; ++i)
        controller.refreshNow(); // while the first runs: one more scan is owed, not ten, and none overlaps
    probe.openGate();
    QTRY_VERIFY(scanned.size() >= 1 && !controller.isScanning());
    QCOMPARE(probe.mostAtOnce(), 1);
    QCOMPARE(scanned.size(), 2);
    // Paused and nothing owed: no third scan comes.
    QVERIFY(!scanned.wait(300));
    QCOMPARE(scanned.size(), 2);
    QCOMPARE(probe.started(), 2);
    for (QThread *thread : probe.threads())
        QCOMPARE_NE(thread, QCoreApplication::instance()->thread());
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
