#pragma once

#include "core/kernel/shm.h"
#include "core/layout/layoutmemory.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace core {

// Shared memory that we map and show in a tab: a System V segment we attached (core::Attachment) or a POSIX
// object or memfd we opened and mapped (core::PosixMapping). What the hex pane, the struct pane, Find and the
// undo stack need, so that each is written once for both. Every read and write is checked against
// [0, size()); a POSIX object may also shrink under us, which reads and writes answer without ever touching
// a byte past its new end (see PosixMapping).
class MappedObject
{
public:
    using Mode = Shm::Access;
    using Log = Shm::Log;

    // What the kernel says of the object now, compared with what it was when we mapped it.
    enum class State {
        Alive,    // as we mapped it
        Removed,  // a segment's IPC_RMID (status dest), an object's unlink: our mapping still works, and the
                  // kernel keeps it until the last holder lets go
        Gone,     // a segment's id names no segment any more
        Reused,   // a segment's id now names another segment (another creator)
        NoAccess, // a segment's IPC_STAT is refused: its mode no longer lets us read it. Our mapping keeps the
                  // access shmat() gave it, but whether the segment is removed can no longer be asked
    };

    virtual ~MappedObject() = default;
    MappedObject(const MappedObject &) = delete;
    MappedObject &operator=(const MappedObject &) = delete;

    // What messages call it: "segment 32768", "/dev/shm/st_pid".
    [[nodiscard]] virtual QString name() const = 0;
    // The System V segment's id; nullopt for a POSIX object.
    [[nodiscard]] virtual std::optional<int> segmentShmid() const { return std::nullopt; }
    // What a layout read through it is remembered by: a segment's key, an object's name.
    [[nodiscard]] virtual LayoutSubject layoutSubject() const = 0;
    // Its size when we mapped it: every read and write is checked against it.
    [[nodiscard]] virtual quint64 size() const = 0;
    [[nodiscard]] virtual Mode mode() const = 0;
    [[nodiscard]] bool isWritable() const { return mode() == Mode::ReadWrite; }
    // Where our mapping starts (0 for an empty object, which maps nothing).
    [[nodiscard]] virtual quint64 address() const = 0;

    // True when [offset, offset + length) lies inside size(), without overflow.
    [[nodiscard]] bool contains(quint64 offset, quint64 length) const
    {
        return offset <= size() && length <= size() - offset;
    }
    // The bytes of [offset, offset + length): fewer when the object has shrunk, those up to its new end.
    // Refused (nothing read) when the range leaves size().
    [[nodiscard]] virtual Result<QByteArray> read(quint64 offset, quint64 length) const = 0;
    // The same into a caller's buffer, for the refresh tick (no allocation): how many bytes were copied, or
    // nullopt when the range leaves size() or the read failed.
    [[nodiscard]] virtual std::optional<quint64> readAvailable(quint64 offset, char *out,
                                                               quint64 length) const = 0;
    // One copy of `bytes` at `offset`: a field written at once is never seen half-written by an aligned
    // reader. Refused (nothing written) when read-only, when the range leaves size() or the object's end now.
    // Recorded in the call log with `code`, the C statement the bytes stand for when the caller knows one
    // ("stpid->pid = 4242;"), unless Quiet: a typed run is written byte by byte and told once (logWrite).
    [[nodiscard]] virtual Result<Done> write(quint64 offset, QByteArrayView bytes, Log log = Log::Record,
                                             const QString &code = {}) = 0;
    // Why a write is refused when we mapped it read-only, with what to do instead.
    [[nodiscard]] virtual QString readOnlyRefusal() const = 0;
    // Records in the call log, as one memcpy, bytes already written at `offset` by Quiet writes.
    virtual void logWrite(quint64 offset, QByteArrayView bytes, const QString &code = {}) const = 0;

    // Asked by the refresh about once a second, not recorded.
    [[nodiscard]] virtual State state() const = 0;
    // The object's size now when it is smaller than size(); nullopt when it is not (a segment never shrinks).
    [[nodiscard]] virtual std::optional<quint64> shrunkTo() const { return std::nullopt; }
    // How we read it when not through a mapping of our own (core::ObservedSegment): "observing through pid
    // 1234 (shmdemo), map_files"; empty for an attach or a mapping.
    [[nodiscard]] virtual QString readsThrough() const { return {}; }
    // The pid of the process we read through when it no longer maps the object (it exited or unmapped it);
    // nullopt while it does, and for an object we map ourselves. Asked by the refresh, not recorded.
    [[nodiscard]] virtual std::optional<qint64> holderGone() const { return std::nullopt; }

protected:
    MappedObject() = default;
};

} // namespace core
