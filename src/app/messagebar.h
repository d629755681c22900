#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace app {

// A strip above the table that tells what went wrong (or what to know) without a modal box: the user
// reads it and goes on. It stays until closed or replaced.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // source names who said it, so that it can later take back only its own message.
    void showMessage(Kind kind, const QString &text, const QString &source = QString());
    void hideFrom(const QString &source);
    // A button on the current message that does what the message suggests; gone with the next message.
    void setAction(const QString &text, std::function<void()> action);
    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate(); // the bar's own labels; a message shown stays in the language it was written in

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_actionHandler;
    Kind m_kind = Kind::Information;
    QString m_source;
};

} // namespace app
