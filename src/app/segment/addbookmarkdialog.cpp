#include "app/segment/addbookmarkdialog.h"

#include "core/segments/segmentformat.h"

#include <QButtonGroup>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

namespace app {

namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

} // namespace

AddBookmarkDialog::AddBookmarkDialog(quint64 offset, quint64 size, const QString &name, const QString &colour,
                                     const QStringList &presets, Adder add, QWidget *parent)
    : QDialog(parent),
      m_offset(offset),
      m_size(size),
      m_add(std::move(add)),
      m_name(new QLineEdit(name, this)),
      m_swatches(new QButtonGroup(this)),
      m_other(new QToolButton(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("addBookmarkDialog"));
    setWindowTitle(tr("Add Bookmark"));
    m_name->setObjectName(QStringLiteral("bookmarkName"));
    m_name->selectAll();
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *colours = new QHBoxLayout;
    for (const QString &preset : presets) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("swatch%1").arg(preset.mid(1)));
        button->setCheckable(true);
        button->setIcon(swatch(QColor(preset)));
        button->setToolTip(preset);
        button->setAccessibleName(tr("Colour %1").arg(preset));
        m_swatches->addButton(button);
        colours->addWidget(button);
        connect(button, &QToolButton::clicked, this, [this, preset] { setColour(preset); });
    }
    m_other->setObjectName(QStringLiteral("otherColourButton"));
    m_other->setText(tr("Other Colour…"));
    m_other->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_other->setCheckable(true);
    m_swatches->addButton(m_other);
    colours->addWidget(m_other);
    colours->addStretch(1);
    connect(m_other, &QToolButton::clicked, this, &AddBookmarkDialog::chooseOtherColour);

    auto *form = new QFormLayout;
    //: Where the new bookmark is: "0x10 to 0x13 (4 bytes)".
    auto *range = new QLabel(tr("0x%1 to 0x%2 (%3)")
                                 .arg(offset, 0, 16)
                                 .arg(offset + size - 1, 0, 16)
                                 .arg(core::SegmentFormat::byteCount(size)),
                             this);
    range->setObjectName(QStringLiteral("bookmarkRange"));
    form->addRow(tr("Bytes:"), range);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Colour:"), colours);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddBookmarkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddBookmarkDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setColour(colour);
}

void AddBookmarkDialog::setColour(const QString &colour)
{
    m_colour = colour;
    auto *preset = findChild<QToolButton *>(QStringLiteral("swatch%1").arg(colour.mid(1)));
    QAbstractButton *checked = preset && preset != m_other ? preset : m_other;
    checked->setChecked(true);
    // Another colour shows on the Other button itself.
    m_other->setIcon(checked == m_other ? swatch(QColor(colour)) : QIcon());
}

void AddBookmarkDialog::chooseOtherColour()
{
    const QColor chosen = QColorDialog::getColor(QColor(m_colour), this, tr("Bookmark Colour"));
    setColour(chosen.isValid() ? chosen.name() : m_colour); // cancelled: as it was
}

void AddBookmarkDialog::accept()
{
    const auto added = m_add(core::Bookmark{m_name->text(), m_offset, m_size, m_colour});
    if (!added.ok()) {
        m_error->setText(added.error().message);
        m_error->show();
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace app
