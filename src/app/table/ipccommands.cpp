#include "app/table/ipccommands.h"

#include "app/messagebar.h"
#include "app/removalquestion.h"
#include "app/table/createmessagequeuedialog.h"
#include "app/table/createsemaphoresetdialog.h"
#include "app/table/ipctableview.h"
#include "app/table/messagequeuetablemodel.h"
#include "app/table/refreshcontroller.h"
#include "app/table/semaphoresettablemodel.h"
#include "app/table/setsemaphorevaluedialog.h"
#include "core/kernel/msg.h"
#include "core/kernel/sem.h"
#include "core/segments/segmentformat.h"

using core::SegmentFormat;

namespace app {

namespace {

// semmsl: the first number of kernel.sem, as IPC_INFO tells it.
int maxPerSet()
{
    const auto limits = core::Sem::limits();
    return limits.ok() && limits.value().semmsl > 0 ? limits.value().semmsl : core::Sem::DefaultMaxPerSet;
}

} // namespace

IpcCommands::IpcCommands(QWidget *window, IpcTableView *sets, IpcTableView *queues, MessageBar *messages,
                         RefreshController *refresh)
    : QObject(window), m_window(window), m_sets(sets), m_queues(queues), m_messages(messages), m_refresh(refresh)
{
}

SemaphoreSetTableModel *IpcCommands::setModel() const
{
    return static_cast<SemaphoreSetTableModel *>(m_sets->ipcModel());
}

MessageQueueTableModel *IpcCommands::queueModel() const
{
    return static_cast<MessageQueueTableModel *>(m_queues->ipcModel());
}

void IpcCommands::createSet()
{
    CreateSemaphoreSetDialog dialog(maxPerSet(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int semid = dialog.createdSemid();
    m_messages->showMessage(MessageBar::Kind::Information, [semid, calls = dialog.createdCalls()] {
        return tr("Created semaphore set %1: %2").arg(semid).arg(QString(calls).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    });
    // The new row is selected once a scan lists it, so that Set Value and Delete act on it.
    m_refresh->retryAfterScans(m_sets, [this, semid] { return m_sets->selectId(semid); });
}

void IpcCommands::createQueue()
{
    CreateMessageQueueDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int msqid = dialog.createdMsqid();
    m_messages->showMessage(MessageBar::Kind::Information, [msqid, call = dialog.createdCall()] {
        return tr("Created message queue %1: %2 = %1").arg(msqid).arg(call);
    });
    m_refresh->retryAfterScans(m_queues, [this, msqid] { return m_queues->selectId(msqid); });
}

QString IpcCommands::whySetValueDisabled() const
{
    const QList<int> rows = m_sets->selectedRows();
    if (rows.size() != 1)
        return tr("Select one semaphore set to set a value of.");
    const core::SemaphoreSetInfo *set = setModel()->setAt(rows.constFirst());
    if (!setModel()->isOurs(set->ipcNamespace))
        return tr("Semaphore set %1 lives in another IPC namespace: the window sets values in sets of ours only.")
            .arg(set->semid);
    return {};
}

void IpcCommands::setValue()
{
    if (const QString why = whySetValueDisabled(); !why.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Error, why);
        return;
    }
    const core::SemaphoreSetInfo set = *setModel()->setAt(m_sets->selectedRows().constFirst());
    QList<int> values;
    for (const core::SemaphoreInfo &s : set.semaphores)
        values << s.value;
    SetSemaphoreValueDialog dialog(set.semid, values, set.nsems, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto done = core::Sem::setValue(set.semid, dialog.semnum(), dialog.value());
    finish(done.ok() ? QStringList() : QStringList{done.error().toString()});
}

void IpcCommands::removeSelectedSets()
{
    QList<core::SemaphoreSetInfo> sets;
    for (int row : m_sets->selectedRows())
        sets << *setModel()->setAt(row);
    if (sets.isEmpty())
        return;
    QStringList names;
    QStringList waiters;
    int waiting = 0;
    for (const core::SemaphoreSetInfo &s : std::as_const(sets)) {
        names << tr("%1 (key %2)").arg(s.semid).arg(SegmentFormat::key(s.key));
        waiting += SemaphoreSetTableModel::waitingCount(s);
        for (const core::SemaphoreWaiter &w : s.waiters)
            waiters << SemaphoreSetTableModel::waiterSentence(w);
    }
    const bool one = sets.size() == 1;
    const QString text = one ? tr("Remove semaphore set %1?").arg(names.constFirst())
                             : tr("Remove %n semaphore set(s): %1?", nullptr, int(sets.size()))
                                   .arg(names.join(QStringLiteral(", ")));
    QString info = tr("This is semctl(IPC_RMID), what ipcrm -s does. The set goes at once, with its values; it "
                      "cannot be undone.");
    if (waiting > 0) {
        info += QLatin1Char('\n') +
                tr("%n process(es) wait in semop() on it: each wakes at once, and its semop() fails with EIDRM "
                   "(identifier removed).",
                   nullptr, waiting);
        if (!waiters.isEmpty())
            info += QLatin1Char('\n') + waiters.join(QLatin1Char('\n'));
    } else {
        info += QLatin1Char('\n') + tr("A process that waits on it later gets EIDRM or EINVAL from semop().");
    }
    if (!RemovalQuestion{QStringLiteral("removeSemaphoreSetConfirmation"), tr("Remove Semaphore Set"), text, info,
                         tr("&Remove")}
             .ask(m_window))
        return;
    QStringList errors;
    for (const core::SemaphoreSetInfo &s : std::as_const(sets)) {
        if (!setModel()->isOurs(s.ipcNamespace)) {
            errors << tr("Semaphore set %1 lives in another IPC namespace: the window removes sets of ours only.")
                          .arg(s.semid);
            continue;
        }
        if (const auto removed = core::Sem::remove(s.semid); !removed.ok())
            errors << removed.error().toString();
    }
    finish(errors);
}

void IpcCommands::removeSelectedQueues()
{
    QList<core::MessageQueueInfo> queues;
    for (int row : m_queues->selectedRows())
        queues << *queueModel()->queueAt(row);
    if (queues.isEmpty())
        return;
    QStringList names;
    quint64 messages = 0;
    for (const core::MessageQueueInfo &q : std::as_const(queues)) {
        names << tr("%1 (key %2)").arg(q.msqid).arg(SegmentFormat::key(q.key));
        messages += q.qnum;
    }
    const bool one = queues.size() == 1;
    const QString text = one ? tr("Remove message queue %1?").arg(names.constFirst())
                             : tr("Remove %n message queue(s): %1?", nullptr, int(queues.size()))
                                   .arg(names.join(QStringLiteral(", ")));
    QString info = tr("This is msgctl(IPC_RMID), what ipcrm -q does. It cannot be undone; a process waiting in "
                      "msgsnd() or msgrcv() on it wakes with EIDRM.");
    if (messages > 0)
        info += QLatin1Char('\n') + tr("%n message(s) still wait in it, unread: they are lost.", nullptr,
                                       int(qMin<quint64>(messages, INT_MAX)));
    if (!RemovalQuestion{QStringLiteral("removeMessageQueueConfirmation"), tr("Remove Message Queue"), text, info,
                         tr("&Remove")}
             .ask(m_window))
        return;
    QStringList errors;
    for (const core::MessageQueueInfo &q : std::as_const(queues)) {
        if (!queueModel()->isOurs(q.ipcNamespace)) {
            errors << tr("Message queue %1 lives in another IPC namespace: the window removes queues of ours only.")
                          .arg(q.msqid);
            continue;
        }
        if (const auto removed = core::Msg::remove(q.msqid); !removed.ok())
            errors << removed.error().toString();
    }
    finish(errors);
}

void IpcCommands::finish(const QStringList &errors)
{
    if (!errors.isEmpty())
        m_messages->showMessage(MessageBar::Kind::Error, errors.join(QLatin1Char('\n')));
    m_refresh->refreshNow();
}

} // namespace app
