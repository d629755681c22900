#include "app/segment/histogramview.h"

#include "core/translations.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace app {

namespace {

constexpr int Values = 256;

} // namespace

HistogramView::HistogramView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
}

void HistogramView::setStatistics(const core::ByteStatistics &statistics)
{
    m_statistics = statistics;
    update();
}

void HistogramView::clear()
{
    m_statistics.reset();
    update();
}

void HistogramView::setLogScale(bool on)
{
    m_logScale = on;
    update();
}

QSize HistogramView::sizeHint() const
{
    return {2 * Values + 16, 160};
}

QSize HistogramView::minimumSizeHint() const
{
    return {Values + 16, 90};
}

QRect HistogramView::plotArea() const
{
    const int label = fontMetrics().height() + 4;
    return rect().adjusted(8, 6, -8, -label);
}

std::optional<int> HistogramView::valueAt(int x) const
{
    const QRect area = plotArea();
    if (x < area.left() || x > area.right() || area.width() <= 0)
        return std::nullopt;
    return std::min(Values - 1, (x - area.left()) * Values / area.width());
}

int HistogramView::barHeight(int value) const
{
    if (!m_statistics || value < 0 || value >= Values)
        return 0;
    const quint64 count = m_statistics->countOf(quint8(value));
    const quint64 highest = m_statistics->highestCount();
    if (count == 0 || highest == 0)
        return 0;
    const int height = plotArea().height();
    // log(1 + n): a value seen once still gets a bar, and the tallest fills the height on both scales.
    const double share = m_logScale ? std::log1p(double(count)) / std::log1p(double(highest))
                                    : double(count) / double(highest);
    return std::max(1, int(std::lround(share * height)));
}

QString HistogramView::textFor(int value) const
{
    if (!m_statistics)
        return {};
    const quint64 count = m_statistics->countOf(quint8(value));
    const QString character = value >= 0x20 && value < 0x7f ? QStringLiteral(" '%1'").arg(QChar(value))
                                                             : QString();
    const double percent = m_statistics->count() ? 100.0 * double(count) / double(m_statistics->count()) : 0;
    return tr("0x%1%2: %3 byte(s) (%4 %)", nullptr, core::Translations::numerus(count))
        .arg(value, 2, 16, QLatin1Char('0'))
        .arg(character, QLocale().toString(count), QLocale().toString(percent, 'f', 1));
}

void HistogramView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QRect area = plotArea();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(area.bottomLeft() + QPoint(0, 1), area.bottomRight() + QPoint(0, 1));
    // The axis: where 0x00, 0x40, 0x80, 0xc0 and 0xff stand.
    painter.setPen(palette().color(QPalette::Text));
    const int labelTop = area.bottom() + 3;
    for (const int value : {0x00, 0x40, 0x80, 0xc0, 0xff}) {
        const int x = area.left() + (value * area.width() + area.width() / 2) / Values;
        const QString text = QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0'));
        const int width = painter.fontMetrics().horizontalAdvance(text);
        const int left = std::clamp(x - width / 2, rect().left(), rect().right() - width);
        painter.drawText(QRect(left, labelTop, width, fontMetrics().height()), Qt::AlignCenter, text);
    }
    if (!m_statistics || m_statistics->count() == 0)
        return;
    // One bar a value; where the width allows, a pixel of gap between bars.
    const QColor bar = palette().color(QPalette::Highlight);
    for (int value = 0; value < Values; ++value) {
        const int height = barHeight(value);
        if (height == 0)
            continue;
        const int left = area.left() + value * area.width() / Values;
        const int right = area.left() + (value + 1) * area.width() / Values;
        const int width = std::max(1, right - left - (right - left >= 3 ? 1 : 0));
        painter.fillRect(QRect(left, area.bottom() + 1 - height, width, height), bar);
    }
}

bool HistogramView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const std::optional<int> value = valueAt(help->pos().x());
        if (value && m_statistics)
            QToolTip::showText(help->globalPos(), textFor(*value), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace app
