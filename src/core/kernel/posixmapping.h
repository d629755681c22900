#pragma once

#include "core/bytes/bytesource.h"
#include "core/kernel/posixshm.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace core {

// One POSIX shared memory object or memfd, opened by its path and mapped: /dev/shm/NAME, /proc/PID/fd/N (a
// memfd, or an object unlinked since, that a process holds open) or /proc/PID/map_files/START-END (one that a
// process maps; the kernel asks CAP_SYS_ADMIN for these). Read-only unless asked; bounds-checked against the
// size it had when opened, as core::Attachment is.
//
// Another process may shrink the object at any moment (ftruncate), and touching a page of a mapping past the
// file's new end raises SIGBUS, which would end the window or --dump. So nothing here touches the mapped
// bytes with the CPU:
// - Reads are pread() on the descriptor. The kernel checks the file's size under the same call that copies,
//   so a read of a shrunk object returns fewer bytes (those up to its new end), never a signal, and there is
//   no moment between a size check and the copy for the owner to slip into. A tmpfs hole read this way is
//   copied from the shared zero page, not given a page of its own: reading an untouched 64 MiB object costs
//   no memory (a read through a mapping would make each page resident, as for a System V segment).
// - Writes go into our mapping with process_vm_writev() on our own process: the kernel copies into the
//   mapped pages itself and answers a page past the file's end with EFAULT instead of SIGBUS. Through a
//   mapping a write can never make the file larger (a pwrite() racing a shrink would extend it again). The
//   size is checked with fstat() before each write, which refuses a write past the current end; a shrink
//   between that check and the copy can only leave the bytes past the new end unwritten, which fstat()
//   after the write detects and reports.
// A SIGBUS guard (sigsetjmp around a memcpy) would do too, but it is a handler for the whole process that
// every thread's reads must share, and a read through it still makes holes resident.
// The mapping itself is what the lesson shows (mmap, munmap in the call log) and what makes us one of
// the object's holders, as an attach does for a segment; it is the target of the writes.
class PosixMapping : public ByteSource
{
    Q_DECLARE_TR_FUNCTIONS(core::PosixMapping)

public:
    using Mode = PosixShm::Access;

    // open(), fstat() (a regular file of tmpfs or hugetlbfs, or refused), mmap(). Refusals in plain words:
    // no such object, a directory or a FIFO in its place, a path of another kind, too large to map.
    [[nodiscard]] static Result<std::unique_ptr<PosixMapping>> open(const QString &path,
                                                                    Mode mode = Mode::ReadOnly);
    // The same for a descriptor the caller opened (shm_open): fstat(), mmap(). The mapping owns `fd` from
    // then on, also when refused: it is closed then. `name` is what messages call it.
    [[nodiscard]] static Result<std::unique_ptr<PosixMapping>> map(int fd, const QString &name, Mode mode);
    ~PosixMapping() override; // munmap, close
    PosixMapping(const PosixMapping &) = delete;
    PosixMapping &operator=(const PosixMapping &) = delete;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] bool isWritable() const { return m_mode == Mode::ReadWrite; }
    [[nodiscard]] quint64 address() const;
    [[nodiscard]] int fd() const { return m_fd; }

    // True when [offset, offset + length) lies inside the size it had when opened, without overflow.
    [[nodiscard]] bool contains(quint64 offset, quint64 length) const
    {
        return offset <= m_size && length <= m_size - offset;
    }
    // The bytes of [offset, offset + length): fewer when the object has shrunk (shrunkTo() says to what).
    // Refused when the range leaves the size it had when opened.
    [[nodiscard]] Result<QByteArray> read(quint64 offset, quint64 length) const;
    // One copy of `bytes` at `offset` into the object, never past its current end and never making it
    // larger. Refused (nothing written) when read-only, out of range, or when the object has shrunk below the
    // range. Recorded as a memcpy unless Quiet.
    [[nodiscard]] Result<Done> write(quint64 offset, QByteArrayView bytes,
                                     PosixShm::Log log = PosixShm::Log::Record, const QString &code = {});

    // fstat() now (not recorded): the object's size, nullopt when it has not shrunk below size().
    [[nodiscard]] std::optional<quint64> shrunkTo() const;

public: // ByteSource
    [[nodiscard]] QString name() const override { return m_path; }
    [[nodiscard]] quint64 size() const override { return m_size; }
    [[nodiscard]] Result<quint64> readInto(quint64 offset, char *out, quint64 length) const override;
    // "the object shrank to 10 bytes", from fstat() now.
    [[nodiscard]] QString shortReadReason() const override;

private:
    PosixMapping(QString path, Mode mode, int fd, void *memory, quint64 size);

    QString m_path;
    Mode m_mode;
    int m_fd;
    void *m_memory; // null for an empty object: mmap() maps no 0 bytes
    quint64 m_size;
};

} // namespace core
