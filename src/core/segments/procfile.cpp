#include "core/segments/procfile.h"

#include <cerrno>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

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

// comm is the name and one '\n' the kernel adds; spaces around the name are the name's own.
std::optional<QByteArray> commandOf(bool read, QByteArray text)
{
    if (!read)
        return std::nullopt;
    if (text.endsWith('\n'))
        text.chop(1);
    return text;
}

} // namespace

std::optional<QByteArray> ProcFile::command(const QByteArray &root, qint64 pid)
{
    QByteArray text;
    const bool read = ProcFile::read(root + '/' + QByteArray::number(pid) + "/comm", &text);
    return commandOf(read, std::move(text));
}

std::optional<QByteArray> ProcFile::commandAt(int processDirFd)
{
    QByteArray text;
    const bool read = readAt(processDirFd, "comm", &text);
    return commandOf(read, std::move(text));
}

} // namespace core
