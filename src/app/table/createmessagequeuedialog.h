#pragma once

#include "app/table/ipccreatedialog.h"

namespace app {

// New Message Queue…: a key or IPC_PRIVATE and a mode; makes the queue with msgget(IPC_CREAT|IPC_EXCL).
class CreateMessageQueueDialog : public IpcCreateDialog
{
    Q_OBJECT

public:
    explicit CreateMessageQueueDialog(QWidget *parent = nullptr);

    // Once accepted: the queue made, and the call that made it.
    [[nodiscard]] int createdMsqid() const { return m_msqid; }
    [[nodiscard]] QString createdCall() const { return m_call; }

protected:
    [[nodiscard]] std::variant<QString, QString> preview() const override;
    [[nodiscard]] QString create() override;
    void retranslate() override;

private:
    int m_msqid = -1;
    QString m_call;
};

} // namespace app
