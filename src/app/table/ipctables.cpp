#include "app/table/ipctables.h"

#include "app/columnfitter.h"
#include "app/table/detailspanel.h"
#include "app/table/ipccommands.h"
#include "app/table/ipctableview.h"
#include "app/table/messagequeuetablemodel.h"
#include "app/table/rowhighlightdelegate.h"
#include "app/table/segmenttablemodel.h"
#include "app/table/semaphoresettablemodel.h"
#include "core/segments/segmentscanner.h"

#include <QAction>
#include <QBoxLayout>
#include <QHeaderView>
#include <QMenu>

using Kind = app::KindTabBar::TableKind;

namespace app {

namespace {

// Two objects are of one namespace when both say the same, or either does not say (a scan of ours alone).
bool sameNamespace(quint64 a, quint64 b)
{
    return a == 0 || b == 0 || a == b;
}

} // namespace

IpcTables::IpcTables(QWidget *window, QBoxLayout *pane, QMenu *menu, QAction *before, QAction *remove,
                     const SegmentTableModel *segments, MessageBar *messages, RefreshController *refresh)
    : QObject(window), m_window(window), m_segments(segments),
      m_sets(new IpcTableView(new SemaphoreSetTableModel(segments), SemaphoreSetTableModel::ValuesColumn, window)),
      m_queues(new IpcTableView(new MessageQueueTableModel(segments), MessageQueueTableModel::LrpidColumn, window)),
      m_commands(new IpcCommands(window, m_sets, m_queues, messages, refresh)), m_remove(remove)
{
    m_sets->setObjectName(QStringLiteral("semaphoreSetTable"));
    m_sets->horizontalHeader()->setObjectName(QStringLiteral("semaphoreSetTableHeader"));
    m_queues->setObjectName(QStringLiteral("messageQueueTable"));
    m_queues->horizontalHeader()->setObjectName(QStringLiteral("messageQueueTableHeader"));
    // The values are the longest cells (a set may hold thousands): last, taking the width the others leave.
    QHeaderView *setHeader = m_sets->horizontalHeader();
    setHeader->moveSection(setHeader->visualIndex(SemaphoreSetTableModel::ValuesColumn), setHeader->count() - 1);
    // What ipcs -s and ipcs -q show, the values, the waiters and the last users; the rest to switch on.
    for (int column : {SemaphoreSetTableModel::CreatorColumn, SemaphoreSetTableModel::CreatorGroupColumn,
                       SemaphoreSetTableModel::GroupColumn})
        m_sets->setColumnHidden(column, true);
    for (int column : {MessageQueueTableModel::CreatorColumn, MessageQueueTableModel::GroupColumn,
                       MessageQueueTableModel::CtimeColumn})
        m_queues->setColumnHidden(column, true);
    for (IpcTableView *table : tables()) {
        pane->addWidget(table);
        table->hide();
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IpcTables::selectionChanged);
    }
    setUpActions(menu, before);
    retranslate();
}

void IpcTables::setUpActions(QMenu *menu, QAction *before)
{
    const auto make = [this](const char *name, const QKeySequence &key, const char *icon) {
        auto *action = new QAction(m_window);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))));
        return action;
    };
    // ipcmk's letters: -S for a set, -Q for a queue.
    m_newSet = make("actionNewSemaphoreSet", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), "semaphore-new");
    m_newQueue = make("actionNewMessageQueue", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q), "queue-new");
    m_setValue = make("actionSetSemaphoreValue", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V), "semaphore-value");
    menu->insertActions(before, {m_newSet, m_setValue, m_newQueue});
    connect(m_newSet, &QAction::triggered, m_commands, &IpcCommands::createSet);
    connect(m_newQueue, &QAction::triggered, m_commands, &IpcCommands::createQueue);
    connect(m_setValue, &QAction::triggered, m_commands, &IpcCommands::setValue);
    // The context menus: what can be done to a row, and making another. Delete acts on the table's selection
    // only (the action's context is the table's).
    m_sets->addActions({m_newSet, m_setValue, m_remove});
    m_queues->addActions({m_newQueue, m_remove});
    // A set's values are what one changes: a double click asks for one, as Return opens a segment.
    connect(m_sets, &QAbstractItemView::doubleClicked, m_commands, &IpcCommands::setValue);
}

SemaphoreSetTableModel *IpcTables::semaphoreSetModel() const
{
    return static_cast<SemaphoreSetTableModel *>(m_sets->ipcModel());
}

MessageQueueTableModel *IpcTables::messageQueueModel() const
{
    return static_cast<MessageQueueTableModel *>(m_queues->ipcModel());
}

void IpcTables::merge(const core::ScanResult &result)
{
    semaphoreSetModel()->merge(result.semaphoreSets);
    messageQueueModel()->merge(result.messageQueues);
    // Rows of several namespaces are told apart by the Namespace column: shown when a scan first lists more
    // than ours (the user may hide it again), however the choice was made (the selector, the saved settings).
    const bool several = result.namespaces.size() > 1;
    if (several && !m_severalNamespaces)
        showNamespaceColumns();
    m_severalNamespaces = several;
}

void IpcTables::showKind(KindTabBar::TableKind kind)
{
    m_kind = kind;
    m_sets->setVisible(kind == Kind::SemaphoreSets);
    m_queues->setVisible(kind == Kind::MessageQueues);
    updateActions();
}

IpcTableView *IpcTables::shownTable() const
{
    switch (m_kind) {
    case Kind::SemaphoreSets: return m_sets;
    case Kind::MessageQueues: return m_queues;
    default: return nullptr;
    }
}

void IpcTables::showDetails(DetailsPanel *panel) const
{
    const IpcTableView *table = shownTable();
    const QList<int> rows = table ? table->selectedRows() : QList<int>();
    if (rows.size() != 1) {
        panel->showNothing();
        return;
    }
    const IpcTableModel *model = table->ipcModel();
    const bool namespaces = !table->isColumnHidden(model->namespaceColumn());
    if (table == m_sets) {
        const core::SemaphoreSetInfo &set = *semaphoreSetModel()->setAt(rows.constFirst());
        panel->showSemaphoreSet(set, semaphoreSetModel()->recentlyChanged(set),
                                pairedWith(set.key, set.ipcNamespace, Self::Set),
                                namespaces ? model->namespaceName(set.ipcNamespace) : QString());
    } else {
        const core::MessageQueueInfo &queue = *messageQueueModel()->queueAt(rows.constFirst());
        panel->showMessageQueue(queue, pairedWith(queue.key, queue.ipcNamespace, Self::Queue),
                                namespaces ? model->namespaceName(queue.ipcNamespace) : QString());
    }
}

QStringList IpcTables::pairedWithSegment(qint32 key, quint64 ipcNamespace) const
{
    return pairedWith(key, ipcNamespace, Self::Segment);
}

QStringList IpcTables::pairedWith(qint32 key, quint64 ipcNamespace, Self self) const
{
    QStringList paired;
    if (key == 0)
        return paired;
    if (self != Self::Segment) {
        for (const core::SegmentInfo &s : m_segments->segments()) {
            if (s.key == key && sameNamespace(s.ipcNamespace, ipcNamespace))
                paired << tr("segment %1").arg(s.shmid);
        }
    }
    if (self != Self::Set) {
        for (const core::SemaphoreSetInfo &s : semaphoreSetModel()->sets()) {
            if (s.key == key && sameNamespace(s.ipcNamespace, ipcNamespace))
                paired << tr("semaphore set %1").arg(s.semid);
        }
    }
    if (self != Self::Queue) {
        for (const core::MessageQueueInfo &q : messageQueueModel()->queues()) {
            if (q.key == key && sameNamespace(q.ipcNamespace, ipcNamespace))
                paired << tr("message queue %1").arg(q.msqid);
        }
    }
    return paired;
}

void IpcTables::updateActions()
{
    const QString why = m_commands->whySetValueDisabled();
    m_setValue->setEnabled(m_kind == Kind::SemaphoreSets && why.isEmpty());
    const IpcTableView *table = shownTable();
    if (!table)
        return;
    m_remove->setEnabled(table->selectionModel()->hasSelection());
    if (table == m_sets) {
        m_remove->setText(tr("&Remove Semaphore Set…"));
        m_remove->setToolTip(tr("Remove the selected semaphore sets with semctl(IPC_RMID), as ipcrm -s does: "
                                "processes waiting on them wake with EIDRM (Delete)"));
    } else {
        m_remove->setText(tr("&Remove Message Queue…"));
        m_remove->setToolTip(tr("Remove the selected message queues with msgctl(IPC_RMID), as ipcrm -q does: "
                                "the messages in them are lost (Delete)"));
    }
}

void IpcTables::showNamespaceColumns()
{
    for (IpcTableView *table : tables())
        table->setColumnHidden(table->ipcModel()->namespaceColumn(), false);
}

bool IpcTables::hasActiveHighlights() const
{
    return semaphoreSetModel()->hasActiveHighlights() || messageQueueModel()->hasActiveHighlights();
}

void IpcTables::setHighContrast(bool on)
{
    for (IpcTableView *table : tables()) {
        table->rowDelegate()->setHighContrast(on);
        table->viewport()->update();
    }
}

void IpcTables::setRowHeight(int pixels)
{
    for (IpcTableView *table : tables())
        table->verticalHeader()->setDefaultSectionSize(pixels);
}

void IpcTables::repaint()
{
    for (IpcTableView *table : tables())
        table->viewport()->update();
}

void IpcTables::retranslate()
{
    m_sets->setAccessibleName(tr("System V semaphore sets"));
    m_queues->setAccessibleName(tr("System V message queues"));
    m_newSet->setText(tr("New Se&maphore Set…"));
    m_newSet->setToolTip(tr("Create a semaphore set with semget() and give its semaphores their first values "
                            "with semctl(SETALL); ipcmk -S does the same (Ctrl+Alt+S)"));
    m_setValue->setText(tr("Set Semaphore &Value…"));
    m_setValue->setToolTip(tr("Set one semaphore of the selected set with semctl(SETVAL): processes waiting for "
                              "it wake when the value lets them (Ctrl+Alt+V)"));
    m_newQueue->setText(tr("New Messa&ge Queue…"));
    m_newQueue->setToolTip(tr("Create a message queue with msgget(); ipcmk -Q does the same. Its messages are "
                              "never shown: reading one takes it off the queue (Ctrl+Alt+Q)"));
    for (IpcTableView *table : tables())
        table->ipcModel()->retranslate();
    updateActions();
}

} // namespace app
