#include "app/table/detailspanel.h"

#include "app/table/detailsrows.h"
#include "app/table/ipcdetailshtml.h"
#include "app/table/namespacetext.h"
#include "app/table/posixtablemodel.h"
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

using detailsrows::row;

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

// "Label: evidence", or nothing when no rule matched.
QString likelyUserRow(const QString &label, const QString &evidence)
{
    if (label.isEmpty())
        return {};
    return row(DetailsPanel::tr("Likely user"),
               evidence.isEmpty() ? label : DetailsPanel::tr("%1: %2").arg(label, evidence));
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

void DetailsPanel::clear()
{
    m_segment.reset();
    m_posix.reset();
    m_set.reset();
    m_queue.reset();
    m_pairedWith.clear();
}

void DetailsPanel::showNothing()
{
    clear();
    render(Place::Top);
}

void DetailsPanel::showSemaphoreSet(const core::SemaphoreSetInfo &set, const QList<int> &changed,
                                    const QStringList &pairedWith, const QString &namespaceName)
{
    const Place place =
        m_set && m_set->semid == set.semid && m_set->ipcNamespace == set.ipcNamespace ? Place::Keep : Place::Top;
    clear();
    m_set = set;
    m_changed = changed;
    m_pairedWith = pairedWith;
    m_namespaceName = namespaceName;
    render(place);
}

void DetailsPanel::showMessageQueue(const core::MessageQueueInfo &queue, const QStringList &pairedWith,
                                    const QString &namespaceName)
{
    const Place place = m_queue && m_queue->msqid == queue.msqid && m_queue->ipcNamespace == queue.ipcNamespace
                            ? Place::Keep
                            : Place::Top;
    clear();
    m_queue = queue;
    m_pairedWith = pairedWith;
    m_namespaceName = namespaceName;
    render(place);
}

void DetailsPanel::showPosixObject(const core::PosixObject &object, int unreadableProcesses)
{
    const Place place =
        m_posix && m_posix->device == object.device && m_posix->inode == object.inode ? Place::Keep : Place::Top;
    clear();
    m_posix = object;
    m_unreadable = unreadableProcesses;
    render(place);
}

QString DetailsPanel::posixHtml() const
{
    using core::PosixHolder;
    const core::PosixObject &o = *m_posix;
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table>")
                       .arg(o.name.toHtmlEscaped(),
                            PosixTableModel::lifeText(o).toHtmlEscaped());
    html += row(tr("Kind"), PosixTableModel::kindText(o.kind));
    html += row(tr("Path"), o.path.isEmpty() ? tr("none") : o.path);
    if (o.attributesKnown) {
        html += row(tr("Size"), SegmentFormat::byteCount(o.bytes));
        html += row(tr("Permissions"), QLatin1Char('0') + SegmentFormat::perms(o.mode).rightJustified(3, QLatin1Char('0')));
        html += row(tr("Owner"), idAndName(o.uid, o.ownerName) + QStringLiteral(" / ") + idAndName(o.gid, o.groupName));
        html += row(tr("Modified"), SegmentFormat::time(o.mtime));
        html += row(tr("Changed"), SegmentFormat::time(o.ctime));
        html += row(tr("Accessed"), SegmentFormat::time(o.atime));
    } else {
        html += row(tr("Size, owner, mode"),
                    tr("not known: only a mapping of it was seen, and the file behind a mapping may be looked at "
                       "only with CAP_SYS_ADMIN"));
    }
    html += row(tr("Device, inode"), QStringLiteral("%1, %2").arg(o.device).arg(o.inode));
    if (o.kind == core::PosixObject::Kind::PosixSemaphore)
        html += row(tr("Value"), o.semaphoreValue ? QString::number(*o.semaphoreValue) : tr("not known"));
    html += likelyUserRow(o.likelyUser, o.likelyUserEvidence);
    if (o.orphan)
        html += row(tr("Orphan"),
                    tr("nobody maps it or holds it open; it stays in /dev/shm, costing its bytes, until someone "
                       "unlinks it"));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4>").arg(tr("Processes that hold it").toHtmlEscaped());
    if (o.holders.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("None: no process maps it or holds it open.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<table>");
        for (const PosixHolder &h : o.holders) {
            QStringList how;
            if (h.address)
                how << SegmentFormat::address(*h.address)
                    << (h.writable ? tr("read-write") : tr("read-only"))
                    << (h.shared ? tr("shared") : tr("private"));
            else
                how << tr("descriptor only");
            if (h.fd) {
                QString mode;
                switch (h.fdMode) {
                case PosixHolder::OpenMode::Read: mode = QStringLiteral("O_RDONLY"); break;
                case PosixHolder::OpenMode::Write: mode = QStringLiteral("O_WRONLY"); break;
                case PosixHolder::OpenMode::ReadWrite: mode = QStringLiteral("O_RDWR"); break;
                case PosixHolder::OpenMode::None: break;
                }
                how << (mode.isEmpty() ? tr("fd %1").arg(*h.fd) : tr("fd %1 (%2)").arg(*h.fd).arg(mode));
            }
            html += row(QStringLiteral("%1 %2").arg(h.pid).arg(core::ByteFormat::escaped(h.command)),
                        how.join(QStringLiteral(", ")));
        }
        html += QStringLiteral("</table>");
    }
    if (m_unreadable > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("%n process(es) could not be read: they may hold it too.", nullptr, m_unreadable)
                             .toHtmlEscaped());
    return html;
}

void DetailsPanel::showSegment(const core::SegmentInfo &segment, const core::ShmLimits &limits,
                               const core::ShmUsage &usage, const core::IpcNamespace *where,
                               const QStringList &pairedWith)
{
    // The refresh hands the selected segment again every second: its reader keeps their place.
    const Place place = m_segment && m_segment->shmid == segment.shmid
                                && m_segment->ipcNamespace == segment.ipcNamespace
                            ? Place::Keep
                            : Place::Top;
    clear();
    m_segment = segment;
    m_pairedWith = pairedWith;
    if (where)
        m_namespace = *where;
    else
        m_namespace.reset();
    m_limits = limits;
    m_usage = usage;
    render(place);
}

void DetailsPanel::render(Place place)
{
    if (m_posix) {
        showHtml(posixHtml(), place);
        return;
    }
    if (m_set) {
        showHtml(IpcDetailsHtml::semaphoreSet(*m_set, m_changed, m_pairedWith, m_namespaceName), place);
        return;
    }
    if (m_queue) {
        showHtml(IpcDetailsHtml::messageQueue(*m_queue, m_pairedWith, m_namespaceName), place);
        return;
    }
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
    html += IpcDetailsHtml::pairedRow(m_pairedWith);
    html += row(tr("Status"), s.isDestroyed() || s.isLocked() ? SegmentFormat::status(s) : tr("in use"));
    if (s.orphan)
        html += row(tr("Orphan"), tr("nobody has it attached and its creator (pid %1) has exited; it stays until "
                                     "removed")
                                      .arg(s.cpid));
    html += likelyUserRow(s.likelyUser, s.likelyUserEvidence);
    html += namespaceRows();
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

// The segment's namespace, its container and how many processes are in it, as far as the scan said.
QString DetailsPanel::namespaceRows() const
{
    const quint64 inode = m_segment->ipcNamespace;
    if (inode == 0)
        return {};
    if (!m_namespace)
        return row(tr("Namespace"), NamespaceText::inode(inode));
    const core::IpcNamespace &ns = *m_namespace;
    QString html = row(tr("Namespace"), ns.ours ? tr("%1 (ours, the one ipcs shows)").arg(NamespaceText::inode(inode))
                                                : NamespaceText::inode(inode));
    if (!ns.engine.isEmpty())
        html += row(tr("Container"), QStringLiteral("%1 %2").arg(ns.engine, ns.container));
    // A scan of our namespace alone does not list the machine's processes by namespace: no count then, rather
    // than a wrong 0.
    if (!ns.pids.isEmpty())
        html += row(tr("Processes in it"), QString::number(ns.pids.size()));
    return html;
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
