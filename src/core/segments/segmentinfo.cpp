#include "core/segments/segmentinfo.h"

namespace core {

ShmUsage usageOf(const QList<SegmentInfo> &segments, quint64 pageSize)
{
    ShmUsage usage;
    usage.segments = quint64(segments.size());
    for (const SegmentInfo &s : segments) {
        usage.totalBytes += s.size;
        usage.pages += (s.size + pageSize - 1) / pageSize;
        usage.residentBytes += s.rss;
        usage.swappedBytes += s.swap;
    }
    return usage;
}

} // namespace core
