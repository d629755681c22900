#pragma once

#include "app/languagemanager.h"

#include <QDialog>

class QTextBrowser;

namespace app {

// Help > ShmScope Guide (F1): a short guide to System V shared memory, the four calls, the lesson and the
// call log, built into the program as HTML (resources/help/guide_en.html, guide_zh_CN.html). It is shown
// in the language the window speaks and follows it when the language changes. One guide a window: asking
// again raises the one already open, so that the reader keeps their place.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    // The guide in a language: ":/help/guide_en.html" or ":/help/guide_zh_CN.html".
    [[nodiscard]] static QString guideFile(LanguageManager::Choice language);
    [[nodiscard]] QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTextBrowser *m_browser;
};

} // namespace app
