#pragma once

#include "core/namespaces/ipcnamespace.h"
#include "core/result.h"
#include "core/segments/segmentinfo.h"

#include <QCoreApplication>
#include <QList>

namespace core {

// shmctl(IPC_RMID) of a segment in its own IPC namespace. A shmid names a segment only there: the same
// number in ours may be another segment altogether, so a segment of another namespace is removed from inside
// it (core::IpcNamespaceEntry), entered through any process the scan saw in it.
class SegmentRemover
{
    Q_DECLARE_TR_FUNCTIONS(core::SegmentRemover)

public:
    // namespaces: the scan's (ScanResult::namespaces), which name the processes of each.
    [[nodiscard]] static Result<Done> remove(const SegmentInfo &segment, const QList<IpcNamespace> &namespaces);
};

} // namespace core
