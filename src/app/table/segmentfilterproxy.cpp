#include "app/table/segmentfilterproxy.h"

#include "app/table/segmenttablemodel.h"

#include <tuple>

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
    m_segments = qobject_cast<SegmentTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

// Sorting by shmid, the table's default, asks no value: the rows' fields are compared as they are. Asking each
// row's value as a QVariant, twice a comparison, was most of what filling a window with 32,000 segments cost
// on the GUI thread (docs/PERFORMANCE.md). The model's rows are in (namespace, shmid) order, so its row order
// is not shmid order once several namespaces are listed; equal shmids go by namespace.
bool SegmentFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_segments && left.column() == SegmentTableModel::ShmidColumn
        && right.column() == SegmentTableModel::ShmidColumn) {
        const core::SegmentInfo &a = *m_segments->segmentAt(left.row());
        const core::SegmentInfo &b = *m_segments->segmentAt(right.row());
        return std::tie(a.shmid, a.ipcNamespace) < std::tie(b.shmid, b.ipcNamespace);
    }
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
