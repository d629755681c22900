#include "core/kernel/shm.h"

#include "core/kernel/calllog.h"
#include "core/segments/permissions.h"
#include "core/segments/segmentformat.h"
#include "core/segments/segmentscanner.h"
#include "core/translations.h"

#include <cerrno>
#include <unistd.h>
#include <utility>

#ifndef SHM_STAT_ANY
#define SHM_STAT_ANY 15 // Linux 4.17: like SHM_STAT, without the read-permission check
#endif

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

// The scan's calls: in errors only, never in the log.
QString limitsCall()
{
    return QStringLiteral("shmctl(0, IPC_INFO, &info)");
}

QString tableCall()
{
    return QStringLiteral("shmctl(0, SHM_INFO, &info)");
}

QString statIndexCall(int index)
{
    return QStringLiteral("shmctl(%1, SHM_STAT, &ds)").arg(index);
}

} // namespace

QString Shm::createCall(std::optional<qint32> key, quint64 size, quint32 mode)
{
    const QString keyText = key ? SegmentFormat::keyLiteral(*key) : QStringLiteral("IPC_PRIVATE");
    return QStringLiteral("shmget(%1, %2, %3|IPC_CREAT|IPC_EXCL)")
        .arg(keyText)
        .arg(size)
        .arg(SegmentFormat::modeLiteral(mode));
}

QString Shm::openCall(qint32 key, quint64 size, quint32 mode)
{
    return QStringLiteral("shmget(%1, %2, %3|IPC_CREAT)")
        .arg(SegmentFormat::keyLiteral(key))
        .arg(size)
        .arg(SegmentFormat::modeLiteral(mode));
}

QString Shm::idOfKeyCall(qint32 key)
{
    return QStringLiteral("shmget(%1, 0, 0)").arg(SegmentFormat::keyLiteral(key));
}

QString Shm::removeCall(int shmid)
{
    return QStringLiteral("shmctl(%1, IPC_RMID, NULL)").arg(shmid);
}

QString Shm::statCall(int shmid)
{
    return QStringLiteral("shmctl(%1, IPC_STAT, &ds)").arg(shmid);
}

QString Shm::attachCall(int shmid, Access access)
{
    return QStringLiteral("shmat(%1, NULL, %2)")
        .arg(shmid)
        .arg(access == Access::ReadOnly ? QStringLiteral("SHM_RDONLY") : QStringLiteral("0"));
}

QString Shm::detachCall(quint64 address)
{
    return QStringLiteral("shmdt(%1)").arg(SegmentFormat::address(address));
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
    // ipcmk makes a new segment of a size and mode under a random key: the shell's way to a segment no key
    // names. It cannot choose the key, so a keyed shmget has no shell equivalent.
    const QString shell =
        key ? QString() : QStringLiteral("ipcmk -M %1 -p %2").arg(size).arg(SegmentFormat::modeLiteral(mode));
    const int shmid = shmget(key ? *key : IPC_PRIVATE, size, int(mode) | IPC_CREAT | IPC_EXCL);
    if (shmid < 0) {
        const int errnum = errno;
        return CallLog::refused(call, errnum, Log::Record, createMessage(errnum, key, size), shell);
    }
    CallLog::succeeded(call, QString::number(shmid), shell);
    return shmid;
}

Result<int> Shm::open(qint32 key, quint64 size, quint32 mode)
{
    const int shmid = shmget(key, size, int(mode & 0777) | IPC_CREAT);
    if (shmid < 0) {
        const int errnum = errno;
        return CallLog::refused(openCall(key, size, mode), errnum, Log::Record);
    }
    CallLog::succeeded(openCall(key, size, mode), QString::number(shmid));
    return shmid;
}

Result<int> Shm::idOfKey(qint32 key)
{
    if (key == IPC_PRIVATE)
        return Error{idOfKeyCall(key), 0,
                     tr("Key 0 is IPC_PRIVATE: a private segment is found by its shmid only.")};
    const int shmid = shmget(key, 0, 0);
    if (shmid < 0) {
        const int errnum = errno;
        return CallLog::refused(idOfKeyCall(key), errnum, Log::Record,
                       errnum == ENOENT ? tr("No segment has key %1 now.").arg(SegmentFormat::key(key))
                                        : tr("The segment with key %1 may not be used (%2).")
                                              .arg(SegmentFormat::key(key), youAre()));
    }
    CallLog::succeeded(idOfKeyCall(key), QString::number(shmid));
    return shmid;
}

Result<Done> Shm::remove(int shmid)
{
    if (shmid < 0)
        return Error{removeCall(shmid), 0, tr("%1 is not a segment id.").arg(shmid)};
    // What a student would type for the same: the log shows both.
    const QString shell = QStringLiteral("ipcrm -m %1").arg(shmid);
    if (shmctl(shmid, IPC_RMID, nullptr) < 0) {
        const int errnum = errno;
        return CallLog::refused(removeCall(shmid), errnum, Log::Record, removeMessage(errnum, shmid), shell);
    }
    CallLog::succeeded(removeCall(shmid), QStringLiteral("0"), shell);
    return Done{};
}

Result<struct shmid_ds> Shm::stat(int shmid, Log log)
{
    // What a student types to see the same fields.
    const QString shell = QStringLiteral("ipcs -m -i %1").arg(shmid);
    struct shmid_ds ds = {};
    if (shmctl(shmid, IPC_STAT, &ds) < 0) {
        const int errnum = errno;
        return CallLog::refused(statCall(shmid), errnum, log, {}, shell);
    }
    if (log == Log::Record)
        CallLog::succeeded(statCall(shmid), QStringLiteral("0"), shell);
    return ds;
}

Result<void *> Shm::attach(int shmid, Access access)
{
    // No shell command maps a segment: shmat has no shell equivalent, nor has shmdt.
    void *memory = shmat(shmid, nullptr, access == Access::ReadOnly ? SHM_RDONLY : 0);
    if (memory == reinterpret_cast<void *>(-1)) {
        const int errnum = errno;
        return CallLog::refused(attachCall(shmid, access), errnum, Log::Record);
    }
    CallLog::succeeded(attachCall(shmid, access), SegmentFormat::address(reinterpret_cast<quintptr>(memory)));
    return memory;
}

Result<Done> Shm::detach(const void *memory)
{
    const quint64 address = reinterpret_cast<quintptr>(memory);
    if (shmdt(memory) < 0) {
        const int errnum = errno;
        return CallLog::refused(detachCall(address), errnum, Log::Record);
    }
    CallLog::succeeded(detachCall(address), QStringLiteral("0"));
    return Done{};
}

Result<struct shminfo> Shm::limits()
{
    struct shminfo info = {};
    // IPC_INFO fills a struct shminfo through the shmid_ds pointer, as shmctl(2) documents.
    if (shmctl(0, IPC_INFO, reinterpret_cast<struct shmid_ds *>(&info)) < 0) {
        const int errnum = errno;
        return Error{limitsCall(), errnum, {}};
    }
    return info;
}

Result<Shm::Table> Shm::table()
{
    struct shm_info info = {};
    // SHM_INFO fills a struct shm_info through the shmid_ds pointer, and returns the highest index.
    const int index = shmctl(0, SHM_INFO, reinterpret_cast<struct shmid_ds *>(&info));
    if (index < 0) {
        const int errnum = errno;
        return Error{tableCall(), errnum, {}};
    }
    return Table{index, info.used_ids};
}

Result<Shm::Slot> Shm::statIndex(int index)
{
    Slot slot{-1, {}};
    slot.shmid = shmctl(index, SHM_STAT_ANY, &slot.ds);
    if (slot.shmid < 0)
        slot.shmid = shmctl(index, SHM_STAT, &slot.ds);
    if (slot.shmid < 0) {
        const int errnum = errno;
        return Error{statIndexCall(index), errnum, {}};
    }
    return slot;
}

} // namespace core
