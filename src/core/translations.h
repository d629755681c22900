#pragma once

#include <QTranslator>

namespace core {

// The translators of the program's languages: English is the source text; Simplified Chinese takes two,
// ours, built into the program (:/i18n/shmscope_zh_CN.qm, compiled into this library so that the command line
// has it without the window), and Qt's own (qtbase_zh_CN.qm) for the standard buttons and dialogs.
// Installing or removing them makes Qt send QEvent::LanguageChange to every widget: no restart.
//
// Translators belong to the whole application, so there is one set, made on first use.
class Translations
{
public:
    [[nodiscard]] static Translations &instance();

    // True when the system's locale asks for Chinese (zh_CN, zh_SG, zh_TW, zh_HK...: Simplified Chinese is the
    // nearest we have for all of them).
    [[nodiscard]] static bool systemIsChinese();
    // Installs the Chinese translators, or removes them for English.
    void useChinese(bool chinese);
    [[nodiscard]] bool chineseInstalled() const { return m_chineseInstalled; }

private:
    Translations() = default;

    QTranslator m_ours;
    QTranslator m_qt;
    bool m_chineseInstalled = false;
};

} // namespace core
