#pragma once

#include <QStyledItemDelegate>

namespace app {

// Paints a row that was just inserted or changed with a highlight that fades out, so that a change made
// by another process catches the eye without a popup.
class RowHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace app
