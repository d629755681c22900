#pragma once

#include "core/layout/structlayout.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace core {

class MappedObject;

// Ranges of a read-write object held at bytes of ours, as the memory tools of games do ("freeze a value"):
// every interval() each range is read, and when another process has changed it our bytes are written back in
// one copy and the range's fight count goes up. A range left as we wrote it costs a read and a compare, no
// write, so the cost follows the number of frozen ranges and the writes follow the fights.
//
// The first write of a freeze is recorded in the call log as C, with the period; the rewrites are not (one line
// a period would drown what the user did). Every write is bounded by the object (MappedObject::write), and a
// range the object refuses (a POSIX object shrunk under it) is unfrozen with the reason (stopped()).
// Destroyed before its object: nothing is frozen past a detach.
class Freezer : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 100;
    static constexpr int MinimumIntervalMs = 10;
    static constexpr int MaximumIntervalMs = 60000;

    struct Range
    {
        quint64 offset = 0;
        QByteArray bytes; // what the range is held at
        QString name;     // what messages call it: "names", "bytes 0x10-0x13"
        quint64 fought = 0; // periods in which another process had changed it since our last write
    };

    explicit Freezer(MappedObject &object, QObject *parent = nullptr);

    // The bytes that make `field` say `text`, for a freeze at a typed value: the field's type and range are
    // checked (FieldCodec), with a sentence when refused. Fields that cannot be typed (pointers, padding) are
    // refused, and so is a bitfield, whose bytes hold other fields' bits that a freeze would hold too.
    [[nodiscard]] static Result<QByteArray> valueOf(const StructField &field, const QString &text);
    // Why `field` cannot be frozen at all, at any value: a bitfield. Done for every other field.
    [[nodiscard]] static Result<Done> mayFreeze(const StructField &field);

    // Holds [offset, offset + bytes.size()) at `bytes`, written once now (recorded in the call log with `code`,
    // the C statement they stand for when known). A frozen range it overlaps is unfrozen first. Refused, with
    // nothing written, when the object is read-only, the range is empty or leaves the object.
    Result<Done> freeze(quint64 offset, const QByteArray &bytes, const QString &name, const QString &code = {});
    // Holds the range at what it holds now.
    Result<Done> freezeCurrent(quint64 offset, quint64 length, const QString &name, const QString &code = {});
    // Unfreezes the ranges that overlap [offset, offset + length); how many there were.
    qsizetype unfreeze(quint64 offset, quint64 length);
    void unfreezeAll();

    [[nodiscard]] const QList<Range> &ranges() const { return m_ranges; }
    [[nodiscard]] bool isEmpty() const { return m_ranges.isEmpty(); }
    // The frozen range that is exactly [offset, offset + length), if any.
    [[nodiscard]] const Range *find(quint64 offset, quint64 length) const;
    // True when a frozen range overlaps [offset, offset + length).
    [[nodiscard]] bool overlaps(quint64 offset, quint64 length) const;

    // The period, clamped to [MinimumIntervalMs, MaximumIntervalMs].
    void setInterval(int ms);
    [[nodiscard]] int interval() const { return m_timer.interval(); }

public slots:
    // One period: reads every range and writes ours back where another process changed it. The timer calls
    // it; a test may too.
    void enforce();

signals:
    // We wrote `bytes` at `offset` (a freeze or a rewrite): views take them as our own change.
    void wrote(quint64 offset, const QByteArray &bytes);
    // Ranges were frozen or unfrozen, or a fight was counted.
    void changed();
    // A range was unfrozen because the object refused it; `message` says why.
    void stopped(const QString &message);

private:
    Q_DISABLE_COPY_MOVE(Freezer)
    void updateTimer();
    // Why [offset, offset + length) cannot be frozen: a read-only object, a range empty or outside it.
    [[nodiscard]] Result<Done> check(quint64 offset, quint64 length, const QString &name) const;
    [[nodiscard]] Error outside(const QString &name) const;
    // Removes the ranges overlapping [offset, offset + length); how many.
    qsizetype removeOverlapping(quint64 offset, quint64 length);

    MappedObject &m_object;
    QList<Range> m_ranges;
    QByteArray m_buffer; // a range's bytes this period, reused
    QTimer m_timer;
};

} // namespace core
