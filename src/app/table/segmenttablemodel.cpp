#include "app/table/segmenttablemodel.h"

#include "app/table/namespacetext.h"
#include "core/bytes/byteformat.h"
#include "core/segments/permissions.h"
#include "core/segments/segmentformat.h"

#include <algorithm>
#include <tuple>

using core::ByteFormat;
using core::Permissions;
using core::SegmentFormat;
using core::SegmentInfo;

namespace app {

namespace {

QString attachedText(const SegmentInfo &s)
{
    QStringList parts;
    for (const core::AttachedProcess &p : s.attached)
        parts << QStringLiteral("%1 (%2)").arg(ByteFormat::escaped(p.command)).arg(p.pid);
    QString text = parts.join(QStringLiteral(", "));
    if (s.hiddenAttachments() > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral("; "))
                + SegmentTableModel::tr("%1 of %2 visible").arg(s.attached.size()).arg(s.nattch);
    return text;
}

// A row's identity, and the rows' order: the scan's, namespace then shmid.
bool byIdentity(const SegmentInfo &a, const SegmentInfo &b)
{
    return std::tie(a.ipcNamespace, a.shmid) < std::tie(b.ipcNamespace, b.shmid);
}

bool isNumeric(int column)
{
    switch (column) {
    case SegmentTableModel::ShmidColumn:
    case SegmentTableModel::BytesColumn:
    case SegmentTableModel::NattchColumn:
    case SegmentTableModel::SizeColumn:
    case SegmentTableModel::CpidColumn:
    case SegmentTableModel::LpidColumn:
    case SegmentTableModel::RssColumn:
    case SegmentTableModel::SwapColumn:
        return true;
    default:
        return false;
    }
}

} // namespace

SegmentTableModel::SegmentTableModel(QObject *parent) : LiveTableModel(parent) {}

int SegmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

int SegmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SegmentInfo &s = m_segments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(s, index.column());
    case Qt::ToolTipRole:
        return toolTip(s, index.column());
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortData(s, index.column());
    case ShmidRole:
        return s.shmid;
    case NamespaceRole:
        return qulonglong(s.ipcNamespace);
    case FilterRole: {
        QStringList words = {SegmentFormat::key(s.key), QString::number(s.shmid), s.ownerName, statusText(s),
                             s.likelyUser};
        if (s.hasOriginalKey)
            words << SegmentFormat::key(s.originalKey);
        if (s.ipcNamespace != 0) {
            words << NamespaceText::inode(s.ipcNamespace);
            if (const core::IpcNamespace *ns = namespaceOf(s.ipcNamespace))
                words << NamespaceText::name(*ns);
        }
        return words.join(QLatin1Char(' '));
    }
    case HighlightAgeRole:
        return highlightAge(index.row());
    default:
        return {};
    }
}

QVariant SegmentTableModel::displayData(const SegmentInfo &s, int column) const
{
    switch (column) {
    case KeyColumn: return SegmentFormat::key(s.key);
    case ShmidColumn: return s.shmid;
    case OwnerColumn: return s.ownerName;
    case PermsColumn: return SegmentFormat::perms(s.mode);
    case BytesColumn: return qulonglong(s.size);
    case NattchColumn: return qulonglong(s.nattch);
    case StatusColumn: return statusText(s);
    case SizeColumn: return SegmentFormat::humanSize(s.size);
    case CpidColumn: return s.cpid;
    case LpidColumn: return s.lpid;
    case AttachedColumn: return attachedText(s);
    case CreatedColumn: return SegmentFormat::time(s.ctime);
    case AttachTimeColumn: return SegmentFormat::time(s.atime);
    case DetachTimeColumn: return SegmentFormat::time(s.dtime);
    case CreatorColumn: return s.creatorName;
    case GroupColumn: return s.groupName;
    case RssColumn: return SegmentFormat::humanSize(s.rss);
    case SwapColumn: return SegmentFormat::humanSize(s.swap);
    case NamespaceColumn: return namespaceName(s.ipcNamespace);
    case LikelyUserColumn: return s.likelyUser;
    default: return {};
    }
}

QVariant SegmentTableModel::sortData(const SegmentInfo &s, int column) const
{
    switch (column) {
    case KeyColumn: return quint32(s.key);
    case PermsColumn: return s.permissions();
    case BytesColumn:
    case SizeColumn: return qulonglong(s.size);
    case AttachedColumn: return qulonglong(s.nattch);
    case CreatedColumn: return s.ctime;
    case AttachTimeColumn: return s.atime;
    case DetachTimeColumn: return s.dtime;
    case RssColumn: return qulonglong(s.rss);
    case SwapColumn: return qulonglong(s.swap);
    default: return displayData(s, column);
    }
}

QString SegmentTableModel::toolTip(const SegmentInfo &s, int column) const
{
    switch (column) {
    case KeyColumn:
        if (s.hasOriginalKey)
            return tr("Created with key %1. After IPC_RMID the kernel shows key 0x00000000, so no new "
                      "shmget() can find this segment.")
                .arg(SegmentFormat::key(s.originalKey));
        return s.key == 0 ? tr("IPC_PRIVATE: only processes given the shmid can attach.") : QString();
    case StatusColumn:
        if (s.orphan)
            return tr("orphan: nobody has it attached and its creator (pid %1) has exited. Nothing will ever "
                      "detach it: it stays, costing its bytes, until someone removes it.")
                .arg(s.cpid);
        if (s.isDestroyed())
            return tr("dest: removed with IPC_RMID, but still attached by %n process(es). The memory is freed "
                      "when the last one detaches.",
                      nullptr, int(s.nattch));
        return s.isLocked() ? tr("locked: SHM_LOCK keeps the pages in memory, never swapped.") : QString();
    case PermsColumn:
        // Asked on hover only: the credentials are read then, not for each of thousands of rows.
        return Permissions::rules(s) + QLatin1Char('\n')
               + Permissions::yours(s, Permissions::Credentials::ofThisProcess());
    case NattchColumn:
        return tr("%n attachment(s) in force now: each shmat() adds one; shmdt(), exit and exec take one away.",
                  nullptr, int(s.nattch));
    case CpidColumn:
        return tr("Process %1 created this segment with shmget(); it may have exited since.").arg(s.cpid);
    case LpidColumn:
        return s.lpid == 0 ? tr("Nobody has attached it yet.")
                           : tr("Process %1 made the last shmat() or shmdt() on this segment.").arg(s.lpid);
    case AttachedColumn:
        return s.hiddenAttachments() > 0
                   ? tr("%n attachment(s) belong to processes whose memory maps we may not read.", nullptr,
                        int(s.hiddenAttachments()))
                   : QString();
    case NamespaceColumn:
        if (const core::IpcNamespace *ns = namespaceOf(s.ipcNamespace))
            return NamespaceText::toolTip(*ns);
        return s.ipcNamespace == 0 ? QString() : NamespaceText::inode(s.ipcNamespace);
    case LikelyUserColumn:
        return s.likelyUserEvidence;
    default:
        return {};
    }
}

QVariant SegmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    struct Header
    {
        const char *title;
        const char *tip;
    };
    static const Header headers[ColumnCount] = {
        {QT_TR_NOOP("Key"), QT_TR_NOOP("The key given to shmget(). 0x00000000 is IPC_PRIVATE, or a segment removed with "
                                   "IPC_RMID while still attached: the kernel hides its key so that no new shmget() "
                                   "finds it.")},
        {QT_TR_NOOP("Shmid"), QT_TR_NOOP("The id shmget() returned; shmat() and shmctl() take it.")},
        {QT_TR_NOOP("Owner"), QT_TR_NOOP("The user who owns the segment (uid), as ipcs shows it.")},
        {QT_TR_NOOP("Perms"), QT_TR_NOOP("Permission bits in octal: owner, group, others (read 4, write 2).")},
        {QT_TR_NOOP("Bytes"), QT_TR_NOOP("The size asked of shmget(), in bytes.")},
        {QT_TR_NOOP("Nattch"), QT_TR_NOOP("How many attachments are in force now, in all processes: shmat() adds one; "
                                      "shmdt(), exit and exec take one away.")},
        {QT_TR_NOOP("Status"), QT_TR_NOOP("Empty while in use. dest: removed with IPC_RMID but still attached, freed at "
                                      "the last detach; locked: held in memory by SHM_LOCK.")},
        {QT_TR_NOOP("Size"), QT_TR_NOOP("The size, readable.")},
        {QT_TR_NOOP("Cpid"), QT_TR_NOOP("The process that created the segment.")},
        {QT_TR_NOOP("Lpid"), QT_TR_NOOP("The process that made the last shmat() or shmdt(); it need not be attached "
                                    "now.")},
        {QT_TR_NOOP("Attached"), QT_TR_NOOP("The processes that have it attached now (command and pid).")},
        {QT_TR_NOOP("Changed"), QT_TR_NOOP("When it was created, or its owner or mode last changed (ctime).")},
        {QT_TR_NOOP("Attach time"), QT_TR_NOOP("The last shmat() (atime).")},
        {QT_TR_NOOP("Detach time"), QT_TR_NOOP("The last shmdt() (dtime).")},
        {QT_TR_NOOP("Creator"), QT_TR_NOOP("The user who created it (cuid).")},
        {QT_TR_NOOP("Group"), QT_TR_NOOP("The owning group (gid).")},
        {QT_TR_NOOP("RSS"), QT_TR_NOOP("Bytes of it held in memory now.")},
        {QT_TR_NOOP("Swap"), QT_TR_NOOP("Bytes of it swapped out.")},
        {QT_TR_NOOP("Namespace"),
         QT_TR_NOOP("The IPC namespace it lives in: each container has its own list of segments, numbered from 0, "
                    "and ipcs shows only its own. Named by its container, or by its inode as "
                    "/proc/PID/ns/ipc reads it.")},
        {QT_TR_NOOP("Likely user"),
         QT_TR_NOOP("The program that most likely uses it, told by who attaches it, its key, size and first "
                    "bytes; the tooltip gives the evidence.")},
    };
    switch (role) {
    case Qt::DisplayRole: return tr(headers[section].title);
    case Qt::ToolTipRole: return tr(headers[section].tip);
    default: return {};
    }
}

const SegmentInfo *SegmentTableModel::segmentAt(int row) const
{
    return row >= 0 && row < m_segments.size() ? &m_segments.at(row) : nullptr;
}

int SegmentTableModel::rowOfShmid(int shmid) const
{
    if (m_namespacesSet)
        return rowOf(shmid, m_ourNamespace);
    const auto it = std::find_if(m_segments.cbegin(), m_segments.cend(),
                                 [shmid](const SegmentInfo &s) { return s.shmid == shmid; });
    return it == m_segments.cend() ? -1 : int(it - m_segments.cbegin());
}

int SegmentTableModel::rowOf(int shmid, quint64 ipcNamespace) const
{
    SegmentInfo key;
    key.shmid = shmid;
    key.ipcNamespace = ipcNamespace;
    const auto it = std::lower_bound(m_segments.cbegin(), m_segments.cend(), key, byIdentity);
    return it != m_segments.cend() && !byIdentity(key, *it) ? int(it - m_segments.cbegin()) : -1;
}

QString SegmentTableModel::statusText(const SegmentInfo &s)
{
    const QString status = SegmentFormat::status(s);
    if (!s.orphan)
        return status;
    return status.isEmpty() ? tr("orphan") : tr("%1, orphan").arg(status);
}

QString SegmentTableModel::namespaceName(quint64 inode) const
{
    if (inode == 0)
        return {};
    const core::IpcNamespace *ns = namespaceOf(inode);
    return ns ? NamespaceText::name(*ns) : NamespaceText::inode(inode);
}

const core::IpcNamespace *SegmentTableModel::namespaceOf(quint64 inode) const
{
    const auto it = m_namespaces.constFind(inode);
    return it == m_namespaces.cend() ? nullptr : &*it;
}

void SegmentTableModel::setNamespaces(const QList<core::IpcNamespace> &namespaces)
{
    QHash<quint64, core::IpcNamespace> byInode;
    quint64 ours = 0;
    for (const core::IpcNamespace &ns : namespaces) {
        byInode.insert(ns.inode, ns);
        if (ns.ours)
            ours = ns.inode;
    }
    if (m_namespacesSet && byInode == m_namespaces && ours == m_ourNamespace)
        return;
    m_namespacesSet = true;
    m_namespaces = byInode;
    m_ourNamespace = ours;
    // A container's name may have come or gone: the column says it again (its filter text too).
    if (!m_segments.isEmpty())
        emit dataChanged(index(0, NamespaceColumn), index(rowCount() - 1, NamespaceColumn));
}

void SegmentTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_segments.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void SegmentTableModel::merge(const QList<SegmentInfo> &incoming)
{
    mergeRows(m_segments, incoming, byIdentity);
}

} // namespace app
