#include "core/segments/rmidforced.h"

#include "core/segments/segmentinfo.h"
#include "core/segments/segmentscanner.h"

namespace core {

bool RmidForced::isOn(const QString &procRoot)
{
    return SegmentScanner(procRoot).limits().rmidForced;
}

bool RmidForced::detachDestroys(int shmid, quint64 ourAttaches, const QString &procRoot)
{
    if (!isOn(procRoot))
        return false;
    const std::optional<SegmentInfo> segment = SegmentScanner::find(shmid, procRoot);
    return segment && segment->nattch <= ourAttaches;
}

QString RmidForced::readDestroys(int shmid)
{
    return tr("kernel.shm_rmid_forced is 1 and nobody has segment %1 attached: reading it attaches and "
              "detaches, and that detach destroys it, its bytes lost.")
        .arg(shmid);
}

} // namespace core
