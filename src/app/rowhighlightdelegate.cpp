#include "rowhighlightdelegate.h"

#include <QPainter>

namespace app {

RowHighlightDelegate::RowHighlightDelegate(int ageRole, qint64 durationMs, QObject *parent)
    : QStyledItemDelegate(parent), m_ageRole(ageRole), m_durationMs(durationMs)
{
}

void RowHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const qint64 age = index.data(m_ageRole).toLongLong();
    if (age >= 0 && age < m_durationMs) {
        QColor colour(255, 200, 0); // amber reads as "changed" on light and dark palettes alike
        colour.setAlphaF(0.55f * float(1.0 - double(age) / double(m_durationMs)));
        painter->fillRect(option.rect, colour);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace app
