#pragma once

// The System V semaphore calls (semget, semctl, semop), as core::Shm is for segments: the only place that
// makes them, so that every call the user makes reaches the call log with its C text written once.

#include "core/kernel/shm.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>
#include <sys/sem.h>

namespace core {

// Thin wrappers over the semaphore calls. Each gives back the value or an Error with the call as C and
// errno; where Sem knows what the user wanted (create, setValue, remove) the message is one a student can
// act on, elsewhere the caller writes it.
class Sem
{
    Q_DECLARE_TR_FUNCTIONS(core::Sem)

public:
    using Log = Shm::Log;

    // SEMVMX: the largest value a semaphore holds (semctl SETVAL refuses more with ERANGE).
    static constexpr int MaxValue = 32767;
    // SEMMSL's default: the most semaphores in one set, unless the machine's kernel.sem says otherwise.
    static constexpr int DefaultMaxPerSet = 32000;

    // semget(key or IPC_PRIVATE, nsems, mode | IPC_CREAT | IPC_EXCL): always a new set. Recorded, with
    // `ipcmk -S nsems -p mode` as its shell twin.
    [[nodiscard]] static Result<int> create(std::optional<qint32> key, int nsems, quint32 mode);
    // semget(key, nsems, mode | IPC_CREAT): the key's set, made when there is none. Recorded; the message is
    // the caller's.
    [[nodiscard]] static Result<int> open(qint32 key, int nsems, quint32 mode);
    // semget(key, 0, 0): the id of the set that has this key now. Recorded.
    [[nodiscard]] static Result<int> idOfKey(qint32 key);
    // semctl(semid, semnum, SETVAL, value): 0 to MaxValue. Recorded.
    [[nodiscard]] static Result<Done> setValue(int semid, int semnum, int value);
    // semctl(semid, 0, SETALL, values): one value a semaphore, each 0 to MaxValue. Recorded.
    [[nodiscard]] static Result<Done> setAll(int semid, const QList<int> &values);
    // semctl(semid, 0, GETALL, values): every value of a set of nsems semaphores, in one call.
    [[nodiscard]] static Result<QList<int>> values(int semid, int nsems, Log log);
    // semctl(semid, semnum, GETPID / GETNCNT / GETZCNT): the last process to operate on the semaphore, how
    // many wait for it to increase, how many wait for it to become zero.
    enum class Count { LastPid, WaitingForIncrease, WaitingForZero };
    [[nodiscard]] static Result<int> count(int semid, int semnum, Count which, Log log);
    // semctl(semid, 0, IPC_STAT, &ds): needs read permission.
    [[nodiscard]] static Result<struct semid_ds> stat(int semid, Log log);
    // semctl(semid, 0, IPC_RMID): at once, and every process waiting in semop on it wakes with EIDRM.
    // Recorded, with `ipcrm -s semid`.
    [[nodiscard]] static Result<Done> remove(int semid);
    // semop(semid, &(struct sembuf){semnum, delta, SEM_UNDO or 0 | IPC_NOWAIT or 0}, 1): P is -1, V is +1.
    // Blocks while the value would go below zero, unless Wait::No, which gives back EAGAIN instead.
    enum class Undo { No, Yes };
    enum class Wait { Yes, No };
    [[nodiscard]] static Result<Done> operate(int semid, int semnum, int delta, Undo undo,
                                              Wait wait = Wait::Yes, Log log = Log::Record);

    // The scan's calls, as ipcs makes them when /proc cannot be read. Never recorded.
    // semctl(0, IPC_INFO, &info): semmsl, semmns, semopm, semmni, semvmx.
    [[nodiscard]] static Result<struct seminfo> limits();
    // semctl(0, 0, SEM_INFO, &info): the highest slot index in use, and how many sets there are.
    struct Table
    {
        int highestIndex;
        int sets;
    };
    [[nodiscard]] static Result<Table> table();
    // semctl(index, 0, SEM_STAT_ANY, &ds), or SEM_STAT before Linux 4.17: the set in that slot (EINVAL when
    // the slot is empty).
    struct Slot
    {
        int semid;
        struct semid_ds ds;
    };
    [[nodiscard]] static Result<Slot> statIndex(int index);

    // Text for the calls, as they would be written in C.
    [[nodiscard]] static QString createCall(std::optional<qint32> key, int nsems, quint32 mode);
    [[nodiscard]] static QString openCall(qint32 key, int nsems, quint32 mode);
    [[nodiscard]] static QString idOfKeyCall(qint32 key);
    [[nodiscard]] static QString setValueCall(int semid, int semnum, int value);
    [[nodiscard]] static QString setAllCall(int semid, const QList<int> &values);
    [[nodiscard]] static QString valuesCall(int semid);
    [[nodiscard]] static QString countCall(int semid, int semnum, Count which);
    [[nodiscard]] static QString statCall(int semid);
    [[nodiscard]] static QString removeCall(int semid);
    [[nodiscard]] static QString operateCall(int semid, int semnum, int delta, Undo undo,
                                             Wait wait = Wait::Yes);
};

} // namespace core
