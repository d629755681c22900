#include "app/snapshots/snapshotcomparison.h"

#include "app/messagebar.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/structs/structmodel.h"
#include "app/structs/structpane.h"

#include <climits>

namespace app {

SnapshotComparison::SnapshotComparison(SegmentTab *tab, core::Snapshot snapshot, QString label)
    : QObject(tab), m_tab(tab), m_snapshot(std::move(snapshot)), m_label(std::move(label)),
      m_bar(new MessageBar(tab))
{
    m_bar->setObjectName(QStringLiteral("comparisonBar"));
    tab->hexView()->setComparison(m_snapshot.bytes);
    tab->structPane()->model()->setComparison(m_snapshot.bytes);
    connect(tab->document(), &SegmentDocument::ticked, this, [this] {
        if (m_sinceCount.elapsed() >= RecountMs)
            recount();
    });
    recount();
}

SnapshotComparison::~SnapshotComparison()
{
    m_tab->hexView()->setComparison({});
    m_tab->structPane()->model()->setComparison({});
    delete m_bar;
}

void SnapshotComparison::recount()
{
    m_sinceCount.start();
    const SegmentDocument *document = m_tab->document();
    const auto now = document->read(0, document->size());
    if (!now.ok()) {
        m_bar->showMessage(MessageBar::Kind::Error, now.error().toString());
        m_shown.clear();
        return;
    }
    m_ranges = core::SnapshotDiff::ranges(m_snapshot.bytes, now.value());
    m_compared = core::SnapshotDiff::comparedLength(m_snapshot.bytes, now.value());
    m_size = quint64(now.value().size());
    showCount();
}

QString SnapshotComparison::countText() const
{
    const quint64 differing = core::SnapshotDiff::byteCount(m_ranges);
    const auto count = [](quint64 n) { return int(std::min<quint64>(n, INT_MAX)); };
    const QString taken = m_snapshot.taken.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    QString text =
        differing == 0
            ? tr("Compared with %1 (taken %2): no byte differs.").arg(m_label, taken)
            //: "4 bytes differ in 3 ranges, marked in blue": the two counts are said apart for their plurals.
            : tr("Compared with %1 (taken %2): %3 in %4, marked in blue; changed fields show old → new.")
                  .arg(m_label, taken, tr("%n byte(s) differ", nullptr, count(differing)),
                       tr("%n range(s)", nullptr, count(quint64(m_ranges.size()))));
    if (quint64(m_snapshot.bytes.size()) != m_size)
        text += QLatin1Char(' ') + tr("The snapshot has %1 bytes, this %2: the first %3 are compared.")
                                       .arg(m_snapshot.bytes.size())
                                       .arg(m_size)
                                       .arg(m_compared);
    return text;
}

void SnapshotComparison::showCount()
{
    const QString text = countText();
    if (text == m_shown)
        return;
    m_shown = text;
    // Written again in the new language after a switch.
    m_bar->showMessage(MessageBar::Kind::Information, [this] { return countText(); });
    m_bar->setAction(tr("Stop Comparing"), [this] { emit stopRequested(); });
    m_bar->setVisible(!m_presenting); // showMessage() shows it
}

void SnapshotComparison::setPresentation(bool on)
{
    m_presenting = on;
    m_bar->setVisible(!on);
}

} // namespace app
