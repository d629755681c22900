#pragma once

#include "core/bytes/bytesource.h"
#include "core/kernel/mappedobject.h"
#include "core/observe/segmentholders.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace core {

// A System V segment read through a process that already maps it, without attaching it: shmat() would raise
// nattch, make us the lpid, set atime, and keep a removed (dest) segment alive for as long as we look. Two
// ways, tried in this order unless one is asked for:
// - map_files: open("/proc/PID/map_files/START-END") of the holder's mapping gives the segment's shmem
//   file itself (not the shm file shmat() makes), and mmap() of it is a plain shared mapping of that file:
//   the segment's nattch, lpid and atime are not touched, and when the segment is destroyed our mapping
//   keeps the pages, not the segment. The kernel asks CAP_SYS_ADMIN (or CAP_CHECKPOINT_RESTORE) to open it.
//   Reads are then memcpy, as for an attach; they keep working after the holder exits.
// - process_vm_readv at the holder's address: needs the right to ptrace the holder (same uid, Yama's
//   ptrace_scope, or CAP_SYS_PTRACE); every read is a call, and reads end with the holder.
// Writes only when opened read-write: into the map_files mapping, or process_vm_writev() into the holder.
// Bounds as every MappedObject: [0, size()) of the segment's size from /proc/sysvipc/shm.
class ObservedSegment : public ByteSource, public MappedObject
{
    Q_DECLARE_TR_FUNCTIONS(core::ObservedSegment)

public:
    enum class Method { Any, MapFiles, ProcessMemory };

    // Finds a holder (core::SegmentHolders) and opens the segment through it, the open, mmap and close (or
    // the first process_vm_readv) recorded in the call log. Refused, with the permission that is missing, when
    // no process we may read maps it or no method is allowed: it never attaches instead.
    [[nodiscard]] static Result<std::unique_ptr<ObservedSegment>> open(int shmid, Mode mode = Mode::ReadOnly,
                                                                       Method method = Method::Any,
                                                                       const QString &procRoot = QStringLiteral("/proc"));
    ~ObservedSegment() override; // munmap of a map_files mapping

    [[nodiscard]] std::optional<int> shmid() const override { return m_shmid; }
    [[nodiscard]] Method method() const { return m_method; }
    [[nodiscard]] const SegmentHolders::Holder &holder() const { return m_holder; }
    [[nodiscard]] static QString methodName(Method method);

public: // ByteSource and MappedObject
    [[nodiscard]] QString name() const override;
    [[nodiscard]] quint64 size() const override { return m_size; }

public: // MappedObject
    [[nodiscard]] std::optional<int> segmentShmid() const override { return m_shmid; }
    [[nodiscard]] LayoutSubject layoutSubject() const override { return m_key; }
    [[nodiscard]] Mode mode() const override { return m_mode; }
    // Our mapping's address (map_files), or the holder's (process_vm_readv).
    [[nodiscard]] quint64 address() const override;
    [[nodiscard]] Result<QByteArray> read(quint64 offset, quint64 length) const override;
    [[nodiscard]] std::optional<quint64> readAvailable(quint64 offset, char *out, quint64 length) const override;
    [[nodiscard]] Result<Done> write(quint64 offset, QByteArrayView bytes, Log log = Log::Record,
                                     const QString &code = {}) override;
    [[nodiscard]] QString readOnlyRefusal() const override;
    void logWrite(quint64 offset, QByteArrayView bytes, const QString &code = {}) const override;
    // What IPC_STAT says (as Attachment::state(), which it shares nothing with but the rules).
    [[nodiscard]] State state() const override;
    // "observing through pid 1234 (shmdemo), map_files".
    [[nodiscard]] QString readsThrough() const override;
    [[nodiscard]] std::optional<qint64> holderGone() const override;

public: // ByteSource
    [[nodiscard]] Result<quint64> readInto(quint64 offset, char *out, quint64 length) const override;
    [[nodiscard]] QString shortReadReason() const override;

private:
    ObservedSegment(int shmid, Mode mode, Method method, SegmentHolders::Holder holder, quint64 size, qint32 key,
                    qint64 cpid, void *memory, QString procRoot);
    enum class Access { Read, Write };
    [[nodiscard]] QString outOfBounds(Access access, quint64 offset, quint64 length) const;

    int m_shmid;
    Mode m_mode;
    Method m_method;
    SegmentHolders::Holder m_holder;
    quint64 m_size;
    qint32 m_key;
    qint64 m_cpid;
    void *m_memory; // our map_files mapping; null for process_vm_readv
    QString m_procRoot;
};

} // namespace core
