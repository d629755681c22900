#include "app/structs/layouteditordialog.h"

#include "core/layout/layoutlibrary.h"
#include "core/layout/structparser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace app {

LayoutEditorDialog::LayoutEditorDialog(const QString &name, const QString &cText, const QString &source,
                                       const QStringList &recent, QWidget *parent)
    : QDialog(parent),
      m_library(new QComboBox(this)),
      m_name(new QLineEdit(name, this)),
      m_text(new QPlainTextEdit(cText, this)),
      m_error(new QLabel(this)),
      m_libraryLabel(new QLabel(this)),
      m_nameLabel(new QLabel(this)),
      m_source(source)
{
    setObjectName(QStringLiteral("layoutEditor"));
    resize(640, 480);
    m_library->setObjectName(QStringLiteral("layoutLibrary"));
    m_library->addItem(core::StructParser::builtinName());
    for (const QString &entry : recent + core::LayoutLibrary::names()) {
        if (m_library->findText(entry) < 0)
            m_library->addItem(entry);
    }
    m_library->setCurrentText(name);
    m_name->setObjectName(QStringLiteral("layoutName"));
    m_text->setObjectName(QStringLiteral("layoutText"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_error->setObjectName(QStringLiteral("layoutError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    m_libraryLabel->setBuddy(m_library);
    m_nameLabel->setBuddy(m_name);
    form->addRow(m_libraryLabel, m_library);
    form->addRow(m_nameLabel, m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    m_openButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_saveButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("saveLayoutButton"));
    buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applyLayoutButton"));
    buttons->button(QDialogButtonBox::Apply)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_library, &QComboBox::textActivated, this, &LayoutEditorDialog::choose);
    connect(m_openButton, &QPushButton::clicked, this, &LayoutEditorDialog::openFile);
    connect(m_saveButton, &QPushButton::clicked, this, &LayoutEditorDialog::saveToLibrary);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { emit applyRequested(layoutName(), layoutText(), layoutSource()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void LayoutEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LayoutEditorDialog::retranslate()
{
    setWindowTitle(tr("Struct Layout"));
    setAccessibleName(tr("Struct layout"));
    m_library->setAccessibleName(tr("Saved layouts"));
    m_name->setAccessibleName(tr("Layout name"));
    m_text->setAccessibleName(tr("C declarations"));
    m_text->setPlaceholderText(tr("Paste C declarations: the last struct or union is the layout."));
    m_libraryLabel->setText(tr("&Library:"));
    m_nameLabel->setText(tr("&Name:"));
    m_openButton->setText(tr("&Open File…"));
    m_saveButton->setText(tr("&Save to Library"));
}

QString LayoutEditorDialog::layoutName() const
{
    return m_name->text().trimmed();
}

QString LayoutEditorDialog::layoutText() const
{
    return m_text->toPlainText();
}

QString LayoutEditorDialog::layoutSource() const
{
    return m_text->document()->isModified() ? layoutName() : m_source;
}

void LayoutEditorDialog::showText(const QString &source, const QString &name, const QString &cText)
{
    m_source = source;
    m_name->setText(name);
    m_text->setPlainText(cText); // not modified: read again from `source`
    m_error->clear();
}

void LayoutEditorDialog::showError(const QString &message)
{
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setText(message);
}

void LayoutEditorDialog::showNote(const QString &message)
{
    m_error->setStyleSheet(QString());
    m_error->setText(message);
}

void LayoutEditorDialog::choose(const QString &name)
{
    const auto text = core::LayoutLibrary::load(name);
    if (!text.ok()) {
        showError(text.error().message);
        return;
    }
    showText(name, name, text.value());
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
    showText(core::LayoutLibrary::source(path), core::LayoutLibrary::nameOf(path), text.value());
}

void LayoutEditorDialog::saveToLibrary()
{
    const auto saved = core::LayoutLibrary::save(layoutName(), layoutText());
    if (!saved.ok()) {
        showError(saved.error().message);
        return;
    }
    m_source = layoutName();
    m_text->document()->setModified(false);
    if (m_library->findText(layoutName()) < 0)
        m_library->addItem(layoutName());
    showNote(tr("Saved as %1.").arg(layoutName()));
}

} // namespace app
