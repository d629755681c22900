#include "app/helpdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace app {

namespace {
const QString DialogName = QStringLiteral("helpDialog");
} // namespace

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(DialogName);
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

HelpDialog *HelpDialog::showFor(QWidget *window)
{
    auto *dialog = window->findChild<HelpDialog *>(DialogName, Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new HelpDialog(window);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
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
