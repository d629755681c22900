#include "core/segments/lifecycletracker.h"

#include "core/bytes/byteformat.h"
#include "core/segments/segmentformat.h"
#include "core/translations.h"

#include <algorithm>

namespace core {

namespace {

// "shmdemo (pid 4242), bash (pid 17)"
QString processList(const QList<AttachedProcess> &processes)
{
    QStringList names;
    for (const AttachedProcess &process : processes)
        names << QStringLiteral("%1 (pid %2)").arg(ByteFormat::escaped(process.command)).arg(process.pid);
    return names.join(QStringLiteral(", "));
}

// The processes in `a` whose pid is not in `b`.
QList<AttachedProcess> missingFrom(const QList<AttachedProcess> &a, const QList<AttachedProcess> &b)
{
    QList<AttachedProcess> missing;
    for (const AttachedProcess &process : a) {
        const bool found = std::any_of(b.begin(), b.end(), [&](const AttachedProcess &other) {
            return other.pid == process.pid;
        });
        if (!found)
            missing << process;
    }
    return missing;
}

} // namespace

QList<LifecycleEvent> LifecycleTracker::update(const QList<SegmentInfo> &segments)
{
    QList<LifecycleEvent> events;
    QHash<int, Seen> next;
    next.reserve(segments.size());
    for (const SegmentInfo &segment : segments) {
        const auto before = m_seen.constFind(segment.shmid);
        const bool known = before != m_seen.constEnd();
        if (m_started && !known)
            events.append({LifecycleEvent::Kind::Created, segment.shmid, createdNow(segment)});
        else if (m_started)
            compare(segment, *before, events);
        next.insert(segment.shmid, seen(segment, known ? &*before : nullptr));
    }
    if (m_started) {
        for (auto it = m_seen.constBegin(); it != m_seen.constEnd(); ++it) {
            if (next.contains(it.key()))
                continue;
            const QString key = SegmentFormat::key(it->key);
            events.append({LifecycleEvent::Kind::Destroyed, it.key(),
                           // Attached when last seen: removed and detached within one refresh period.
                           it->removed || it->nattch > 0 ? tr("Segment %1 (key %2) was destroyed: its last process detached, and the "
                                            "kernel freed its %3 bytes.")
                                             .arg(it.key())
                                             .arg(key)
                                             .arg(it->size)
                                       : tr("Segment %1 (key %2) was removed and destroyed at once: nobody had it "
                                            "attached.")
                                             .arg(it.key())
                                             .arg(key)});
        }
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const LifecycleEvent &a, const LifecycleEvent &b) { return a.shmid < b.shmid; });
    m_seen = std::move(next);
    m_started = true;
    return events;
}

LifecycleTracker::Seen LifecycleTracker::seen(const SegmentInfo &segment, const Seen *before)
{
    Seen seen;
    // After IPC_RMID the kernel shows key 0; the key it had is still worth naming.
    const bool sameSegment = before && before->cpid == segment.cpid;
    seen.key = segment.isDestroyed() && sameSegment ? before->key
               : segment.hasOriginalKey            ? segment.originalKey
                                                   : segment.key;
    seen.cpid = segment.cpid;
    seen.size = segment.size;
    seen.nattch = segment.nattch;
    seen.removed = segment.isDestroyed();
    seen.attached = segment.attached;
    return seen;
}

void LifecycleTracker::compare(const SegmentInfo &now, const Seen &before, QList<LifecycleEvent> &events)
{
    // The creator's pid tells a new segment behind an old id; ctime would also move with IPC_SET.
    if (now.cpid != before.cpid) {
        events.append({LifecycleEvent::Kind::IdReused, now.shmid,
                       tr("Id %1 was reused: segment %1 (key %2) was destroyed and a new one, %3, got its id.")
                           .arg(now.shmid)
                           .arg(SegmentFormat::key(before.key), created(now))});
        return;
    }
    if (now.isDestroyed() && !before.removed)
        events.append({LifecycleEvent::Kind::Removed, now.shmid,
                       tr("Segment %1 (key %2) was removed (IPC_RMID) while %n process(es) still had it attached: "
                          "its status is dest and its key reads 0x00000000 until the last detach.",
                          nullptr, int(now.nattch))
                           .arg(now.shmid)
                           .arg(SegmentFormat::key(before.key))});
    if (now.nattch != before.nattch)
        events.append({LifecycleEvent::Kind::AttachChanged, now.shmid, attachChange(now, before)});
}

QString LifecycleTracker::created(const SegmentInfo &segment)
{
    return tr("segment %1 (key %2, %3 byte(s), mode %4) created by pid %5 (owner %6)", nullptr,
              Translations::numerus(segment.size))
        .arg(segment.shmid)
        .arg(SegmentFormat::key(segment.key))
        .arg(segment.size)
        .arg(SegmentFormat::perms(segment.mode), QString::number(segment.cpid), segment.ownerName);
}

// A segment is often attached in the same breath as it is created (the lesson's writer does both): who
// holds it already belongs in the same event.
QString LifecycleTracker::createdNow(const SegmentInfo &segment)
{
    QString sentence = tr("Created: %1.").arg(created(segment));
    if (!segment.attached.isEmpty())
        sentence += QLatin1Char(' ') + tr("Attached: %1.").arg(processList(segment.attached));
    return sentence;
}

QString LifecycleTracker::attachChange(const SegmentInfo &now, const Seen &before)
{
    QString sentence = tr("Segment %1: nattch %2 → %3 (last shmat or shmdt by pid %4).")
                           .arg(now.shmid)
                           .arg(before.nattch)
                           .arg(now.nattch)
                           .arg(now.lpid);
    const QList<AttachedProcess> attached = missingFrom(now.attached, before.attached);
    const QList<AttachedProcess> detached = missingFrom(before.attached, now.attached);
    if (!attached.isEmpty())
        sentence += QLatin1Char(' ') + tr("Attached: %1.").arg(processList(attached));
    if (!detached.isEmpty())
        sentence += QLatin1Char(' ') + tr("Detached: %1.").arg(processList(detached));
    return sentence;
}

} // namespace core
