#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace core {

// logind's RemoveIPC= setting: when on (systemd's default), systemd-logind removes every System V object and
// POSIX shared memory object of a user when that user's last session ends (root and system users spared). It
// is why a user's segments vanish at logout, and why a segment left by a logged-out user is a leak elsewhere.
//
// Read as logind reads it: /etc/systemd/logind.conf, then the drop-ins "*.conf" of logind.conf.d under
// /etc/systemd, /run/systemd, /usr/local/lib/systemd and /usr/lib/systemd, applied in the order of their
// file names (a name in an earlier folder hides the same name in a later one), so that a later file wins.
// Only the [Login] section counts.
struct LogindRemoveIpc
{
    bool logind = false; // systemd-logind is installed: without it nobody removes anything at logout
    bool on = false;     // RemoveIPC is in force (logind and the setting, or its default yes)
    // The file whose line decided it; empty when none set it and the default holds.
    QString decidedBy;

    // What the files under `root` ("/" for the machine; a test folder in tests) say.
    [[nodiscard]] static LogindRemoveIpc read(const QString &root = QStringLiteral("/"));
    // The files read, in the order they are applied.
    [[nodiscard]] static QStringList files(const QString &root);
    // The last RemoveIPC= of the [Login] section of one file's text; nullopt when it sets none (or only
    // values that are not booleans, which logind passes over too).
    [[nodiscard]] static std::optional<bool> parse(QByteArrayView text);
    // systemd's booleans: 1 yes y true t on, 0 no n false f off, any case.
    [[nodiscard]] static std::optional<bool> parseBoolean(QByteArrayView word);
};

} // namespace core
