#pragma once

#include <QTranslator>

#include <optional>

namespace core {

// The translators of the program's languages, built into the program (:/i18n/*.qm, compiled into this library
// so that the command line has them without the window). English is the source text, but it takes a
// translator too: a count is written once, as "%n segment(s)", and shmscope_en.qm gives its English forms,
// "1 segment" and "2 segments". Simplified Chinese takes ours and Qt's own (qtbase_zh_CN.qm) for the standard
// buttons and dialogs. Installing or removing them makes Qt send QEvent::LanguageChange to every widget: no
// restart.
//
// Translators belong to the whole application, so there is one set, made on first use.
class Translations
{
public:
    enum class Language { English, SimplifiedChinese };

    [[nodiscard]] static Translations &instance();

    // Simplified Chinese when the system's locale asks for Chinese (zh_CN, zh_SG, zh_TW, zh_HK...: it is the
    // nearest we have for all of them), English otherwise.
    [[nodiscard]] static Language systemLanguage();
    // Installs the translators of this language and removes the other's.
    void use(Language language);
    // The language installed last; nullopt before the first use().
    [[nodiscard]] std::optional<Language> language() const { return m_installed; }

    // tr()'s count is an int, sizes are not: a count past INT_MAX becomes one with the same plural form (same
    // last nine digits, still more than one), for tr("... %1 byte(s) ...", nullptr, numerus(size)).arg(size).
    [[nodiscard]] static int numerus(quint64 count);

private:
    Translations() = default;

    QTranslator m_english;
    QTranslator m_chinese;
    QTranslator m_qtChinese;
    std::optional<Language> m_installed;
};

} // namespace core
