#pragma once

#include "core/posix/posixobject.h"
#include "core/segments/accountnames.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace core {

struct PosixScanResult
{
    QList<PosixObject> objects;  // sorted by name, then inode
    QStringList warnings;        // /dev/shm missing, unreadable or not a tmpfs: shown, never fatal
    int processes = 0;           // processes of /proc looked at
    int unreadableProcesses = 0; // of them, those whose maps or descriptors we may not read (EACCES, EPERM)
    int vanishedProcesses = 0;   // of them, those that exited while we read them
};

// Every POSIX shared memory object, memfd and POSIX named semaphore, with the processes that map it or hold a
// descriptor to it.
//
// How an object is recognised: by its device and inode, never by its name. A name changes (rename(2)), goes
// (shm_unlink(3) while a process still maps it: "/dev/shm/NAME (deleted)") or never existed (memfd_create:
// "/memfd:NAME (deleted)", whatever name it was given, and two memfds may share one), while (st_dev, st_ino)
// names one file of tmpfs for as long as it lives. So the scan lists:
//  - the regular files of the shm folder (lstat: folders, FIFOs, sockets and symlinks are no shared memory,
//    and are passed over), "sem.NAME" among them as the semaphore sem_open("/NAME") made;
//  - each /proc/PID/maps line that names a file of /dev/shm or a memfd: its dev (major:minor, hex) and inode
//    columns give the identity, its start address, 'w' and 's' the holder;
//  - each /proc/PID/fd/N whose link reads as such a file: stat() through the link gives the identity, size,
//    owner, mode and times; /proc/PID/fdinfo/N's "flags:" the open mode;
// and merges all three into one row per (device, inode). An object seen only in a mapping is stat()ed through
// /proc/PID/map_files/START-END where the kernel lets us (CAP_SYS_ADMIN); else its size, owner and mode stay
// unknown (PosixObject::attributesKnown).
//
// A semaphore's value: glibc's sem_t on 64-bit targets (x86_64, aarch64) is struct new_sem { uint64_t data;
// int private; int pad; }, 32 bytes, with the value in the low 32 bits of `data` (SEM_VALUE_MASK) and the
// number of waiters in the high 32: on a little-endian machine, the file's first 32-bit word. Read only from
// a file of exactly that size, with a plain read (no mapping: the file's size cannot change under us to
// SIGBUS).
//
// Cost: each process's maps is read once a scan (and handed to another reader, see scan()), its files opened
// relative to /proc, opened once; only lines holding "/dev/shm/" or "/memfd:" are parsed
// (the rest is passed over with one substring search); each descriptor costs a readlink, and only those that
// lead to such a file a stat and a read of fdinfo. Processes we may not read or that exit mid-scan are
// counted, never fatal.
class PosixScanner
{
    Q_DECLARE_TR_FUNCTIONS(core::PosixScanner)

public:
    // procRoot and shmDir are seams for tests: another folder as /dev/shm (a plain folder of a disk, one that
    // does not exist) shows the warnings, while the processes of procRoot are still read.
    explicit PosixScanner(QString procRoot = QStringLiteral("/proc"),
                          QString shmDir = QStringLiteral("/dev/shm"));

    // Another reader of every process's /proc/PID/maps (System V's AttachmentWalker): given each process of
    // /proc as the scan reads it, with its maps text, or null when that could not be read (the process is
    // gone, or not ours to read), so that a scan of both kinds reads each maps file once.
    using MapsReader = std::function<void(qint64 pid, const QByteArray *maps)>;

    [[nodiscard]] PosixScanResult scan(const MapsReader &alsoReading = {});
    // How many /proc/PID/maps files the last scan opened to read: for tests and benchmarks.
    [[nodiscard]] int lastMapsRead() const { return m_mapsRead; }

private:
    QString m_procRoot;
    QString m_shmDir;
    AccountNames m_names;
    QByteArray m_buffer; // a maps text being read, its memory kept between reads
    int m_mapsRead = 0;
    qsizetype m_lastObjectCount = 0;
};

} // namespace core
