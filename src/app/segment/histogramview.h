#pragma once

#include "core/digest/bytestatistics.h"

#include <QWidget>

#include <optional>

namespace app {

// The byte histogram of the Checksums and Statistics dialog, drawn with QPainter: one bar for each of the 256
// byte values, 0x00 on the left, its height the value's count, on a linear or a logarithmic scale (a
// logarithmic one shows the rare values beside a tall bar of zeros). Hovering tells a bar's value and count.
class HistogramView : public QWidget
{
    Q_OBJECT

public:
    explicit HistogramView(QWidget *parent = nullptr);

    // What to draw; nothing (an empty frame) until set, and after clear().
    void setStatistics(const core::ByteStatistics &statistics);
    void clear();
    void setLogScale(bool on);
    [[nodiscard]] bool logScale() const { return m_logScale; }

    // The byte value drawn at x (widget coordinates); nullopt outside the bars.
    [[nodiscard]] std::optional<int> valueAt(int x) const;
    // The height of value's bar in pixels, as painted now (0 for a value that does not occur).
    [[nodiscard]] int barHeight(int value) const;
    // What hovering over value's bar says: "0x41 'A': 1,024 bytes (25.0 %)".
    [[nodiscard]] QString textFor(int value) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    // Where the bars are drawn (the axis labels below it).
    [[nodiscard]] QRect plotArea() const;

    std::optional<core::ByteStatistics> m_statistics;
    bool m_logScale = false;
};

} // namespace app
