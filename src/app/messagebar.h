#pragma once

#include "core/translations.h"

#include <QFrame>
#include <QTimer>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QToolButton;

namespace app {

// A strip above the table that tells what went wrong (or what to know) without a modal box: the user
// reads it and goes on. A new message replaces the one shown. An information goes away by itself after
// InformationMs; a warning (a condition that holds, such as a fallback the refresh takes) and an error stay
// until closed, or until their source takes them back when the cause is gone.
//
// A language switch says a message again in the new language when it was given as a function that writes
// it; a message given as text is taken away then (its source says it again if it still holds).
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };
    // Long enough to read two lines; the pointer resting on the bar keeps it.
    static constexpr int InformationMs = 8000;

    explicit MessageBar(QWidget *parent = nullptr);

    // source names who said it, so that it can later take back only its own message.
    void showMessage(Kind kind, const QString &text, const QString &source = QString());
    // `text` writes the message in the language of the moment: now, and again after each language switch.
    void showMessage(Kind kind, std::function<QString()> text, const QString &source = QString());
    void hideFrom(const QString &source);
    // A button on the current message that does what the message suggests; gone with the next message.
    // The message then waits for it, whatever its kind.
    void setAction(const QString &text, std::function<void()> action);
    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate(); // the bar's own labels, and the message as said above
    void expire();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_actionHandler;
    Kind m_kind = Kind::Information;
    QString m_source;
    std::function<QString()> m_writer; // empty for a message given as text
    std::optional<core::Translations::Language> m_language; // the message's
    QTimer m_expiry;
};

} // namespace app
