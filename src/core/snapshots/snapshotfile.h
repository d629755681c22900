#pragma once

#include "core/bytes/bytesource.h"
#include "core/kernel/ipcnamespaceentry.h"
#include "core/kernel/mappedobject.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace core {

// What IPC_STAT said of a segment when its snapshot was taken: the fields of struct shmid_ds that ipcs -m -i
// shows, kept so that a snapshot tells who made the segment, who touched it last and when.
struct SnapshotStat
{
    quint32 mode = 0; // shm_perm.mode: permission bits, and SHM_DEST (01000), SHM_LOCKED (02000)
    quint32 uid = 0;
    quint32 gid = 0;
    quint32 cuid = 0;
    quint32 cgid = 0;
    qint32 cpid = 0;
    qint32 lpid = 0;
    quint64 nattch = 0;
    qint64 atime = 0; // seconds since 1970, as the kernel keeps them; 0: never
    qint64 dtime = 0;
    qint64 ctime = 0;

    friend bool operator==(const SnapshotStat &, const SnapshotStat &) = default;
};

// A segment's (or a POSIX object's) bytes at one moment, with what the kernel said of it then.
struct Snapshot
{
    enum class Kind : quint32 { SystemV = 1, Posix = 2 };

    Kind kind = Kind::SystemV;
    QDateTime taken;                  // UTC, to the millisecond
    qint32 shmid = -1;                // -1 for a POSIX object
    qint32 key = 0;                   // 0 (IPC_PRIVATE) for a POSIX object
    QString name;                     // what it was called: "segment 32768", "/dev/shm/st_pid"
    std::optional<SnapshotStat> stat; // a System V segment's IPC_STAT; none for a POSIX object
    QString layoutName; // the layout the tab showed it with, if any ("st_pid", a saved name, a .h path)
    QString layoutText; // that layout's C text, so that the snapshot decodes alone on another machine
    QByteArray bytes;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

// The snapshot file: a documented binary format (docs/SNAPSHOT-FORMAT.md), little-endian, a magic number and
// a version first so that a file that is not one, or of a later version, is told apart from a damaged one.
// Reading checks every length against what is left of the file: a truncated or altered file is refused with
// a sentence that says what is wrong, and nothing past its end is read.
class SnapshotFile
{
    Q_DECLARE_TR_FUNCTIONS(core::SnapshotFile)

public:
    static constexpr char Magic[8] = {'S', 'H', 'M', 'S', 'N', 'A', 'P', '\0'};
    static constexpr quint32 Version = 1;
    // The bytes of the fixed part, up to the first string's length.
    static constexpr qsizetype FixedHeaderSize = 104;
    // A name or a layout longer than this is no name or layout of ours: the file is damaged.
    static constexpr quint32 MaxTextBytes = 16 * 1024 * 1024;

    // A segment's or object's bytes, all of them, and for a segment its IPC_STAT (recorded in the call log,
    // the user asked for it): what --snapshot and the window's Take Snapshot save. `where` is the IPC
    // namespace of a segment not of ours (null: ours), as IPC_STAT by id must run there.
    [[nodiscard]] static Result<Snapshot> take(const ByteSource &source,
                                               const IpcNamespaceEntry *where = nullptr);
    [[nodiscard]] static Result<Snapshot> take(const MappedObject &object);

    [[nodiscard]] static QByteArray encode(const Snapshot &snapshot);
    // `what` names the data in messages (the file's path).
    [[nodiscard]] static Result<Snapshot> decode(QByteArrayView data, const QString &what);

    // Writes through a temporary file renamed into place: a refused or interrupted save leaves no half file
    // and an older file of that name as it was.
    [[nodiscard]] static Result<Done> save(const Snapshot &snapshot, const QString &path);
    [[nodiscard]] static Result<Snapshot> load(const QString &path);

private:
    [[nodiscard]] static Result<Snapshot> withStat(Snapshot snapshot, const IpcNamespaceEntry *where);
};

} // namespace core
