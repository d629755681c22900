#include "core/kernel/processmemory.h"

#include <cerrno>
#include <sys/uio.h>

namespace core {

namespace {

QString refusedMessage(qint64 pid)
{
    return ProcessMemory::tr("The memory of process %1 could not be read: it has ended, or you may not trace it.")
        .arg(pid);
}

} // namespace

QString ProcessMemory::readCall(qint64 pid, quint64 address, quint64 length)
{
    return QStringLiteral("process_vm_readv(%1, {buffer, %2}, 1, {0x%3, %2}, 1, 0)")
        .arg(pid)
        .arg(length)
        .arg(address, 0, 16);
}

QString ProcessMemory::writeCall(qint64 pid, quint64 address, quint64 length)
{
    return QStringLiteral("process_vm_writev(%1, {bytes, %2}, 1, {0x%3, %2}, 1, 0)")
        .arg(pid)
        .arg(length)
        .arg(address, 0, 16);
}

Result<Done> ProcessMemory::readInto(qint64 pid, quint64 address, char *out, quint64 length)
{
    struct iovec local = {out, size_t(length)};
    struct iovec remote = {reinterpret_cast<void *>(quintptr(address)), size_t(length)};
    const ssize_t copied = ::process_vm_readv(pid_t(pid), &local, 1, &remote, 1, 0);
    if (copied < 0)
        return Error{readCall(pid, address, length), errno, refusedMessage(pid)};
    if (quint64(copied) != length)
        return Error{readCall(pid, address, length), 0,
                     tr("Only %1 of %2 bytes of process %3 could be read.").arg(copied).arg(length).arg(pid)};
    return Done{};
}

Result<QByteArray> ProcessMemory::read(qint64 pid, quint64 address, quint64 length)
{
    QByteArray bytes(qsizetype(length), Qt::Uninitialized);
    const auto copied = readInto(pid, address, bytes.data(), length);
    if (!copied.ok())
        return copied.error();
    return bytes;
}

Result<Done> ProcessMemory::write(qint64 pid, quint64 address, QByteArrayView bytes)
{
    const auto length = quint64(bytes.size());
    struct iovec local = {const_cast<char *>(bytes.data()), size_t(length)};
    struct iovec remote = {reinterpret_cast<void *>(quintptr(address)), size_t(length)};
    const ssize_t copied = ::process_vm_writev(pid_t(pid), &local, 1, &remote, 1, 0);
    if (copied < 0)
        return Error{writeCall(pid, address, length), errno,
                     tr("Could not write into the memory of process %1: it has ended, or you may not trace it.")
                         .arg(pid)};
    if (quint64(copied) != length)
        return Error{writeCall(pid, address, length), 0,
                     tr("Only %1 of %2 bytes could be written into process %3.").arg(copied).arg(length).arg(pid)};
    return Done{};
}

} // namespace core
