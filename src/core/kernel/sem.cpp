#include "core/kernel/sem.h"

#include "core/kernel/calllog.h"
#include "core/segments/segmentformat.h"
#include "core/translations.h"

#include <cerrno>
#include <unistd.h>
#include <vector>

#ifndef SEM_STAT_ANY
#define SEM_STAT_ANY 20 // Linux 4.17: like SEM_STAT, without the read-permission check
#endif

namespace core {

namespace {

// semctl(2): "the calling program must define this union".
union semun {
    int val;
    struct semid_ds *buf;
    unsigned short *array;
    struct seminfo *__buf;
};

QString youAre()
{
    return Sem::tr("you are uid %1").arg(geteuid());
}

QString keyText(std::optional<qint32> key)
{
    return key ? SegmentFormat::keyLiteral(*key) : QStringLiteral("IPC_PRIVATE");
}

QString createMessage(int errnum, std::optional<qint32> key, int nsems)
{
    switch (errnum) {
    case EEXIST:
        return Sem::tr(
                   "A semaphore set with key %1 already exists. Choose another key, or remove the old set "
                   "first.")
            .arg(keyText(key));
    case EINVAL:
        return Sem::tr(
                   "The kernel refused a set of %1 semaphore(s): a set holds at least 1 and at most semmsl "
                   "(the first number of /proc/sys/kernel/sem).",
                   nullptr, Translations::numerus(nsems))
            .arg(nsems);
    case ENOSPC:
        return Sem::tr("The system limit is reached: either semmni sets exist already, or the semaphores of "
                       "all sets would pass semmns (/proc/sys/kernel/sem).");
    case ENOMEM:
        return Sem::tr("The kernel has not enough memory for the set.");
    case EACCES:
        return Sem::tr("Permission denied for key %1 (%2).").arg(keyText(key), youAre());
    default:
        return Sem::tr("The kernel refused to create the semaphore set.");
    }
}

// The set went away, or never was: what semctl and semop say with EINVAL or EIDRM.
QString goneMessage(int semid)
{
    return Sem::tr("Semaphore set %1 does not exist any more: another process removed it since the last "
                   "refresh.")
        .arg(semid);
}

QString setMessage(int errnum, int semid, int semnum)
{
    switch (errnum) {
    case ERANGE:
        return Sem::tr("A semaphore holds 0 to %1 (SEMVMX).").arg(Sem::MaxValue);
    case EACCES:
        return Sem::tr("Setting a value needs write permission on set %1 (%2).").arg(semid).arg(youAre());
    case EINVAL:
        return Sem::tr("Set %1 has no semaphore %2, or does not exist any more.").arg(semid).arg(semnum);
    case EIDRM:
        return goneMessage(semid);
    default:
        return Sem::tr("The kernel refused to set the value.");
    }
}

QString removeMessage(int errnum, int semid)
{
    switch (errnum) {
    case EPERM:
        return Sem::tr("Semaphore set %1 may be removed only by its owner, its creator or root, and %2.")
            .arg(semid)
            .arg(youAre());
    case EINVAL:
    case EIDRM:
        return goneMessage(semid);
    default:
        return Sem::tr("The kernel refused to remove semaphore set %1.").arg(semid);
    }
}

QString valuesText(const QList<int> &values)
{
    QStringList numbers;
    numbers.reserve(values.size());
    for (int value : values)
        numbers << QString::number(value);
    return QLatin1Char('{') + numbers.join(QStringLiteral(", ")) + QLatin1Char('}');
}

} // namespace

QString Sem::createCall(std::optional<qint32> key, int nsems, quint32 mode)
{
    return QStringLiteral("semget(%1, %2, %3|IPC_CREAT|IPC_EXCL)")
        .arg(keyText(key))
        .arg(nsems)
        .arg(SegmentFormat::modeLiteral(mode));
}

QString Sem::openCall(qint32 key, int nsems, quint32 mode)
{
    return QStringLiteral("semget(%1, %2, %3|IPC_CREAT)")
        .arg(SegmentFormat::keyLiteral(key))
        .arg(nsems)
        .arg(SegmentFormat::modeLiteral(mode));
}

QString Sem::idOfKeyCall(qint32 key)
{
    return QStringLiteral("semget(%1, 0, 0)").arg(SegmentFormat::keyLiteral(key));
}

QString Sem::setValueCall(int semid, int semnum, int value)
{
    return QStringLiteral("semctl(%1, %2, SETVAL, %3)").arg(semid).arg(semnum).arg(value);
}

QString Sem::setAllCall(int semid, const QList<int> &values)
{
    return QStringLiteral("semctl(%1, 0, SETALL, (unsigned short[])%2)").arg(semid).arg(valuesText(values));
}

QString Sem::valuesCall(int semid)
{
    return QStringLiteral("semctl(%1, 0, GETALL, values)").arg(semid);
}

QString Sem::countCall(int semid, int semnum, Count which)
{
    const char *command = which == Count::LastPid              ? "GETPID"
                          : which == Count::WaitingForIncrease ? "GETNCNT"
                                                               : "GETZCNT";
    return QStringLiteral("semctl(%1, %2, %3)").arg(semid).arg(semnum).arg(QLatin1String(command));
}

QString Sem::statCall(int semid)
{
    return QStringLiteral("semctl(%1, 0, IPC_STAT, &ds)").arg(semid);
}

QString Sem::removeCall(int semid)
{
    return QStringLiteral("semctl(%1, 0, IPC_RMID)").arg(semid);
}

QString Sem::operateCall(int semid, int semnum, int delta, Undo undo, Wait wait)
{
    QStringList flags;
    if (undo == Undo::Yes)
        flags << QStringLiteral("SEM_UNDO");
    if (wait == Wait::No)
        flags << QStringLiteral("IPC_NOWAIT");
    return QStringLiteral("semop(%1, &(struct sembuf){%2, %3, %4}, 1)")
        .arg(semid)
        .arg(semnum)
        .arg(delta)
        .arg(flags.isEmpty() ? QStringLiteral("0") : flags.join(QLatin1Char('|')));
}

Result<int> Sem::create(std::optional<qint32> key, int nsems, quint32 mode)
{
    const QString call = createCall(key, nsems, mode);
    if (nsems < 1)
        return Error{call, 0, tr("A semaphore set holds at least 1 semaphore.")};
    if (mode & ~0777u)
        return Error{call, 0, tr("The mode holds only permission bits, 0 to 0777 in octal.")};
    if (key && *key == IPC_PRIVATE)
        return Error{call, 0, tr("Key 0 is IPC_PRIVATE: choose a private set, or another key.")};
    // ipcmk makes a set under a random key: the shell's twin of an IPC_PRIVATE semget only.
    const QString shell =
        key ? QString()
            : QStringLiteral("ipcmk -S %1 -p %2").arg(nsems).arg(SegmentFormat::modeLiteral(mode));
    const int semid = semget(key ? *key : IPC_PRIVATE, nsems, int(mode) | IPC_CREAT | IPC_EXCL);
    if (semid < 0) {
        const int errnum = errno;
        return CallLog::refused(call, errnum, Log::Record, createMessage(errnum, key, nsems), shell);
    }
    CallLog::succeeded(call, QString::number(semid), shell);
    return semid;
}

Result<int> Sem::open(qint32 key, int nsems, quint32 mode)
{
    const int semid = semget(key, nsems, int(mode & 0777) | IPC_CREAT);
    if (semid < 0) {
        const int errnum = errno;
        return CallLog::refused(openCall(key, nsems, mode), errnum, Log::Record);
    }
    CallLog::succeeded(openCall(key, nsems, mode), QString::number(semid));
    return semid;
}

Result<int> Sem::idOfKey(qint32 key)
{
    if (key == IPC_PRIVATE)
        return Error{idOfKeyCall(key), 0,
                     tr("Key 0 is IPC_PRIVATE: a private set is found by its semid only.")};
    const int semid = semget(key, 0, 0);
    if (semid < 0) {
        const int errnum = errno;
        return CallLog::refused(idOfKeyCall(key), errnum, Log::Record,
                                errnum == ENOENT
                                    ? tr("No semaphore set has key %1 now.").arg(SegmentFormat::key(key))
                                    : tr("The semaphore set with key %1 may not be used (%2).")
                                          .arg(SegmentFormat::key(key), youAre()));
    }
    CallLog::succeeded(idOfKeyCall(key), QString::number(semid));
    return semid;
}

Result<Done> Sem::setValue(int semid, int semnum, int value)
{
    const QString call = setValueCall(semid, semnum, value);
    if (value < 0 || value > MaxValue)
        return Error{call, 0, tr("A semaphore holds 0 to %1 (SEMVMX), not %2.").arg(MaxValue).arg(value)};
    semun argument{};
    argument.val = value;
    if (semctl(semid, semnum, SETVAL, argument) < 0) {
        const int errnum = errno;
        return CallLog::refused(call, errnum, Log::Record, setMessage(errnum, semid, semnum));
    }
    CallLog::succeeded(call, QStringLiteral("0"));
    return Done{};
}

Result<Done> Sem::setAll(int semid, const QList<int> &values)
{
    const QString call = setAllCall(semid, values);
    std::vector<unsigned short> array;
    array.reserve(values.size());
    for (int value : values) {
        if (value < 0 || value > MaxValue)
            return Error{call, 0, tr("A semaphore holds 0 to %1 (SEMVMX), not %2.").arg(MaxValue).arg(value)};
        array.push_back(static_cast<unsigned short>(value));
    }
    semun argument{};
    argument.array = array.data();
    if (semctl(semid, 0, SETALL, argument) < 0) {
        const int errnum = errno;
        return CallLog::refused(call, errnum, Log::Record, setMessage(errnum, semid, 0));
    }
    CallLog::succeeded(call, QStringLiteral("0"));
    return Done{};
}

Result<QList<int>> Sem::values(int semid, int nsems, Log log)
{
    const QString shell = QStringLiteral("ipcs -s -i %1").arg(semid);
    if (nsems < 1)
        return Error{valuesCall(semid), 0, tr("A semaphore set holds at least 1 semaphore.")};
    std::vector<unsigned short> array(size_t(nsems), 0);
    semun argument{};
    argument.array = array.data();
    if (semctl(semid, 0, GETALL, argument) < 0) {
        const int errnum = errno;
        return CallLog::refused(valuesCall(semid), errnum, log, {}, shell);
    }
    if (log == Log::Record)
        CallLog::succeeded(valuesCall(semid), QStringLiteral("0"), shell);
    return QList<int>(array.begin(), array.end());
}

Result<int> Sem::count(int semid, int semnum, Count which, Log log)
{
    const int command = which == Count::LastPid              ? GETPID
                        : which == Count::WaitingForIncrease ? GETNCNT
                                                             : GETZCNT;
    const int value = semctl(semid, semnum, command);
    if (value < 0) {
        const int errnum = errno;
        return CallLog::refused(countCall(semid, semnum, which), errnum, log);
    }
    if (log == Log::Record)
        CallLog::succeeded(countCall(semid, semnum, which), QString::number(value));
    return value;
}

Result<struct semid_ds> Sem::stat(int semid, Log log)
{
    const QString shell = QStringLiteral("ipcs -s -i %1").arg(semid);
    struct semid_ds ds = {};
    semun argument{};
    argument.buf = &ds;
    if (semctl(semid, 0, IPC_STAT, argument) < 0) {
        const int errnum = errno;
        return CallLog::refused(statCall(semid), errnum, log, {}, shell);
    }
    if (log == Log::Record)
        CallLog::succeeded(statCall(semid), QStringLiteral("0"), shell);
    return ds;
}

Result<Done> Sem::remove(int semid)
{
    if (semid < 0)
        return Error{removeCall(semid), 0, tr("%1 is not a semaphore set id.").arg(semid)};
    const QString shell = QStringLiteral("ipcrm -s %1").arg(semid);
    if (semctl(semid, 0, IPC_RMID) < 0) {
        const int errnum = errno;
        return CallLog::refused(removeCall(semid), errnum, Log::Record, removeMessage(errnum, semid), shell);
    }
    CallLog::succeeded(removeCall(semid), QStringLiteral("0"), shell);
    return Done{};
}

Result<Done> Sem::operate(int semid, int semnum, int delta, Undo undo, Wait wait, Log log)
{
    struct sembuf operation = {};
    operation.sem_num = static_cast<unsigned short>(semnum);
    operation.sem_op = static_cast<short>(delta);
    operation.sem_flg =
        static_cast<short>((undo == Undo::Yes ? SEM_UNDO : 0) | (wait == Wait::No ? IPC_NOWAIT : 0));
    int done = 0;
    do {
        done = semop(semid, &operation, 1);
    } while (done < 0 && errno == EINTR);
    if (done < 0) {
        const int errnum = errno;
        return CallLog::refused(operateCall(semid, semnum, delta, undo, wait), errnum, log,
                                errnum == EIDRM || errnum == EINVAL ? goneMessage(semid) : QString());
    }
    if (log == Log::Record)
        CallLog::succeeded(operateCall(semid, semnum, delta, undo, wait), QStringLiteral("0"));
    return Done{};
}

Result<struct seminfo> Sem::limits()
{
    struct seminfo info = {};
    semun argument{};
    argument.__buf = &info;
    if (semctl(0, 0, IPC_INFO, argument) < 0) {
        const int errnum = errno;
        return Error{QStringLiteral("semctl(0, 0, IPC_INFO, &info)"), errnum, {}};
    }
    return info;
}

Result<Sem::Table> Sem::table()
{
    struct seminfo info = {};
    semun argument{};
    argument.__buf = &info;
    // SEM_INFO returns the highest index in use; semusz holds how many sets there are.
    const int index = semctl(0, 0, SEM_INFO, argument);
    if (index < 0) {
        const int errnum = errno;
        return Error{QStringLiteral("semctl(0, 0, SEM_INFO, &info)"), errnum, {}};
    }
    return Table{index, info.semusz};
}

Result<Sem::Slot> Sem::statIndex(int index)
{
    Slot slot{-1, {}};
    semun argument{};
    argument.buf = &slot.ds;
    slot.semid = semctl(index, 0, SEM_STAT_ANY, argument);
    if (slot.semid < 0)
        slot.semid = semctl(index, 0, SEM_STAT, argument);
    if (slot.semid < 0) {
        const int errnum = errno;
        return Error{QStringLiteral("semctl(%1, 0, SEM_STAT, &ds)").arg(index), errnum, {}};
    }
    return slot;
}

} // namespace core
