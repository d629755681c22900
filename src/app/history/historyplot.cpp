#include "app/history/historyplot.h"

#include "core/history/fieldwatch.h"

#include <QDateTime>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>
#include <vector>

namespace app {

namespace {

constexpr int Margin = 4;
constexpr qint64 MinimumSpanMs = 1000;

QString clockText(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString numberText(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

HistoryPlot::HistoryPlot(const core::FieldWatch *watch, QWidget *parent) : QWidget(parent), m_watch(watch)
{
    setMouseTracking(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

QSize HistoryPlot::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('0')) * 60, fontMetrics().height() * (m_watch->isNumeric() ? 7 : 3)};
}

QSize HistoryPlot::minimumSizeHint() const
{
    // A number's plot needs room for its curve between the value labels and the time axis; a timeline, for one
    // band of names above the axis.
    return {fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24, fontMetrics().height() * (m_watch->isNumeric() ? 5 : 3)};
}

QRect HistoryPlot::plotArea() const
{
    const QFontMetrics metrics = fontMetrics();
    // Room for a value such as -2147483648 on the left, for the times below.
    const int left = m_watch->isNumeric() ? metrics.horizontalAdvance(QStringLiteral("-0.000000000e+00")) / 2 + Margin
                                          : Margin;
    return QRect(QPoint(left, Margin), QPoint(width() - 1 - Margin, height() - 1 - metrics.height() - Margin));
}

std::optional<HistoryPlot::TimeSpan> HistoryPlot::timeSpan() const
{
    const core::SampleRing &samples = m_watch->samples();
    if (samples.isEmpty())
        return std::nullopt;
    TimeSpan span{samples.at(0).msecs, samples.last().msecs};
    // A live plot runs on to now, so that a value that holds is seen holding.
    if (!m_watch->isPaused())
        span.last = std::max(span.last, QDateTime::currentMSecsSinceEpoch());
    span.last = std::max(span.last, span.first + MinimumSpanMs);
    return span;
}

qsizetype HistoryPlot::sampleAt(qint64 msecs) const
{
    const core::SampleRing &samples = m_watch->samples();
    qsizetype low = 0;
    qsizetype high = samples.size(); // the first sample after msecs lies in [low, high]
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        if (samples.at(middle).msecs <= msecs)
            low = middle + 1;
        else
            high = middle;
    }
    return low - 1;
}

qint64 HistoryPlot::timeAt(int x, const QRect &area, const TimeSpan &span) const
{
    const double fraction = double(x - area.left()) / std::max(1, area.width() - 1);
    return span.first + qint64(std::floor(fraction * double(span.last - span.first)));
}

QString HistoryPlot::textAt(int x) const
{
    const auto span = timeSpan();
    const QRect area = plotArea();
    if (!span || x < area.left() || x > area.right())
        return {};
    const qsizetype i = sampleAt(timeAt(x, area, *span));
    if (i < 0)
        return {};
    const core::HistorySample &sample = m_watch->samples().at(i);
    return tr("%1  %2", "a watched value's time, then the value").arg(clockText(sample.msecs), sample.text);
}

void HistoryPlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = plotArea();
    const auto span = timeSpan();
    if (!span || area.width() < 2 || area.height() < 2) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("no value read yet"));
        return;
    }
    if (m_watch->isNumeric())
        paintNumbers(painter, area, *span);
    else
        paintTexts(painter, area, *span);

    // The time axis: its two ends.
    const QFontMetrics metrics = fontMetrics();
    painter.setPen(palette().color(QPalette::Text));
    const int textTop = area.bottom() + Margin;
    painter.drawText(QRect(area.left(), textTop, area.width(), metrics.height()), Qt::AlignLeft,
                     clockText(span->first));
    painter.drawText(QRect(area.left(), textTop, area.width(), metrics.height()), Qt::AlignRight,
                     clockText(span->last));

    if (m_hoverX && *m_hoverX >= area.left() && *m_hoverX <= area.right()) {
        const QString text = textAt(*m_hoverX);
        if (!text.isEmpty()) {
            painter.setPen(palette().color(QPalette::Highlight));
            painter.drawLine(*m_hoverX, area.top(), *m_hoverX, area.bottom());
            QRect box = metrics.boundingRect(text).adjusted(-Margin, -Margin / 2, Margin, Margin / 2);
            // Beside the pointer, on whichever side the box fits.
            const int left = *m_hoverX + Margin + box.width() <= area.right() ? *m_hoverX + Margin
                                                                              : *m_hoverX - Margin - box.width();
            box.moveTopLeft(QPoint(std::max(0, left), area.top()));
            painter.fillRect(box, palette().color(QPalette::ToolTipBase));
            painter.setPen(palette().color(QPalette::ToolTipText));
            painter.drawText(box, Qt::AlignCenter, text);
        }
    }
}

void HistoryPlot::paintNumbers(QPainter &painter, const QRect &area, const TimeSpan &span)
{
    const core::SampleRing &samples = m_watch->samples();
    double low = INFINITY;
    double high = -INFINITY;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const double value = samples.at(i).value;
        if (std::isfinite(value)) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    painter.drawLine(area.bottomLeft(), area.topLeft());
    if (!std::isfinite(low))
        return; // only NaN and infinities: nothing to place on an axis
    if (low == high) { // a flat line in the middle
        low -= 1;
        high += 1;
    }
    const auto yOf = [&](double value) {
        return area.bottom() - (value - low) / (high - low) * (area.height() - 1);
    };

    // Each column: the value in force as it starts and every value that comes within it, as one vertical line.
    std::vector<QLineF> lines;
    lines.reserve(size_t(area.width()));
    qsizetype i = sampleAt(timeAt(area.left(), area, span));
    for (int x = area.left(); x <= area.right(); ++x) {
        const qint64 end = timeAt(x + 1, area, span);
        double columnLow = INFINITY;
        double columnHigh = -INFINITY;
        const auto take = [&](double value) {
            if (std::isfinite(value)) {
                columnLow = std::min(columnLow, value);
                columnHigh = std::max(columnHigh, value);
            }
        };
        if (i >= 0)
            take(samples.at(i).value);
        while (i + 1 < samples.size() && samples.at(i + 1).msecs < end)
            take(samples.at(++i).value);
        if (std::isfinite(columnLow))
            lines.emplace_back(x, yOf(columnLow), x, yOf(columnHigh));
    }
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
    painter.drawLines(lines.data(), int(lines.size()));

    painter.setPen(palette().color(QPalette::Text));
    const QFontMetrics metrics = fontMetrics();
    const QRect labels(0, area.top(), area.left() - Margin, area.height());
    painter.drawText(labels, Qt::AlignRight | Qt::AlignTop, metrics.elidedText(numberText(high), Qt::ElideRight, labels.width()));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignBottom, metrics.elidedText(numberText(low), Qt::ElideRight, labels.width()));
}

void HistoryPlot::paintTexts(QPainter &painter, const QRect &area, const TimeSpan &span)
{
    const core::SampleRing &samples = m_watch->samples();
    const QFontMetrics metrics = fontMetrics();
    // One band a value, over the columns where it is the value in force as the column starts: a value that
    // came and went within a column is not drawn (the hover still finds it), and the cost follows the width.
    const auto drawBand = [&](qsizetype i, int x0, int x1) {
        if (i < 0)
            return;
        const QString &text = samples.at(i).text;
        const QRect band(QPoint(x0, area.top()), QPoint(x1, area.bottom()));
        painter.fillRect(band, QColor::fromHsv(int(qHash(text) % 360), 60, 235));
        if (band.width() > metrics.averageCharWidth() * 3) {
            painter.setPen(QColor(Qt::black)); // on the light band, whatever the theme
            painter.drawText(band.adjusted(2, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                             metrics.elidedText(text, Qt::ElideRight, band.width() - 4));
        }
        if (band.width() > 2) { // a line between two values, where it would not hide a narrow band
            painter.setPen(palette().color(QPalette::Base));
            painter.drawLine(band.topLeft(), band.bottomLeft());
        }
    };
    int start = area.left();
    qsizetype shown = sampleAt(timeAt(start, area, span));
    for (int x = start + 1; x <= area.right(); ++x) {
        const qsizetype i = sampleAt(timeAt(x, area, span));
        if (i != shown) {
            drawBand(shown, start, x - 1);
            start = x;
            shown = i;
        }
    }
    drawBand(shown, start, area.right());
}

void HistoryPlot::mouseMoveEvent(QMouseEvent *event)
{
    m_hoverX = int(event->position().x());
    update();
}

void HistoryPlot::leaveEvent(QEvent *)
{
    m_hoverX.reset();
    update();
}

} // namespace app
