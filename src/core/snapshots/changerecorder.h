#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <deque>

namespace core {

// What the refresh of a tab read, kept for the last minutes so that the panes can show the bytes of a moment
// in the past. Each tick hands over the ranges it read (the hex window, the struct rows on screen); at the
// end of the tick the recorder compares them with what the tick before read and keeps only the difference, as
// runs of (time, offset, bytes before, bytes after). Bytes that came into view and bytes that left it are
// runs too: a byte is known at a moment when the last tick at or before it read it, and unknown otherwise
// (the recorder never guesses what a byte held while no tick read it).
//
// Memory is bounded by a byte budget: when the runs and the copy of the last tick's bytes pass it, the oldest
// runs go first, and the span it can answer for starts later. A moment is rebuilt from the last tick's bytes
// by undoing the runs after it, newest first: the cost follows the changes since that moment, not the size of
// the segment.
class ChangeRecorder
{
public:
    static constexpr quint64 DefaultBudget = 16ULL * 1024 * 1024;
    static constexpr qint64 Never = -1;

    explicit ChangeRecorder(quint64 budget = DefaultBudget);

    // Drops the oldest runs at once when what is kept passes the new budget.
    void setBudget(quint64 bytes);
    [[nodiscard]] quint64 budget() const { return m_budget; }

    // A tick at `nowMs` (a monotonic clock, never going back) starts: the reads recorded until endTick() are
    // what it read. Reads outside a tick are not recorded.
    void beginTick(qint64 nowMs);
    [[nodiscard]] bool inTick() const { return m_inTick; }
    // The tick read `bytes` at `offset`. A byte read twice in one tick keeps the later read.
    void record(quint64 offset, QByteArrayView bytes);
    // Compares what the tick read with what the tick before read and keeps the difference.
    void endTick();

    // The bytes [offset, offset + length) at moment `ms`, and which of them are known (one byte in `known`
    // per byte: 1 known, 0 unknown; an unknown byte of `bytes` is 0).
    struct Moment
    {
        QByteArray bytes;
        QByteArray known;
        [[nodiscard]] bool allKnown() const { return !known.contains('\0'); }
    };
    [[nodiscard]] Moment at(qint64 ms, quint64 offset, quint64 length) const;

    // The span it can answer for: from the earliest moment whose bytes it still has to the last tick; Never
    // for both before the first tick.
    [[nodiscard]] qint64 firstMs() const;
    [[nodiscard]] qint64 lastMs() const { return m_lastTick; }
    // What the runs and the copy of the last tick's bytes take, allocations' overhead included.
    [[nodiscard]] quint64 memoryUsed() const { return m_memory; }
    [[nodiscard]] qsizetype runCount() const { return qsizetype(m_runs.size()); }
    // Forgets everything (another object, another record): the next tick starts a new span.
    void clear();

private:
    // A piece of the last tick's bytes: what it read from `offset` on.
    struct Piece
    {
        quint64 offset = 0;
        QByteArray bytes;
        [[nodiscard]] quint64 end() const { return offset + quint64(bytes.size()); }
    };
    enum class Kind : quint8 {
        Changed, // read by both ticks, different: `data` holds the bytes before, then the bytes after
        Came,    // read by this tick, not the one before: unknown before (`data` empty)
        Left,    // read by the tick before, not this one: `data` holds what it last read
    };
    struct Run
    {
        qint64 ms = 0;
        quint64 offset = 0;
        quint64 length = 0;
        Kind kind = Kind::Changed;
        QByteArray data;
    };

    // The reads of the tick joined into sorted pieces that do not touch, later reads over earlier ones.
    [[nodiscard]] QList<Piece> piecesOfTick() const;
    // The runs between the last tick's pieces and `now` (both sorted), at `ms`.
    void compare(const QList<Piece> &before, const QList<Piece> &now, qint64 ms);
    void addRun(Run run);
    void dropOldest();
    [[nodiscard]] static quint64 costOf(const Run &run);
    [[nodiscard]] static quint64 costOf(const QList<Piece> &pieces);

    quint64 m_budget;
    bool m_inTick = false;
    qint64 m_tickMs = Never;
    qint64 m_firstTick = Never;
    qint64 m_lastTick = Never;
    qint64 m_dropped = Never; // the time of the newest run dropped: no moment before it can be rebuilt
    QList<Piece> m_reads;     // the tick's reads as they came
    QList<Piece> m_last;      // the last tick's bytes
    std::deque<Run> m_runs;   // oldest first
    quint64 m_memory = 0;
};

} // namespace core
