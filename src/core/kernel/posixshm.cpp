#include "core/kernel/posixshm.h"

#include "core/bytes/byteformat.h"
#include "core/kernel/calllog.h"
#include "core/segments/segmentformat.h"
#include "core/shmname.h"

#include <cerrno>
#include <fcntl.h>
#include <limits>
#include <sys/mman.h>
#include <unistd.h>
#include <utility>

namespace core {

namespace {

QString accessFlag(PosixShm::Access access)
{
    return access == PosixShm::Access::ReadOnly ? QStringLiteral("O_RDONLY") : QStringLiteral("O_RDWR");
}

// The name as a C string literal; valid UTF-8 (ShmName checked it) is kept as its characters.
QString nameLiteral(const QByteArray &name)
{
    return ByteFormat::cLiteral(name, name.size(), ByteFormat::NonAscii::Utf8Kept);
}

// shm_open()'s refusals, for a student: what the name's object is, and what to do.
QString openMessage(int errnum, const QByteArray &name, const QString &what)
{
    const QString shown = QString::fromUtf8(name);
    switch (errnum) {
    case EEXIST:
        return PosixShm::tr(
                   "An object named %1 exists already (%2). Choose another name, or remove the old one "
                   "first (shm_unlink).")
            .arg(shown, PosixShm::pathOf(name));
    case ENOENT:
        return PosixShm::tr("No object is named %1 now: %2 does not exist.")
            .arg(shown, PosixShm::pathOf(name));
    case EACCES:
        return PosixShm::tr(
                   "The mode of %1 does not let you (uid %2) %3 it: ls -l %4 shows its owner and mode.")
            .arg(shown)
            .arg(geteuid())
            .arg(what, PosixShm::pathOf(name));
    case EMFILE:
    case ENFILE:
        return PosixShm::tr("This process, or the system, has as many files open as it may.");
    case ENOSPC:
        return PosixShm::tr("/dev/shm has no room for another file.");
    default:
        return PosixShm::tr("The kernel refused to open %1.").arg(shown);
    }
}

// The shm_open() of one of the three kinds, checked, done and recorded.
Result<int> shmOpen(const QByteArray &name, int flags, quint32 mode, const QString &call, const QString &what)
{
    const auto checked = ShmName::check(name);
    if (!checked.ok())
        return Error{call, 0, checked.error().message};
    if (mode & ~0777u)
        return Error{call, 0, PosixShm::tr("The mode holds only permission bits, 0 to 0777 in octal.")};
    const int fd = shm_open(name.constData(), flags | O_CLOEXEC, mode_t(mode));
    if (fd < 0) {
        const int errnum = errno;
        return CallLog::refused(call, errnum, PosixShm::Log::Record, openMessage(errnum, name, what));
    }
    CallLog::succeeded(call, QString::number(fd), QStringLiteral("ls -l %1").arg(PosixShm::pathOf(name)));
    return fd;
}

} // namespace

QString PosixShm::pathOf(const QByteArray &name)
{
    return QStringLiteral("/dev/shm") + QString::fromUtf8(name);
}

QString PosixShm::createCall(const QByteArray &name, quint32 mode)
{
    return QStringLiteral("shm_open(%1, O_CREAT|O_EXCL|O_RDWR, %2)")
        .arg(nameLiteral(name), SegmentFormat::modeLiteral(mode));
}

QString PosixShm::openOrCreateCall(const QByteArray &name, quint32 mode)
{
    return QStringLiteral("shm_open(%1, O_CREAT|O_RDWR, %2)")
        .arg(nameLiteral(name), SegmentFormat::modeLiteral(mode));
}

QString PosixShm::openCall(const QByteArray &name, Access access)
{
    return QStringLiteral("shm_open(%1, %2, 0)").arg(nameLiteral(name), accessFlag(access));
}

QString PosixShm::openPathCall(const QString &path, Access access, bool followLink)
{
    return QStringLiteral("open(%1, %2|O_NONBLOCK%3)")
        .arg(ByteFormat::cLiteral(path.toUtf8(), path.toUtf8().size(), ByteFormat::NonAscii::Utf8Kept),
             accessFlag(access), followLink ? QString() : QStringLiteral("|O_NOFOLLOW"));
}

QString PosixShm::truncateCall(int fd, quint64 size)
{
    return truncateCall(QString::number(fd), size);
}

QString PosixShm::truncateCall(const QString &fd, quint64 size)
{
    return QStringLiteral("ftruncate(%1, %2)").arg(fd).arg(size);
}

QString PosixShm::statCall(int fd)
{
    return QStringLiteral("fstat(%1, &st)").arg(fd);
}

QString PosixShm::mapCall(int fd, quint64 size, Access access)
{
    return QStringLiteral("mmap(NULL, %1, %2, MAP_SHARED, %3, 0)")
        .arg(size)
        .arg(access == Access::ReadOnly ? QStringLiteral("PROT_READ")
                                        : QStringLiteral("PROT_READ|PROT_WRITE"))
        .arg(fd);
}

QString PosixShm::unmapCall(quint64 address, quint64 size)
{
    return QStringLiteral("munmap(%1, %2)").arg(SegmentFormat::address(address)).arg(size);
}

QString PosixShm::unlinkCall(const QByteArray &name)
{
    return QStringLiteral("shm_unlink(%1)").arg(nameLiteral(name));
}

QString PosixShm::closeCall(int fd)
{
    return closeCall(QString::number(fd));
}

QString PosixShm::closeCall(const QString &fd)
{
    return QStringLiteral("close(%1)").arg(fd);
}

Result<int> PosixShm::create(const QByteArray &name, quint32 mode)
{
    return shmOpen(name, O_CREAT | O_EXCL | O_RDWR, mode, createCall(name, mode), tr("create"));
}

Result<int> PosixShm::openOrCreate(const QByteArray &name, quint32 mode)
{
    return shmOpen(name, O_CREAT | O_RDWR, mode, openOrCreateCall(name, mode), tr("read and write"));
}

Result<int> PosixShm::open(const QByteArray &name, Access access)
{
    return shmOpen(name, access == Access::ReadOnly ? O_RDONLY : O_RDWR, 0, openCall(name, access),
                   access == Access::ReadOnly ? tr("read") : tr("read and write"));
}

Result<int> PosixShm::openPath(const QString &path, Access access, bool followLink)
{
    const int flags = (access == Access::ReadOnly ? O_RDONLY : O_RDWR) | O_NONBLOCK | O_CLOEXEC |
                      (followLink ? 0 : O_NOFOLLOW);
    const int fd = ::open(path.toUtf8().constData(), flags);
    if (fd < 0) {
        const int errnum = errno;
        return CallLog::refused(openPathCall(path, access, followLink), errnum, Log::Record);
    }
    CallLog::succeeded(openPathCall(path, access, followLink), QString::number(fd));
    return fd;
}

Result<Done> PosixShm::truncate(int fd, quint64 size, const QString &path)
{
    const QString shell =
        path.isEmpty() ? QString() : QStringLiteral("truncate -s %1 %2").arg(QString::number(size), path);
    if (size > quint64(std::numeric_limits<off_t>::max()))
        return Error{truncateCall(fd, size), 0, tr("%1 bytes is more than a file may hold.").arg(size)};
    if (ftruncate(fd, off_t(size)) < 0) {
        const int errnum = errno;
        return CallLog::refused(truncateCall(fd, size), errnum, Log::Record, {}, shell);
    }
    CallLog::succeeded(truncateCall(fd, size), QStringLiteral("0"), shell);
    return Done{};
}

Result<struct stat> PosixShm::stat(int fd, Log log, const QString &path)
{
    const QString shell = path.isEmpty() ? QString() : QStringLiteral("ls -l %1").arg(path);
    struct stat st = {};
    if (fstat(fd, &st) < 0) {
        const int errnum = errno;
        return CallLog::refused(statCall(fd), errnum, log, {}, shell);
    }
    if (log == Log::Record)
        CallLog::succeeded(statCall(fd), QStringLiteral("0"), shell);
    return st;
}

Result<void *> PosixShm::map(int fd, quint64 size, Access access)
{
    const int protection = access == Access::ReadOnly ? PROT_READ : PROT_READ | PROT_WRITE;
    void *memory = mmap(nullptr, size_t(size), protection, MAP_SHARED, fd, 0);
    if (memory == MAP_FAILED) {
        const int errnum = errno;
        QString message;
        // A tmpfs file may be as large as its size says without holding a page: larger than any mapping.
        if (errnum == ENOMEM || errnum == EOVERFLOW || (errnum == EINVAL && size > 0))
            message =
                tr("A mapping of size %1 does not fit in this process's free address space: the object is "
                   "too large to map.")
                    .arg(size);
        return CallLog::refused(mapCall(fd, size, access), errnum, Log::Record, message);
    }
    CallLog::succeeded(mapCall(fd, size, access), SegmentFormat::address(reinterpret_cast<quintptr>(memory)));
    return memory;
}

Result<Done> PosixShm::unmap(void *address, quint64 size)
{
    const auto at = quint64(reinterpret_cast<quintptr>(address));
    if (munmap(address, size_t(size)) < 0) {
        const int errnum = errno;
        return CallLog::refused(unmapCall(at, size), errnum, Log::Record);
    }
    CallLog::succeeded(unmapCall(at, size), QStringLiteral("0"));
    return Done{};
}

Result<Done> PosixShm::unlink(const QByteArray &name)
{
    const QString call = unlinkCall(name);
    const auto checked = ShmName::check(name);
    if (!checked.ok())
        return Error{call, 0, checked.error().message};
    const QString shell = QStringLiteral("rm %1").arg(pathOf(name));
    if (shm_unlink(name.constData()) < 0) {
        const int errnum = errno;
        return CallLog::refused(call, errnum, Log::Record, openMessage(errnum, name, tr("remove")), shell);
    }
    CallLog::succeeded(call, QStringLiteral("0"), shell);
    return Done{};
}

Result<Done> PosixShm::close(int fd, Log log)
{
    if (::close(fd) < 0) {
        const int errnum = errno;
        return CallLog::refused(closeCall(fd), errnum, log);
    }
    if (log == Log::Record)
        CallLog::succeeded(closeCall(fd), QStringLiteral("0"));
    return Done{};
}

} // namespace core
