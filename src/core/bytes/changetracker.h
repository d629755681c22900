#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace core {

// Remembers the window of bytes shown at the last tick and, for each byte of it, when it last changed and
// whether that change was our own write. Only the window is kept, so a tick costs the same for a 56-byte
// and a 1 GiB segment.
// Our own writes are told with ownWrite() as they are made: they go into the copy at once, so that the next
// update() sees only what other processes changed. Only those are counted (totalChangedBytes,
// changeEvents); our own are stamped apart (changedByUs) so that views can light them another way.
class ChangeTracker
{
public:
    static constexpr qint64 Never = -1;

    // Compares `bytes` (the window now at `offset`) with the previous tick. Bytes in both windows that
    // differ are stamped with `nowMs`, as other processes' changes; bytes new to the window (after a
    // scroll) are not changes. Returns how many bytes changed.
    qsizetype update(quint64 offset, QByteArrayView bytes, qint64 nowMs);
    // We wrote `bytes` at `offset`: the bytes of the window they change are stamped as ours, uncounted.
    // Returns how many bytes of the window changed.
    qsizetype ownWrite(quint64 offset, QByteArrayView bytes, qint64 nowMs);

    // When the byte at `offset` last changed, or Never (also when it is outside the window).
    [[nodiscard]] qint64 changedAt(quint64 offset) const;
    // True when the byte's last change was our own write.
    [[nodiscard]] bool changedByUs(quint64 offset) const;

    [[nodiscard]] quint64 windowOffset() const { return m_offset; }
    [[nodiscard]] const QByteArray &window() const { return m_bytes; }
    [[nodiscard]] quint64 totalChangedBytes() const { return m_totalChanged; } // by other processes
    [[nodiscard]] quint64 changeEvents() const { return m_changeEvents; } // ticks that saw others' change
    [[nodiscard]] qint64 lastChangeMs() const { return m_lastChange; }    // anyone's, ours included
    void reset();

private:
    struct Stamp
    {
        qint64 at = Never;
        bool ours = false;
    };
    [[nodiscard]] const Stamp *stampAt(quint64 offset) const;

    quint64 m_offset = 0;
    QByteArray m_bytes;
    QList<Stamp> m_stamps; // one per byte of m_bytes
    quint64 m_totalChanged = 0;
    quint64 m_changeEvents = 0;
    qint64 m_lastChange = Never;
};

} // namespace core
