#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace core {

// A process blocked in semop() on a set, as /proc/PID/syscall tells (semop or semtimedop, its first
// argument the semid) and its sembuf says (read through process_vm_readv when allowed).
struct SemaphoreWaiter
{
    qint64 pid = 0;
    QByteArray command; // /proc/PID/comm as it is: show it with ByteFormat::escaped()
    int semnum = -1;    // the semaphore it waits on; -1 when its sembuf could not be read
    enum class For { Increase, Zero, Unknown };
    For waitsFor = For::Unknown; // sem_op < 0: for the value to increase; sem_op == 0: for zero

    friend bool operator==(const SemaphoreWaiter &, const SemaphoreWaiter &) = default;
};

// One semaphore of a set, as `ipcs -s -i` reads it: semctl GETALL for the values (once a set), then
// GETPID, GETNCNT and GETZCNT.
struct SemaphoreInfo
{
    int num = 0;
    int value = 0;
    qint64 pid = 0;     // the last process to operate on it (sempid), 0 = none yet
    QByteArray command; // that process's /proc/PID/comm, empty when it has exited or cannot be read
    int ncnt = 0;       // processes waiting for the value to increase
    int zcnt = 0;       // processes waiting for it to become zero

    friend bool operator==(const SemaphoreInfo &, const SemaphoreInfo &) = default;
};

// Everything the kernel tells about one System V semaphore set (/proc/sysvipc/sem and semctl), plus names.
// Plain values only: the GUI copies these across threads.
struct SemaphoreSetInfo
{
    qint32 key = 0;
    int semid = -1;
    quint32 mode = 0; // permission bits
    int nsems = 0;
    uint uid = 0;
    uint gid = 0;
    uint cuid = 0;
    uint cgid = 0;
    qint64 otime = 0; // last semop, epoch seconds, 0 = never
    qint64 ctime = 0; // last change by semctl (or creation)

    QString ownerName; // user name of uid, or the number when there is none
    QString groupName;
    QString creatorName;
    QString creatorGroupName;

    // One entry a semaphore, in order, when they could be read; empty otherwise, with the reason in
    // semaphoresError ("no read permission: mode 600, owner alice, you are uid 1000", "removed while
    // listed").
    QList<SemaphoreInfo> semaphores;
    QString semaphoresError;
    // The processes blocked in semop() on this set that /proc shows.
    QList<SemaphoreWaiter> waiters;

    // The IPC namespace's inode, as SegmentInfo::ipcNamespace; 0 when unknown.
    quint64 ipcNamespace = 0;

    [[nodiscard]] quint32 permissions() const { return mode & 0777; }

    friend bool operator==(const SemaphoreSetInfo &, const SemaphoreSetInfo &) = default;
};

} // namespace core
