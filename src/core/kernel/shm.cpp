#include "core/kernel/shm.h"

#include "core/kernel/calllog.h"
#include "core/segments/permissions.h"
#include "core/segments/segmentformat.h"
#include "core/segments/segmentscanner.h"
#include "core/translations.h"

#include <cerrno>
#include <sys/shm.h>
#include <unistd.h>

namespace core {

namespace {

QString youAre()
{
    return Shm::tr("you are uid %1").arg(geteuid());
}

QString createMessage(int errnum, std::optional<qint32> key, quint64 size)
{
    const QString keyText = key ? SegmentFormat::key(*key) : QStringLiteral("IPC_PRIVATE");
    switch (errnum) {
    case EEXIST:
        return Shm::tr("A segment with key %1 already exists. Choose another key, or remove the old segment first.")
            .arg(keyText);
    case EINVAL:
        return Shm::
            tr("The kernel refused a segment of %1 byte(s): it must be at least 1 byte and at most shmmax "
               "(/proc/sys/kernel/shmmax).",
               nullptr, Translations::numerus(size))
                .arg(size);
    case ENOSPC:
        return Shm::tr(
                   "The system limit is reached: either shmmni segments exist already, or %1 byte(s) more "
                   "would pass shmall, the pages all segments may hold together.",
                   nullptr, Translations::numerus(size))
            .arg(size);
    case ENOMEM:
        return Shm::tr("The kernel has not enough memory to back %1 byte(s).", nullptr,
                       Translations::numerus(size))
            .arg(size);
    case EACCES:
        return Shm::tr("Permission denied for key %1 (%2).").arg(keyText, youAre());
    case EPERM:
        return Shm::tr("Not permitted (%1).").arg(youAre());
    default:
        return Shm::tr("The kernel refused to create the segment.");
    }
}

QString removeMessage(int errnum, int shmid)
{
    switch (errnum) {
    case EPERM: {
        QString text = Shm::tr("Segment %1 may be removed only by its owner, its creator or root, and %2.")
                           .arg(shmid)
                           .arg(youAre());
        // The numbers that decided it, from the list everyone may read.
        if (const std::optional<SegmentInfo> segment = SegmentScanner::find(shmid))
            text += QLatin1Char(' ') + Permissions::rules(*segment);
        return text;
    }
    case EINVAL:
    case EIDRM:
        return Shm::tr("Segment %1 does not exist any more: another process removed it since the last refresh.")
            .arg(shmid);
    default:
        return Shm::tr("The kernel refused to remove segment %1.").arg(shmid);
    }
}

QString modeText(quint32 mode)
{
    return QLatin1Char('0') + QString::number(mode & 0777, 8).rightJustified(3, QLatin1Char('0'));
}

} // namespace

QString Shm::createCall(std::optional<qint32> key, quint64 size, quint32 mode)
{
    const QString keyText = key ? SegmentFormat::keyLiteral(*key) : QStringLiteral("IPC_PRIVATE");
    return QStringLiteral("shmget(%1, %2, %3|IPC_CREAT|IPC_EXCL)").arg(keyText).arg(size).arg(modeText(mode));
}

QString Shm::removeCall(int shmid)
{
    return QStringLiteral("shmctl(%1, IPC_RMID, NULL)").arg(shmid);
}

Result<int> Shm::create(std::optional<qint32> key, quint64 size, quint32 mode)
{
    const QString call = createCall(key, size, mode);
    if (size == 0)
        return Error{call, 0, tr("A segment needs at least 1 byte.")};
    if (mode & ~0777u)
        return Error{call, 0, tr("The mode holds only permission bits, 0 to 0777 in octal.")};
    if (key && *key == IPC_PRIVATE)
        return Error{call, 0, tr("Key 0 is IPC_PRIVATE: choose a private segment, or another key.")};
    const int shmid = shmget(key ? *key : IPC_PRIVATE, size, int(mode) | IPC_CREAT | IPC_EXCL);
    if (shmid < 0) {
        const int errnum = errno;
        Error error{call, errnum, createMessage(errnum, key, size)};
        CallLog::failed(error);
        return error;
    }
    CallLog::succeeded(call, QString::number(shmid));
    return shmid;
}

Result<int> Shm::idOfKey(qint32 key)
{
    const QString call = QStringLiteral("shmget(%1, 0, 0)").arg(SegmentFormat::keyLiteral(key));
    if (key == IPC_PRIVATE)
        return Error{call, 0, tr("Key 0 is IPC_PRIVATE: a private segment is found by its shmid only.")};
    const int shmid = shmget(key, 0, 0);
    if (shmid < 0) {
        const int errnum = errno;
        Error error{call, errnum,
                       errnum == ENOENT
                           ? tr("No segment has key %1 now.").arg(SegmentFormat::key(key))
                           : tr("The segment with key %1 may not be used (%2).")
                                 .arg(SegmentFormat::key(key), youAre())};
        CallLog::failed(error);
        return error;
    }
    CallLog::succeeded(call, QString::number(shmid));
    return shmid;
}

Result<Done> Shm::remove(int shmid)
{
    const QString call = removeCall(shmid);
    if (shmid < 0)
        return Error{call, 0, tr("%1 is not a segment id.").arg(shmid)};
    // What a student would type for the same: the log shows both.
    const QString shell = QStringLiteral("ipcrm -m %1").arg(shmid);
    if (shmctl(shmid, IPC_RMID, nullptr) < 0) {
        const int errnum = errno;
        Error error{call, errnum, removeMessage(errnum, shmid)};
        CallLog::failed(error, shell);
        return error;
    }
    CallLog::succeeded(call, QStringLiteral("0"), shell);
    return Done{};
}

} // namespace core
