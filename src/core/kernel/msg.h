#pragma once

// The System V message queue calls (msgget, msgctl), as core::Shm is for segments. ShmScope lists and makes
// queues but never reads their messages: msgrcv takes a message off the queue, and a tool that only looks
// must not.

#include "core/kernel/shm.h"
#include "core/result.h"

#include <QCoreApplication>

#include <optional>
#include <sys/msg.h>

namespace core {

class Msg
{
    Q_DECLARE_TR_FUNCTIONS(core::Msg)

public:
    using Log = Shm::Log;

    // msgget(key or IPC_PRIVATE, mode | IPC_CREAT | IPC_EXCL): always a new queue. Recorded, with
    // `ipcmk -Q -p mode` as its shell twin.
    [[nodiscard]] static Result<int> create(std::optional<qint32> key, quint32 mode);
    // msgget(key, 0): the id of the queue that has this key now. Recorded.
    [[nodiscard]] static Result<int> idOfKey(qint32 key);
    // msgctl(msqid, IPC_STAT, &ds): needs read permission.
    [[nodiscard]] static Result<struct msqid_ds> stat(int msqid, Log log);
    // msgctl(msqid, IPC_RMID, NULL): at once, with its messages, and every process waiting in msgsnd or
    // msgrcv wakes with EIDRM. Recorded, with `ipcrm -q msqid`.
    [[nodiscard]] static Result<Done> remove(int msqid);

    // The scan's calls, as ipcs makes them when /proc cannot be read. Never recorded.
    // msgctl(0, IPC_INFO, &info): msgmax, msgmnb, msgmni.
    [[nodiscard]] static Result<struct msginfo> limits();
    // msgctl(0, MSG_INFO, &info): the highest slot index in use, and how many queues there are.
    struct Table
    {
        int highestIndex;
        int queues;
    };
    [[nodiscard]] static Result<Table> table();
    // msgctl(index, MSG_STAT_ANY, &ds), or MSG_STAT before Linux 4.17: the queue in that slot (EINVAL when
    // the slot is empty).
    struct Slot
    {
        int msqid;
        struct msqid_ds ds;
    };
    [[nodiscard]] static Result<Slot> statIndex(int index);

    // Text for the calls, as they would be written in C.
    [[nodiscard]] static QString createCall(std::optional<qint32> key, quint32 mode);
    [[nodiscard]] static QString idOfKeyCall(qint32 key);
    [[nodiscard]] static QString statCall(int msqid);
    [[nodiscard]] static QString removeCall(int msqid);
};

} // namespace core
