#pragma once

#include "core/namespaces/ipcnamespace.h"
#include "core/sysvipc/messagequeueinfo.h"

#include <QByteArray>
#include <QList>

namespace core {

// The text of `shmscope --list --type msg`: the message queues as `ipcs -q` prints them, or every field we
// know as JSON. Pure formatting over MessageQueueInfo values.
class MessageQueueListWriter
{
public:
    // Byte for byte the layout of util-linux 2.38 `ipcs -q` (its English, C-locale text).
    [[nodiscard]] static QByteArray table(const QList<MessageQueueInfo> &queues);
    // For each namespace, in the order given, its header line and then table() of its queues.
    [[nodiscard]] static QByteArray tableByNamespace(const QList<MessageQueueInfo> &queues,
                                                     const QList<IpcNamespace> &namespaces);
    // An indented array of objects with the keys cbytes, cgid, ctime, cuid, gid, ipc_namespace, key, lrpid,
    // lrpid_command, lspid, lspid_command (null when the process has exited or may not be read), msqid, owner,
    // perms, qnum, rtime, stime and uid, sorted by name as QJsonDocument writes them.
    [[nodiscard]] static QByteArray json(const QList<MessageQueueInfo> &queues);
    // The same array without its final newline, its first line at `level` (--list --type all).
    static void appendJson(QByteArray &text, const QList<MessageQueueInfo> &queues, int level);
};

} // namespace core
