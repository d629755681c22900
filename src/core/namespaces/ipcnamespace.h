#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace core {

// One IPC namespace of the machine: each container (Docker, Podman, a Kubernetes pod, systemd-nspawn) has its
// own unless it shares the host's, and its segments, semaphores and queues are seen only from inside.
struct IpcNamespace
{
    quint64 inode = 0; // what /proc/PID/ns/ipc reads as "ipc:[INODE]"
    bool ours = false; // the namespace ShmScope itself runs in
    QList<qint64> pids; // the processes in it that we could see, ascending
    // The container it belongs to, when a process's cgroup path says so: the engine ("docker", "podman",
    // "kubepods", "systemd-nspawn") and the container's id or machine name. Empty for none.
    QString engine;
    QString container;

    friend bool operator==(const IpcNamespace &, const IpcNamespace &) = default;
};

} // namespace core
