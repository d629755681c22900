#include "core/namespaces/namespacelister.h"

#include "core/kernel/ipcnamespaceentry.h"
#include "core/namespaces/cgroupparser.h"
#include "core/segments/procfile.h"

#include <QFile>
#include <QMap>

#include <algorithm>

#include <sys/stat.h>
#include <utility>

namespace core {

namespace {

constexpr int CapSysAdmin = 21; // include/uapi/linux/capability.h

} // namespace

NamespaceLister::NamespaceLister(QString procRoot) : m_procRoot(std::move(procRoot)) {}

QList<IpcNamespace> NamespaceLister::list() const
{
    const QByteArray root = QFile::encodeName(m_procRoot);
    quint64 own = IpcNamespaceEntry::ourInode(m_procRoot);
    if (own == 0)
        own = IpcNamespaceEntry::ourInode();
    QMap<quint64, IpcNamespace> byInode; // ascending inodes
    // processIds lists /proc in ascending pid order, so each namespace's pids come out ascending.
    for (const qint64 pid : ProcFile::processIds(root)) {
        struct stat st = {};
        const QByteArray link = root + '/' + QByteArray::number(pid) + "/ns/ipc";
        if (::stat(link.constData(), &st) != 0)
            continue; // gone, or not ours to inspect
        IpcNamespace &ns = byInode[quint64(st.st_ino)];
        ns.inode = quint64(st.st_ino);
        ns.ours = ns.inode == own;
        ns.pids.append(pid);
    }
    QList<IpcNamespace> namespaces;
    QByteArray text;
    for (IpcNamespace &ns : byInode) {
        std::sort(ns.pids.begin(), ns.pids.end());
        for (const qint64 pid : std::as_const(ns.pids)) {
            if (!ProcFile::read(root + '/' + QByteArray::number(pid) + "/cgroup", &text))
                continue; // exited since: the next one tells
            if (const auto container = CgroupParser::containerOf(text)) {
                ns.engine = container->engine;
                ns.container = container->container;
            }
            break;
        }
        if (ns.ours)
            namespaces.prepend(std::move(ns));
        else
            namespaces.append(std::move(ns));
    }
    return namespaces;
}

bool NamespaceLister::mayEnterOthers() const
{
    QByteArray status;
    return ProcFile::read(QFile::encodeName(m_procRoot) + "/self/status", &status) && hasCapSysAdmin(status);
}

bool NamespaceLister::hasCapSysAdmin(QByteArrayView status)
{
    constexpr QByteArrayView label("CapEff:");
    for (const QByteArrayView line : QByteArray::fromRawData(status.data(), status.size()).split('\n')) {
        if (!line.startsWith(label))
            continue;
        bool ok = false;
        const quint64 caps = line.sliced(label.size()).trimmed().toULongLong(&ok, 16);
        return ok && (caps >> CapSysAdmin) & 1;
    }
    return false;
}

QString NamespaceLister::onlyOursNote()
{
    return tr("Other IPC namespaces (containers) can be read only with CAP_SYS_ADMIN (as root): only our own "
              "namespace is listed.");
}

} // namespace core
