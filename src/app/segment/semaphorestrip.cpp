#include "app/segment/semaphorestrip.h"

#include "app/segment/changehighlight.h"
#include "app/segment/segmentdocument.h"
#include "core/bytes/byteformat.h"
#include "core/kernel/sem.h"
#include "core/segments/segmentformat.h"
#include "core/translations.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>

namespace app {

SemaphoreStrip::SemaphoreStrip(SegmentDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_title(new QLabel(this)),
      m_valuesLabel(new QLabel(this)),
      m_waitersLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("semaphoreStrip"));
    m_valuesLabel->setObjectName(QStringLiteral("semaphoreValues"));
    m_valuesLabel->setTextFormat(Qt::RichText);
    m_waitersLabel->setObjectName(QStringLiteral("semaphoreWaiters"));
    m_waitersLabel->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_valuesLabel);
    layout->addWidget(m_waitersLabel, 1);
    m_clock.start();
    // At the document's pace, paused with it; a tick skipped because the lock was busy is read too: that is
    // when the values are worth seeing.
    connect(document, &SegmentDocument::ticked, this, &SemaphoreStrip::poll);
    connect(document, &SegmentDocument::tickSkipped, this, &SemaphoreStrip::poll);
    hide();
}

void SemaphoreStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void SemaphoreStrip::showSet(const std::optional<core::SemaphoreSetInfo> &set)
{
    const bool another = !set || !m_set || set->semid != m_set->semid;
    m_set = set;
    if (another) {
        m_values.clear();
        m_ncnt.clear();
        m_zcnt.clear();
        m_changedAt.clear();
        m_readError.clear();
    }
    setVisible(m_set.has_value());
    if (m_set)
        poll();
}

void SemaphoreStrip::poll()
{
    if (!m_set)
        return;
    const int shown = std::min(m_set->nsems, MaxShown);
    const core::Result<QList<int>> values = core::Sem::values(m_set->semid, m_set->nsems, core::Sem::Log::Quiet);
    if (!values.ok()) {
        // Removed since the scan listed it (EIDRM, EINVAL), or not ours to read: said, until the next scan.
        m_readError = values.error().message;
        render();
        return;
    }
    m_readError.clear();
    const qint64 now = m_clock.elapsed();
    QList<int> ncnt;
    QList<int> zcnt;
    for (int num = 0; num < shown; ++num) {
        const auto increase = core::Sem::count(m_set->semid, num, core::Sem::Count::WaitingForIncrease,
                                               core::Sem::Log::Quiet);
        const auto zero = core::Sem::count(m_set->semid, num, core::Sem::Count::WaitingForZero,
                                           core::Sem::Log::Quiet);
        ncnt.append(increase.ok() ? increase.value() : 0);
        zcnt.append(zero.ok() ? zero.value() : 0);
        const int value = values.value().value(num);
        if (num < m_values.size() && m_values.at(num) != value)
            m_changedAt[num] = now;
        else if (num >= m_values.size())
            m_changedAt.append(-1);
    }
    m_values = values.value().mid(0, shown);
    m_ncnt = ncnt;
    m_zcnt = zcnt;
    render();
}

bool SemaphoreStrip::isLit(int num) const
{
    return num >= 0 && num < m_changedAt.size() && m_changedAt.at(num) >= 0
           && m_clock.elapsed() - m_changedAt.at(num) <= SegmentDocument::HighlightMs;
}

void SemaphoreStrip::setHighContrast(bool on)
{
    m_highContrast = on;
    render();
}

QString SemaphoreStrip::waitersText() const
{
    int waiting = 0;
    for (int num = 0; num < m_ncnt.size(); ++num)
        waiting += m_ncnt.at(num) + m_zcnt.at(num);
    if (waiting == 0)
        return tr("nobody waits");
    // By name when the scan found them blocked in semop(); the counts of this tick otherwise.
    QStringList parts;
    if (!m_set->waiters.isEmpty()) {
        for (const core::SemaphoreWaiter &waiter : m_set->waiters) {
            const QString who = tr("%1 (pid %2)").arg(core::ByteFormat::escaped(waiter.command)).arg(waiter.pid);
            if (waiter.semnum < 0)
                parts << who;
            else if (waiter.waitsFor == core::SemaphoreWaiter::For::Zero)
                parts << tr("%1 waits for sem %2 to be 0").arg(who).arg(waiter.semnum);
            else
                parts << tr("%1 waits for sem %2 to increase").arg(who).arg(waiter.semnum);
        }
        return tr("waiting: %1").arg(parts.join(QStringLiteral("; ")));
    }
    for (int num = 0; num < m_ncnt.size(); ++num) {
        if (m_ncnt.at(num) > 0)
            parts << tr("%n wait(s) for sem %1 to increase", nullptr, m_ncnt.at(num)).arg(num);
        if (m_zcnt.at(num) > 0)
            parts << tr("%n wait(s) for sem %1 to be 0", nullptr, m_zcnt.at(num)).arg(num);
    }
    return parts.join(QStringLiteral("; "));
}

void SemaphoreStrip::render()
{
    if (!m_set)
        return;
    m_title->setText(tr("Semaphore set %1 of the same key %2:")
                         .arg(m_set->semid)
                         .arg(core::SegmentFormat::key(m_set->key)));
    if (!m_readError.isEmpty()) {
        m_valuesLabel->setText(QString());
        m_waitersLabel->setText(m_readError);
        return;
    }
    QStringList cells;
    for (int num = 0; num < m_values.size(); ++num) {
        QString value = QString::number(m_values.at(num));
        if (isLit(num)) {
            const QColor colour = changeHighlight(m_clock.elapsed() - m_changedAt.at(num), SegmentDocument::HighlightMs,
                                                  m_highContrast, palette());
            value = QStringLiteral("<span style=\"background-color: rgba(%1, %2, %3, %4)\">%5</span>")
                        .arg(colour.red())
                        .arg(colour.green())
                        .arg(colour.blue())
                        .arg(colour.alpha())
                        .arg(value);
        }
        //: One semaphore of the set and its value: "sem 0 = 1".
        cells << tr("sem %1 = %2").arg(num).arg(value);
    }
    if (m_set->nsems > m_values.size())
        cells << tr("(%n more not shown)", nullptr, m_set->nsems - int(m_values.size()));
    m_valuesLabel->setText(cells.join(QStringLiteral(" &nbsp; ")));
    m_waitersLabel->setText(QStringLiteral("· ") + waitersText());
    setToolTip(tr("The System V semaphore set with this segment's key: the lesson's lock. Its values are read at "
                  "each tick (semctl GETALL) and lit when they change; who waits comes from the processes "
                  "blocked in semop()."));
}

QString SemaphoreStrip::text() const
{
    QString values = m_valuesLabel->text();
    values.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    values.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    return QStringList{m_title->text(), values.simplified(), m_waitersLabel->text()}.join(QLatin1Char(' '));
}

} // namespace app
