#pragma once

#include "core/kernel/ipcnamespaceentry.h"
#include "core/kernel/mappedobject.h"
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
// A segment never shrinks: its reads are never short. State says what IPC_STAT says of it now.
class Attachment : public MappedObject
{
    Q_DECLARE_TR_FUNCTIONS(core::Attachment)

public:
    // shmat(shmid, NULL, SHM_RDONLY or 0). Read-only unless asked.
    [[nodiscard]] static Result<std::unique_ptr<Attachment>> attach(int shmid, Mode mode = Mode::ReadOnly);
    // The same of segment shmid of another IPC namespace: every call by id (the shmat, each IPC_STAT) runs
    // inside it (IpcNamespaceEntry::run), as a shmid names a segment only there; the mapping it makes is in
    // our address space all the same, and shmdt() needs no entry. The call log shows the entry (setns) before
    // the shmat. Refused, nothing attached, when the namespace cannot be entered (no CAP_SYS_ADMIN). Null, or
    // our own namespace's entry, attaches as above.
    [[nodiscard]] static Result<std::unique_ptr<Attachment>>
    attach(int shmid, Mode mode, std::shared_ptr<const IpcNamespaceEntry> where);
    // What a refused read-write attach's message ends with when reading is allowed, in the language of
    // the moment: the window offers a read-only attach then.
    [[nodiscard]] static QString readOnlyAdvice();
    ~Attachment() override; // shmdt

    [[nodiscard]] int shmid() const { return m_shmid; }
    [[nodiscard]] qint32 key() const { return m_key; }
    // The pid of the segment's creator when we attached: with the size, what tells our segment's line of
    // /proc/sysvipc/shm from that of a later segment with the same id.
    [[nodiscard]] qint64 creatorPid() const { return m_cpid; }
    // The IPC namespace the segment lives in when it is not ours; null for ours.
    [[nodiscard]] const IpcNamespaceEntry *foreignNamespace() const { return m_namespace.get(); }
    // Where the segment lives, for titles and messages: "IPC namespace ipc:[4026532281]"; empty for ours.
    [[nodiscard]] QString whereItLives() const;

    // Copies `length` bytes from `offset` into a caller's buffer. False (nothing read) when out of range.
    [[nodiscard]] bool readInto(quint64 offset, char *out, quint64 length) const;
    // The offset of the first `needle` that lies wholly in [offset, offset + length), searched in place
    // (memmem, no copy): for ranges known to be in memory, as a search reads no hole (core::SparseReader).
    // nullopt when there is none, or when the range leaves the segment.
    [[nodiscard]] std::optional<quint64> find(quint64 offset, quint64 length, QByteArrayView needle) const;

    // The kernel's page size: the unit of residentPages().
    [[nodiscard]] static quint64 pageSize();
    // Which pages of the segment are in memory now, one entry per page from offset 0: mincore() on our
    // mapping, which touches none of them. A page mincore() calls absent is one the segment never had (a
    // hole: it reads as zeros, and reading it makes it resident) or one in swap: mincore() cannot tell which
    // (core::SparseReader decides). Not in the call log: it is how a search reads, not a step of the user's.
    [[nodiscard]] Result<std::vector<bool>> residentPages() const;

public: // MappedObject
    // "segment 32768"; "segment 3 in IPC namespace ipc:[4026532281]" for one of another namespace.
    [[nodiscard]] QString name() const override;
    [[nodiscard]] std::optional<int> segmentShmid() const override { return m_shmid; }
    [[nodiscard]] LayoutSubject layoutSubject() const override { return m_key; }
    [[nodiscard]] quint64 size() const override { return m_size; }
    [[nodiscard]] Mode mode() const override { return m_mode; }
    [[nodiscard]] quint64 address() const override;
    // Refused (nothing read) when the range leaves the segment; never short.
    [[nodiscard]] Result<QByteArray> read(quint64 offset, quint64 length) const override;
    [[nodiscard]] std::optional<quint64> readAvailable(quint64 offset, char *out, quint64 length) const override;
    // One memcpy.
    [[nodiscard]] Result<Done> write(quint64 offset, QByteArrayView bytes, Log log = Log::Record,
                                     const QString &code = {}) override;
    [[nodiscard]] QString readOnlyRefusal() const override;
    void logWrite(quint64 offset, QByteArrayView bytes, const QString &code = {}) const override;
    // What IPC_STAT says: Alive, Removed (dest), Gone, Reused or NoAccess.
    [[nodiscard]] State state() const override;

    // What an IPC_STAT of a segment we mapped when its creator was cpid tells of it now (see State): shared by
    // everything that reads a segment by its id.
    [[nodiscard]] static State stateOf(const Result<struct shmid_ds> &ds, qint64 cpid);

    // The shmdt() that the destructor makes, as it would be written in C.
    [[nodiscard]] QString detachCall() const;
    // A write as C, the offset in hex as the hex pane shows it: memcpy(0x7f3a5c000000 + 0x10, "\xde\xad", 2).
    [[nodiscard]] QString writeCall(quint64 offset, QByteArrayView bytes) const;

private:
    Attachment(int shmid, Mode mode, void *memory, quint64 size, qint32 key, qint64 cpid,
               std::shared_ptr<const IpcNamespaceEntry> where);
    // IPC_STAT of our segment, in its namespace.
    [[nodiscard]] Result<struct shmid_ds> stat(Log log) const;

    int m_shmid;
    Mode m_mode;
    void *m_memory;
    quint64 m_size;
    qint32 m_key;
    qint64 m_cpid; // tells our segment from a later one that got the same id
    std::shared_ptr<const IpcNamespaceEntry> m_namespace; // null: ours
};

} // namespace core
