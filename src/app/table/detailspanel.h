#pragma once

#include "core/namespaces/ipcnamespace.h"
#include "core/posix/posixobject.h"
#include "core/segments/segmentinfo.h"
#include "core/sysvipc/messagequeueinfo.h"
#include "core/sysvipc/semaphoresetinfo.h"

#include <QTextBrowser>
#include <QTextCursor>

#include <optional>

namespace app {

// Everything known about the selected segment: every kernel field, the attached processes, and the
// limits it counts against. Or about the selected POSIX object: its file's fields, how it lives and goes,
// and each process that maps it or holds it open. Or about the selected System V semaphore set or message
// queue (IpcDetailsHtml). A segment, set or queue names the others of the same key ("paired with semaphore
// set 3").
class DetailsPanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    // where: the namespace it lives in, when the scan listed it (its container, its processes).
    void showSegment(const core::SegmentInfo &segment, const core::ShmLimits &limits, const core::ShmUsage &usage,
                     const core::IpcNamespace *where = nullptr, const QStringList &pairedWith = {});
    // changed: the semaphores whose value changed a moment ago (lit); pairedWith: the objects of the same key
    // ("segment 5"); namespaceName: where it lives, when more than ours is listed.
    void showSemaphoreSet(const core::SemaphoreSetInfo &set, const QList<int> &changed,
                          const QStringList &pairedWith, const QString &namespaceName);
    void showMessageQueue(const core::MessageQueueInfo &queue, const QStringList &pairedWith,
                          const QString &namespaceName);
    // unreadableProcesses: processes the scan could not read, which may hold it too.
    void showPosixObject(const core::PosixObject &object, int unreadableProcesses);
    void showNothing();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Where the reader is taken when the text changes: to the top (another segment), or kept where they were.
    enum class Place { Top, Keep };

    void retranslate();
    void render(Place place);
    [[nodiscard]] QString posixHtml() const;
    [[nodiscard]] QString namespaceRows() const;
    void showHtml(const QString &html, Place place);
    // Forgets what was shown, before something else is.
    void clear();
    [[nodiscard]] QTextCursor reselect(const QString &text, int start, int position) const;

    // What is shown, kept to be shown again in another language; nullopt for nothing.
    std::optional<core::SegmentInfo> m_segment;
    std::optional<core::PosixObject> m_posix;
    std::optional<core::IpcNamespace> m_namespace; // the segment's
    std::optional<core::SemaphoreSetInfo> m_set;
    std::optional<core::MessageQueueInfo> m_queue;
    QList<int> m_changed;      // the set's semaphores lit
    QStringList m_pairedWith;  // the objects of the same key as the one shown
    QString m_namespaceName;   // the set's or queue's

    int m_unreadable = 0;
    core::ShmLimits m_limits;
    core::ShmUsage m_usage;
    QString m_html; // what is shown, to leave it alone when a refresh brings the same
};

} // namespace app
