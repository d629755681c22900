#include "app/table/detailspanel.h"

#include "core/bytes/byteformat.h"
#include "core/segments/permissions.h"
#include "core/segments/segmentformat.h"
#include "core/translations.h"

#include <QEvent>

using core::SegmentFormat;
using core::Translations;

namespace app {

namespace {

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

// "3 of 4096 (0.07 %)": a use of a limit, with its share when the limit is known.
QString withShare(const QString &text, quint64 part, quint64 whole)
{
    const QString share = SegmentFormat::percent(part, whole);
    return share.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, share);
}

QString idAndName(uint id, const QString &name)
{
    return name == QString::number(id) ? name : QStringLiteral("%1 (%2)").arg(name).arg(id);
}

} // namespace

DetailsPanel::DetailsPanel(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("detailsPanel"));
    setOpenLinks(false);
    retranslate();
}

void DetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTextBrowser::changeEvent(event);
}

void DetailsPanel::retranslate()
{
    setAccessibleName(tr("Segment details"));
    render();
}

void DetailsPanel::showNothing()
{
    m_segment.reset();
    render();
}

void DetailsPanel::showSegment(const core::SegmentInfo &segment, const core::ShmLimits &limits,
                               const core::ShmUsage &usage)
{
    m_segment = segment;
    m_limits = limits;
    m_usage = usage;
    render();
}

void DetailsPanel::render()
{
    if (!m_segment) {
        setHtml(QStringLiteral("<p>%1</p>").arg(tr("Select a segment to see everything the kernel knows about it.")
                                                    .toHtmlEscaped()));
        return;
    }
    const core::SegmentInfo &s = *m_segment;
    const core::ShmLimits &limits = m_limits;
    const core::ShmUsage &usage = m_usage;
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(tr("Segment %1").arg(s.shmid).toHtmlEscaped());
    html += row(tr("Key"), SegmentFormat::key(s.key));
    if (s.hasOriginalKey)
        html += row(tr("Created with key"), SegmentFormat::key(s.originalKey));
    html += row(tr("Status"), s.isDestroyed() || s.isLocked() ? SegmentFormat::status(s) : tr("in use"));
    html += row(tr("Size"), SegmentFormat::byteCount(s.size));
    html += row(tr("Permissions"), QLatin1Char('0') + SegmentFormat::perms(s.mode).rightJustified(3, QLatin1Char('0')));
    html += row(tr("Owner"), idAndName(s.uid, s.ownerName) + QStringLiteral(" / ") + idAndName(s.gid, s.groupName));
    html += row(tr("Who may"), core::Permissions::rules(s));
    html += row(tr("You"), core::Permissions::yours(s, core::Permissions::Credentials::ofThisProcess()));
    html += row(tr("Creator"),
                idAndName(s.cuid, s.creatorName) + QStringLiteral(" / ") + idAndName(s.cgid, s.creatorGroupName));
    html += row(tr("Created by pid"), QString::number(s.cpid));
    html += row(tr("Last attach/detach by pid"), QString::number(s.lpid));
    html += row(tr("Attaches (nattch)"), QString::number(s.nattch));
    html += row(tr("Changed"), SegmentFormat::time(s.ctime));
    html += row(tr("Last attach"), SegmentFormat::time(s.atime));
    html += row(tr("Last detach"), SegmentFormat::time(s.dtime));
    html += row(tr("Resident"), SegmentFormat::humanSize(s.rss));
    html += row(tr("Swapped"), SegmentFormat::humanSize(s.swap));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4>").arg(tr("Attached processes").toHtmlEscaped());
    if (s.nattch == 0) {
        html += QStringLiteral("<p>%1</p>").arg(tr("None.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<p>%1</p><table>")
                    .arg(tr("%1 of %2 attachment(s) visible.", nullptr, Translations::numerus(s.nattch))
                             .arg(s.attached.size())
                             .arg(s.nattch)
                             .toHtmlEscaped());
        for (const core::AttachedProcess &p : s.attached)
            html += row(QStringLiteral("%1 %2").arg(p.pid).arg(core::ByteFormat::escaped(p.command)),
                        SegmentFormat::address(p.address) + QLatin1Char(' ')
                            + (p.writable ? tr("read-write") : tr("read-only")));
        html += QStringLiteral("</table>");
        if (s.hiddenAttachments() > 0)
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("The others belong to processes whose memory maps we may not read.").toHtmlEscaped());
    }

    html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Limits it counts against").toHtmlEscaped());
    html += row(tr("Segments (shmmni)"),
                withShare(tr("%1 of %2").arg(usage.segments).arg(limits.shmmni), usage.segments,
                          limits.shmmni));
    html += row(tr("Largest segment (shmmax)"), SegmentFormat::byteLimit(limits.shmmax));
    html += row(tr("All segments (shmall)"),
                SegmentFormat::isNoPracticalLimit(limits.shmall, limits.pageSize)
                    ? tr("%1 page(s) in use (no practical limit)", nullptr,
                         Translations::numerus(usage.pages))
                          .arg(usage.pages)
                    : withShare(tr("%1 of %2 page(s)", nullptr, Translations::numerus(limits.shmall))
                                    .arg(usage.pages)
                                    .arg(limits.shmall),
                                usage.pages, limits.shmall));
    html += row(tr("Smallest segment (shmmin)"), SegmentFormat::byteCount(limits.shmmin));
    html += QStringLiteral("</table>");
    setHtml(html);
}

} // namespace app
