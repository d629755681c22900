#include "core/kernel/msg.h"

#include "core/kernel/calllog.h"
#include "core/segments/segmentformat.h"

#include <cerrno>
#include <unistd.h>

#ifndef MSG_STAT_ANY
#define MSG_STAT_ANY 13 // Linux 4.17: like MSG_STAT, without the read-permission check
#endif

namespace core {

namespace {

QString youAre()
{
    return Msg::tr("you are uid %1").arg(geteuid());
}

QString keyText(std::optional<qint32> key)
{
    return key ? SegmentFormat::keyLiteral(*key) : QStringLiteral("IPC_PRIVATE");
}

QString createMessage(int errnum, std::optional<qint32> key)
{
    switch (errnum) {
    case EEXIST:
        return Msg::tr(
                   "A message queue with key %1 already exists. Choose another key, or remove the old queue "
                   "first.")
            .arg(keyText(key));
    case ENOSPC:
        return Msg::tr("The system limit is reached: msgmni queues exist already (/proc/sys/kernel/msgmni).");
    case ENOMEM:
        return Msg::tr("The kernel has not enough memory for the queue.");
    case EACCES:
        return Msg::tr("Permission denied for key %1 (%2).").arg(keyText(key), youAre());
    default:
        return Msg::tr("The kernel refused to create the message queue.");
    }
}

QString removeMessage(int errnum, int msqid)
{
    switch (errnum) {
    case EPERM:
        return Msg::tr("Message queue %1 may be removed only by its owner, its creator or root, and %2.")
            .arg(msqid)
            .arg(youAre());
    case EINVAL:
    case EIDRM:
        return Msg::tr("Message queue %1 does not exist any more: another process removed it since the last "
                       "refresh.")
            .arg(msqid);
    default:
        return Msg::tr("The kernel refused to remove message queue %1.").arg(msqid);
    }
}

} // namespace

QString Msg::createCall(std::optional<qint32> key, quint32 mode)
{
    return QStringLiteral("msgget(%1, %2|IPC_CREAT|IPC_EXCL)")
        .arg(keyText(key), SegmentFormat::modeLiteral(mode));
}

QString Msg::idOfKeyCall(qint32 key)
{
    return QStringLiteral("msgget(%1, 0)").arg(SegmentFormat::keyLiteral(key));
}

QString Msg::statCall(int msqid)
{
    return QStringLiteral("msgctl(%1, IPC_STAT, &ds)").arg(msqid);
}

QString Msg::removeCall(int msqid)
{
    return QStringLiteral("msgctl(%1, IPC_RMID, NULL)").arg(msqid);
}

Result<int> Msg::create(std::optional<qint32> key, quint32 mode)
{
    const QString call = createCall(key, mode);
    if (mode & ~0777u)
        return Error{call, 0, tr("The mode holds only permission bits, 0 to 0777 in octal.")};
    if (key && *key == IPC_PRIVATE)
        return Error{call, 0, tr("Key 0 is IPC_PRIVATE: choose a private queue, or another key.")};
    // ipcmk makes a queue under a random key: the shell's twin of an IPC_PRIVATE msgget only.
    const QString shell =
        key ? QString() : QStringLiteral("ipcmk -Q -p %1").arg(SegmentFormat::modeLiteral(mode));
    const int msqid = msgget(key ? *key : IPC_PRIVATE, int(mode) | IPC_CREAT | IPC_EXCL);
    if (msqid < 0) {
        const int errnum = errno;
        return CallLog::refused(call, errnum, Log::Record, createMessage(errnum, key), shell);
    }
    CallLog::succeeded(call, QString::number(msqid), shell);
    return msqid;
}

Result<int> Msg::idOfKey(qint32 key)
{
    if (key == IPC_PRIVATE)
        return Error{idOfKeyCall(key), 0,
                     tr("Key 0 is IPC_PRIVATE: a private queue is found by its msqid only.")};
    const int msqid = msgget(key, 0);
    if (msqid < 0) {
        const int errnum = errno;
        return CallLog::refused(idOfKeyCall(key), errnum, Log::Record,
                                errnum == ENOENT
                                    ? tr("No message queue has key %1 now.").arg(SegmentFormat::key(key))
                                    : tr("The message queue with key %1 may not be used (%2).")
                                          .arg(SegmentFormat::key(key), youAre()));
    }
    CallLog::succeeded(idOfKeyCall(key), QString::number(msqid));
    return msqid;
}

Result<struct msqid_ds> Msg::stat(int msqid, Log log)
{
    const QString shell = QStringLiteral("ipcs -q -i %1").arg(msqid);
    struct msqid_ds ds = {};
    if (msgctl(msqid, IPC_STAT, &ds) < 0) {
        const int errnum = errno;
        return CallLog::refused(statCall(msqid), errnum, log, {}, shell);
    }
    if (log == Log::Record)
        CallLog::succeeded(statCall(msqid), QStringLiteral("0"), shell);
    return ds;
}

Result<Done> Msg::remove(int msqid)
{
    if (msqid < 0)
        return Error{removeCall(msqid), 0, tr("%1 is not a message queue id.").arg(msqid)};
    const QString shell = QStringLiteral("ipcrm -q %1").arg(msqid);
    if (msgctl(msqid, IPC_RMID, nullptr) < 0) {
        const int errnum = errno;
        return CallLog::refused(removeCall(msqid), errnum, Log::Record, removeMessage(errnum, msqid), shell);
    }
    CallLog::succeeded(removeCall(msqid), QStringLiteral("0"), shell);
    return Done{};
}

Result<struct msginfo> Msg::limits()
{
    struct msginfo info = {};
    // IPC_INFO fills a struct msginfo through the msqid_ds pointer, as msgctl(2) documents.
    if (msgctl(0, IPC_INFO, reinterpret_cast<struct msqid_ds *>(&info)) < 0) {
        const int errnum = errno;
        return Error{QStringLiteral("msgctl(0, IPC_INFO, &info)"), errnum, {}};
    }
    return info;
}

Result<Msg::Table> Msg::table()
{
    struct msginfo info = {};
    // MSG_INFO returns the highest index in use; msgpool holds how many queues there are.
    const int index = msgctl(0, MSG_INFO, reinterpret_cast<struct msqid_ds *>(&info));
    if (index < 0) {
        const int errnum = errno;
        return Error{QStringLiteral("msgctl(0, MSG_INFO, &info)"), errnum, {}};
    }
    return Table{index, info.msgpool};
}

Result<Msg::Slot> Msg::statIndex(int index)
{
    Slot slot{-1, {}};
    slot.msqid = msgctl(index, MSG_STAT_ANY, &slot.ds);
    if (slot.msqid < 0)
        slot.msqid = msgctl(index, MSG_STAT, &slot.ds);
    if (slot.msqid < 0) {
        const int errnum = errno;
        return Error{QStringLiteral("msgctl(%1, MSG_STAT, &ds)").arg(index), errnum, {}};
    }
    return slot;
}

} // namespace core
