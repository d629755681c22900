#include "app/languagemenu.h"

#include <QActionGroup>
#include <QEvent>

namespace app {

using Choice = LanguageManager::Choice;

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent),
      m_system(addAction(QString())),
      m_english(addAction(QStringLiteral("English"))),
      m_chinese(addAction(QStringLiteral("简体中文")))
{
    setObjectName(QStringLiteral("menuLanguage"));
    m_system->setObjectName(QStringLiteral("actionLanguageSystem"));
    m_english->setObjectName(QStringLiteral("actionLanguageEnglish"));
    m_chinese->setObjectName(QStringLiteral("actionLanguageChinese"));
    auto *group = new QActionGroup(this);
    const std::pair<QAction *, Choice> choices[] = {
        {m_system, Choice::System}, {m_english, Choice::English}, {m_chinese, Choice::SimplifiedChinese}};
    for (const auto &[action, choice] : choices) {
        action->setCheckable(true);
        group->addAction(action);
        // A copy, not the binding itself: clang before 16 cannot capture a structured binding.
        connect(action, &QAction::triggered, this, [choice = choice] { LanguageManager::instance()->setChoice(choice); });
    }
    LanguageManager *manager = LanguageManager::instance();
    connect(manager, &LanguageManager::choiceChanged, this, &LanguageMenu::showChoice);
    showChoice(manager->choice());
    retranslate();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("&System default"));
}

void LanguageMenu::showChoice(Choice choice)
{
    m_system->setChecked(choice == Choice::System);
    m_english->setChecked(choice == Choice::English);
    m_chinese->setChecked(choice == Choice::SimplifiedChinese);
}

} // namespace app
