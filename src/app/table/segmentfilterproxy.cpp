#include "app/table/segmentfilterproxy.h"

#include "app/table/segmenttablemodel.h"

namespace app {

SegmentFilterProxy::SegmentFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SegmentTableModel::SortRole);
    setDynamicSortFilter(true);
}

void SegmentFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void SegmentFilterProxy::setShownShmids(const QList<int> &shmids)
{
    if (shmids == m_shmids)
        return;
    m_shmids = shmids;
    invalidateRowsFilter();
}

bool SegmentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_shmids.isEmpty() && !m_shmids.contains(index.data(SegmentTableModel::ShmidRole).toInt()))
        return false;
    if (m_text.isEmpty())
        return true;
    return index.data(SegmentTableModel::FilterRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace app
