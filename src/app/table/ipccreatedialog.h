#pragma once

#include <QDialog>

#include <optional>
#include <variant>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace app {

// What New Semaphore Set… and New Message Queue… share with New Segment…: a key or IPC_PRIVATE, an octal
// mode, the calls it will make shown as C while the user types, and bad input or the kernel's refusal said
// in the dialog, which then stays open with nothing made. A subclass adds its own rows to form(), reads
// them in readRequest() and makes its calls in create().
class IpcCreateDialog : public QDialog
{
    Q_OBJECT

public:
    void accept() override;

protected:
    struct KeyAndMode
    {
        std::optional<qint32> key; // nullopt: IPC_PRIVATE
        quint32 mode = 0;
    };

    explicit IpcCreateDialog(QWidget *parent = nullptr);

    void changeEvent(QEvent *event) override;
    // The form the subclass adds its rows to (after the key, before the mode).
    [[nodiscard]] QFormLayout *form() const { return m_form; }
    // The key and mode typed, or the sentence that says what is wrong.
    [[nodiscard]] std::variant<KeyAndMode, QString> readKeyAndMode() const;
    // The calls for what is typed now, one a line; or the sentence that says what is wrong.
    [[nodiscard]] virtual std::variant<QString, QString> preview() const = 0;
    // Makes the calls: an empty string when done, else what went wrong (and nothing is left made).
    [[nodiscard]] virtual QString create() = 0;
    virtual void retranslate();
    // Shows the calls again: the subclass connects its own fields' changes to this.
    void updatePreview();
    // "What the key is for", said by the subclass ("set", "queue").
    void setKeyToolTip(const QString &text);

private:
    QRadioButton *m_keyRadio;
    QLineEdit *m_key;
    QRadioButton *m_privateRadio;
    QLabel *m_modeLabel;
    QLineEdit *m_mode;
    QLabel *m_preview;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
};

} // namespace app
