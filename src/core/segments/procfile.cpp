#include "core/segments/procfile.h"

#include <cerrno>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace core {

bool ProcFile::readToEnd(int fd, QByteArray *out)
{
    out->resize(0);
    qsizetype used = 0;
    for (;;) {
        if (out->size() - used < 16384)
            out->resize(used + 65536);
        const ssize_t n = ::read(fd, out->data() + used, size_t(out->size() - used));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            out->resize(used);
            return n == 0;
        }
        used += n;
    }
}

bool ProcFile::read(const QByteArray &path, QByteArray *out)
{
    return readAt(AT_FDCWD, path.constData(), out);
}

bool ProcFile::readAt(int dirFd, const char *name, QByteArray *out)
{
    const int fd = ::openat(dirFd, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool read = readToEnd(fd, out);
    const int readErrno = errno;
    ::close(fd);
    errno = readErrno;
    return read;
}

QList<qint64> ProcFile::processIds(const QByteArray &root)
{
    QList<qint64> pids;
    DIR *dir = ::opendir(root.constData());
    if (!dir)
        return pids;
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (name[0] < '1' || name[0] > '9')
            continue;
        char *end = nullptr;
        errno = 0;
        const long long pid = std::strtoll(name, &end, 10);
        if (*end == '\0' && errno == 0)
            pids.append(pid);
    }
    ::closedir(dir);
    return pids;
}

namespace {

// The comm file open at dirFd/name. One small read: the kernel writes a name of at most 64 bytes (a kernel
// thread's), and the usual 64 KiB buffer, allocated for each holder and kept by each copy of the name, cost a
// tenth of a POSIX scan.
std::optional<QByteArray> readCommand(int dirFd, const char *name)
{
    const int fd = ::openat(dirFd, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    char text[256];
    ssize_t length;
    do {
        length = ::read(fd, text, sizeof text);
    } while (length < 0 && errno == EINTR);
    ::close(fd);
    if (length < 0)
        return std::nullopt;
    // comm is the name and one '\n' the kernel adds; spaces around the name are the name's own.
    if (length > 0 && text[length - 1] == '\n')
        --length;
    return QByteArray(text, length);
}

} // namespace

std::optional<QByteArray> ProcFile::command(const QByteArray &root, qint64 pid)
{
    const QByteArray path = root + '/' + QByteArray::number(pid) + "/comm";
    return readCommand(AT_FDCWD, path.constData());
}

std::optional<QByteArray> ProcFile::commandAt(int dirFd, const char *path)
{
    return readCommand(dirFd, path);
}

} // namespace core
