#include "cli/messagequeuelistwriter.h"

#include "cli/ipcstable.h"
#include "cli/jsontext.h"
#include "core/segments/segmentformat.h"

namespace core {

namespace {

// util-linux 2.38 ipcs.c do_msg(): "0x%08x %-10d %-10.10s %-10o %-12ju %-12ju\n".
QByteArray tableRow(const MessageQueueInfo &q)
{
    return SegmentFormat::key(q.key).toLatin1() + ' ' + IpcsTable::column(QByteArray::number(q.msqid), 10) + ' '
           + IpcsTable::owner(q.ownerName) + ' ' + IpcsTable::column(SegmentFormat::perms(q.mode).toLatin1(), 10)
           + ' ' + IpcsTable::column(QByteArray::number(q.cbytes), 12) + ' '
           + IpcsTable::column(QByteArray::number(q.qnum), 12) + '\n';
}

std::optional<QString> commandOrNull(const QByteArray &command)
{
    return command.isEmpty() ? std::nullopt : std::optional(QString::fromUtf8(command));
}

void appendQueue(QByteArray &out, const MessageQueueInfo &q, int level)
{
    JsonText::Members member(out, level);
    JsonText::appendNumber(member("cbytes"), q.cbytes);
    JsonText::appendNumber(member("cgid"), q.cgid);
    JsonText::appendNumber(member("ctime"), q.ctime);
    JsonText::appendNumber(member("cuid"), q.cuid);
    JsonText::appendNumber(member("gid"), q.gid);
    JsonText::appendNumber(member("ipc_namespace"), q.ipcNamespace);
    JsonText::appendString(member("key"), SegmentFormat::key(q.key));
    JsonText::appendNumber(member("lrpid"), q.lrpid);
    JsonText::appendStringOrNull(member("lrpid_command"), commandOrNull(q.lrpidCommand));
    JsonText::appendNumber(member("lspid"), q.lspid);
    JsonText::appendStringOrNull(member("lspid_command"), commandOrNull(q.lspidCommand));
    JsonText::appendNumber(member("msqid"), q.msqid);
    JsonText::appendString(member("owner"), q.ownerName);
    JsonText::appendString(member("perms"), SegmentFormat::perms(q.mode));
    JsonText::appendNumber(member("qnum"), q.qnum);
    JsonText::appendNumber(member("rtime"), q.rtime);
    JsonText::appendNumber(member("stime"), q.stime);
    JsonText::appendNumber(member("uid"), q.uid);
    member.close();
}

} // namespace

QByteArray MessageQueueListWriter::table(const QList<MessageQueueInfo> &queues)
{
    // A blank line before the title and after the last row, "messages" padded to 12 columns, as ipcs prints them.
    QByteArray text = "\n------ Message Queues --------\n"
                      "key        msqid      owner      perms      used-bytes   messages    \n";
    for (const MessageQueueInfo &q : IpcsTable::bySlot(queues, &MessageQueueInfo::msqid))
        text += tableRow(q);
    text += '\n';
    return text;
}

QByteArray MessageQueueListWriter::tableByNamespace(const QList<MessageQueueInfo> &queues,
                                                    const QList<IpcNamespace> &namespaces)
{
    return IpcsTable::byNamespace(queues, namespaces, &MessageQueueListWriter::table);
}

QByteArray MessageQueueListWriter::json(const QList<MessageQueueInfo> &queues)
{
    return JsonText::document(queues, &MessageQueueListWriter::appendJson);
}

void MessageQueueListWriter::appendJson(QByteArray &text, const QList<MessageQueueInfo> &queues, int level)
{
    JsonText::appendArray(text, queues, level, [&](const MessageQueueInfo &q) { appendQueue(text, q, level + 1); });
}

} // namespace core
