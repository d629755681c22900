#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace app {

// Set Semaphore Value…: which semaphore of the selected set (0 to nsems - 1) and its new value (0 to
// SEMVMX, 32767), with the call shown as C. Input out of range is said in the dialog, which stays open; the
// caller makes the call (semctl SETVAL) once accepted.
class SetSemaphoreValueDialog : public QDialog
{
    Q_OBJECT

public:
    // values: the set's values as last listed (the value field starts with the first one's).
    SetSemaphoreValueDialog(int semid, const QList<int> &values, int nsems, QWidget *parent = nullptr);

    [[nodiscard]] int semnum() const { return m_semnumValue; }
    [[nodiscard]] int value() const { return m_valueValue; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // An empty string when the input is good (semnum and value read), else what is wrong.
    [[nodiscard]] QString readInput();
    void updatePreview();

    int m_semid;
    QList<int> m_values;
    int m_nsems;
    QLabel *m_semnumLabel;
    QLineEdit *m_semnum;
    QLabel *m_valueLabel;
    QLineEdit *m_value;
    QLabel *m_preview;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    int m_semnumValue = 0;
    int m_valueValue = 0;
};

} // namespace app
