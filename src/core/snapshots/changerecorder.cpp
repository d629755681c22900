#include "core/snapshots/changerecorder.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace core {

namespace {
// What a heap allocation costs besides its bytes: QArrayData's header and the allocator's own.
constexpr quint64 AllocationOverhead = 32;
// Equal bytes between two changed ones of a run are kept in it up to this many: one run with a few bytes
// stored twice is smaller than two runs.
constexpr quint64 JoinGap = 8;
} // namespace

ChangeRecorder::ChangeRecorder(quint64 budget) : m_budget(budget) {}

void ChangeRecorder::setBudget(quint64 bytes)
{
    m_budget = bytes;
    while (m_memory > m_budget && !m_runs.empty())
        dropOldest();
}

void ChangeRecorder::beginTick(qint64 nowMs)
{
    m_inTick = true;
    m_tickMs = nowMs;
    m_reads.clear();
}

void ChangeRecorder::record(quint64 offset, QByteArrayView bytes)
{
    if (m_inTick && !bytes.isEmpty())
        m_reads.append(Piece{offset, bytes.toByteArray()});
}

void ChangeRecorder::endTick()
{
    if (!m_inTick)
        return;
    m_inTick = false;
    QList<Piece> now = piecesOfTick();
    m_reads.clear();
    if (m_firstTick == Never)
        m_firstTick = m_tickMs; // nothing is known before it: no run needed to say so
    else
        compare(m_last, now, m_tickMs);
    m_memory -= costOf(m_last);
    m_last = std::move(now);
    m_memory += costOf(m_last);
    m_lastTick = m_tickMs;
    while (m_memory > m_budget && !m_runs.empty())
        dropOldest();
}

QList<ChangeRecorder::Piece> ChangeRecorder::piecesOfTick() const
{
    QList<qsizetype> order(m_reads.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        return m_reads.at(a).offset < m_reads.at(b).offset;
    });
    QList<Piece> pieces;
    for (const qsizetype at : std::as_const(order)) {
        const Piece &read = m_reads.at(at);
        if (!pieces.isEmpty() && read.offset <= pieces.last().end()) {
            Piece &last = pieces.last();
            if (read.end() > last.end())
                last.bytes.resize(qsizetype(read.end() - last.offset));
        } else {
            pieces.append(Piece{read.offset, QByteArray(read.bytes.size(), Qt::Uninitialized)});
        }
    }
    // Painted in the order read: where two reads overlap, the later one's bytes are what the tick saw last.
    for (const Piece &read : m_reads) {
        const auto piece =
            std::upper_bound(pieces.begin(), pieces.end(), read.offset,
                             [](quint64 offset, const Piece &p) { return offset < p.offset; }) -
            1;
        std::memcpy(piece->bytes.data() + (read.offset - piece->offset), read.bytes.constData(),
                    size_t(read.bytes.size()));
    }
    return pieces;
}

void ChangeRecorder::compare(const QList<Piece> &before, const QList<Piece> &now, qint64 ms)
{
    // The pieces of both ticks cut at every edge of either: in each cut, a byte is read by both, by one, or
    // by neither.
    QList<quint64> edges;
    edges.reserve(2 * (before.size() + now.size()));
    for (const Piece &piece : before)
        edges << piece.offset << piece.end();
    for (const Piece &piece : now)
        edges << piece.offset << piece.end();
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());

    qsizetype b = 0;
    qsizetype n = 0;
    for (qsizetype i = 0; i + 1 < edges.size(); ++i) {
        const quint64 start = edges.at(i);
        const quint64 end = edges.at(i + 1);
        while (b < before.size() && before.at(b).end() <= start)
            ++b;
        while (n < now.size() && now.at(n).end() <= start)
            ++n;
        const Piece *old = b < before.size() && before.at(b).offset <= start ? &before.at(b) : nullptr;
        const Piece *fresh = n < now.size() && now.at(n).offset <= start ? &now.at(n) : nullptr;
        if (old && !fresh) {
            addRun(Run{ms, start, end - start, Kind::Left,
                       old->bytes.mid(qsizetype(start - old->offset), qsizetype(end - start))});
        } else if (fresh && !old) {
            addRun(Run{ms, start, end - start, Kind::Came, {}});
        } else if (old && fresh) {
            const char *was = old->bytes.constData() + (start - old->offset);
            const char *is = fresh->bytes.constData() + (start - fresh->offset);
            const quint64 length = end - start;
            for (quint64 at = 0; at < length;) {
                if (was[at] == is[at]) {
                    ++at;
                    continue;
                }
                quint64 runEnd = at + 1;
                for (quint64 next = runEnd; next < length && next - runEnd <= JoinGap; ++next) {
                    if (was[next] != is[next])
                        runEnd = next + 1;
                }
                QByteArray data(qsizetype(2 * (runEnd - at)), Qt::Uninitialized);
                std::memcpy(data.data(), was + at, size_t(runEnd - at));
                std::memcpy(data.data() + (runEnd - at), is + at, size_t(runEnd - at));
                addRun(Run{ms, start + at, runEnd - at, Kind::Changed, std::move(data)});
                at = runEnd;
            }
        }
    }
}

void ChangeRecorder::addRun(Run run)
{
    m_memory += costOf(run);
    m_runs.push_back(std::move(run));
}

void ChangeRecorder::dropOldest()
{
    m_memory -= costOf(m_runs.front());
    m_dropped = std::max(m_dropped, m_runs.front().ms);
    m_runs.pop_front();
}

quint64 ChangeRecorder::costOf(const Run &run)
{
    return sizeof(Run) + (run.data.isEmpty() ? 0 : quint64(run.data.capacity()) + AllocationOverhead);
}

quint64 ChangeRecorder::costOf(const QList<Piece> &pieces)
{
    quint64 cost = quint64(pieces.capacity()) * sizeof(Piece);
    for (const Piece &piece : pieces)
        cost += quint64(piece.bytes.capacity()) + AllocationOverhead;
    return cost;
}

qint64 ChangeRecorder::firstMs() const
{
    return m_firstTick == Never ? Never : std::max(m_firstTick, m_dropped);
}

ChangeRecorder::Moment ChangeRecorder::at(qint64 ms, quint64 offset, quint64 length) const
{
    Moment moment{QByteArray(qsizetype(length), '\0'), QByteArray(qsizetype(length), '\0')};
    if (m_lastTick == Never || ms < firstMs())
        return moment;
    const quint64 end = offset + length;
    // Copies [from, to) of `bytes` (which start at `at`) into the moment where the two overlap.
    const auto put = [&](quint64 at, quint64 count, const char *bytes, char known) {
        const quint64 from = std::max(at, offset);
        const quint64 to = std::min(at + count, end);
        if (from >= to)
            return;
        if (bytes)
            std::memcpy(moment.bytes.data() + (from - offset), bytes + (from - at), size_t(to - from));
        else
            std::memset(moment.bytes.data() + (from - offset), 0, size_t(to - from));
        std::memset(moment.known.data() + (from - offset), known, size_t(to - from));
    };
    for (const Piece &piece : m_last)
        put(piece.offset, quint64(piece.bytes.size()), piece.bytes.constData(), 1);
    // Back in time: each run after the moment undone, newest first.
    for (auto run = m_runs.crbegin(); run != m_runs.crend() && run->ms > ms; ++run) {
        switch (run->kind) {
        case Kind::Changed:
        case Kind::Left:
            put(run->offset, run->length, run->data.constData(), 1);
            break;
        case Kind::Came:
            put(run->offset, run->length, nullptr, 0);
            break;
        }
    }
    return moment;
}

void ChangeRecorder::clear()
{
    m_inTick = false;
    m_tickMs = m_firstTick = m_lastTick = m_dropped = Never;
    m_reads.clear();
    m_last.clear();
    m_runs.clear();
    m_memory = 0;
}

} // namespace core
