#pragma once

#include "core/segments/segmentinfo.h"

#include <QTextBrowser>

#include <optional>

namespace app {

// Everything known about the selected segment: every kernel field, the attached processes, and the
// limits it counts against.
class DetailsPanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    void showSegment(const core::SegmentInfo &segment, const core::ShmLimits &limits, const core::ShmUsage &usage);
    void showNothing();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();

    // What is shown, kept to be shown again in another language; nullopt for nothing.
    std::optional<core::SegmentInfo> m_segment;
    core::ShmLimits m_limits;
    core::ShmUsage m_usage;
};

} // namespace app
