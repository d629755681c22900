#pragma once

#include "core/namespaces/ipcnamespace.h"

#include <QCoreApplication>
#include <QString>

namespace app {

// How the window names an IPC namespace: by its container when a process's cgroup says it is one
// ("docker 3f2a1b9c7d10", "systemd-nspawn web"), else by what /proc/PID/ns/ipc reads ("ipc:[4026531839]").
class NamespaceText
{
    Q_DECLARE_TR_FUNCTIONS(app::NamespaceText)

public:
    // "ipc:[INODE]", as readlink(/proc/PID/ns/ipc) and lsns write it.
    [[nodiscard]] static QString inode(quint64 inode);
    // The container's engine and id (an id of 64 hex digits shortened to 12, as docker ps shows it), or the
    // inode's text when it is no container's.
    [[nodiscard]] static QString name(const core::IpcNamespace &ns);
    // The namespace selector's entry: the container's name, or "ipc:[INODE] (N processes)".
    [[nodiscard]] static QString choice(const core::IpcNamespace &ns);
    // Its inode, the container in full and how many processes are in it; whether it is ours.
    [[nodiscard]] static QString toolTip(const core::IpcNamespace &ns);
};

} // namespace app
