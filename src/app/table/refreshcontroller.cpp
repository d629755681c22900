#include "app/table/refreshcontroller.h"

#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace app {

RefreshController::RefreshController(const QString &procRoot, QObject *parent)
    : QObject(parent), m_scanner(procRoot)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RefreshController::refreshNow);
    connect(&m_watcher, &QFutureWatcher<core::Result<core::ScanResult>>::finished, this,
            &RefreshController::onScanFinished);
}

RefreshController::~RefreshController()
{
    // The scan holds a pointer to m_scanner (or whatever the scan function holds): it must end before we do.
    m_watcher.waitForFinished();
}

void RefreshController::setIntervalMs(int ms)
{
    m_timer.setInterval(std::clamp(ms, MinimumIntervalMs, MaximumIntervalMs));
    if (m_timer.isActive())
        m_timer.start();
}

void RefreshController::setNamespaceChoice(const core::NamespaceChoice &choice)
{
    if (choice == m_choice)
        return;
    m_choice = choice;
    refreshNow();
}

void RefreshController::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused)
        m_timer.stop();
    else if (!isScanning())
        startScan();
    emit pausedChanged(paused);
}

void RefreshController::refreshNow()
{
    if (isScanning()) {
        m_pending = true;
        return;
    }
    m_timer.stop();
    startScan();
}

void RefreshController::retryAfterScans(QObject *context, std::function<bool()> attempt)
{
    const quint64 firstScanAfterRequest = m_started + 1;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &RefreshController::scanned, context,
                          [this, attempt = std::move(attempt), firstScanAfterRequest, connection] {
                              if (attempt() || m_finished >= firstScanAfterRequest)
                                  disconnect(*connection);
                          });
    refreshNow();
}

void RefreshController::startScan()
{
    m_pending = false;
    m_scanning = true;
    ++m_started;
    if (m_scan) {
        m_watcher.setFuture(QtConcurrent::run(m_scan));
        return;
    }
    // The choice as it is now, copied: the GUI thread may change it while the scan runs.
    m_watcher.setFuture(QtConcurrent::run(
        [scanner = &m_scanner, choice = m_choice] { return scanner->scan(core::SegmentScanner::Kinds::All, choice); }));
}

void RefreshController::onScanFinished()
{
    const core::Result<core::ScanResult> result = m_watcher.result();
    m_scanning = false;
    ++m_finished;
    if (result.ok())
        emit scanned(result.value());
    else
        emit scanFailed(result.error());
    if (m_scanning)
        return; // a receiver asked for a scan and it has started
    if (m_pending)
        startScan();
    else if (!m_paused)
        m_timer.start();
}

} // namespace app
