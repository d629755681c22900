#pragma once

#include "core/sysvipc/semaphoresetinfo.h"
#include "core/sysvipc/sysvipcparser.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace core {

// The processes blocked in semop or semtimedop, found where /proc tells: /proc/PID/syscall names the call a
// sleeping process is in and its arguments (the semid first, then the address of its sembuf array and how
// many). The array itself is read from the process (process_vm_readv, where ptrace would be allowed) to say
// which semaphore it waits on and whether for an increase or for zero. Only the main thread of each process
// is looked at.
class SemaphoreWaiters
{
public:
    // Fills the waiters of every set whose semaphores say someone waits (ncnt or zcnt above 0), from one walk of
    // procRoot; only processes in the IPC namespace `ipcNamespace` count (0: every process), since a semid
    // names a set of one namespace. Sets nobody waits on cost nothing, and a scan where nobody waits reads no
    // process at all.
    static void fill(QList<SemaphoreSetInfo> &sets, const QByteArray &procRoot, quint64 ipcNamespace);

    // What one blocked call waits for, from its sembuf array (num, op pairs in order) and the set's values:
    // the first operation that cannot proceed, as the kernel checks them. nullopt when every one could.
    struct Operation
    {
        int num = 0;
        int op = 0;
    };
    [[nodiscard]] static std::optional<SemaphoreWaiter> blockedOn(const QList<Operation> &operations,
                                                                  const QList<SemaphoreInfo> &semaphores);
    // Whether the call is semop or semtimedop on this machine, and the semid it names.
    [[nodiscard]] static std::optional<int> semidOf(const SyscallLine &line);
};

} // namespace core
