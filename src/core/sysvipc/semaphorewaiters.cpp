#include "core/sysvipc/semaphorewaiters.h"

#include "core/kernel/processmemory.h"
#include "core/segments/procfile.h"

#include <QHash>

#include <climits>
#include <cstring>
#include <fcntl.h>
#include <sys/sem.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace core {

namespace {

// Past this many operations in one call the array is not read: no program a student watches makes more.
constexpr quint64 MaxOperations = 64;

} // namespace

std::optional<int> SemaphoreWaiters::semidOf(const SyscallLine &line)
{
    bool isSemaphoreCall = false;
#ifdef SYS_semop
    isSemaphoreCall = isSemaphoreCall || line.number == SYS_semop;
#endif
#ifdef SYS_semtimedop
    isSemaphoreCall = isSemaphoreCall || line.number == SYS_semtimedop;
#endif
#ifdef SYS_semtimedop_time64
    isSemaphoreCall = isSemaphoreCall || line.number == SYS_semtimedop_time64;
#endif
    if (!isSemaphoreCall || line.args[0] > quint64(INT_MAX))
        return std::nullopt;
    return int(line.args[0]);
}

std::optional<SemaphoreWaiter> SemaphoreWaiters::blockedOn(const QList<Operation> &operations,
                                                           const QList<SemaphoreInfo> &semaphores)
{
    for (const Operation &o : operations) {
        if (o.num < 0 || o.num >= semaphores.size())
            continue;
        const int value = semaphores.at(o.num).value;
        SemaphoreWaiter waiter;
        waiter.semnum = o.num;
        if (o.op < 0 && value < -o.op) {
            waiter.waitsFor = SemaphoreWaiter::For::Increase;
            return waiter;
        }
        if (o.op == 0 && value != 0) {
            waiter.waitsFor = SemaphoreWaiter::For::Zero;
            return waiter;
        }
    }
    return std::nullopt;
}

void SemaphoreWaiters::fill(QList<SemaphoreSetInfo> &sets, const QByteArray &procRoot, quint64 ipcNamespace)
{
    QHash<int, SemaphoreSetInfo *> waitedOn;
    for (SemaphoreSetInfo &set : sets) {
        set.waiters.clear();
        for (const SemaphoreInfo &s : std::as_const(set.semaphores)) {
            if (s.ncnt + s.zcnt > 0) {
                waitedOn.insert(set.semid, &set);
                break;
            }
        }
    }
    if (waitedOn.isEmpty())
        return;

    const int procFolder = ::open(procRoot.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (procFolder < 0)
        return;
    QByteArray text;
    for (const qint64 pid : ProcFile::processIds(procRoot)) {
        const QByteArray prefix = QByteArray::number(pid);
        if (!ProcFile::readAt(procFolder, QByteArray(prefix + "/syscall").constData(), &text))
            continue;
        const auto line = SysvIpcParser::parseSyscall(QByteArrayView(text).trimmed());
        const auto semid = line ? semidOf(*line) : std::nullopt;
        SemaphoreSetInfo *set = semid ? waitedOn.value(*semid) : nullptr;
        if (!set)
            continue;
        if (ipcNamespace != 0) {
            struct stat st = {};
            if (::fstatat(procFolder, QByteArray(prefix + "/ns/ipc").constData(), &st, 0) != 0
                || quint64(st.st_ino) != ipcNamespace)
                continue;
        }
        SemaphoreWaiter waiter;
        const quint64 count = line->args[2];
        if (count > 0 && count <= MaxOperations) {
            const auto bytes = ProcessMemory::read(pid, line->args[1], count * sizeof(struct sembuf));
            if (bytes.ok()) {
                QList<Operation> operations;
                for (quint64 i = 0; i < count; ++i) {
                    struct sembuf op = {};
                    std::memcpy(&op, bytes.value().constData() + i * sizeof op, sizeof op);
                    operations.append({int(op.sem_num), int(op.sem_op)});
                }
                if (const auto blocked = blockedOn(operations, set->semaphores))
                    waiter = *blocked;
            }
        }
        waiter.pid = pid;
        waiter.command = ProcFile::commandAt(procFolder, QByteArray(prefix + "/comm").constData()).value_or(QByteArray());
        set->waiters.append(std::move(waiter));
    }
    ::close(procFolder);
}

} // namespace core
