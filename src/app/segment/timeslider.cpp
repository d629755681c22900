#include "app/segment/timeslider.h"

#include "app/segment/segmentdocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>

#include <algorithm>
#include <climits>

namespace app {

namespace {
// The slider's positions are ms of the document's clock, an int: a tab open for 24 days would pass it.
int position(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 0, INT_MAX));
}
} // namespace

TimeSlider::TimeSlider(SegmentDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_slider(new QSlider(Qt::Horizontal, this)),
      m_time(new QLabel(this)), m_span(new QLabel(this)), m_liveButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("timeSliderBar"));
    m_slider->setObjectName(QStringLiteral("timeSlider"));
    m_time->setObjectName(QStringLiteral("timeShown"));
    m_span->setObjectName(QStringLiteral("timeSpan"));
    m_liveButton->setObjectName(QStringLiteral("timeLive"));
    m_slider->setPageStep(1000);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_slider, 1);
    row->addWidget(m_time);
    row->addWidget(m_liveButton);
    row->addWidget(m_span);
    connect(m_slider, &QSlider::valueChanged, this, &TimeSlider::moved);
    connect(m_liveButton, &QPushButton::clicked, this, &TimeSlider::goLive);
    connect(m_document, &SegmentDocument::ticked, this, &TimeSlider::follow);
    connect(m_document, &SegmentDocument::momentChanged, this, &TimeSlider::follow);
    retranslate();
}

void TimeSlider::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimeSlider::retranslate()
{
    m_slider->setAccessibleName(tr("Time shown"));
    m_slider->setToolTip(
        tr("Drag back to see the bytes and fields as the refresh read them then; the right end "
           "is live. Bytes that were not on screen at that moment show as \"..\"."));
    m_liveButton->setText(tr("Back to Live"));
    m_liveButton->setToolTip(tr("Show the bytes of now again (edits are possible again)"));
    follow();
}

void TimeSlider::showMoment(qint64 ms)
{
    const core::ChangeRecorder &recorder = m_document->recorder();
    if (recorder.lastMs() == core::ChangeRecorder::Never)
        return;
    m_document->showMoment(std::clamp(ms, recorder.firstMs(), recorder.lastMs()));
}

void TimeSlider::goLive()
{
    m_document->showMoment(std::nullopt);
}

void TimeSlider::moved(int value)
{
    if (m_updating)
        return;
    if (value >= m_slider->maximum())
        goLive();
    else
        showMoment(value);
}

void TimeSlider::follow()
{
    const core::ChangeRecorder &recorder = m_document->recorder();
    const bool recorded = recorder.lastMs() != core::ChangeRecorder::Never;
    // The budget dropped the moment shown: the oldest one left is shown instead.
    if (const auto moment = m_document->moment(); moment && recorded && *moment < recorder.firstMs())
        m_document->showMoment(recorder.firstMs()); // comes back here through momentChanged
    const auto moment = m_document->moment();
    m_updating = true;
    m_slider->setEnabled(recorded && recorder.lastMs() > recorder.firstMs());
    if (recorded) {
        m_slider->setRange(position(recorder.firstMs()), position(recorder.lastMs()));
        m_slider->setSingleStep(m_document->tickInterval());
        m_slider->setValue(moment ? position(*moment) : m_slider->maximum());
    }
    m_updating = false;
    m_liveButton->setEnabled(moment.has_value());
    if (moment) {
        //: The moment of the past the panes show, and how long before now: "15:42:07.300 (12.4 s ago)".
        m_time->setText(
            tr("%1 (%2 s ago)")
                .arg(m_document->timeOf(*moment).toString(QStringLiteral("HH:mm:ss.zzz")))
                .arg(QLocale().toString(double(m_document->clockMs() - *moment) / 1000.0, 'f', 1)));
    } else {
        m_time->setText(tr("Live"));
    }
    const qint64 span = recorded ? recorder.lastMs() - recorder.firstMs() : 0;
    //: What the recorder holds: "recorded 95 s, 1.2 MiB of 16.0 MiB".
    m_span->setText(tr("recorded %1 s, %2 of %3")
                        .arg(span / 1000)
                        .arg(QLocale().formattedDataSize(qint64(recorder.memoryUsed())),
                             QLocale().formattedDataSize(qint64(recorder.budget()))));
}

} // namespace app
