#pragma once

#include "core/posix/posixobject.h"

#include <QByteArray>
#include <QList>

namespace core {

// The text of `shmscope --list --type posix`: POSIX objects, memfds and POSIX semaphores as a table, or as
// JSON with the keys name, path, kind, bytes, owner, perms, uid, gid, mtime, inode and holders (each holder:
// pid, command, address, writable, fd). Pure formatting over PosixObject values.
class PosixListWriter
{
public:
    // Columns as wide as what they hold, a space between; unknown size, owner or mode as "?".
    [[nodiscard]] static QByteArray table(const QList<PosixObject> &objects);
    // An indented array, objects and their members sorted by name as QJsonDocument writes them. A value we
    // could not learn (the size of an object seen only in a mapping we may not stat, a path it has not) is
    // null.
    [[nodiscard]] static QByteArray json(const QList<PosixObject> &objects);
    // The same array without its final newline, its first line at `level` (--list --type all).
    static void appendJson(QByteArray &text, const QList<PosixObject> &objects, int level);
};

} // namespace core
