#include "core/textfile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace core {

namespace {

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return TextFile::tr("a folder");
    if (S_ISFIFO(mode))
        return TextFile::tr("a FIFO (named pipe)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return TextFile::tr("a device");
    if (S_ISSOCK(mode))
        return TextFile::tr("a socket");
    return TextFile::tr("not a regular file");
}

// Closes the descriptor on every way out.
class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    [[nodiscard]] int fd() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

Result<QByteArray> TextFile::read(const QString &path, qint64 maxBytes)
{
    // O_NONBLOCK: opening a FIFO that has no writer returns at once instead of waiting for one.
    const Descriptor file(::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (file.fd() < 0)
        return Error{QStringLiteral("open()"), errno,
                     tr("Cannot read %1: %2.").arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    struct stat status = {};
    if (::fstat(file.fd(), &status) < 0)
        return Error{QStringLiteral("fstat()"), errno,
                     tr("Cannot read %1: %2.").arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    if (!S_ISREG(status.st_mode))
        return Error::plain(tr("%1 is %2, not a file: only a regular file is read.").arg(path, kindOf(status.st_mode)));
    const auto tooLarge = [&] {
        return Error::plain(tr("%1 is larger than %2 bytes, the most that is read.").arg(path).arg(maxBytes));
    };
    if (status.st_size > maxBytes)
        return tooLarge();
    // One byte more than allowed is asked for, so that a file that grew meanwhile is seen to be too large.
    QByteArray bytes(maxBytes + 1, Qt::Uninitialized);
    qint64 filled = 0;
    while (filled < bytes.size()) {
        const ssize_t got = ::read(file.fd(), bytes.data() + filled, size_t(bytes.size() - filled));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return Error{QStringLiteral("read()"), errno,
                         tr("Cannot read %1: %2.").arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
        if (got == 0)
            break;
        filled += got;
    }
    if (filled > maxBytes)
        return tooLarge();
    bytes.truncate(filled);
    return bytes;
}

} // namespace core
