#include "core/kernel/processmemory.h"

#include <cerrno>
#include <sys/uio.h>

namespace core {

Result<QByteArray> ProcessMemory::read(qint64 pid, quint64 address, quint64 length)
{
    const QString call = QStringLiteral("process_vm_readv(%1, {buffer, %2}, 1, {0x%3, %2}, 1, 0)")
                             .arg(pid)
                             .arg(length)
                             .arg(address, 0, 16);
    QByteArray bytes(qsizetype(length), Qt::Uninitialized);
    struct iovec local = {bytes.data(), size_t(length)};
    struct iovec remote = {reinterpret_cast<void *>(quintptr(address)), size_t(length)};
    const ssize_t copied = ::process_vm_readv(pid_t(pid), &local, 1, &remote, 1, 0);
    if (copied < 0)
        return Error{call, errno,
                     tr("The memory of process %1 could not be read: it has ended, or you may not trace it.")
                         .arg(pid)};
    if (quint64(copied) != length)
        return Error{call, 0, tr("Only %1 of %2 bytes of process %3 could be read.").arg(copied).arg(length).arg(pid)};
    return bytes;
}

} // namespace core
