#include "app/structs/structdelegate.h"

#include "app/structs/structmodel.h"

#include <QComboBox>

using core::StructField;

namespace app {

StructDelegate::StructDelegate(QObject *parent)
    : RowHighlightDelegate(StructModel::HighlightAgeRole, StructModel::HighlightMs, parent,
                           StructModel::ChangedByUsRole)
{
}

QWidget *StructDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const auto *model = qobject_cast<const StructModel *>(index.model());
    const StructField *field = model ? model->fieldAt(index) : nullptr;
    if (!field || (field->kind != StructField::Kind::Enum && field->kind != StructField::Kind::Bool))
        return RowHighlightDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Value of %1").arg(field->displayName()));
    if (field->kind == StructField::Kind::Bool) {
        combo->addItems({QStringLiteral("false"), QStringLiteral("true")});
    } else {
        // A value no enumerator names can still be typed as a number.
        combo->setEditable(true);
        for (const core::Enumerator &e : field->enumerators)
            combo->addItem(e.name);
    }
    return combo;
}

void StructDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentText(index.data(Qt::EditRole).toString());
    else
        RowHighlightDelegate::setEditorData(editor, index);
}

void StructDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentText());
    else
        RowHighlightDelegate::setModelData(editor, model, index);
}

} // namespace app
