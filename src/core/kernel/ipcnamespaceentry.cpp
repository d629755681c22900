#include "core/kernel/ipcnamespaceentry.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <utility>

namespace core {

namespace {

struct OpenLink
{
    int fd;
    quint64 inode;
};

// The ns link at path, opened, with the inode it leads to.
Result<OpenLink> openLink(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int errnum = errno;
        const QString call = QStringLiteral("open(\"%1\", O_RDONLY)").arg(path);
        if (errnum == ENOENT || errnum == ESRCH)
            return Error{call, errnum,
                         IpcNamespaceEntry::tr("No process has this id now, so its IPC namespace cannot be "
                                               "reached through %1.")
                             .arg(path)};
        if (errnum == EACCES || errnum == EPERM)
            return Error{call, errnum,
                         IpcNamespaceEntry::tr("%1 is not ours to open: reading another user's process needs "
                                               "root (CAP_SYS_PTRACE).")
                             .arg(path)};
        return Error{call, errnum, IpcNamespaceEntry::tr("%1 could not be opened.").arg(path)};
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        const int errnum = errno;
        ::close(fd);
        return Error{QStringLiteral("fstat(fd)"), errnum, IpcNamespaceEntry::tr("%1 could not be read.").arg(path)};
    }
    return OpenLink{fd, quint64(st.st_ino)};
}

} // namespace

IpcNamespaceEntry::IpcNamespaceEntry(int fd, quint64 inode, bool ours, QString path)
    : m_fd(fd), m_inode(inode), m_ours(ours), m_path(std::move(path))
{
}

Result<IpcNamespaceEntry> IpcNamespaceEntry::open(qint64 pid, const QString &procRoot)
{
    if (pid <= 0)
        return Error::plain(tr("%1 is not a process id: ids start at 1.").arg(pid));
    const QString path = procRoot + QStringLiteral("/%1/ns/ipc").arg(pid);
    const quint64 own = ourInode(procRoot);
    const auto link = openLink(path);
    if (!link.ok())
        return link.error();
    return IpcNamespaceEntry(link.value().fd, link.value().inode, own != 0 && link.value().inode == own, path);
}

std::optional<IpcNamespaceEntry> IpcNamespaceEntry::openAny(quint64 inode, const QList<qint64> &pids,
                                                            const QString &procRoot)
{
    for (const qint64 pid : pids) {
        if (auto opened = open(pid, procRoot); opened.ok() && opened.value().inode() == inode)
            return std::move(opened.value());
    }
    return std::nullopt;
}

Result<IpcNamespaceEntry> IpcNamespaceEntry::ours(const QString &procRoot)
{
    const QString path = procRoot + QStringLiteral("/self/ns/ipc");
    const auto link = openLink(path);
    if (!link.ok())
        return link.error();
    return IpcNamespaceEntry(link.value().fd, link.value().inode, true, path);
}

quint64 IpcNamespaceEntry::ourInode(const QString &procRoot)
{
    struct stat st = {};
    // thread-self: the namespace of the thread asking, which is the process's unless it runs inside run().
    const QByteArray path = QFile::encodeName(procRoot + QStringLiteral("/thread-self/ns/ipc"));
    if (::stat(path.constData(), &st) == 0)
        return quint64(st.st_ino);
    const QByteArray self = QFile::encodeName(procRoot + QStringLiteral("/self/ns/ipc"));
    return ::stat(self.constData(), &st) == 0 ? quint64(st.st_ino) : 0;
}

IpcNamespaceEntry::IpcNamespaceEntry(IpcNamespaceEntry &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_inode(other.m_inode), m_ours(other.m_ours),
      m_path(std::move(other.m_path))
{
}

IpcNamespaceEntry &IpcNamespaceEntry::operator=(IpcNamespaceEntry &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_inode = other.m_inode;
        m_ours = other.m_ours;
        m_path = std::move(other.m_path);
    }
    return *this;
}

IpcNamespaceEntry::~IpcNamespaceEntry()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString IpcNamespaceEntry::enterCall() const
{
    return QStringLiteral("setns(open(\"%1\", O_RDONLY), CLONE_NEWIPC)").arg(m_path);
}

Result<Done> IpcNamespaceEntry::run(const std::function<void()> &work) const
{
    if (m_ours) {
        work();
        return Done{};
    }
    int errnum = 0;
    std::thread thread([&] {
        if (::setns(m_fd, CLONE_NEWIPC) != 0) {
            errnum = errno;
            return;
        }
        work();
    });
    thread.join();
    return refusal(errnum);
}

QList<Result<Done>> IpcNamespaceEntry::runEach(const QList<const IpcNamespaceEntry *> &entries,
                                               const std::function<void(qsizetype)> &work)
{
    QList<int> errnums(entries.size(), 0);
    // Ours too is entered by its descriptor: the thread may come to it from another.
    std::thread thread([&] {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (::setns(entries.at(i)->m_fd, CLONE_NEWIPC) != 0)
                errnums[i] = errno;
            else
                work(i);
        }
    });
    thread.join();
    QList<Result<Done>> results;
    for (qsizetype i = 0; i < entries.size(); ++i)
        results.append(entries.at(i)->refusal(errnums.at(i)));
    return results;
}

Result<Done> IpcNamespaceEntry::refusal(int errnum) const
{
    if (errnum == 0)
        return Done{};
    if (errnum == EPERM)
        return Error{enterCall(), errnum,
                     tr("Entering another IPC namespace needs CAP_SYS_ADMIN (run as root): only our own "
                        "namespace can be read.")};
    return Error{enterCall(), errnum, tr("The kernel refused to enter the IPC namespace ipc:[%1].").arg(m_inode)};
}

} // namespace core
