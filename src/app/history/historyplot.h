#pragma once

#include <QWidget>

#include <optional>

namespace core {
class FieldWatch;
}

namespace app {

// A watch's history drawn with QPainter: a number as a step line over a time axis (time along, value up, the
// extremes written at the ends of each axis), a text as a timeline strip, one band per value it held. Hovering
// shows the value at the pointer and its time. The watch belongs to the pane; the plot only reads it.
//
// Cost follows the width, not the samples: each column of pixels is the lowest and highest value of the samples
// that fall in it, so 100,000 samples paint as a few hundred vertical lines (bench_historyplot).
class HistoryPlot : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPlot(const core::FieldWatch *watch, QWidget *parent = nullptr);

    // The samples may have changed: paint again.
    void refresh() { update(); }
    // What hovering at x (widget coordinates) shows: "15:40:01.124  Dora 3"; empty when no sample is there.
    [[nodiscard]] QString textAt(int x) const;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    // Where the samples are drawn (the axes' labels outside it).
    [[nodiscard]] QRect plotArea() const;
    // The span of time drawn: from the first sample kept to the last (at least a second).
    struct TimeSpan
    {
        qint64 first = 0;
        qint64 last = 0;
    };
    [[nodiscard]] std::optional<TimeSpan> timeSpan() const;
    // The sample in force at time `msecs`: the last one at or before it.
    [[nodiscard]] qsizetype sampleAt(qint64 msecs) const;
    [[nodiscard]] qint64 timeAt(int x, const QRect &area, const TimeSpan &span) const;
    void paintNumbers(QPainter &painter, const QRect &area, const TimeSpan &span);
    void paintTexts(QPainter &painter, const QRect &area, const TimeSpan &span);

    const core::FieldWatch *m_watch;
    std::optional<int> m_hoverX;
};

} // namespace app
