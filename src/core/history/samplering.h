#pragma once

#include <QList>
#include <QString>

namespace core {

// One value a watch saw: when (ms since the epoch), the value as a number for a plot (NaN when it is not
// one: a string, an enumerator's name), and as text, as the struct pane shows it.
struct HistorySample
{
    qint64 msecs = 0;
    double value = 0;
    QString text;
};

// The last `capacity` samples of a watch, oldest first: appending to a full ring drops the oldest, so that a
// watch left running for a day costs what it costs after its first `capacity` changes.
class SampleRing
{
public:
    static constexpr qsizetype DefaultCapacity = 100000;

    explicit SampleRing(qsizetype capacity = DefaultCapacity);

    void append(HistorySample sample);
    void clear();
    [[nodiscard]] qsizetype size() const { return m_samples.size(); }
    [[nodiscard]] bool isEmpty() const { return m_samples.isEmpty(); }
    [[nodiscard]] qsizetype capacity() const { return m_capacity; }
    // The i'th sample, 0 the oldest kept.
    [[nodiscard]] const HistorySample &at(qsizetype i) const;
    [[nodiscard]] const HistorySample &last() const { return at(size() - 1); }
    // How many samples were dropped to keep the bound.
    [[nodiscard]] quint64 dropped() const { return m_dropped; }

private:
    qsizetype m_capacity;
    QList<HistorySample> m_samples; // grows to m_capacity, then is written round from m_first
    qsizetype m_first = 0;
    quint64 m_dropped = 0;
};

} // namespace core
