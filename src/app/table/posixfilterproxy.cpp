#include "app/table/posixfilterproxy.h"

#include "app/table/posixtablemodel.h"

namespace app {

PosixFilterProxy::PosixFilterProxy(QObject *parent) : SegmentFilterProxy(parent) {}

void PosixFilterProxy::setKinds(const QList<core::PosixObject::Kind> &kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    invalidateRowsFilter();
}

bool PosixFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto kind = core::PosixObject::Kind(
        sourceModel()->index(sourceRow, 0, sourceParent).data(PosixTableModel::KindRole).toInt());
    return m_kinds.contains(kind) && SegmentFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace app
