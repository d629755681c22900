#pragma once

#include "core/kernel/mappedobject.h"
#include "core/snapshots/snapshotfile.h"

#include <QCoreApplication>

namespace core {

// A snapshot file opened alone, as a tab shows a segment: read-only, its bytes those of the moment it was
// taken, always Alive (the kernel has no say in a file). Its layout is remembered by the segment's key or the
// object's name, so that the layout the segment was read with comes back.
class SnapshotObject : public MappedObject
{
    Q_DECLARE_TR_FUNCTIONS(core::SnapshotObject)

public:
    SnapshotObject(Snapshot snapshot, QString path);

    [[nodiscard]] const Snapshot &snapshot() const { return m_snapshot; }
    [[nodiscard]] const QString &path() const { return m_path; }

public: // MappedObject
    // "snapshot of segment 32768 (st.snap)".
    [[nodiscard]] QString name() const override;
    [[nodiscard]] LayoutSubject layoutSubject() const override;
    [[nodiscard]] quint64 size() const override { return quint64(m_snapshot.bytes.size()); }
    [[nodiscard]] Mode mode() const override { return Mode::ReadOnly; }
    // Nothing is mapped: call texts count from 0.
    [[nodiscard]] quint64 address() const override { return 0; }
    [[nodiscard]] Result<QByteArray> read(quint64 offset, quint64 length) const override;
    [[nodiscard]] std::optional<quint64> readAvailable(quint64 offset, char *out,
                                                       quint64 length) const override;
    // Always refused: a snapshot is what was, not what is.
    [[nodiscard]] Result<Done> write(quint64 offset, QByteArrayView bytes, Log log = Log::Record,
                                     const QString &code = {}) override;
    [[nodiscard]] QString readOnlyRefusal() const override;
    void logWrite(quint64 /*offset*/, QByteArrayView /*bytes*/, const QString & /*code*/ = {}) const override
    {
    }
    [[nodiscard]] State state() const override { return State::Alive; }

private:
    Snapshot m_snapshot;
    QString m_path;
};

} // namespace core
