#pragma once

#include "core/sysvipc/semaphoresetinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace core {

// Fills each set's semaphores the way `ipcs -s -i` reads them: semctl GETALL once for every value, then
// GETPID, GETNCNT and GETZCNT for each semaphore (quietly: a refresh's own calls stay out of the call log),
// and the last pid's /proc/PID/comm. Run in the IPC namespace of the sets (semctl asks in the caller's).
class SemaphoreReader
{
    Q_DECLARE_TR_FUNCTIONS(core::SemaphoreReader)

public:
    explicit SemaphoreReader(QByteArray procRoot);

    // What became of one set.
    enum class Outcome { Read, Removed, NoPermission, Failed };
    // Fills set.semaphores, or set.semaphoresError with what stood in the way.
    Outcome fill(SemaphoreSetInfo &set);
    // The commands of this read, one look-up a pid: every semaphore last touched by one process names it once.
    [[nodiscard]] QByteArray command(qint64 pid);
    // Forgets the commands: a pid may name another process by the next scan.
    void clearCommands() { m_commands.clear(); }

    // "no read permission: mode 600, owner alice, you are uid 1000".
    [[nodiscard]] static QString noPermission(const SemaphoreSetInfo &set, const QString &ownerName, uint uid);

private:
    QByteArray m_procRoot;
    QHash<qint64, QByteArray> m_commands;
};

} // namespace core
