#include "core/snapshots/snapshotobject.h"

#include <QFileInfo>

#include <cstring>

namespace core {

SnapshotObject::SnapshotObject(Snapshot snapshot, QString path)
    : m_snapshot(std::move(snapshot)), m_path(std::move(path))
{
}

QString SnapshotObject::name() const
{
    return tr("snapshot of %1 (%2)").arg(m_snapshot.name, QFileInfo(m_path).fileName());
}

LayoutSubject SnapshotObject::layoutSubject() const
{
    if (m_snapshot.kind == Snapshot::Kind::SystemV)
        return m_snapshot.key;
    return LayoutSubject(m_snapshot.name);
}

Result<QByteArray> SnapshotObject::read(quint64 offset, quint64 length) const
{
    if (!contains(offset, length))
        return Error::plain(tr("Bytes %1 to %2 lie outside the snapshot's %3 bytes.")
                                .arg(offset)
                                .arg(offset + length)
                                .arg(size()));
    return m_snapshot.bytes.mid(qsizetype(offset), qsizetype(length));
}

std::optional<quint64> SnapshotObject::readAvailable(quint64 offset, char *out, quint64 length) const
{
    if (!contains(offset, length))
        return std::nullopt;
    std::memcpy(out, m_snapshot.bytes.constData() + offset, length);
    return length;
}

Result<Done> SnapshotObject::write(quint64 /*offset*/, QByteArrayView /*bytes*/, Log /*log*/,
                                   const QString & /*code*/)
{
    return Error::plain(readOnlyRefusal());
}

QString SnapshotObject::readOnlyRefusal() const
{
    return tr("A snapshot is read-only: it shows the bytes of %1 as they were at %2. Attach the segment to "
              "edit it.")
        .arg(m_snapshot.name, m_snapshot.taken.toLocalTime().toString(Qt::ISODateWithMs));
}

} // namespace core
