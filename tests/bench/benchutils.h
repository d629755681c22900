#pragma once

// Measuring helpers shared by the benchmarks: their settings from the environment, order statistics of a
// list of samples, the thread's CPU clock, and the number formats of the tables. This process's memory is
// testutils::statusKiB, which the tests use too.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QtGlobal>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace benchutils {

// A count from the environment (BENCH_RUNS, BENCH_TICKS, ...), or `fallback` when it is unset, not a
// number, or below `minimum`: too few runs make no figure.
inline int envInt(const char *name, int fallback, int minimum)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value >= minimum ? value : fallback;
}

struct Stats
{
    double median = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;
    int runs = 0;
};

// Nearest-rank percentile of sorted values: the smallest value that at least `percent` % of them do not exceed.
inline double percentileOfSorted(const QList<double> &sorted, int percent)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype n = sorted.size();
    return sorted.at(std::clamp<qsizetype>((n * percent + 99) / 100 - 1, 0, n - 1));
}

inline Stats statsOf(QList<double> values)
{
    Stats s;
    s.runs = int(values.size());
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    s.median = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    s.p90 = percentileOfSorted(values, 90);
    s.p99 = percentileOfSorted(values, 99);
    s.max = values.last();
    return s;
}

inline double threadCpuMs()
{
    timespec ts = {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Bytes that look like data (xorshift64): every value about as common, so that a needle's first byte turns up
// once in 256 as in real segments, and a hash reads bytes that do not compress. The tail past the last whole
// 8 bytes is left as it was.
inline void fillRandom(char *memory, quint64 size)
{
    quint64 state = 0x9e3779b97f4a7c15ULL;
    for (quint64 at = 0; at + 8 <= size; at += 8) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        std::memcpy(memory + at, &state, 8);
    }
}

// Wall and thread-CPU time of one call, ms.
struct Sample
{
    double wall = 0;
    double cpu = 0;
};

template<typename F>
Sample timed(F &&f)
{
    QElapsedTimer timer;
    const double cpu0 = threadCpuMs();
    timer.start();
    f();
    const double wall = double(timer.nsecsElapsed()) / 1e6;
    return {wall, threadCpuMs() - cpu0};
}

// Wall time of one run of a program, its output thrown away, ms; -1 when it could not run or failed. Its
// standard error (a warning each run) is thrown away too: a failure shows as -1.
inline double runMs(const QByteArray &program, QList<QByteArray> args)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    std::vector<char *> argv{const_cast<char *>(program.constData())};
    for (QByteArray &arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = -1;
    int status = -1;
    const bool ran = posix_spawnp(&pid, program.constData(), &actions, nullptr, argv.data(), environ) == 0
                     && waitpid(pid, &status, 0) == pid;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    posix_spawn_file_actions_destroy(&actions);
    return ran && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? ms : -1;
}

// Runs `work` (which starts something and returns at once) with a timer of `intervalMs` turning on this
// thread's event loop, until `done` says so: the longest gap between two ticks (or the last and the end), ms.
// How long the event loop was held: what the user feels as a window that stops answering.
inline double longestGap(int intervalMs, const std::function<void()> &work, const std::function<bool()> &done)
{
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(intervalMs);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    timer.start();
    clock.start();
    work();
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 now = clock.nsecsElapsed();
    return double(std::max(longest, now - last)) / 1e6;
}

// Bytes gone through in `ms` milliseconds, in GB/s (10^9 bytes a second).
inline double gbPerSecond(quint64 bytes, double ms)
{
    return double(bytes) / (ms / 1e3) / 1e9;
}

inline QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

inline QString msWithP90(const Stats &s)
{
    return QStringLiteral("%1 (p90 %2)").arg(ms(s.median), ms(s.p90));
}

inline QString mib(qint64 kib)
{
    return QString::number(double(kib) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

// A row of the one table that `./test.sh --bench` ends with: scripts/benchtable.sh collects these rows from
// the output of every benchmark. `topic` groups them (Refresh, Tick, Paint, Change latency, Start-up,
// Memory); `against` is what the figure is set against in the same run, so that the row means something on
// another machine. One tab-separated line starting with BENCHSUMMARY, straight to stdout: through qInfo()
// it would carry Qt Test's prefix.
inline void summary(const QString &topic, const QString &figure, const QString &measured,
                    const QString &against)
{
    const QByteArray line = QStringList{QStringLiteral("BENCHSUMMARY"), topic, figure, measured, against}
                                .join(QLatin1Char('\t'))
                                .toUtf8() +
                            '\n';
    std::fflush(stdout);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

} // namespace benchutils
