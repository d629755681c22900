#pragma once

#include "core/sysvipc/semaphoresetinfo.h"

#include <QList>
#include <QObject>

#include <functional>

namespace core {
struct ScanResult;
}

namespace app {

class RefreshController;
class SegmentTab;

// Gives every segment tab's SemaphoreStrip the set of its key from each refresh's scan, and a tab opened
// between two scans the last scan's sets at once.
class SemaphoreStrips : public QObject
{
    Q_OBJECT

public:
    using Tabs = std::function<QList<SegmentTab *>()>;
    SemaphoreStrips(RefreshController *refresh, Tabs tabs, QObject *parent = nullptr);

    void feed(SegmentTab *tab) const;

private:
    void take(const core::ScanResult &result);

    Tabs m_tabs;
    QList<core::SemaphoreSetInfo> m_sets;
    quint64 m_ourNamespace = 0;
};

} // namespace app
