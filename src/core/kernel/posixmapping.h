#pragma once

#include "core/bytes/bytesource.h"
#include "core/kernel/mappedobject.h"
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
class PosixMapping : public ByteSource, public MappedObject
{
    Q_DECLARE_TR_FUNCTIONS(core::PosixMapping)

public:

    // open(), fstat() (a regular file of tmpfs or hugetlbfs, or refused), mmap(). Refusals in plain words:
    // no such object, a directory or a FIFO in its place, a path of another kind, too large to map.
    [[nodiscard]] static Result<std::unique_ptr<PosixMapping>> open(const QString &path,
                                                                    Mode mode = Mode::ReadOnly);
    // The same for a descriptor the caller opened (shm_open): fstat(), mmap(). The mapping owns `fd` from
    // then on, also when refused: it is closed then. `name` is what messages call it.
    [[nodiscard]] static Result<std::unique_ptr<PosixMapping>> map(int fd, const QString &name, Mode mode);
    ~PosixMapping() override; // munmap, close

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int fd() const { return m_fd; }
    // The object's device and inode (st_dev, st_ino) when it was opened: what tells it from any other.
    [[nodiscard]] quint64 device() const { return m_device; }
    [[nodiscard]] quint64 inode() const { return m_inode; }
    // The name layouts read through it are remembered by: "/NAME" for /dev/shm/NAME; for a /proc path, the
    // path until the caller, who knows the object behind it, names it ("memfd:buffer").
    void setLayoutName(const QString &name) { m_layoutName = name; }

public: // ByteSource and MappedObject
    [[nodiscard]] QString name() const override { return m_path; }
    [[nodiscard]] quint64 size() const override { return m_size; }

public: // MappedObject
    [[nodiscard]] LayoutSubject layoutSubject() const override { return LayoutSubject(m_layoutName); }
    [[nodiscard]] Mode mode() const override { return m_mode; }
    [[nodiscard]] quint64 address() const override;
    // The bytes of [offset, offset + length): fewer when the object has shrunk (shrunkTo() says to what).
    // Refused when the range leaves the size it had when opened.
    [[nodiscard]] Result<QByteArray> read(quint64 offset, quint64 length) const override;
    [[nodiscard]] std::optional<quint64> readAvailable(quint64 offset, char *out, quint64 length) const override;
    // One copy of `bytes` at `offset` into the object, never past its current end and never making it
    // larger. Refused (nothing written) when read-only, out of range, or when the object has shrunk below the
    // range. Recorded as a memcpy unless Quiet.
    [[nodiscard]] Result<Done> write(quint64 offset, QByteArrayView bytes, Log log = Log::Record,
                                     const QString &code = {}) override;
    [[nodiscard]] QString readOnlyRefusal() const override;
    void logWrite(quint64 offset, QByteArrayView bytes, const QString &code = {}) const override;
    // Removed once it has lost the name it had: unlinked (no link left), or /dev/shm/NAME gone or now another
    // object. A memfd never had a name: it stays Alive. fstat() and stat() now, not recorded.
    [[nodiscard]] State state() const override;
    // fstat() now (not recorded): the object's size, nullopt when it has not shrunk below size().
    [[nodiscard]] std::optional<quint64> shrunkTo() const override;

public: // ByteSource
    [[nodiscard]] Result<quint64> readInto(quint64 offset, char *out, quint64 length) const override;
    // "the object shrank to 10 bytes", from fstat() now.
    [[nodiscard]] QString shortReadReason() const override;

private:
    PosixMapping(QString path, Mode mode, int fd, void *memory, const struct stat &opened);

    QString m_path;
    Mode m_mode;
    int m_fd;
    void *m_memory; // null for an empty object: mmap() maps no 0 bytes
    quint64 m_size;
    quint64 m_device;
    quint64 m_inode;
    bool m_linked; // it had a name in a folder when opened (a memfd never has)
    QString m_layoutName;
};

} // namespace core
