#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace core {

// Everything the kernel tells about one System V message queue (/proc/sysvipc/msg), plus names. The
// messages themselves are never read: msgrcv would take them off the queue.
// Plain values only: the GUI copies these across threads.
struct MessageQueueInfo
{
    qint32 key = 0;
    int msqid = -1;
    quint32 mode = 0;        // permission bits
    quint64 cbytes = 0;      // bytes in the queue's messages now ("used-bytes")
    quint64 qnum = 0;        // messages in the queue now
    qint64 lspid = 0;        // the last process to send (msgsnd), 0 = none yet
    qint64 lrpid = 0;        // the last process to receive (msgrcv)
    QByteArray lspidCommand; // their /proc/PID/comm, empty when exited or unreadable
    QByteArray lrpidCommand;
    uint uid = 0;
    uint gid = 0;
    uint cuid = 0;
    uint cgid = 0;
    qint64 stime = 0; // last msgsnd, epoch seconds, 0 = never
    qint64 rtime = 0; // last msgrcv
    qint64 ctime = 0; // last change by msgctl (or creation)

    QString ownerName;
    QString groupName;
    QString creatorName;
    QString creatorGroupName;

    // The IPC namespace's inode, as SegmentInfo::ipcNamespace; 0 when unknown.
    quint64 ipcNamespace = 0;

    [[nodiscard]] quint32 permissions() const { return mode & 0777; }

    friend bool operator==(const MessageQueueInfo &, const MessageQueueInfo &) = default;
};

} // namespace core
