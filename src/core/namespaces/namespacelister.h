#pragma once

#include "core/namespaces/ipcnamespace.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace core {

// The machine's IPC namespaces, from the links /proc/PID/ns/ipc: each process's leads to an inode of nsfs
// that names its namespace (lsns groups processes the same way). A process we may not inspect (another
// user's, when we are not root) shows no namespace and is left out.
class NamespaceLister
{
    Q_DECLARE_TR_FUNCTIONS(core::NamespaceLister)

public:
    explicit NamespaceLister(QString procRoot = QStringLiteral("/proc"));

    // Every namespace with the processes in it: ours first, the others by inode. Each one's container comes
    // from the cgroup of its first process (the lowest pid, the one a container engine starts first): a
    // process of the host's namespace may well sit in a container's cgroup (docker --ipc=host).
    [[nodiscard]] QList<IpcNamespace> list() const;

    // Whether we may enter other namespaces: CAP_SYS_ADMIN among our effective capabilities (procRoot's
    // self/status). Without it setns(CLONE_NEWIPC) is refused, so nothing is attempted.
    [[nodiscard]] bool mayEnterOthers() const;
    // Pure: whether the "CapEff:" line of a /proc/PID/status text holds CAP_SYS_ADMIN (bit 21).
    [[nodiscard]] static bool hasCapSysAdmin(QByteArrayView status);
    // What a scan asked for every namespace says when it may read only ours.
    [[nodiscard]] static QString onlyOursNote();

private:
    QString m_procRoot;
};

} // namespace core
