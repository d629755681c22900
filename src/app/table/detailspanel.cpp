#include "app/table/detailspanel.h"

#include "core/bytes/byteformat.h"
#include "core/segments/permissions.h"
#include "core/segments/segmentformat.h"
#include "core/translations.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <cstdlib>

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
    render(Place::Keep);
}

void DetailsPanel::showNothing()
{
    m_segment.reset();
    render(Place::Top);
}

void DetailsPanel::showSegment(const core::SegmentInfo &segment, const core::ShmLimits &limits,
                               const core::ShmUsage &usage)
{
    // The refresh hands the selected segment again every second: its reader keeps their place.
    const Place place = m_segment && m_segment->shmid == segment.shmid ? Place::Keep : Place::Top;
    m_segment = segment;
    m_limits = limits;
    m_usage = usage;
    render(place);
}

void DetailsPanel::render(Place place)
{
    if (!m_segment) {
        showHtml(
            QStringLiteral("<p>%1</p>")
                .arg(tr("Select a segment to see everything the kernel knows about it.").toHtmlEscaped()),
            place);
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
    showHtml(html, place);
}

// Most refreshes change nothing, and then nothing is done. A change rewrites the text, which would put the
// reader back at the top and drop their selection: both are put back where they were.
void DetailsPanel::showHtml(const QString &html, Place place)
{
    if (html == m_html)
        return;
    m_html = html;
    const int top = verticalScrollBar()->value();
    const int left = horizontalScrollBar()->value();
    // Plain values: a cursor follows the edits of its document, and setHtml() removes all of the old text.
    const QString selected = textCursor().selectedText();
    const int start = textCursor().selectionStart();
    const int position = textCursor().position();
    setHtml(html);
    if (place == Place::Top)
        return;
    setTextCursor(reselect(selected, start, position));
    verticalScrollBar()->setValue(top);
    horizontalScrollBar()->setValue(left);
}

// The old selection in the new text: the same words, where they are now (the times and sizes before them may
// have changed length), or the cursor at its old place when they are gone.
QTextCursor DetailsPanel::reselect(const QString &text, int start, int position) const
{
    QTextCursor nearest;
    if (!text.isEmpty()) {
        const auto distance = [start](const QTextCursor &found) {
            return std::abs(found.selectionStart() - start);
        };
        const auto flags = QTextDocument::FindCaseSensitively;
        for (QTextCursor found = document()->find(text, 0, flags); !found.isNull();
             found = document()->find(text, found, flags)) {
            if (nearest.isNull() || distance(found) < distance(nearest))
                nearest = found;
        }
    }
    if (nearest.isNull()) {
        nearest = QTextCursor(document());
        nearest.setPosition(std::min(position, document()->characterCount() - 1));
    }
    return nearest;
}

} // namespace app
