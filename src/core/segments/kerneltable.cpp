#include "core/segments/kerneltable.h"

#include "core/segments/procfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <optional>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

namespace core {

// The messages keep the context (core::SegmentScanner) they were translated in before the tables of
// semaphore sets and message queues were read here too.
namespace {

// Why the file open on fd is not the kernel's table of segments, or an empty string when it is a regular file
// of procfs. A bind mount can put anything over /proc/sysvipc/shm, and /dev/null reads as a table without a
// single segment; a tmpfs mounted over /proc/sysvipc can hold any file at all.
QString notTheKernelsFile(int fd, const QString &path)
{
    struct stat st = {};
    struct statfs fs = {};
    if (::fstat(fd, &st) != 0 || ::fstatfs(fd, &fs) != 0)
        return {}; // nothing to hold against it: the count of segments is still checked
    if (!S_ISREG(st.st_mode))
        return QCoreApplication::translate("core::SegmentScanner", 
                   "%1 is not the kernel's table: it is a device or another special file (such as "
                   "/dev/null bound over it), not a file of /proc.")
            .arg(path);
    if (fs.f_type == TMPFS_MAGIC)
        return QCoreApplication::translate("core::SegmentScanner", "%1 is not the kernel's table: it is a file on tmpfs, not on /proc's file "
                                  "system (procfs).")
            .arg(path);
    if (fs.f_type != PROC_SUPER_MAGIC)
        return QCoreApplication::translate("core::SegmentScanner", 
                   "%1 is not the kernel's table: it lies on a file system of type 0x%2, not on "
                   "/proc's (procfs).")
            .arg(path)
            .arg(quint64(fs.f_type), 0, 16);
    return {};
}

// Whether the file open on fd is the one its folder lists under its name, by device and inode: nullopt when that
// cannot be told (the folder cannot be read). A bind mount changes what a path opens, not what its folder lists,
// so another file of procfs bound over /proc/sysvipc/shm (/proc/sysvipc/msg, whose 14 columns parse as
// segments) shows here. procfs has no other file that lists segments, and every /proc/sysvipc/shm lists the
// opener's namespace, so the entry itself, regular and on procfs, is the kernel's table (and so for sem and msg).
std::optional<bool> isListedEntry(int fd, const QString &path)
{
    const QFileInfo info(path);
    const QByteArray folder = QFile::encodeName(info.path());
    const QByteArray name = QFile::encodeName(info.fileName());
    struct stat file = {};
    if (::fstat(fd, &file) != 0)
        return std::nullopt;
    DIR *dir = ::opendir(folder.constData());
    if (!dir)
        return std::nullopt;
    std::optional<bool> listed;
    struct stat folderStat = {};
    if (::fstat(::dirfd(dir), &folderStat) == 0) {
        while (const dirent *entry = ::readdir(dir)) {
            if (name == entry->d_name) {
                listed = folderStat.st_dev == file.st_dev && entry->d_ino == file.st_ino;
                break;
            }
        }
    }
    ::closedir(dir);
    return listed;
}

} // namespace

QString KernelTable::read(const QString &path, QByteArray *text, bool *identified)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    QString reason = fd < 0 ? QString() : notTheKernelsFile(fd, path);
    std::optional<bool> listed;
    if (fd >= 0 && reason.isEmpty() && identified) {
        listed = isListedEntry(fd, path);
        if (listed == false)
            reason = QCoreApplication::translate("core::SegmentScanner", "%1 is not the kernel's table: another file of /proc is bound over it.")
                         .arg(path);
    }
    const bool read = fd >= 0 && reason.isEmpty() && ProcFile::readToEnd(fd, text);
    const int readErrno = errno;
    if (fd >= 0)
        ::close(fd);
    if (reason.isEmpty() && !read)
        reason = QCoreApplication::translate("core::SegmentScanner", "%1 could not be read (%2).")
                     .arg(path, QString::fromLocal8Bit(strerror(readErrno)));
    if (identified)
        *identified = reason.isEmpty() && listed == true;
    return reason;
}

} // namespace core
