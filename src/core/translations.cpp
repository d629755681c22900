#include "core/translations.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

#include <limits>

namespace core {

namespace {

// Ours are built into the program: failing to load one is a broken build, not a missing package.
void loadOurs(QTranslator &translator, const QString &file)
{
    if (!translator.load(file))
        qCWarning(lcCore) << "a translation is missing from the program:" << file;
}

} // namespace

Translations &Translations::instance()
{
    static Translations translations;
    return translations;
}

Translations::Language Translations::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? Language::SimplifiedChinese : Language::English;
}

void Translations::use(Language language)
{
    if (m_installed == language)
        return;
    if (m_installed == Language::English) {
        QCoreApplication::removeTranslator(&m_english);
    } else if (m_installed == Language::SimplifiedChinese) {
        QCoreApplication::removeTranslator(&m_chinese);
        QCoreApplication::removeTranslator(&m_qtChinese);
    }
    if (language == Language::English) {
        if (m_english.isEmpty())
            loadOurs(m_english, QStringLiteral(":/i18n/shmscope_en.qm"));
        QCoreApplication::installTranslator(&m_english);
    } else {
        if (m_chinese.isEmpty()) {
            loadOurs(m_chinese, QStringLiteral(":/i18n/shmscope_zh_CN.qm"));
            const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
            if (!m_qtChinese.load(QStringLiteral("qtbase_zh_CN"), qtFolder))
                qCWarning(lcCore) << "Qt's own Chinese texts (qtbase_zh_CN.qm) are not in" << qtFolder
                                  << "- install the Debian package qt6-translations-l10n";
        }
        QCoreApplication::installTranslator(&m_qtChinese);
        QCoreApplication::installTranslator(&m_chinese);
    }
    m_installed = language;
}

int Translations::numerus(quint64 count)
{
    constexpr quint64 Digits = 1'000'000'000;
    if (count <= quint64(std::numeric_limits<int>::max()))
        return int(count);
    return int(Digits + count % Digits);
}

} // namespace core
