#include "core/leaks/processstart.h"

#include "core/segments/procfile.h"

#include <QFile>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace core {

ProcessStart::ProcessStart(QString procRoot)
    : m_procRoot(std::move(procRoot)), m_ticksPerSecond(qMax(1L, sysconf(_SC_CLK_TCK)))
{
}

void ProcessStart::readBootTime()
{
    QByteArray text;
    m_bootTime = ProcFile::read(QFile::encodeName(m_procRoot) + "/stat", &text) ? parseBootTime(text)
                                                                                  : std::nullopt;
}

ProcessStart::Answer ProcessStart::of(qint64 pid) const
{
    if (pid <= 0)
        return {};
    // kill(pid, 0), not /proc, says whether the pid is taken: /proc mounted with hidepid hides other users'
    // processes as if they had exited, while the signal check still finds them (EPERM). ESRCH is the kernel's
    // word that the pid is free.
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return {State::Exited, 0};
    // The signal check found it: a stat that cannot be read (hidden, or it exited since) leaves its start
    // unknown, and the next scan tells.
    QByteArray text;
    if (!ProcFile::read(QFile::encodeName(m_procRoot) + '/' + QByteArray::number(pid) + "/stat", &text))
        return {};
    const auto ticks = parseStartTicks(text);
    if (!ticks || !m_bootTime)
        return {};
    return {State::Running, *m_bootTime + qint64(*ticks / quint64(m_ticksPerSecond))};
}

std::optional<qint64> ProcessStart::parseBootTime(QByteArrayView procStat)
{
    for (qsizetype from = 0; from < procStat.size();) {
        qsizetype end = procStat.indexOf('\n', from);
        if (end < 0)
            end = procStat.size();
        const QByteArrayView line = procStat.sliced(from, end - from);
        if (line.startsWith("btime ")) {
            bool ok = false;
            const qint64 seconds = line.sliced(6).trimmed().toLongLong(&ok);
            return ok && seconds > 0 ? std::optional<qint64>(seconds) : std::nullopt;
        }
        from = end + 1;
    }
    return std::nullopt;
}

std::optional<quint64> ProcessStart::parseStartTicks(QByteArrayView pidStat)
{
    const qsizetype close = pidStat.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    // After ") " comes field 3 (state); starttime is field 22, the 20th from there.
    const QList<QByteArray> fields = pidStat.sliced(close + 1).toByteArray().simplified().split(' ');
    if (fields.size() < 20)
        return std::nullopt;
    bool ok = false;
    const quint64 ticks = fields.at(19).toULongLong(&ok);
    return ok ? std::optional<quint64>(ticks) : std::nullopt;
}

} // namespace core
