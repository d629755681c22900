#pragma once

#include "app/table/rowhighlightdelegate.h"

namespace app {

// Edits a field's value with the editor its type wants: a list of names for an enum, true/false for a
// bool, text for the rest (the model checks and converts it). Changed fields fade like changed rows.
class StructDelegate : public RowHighlightDelegate
{
    Q_OBJECT

public:
    explicit StructDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace app
