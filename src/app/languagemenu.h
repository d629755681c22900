#pragma once

#include "app/languagemanager.h"

#include <QMenu>

class QAction;

namespace app {

// View > Language: "System default", "English", "简体中文", one of them checked. Picking one switches the
// whole program at once (LanguageManager); each language is named in itself, so that someone who cannot
// read the current one still finds their own.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showChoice(LanguageManager::Choice choice);

    QAction *m_system;
    QAction *m_english;
    QAction *m_chinese;
};

} // namespace app
