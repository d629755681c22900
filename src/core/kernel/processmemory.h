#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace core {

// Bytes of another process's memory, copied by the kernel with process_vm_readv(): how the likely-user rules
// read the first bytes of a System V segment through a process that has it attached, without attaching it
// ourselves (an attach of ours would change the segment's nattch, lpid and atime, which the user is looking
// at). Needs the right to ptrace the process (same user and Yama's ptrace_scope, or CAP_SYS_PTRACE). Reads
// made by the refresh: not recorded in the call log.
class ProcessMemory
{
    Q_DECLARE_TR_FUNCTIONS(core::ProcessMemory)

public:
    // Exactly `length` bytes at `address` in process `pid`; refused when fewer could be copied.
    [[nodiscard]] static Result<QByteArray> read(qint64 pid, quint64 address, quint64 length);
    // The same into a caller's buffer (the refresh tick: no allocation). Not recorded.
    [[nodiscard]] static Result<Done> readInto(qint64 pid, quint64 address, char *out, quint64 length);
    // Exactly bytes.size() bytes into process pid at `address` with process_vm_writev(); refused when fewer
    // could be copied (some may have been). Not recorded: the caller tells what the bytes mean.
    [[nodiscard]] static Result<Done> write(qint64 pid, quint64 address, QByteArrayView bytes);
    // The calls as C.
    [[nodiscard]] static QString readCall(qint64 pid, quint64 address, quint64 length);
    [[nodiscard]] static QString writeCall(qint64 pid, quint64 address, quint64 length);
};

} // namespace core
