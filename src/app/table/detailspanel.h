#pragma once

#include "core/namespaces/ipcnamespace.h"
#include "core/posix/posixobject.h"
#include "core/segments/segmentinfo.h"

#include <QTextBrowser>
#include <QTextCursor>

#include <optional>

namespace app {

// Everything known about the selected segment: every kernel field, the attached processes, and the
// limits it counts against. Or about the selected POSIX object: its file's fields, how it lives and goes,
// and each process that maps it or holds it open.
class DetailsPanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    // where: the namespace it lives in, when the scan listed it (its container, its processes).
    void showSegment(const core::SegmentInfo &segment, const core::ShmLimits &limits, const core::ShmUsage &usage,
                     const core::IpcNamespace *where = nullptr);
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
    [[nodiscard]] QTextCursor reselect(const QString &text, int start, int position) const;

    // What is shown, kept to be shown again in another language; nullopt for nothing.
    std::optional<core::SegmentInfo> m_segment;
    std::optional<core::PosixObject> m_posix;
    std::optional<core::IpcNamespace> m_namespace; // the segment's

    int m_unreadable = 0;
    core::ShmLimits m_limits;
    core::ShmUsage m_usage;
    QString m_html; // what is shown, to leave it alone when a refresh brings the same
};

} // namespace app
