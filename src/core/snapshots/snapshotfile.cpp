#include "core/snapshots/snapshotfile.h"

#include "core/kernel/attachment.h"
#include "core/kernel/shm.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <cstring>

namespace core {

namespace {

// Appends little-endian integers and length-prefixed texts: the writer's half of the format.
class Writer
{
public:
    template <typename T> void put(T value)
    {
        char bytes[sizeof(T)];
        qToLittleEndian(value, bytes);
        m_out.append(bytes, qsizetype(sizeof(T)));
    }
    void putText(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        put(quint32(utf8.size()));
        m_out.append(utf8);
    }
    void putBytes(QByteArrayView bytes) { m_out.append(bytes); }
    [[nodiscard]] QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

// The reader's half: each get checks that the bytes are there, and says nothing more once one was not.
class Reader
{
public:
    explicit Reader(QByteArrayView data) : m_data(data) {}

    template <typename T> bool get(T &value)
    {
        if (left() < qsizetype(sizeof(T)))
            return false;
        value = qFromLittleEndian<T>(m_data.data() + m_at);
        m_at += qsizetype(sizeof(T));
        return true;
    }
    bool getBytes(qsizetype count, QByteArrayView &bytes)
    {
        if (count < 0 || left() < count)
            return false;
        bytes = m_data.sliced(m_at, count);
        m_at += count;
        return true;
    }
    [[nodiscard]] qsizetype left() const { return m_data.size() - m_at; }
    [[nodiscard]] qsizetype at() const { return m_at; }

private:
    QByteArrayView m_data;
    qsizetype m_at = 0;
};

constexpr quint32 StatValid = 1; // flags bit 0: the IPC_STAT fields hold what the kernel said

QString byteCount(qint64 bytes)
{
    return bytes == 1 ? SnapshotFile::tr("1 byte") : SnapshotFile::tr("%1 bytes").arg(bytes);
}

} // namespace

Result<Snapshot> SnapshotFile::take(const ByteSource &source, const IpcNamespaceEntry *where)
{
    Snapshot snapshot;
    snapshot.taken = QDateTime::currentDateTimeUtc();
    snapshot.name = source.name();
    snapshot.bytes.resize(qsizetype(source.size()));
    const auto copied = source.readInto(0, snapshot.bytes.data(), source.size());
    if (!copied.ok())
        return copied.error();
    if (copied.value() < source.size())
        return Error::plain(tr("No snapshot was taken: %1").arg(source.shortReadReason()));
    if (const auto shmid = source.shmid()) {
        snapshot.shmid = *shmid;
        return withStat(std::move(snapshot), where);
    }
    snapshot.kind = Snapshot::Kind::Posix;
    return snapshot;
}

Result<Snapshot> SnapshotFile::take(const MappedObject &object)
{
    Snapshot snapshot;
    snapshot.taken = QDateTime::currentDateTimeUtc();
    snapshot.name = object.name();
    auto bytes = object.read(0, object.size());
    if (!bytes.ok())
        return bytes.error();
    if (quint64(bytes.value().size()) <
        object.size()) // a POSIX object shrunk under us: not the bytes of a moment
        return Error::plain(tr("No snapshot was taken: %1 shrank to %2 while it was read.")
                                .arg(object.name(), byteCount(bytes.value().size())));
    snapshot.bytes = std::move(bytes.value());
    const auto shmid = object.segmentShmid();
    if (!shmid) {
        snapshot.kind = Snapshot::Kind::Posix;
        return snapshot;
    }
    snapshot.shmid = *shmid;
    const auto *attachment = dynamic_cast<const Attachment *>(&object);
    return withStat(std::move(snapshot), attachment ? attachment->foreignNamespace() : nullptr);
}

Result<Snapshot> SnapshotFile::withStat(Snapshot snapshot, const IpcNamespaceEntry *where)
{
    std::optional<Result<struct shmid_ds>> asked;
    const auto ask = [&] { asked = Shm::stat(snapshot.shmid, Shm::Log::Record); };
    if (!where) {
        ask();
    } else if (const auto entered = where->run(ask); !entered.ok()) {
        return entered.error();
    }
    if (!asked->ok()) {
        Error error = asked->error();
        error.message = tr("No snapshot was taken: IPC_STAT of segment %1 is refused (%2).")
                            .arg(snapshot.shmid)
                            .arg(error.errnoText());
        return error;
    }
    const struct shmid_ds &ds = asked->value();
    snapshot.key = qint32(ds.shm_perm.__key);
    snapshot.stat =
        SnapshotStat{quint32(ds.shm_perm.mode), quint32(ds.shm_perm.uid),  quint32(ds.shm_perm.gid),
                     quint32(ds.shm_perm.cuid), quint32(ds.shm_perm.cgid), qint32(ds.shm_cpid),
                     qint32(ds.shm_lpid),       quint64(ds.shm_nattch),    qint64(ds.shm_atime),
                     qint64(ds.shm_dtime),      qint64(ds.shm_ctime)};
    return snapshot;
}

QByteArray SnapshotFile::encode(const Snapshot &snapshot)
{
    Writer out;
    out.putBytes(QByteArrayView(Magic, sizeof(Magic)));
    out.put(Version);
    out.put(quint32(snapshot.kind));
    out.put(qint64(snapshot.taken.toMSecsSinceEpoch()));
    out.put(snapshot.shmid);
    out.put(snapshot.key);
    const SnapshotStat stat = snapshot.stat.value_or(SnapshotStat{});
    out.put(snapshot.stat ? StatValid : quint32(0));
    out.put(stat.mode);
    out.put(stat.uid);
    out.put(stat.gid);
    out.put(stat.cuid);
    out.put(stat.cgid);
    out.put(stat.cpid);
    out.put(stat.lpid);
    out.put(stat.nattch);
    out.put(stat.atime);
    out.put(stat.dtime);
    out.put(stat.ctime);
    out.put(quint64(snapshot.bytes.size()));
    out.putText(snapshot.name);
    out.putText(snapshot.layoutName);
    out.putText(snapshot.layoutText);
    out.putBytes(snapshot.bytes);
    return out.take();
}

Result<Snapshot> SnapshotFile::decode(QByteArrayView data, const QString &what)
{
    const auto truncated = [&](const QString &where) {
        return Error::plain(tr("%1 is truncated: it ends inside its %2 (%3 long). It may have been cut short "
                               "while it was copied or saved.")
                                .arg(what, where, byteCount(data.size())));
    };
    if (data.size() < qsizetype(sizeof(Magic)) || std::memcmp(data.data(), Magic, sizeof(Magic)) != 0) {
        // A file cut inside the magic is told as not a snapshot: nothing says it was one.
        return Error::plain(
            tr("%1 is not a ShmScope snapshot: a snapshot file starts with SHMSNAP.").arg(what));
    }
    Reader in(data.sliced(sizeof(Magic)));
    quint32 version = 0;
    if (!in.get(version))
        return truncated(tr("header"));
    if (version != Version)
        return Error::plain(tr("%1 is a snapshot of format version %2; this ShmScope reads version %3 only.")
                                .arg(what)
                                .arg(version)
                                .arg(Version));
    Snapshot snapshot;
    quint32 kind = 0;
    qint64 taken = 0;
    quint32 flags = 0;
    SnapshotStat stat;
    quint64 size = 0;
    const bool header = in.get(kind) && in.get(taken) && in.get(snapshot.shmid) && in.get(snapshot.key) &&
                        in.get(flags) && in.get(stat.mode) && in.get(stat.uid) && in.get(stat.gid) &&
                        in.get(stat.cuid) && in.get(stat.cgid) && in.get(stat.cpid) && in.get(stat.lpid) &&
                        in.get(stat.nattch) && in.get(stat.atime) && in.get(stat.dtime) &&
                        in.get(stat.ctime) && in.get(size);
    if (!header)
        return truncated(tr("header"));
    if (kind != quint32(Snapshot::Kind::SystemV) && kind != quint32(Snapshot::Kind::Posix))
        return Error::plain(tr("%1 is damaged: its kind is %2, neither 1 (System V segment) nor 2 (POSIX "
                               "object).")
                                .arg(what)
                                .arg(kind));
    snapshot.kind = Snapshot::Kind(kind);
    snapshot.taken = QDateTime::fromMSecsSinceEpoch(taken, Qt::UTC);
    if (flags & StatValid)
        snapshot.stat = stat;
    QString *const texts[] = {&snapshot.name, &snapshot.layoutName, &snapshot.layoutText};
    const QString textNames[] = {tr("name"), tr("layout name"), tr("layout text")};
    for (int i = 0; i < 3; ++i) {
        quint32 length = 0;
        if (!in.get(length))
            return truncated(textNames[i]);
        if (length > MaxTextBytes)
            return Error::plain(
                tr("%1 is damaged: its %2 would be %3 long.").arg(what, textNames[i], byteCount(length)));
        QByteArrayView utf8;
        if (!in.getBytes(qsizetype(length), utf8))
            return truncated(textNames[i]);
        *texts[i] = QString::fromUtf8(utf8);
    }
    if (size != quint64(in.left())) {
        if (size > quint64(in.left()))
            return Error::plain(
                tr("%1 is truncated: its header announces %2 of the segment, the file holds %3. It "
                   "may have been cut short while it was copied or saved.")
                    .arg(what, byteCount(qint64(std::min<quint64>(size, INT64_MAX))), byteCount(in.left())));
        return Error::plain(tr("%1 is damaged: %2 follow the %3 of the segment its header announces.")
                                .arg(what, byteCount(in.left() - qsizetype(size)), byteCount(qint64(size))));
    }
    QByteArrayView bytes;
    if (!in.getBytes(qsizetype(size), bytes))
        return truncated(tr("bytes"));
    snapshot.bytes = bytes.toByteArray();
    return snapshot;
}

Result<Done> SnapshotFile::save(const Snapshot &snapshot, const QString &path)
{
    QSaveFile file(path);
    const QByteArray data = encode(snapshot);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error::plain(tr("cannot save the snapshot to %1: %2").arg(path, file.errorString()));
    return Done{};
}

Result<Snapshot> SnapshotFile::load(const QString &path)
{
    // A folder opens and reads nothing, a FIFO or a device may read without end: only a file is read.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error::plain(tr("%1 is not a regular file: a snapshot is a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::plain(tr("cannot open %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::plain(tr("cannot read %1: %2").arg(path, file.errorString()));
    return decode(data, path);
}

} // namespace core
