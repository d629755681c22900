#pragma once

#include "core/namespaces/ipcnamespace.h"
#include "core/sysvipc/semaphoresetinfo.h"

#include <QByteArray>
#include <QList>

namespace core {

// The text of `shmscope --list --type sem`: the semaphore sets as `ipcs -s` prints them, or every field we
// know as JSON. Pure formatting over SemaphoreSetInfo values.
class SemaphoreListWriter
{
public:
    // Byte for byte the layout of util-linux 2.38 `ipcs -s` (its English, C-locale text).
    [[nodiscard]] static QByteArray table(const QList<SemaphoreSetInfo> &sets);
    // For each namespace, in the order given, its header line and then table() of its sets (--namespace all).
    [[nodiscard]] static QByteArray tableByNamespace(const QList<SemaphoreSetInfo> &sets,
                                                     const QList<IpcNamespace> &namespaces);
    // An indented array of objects with the keys cgid, ctime, cuid, gid, ipc_namespace, key, nsems, otime, owner,
    // perms, semaphores (each {command, ncnt, num, pid, value, zcnt}), semaphores_error (null when they were
    // read), semid, uid and waiters (each {command, pid, semnum, waits_for}: "increase", "zero" or null),
    // sorted by name as QJsonDocument writes them.
    [[nodiscard]] static QByteArray json(const QList<SemaphoreSetInfo> &sets);
    // The same array without its final newline, its first line at `level` (--list --type all).
    static void appendJson(QByteArray &text, const QList<SemaphoreSetInfo> &sets, int level);
};

} // namespace core
