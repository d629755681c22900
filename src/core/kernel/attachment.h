#pragma once

#include "core/kernel/shm.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

namespace core {

// One shmat() of a segment, and the only code that touches the mapped memory. Every read and write is
// checked against [0, size): the mapping is page-rounded, and the bytes past the size belong to nobody.
class Attachment
{
    Q_DECLARE_TR_FUNCTIONS(core::Attachment)

public:
    using Mode = Shm::Access;

    // What IPC_STAT says of the segment now, compared with what it was when we attached.
    enum class State {
        Alive,    // the segment we attached, not removed
        Removed,  // IPC_RMID was called: status dest; our mapping still works
        Gone,     // the id names no segment any more
        Reused,   // the id now names another segment (another creator)
        NoAccess, // IPC_STAT is refused: its mode no longer lets us read it. Our mapping keeps the access
                  // shmat() gave it, but whether the segment is removed can no longer be asked
    };

    // shmat(shmid, NULL, SHM_RDONLY or 0). Read-only unless asked.
    [[nodiscard]] static Result<std::unique_ptr<Attachment>> attach(int shmid, Mode mode = Mode::ReadOnly);
    // What a refused read-write attach's message ends with when reading is allowed, in the language of
    // the moment: the window offers a read-only attach then.
    [[nodiscard]] static QString readOnlyAdvice();
    ~Attachment(); // shmdt
    Attachment(const Attachment &) = delete;
    Attachment &operator=(const Attachment &) = delete;

    [[nodiscard]] int shmid() const { return m_shmid; }
    [[nodiscard]] qint32 key() const { return m_key; }
    [[nodiscard]] quint64 size() const { return m_size; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] bool isWritable() const { return m_mode == Mode::ReadWrite; }
    [[nodiscard]] quint64 address() const;
    // The pid of the segment's creator when we attached: with the size, what tells our segment's line of
    // /proc/sysvipc/shm from that of a later segment with the same id.
    [[nodiscard]] qint64 creatorPid() const { return m_cpid; }

    // True when [offset, offset + length) lies inside the segment, without overflow.
    [[nodiscard]] bool contains(quint64 offset, quint64 length) const
    {
        return offset <= m_size && length <= m_size - offset;
    }
    // Copies `length` bytes from `offset`; refused (nothing read) when the range leaves the segment.
    [[nodiscard]] Result<QByteArray> read(quint64 offset, quint64 length) const;
    // The same into a caller's buffer, for the refresh tick (no allocation). False when out of range.
    [[nodiscard]] bool readInto(quint64 offset, char *out, quint64 length) const;
    // The offset of the first `needle` that lies wholly in [offset, offset + length), searched in place
    // (memmem, no copy): for ranges known to be in memory, as a search reads no hole (core::SparseReader).
    // nullopt when there is none, or when the range leaves the segment.
    [[nodiscard]] std::optional<quint64> find(quint64 offset, quint64 length, QByteArrayView needle) const;
    // One memcpy of `bytes` at `offset`: a field written at once is never seen half-written by an aligned
    // reader. Refused (nothing written) when read-only or when the range leaves the segment. Recorded in
    // the call log with `code`, the C statement the bytes stand for when the caller knows one
    // ("stpid->pid = 4242;"), unless Quiet: a typed run is written byte by byte and told once (logWrite).
    [[nodiscard]] Result<Done> write(quint64 offset, QByteArrayView bytes, Shm::Log log = Shm::Log::Record,
                                     const QString &code = {});
    // Records in the call log, as one memcpy, bytes already written at `offset` by Quiet writes.
    void logWrite(quint64 offset, QByteArrayView bytes, const QString &code = {}) const;

    // The kernel's page size: the unit of residentPages().
    [[nodiscard]] static quint64 pageSize();
    // Which pages of the segment are in memory now, one entry per page from offset 0: mincore() on our
    // mapping, which touches none of them. A page mincore() calls absent is one the segment never had (a
    // hole: it reads as zeros, and reading it makes it resident) or one in swap: mincore() cannot tell which
    // (core::SparseReader decides). Not in the call log: it is how a search reads, not a step of the user's.
    [[nodiscard]] Result<std::vector<bool>> residentPages() const;

    [[nodiscard]] State state() const;

    // The shmdt() that the destructor makes, as it would be written in C.
    [[nodiscard]] QString detachCall() const;
    // A write as C, the offset in hex as the hex pane shows it: memcpy(0x7f3a5c000000 + 0x10, "\xde\xad", 2).
    [[nodiscard]] QString writeCall(quint64 offset, QByteArrayView bytes) const;

private:
    Attachment(int shmid, Mode mode, void *memory, quint64 size, qint32 key, qint64 cpid);

    int m_shmid;
    Mode m_mode;
    void *m_memory;
    quint64 m_size;
    qint32 m_key;
    qint64 m_cpid; // tells our segment from a later one that got the same id
};

} // namespace core
