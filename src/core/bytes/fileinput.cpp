#include "core/bytes/fileinput.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace core {

namespace {

// Reads grow the buffer by this much at most at a time: a small file costs little whatever the limit.
constexpr quint64 GrowthStep = 16 * 1024 * 1024;

QString systemReason(int errnum)
{
    return QString::fromLocal8Bit(std::strerror(errnum));
}

// What a file that is not a regular one is, for "FILE is a directory, not a file."
QString refusalByType(const QString &path, mode_t mode)
{
    if (S_ISDIR(mode))
        return FileInput::tr("%1 is a directory, not a file.").arg(path);
    if (S_ISCHR(mode))
        return FileInput::tr("%1 is a character device, not a file.").arg(path);
    if (S_ISBLK(mode))
        return FileInput::tr("%1 is a block device, not a file.").arg(path);
    if (S_ISFIFO(mode))
        return FileInput::tr("%1 is a FIFO (named pipe), not a file.").arg(path);
    if (S_ISSOCK(mode))
        return FileInput::tr("%1 is a socket, not a file.").arg(path);
    return FileInput::tr("%1 is not a regular file.").arg(path);
}

} // namespace

FileInput::FileInput(int fd, QString name, std::optional<quint64> size, bool owned)
    : m_fd(fd), m_name(std::move(name)), m_size(size), m_owned(owned)
{
}

FileInput::~FileInput()
{
    if (m_owned)
        ::close(m_fd);
}

Result<std::unique_ptr<FileInput>> FileInput::open(const QString &path)
{
    // O_NONBLOCK: opening a FIFO that has no writer returns at once instead of waiting for one; it is then
    // refused by its type. A regular file ignores the flag.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int errnum = errno;
        if (errnum == ENOENT)
            return Error{QStringLiteral("open()"), errnum, tr("%1 does not exist.").arg(path)};
        if (errnum == ENXIO) // a socket's name, or a device nobody drives
            return Error{QStringLiteral("open()"), errnum, tr("%1 is a socket or a device, not a file.").arg(path)};
        return Error{QStringLiteral("open()"), errnum, tr("Cannot read %1: %2.").arg(path, systemReason(errnum))};
    }
    struct stat status = {};
    if (::fstat(fd, &status) < 0) {
        const int errnum = errno;
        ::close(fd);
        return Error{QStringLiteral("fstat()"), errnum, tr("Cannot read %1: %2.").arg(path, systemReason(errnum))};
    }
    if (!S_ISREG(status.st_mode)) {
        ::close(fd);
        return Error::plain(refusalByType(path, status.st_mode));
    }
    return std::unique_ptr<FileInput>(new FileInput(fd, path, quint64(status.st_size), true));
}

std::unique_ptr<FileInput> FileInput::standardInput()
{
    return std::unique_ptr<FileInput>(new FileInput(STDIN_FILENO, tr("standard input"), std::nullopt, false));
}

Result<QByteArray> FileInput::read(quint64 limit)
{
    QByteArray bytes;
    quint64 filled = 0;
    while (filled < limit) {
        if (filled == quint64(bytes.size())) {
            // A file's known size sizes the buffer at once (one byte more, to see that it grew); a pipe's
            // grows as it delivers.
            const quint64 next = m_size && filled == 0 ? *m_size + 1 : filled + GrowthStep;
            bytes.resize(qsizetype(std::min(limit, std::max(next, filled + 1))));
        }
        const ssize_t got = ::read(m_fd, bytes.data() + filled, size_t(quint64(bytes.size()) - filled));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return Error{QStringLiteral("read()"), errno, tr("Cannot read %1: %2.").arg(m_name, systemReason(errno))};
        if (got == 0)
            break;
        filled += quint64(got);
    }
    bytes.truncate(qsizetype(filled));
    return bytes;
}

} // namespace core
