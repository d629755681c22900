#include "app/messagebar.h"

#include "app/colourmix.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace app {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_text(new QLabel(this)),
      m_action(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        const auto handler = m_actionHandler; // the handler may show a new message, which clears it
        hide();
        if (handler)
            handler();
    });
    m_expiry.setSingleShot(true);
    m_expiry.setInterval(InformationMs);
    connect(&m_expiry, &QTimer::timeout, this, &MessageBar::expire);
    hide();
    retranslate();
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void MessageBar::retranslate()
{
    setAccessibleName(tr("Messages"));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    if (isHidden())
        return;
    // The widget that said a message may have said it again already, in the new language: Qt tells the parent
    // of a language switch before its children.
    const auto language = core::Translations::instance().language();
    if (m_writer) {
        m_text->setText(m_writer());
        setAccessibleDescription(m_text->text());
    } else if (m_language != language) {
        hide();
    }
    m_language = language;
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &source)
{
    showMessage(kind, [text] { return text; }, source);
    m_writer = nullptr; // nothing can say it in another language
}

void MessageBar::showMessage(Kind kind, std::function<QString()> text, const QString &source)
{
    m_kind = kind;
    m_source = source;
    m_writer = std::move(text);
    m_language = core::Translations::instance().language();
    m_action->hide();
    m_actionHandler = nullptr;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint = palette().color(QPalette::Highlight);
    switch (kind) {
    case Kind::Information: break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(230, 160, 0);
        break;
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(220, 50, 47);
        break;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(iconSize, iconSize));
    // Tinted from the palette around the bar (its own holds the last message's tint), so that it reads in light
    // and dark themes.
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    pal.setColor(QPalette::Window, colourMix(pal.color(QPalette::Window), tint, 0.2f));
    setPalette(pal);
    m_text->setText(m_writer());
    setAccessibleDescription(m_text->text());
    if (kind == Kind::Information)
        m_expiry.start();
    else
        m_expiry.stop();
    show();
}

void MessageBar::setAction(const QString &text, std::function<void()> action)
{
    m_actionHandler = std::move(action);
    m_action->setText(text);
    m_action->show();
    m_expiry.stop();
}

void MessageBar::expire()
{
    if (underMouse())
        m_expiry.start(); // being read, or about to be selected and copied
    else
        hide();
}

void MessageBar::hideFrom(const QString &source)
{
    if (m_source == source)
        hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace app
