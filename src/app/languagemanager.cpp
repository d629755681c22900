#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>

namespace app {

namespace {

Q_LOGGING_CATEGORY(lcLanguage, "shmscope.gui.language")

const QString SettingsKey = QStringLiteral("language");

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
    // zh_CN, zh_SG, zh_TW, zh_HK...: Simplified Chinese is the nearest we have for all of them.
    return QLocale::system().language() == QLocale::Chinese ? Choice::SimplifiedChinese : Choice::English;
}

void LanguageManager::setChoice(Choice choice)
{
    QSettings().setValue(SettingsKey, settingsValue(choice));
    apply(choice);
}

void LanguageManager::restoreChoice()
{
    const QString saved = QSettings().value(SettingsKey).toString();
    const std::optional<Choice> choice = fromSettingsValue(saved);
    if (!choice && !saved.isEmpty())
        qCWarning(lcLanguage) << "ignoring the saved language" << saved << "(not system, en or zh_CN)";
    apply(choice.value_or(Choice::System));
}

void LanguageManager::useSystemLanguage()
{
    apply(Choice::System);
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
    const bool chinese = language() == Choice::SimplifiedChinese;
    if (chinese && !m_chineseInstalled) {
        // Ours is built into the program: failing to load it is a broken build, not a missing package.
        if (!m_ours.load(QStringLiteral(":/i18n/shmscope_zh_CN.qm")))
            qCWarning(lcLanguage) << "the Chinese translation is missing from the program (:/i18n/shmscope_zh_CN.qm)";
        const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!m_qt.load(QStringLiteral("qtbase_zh_CN"), qtFolder))
            qCWarning(lcLanguage) << "Qt's own Chinese texts (qtbase_zh_CN.qm) are not in" << qtFolder
                                  << "- install the Debian package qt6-translations-l10n";
        QCoreApplication::installTranslator(&m_qt);
        QCoreApplication::installTranslator(&m_ours);
        m_chineseInstalled = true;
    } else if (!chinese && m_chineseInstalled) {
        QCoreApplication::removeTranslator(&m_ours);
        QCoreApplication::removeTranslator(&m_qt);
        m_chineseInstalled = false;
    }
    if (changed)
        emit choiceChanged(choice);
}

} // namespace app
