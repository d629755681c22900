#include "app/table/ipcdetailshtml.h"

#include "app/table/detailsrows.h"
#include "app/table/messagequeuetablemodel.h"
#include "app/table/semaphoresettablemodel.h"
#include "core/bytes/byteformat.h"
#include "core/segments/segmentformat.h"

using app::detailsrows::row;
using core::SegmentFormat;

namespace app {

namespace {

QString idAndName(uint id, const QString &name)
{
    return name == QString::number(id) ? name : QStringLiteral("%1 (%2)").arg(name).arg(id);
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4>%1</h4>").arg(text.toHtmlEscaped());
}

// The rows every System V object has: who owns it, who made it, its mode, where it lives.
QString commonRows(qint32 key, quint32 mode, uint uid, const QString &owner, uint gid, const QString &group,
                   uint cuid, const QString &creator, uint cgid, const QString &creatorGroup,
                   const QStringList &pairedWith, const QString &namespaceName)
{
    QString html = row(IpcDetailsHtml::tr("Key"), SegmentFormat::key(key));
    html += IpcDetailsHtml::pairedRow(pairedWith);
    if (!namespaceName.isEmpty())
        html += row(IpcDetailsHtml::tr("Namespace"), namespaceName);
    html += row(IpcDetailsHtml::tr("Permissions"), SegmentFormat::modeLiteral(mode));
    html += row(IpcDetailsHtml::tr("Owner"), idAndName(uid, owner) + QStringLiteral(" / ") + idAndName(gid, group));
    html += row(IpcDetailsHtml::tr("Creator"),
                idAndName(cuid, creator) + QStringLiteral(" / ") + idAndName(cgid, creatorGroup));
    return html;
}

// A semaphore's value lit as changed bytes are, already escaped.
QString litValue(const QString &value)
{
    return QStringLiteral("<span style='background-color:#e67e22; color:#000000'>%1</span>").arg(value);
}

} // namespace

QString IpcDetailsHtml::pairedRow(const QStringList &pairedWith)
{
    if (pairedWith.isEmpty())
        return {};
    return row(tr("Paired with"), tr("%1 (same key)").arg(pairedWith.join(QStringLiteral(", "))));
}

QString IpcDetailsHtml::semaphoreSet(const core::SemaphoreSetInfo &s, const QList<int> &changed,
                                     const QStringList &pairedWith, const QString &namespaceName)
{
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(tr("Semaphore set %1").arg(s.semid).toHtmlEscaped());
    html += commonRows(s.key, s.mode, s.uid, s.ownerName, s.gid, s.groupName, s.cuid, s.creatorName, s.cgid,
                       s.creatorGroupName, pairedWith, namespaceName);
    html += row(tr("Semaphores (nsems)"), QString::number(s.nsems));
    html += row(tr("Last semop"), s.otime == 0 ? tr("never") : SegmentFormat::time(s.otime));
    html += row(tr("Changed"), SegmentFormat::time(s.ctime));
    html += QStringLiteral("</table>");

    html += heading(tr("Semaphores"));
    if (!s.semaphoresError.isEmpty()) {
        html += paragraph(tr("The values could not be read: %1").arg(s.semaphoresError));
    } else {
        html += paragraph(tr("What ipcs -s -i %1 shows: semctl GETALL for the values, GETPID, GETNCNT and GETZCNT "
                             "for each semaphore.")
                              .arg(s.semid));
        // A line a semaphore, not a table: the Details dock is narrow, and a table of five columns there breaks
        // its numbers and commands in the middle.
        for (const core::SemaphoreInfo &info : s.semaphores) {
            QString pid = QString::number(info.pid);
            if (!info.command.isEmpty())
                pid += QStringLiteral(" (%1)").arg(core::ByteFormat::escaped(info.command));
            const QString value = QString::number(info.value).toHtmlEscaped();
            html += QStringLiteral("<p style='margin:0'>%1</p>")
                        .arg(tr("sem %1 = %2 · last pid %3 · ncnt %4 · zcnt %5")
                                 .arg(QString::number(info.num), changed.contains(info.num) ? litValue(value) : value,
                                      pid.toHtmlEscaped(), QString::number(info.ncnt), QString::number(info.zcnt)));
        }
    }

    html += heading(tr("Waiting processes"));
    const int waiting = SemaphoreSetTableModel::waitingCount(s);
    if (waiting == 0 && s.waiters.isEmpty()) {
        html += paragraph(tr("None: no process is blocked in semop() on this set."));
    } else {
        for (const core::SemaphoreWaiter &w : s.waiters)
            html += paragraph(SemaphoreSetTableModel::waiterSentence(w));
        if (waiting > s.waiters.size())
            html += paragraph(tr("%n process(es) the kernel counts as waiting (ncnt + zcnt) could not be named: "
                                 "they are in another namespace, or their /proc may not be read.",
                                 nullptr, waiting - int(s.waiters.size())));
        html += paragraph(tr("Removing the set wakes them: their semop() fails with EIDRM."));
    }
    return html;
}

QString IpcDetailsHtml::messageQueue(const core::MessageQueueInfo &q, const QStringList &pairedWith,
                                     const QString &namespaceName)
{
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(tr("Message queue %1").arg(q.msqid).toHtmlEscaped());
    html += commonRows(q.key, q.mode, q.uid, q.ownerName, q.gid, q.groupName, q.cuid, q.creatorName, q.cgid,
                       q.creatorGroupName, pairedWith, namespaceName);
    html += row(tr("Messages (qnum)"), QString::number(q.qnum));
    html += row(tr("Used bytes (cbytes)"), SegmentFormat::byteCount(q.cbytes));
    html += row(tr("Last sender (lspid)"), MessageQueueTableModel::processText(q.lspid, q.lspidCommand));
    html += row(tr("Last receiver (lrpid)"), MessageQueueTableModel::processText(q.lrpid, q.lrpidCommand));
    html += row(tr("Last send"), q.stime == 0 ? tr("never") : SegmentFormat::time(q.stime));
    html += row(tr("Last receive"), q.rtime == 0 ? tr("never") : SegmentFormat::time(q.rtime));
    html += row(tr("Changed"), SegmentFormat::time(q.ctime));
    html += QStringLiteral("</table>");
    html += paragraph(MessageQueueTableModel::unreadMessages());
    return html;
}

} // namespace app
