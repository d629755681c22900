#pragma once

#include <QDialog>

#include <variant>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace app {

// Asks for a name, a size and a mode, shows the calls it will make (shm_open with O_CREAT|O_EXCL, ftruncate,
// close), and makes them. Bad input and refusals are shown in the dialog, which stays open: nothing is
// created (an object whose ftruncate() fails is unlinked again).
class CreatePosixDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CreatePosixDialog(QWidget *parent = nullptr);

    // Once accepted: the name made, and the calls that made it, one a line.
    [[nodiscard]] QString createdName() const { return m_createdName; }
    [[nodiscard]] QString createdCalls() const { return m_createdCalls; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Request
    {
        QByteArray name;
        quint64 size = 0;
        quint32 mode = 0;
    };
    void retranslate();
    // The request, or the sentence that says what is wrong with the input.
    [[nodiscard]] std::variant<Request, QString> readInput() const;
    void updatePreview();
    [[nodiscard]] static QString calls(const Request &request, const QString &fd);

    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_sizeLabel;
    QLineEdit *m_size;
    QLabel *m_modeLabel;
    QLineEdit *m_mode;
    QLabel *m_preview;
    QLabel *m_umaskNote;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QString m_createdName;
    QString m_createdCalls;
};

} // namespace app
