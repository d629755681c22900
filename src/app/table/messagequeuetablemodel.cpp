#include "app/table/messagequeuetablemodel.h"

#include "core/bytes/byteformat.h"
#include "core/segments/segmentformat.h"

#include <algorithm>
#include <tuple>

using core::MessageQueueInfo;
using core::SegmentFormat;

namespace app {

namespace {

bool byIdentity(const MessageQueueInfo &a, const MessageQueueInfo &b)
{
    return std::tie(a.ipcNamespace, a.msqid) < std::tie(b.ipcNamespace, b.msqid);
}

QString timeOrNever(qint64 seconds)
{
    return seconds == 0 ? MessageQueueTableModel::tr("never") : SegmentFormat::time(seconds);
}

} // namespace

MessageQueueTableModel::MessageQueueTableModel(const SegmentTableModel *segments, QObject *parent)
    : IpcTableModel(segments, parent)
{
}

int MessageQueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queues.size());
}

int MessageQueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void MessageQueueTableModel::merge(const QList<MessageQueueInfo> &queues)
{
    mergeRows(m_queues, queues, byIdentity);
}

const MessageQueueInfo *MessageQueueTableModel::queueAt(int row) const
{
    return row >= 0 && row < m_queues.size() ? &m_queues.at(row) : nullptr;
}

int MessageQueueTableModel::rowOf(int msqid, quint64 ipcNamespace) const
{
    MessageQueueInfo key;
    key.msqid = msqid;
    key.ipcNamespace = ipcNamespace;
    const auto it = std::lower_bound(m_queues.cbegin(), m_queues.cend(), key, byIdentity);
    return it != m_queues.cend() && !byIdentity(key, *it) ? int(it - m_queues.cbegin()) : -1;
}

QString MessageQueueTableModel::processText(qint64 pid, const QByteArray &command)
{
    if (pid == 0)
        return tr("none");
    if (command.isEmpty())
        return QString::number(pid);
    return QStringLiteral("%1 (%2)").arg(core::ByteFormat::escaped(command)).arg(pid);
}

QString MessageQueueTableModel::unreadMessages()
{
    return tr("The messages are not shown: reading one with msgrcv() takes it off the queue, and a tool that "
              "only looks must not.");
}

bool MessageQueueTableModel::isNumeric(int column) const
{
    return column == MsqidColumn || column == UsedBytesColumn || column == MessagesColumn;
}

QVariant MessageQueueTableModel::displayData(int row, int column) const
{
    const MessageQueueInfo &q = m_queues.at(row);
    switch (column) {
    case KeyColumn: return SegmentFormat::key(q.key);
    case MsqidColumn: return q.msqid;
    case OwnerColumn: return q.ownerName;
    case PermsColumn: return SegmentFormat::perms(q.mode);
    case UsedBytesColumn: return qulonglong(q.cbytes);
    case MessagesColumn: return qulonglong(q.qnum);
    case LspidColumn: return processText(q.lspid, q.lspidCommand);
    case LrpidColumn: return processText(q.lrpid, q.lrpidCommand);
    case StimeColumn: return timeOrNever(q.stime);
    case RtimeColumn: return timeOrNever(q.rtime);
    case CtimeColumn: return SegmentFormat::time(q.ctime);
    case CreatorColumn: return q.creatorName;
    case GroupColumn: return q.groupName;
    case NamespaceColumn: return namespaceName(q.ipcNamespace);
    default: return {};
    }
}

QVariant MessageQueueTableModel::sortData(int row, int column) const
{
    const MessageQueueInfo &q = m_queues.at(row);
    switch (column) {
    case KeyColumn: return quint32(q.key);
    case PermsColumn: return q.permissions();
    case LspidColumn: return q.lspid;
    case LrpidColumn: return q.lrpid;
    case StimeColumn: return q.stime;
    case RtimeColumn: return q.rtime;
    case CtimeColumn: return q.ctime;
    default: return displayData(row, column);
    }
}

QString MessageQueueTableModel::toolTip(int row, int column) const
{
    const MessageQueueInfo &q = m_queues.at(row);
    switch (column) {
    case KeyColumn:
        return q.key == 0 ? tr("IPC_PRIVATE: only processes given the msqid can use this queue.") : QString();
    case UsedBytesColumn:
    case MessagesColumn:
        return tr("%n message(s) wait to be received, %1 bytes in all.", nullptr, int(q.qnum)).arg(q.cbytes) +
               QLatin1Char('\n') + unreadMessages();
    case LspidColumn:
        return q.lspid == 0 ? tr("Nobody has sent a message with msgsnd() yet.")
                            : tr("Process %1 made the last msgsnd() on this queue; it may have exited since.")
                                  .arg(q.lspid);
    case LrpidColumn:
        return q.lrpid == 0 ? tr("Nobody has received a message with msgrcv() yet.")
                            : tr("Process %1 made the last msgrcv() on this queue; it may have exited since.")
                                  .arg(q.lrpid);
    case NamespaceColumn:
        return namespaceToolTip(q.ipcNamespace);
    default:
        return {};
    }
}

QString MessageQueueTableModel::filterText(int row) const
{
    const MessageQueueInfo &q = m_queues.at(row);
    QStringList words = {SegmentFormat::key(q.key), QString::number(q.msqid), q.ownerName, q.creatorName,
                         QString::fromUtf8(q.lspidCommand), QString::fromUtf8(q.lrpidCommand)};
    words << namespaceWords(q.ipcNamespace);
    return words.join(QLatin1Char(' '));
}

QString MessageQueueTableModel::headerText(int section, bool tip) const
{
    struct Header
    {
        const char *title;
        const char *tip;
    };
    static const Header headers[ColumnCount] = {
        {QT_TR_NOOP("Key"), QT_TR_NOOP("The key given to msgget(). 0x00000000 is IPC_PRIVATE.")},
        {QT_TR_NOOP("Msqid"), QT_TR_NOOP("The id msgget() returned; msgsnd(), msgrcv() and msgctl() take it.")},
        {QT_TR_NOOP("Owner"), QT_TR_NOOP("The user who owns the queue (uid), as ipcs shows it.")},
        {QT_TR_NOOP("Perms"), QT_TR_NOOP("Permission bits in octal: read (4) lets a process receive, write (2) "
                                         "lets it send.")},
        {QT_TR_NOOP("Used bytes"), QT_TR_NOOP("The bytes of the messages waiting in the queue (used-bytes). The "
                                              "messages are not shown: reading one takes it off the queue.")},
        {QT_TR_NOOP("Messages"), QT_TR_NOOP("How many messages wait in the queue. They are not shown: reading one "
                                            "takes it off the queue.")},
        {QT_TR_NOOP("Last sender"), QT_TR_NOOP("The process that made the last msgsnd() (lspid), and its command "
                                               "while it runs.")},
        {QT_TR_NOOP("Last receiver"), QT_TR_NOOP("The process that made the last msgrcv() (lrpid), and its "
                                                 "command while it runs.")},
        {QT_TR_NOOP("Last send"), QT_TR_NOOP("When the last message was sent (stime).")},
        {QT_TR_NOOP("Last receive"), QT_TR_NOOP("When the last message was received (rtime).")},
        {QT_TR_NOOP("Changed"), QT_TR_NOOP("When it was created, or its owner, mode or size limit last changed "
                                           "(ctime).")},
        {QT_TR_NOOP("Creator"), QT_TR_NOOP("The user who created it (cuid).")},
        {QT_TR_NOOP("Group"), QT_TR_NOOP("The owning group (gid).")},
        {QT_TR_NOOP("Namespace"),
         QT_TR_NOOP("The IPC namespace it lives in: each container has its own queues, numbered from 0, and ipcs "
                    "shows only its own.")},
    };
    return tr(tip ? headers[section].tip : headers[section].title);
}

} // namespace app
