#pragma once

#include "core/result.h"

#include <QByteArray>
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
};

} // namespace core
