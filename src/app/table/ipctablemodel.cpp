#include "app/table/ipctablemodel.h"

#include "app/table/namespacetext.h"
#include "app/table/segmenttablemodel.h"

namespace app {

IpcTableModel::IpcTableModel(const SegmentTableModel *segments, QObject *parent)
    : LiveTableModel(parent), m_segments(segments)
{
}

QVariant IpcTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortData(row, index.column());
    case FilterRole:
        return filterText(row);
    case HighlightAgeRole:
        return highlightAge(row);
    case IdRole:
        return idAt(row);
    case NamespaceRole:
        return qulonglong(namespaceAt(row));
    default:
        return {};
    }
}

QVariant IpcTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    switch (role) {
    case Qt::DisplayRole: return headerText(section, false);
    case Qt::ToolTipRole: return headerText(section, true);
    default: return {};
    }
}

int IpcTableModel::rowOfOurs(int id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (idAt(row) == id && isOurs(namespaceAt(row)))
            return row;
    }
    return -1;
}

QString IpcTableModel::namespaceName(quint64 inode) const
{
    return m_segments->namespaceName(inode);
}

bool IpcTableModel::isOurs(quint64 inode) const
{
    core::SegmentInfo probe;
    probe.ipcNamespace = inode;
    return m_segments->isOurs(probe);
}

QStringList IpcTableModel::namespaceWords(quint64 inode) const
{
    if (inode == 0)
        return {};
    QStringList words = {NamespaceText::inode(inode)};
    if (const core::IpcNamespace *ns = m_segments->namespaceOf(inode))
        words << NamespaceText::name(*ns);
    return words;
}

QString IpcTableModel::namespaceToolTip(quint64 inode) const
{
    if (const core::IpcNamespace *ns = m_segments->namespaceOf(inode))
        return NamespaceText::toolTip(*ns);
    return inode == 0 ? QString() : NamespaceText::inode(inode);
}

void IpcTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace app
