#include "layouteditordialog.h"

#include "layoutlibrary.h"
#include "structparser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace app {

LayoutEditorDialog::LayoutEditorDialog(const QString &name, const QString &cText, QWidget *parent)
    : QDialog(parent),
      m_library(new QComboBox(this)),
      m_name(new QLineEdit(name, this)),
      m_text(new QPlainTextEdit(cText, this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("layoutEditor"));
    setWindowTitle(tr("Struct Layout"));
    setAccessibleName(tr("Struct layout"));
    resize(640, 480);
    m_library->setObjectName(QStringLiteral("layoutLibrary"));
    m_library->setAccessibleName(tr("Saved layouts"));
    m_library->addItem(core::StructParser::builtinName());
    const QStringList recent = core::LayoutLibrary::recent();
    for (const QString &entry : recent + core::LayoutLibrary::names()) {
        if (m_library->findText(entry) < 0)
            m_library->addItem(entry);
    }
    m_library->setCurrentText(name);
    m_name->setObjectName(QStringLiteral("layoutName"));
    m_name->setAccessibleName(tr("Layout name"));
    m_text->setObjectName(QStringLiteral("layoutText"));
    m_text->setAccessibleName(tr("C declarations"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("Paste C declarations: the last struct or union is the layout."));
    m_error->setObjectName(QStringLiteral("layoutError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Library:"), m_library);
    form->addRow(tr("&Name:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    QPushButton *open = buttons->addButton(tr("&Open File…"), QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("&Save to Library"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveLayoutButton"));
    buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applyLayoutButton"));
    buttons->button(QDialogButtonBox::Apply)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_library, &QComboBox::textActivated, this, &LayoutEditorDialog::choose);
    connect(open, &QPushButton::clicked, this, &LayoutEditorDialog::openFile);
    connect(save, &QPushButton::clicked, this, &LayoutEditorDialog::saveToLibrary);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { emit applyRequested(layoutName(), layoutText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString LayoutEditorDialog::layoutName() const
{
    return m_name->text().trimmed();
}

QString LayoutEditorDialog::layoutText() const
{
    return m_text->toPlainText();
}

void LayoutEditorDialog::showError(const QString &message)
{
    m_error->setText(message);
}

void LayoutEditorDialog::choose(const QString &name)
{
    const auto text = core::LayoutLibrary::load(name);
    if (!text.ok()) {
        showError(text.error().message);
        return;
    }
    m_name->setText(name);
    m_text->setPlainText(text.value());
    m_error->clear();
}

void LayoutEditorDialog::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Layout"), QString(), tr("C headers (*.h);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto text = core::LayoutLibrary::load(path);
    if (!text.ok()) {
        showError(text.error().message);
        return;
    }
    m_name->setText(QFileInfo(path).completeBaseName());
    m_text->setPlainText(text.value());
    m_error->clear();
}

void LayoutEditorDialog::saveToLibrary()
{
    const auto saved = core::LayoutLibrary::save(layoutName(), layoutText());
    if (!saved.ok()) {
        showError(saved.error().message);
        return;
    }
    if (m_library->findText(layoutName()) < 0)
        m_library->addItem(layoutName());
    m_error->setText(tr("Saved as %1.").arg(layoutName()));
}

} // namespace app
