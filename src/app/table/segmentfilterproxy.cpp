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

bool SegmentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(SegmentTableModel::FilterRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace app
