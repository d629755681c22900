#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace core {

// Whether a process lives, and when it started, from /proc: what tells a segment's creator from a younger
// process that was given the same pid after the creator exited.
//
// A start time is btime (the boot, epoch seconds, from /proc/stat) plus starttime (field 22 of
// /proc/PID/stat, clock ticks since boot) / sysconf(_SC_CLK_TCK), rounded down to a whole second. Both
// parts are rounded down (btime to its second, the ticks to their second), so the figure is at most a
// second before the true start, never after it.
class ProcessStart
{
public:
    explicit ProcessStart(QString procRoot = QStringLiteral("/proc"));

    enum class State {
        Exited,  // no process has that pid now
        Running, // a process has it, started at startedAt
        Unknown, // a process has it, but when it started cannot be read (hidden /proc, another procRoot)
    };
    struct Answer
    {
        State state = State::Unknown;
        qint64 startedAt = 0; // epoch seconds, for Running
    };

    // Reads btime again: once a judgement, as a clock step moves it.
    void readBootTime();
    [[nodiscard]] Answer of(qint64 pid) const;

    // "btime N" of /proc/stat; nullopt when it has none.
    [[nodiscard]] static std::optional<qint64> parseBootTime(QByteArrayView procStat);
    // Field 22 (starttime) of a /proc/PID/stat text. The command (field 2) is in parentheses and may hold
    // spaces and ')' itself, so the fields are counted from after its last ')'. nullopt when malformed.
    [[nodiscard]] static std::optional<quint64> parseStartTicks(QByteArrayView pidStat);

private:
    QString m_procRoot;
    std::optional<qint64> m_bootTime;
    qint64 m_ticksPerSecond;
};

} // namespace core
