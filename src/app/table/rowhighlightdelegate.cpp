#include "app/table/rowhighlightdelegate.h"

#include "app/segment/changehighlight.h"

#include <QPainter>

namespace app {

RowHighlightDelegate::RowHighlightDelegate(int ageRole, qint64 durationMs, QObject *parent, int byUsRole)
    : QStyledItemDelegate(parent), m_ageRole(ageRole), m_durationMs(durationMs), m_byUsRole(byUsRole)
{
}

void RowHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const qint64 age = index.data(m_ageRole).toLongLong();
    if (age >= 0 && age < m_durationMs) {
        const bool byUs = m_byUsRole != NoRole && index.data(m_byUsRole).toBool();
        painter->fillRect(option.rect, changeHighlight(age, m_durationMs, m_highContrast, option.palette,
                                                       byUs ? ChangedBy::Us : ChangedBy::Others));
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace app
