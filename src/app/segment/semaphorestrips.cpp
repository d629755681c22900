#include "app/segment/semaphorestrips.h"

#include "app/segment/segmenttab.h"
#include "app/table/refreshcontroller.h"
#include "core/segments/segmentscanner.h"

namespace app {

SemaphoreStrips::SemaphoreStrips(RefreshController *refresh, Tabs tabs, QObject *parent)
    : QObject(parent), m_tabs(std::move(tabs))
{
    connect(refresh, &RefreshController::scanned, this, &SemaphoreStrips::take);
}

void SemaphoreStrips::take(const core::ScanResult &result)
{
    m_sets = result.semaphoreSets;
    m_ourNamespace = 0;
    for (const core::IpcNamespace &ns : result.namespaces) {
        if (ns.ours)
            m_ourNamespace = ns.inode;
    }
    const QList<SegmentTab *> tabs = m_tabs();
    for (SegmentTab *tab : tabs)
        feed(tab);
}

void SemaphoreStrips::feed(SegmentTab *tab) const
{
    if (tab)
        tab->showSemaphoreSets(m_sets, m_ourNamespace);
}

} // namespace app
