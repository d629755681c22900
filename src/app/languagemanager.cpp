#include "app/languagemanager.h"

#include "app/settings.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

namespace app {

namespace {

Q_LOGGING_CATEGORY(lcLanguage, "shmscope.gui.language")

} // namespace

LanguageManager *LanguageManager::instance()
{
    // A child of the application: it goes with it, and its translators are removed before it does.
    static QPointer<LanguageManager> manager;
    if (!manager)
        manager = new LanguageManager(QCoreApplication::instance());
    return manager;
}

LanguageManager::LanguageManager(QObject *parent) : QObject(parent)
{
    apply(Choice::System);
}

LanguageManager::Choice LanguageManager::language() const
{
    if (m_choice != Choice::System)
        return m_choice;
    return core::Translations::systemLanguage() == core::Translations::Language::SimplifiedChinese
               ? Choice::SimplifiedChinese
               : Choice::English;
}

void LanguageManager::setChoice(Choice choice)
{
    Settings().setLanguage(settingsValue(choice));
    apply(choice);
}

void LanguageManager::restoreChoice()
{
    const QString saved = Settings().language();
    const std::optional<Choice> choice = fromSettingsValue(saved);
    if (!choice && !saved.isEmpty())
        qCWarning(lcLanguage) << "ignoring the saved language" << saved << "(not system, en or zh_CN)";
    apply(choice.value_or(Choice::System));
}

QString LanguageManager::settingsValue(Choice choice)
{
    switch (choice) {
    case Choice::System: return QStringLiteral("system");
    case Choice::English: return QStringLiteral("en");
    case Choice::SimplifiedChinese: return QStringLiteral("zh_CN");
    }
    Q_UNREACHABLE();
}

std::optional<LanguageManager::Choice> LanguageManager::fromSettingsValue(const QString &value)
{
    for (const Choice choice : {Choice::System, Choice::English, Choice::SimplifiedChinese}) {
        if (value == settingsValue(choice))
            return choice;
    }
    return std::nullopt;
}

void LanguageManager::apply(Choice choice)
{
    const bool changed = choice != m_choice;
    m_choice = choice;
    core::Translations::instance().use(language() == Choice::SimplifiedChinese
                                           ? core::Translations::Language::SimplifiedChinese
                                           : core::Translations::Language::English);
    if (changed)
        emit choiceChanged(choice);
}

} // namespace app
