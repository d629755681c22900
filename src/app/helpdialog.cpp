#include "app/helpdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace app {

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 640);
    retranslate();
}

QString HelpDialog::guideFile(LanguageManager::Choice language)
{
    return language == LanguageManager::Choice::SimplifiedChinese ? QStringLiteral(":/help/guide_zh_CN.html")
                                                                  : QStringLiteral(":/help/guide_en.html");
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void HelpDialog::retranslate()
{
    setWindowTitle(tr("ShmScope Guide"));
    m_browser->setAccessibleName(tr("Guide"));
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guideFile(LanguageManager::instance()->language())));
}

} // namespace app
