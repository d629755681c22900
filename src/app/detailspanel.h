#pragma once

#include "segmentinfo.h"

#include <QTextBrowser>

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
};

} // namespace app
