#include "core/kernel/posixmapping.h"

#include "core/kernel/calllog.h"
#include "core/shmname.h"

#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/uio.h>
#include <unistd.h>

namespace core {

namespace {

// The paths we open, and whether the last component is a /proc link to follow (the object behind it) or a
// name in /dev/shm, where a symlink is refused as glibc's shm_open() refuses it (O_NOFOLLOW).
enum class PathKind { DevShm, ProcLink, Other };

PathKind kindOf(const QString &path)
{
    static const QRegularExpression procLink(
        QStringLiteral("^/proc/[1-9][0-9]*/(fd/[0-9]+|map_files/[0-9a-f]+-[0-9a-f]+)$"));
    if (path.startsWith(QLatin1String("/dev/shm/")))
        return PathKind::DevShm;
    return procLink.match(path).hasMatch() ? PathKind::ProcLink : PathKind::Other;
}

// What a file that is not a regular one is, in a word a student knows.
QString fileKind(mode_t mode)
{
    if (S_ISDIR(mode))
        return PosixMapping::tr("a directory");
    if (S_ISFIFO(mode))
        return PosixMapping::tr("a FIFO (named pipe)");
    if (S_ISSOCK(mode))
        return PosixMapping::tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return PosixMapping::tr("a device");
    if (S_ISLNK(mode))
        return PosixMapping::tr("a symbolic link");
    return PosixMapping::tr("not a regular file");
}

QString openMessage(int errnum, const QString &path, PosixMapping::Mode mode)
{
    switch (errnum) {
    case ENOENT:
        return PosixMapping::tr("%1 does not exist (the object or the process may be gone).").arg(path);
    case EACCES:
    case EPERM:
        return PosixMapping::tr(
                   "You (uid %1) may not %2 %3: its mode, or /proc's rules for another process's "
                   "files, forbid it.")
            .arg(geteuid())
            .arg(mode == PosixMapping::Mode::ReadOnly ? PosixMapping::tr("read")
                                                      : PosixMapping::tr("read and write"),
                 path);
    case ELOOP:
        return PosixMapping::tr("%1 is a symbolic link: a shared memory object is a file of /dev/shm itself.")
            .arg(path);
    case ENXIO:
        return PosixMapping::tr("%1 is a socket or a device, not a shared memory object.").arg(path);
    case EISDIR:
        return PosixMapping::tr("%1 is a directory, not a shared memory object.").arg(path);
    default:
        return PosixMapping::tr("Could not open %1.").arg(path);
    }
}

// Only shared memory: the reasoning about holes and shrinking in the header holds for tmpfs (and memfds,
// which live on an internal tmpfs) and hugetlbfs. Another file a process holds open is not our business.
bool isSharedMemory(int fd)
{
    struct statfs fs = {};
    return fstatfs(fd, &fs) == 0 && (fs.f_type == TMPFS_MAGIC || fs.f_type == HUGETLBFS_MAGIC);
}

} // namespace

PosixMapping::PosixMapping(QString path, Mode mode, int fd, void *memory, const struct stat &opened)
    : m_path(std::move(path)),
      m_mode(mode),
      m_fd(fd),
      m_memory(memory),
      m_size(quint64(opened.st_size)),
      m_device(quint64(opened.st_dev)),
      m_inode(quint64(opened.st_ino)),
      m_linked(opened.st_nlink > 0),
      m_layoutName(kindOf(m_path) == PathKind::DevShm ? m_path.sliced(int(sizeof "/dev/shm") - 1) : m_path)
{
}

PosixMapping::~PosixMapping()
{
    // Refusals are in the call log; a destructor has no one else to tell.
    if (m_memory)
        static_cast<void>(PosixShm::unmap(m_memory, m_size));
    static_cast<void>(PosixShm::close(m_fd));
}

Result<std::unique_ptr<PosixMapping>> PosixMapping::open(const QString &path, Mode mode)
{
    const PathKind kind = kindOf(path);
    if (kind == PathKind::Other)
        return Error::plain(
            tr("%1 is not a path of a shared memory object: give /dev/shm/NAME, /proc/PID/fd/N or "
               "/proc/PID/map_files/START-END.")
                .arg(path));
    if (kind == PathKind::DevShm) {
        const auto name = ShmName::check(path.sliced(int(sizeof "/dev/shm") - 1).toUtf8());
        if (!name.ok())
            return Error::plain(name.error().message);
    }
    const auto opened = PosixShm::openPath(path, mode, kind == PathKind::ProcLink);
    if (!opened.ok()) {
        const Error &refused = opened.error();
        return Error{refused.call, refused.errnum, openMessage(refused.errnum, path, mode)};
    }
    return map(opened.value(), path, mode);
}

Result<std::unique_ptr<PosixMapping>> PosixMapping::map(int fd, const QString &name, Mode mode)
{
    // Closes the descriptor (recorded) and says why.
    const auto refuse = [&](Error error) {
        static_cast<void>(PosixShm::close(fd));
        return error;
    };
    const auto st = PosixShm::stat(fd, PosixShm::Log::Record, name);
    if (!st.ok())
        return refuse(
            Error{st.error().call, st.error().errnum, tr("Could not learn the size of %1.").arg(name)});
    if (!S_ISREG(st.value().st_mode))
        return refuse(Error::plain(
            tr("%1 is %2, not a shared memory object.").arg(name, fileKind(st.value().st_mode))));
    if (!isSharedMemory(fd))
        return refuse(Error::plain(
            tr("%1 is a file on a disk, not shared memory (tmpfs, a memfd or hugetlbfs).").arg(name)));
    const auto size = quint64(st.value().st_size);
    void *memory = nullptr;
    if (size > 0) {
        const auto mapped = PosixShm::map(fd, size, mode);
        if (!mapped.ok())
            return refuse(mapped.error().message.isEmpty() ? Error{mapped.error().call, mapped.error().errnum,
                                                                   tr("Could not map %1.").arg(name)}
                                                           : mapped.error());
        memory = mapped.value();
    }
    return std::unique_ptr<PosixMapping>(new PosixMapping(name, mode, fd, memory, st.value()));
}

quint64 PosixMapping::address() const
{
    return reinterpret_cast<quintptr>(m_memory);
}

Result<quint64> PosixMapping::readInto(quint64 offset, char *out, quint64 length) const
{
    if (!contains(offset, length))
        return Error::plain(
            tr("A read of length %1 at offset %2 would pass the end of %3, whose size was %4 when it "
               "was opened.")
                .arg(length)
                .arg(offset)
                .arg(m_path)
                .arg(m_size));
    // pread() stops at the file's end as it is during the copy: see the header.
    quint64 done = 0;
    while (done < length) {
        const ssize_t n = pread(m_fd, out + done, size_t(length - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Error{
                QStringLiteral("pread(%1, buf, %2, %3)").arg(m_fd).arg(length - done).arg(offset + done),
                errno, tr("Could not read %1.").arg(m_path)};
        if (n == 0)
            break; // the end of the file, which has shrunk since we opened it
        done += quint64(n);
    }
    return done;
}

std::optional<quint64> PosixMapping::readAvailable(quint64 offset, char *out, quint64 length) const
{
    const auto copied = readInto(offset, out, length);
    return copied.ok() ? std::optional<quint64>(copied.value()) : std::nullopt;
}

Result<QByteArray> PosixMapping::read(quint64 offset, quint64 length) const
{
    QByteArray bytes(qsizetype(contains(offset, length) ? length : 0), Qt::Uninitialized);
    const auto copied = readInto(offset, bytes.data(), length);
    if (!copied.ok())
        return copied.error();
    bytes.truncate(qsizetype(copied.value()));
    return bytes;
}

std::optional<quint64> PosixMapping::shrunkTo() const
{
    const auto st = PosixShm::stat(m_fd, PosixShm::Log::Quiet);
    if (!st.ok() || quint64(st.value().st_size) >= m_size)
        return std::nullopt;
    return quint64(st.value().st_size);
}

QString PosixMapping::shortReadReason() const
{
    const std::optional<quint64> now = shrunkTo();
    return now ? tr("%1 shrank while it was open: its size is now %2, and only the bytes up to its new end "
                    "were read.")
                     .arg(m_path)
                     .arg(*now)
               : tr("%1 shrank while it was read.").arg(m_path);
}

MappedObject::State PosixMapping::state() const
{
    const auto st = PosixShm::stat(m_fd, PosixShm::Log::Quiet);
    if (m_linked && st.ok() && st.value().st_nlink == 0)
        return State::Removed;
    if (kindOf(m_path) != PathKind::DevShm)
        return State::Alive;
    // Renamed over, or unlinked and made again: the name now leads elsewhere, and our object has lost it.
    struct stat named = {};
    if (::stat(QFile::encodeName(m_path).constData(), &named) != 0 || quint64(named.st_dev) != m_device
        || quint64(named.st_ino) != m_inode)
        return State::Removed;
    return State::Alive;
}

QString PosixMapping::readOnlyRefusal() const
{
    return tr("%1 is open read-only: open it read-write to edit.").arg(m_path);
}

Result<Done> PosixMapping::write(quint64 offset, QByteArrayView bytes, Log log, const QString &code)
{
    const auto length = quint64(bytes.size());
    if (m_mode != Mode::ReadWrite)
        return Error::plain(readOnlyRefusal());
    if (!contains(offset, length))
        return Error::plain(
            tr("A write of length %1 at offset %2 would pass the end of %3, whose size was %4 when "
               "it was opened: nothing was written.")
                .arg(length)
                .arg(offset)
                .arg(m_path)
                .arg(m_size));
    if (length == 0)
        return Done{};
    const QString shrank =
        tr("%1 has shrunk: its size is now %2, so nothing was written at offset %3 and after.");
    if (const std::optional<quint64> now = shrunkTo(); now && offset + length > *now)
        return Error::plain(shrank.arg(m_path).arg(*now).arg(std::max(offset, *now)));
    // Into our mapping by the kernel's copy, which answers a page past the file's end with EFAULT rather
    // than SIGBUS, and cannot make the file larger: see the header.
    const iovec local{const_cast<char *>(bytes.data()), size_t(length)};
    const iovec remote{static_cast<char *>(m_memory) + offset, size_t(length)};
    const ssize_t written = process_vm_writev(getpid(), &local, 1, &remote, 1, 0);
    const int errnum = errno;
    // A shrink during the copy leaves the bytes past the new end out of the file, whatever the copy says.
    if (const std::optional<quint64> now = shrunkTo(); now && offset + length > *now)
        return Error::plain(shrank.arg(m_path).arg(*now).arg(std::max(offset, *now)));
    if (written < 0 || quint64(written) != length)
        return Error{QStringLiteral("process_vm_writev(%1, ...)").arg(getpid()), written < 0 ? errnum : 0,
                     tr("Could not write into %1.").arg(m_path)};
    if (log == Log::Record)
        logWrite(offset, bytes, code);
    return Done{};
}

void PosixMapping::logWrite(quint64 offset, QByteArrayView bytes, const QString &code) const
{
    CallLog::copied(CallLog::memcpyCall(address(), offset, bytes), code);
}

} // namespace core
