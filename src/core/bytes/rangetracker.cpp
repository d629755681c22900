#include "core/bytes/rangetracker.h"

#include <algorithm>
#include <cstring>

namespace core {

QList<RangeTracker::Range> RangeTracker::merged(QList<Range> ranges, quint64 gap)
{
    ranges.removeIf([](const Range &range) { return range.length == 0; });
    std::sort(ranges.begin(), ranges.end(),
              [](const Range &a, const Range &b) { return a.offset < b.offset; });
    QList<Range> joined;
    for (const Range &range : std::as_const(ranges)) {
        if (!joined.isEmpty() && range.offset <= joined.last().end() + gap)
            joined.last().length = std::max(joined.last().end(), range.end()) - joined.last().offset;
        else
            joined.append(range);
    }
    return joined;
}

qsizetype RangeTracker::firstEndingAfter(quint64 offset) const
{
    return std::upper_bound(m_ranges.cbegin(), m_ranges.cend(), offset,
                            [](quint64 at, const Range &range) { return at < range.end(); })
           - m_ranges.cbegin();
}

void RangeTracker::setRanges(const QList<Range> &ranges)
{
    if (ranges == m_ranges)
        return;
    QList<Piece> pieces;
    pieces.reserve(ranges.size());
    for (const Range &range : ranges) {
        Piece piece;
        piece.bytes = QByteArray(qsizetype(range.length), '\0');
        piece.stamps = QList<Stamp>(qsizetype(range.length));
        bool whole = false;
        // What the old ranges hold of the new one goes over with its stamps.
        for (qsizetype old = firstEndingAfter(range.offset);
             old < m_ranges.size() && m_ranges.at(old).offset < range.end(); ++old) {
            const Range &from = m_ranges.at(old);
            const Piece &source = m_pieces.at(old);
            const quint64 start = std::max(from.offset, range.offset);
            const quint64 end = std::min(from.end(), range.end());
            const auto length = qsizetype(end - start);
            std::memcpy(piece.bytes.data() + (start - range.offset), source.bytes.constData() + (start - from.offset),
                        size_t(length));
            std::copy_n(source.stamps.cbegin() + qsizetype(start - from.offset), length,
                        piece.stamps.begin() + qsizetype(start - range.offset));
            whole = source.read && start == range.offset && end == range.end();
        }
        piece.read = whole;
        pieces.append(std::move(piece));
    }
    m_ranges = ranges;
    m_pieces = std::move(pieces);
}

qsizetype RangeTracker::update(qsizetype range, QByteArrayView bytes, qint64 nowMs)
{
    Piece &piece = m_pieces[range];
    Q_ASSERT(bytes.size() == piece.bytes.size());
    if (bytes.size() != piece.bytes.size())
        return 0;
    // Most ticks change nothing: one memcmp says so before any byte-by-byte work.
    if (piece.read && std::memcmp(bytes.data(), piece.bytes.constData(), size_t(bytes.size())) == 0)
        return 0;
    qsizetype changed = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        Stamp &stamp = piece.stamps[i];
        if (stamp.at == Unread) {
            stamp.at = ChangeTracker::Never;
        } else if (bytes[i] != piece.bytes.at(i)) {
            stamp = {nowMs, false};
            ++changed;
        }
    }
    std::memcpy(piece.bytes.data(), bytes.data(), size_t(bytes.size()));
    piece.read = true;
    if (changed > 0)
        m_lastChange = nowMs;
    return changed;
}

qsizetype RangeTracker::ownWrite(quint64 offset, QByteArrayView bytes, qint64 nowMs)
{
    const quint64 end = offset + quint64(bytes.size());
    qsizetype changed = 0;
    for (qsizetype at = firstEndingAfter(offset); at < m_ranges.size() && m_ranges.at(at).offset < end; ++at) {
        const Range &range = m_ranges.at(at);
        Piece &piece = m_pieces[at];
        for (quint64 byte = std::max(offset, range.offset); byte < std::min(end, range.end()); ++byte) {
            const auto inPiece = qsizetype(byte - range.offset);
            const char value = bytes[qsizetype(byte - offset)];
            if (piece.stamps.at(inPiece).at != Unread && piece.bytes.at(inPiece) == value)
                continue;
            piece.bytes[inPiece] = value;
            // A byte never read before is only known now; it is not a change to light.
            if (piece.stamps.at(inPiece).at != Unread) {
                piece.stamps[inPiece] = {nowMs, true};
                ++changed;
            }
        }
    }
    if (changed > 0)
        m_lastChange = nowMs;
    return changed;
}

RangeTracker::Change RangeTracker::latest(quint64 offset, quint64 length) const
{
    Change change;
    const quint64 end = offset + length;
    for (qsizetype at = firstEndingAfter(offset); at < m_ranges.size() && m_ranges.at(at).offset < end; ++at) {
        const Range &range = m_ranges.at(at);
        const QList<Stamp> &stamps = m_pieces.at(at).stamps;
        const auto from = qsizetype(std::max(offset, range.offset) - range.offset);
        const auto to = qsizetype(std::min(end, range.end()) - range.offset);
        for (qsizetype i = from; i < to; ++i) {
            if (stamps.at(i).at > change.at)
                change = {stamps.at(i).at, stamps.at(i).ours};
        }
    }
    return change;
}

std::optional<QByteArrayView> RangeTracker::bytes(quint64 offset, quint64 length) const
{
    const qsizetype at = firstEndingAfter(offset);
    if (at >= m_ranges.size() || !m_pieces.at(at).read)
        return std::nullopt;
    const Range &range = m_ranges.at(at);
    if (offset < range.offset || offset + length > range.end())
        return std::nullopt;
    return QByteArrayView(m_pieces.at(at).bytes).sliced(qsizetype(offset - range.offset), qsizetype(length));
}

quint64 RangeTracker::keptBytes() const
{
    quint64 kept = 0;
    for (const Range &range : m_ranges)
        kept += range.length;
    return kept;
}

void RangeTracker::reset()
{
    *this = RangeTracker();
}

} // namespace core
