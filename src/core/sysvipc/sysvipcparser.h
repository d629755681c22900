#pragma once

#include "core/sysvipc/messagequeueinfo.h"
#include "core/sysvipc/semaphoresetinfo.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>

namespace core {

// One line of /proc/PID/syscall: the number of the call the process is in and its six arguments, as the
// kernel prints them ("65 0x3 0x7ffd12345678 0x1 0x0 0x0 0x0 0x7ffd... 0x7f..."). A process that is running
// says "running" and one outside a call "-1 ...": both give nullopt.
struct SyscallLine
{
    long number = -1;
    std::array<quint64, 6> args{};
};

// Parsers for the kernel's text about semaphore sets and message queues. Pure functions over bytes, so tests
// can feed them captured files; lines that do not parse are skipped with a sentence in *warnings, as
// ProcParser does for /proc/sysvipc/shm.
class SysvIpcParser
{
    Q_DECLARE_TR_FUNCTIONS(core::SysvIpcParser)

public:
    // /proc/sysvipc/sem: a header, then "key semid perms nsems uid gid cuid cgid otime ctime" a line.
    [[nodiscard]] static QList<SemaphoreSetInfo> parseSem(QByteArrayView text, QStringList *warnings = nullptr);
    // /proc/sysvipc/msg: a header, then "key msqid perms cbytes qnum lspid lrpid uid gid cuid cgid stime rtime
    // ctime" a line.
    [[nodiscard]] static QList<MessageQueueInfo> parseMsg(QByteArrayView text, QStringList *warnings = nullptr);
    // /proc/PID/syscall.
    [[nodiscard]] static std::optional<SyscallLine> parseSyscall(QByteArrayView text);
};

} // namespace core
