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
        if (const auto entry = IpcNamespaceEntry::openAny(ns.inode, ns.pids)) {
            Result<Done> removed = Error::plain(QString());
            const auto ran = entry->run([&] { removed = Shm::remove(segment.shmid); });
            return ran.ok() ? removed : Result<Done>(ran.error());
        }
    }
    return Error::plain(tr("Segment %1 lives in IPC namespace %2, which no process we see is in any more: it was "
                           "not removed.")
                            .arg(segment.shmid)
                            .arg(segment.ipcNamespace));
}

} // namespace core
