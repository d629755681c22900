#pragma once

// POSIX shared memory's calls (shm_open, ftruncate, fstat, mmap, munmap, shm_unlink, close), beside
// core::Shm's System V ones and in the same way: each gives back the value or an Error with the call as C
// and errno, each call the user causes goes into the CallLog, and each call's C text is written once here.

#include "core/kernel/shm.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <sys/stat.h>

namespace core {

class PosixShm
{
    Q_DECLARE_TR_FUNCTIONS(core::PosixShm)

public:
    using Log = Shm::Log;
    using Access = Shm::Access; // O_RDONLY and PROT_READ, or O_RDWR and PROT_READ|PROT_WRITE

    // Names are checked (core::ShmName) before any call: a refused name makes nothing.
    // shm_open(name, O_CREAT|O_EXCL|O_RDWR, mode): always a new object, never an existing one. The fd.
    [[nodiscard]] static Result<int> create(const QByteArray &name, quint32 mode);
    // shm_open(name, O_CREAT|O_RDWR, mode): the name's object, made (empty) when there is none.
    [[nodiscard]] static Result<int> openOrCreate(const QByteArray &name, quint32 mode);
    // shm_open(name, O_RDONLY or O_RDWR, 0): the name's object as it is.
    [[nodiscard]] static Result<int> open(const QByteArray &name, Access access);
    // open(path, O_RDONLY or O_RDWR | O_NONBLOCK | O_CLOEXEC, and O_NOFOLLOW unless the path is a /proc
    // link): an object by its path, /dev/shm/NAME, /proc/PID/fd/N or /proc/PID/map_files/START-END.
    // O_NONBLOCK so that a FIFO in its place does not wait for a writer. The message is the caller's.
    [[nodiscard]] static Result<int> openPath(const QString &path, Access access, bool followLink);
    // ftruncate(fd, size); `path`, when known, gives the shell's equivalent (truncate -s).
    [[nodiscard]] static Result<Done> truncate(int fd, quint64 size, const QString &path = {});
    // fstat(fd, &st). The refresh's are Quiet.
    [[nodiscard]] static Result<struct stat> stat(int fd, Log log, const QString &path = {});
    // mmap(NULL, size, PROT_READ[|PROT_WRITE], MAP_SHARED, fd, 0): the address. A size this process's
    // address space cannot hold is refused with a sentence that says so.
    [[nodiscard]] static Result<void *> map(int fd, quint64 size, Access access);
    // munmap(address, size).
    [[nodiscard]] static Result<Done> unmap(void *address, quint64 size);
    // shm_unlink(name): the name goes at once; the object lives on while anyone maps it or holds an fd.
    [[nodiscard]] static Result<Done> unlink(const QByteArray &name);
    // close(fd).
    [[nodiscard]] static Result<Done> close(int fd, Log log = Log::Record);

    // Text for the calls, as they would be written in C.
    [[nodiscard]] static QString createCall(const QByteArray &name, quint32 mode);
    [[nodiscard]] static QString openOrCreateCall(const QByteArray &name, quint32 mode);
    [[nodiscard]] static QString openCall(const QByteArray &name, Access access);
    [[nodiscard]] static QString openPathCall(const QString &path, Access access, bool followLink);
    [[nodiscard]] static QString truncateCall(int fd, quint64 size);
    // With the descriptor named, before it is known: "ftruncate(fd, 4096)".
    [[nodiscard]] static QString truncateCall(const QString &fd, quint64 size);
    [[nodiscard]] static QString statCall(int fd);
    [[nodiscard]] static QString mapCall(int fd, quint64 size, Access access);
    [[nodiscard]] static QString unmapCall(quint64 address, quint64 size);
    [[nodiscard]] static QString unlinkCall(const QByteArray &name);
    [[nodiscard]] static QString closeCall(int fd);
    [[nodiscard]] static QString closeCall(const QString &fd);
    // Where glibc keeps a name's object: "/dev/shm/st_pid" for "/st_pid".
    [[nodiscard]] static QString pathOf(const QByteArray &name);
};

} // namespace core
