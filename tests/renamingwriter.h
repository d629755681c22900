#pragma once

// A real writer for the tests of what watches or holds a segment's fields: shmdemo renaming itself.

#include "testutils.h"

#include <QProcess>
#include <QString>

#include <csignal>
#include <sys/shm.h>
#include <utility>

namespace testutils {

// shmdemo write NAME --key KEY --every MS: a real writer that renames itself, and prints "new: ..." after
// each write of its record.
class RenamingWriter
{
public:
    ~RenamingWriter()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGTERM);
            m_process.waitForFinished(10000);
        }
    }
    // Starts it as `name` ("Wendy" unless told) and waits until it holds the segment; its shmid, or -1 (with
    // `why`). Its later names are `name` and a number: "Wendy 1", "Wendy 2"...
    int start(key_t key, int everyMs, QString *why, const QString &name = QStringLiteral("Wendy"))
    {
        m_process.setProcessEnvironment(testutils::headlessEnvironment());
        m_process.start(QStringLiteral(SHMSCOPE_BIN_DIR "/shmdemo"),
                        {QStringLiteral("write"), name, QStringLiteral("--key"),
                         QStringLiteral("0x%1").arg(quint32(key), 0, 16), QStringLiteral("--hold"),
                         QStringLiteral("120"), QStringLiteral("--every"), QString::number(everyMs)});
        m_pid = m_process.processId();
        while (!takeLines(QStringLiteral("holding"))) {
            if (!m_process.waitForReadyRead(10000)) {
                *why = QString::fromUtf8(m_process.readAllStandardError());
                return -1;
            }
        }
        return shmget(key, 0, 0);
    }
    // Writes it has made since the last call (each prints "new: pid=..., name=...").
    qsizetype takeWrites()
    {
        takeLines({});
        return std::exchange(m_writes, 0);
    }
    // Ends it with SIGTERM (it detaches and exits 0); the writes it made until then are counted.
    bool stop()
    {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(10000) || m_process.exitCode() != 0)
            return false;
        takeLines({});
        return true;
    }
    // Its pid, also once it has exited (QProcess forgets it then).
    [[nodiscard]] qint64 pid() const { return m_pid; }

private:
    // Reads the lines printed so far; true when one starts with `prefix` (never for an empty one).
    bool takeLines(const QString &prefix)
    {
        bool found = false;
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine());
            m_writes += line.startsWith(QLatin1String("new: ")) ? 1 : 0;
            found = found || (!prefix.isEmpty() && line.startsWith(prefix));
        }
        return found;
    }

    QProcess m_process;
    qsizetype m_writes = 0;
    qint64 m_pid = 0;
};

} // namespace testutils
