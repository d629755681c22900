#pragma once

#include "core/segments/segmentscanner.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

namespace app {

// Runs segment scans off the GUI thread on a timer. A scan never overlaps another: the next one is armed
// only after the previous result has been handed out (and so merged into the model).
class RefreshController : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinimumIntervalMs = 100;
    static constexpr int MaximumIntervalMs = 60000;
    static constexpr int DefaultIntervalMs = 1000;

    using ScanFunction = std::function<core::Result<core::ScanResult>()>;

    explicit RefreshController(const QString &procRoot = QStringLiteral("/proc"), QObject *parent = nullptr);
    ~RefreshController() override;

    // What a scan runs, on a pool thread; SegmentScanner::scan(Kinds::All, namespaceChoice()) of procRoot until
    // set. The tests wrap the real scan to see which thread it runs on and whether two ever overlap. The next
    // scan runs it.
    void setScanFunction(ScanFunction scan) { m_scan = std::move(scan); }

    // Which IPC namespaces the scans list (the namespace selector's choice): ours until set. A change scans
    // again at once.
    void setNamespaceChoice(const core::NamespaceChoice &choice);
    [[nodiscard]] core::NamespaceChoice namespaceChoice() const { return m_choice; }

    void setIntervalMs(int ms); // clamped to [MinimumIntervalMs, MaximumIntervalMs]
    [[nodiscard]] int intervalMs() const { return m_timer.interval(); }
    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return m_paused; }
    // From the start of a scan until its result has been handed out.
    [[nodiscard]] bool isScanning() const { return m_scanning; }
    // Scans started so far, and scans whose result has been handed out. Scans never overlap, so they end in
    // the order they started: while scanned() or scanFailed() is emitted, scansFinished() is the number of
    // that scan.
    [[nodiscard]] quint64 scansStarted() const { return m_started; }
    [[nodiscard]] quint64 scansFinished() const { return m_finished; }

    // Asks for a scan now, and calls `attempt` after each scan's result has been handed out (receivers
    // connected earlier, the window's models, have merged it) until it returns true: something just made is
    // listed, and was acted on. A scan already running may have started before that thing existed, so the
    // attempts go on until a scan started after this request has been handed out. `context` ends them early.
    void retryAfterScans(QObject *context, std::function<bool()> attempt);

public slots:
    // Scans now; if a scan is running, one more follows it at once.
    void refreshNow();

signals:
    void scanned(const core::ScanResult &result);
    void scanFailed(const core::Error &error);
    void pausedChanged(bool paused);

private:
    void startScan();
    void onScanFinished();

    core::SegmentScanner m_scanner;
    ScanFunction m_scan; // empty: m_scanner's scan
    core::NamespaceChoice m_choice;
    QFutureWatcher<core::Result<core::ScanResult>> m_watcher;
    QTimer m_timer;
    bool m_paused = false;
    bool m_pending = false;
    bool m_scanning = false;
    quint64 m_started = 0;
    quint64 m_finished = 0;
};

} // namespace app
