#pragma once

#include "app/table/ipccreatedialog.h"

#include <QList>

namespace app {

// New Semaphore Set…: a key (the lesson's, 0x1234, so that the set pairs with its segment) or IPC_PRIVATE,
// how many semaphores, the mode and the first values (one for all, or one a semaphore); makes the set with
// semget(IPC_CREAT|IPC_EXCL) and gives it its values with semctl(SETALL). A set whose values could not be set
// is removed again.
class CreateSemaphoreSetDialog : public IpcCreateDialog
{
    Q_OBJECT

public:
    // maxPerSet: the most semaphores a set may hold here (semmsl).
    explicit CreateSemaphoreSetDialog(int maxPerSet, QWidget *parent = nullptr);

    // Once accepted: the set made, and the calls that made it, one a line.
    [[nodiscard]] int createdSemid() const { return m_semid; }
    [[nodiscard]] QString createdCalls() const { return m_calls; }

protected:
    [[nodiscard]] std::variant<QString, QString> preview() const override;
    [[nodiscard]] QString create() override;
    void retranslate() override;

private:
    struct Request
    {
        KeyAndMode keyAndMode;
        int nsems = 0;
        QList<int> values;
    };
    [[nodiscard]] std::variant<Request, QString> readInput() const;

    int m_maxPerSet;
    QLabel *m_nsemsLabel;
    QLineEdit *m_nsems;
    QLabel *m_valuesLabel;
    QLineEdit *m_values;
    int m_semid = -1;
    QString m_calls;
};

} // namespace app
