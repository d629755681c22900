#pragma once

#include <QObject>

#include <optional>

namespace app {

// The language the window speaks: English (the source text) or Simplified Chinese, chosen from the
// system's locale unless the user picked one in View > Language. The translators themselves are
// core::Translations (the command line uses them too); this adds the choice, remembered, and a signal.
//
// There is one manager, made on first use.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    enum class Choice { System, English, SimplifiedChinese };
    Q_ENUM(Choice)

    [[nodiscard]] static LanguageManager *instance();

    [[nodiscard]] Choice choice() const { return m_choice; }
    // English or SimplifiedChinese: what System comes to on this machine, or the choice itself.
    [[nodiscard]] Choice language() const;
    // Switches now and remembers the choice (in Settings) for the next start.
    void setChoice(Choice choice);
    // At start: the remembered choice, or System when none is.
    void restoreChoice();

    // The saved value of a choice ("system", "en", "zh_CN"), and back; nullopt for a value we never write.
    [[nodiscard]] static QString settingsValue(Choice choice);
    [[nodiscard]] static std::optional<Choice> fromSettingsValue(const QString &value);

signals:
    void choiceChanged(app::LanguageManager::Choice choice);

private:
    explicit LanguageManager(QObject *parent);
    void apply(Choice choice);

    Choice m_choice = Choice::System;
};

} // namespace app
