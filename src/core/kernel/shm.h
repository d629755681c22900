#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <optional>

namespace core {

// Thin wrappers over the System V calls that change the system. Each gives back the value or a Error
// whose message a student can act on.
class Shm
{
    Q_DECLARE_TR_FUNCTIONS(core::Shm)

public:
    // shmget(key or IPC_PRIVATE, size, mode | IPC_CREAT | IPC_EXCL): always a new segment, never an existing one.
    [[nodiscard]] static Result<int> create(std::optional<qint32> key, quint64 size, quint32 mode);
    // shmctl(shmid, IPC_RMID, NULL). A segment still attached lives on, marked dest, until the last detach.
    [[nodiscard]] static Result<Done> remove(int shmid);

    // shmget(key, 0, 0): the id of the segment that has this key now.
    [[nodiscard]] static Result<int> idOfKey(qint32 key);

    // Text for the calls, as they would be written in C.
    [[nodiscard]] static QString createCall(std::optional<qint32> key, quint64 size, quint32 mode);
    [[nodiscard]] static QString removeCall(int shmid);
};

} // namespace core
