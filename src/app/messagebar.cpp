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
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &source)
{
    m_kind = kind;
    m_source = source;
    m_action->hide();
    m_actionHandler = nullptr;
    const bool error = kind == Kind::Error;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()
                          ->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation)
                          .pixmap(iconSize, iconSize));
    // Tinted from the palette's own colours, so the bar reads in light and dark themes.
    QPalette pal = palette();
    const QColor base = pal.color(QPalette::Window);
    const QColor tint = error ? QColor(220, 50, 47) : pal.color(QPalette::Highlight);
    pal.setColor(QPalette::Window, colourMix(base, tint, 0.2f));
    setPalette(pal);
    m_text->setText(text);
    setAccessibleDescription(text);
    show();
}

void MessageBar::setAction(const QString &text, std::function<void()> action)
{
    m_actionHandler = std::move(action);
    m_action->setText(text);
    m_action->show();
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
