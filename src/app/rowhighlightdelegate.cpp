#include "rowhighlightdelegate.h"

#include "segmenttablemodel.h"

#include <QPainter>

namespace app {

void RowHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const qint64 age = index.data(SegmentTableModel::HighlightAgeRole).toLongLong();
    if (age >= 0 && age < SegmentTableModel::HighlightMs) {
        QColor colour(255, 200, 0); // amber reads as "changed" on light and dark palettes alike
        colour.setAlphaF(0.55f * float(1.0 - double(age) / double(SegmentTableModel::HighlightMs)));
        painter->fillRect(option.rect, colour);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace app
