#pragma once

// This room, src/core/kernel/, is the only place in ShmScope that calls the kernel's System V shared memory
// API (shmget, shmat, shmdt, shmctl): the window, the command line, the scanner and shmdemo all come through
// core::Shm. So every call the user makes reaches the call log, and each call's C text (what the log, the
// window and shmdemo show) is written in one function below, never twice. tests/layers checks it.

#include "core/result.h"

#include <QCoreApplication>

#include <optional>
#include <sys/shm.h>

namespace core {

// Thin wrappers over the System V calls. Each gives back the value or an Error with the call as C and
// errno. Where Shm knows what the user wanted (create, idOfKey, remove) the message is one a student can
// act on; for the others only the caller knows why it called, so the caller writes the message.
class Shm
{
    Q_DECLARE_TR_FUNCTIONS(core::Shm)

public:
    // Whether a call goes into the CallLog. The calls the user makes do; the refresh's own reads (IPC_STAT
    // on each attached segment every second) must not, or they would drown what the user did.
    enum class Log { Record, Quiet };
    // shmat() with SHM_RDONLY, or with 0 for read and write.
    enum class Access { ReadOnly, ReadWrite };

    // shmget(key or IPC_PRIVATE, size, mode | IPC_CREAT | IPC_EXCL): always a new segment, never an existing
    // one.
    [[nodiscard]] static Result<int> create(std::optional<qint32> key, quint64 size, quint32 mode);
    // shmget(key, size, mode | IPC_CREAT): the key's segment, made when there is none. EINVAL when it exists
    // and is smaller than size. Recorded; the message is the caller's.
    [[nodiscard]] static Result<int> open(qint32 key, quint64 size, quint32 mode);
    // shmget(key, 0, 0): the id of the segment that has this key now.
    [[nodiscard]] static Result<int> idOfKey(qint32 key);
    // shmctl(shmid, IPC_RMID, NULL). A segment still attached lives on, marked dest, until the last detach.
    [[nodiscard]] static Result<Done> remove(int shmid);
    // shmctl(shmid, IPC_STAT, &ds): needs read permission (EACCES), and a segment (EINVAL, EIDRM). The
    // message is the caller's.
    [[nodiscard]] static Result<struct shmid_ds> stat(int shmid, Log log);
    // shmat(shmid, NULL, SHM_RDONLY or 0): the address of the mapping. Recorded; the message is the caller's.
    [[nodiscard]] static Result<void *> attach(int shmid, Access access);
    // shmdt(memory). Recorded.
    [[nodiscard]] static Result<Done> detach(const void *memory);

    // The scan's reads when /proc cannot be read, the way util-linux's ipcs lists without it. Never recorded:
    // only the refresh makes them.
    // shmctl(0, IPC_INFO, &info): the system's limits.
    [[nodiscard]] static Result<struct shminfo> limits();
    // shmctl(0, SHM_INFO, &info): the highest slot index in use, and how many segments there are (used_ids),
    // which tells whether /proc/sysvipc/shm listed them all.
    struct Table
    {
        int highestIndex;
        int segments;
    };
    [[nodiscard]] static Result<Table> table();
    // shmctl(index, SHM_STAT_ANY, &ds), or SHM_STAT on kernels before 4.17, which needs read permission: the
    // segment in that slot, if any (EINVAL when the slot is empty).
    struct Slot
    {
        int shmid;
        struct shmid_ds ds;
    };
    [[nodiscard]] static Result<Slot> statIndex(int index);

    // Text for the calls, as they would be written in C.
    [[nodiscard]] static QString createCall(std::optional<qint32> key, quint64 size, quint32 mode);
    [[nodiscard]] static QString openCall(qint32 key, quint64 size, quint32 mode);
    [[nodiscard]] static QString idOfKeyCall(qint32 key);
    [[nodiscard]] static QString removeCall(int shmid);
    [[nodiscard]] static QString statCall(int shmid);
    [[nodiscard]] static QString attachCall(int shmid, Access access);
    [[nodiscard]] static QString detachCall(quint64 address);
};

} // namespace core
