#pragma once

#include "core/segments/segmentinfo.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace core {

// A change in a segment's life, seen by comparing two consecutive segment lists.
struct LifecycleEvent
{
    enum class Kind {
        Created,       // a shmid that was not there before
        Removed,       // IPC_RMID while still attached: status dest, key 0x00000000
        Destroyed,     // the shmid is gone: removed and no longer attached
        AttachChanged, // nattch went up or down (shmat, shmdt, exit or exec of an attached process)
        IdReused,      // the same shmid now names another segment
    };

    Kind kind;
    int shmid;
    QString sentence; // what happened, in plain words, for the call log
};

// Remembers the last segment list and tells what changed in the next one. What happens between two lists
// and undoes itself (a segment created and destroyed within one refresh period) is not seen: the kernel
// keeps no history, so the events are as fine as the refresh.
class LifecycleTracker
{
    Q_DECLARE_TR_FUNCTIONS(core::LifecycleTracker)

public:
    // The events from the previous list to this one, in shmid order; none for the first list, which is
    // where watching starts.
    [[nodiscard]] QList<LifecycleEvent> update(const QList<SegmentInfo> &segments);

private:
    struct Seen
    {
        qint32 key = 0; // the key it was created with: kept when IPC_RMID turns the kernel's to 0
        qint64 cpid = 0;
        quint64 size = 0;
        quint64 nattch = 0;
        bool removed = false;
        QList<AttachedProcess> attached;
    };

    [[nodiscard]] static Seen seen(const SegmentInfo &segment, const Seen *before);
    static void compare(const SegmentInfo &now, const Seen &before, QList<LifecycleEvent> &events);
    [[nodiscard]] static QString created(const SegmentInfo &segment);
    [[nodiscard]] static QString createdNow(const SegmentInfo &segment);
    [[nodiscard]] static QString attachChange(const SegmentInfo &now, const Seen &before);

    QHash<int, Seen> m_seen;
    bool m_started = false;
};

} // namespace core
