#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace app {

class IpcTableView;
class MessageBar;
class MessageQueueTableModel;
class RefreshController;
class SemaphoreSetTableModel;

// What the window does to System V semaphore sets and message queues: New Semaphore Set…, Set Semaphore
// Value…, New Message Queue…, and Remove on the selected sets or queues (after a question that says what
// removing does: a set's waiters wake with EIDRM, a queue's messages are lost). The calls and their shell
// twins go to the call log (core::Sem, core::Msg); refusals to the message bar, and nothing changes.
class IpcCommands : public QObject
{
    Q_OBJECT

public:
    IpcCommands(QWidget *window, IpcTableView *sets, IpcTableView *queues, MessageBar *messages,
                RefreshController *refresh);

    void createSet();
    void setValue();
    void createQueue();
    void removeSelectedSets();
    void removeSelectedQueues();
    // Why Set Semaphore Value… cannot act on the selection now; empty when it can.
    [[nodiscard]] QString whySetValueDisabled() const;

private:
    [[nodiscard]] SemaphoreSetTableModel *setModel() const;
    [[nodiscard]] MessageQueueTableModel *queueModel() const;
    // Says each refusal in the message bar, and reads the kernel's lists again.
    void finish(const QStringList &errors);

    QWidget *m_window;
    IpcTableView *m_sets;
    IpcTableView *m_queues;
    MessageBar *m_messages;
    RefreshController *m_refresh;
};

} // namespace app
