#pragma once

// Shared by the shmdemo tests: the executable of this build run as a child process, and what it printed.

#include "testutils.h"

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <csignal>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/shm.h>

namespace shmdemotest {

inline const QString ShmdemoPath = QStringLiteral(SHMSCOPE_BIN_DIR "/shmdemo");
constexpr size_t RecordSize = 56; // sizeof(struct st_pid) as gcc lays out { int pid; char names[51]; }
constexpr size_t NamesOffset = 4;
constexpr size_t NamesSize = 51;

inline testutils::Run shmdemo(const QStringList &arguments)
{
    return testutils::run(ShmdemoPath, arguments);
}

// The key as C and printf write it (no padding), which is how shmdemo writes it in its calls.
inline QString cKey(key_t key)
{
    return QString::asprintf("0x%x", unsigned(key));
}

// The key as ipcs prints it, which is how messages name it.
inline QString ipcsKey(key_t key)
{
    return QString::asprintf("0x%08x", unsigned(key));
}

inline QStringList linesOf(const QByteArray &text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Everything a child printed, for the message of a failed check.
inline QByteArray transcript(const testutils::Run &run)
{
    return "exit " + QByteArray::number(run.exitCode) + "\nstdout:\n" + run.out + "stderr:\n" + run.err;
}

// The first capture of `pattern` matched against the whole `line`, or a null string.
inline QString capture(const QString &line, const QString &pattern)
{
    const auto match = QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

// Reads a running child's stdout into `lines` until a line starts with `prefix`; false after 10 s without.
inline bool readUntil(QProcess &process, QStringList &lines, const QString &prefix)
{
    for (;;) {
        while (process.canReadLine()) {
            lines << QString::fromUtf8(process.readLine()).trimmed();
            if (lines.last().startsWith(prefix))
                return true;
        }
        if (!process.waitForReadyRead(10000))
            return false;
    }
}

// semctl(2): "the calling program must define this union".
union SemArgument {
    int val;
    struct semid_ds *buf;
    unsigned short *array;
};

// The value of semaphore 0 of a set (semctl GETVAL), or -1 when the set is gone.
inline int semValue(int semid)
{
    return semctl(semid, 0, GETVAL);
}

// Every semaphore set under `key`'s prefix family (testutils::uniqueKey) or made by this process, listed as
// ipcs does (SEM_INFO, then SEM_STAT_ANY a slot) and removed: called from cleanup(), so anything found is a
// leak.
inline QStringList removeLeftoverSets()
{
    QStringList left;
    struct seminfo info = {};
    SemArgument argument{};
    argument.buf = reinterpret_cast<struct semid_ds *>(&info);
    const int maxIndex = semctl(0, 0, SEM_INFO, argument);
    const quint32 prefix = quint32(testutils::uniqueKey(0)) & 0x7fffff00u;
    for (int index = 0; index <= maxIndex; ++index) {
        struct semid_ds ds = {};
        argument.buf = &ds;
        const int semid = semctl(index, 0, SEM_STAT_ANY, argument);
        if (semid < 0 || (quint32(ds.sem_perm.__key) & 0x7fffff00u) != prefix)
            continue;
        left << QStringLiteral("semid %1 key 0x%2")
                    .arg(semid)
                    .arg(quint32(ds.sem_perm.__key), 8, 16, QLatin1Char('0'));
        semctl(semid, 0, IPC_RMID);
    }
    return left;
}

// Removes the segment and the semaphore set of a key when the scope ends, however the test ends. Declared
// before the processes that make them, so that it runs after their QProcess has killed them.
class KeyCleanup
{
public:
    explicit KeyCleanup(key_t key) : m_key(key) {}
    KeyCleanup(const KeyCleanup &) = delete;
    KeyCleanup &operator=(const KeyCleanup &) = delete;
    ~KeyCleanup()
    {
        if (const int semid = semget(m_key, 0, 0); semid >= 0)
            semctl(semid, 0, IPC_RMID);
        if (const int shmid = shmget(m_key, 0, 0); shmid >= 0)
            shmctl(shmid, IPC_RMID, nullptr);
    }

private:
    key_t m_key;
};

// A shmdemo running as a child process, whose lines the test reads as they come. Killed (SIGKILL) when the
// test ends first.
class Running
{
public:
    explicit Running(const QStringList &arguments)
    {
        m_process.setProcessEnvironment(testutils::headlessEnvironment());
        m_process.start(ShmdemoPath, arguments);
    }
    [[nodiscard]] bool started()
    {
        const bool started = m_process.waitForStarted(10000);
        m_pid = m_process.processId();
        return started;
    }
    // Its pid, also once it has ended.
    [[nodiscard]] qint64 pid() const { return m_pid; }
    // Reads on until a line starts with `prefix`; false when it ended, or after 10 s of silence, without.
    [[nodiscard]] bool readUntil(const QString &prefix)
    {
        return shmdemotest::readUntil(m_process, m_lines, prefix);
    }
    // Sends `signal` and waits for the end (30 s at most); the rest of its lines are read.
    [[nodiscard]] bool stop(int signal = SIGTERM)
    {
        if (m_process.state() != QProcess::NotRunning)
            ::kill(pid_t(m_pid), signal);
        return finish();
    }
    [[nodiscard]] bool finish()
    {
        const bool ended = m_process.state() == QProcess::NotRunning || m_process.waitForFinished(30000);
        m_lines += linesOf(m_process.readAllStandardOutput());
        m_err += m_process.readAllStandardError();
        return ended;
    }
    [[nodiscard]] int exitCode() const
    {
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    [[nodiscard]] QProcess &process() { return m_process; }
    [[nodiscard]] const QStringList &lines() const { return m_lines; }
    QStringList &lines() { return m_lines; }
    // Everything it printed so far, for the message of a failed check.
    [[nodiscard]] QByteArray transcript() const
    {
        return (m_lines.join(QLatin1Char('\n')) + QStringLiteral("\nstderr:\n")).toUtf8() + m_err;
    }

private:
    QProcess m_process;
    QStringList m_lines;
    QByteArray m_err;
    qint64 m_pid = 0;
};

} // namespace shmdemotest
