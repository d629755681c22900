#pragma once

#include "core/bytes/changetracker.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace core {

// ChangeTracker for scattered pieces of one record or segment at once: the struct pane keeps the bytes of
// the rows on screen (and whatever a caller asks it to keep besides), each a few bytes somewhere in a record
// that may be 64 MiB. Only the bytes of the ranges are kept, with for each when it last changed and whether
// that change was our own write, so the state follows what is shown, not the record's size.
//
// The ranges move as the view scrolls: bytes in both the old and the new ranges keep their copy and their
// stamps; bytes new to the ranges are not changes the first time they are read (as in ChangeTracker).
class RangeTracker
{
public:
    struct Range
    {
        quint64 offset = 0;
        quint64 length = 0;
        [[nodiscard]] quint64 end() const { return offset + length; }
        friend bool operator==(const Range &, const Range &) = default;
    };
    struct Change
    {
        qint64 at = ChangeTracker::Never;
        bool ours = false;
    };

    // Sorted, with ranges that overlap or lie within `gap` bytes of each other joined, empty ones left out:
    // one read a range, and a few bytes read twice over is cheaper than another read.
    [[nodiscard]] static QList<Range> merged(QList<Range> ranges, quint64 gap);

    // The ranges to keep from now on, as merged() gives them.
    void setRanges(const QList<Range> &ranges);
    [[nodiscard]] const QList<Range> &ranges() const { return m_ranges; }
    // Compares `bytes`, the range's bytes now (its whole length), with the last read. Returns how many
    // bytes changed; they are stamped with `nowMs` as other processes' changes.
    qsizetype update(qsizetype range, QByteArrayView bytes, qint64 nowMs);
    // We wrote `bytes` at `offset`: the kept bytes they change are stamped as ours, uncounted.
    qsizetype ownWrite(quint64 offset, QByteArrayView bytes, qint64 nowMs);

    // The latest change of any kept byte of [offset, offset + length).
    [[nodiscard]] Change latest(quint64 offset, quint64 length) const;
    // The bytes [offset, offset + length) as last read, when one range holds them all and has been read.
    [[nodiscard]] std::optional<QByteArrayView> bytes(quint64 offset, quint64 length) const;
    [[nodiscard]] quint64 keptBytes() const; // what the ranges hold together
    [[nodiscard]] qint64 lastChangeMs() const { return m_lastChange; } // anyone's, ours included
    void reset();

private:
    // A byte copied in but never compared has no stamp yet: its first read is not a change.
    static constexpr qint64 Unread = -2;
    struct Stamp
    {
        qint64 at = Unread;
        bool ours = false;
    };
    struct Piece
    {
        QByteArray bytes;
        QList<Stamp> stamps;
        bool read = false; // every byte has been read at least once: a tick can compare with one memcmp
    };
    // The first range that ends after `offset`.
    [[nodiscard]] qsizetype firstEndingAfter(quint64 offset) const;

    QList<Range> m_ranges;
    QList<Piece> m_pieces; // one per range
    qint64 m_lastChange = ChangeTracker::Never;
};

} // namespace core
