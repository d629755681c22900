#include "core/leaks/leakreport.h"

#include "core/bytes/byteformat.h"
#include "core/segments/segmentformat.h"
#include "core/segments/segmentscanner.h"

namespace core {

LeakReport LeakReport::of(const ScanResult &scan, qint64 now)
{
    LeakReport report;
    for (const SegmentInfo &s : scan.segments) {
        if (!s.orphan && !s.isDestroyed())
            continue;
        LeakItem item;
        item.kind = s.orphan ? LeakItem::Kind::OrphanSegment : LeakItem::Kind::RemovedSegment;
        item.bytes = s.size;
        if (s.ctime > 0)
            item.age = qMax<qint64>(0, now - s.ctime);
        item.segment = s;
        if (s.orphan) {
            ++report.m_totals.orphanSegments;
            report.m_totals.orphanSegmentBytes += s.size;
        } else {
            ++report.m_totals.removedSegments;
            report.m_totals.removedSegmentBytes += s.size;
        }
        report.m_items.append(item);
    }
    if (scan.posix) {
        for (const PosixObject &o : scan.posix->objects) {
            if (!o.orphan)
                continue;
            LeakItem item;
            item.kind = LeakItem::Kind::OrphanObject;
            item.bytes = o.bytes;
            if (o.attributesKnown)
                item.age = qMax<qint64>(0, now - o.mtime);
            item.object = o;
            ++report.m_totals.orphanObjects;
            report.m_totals.orphanObjectBytes += o.bytes;
            report.m_items.append(item);
        }
    }
    return report;
}

QString LeakReport::summary() const
{
    QStringList parts;
    if (m_totals.orphanSegments > 0)
        parts << tr("%n segment(s), %1 held by nobody", nullptr, m_totals.orphanSegments)
                     .arg(SegmentFormat::humanSize(m_totals.orphanSegmentBytes));
    if (m_totals.orphanObjects > 0)
        parts << tr("%n POSIX object(s), %1 held by nobody", nullptr, m_totals.orphanObjects)
                     .arg(SegmentFormat::humanSize(m_totals.orphanObjectBytes));
    if (m_totals.removedSegments > 0)
        parts << tr("%n removed segment(s), %1 kept by the processes still attached", nullptr,
                    m_totals.removedSegments)
                     .arg(SegmentFormat::humanSize(m_totals.removedSegmentBytes));
    if (parts.isEmpty())
        return tr("Nothing is left behind.");
    return parts.join(QStringLiteral("; "));
}

QString LeakReport::why(const LeakItem &item)
{
    switch (item.kind) {
    case LeakItem::Kind::OrphanSegment:
        return tr("creator %1 exited").arg(item.segment.cpid);
    case LeakItem::Kind::OrphanObject:
        return tr("nobody maps or holds it");
    case LeakItem::Kind::RemovedSegment:
        break;
    }
    return tr("removed, kept by %1").arg(keepers(item.segment));
}

QString LeakReport::keepers(const SegmentInfo &segment)
{
    QStringList keepers;
    for (const AttachedProcess &p : segment.attached)
        keepers << tr("pid %1 (%2)").arg(p.pid).arg(ByteFormat::escaped(p.command));
    keepers.removeDuplicates(); // one process may map it more than once
    const quint64 hidden = segment.hiddenAttachments();
    if (hidden > 0)
        keepers << tr("%n attach(es) of processes we may not read", nullptr, int(hidden));
    return keepers.join(QStringLiteral(", "));
}

QString LeakReport::age(qint64 seconds)
{
    constexpr qint64 Minute = 60;
    constexpr qint64 Hour = 60 * Minute;
    constexpr qint64 Day = 24 * Hour;
    if (seconds < Minute)
        return tr("%1 s").arg(seconds);
    if (seconds < Hour)
        return tr("%1 min").arg(seconds / Minute);
    if (seconds < Day)
        return tr("%1 h %2 min").arg(seconds / Hour).arg(seconds % Hour / Minute);
    return tr("%1 d %2 h").arg(seconds / Day).arg(seconds % Day / Hour);
}

} // namespace core
