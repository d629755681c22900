#include "core/namespaces/segmentremover.h"

#include "core/kernel/ipcnamespaceentry.h"
#include "core/kernel/shm.h"

namespace core {

Result<Done> SegmentRemover::remove(const SegmentInfo &segment, const QList<IpcNamespace> &namespaces)
{
    const quint64 ours = IpcNamespaceEntry::ourInode();
    if (segment.ipcNamespace == 0 || segment.ipcNamespace == ours)
        return Shm::remove(segment.shmid);
    for (const IpcNamespace &ns : namespaces) {
        if (ns.inode != segment.ipcNamespace)
            continue;
        for (const qint64 pid : ns.pids) {
            auto entry = IpcNamespaceEntry::open(pid);
            if (!entry.ok() || entry.value().inode() != segment.ipcNamespace)
                continue; // that process left, or its pid is another's now
            Result<Done> removed = Error::plain(QString());
            const auto ran = entry.value().run([&] { removed = Shm::remove(segment.shmid); });
            return ran.ok() ? removed : Result<Done>(ran.error());
        }
    }
    return Error::plain(tr("Segment %1 lives in IPC namespace %2, which no process we see is in any more: it was "
                           "not removed.")
                            .arg(segment.shmid)
                            .arg(segment.ipcNamespace));
}

} // namespace core
