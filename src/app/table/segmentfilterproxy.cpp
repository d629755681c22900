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

void SegmentFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_rowsInShmidOrder = qobject_cast<SegmentTableModel *>(sourceModel) != nullptr;
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

// Sorting by shmid, the table's default, needs no value: the model keeps its rows in shmid order, and shmids are
// unique. Asking each row's value as a QVariant, twice a comparison, was most of what filling a window with
// 32,000 segments cost on the GUI thread (docs/PERFORMANCE.md).
bool SegmentFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_rowsInShmidOrder && left.column() == SegmentTableModel::ShmidColumn
        && right.column() == SegmentTableModel::ShmidColumn)
        return left.row() < right.row();
    return QSortFilterProxyModel::lessThan(left, right);
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
