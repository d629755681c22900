#include "app/table/ipccreatedialog.h"

#include "core/inputparser.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace app {

IpcCreateDialog::IpcCreateDialog(QWidget *parent)
    : QDialog(parent), m_keyRadio(new QRadioButton(this)), m_key(new QLineEdit(this)),
      m_privateRadio(new QRadioButton(this)), m_modeLabel(new QLabel(this)), m_mode(new QLineEdit(this)),
      m_preview(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_form(new QFormLayout)
{
    m_keyRadio->setObjectName(QStringLiteral("keyRadio"));
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_privateRadio->setObjectName(QStringLiteral("privateRadio"));
    m_mode->setObjectName(QStringLiteral("modeEdit"));
    m_preview->setObjectName(QStringLiteral("callPreview"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_keyRadio->setChecked(true);
    // The lesson's key: a set made with it pairs with the lesson's segment, the lock that guards it.
    m_key->setText(QStringLiteral("0x1234"));
    m_mode->setText(QStringLiteral("600"));
    m_mode->setMaxLength(4);
    m_modeLabel->setBuddy(m_mode);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setFont(QFont(QStringLiteral("monospace")));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));

    m_form->addRow(m_keyRadio, m_key);
    m_form->addRow(m_privateRadio);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    auto *modeForm = new QFormLayout;
    modeForm->addRow(m_modeLabel, m_mode);
    layout->addLayout(modeForm);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_key->selectAll();
    m_key->setFocus();

    connect(m_keyRadio, &QRadioButton::toggled, m_key, &QWidget::setEnabled);
    connect(m_keyRadio, &QRadioButton::toggled, this, &IpcCreateDialog::updatePreview);
    for (QLineEdit *edit : {m_key, m_mode})
        connect(edit, &QLineEdit::textChanged, this, &IpcCreateDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IpcCreateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IpcCreateDialog::reject);
}

void IpcCreateDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void IpcCreateDialog::retranslate()
{
    m_keyRadio->setText(tr("&Key:"));
    m_keyRadio->setAccessibleName(tr("Use a key"));
    m_key->setPlaceholderText(tr("0x1234 or 4660"));
    m_key->setAccessibleName(tr("Key"));
    m_privateRadio->setText(tr("&Private (IPC_PRIVATE): no key; share the id instead"));
    m_modeLabel->setText(tr("&Mode (octal):"));
    m_mode->setAccessibleName(tr("Mode in octal"));
    m_mode->setToolTip(tr("Permission bits in octal: 600 for the owner alone, 660 for the group too."));
    m_preview->setAccessibleName(tr("The calls that will be made"));
    m_error->setAccessibleName(tr("Problem"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    updatePreview();
}

void IpcCreateDialog::setKeyToolTip(const QString &text)
{
    m_key->setToolTip(text);
}

std::variant<IpcCreateDialog::KeyAndMode, QString> IpcCreateDialog::readKeyAndMode() const
{
    KeyAndMode request;
    if (m_keyRadio->isChecked()) {
        const auto key = core::InputParser::key(m_key->text());
        if (!key.ok())
            return key.error().message;
        if (key.value() == 0)
            return tr("Key 0 is IPC_PRIVATE: choose \"Private\", or another key.");
        request.key = key.value();
    }
    const auto mode = core::InputParser::mode(m_mode->text());
    if (!mode.ok())
        return mode.error().message;
    request.mode = mode.value();
    return request;
}

void IpcCreateDialog::updatePreview()
{
    const auto calls = preview();
    if (calls.index() == 0) {
        m_preview->setText(std::get<0>(calls));
        m_error->clear();
    } else {
        m_preview->setText(QStringLiteral("…"));
    }
}

void IpcCreateDialog::accept()
{
    const auto calls = preview();
    if (calls.index() == 1) {
        m_error->setText(std::get<1>(calls));
        return;
    }
    if (const QString problem = create(); !problem.isEmpty()) {
        m_error->setText(problem);
        return;
    }
    QDialog::accept();
}

} // namespace app
