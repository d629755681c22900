#include "core/segments/procfile.h"

#include <cerrno>
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
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool read = readToEnd(fd, out);
    const int readErrno = errno;
    ::close(fd);
    errno = readErrno;
    return read;
}

} // namespace core
