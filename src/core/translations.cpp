#include "core/translations.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace core {

Translations &Translations::instance()
{
    static Translations translations;
    return translations;
}

bool Translations::systemIsChinese()
{
    return QLocale::system().language() == QLocale::Chinese;
}

void Translations::useChinese(bool chinese)
{
    if (chinese && !m_chineseInstalled) {
        // Ours is built into the program: failing to load it is a broken build, not a missing package.
        if (!m_ours.load(QStringLiteral(":/i18n/shmscope_zh_CN.qm")))
            qCWarning(lcCore) << "the Chinese translation is missing from the program (:/i18n/shmscope_zh_CN.qm)";
        const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!m_qt.load(QStringLiteral("qtbase_zh_CN"), qtFolder))
            qCWarning(lcCore) << "Qt's own Chinese texts (qtbase_zh_CN.qm) are not in" << qtFolder
                              << "- install the Debian package qt6-translations-l10n";
        QCoreApplication::installTranslator(&m_qt);
        QCoreApplication::installTranslator(&m_ours);
        m_chineseInstalled = true;
    } else if (!chinese && m_chineseInstalled) {
        QCoreApplication::removeTranslator(&m_ours);
        QCoreApplication::removeTranslator(&m_qt);
        m_chineseInstalled = false;
    }
}

} // namespace core
