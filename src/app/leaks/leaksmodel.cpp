#include "app/leaks/leaksmodel.h"

#include "app/table/namespacetext.h"
#include "core/kernel/ipcnamespaceentry.h"
#include "core/segments/segmentformat.h"

using core::LeakItem;
using core::SegmentFormat;

namespace app {

namespace {

// What stays the same for one thing from scan to scan.
bool sameThing(const LeakItem &a, const LeakItem &b)
{
    if (a.kind != b.kind)
        return false;
    if (a.kind == LeakItem::Kind::OrphanObject)
        return a.object.device == b.object.device && a.object.inode == b.object.inode;
    return a.segment.ipcNamespace == b.segment.ipcNamespace && a.segment.shmid == b.segment.shmid;
}

} // namespace

LeaksModel::LeaksModel(QObject *parent) : QAbstractTableModel(parent) {}

int LeaksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.items().size());
}

int LeaksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeaksModel::kindText(const LeakItem &item)
{
    switch (item.kind) {
    case LeakItem::Kind::OrphanSegment:
        return tr("Segment");
    case LeakItem::Kind::RemovedSegment:
        return tr("Removed segment");
    case LeakItem::Kind::OrphanObject:
        break;
    }
    return item.object.kind == core::PosixObject::Kind::PosixSemaphore ? tr("POSIX semaphore")
                                                                        : tr("POSIX object");
}

QString LeaksModel::nameText(const LeakItem &item)
{
    return item.kind == LeakItem::Kind::OrphanObject ? item.object.name : SegmentFormat::creationKey(item.segment);
}

QString LeaksModel::idText(const LeakItem &item)
{
    if (item.kind == LeakItem::Kind::OrphanObject)
        return item.object.path;
    // With every namespace listed, two leftovers may share a shmid: the place tells them apart.
    const quint64 ns = item.segment.ipcNamespace;
    if (ns == 0 || ns == core::IpcNamespaceEntry::ourInode())
        return QString::number(item.segment.shmid);
    return tr("%1 in %2").arg(item.segment.shmid).arg(NamespaceText::inode(ns));
}

QVariant LeaksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LeakItem &item = itemAt(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == BytesColumn || index.column() == AgeColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == BytesColumn)
        return SegmentFormat::byteCount(item.bytes);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return kindText(item);
    case NameColumn:
        return nameText(item);
    case IdColumn:
        return idText(item);
    case BytesColumn:
        return SegmentFormat::humanSize(item.bytes);
    case AgeColumn:
        return item.age ? core::LeakReport::age(*item.age) : QStringLiteral("—");
    case WhyColumn:
        return core::LeakReport::why(item);
    default:
        return {};
    }
}

QVariant LeaksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Key or name");
    case IdColumn:
        return tr("Shmid or path");
    case BytesColumn:
        return tr("Bytes");
    case AgeColumn:
        return tr("Age");
    case WhyColumn:
        return tr("Why");
    default:
        return {};
    }
}

void LeaksModel::setReport(const core::LeakReport &report)
{
    const QList<LeakItem> &before = m_report.items();
    const QList<LeakItem> &after = report.items();
    const bool sameRows = before.size() == after.size()
                          && std::equal(before.cbegin(), before.cend(), after.cbegin(), sameThing);
    if (!sameRows) {
        beginResetModel();
        m_report = report;
        endResetModel();
        return;
    }
    m_report = report;
    if (!after.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LeaksModel::rowOfSegment(quint64 ipcNamespace, int shmid) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const LeakItem &item = itemAt(row);
        if (item.kind != LeakItem::Kind::OrphanObject && item.segment.ipcNamespace == ipcNamespace
            && item.segment.shmid == shmid)
            return row;
    }
    return -1;
}

int LeaksModel::rowOfObject(quint64 device, quint64 inode) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const LeakItem &item = itemAt(row);
        if (item.kind == LeakItem::Kind::OrphanObject && item.object.device == device && item.object.inode == inode)
            return row;
    }
    return -1;
}

} // namespace app
