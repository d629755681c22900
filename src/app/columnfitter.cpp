#include "app/columnfitter.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolTip>

namespace app {

ColumnFitter::ColumnFitter(QAbstractItemView *view, QHeaderView *header)
    : QObject(view), m_view(view), m_header(header), m_viewport(view->viewport()),
      m_headerViewport(header->viewport())
{
    Q_ASSERT(view->model());
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_header->setStretchLastSection(false);
    // sizeHintForColumn() measures the rows on screen only (a tree's precision is its header's, a table's
    // its vertical header's).
    m_header->setResizeContentsPrecision(0);
    if (auto *table = qobject_cast<QTableView *>(view))
        table->verticalHeader()->setResizeContentsPrecision(0);

    const QAbstractItemModel *model = m_view->model();
    // Rows come and go seldom: fitted at once, so that no row is ever seen cut. Values change on every
    // tick: their fits are gathered into one.
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::scheduleFit);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFitter::scheduleFit);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ColumnFitter::scheduleFit);
    connect(m_header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (m_fitting)
            return;
        if (m_dragging && size > 0) {
            m_chosen.insert(column, size);
            emit chosenWidthsChanged();
        }
        scheduleFit(); // a column shown again, or the spare width to give again
    });
    connect(m_header, &QHeaderView::sectionHandleDoubleClicked, this, [this](int column) {
        if (m_chosen.remove(column) > 0)
            emit chosenWidthsChanged();
        fit();
    });
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_header->viewport()->installEventFilter(this);
    scheduleFit();
}

void ColumnFitter::setSpareColumn(int column, Overflow overflow)
{
    m_spareColumn = column;
    m_overflow = overflow;
    scheduleFit();
}

void ColumnFitter::setChosenWidths(const QMap<int, int> &widths)
{
    m_chosen = widths;
    fit();
}

void ColumnFitter::scheduleFit()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &ColumnFitter::fit);
}

int ColumnFitter::neededWidth(int column) const
{
    return std::max(m_header->sectionSizeHint(column), m_view->sizeHintForColumn(column));
}

void ColumnFitter::fit()
{
    m_scheduled = false;
    // Hidden, a table measures every row: it is fitted when shown.
    if (!m_view->isVisible() || m_dragging || m_fitting)
        return;
    m_fitting = true;
    m_header->setStretchLastSection(false); // a header state restored from an older run may stretch it
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int column = m_header->logicalIndex(visual);
        if (!m_header->isSectionHidden(column))
            m_header->resizeSection(column, m_chosen.value(column, neededWidth(column)));
    }
    m_fittedHeight = m_view->viewport()->height();
    m_fittedTaker = spareTaker();
    m_fittedTakerWidth = m_fittedTaker >= 0 ? m_header->sectionSize(m_fittedTaker) : 0;
    giveSpare(m_fittedTaker);
    m_fitting = false;
}

int ColumnFitter::spareTaker() const
{
    if (m_spareColumn >= 0 && !m_header->isSectionHidden(m_spareColumn) && !m_chosen.contains(m_spareColumn))
        return m_spareColumn;
    for (int visual = m_header->count() - 1; visual >= 0; --visual) {
        const int column = m_header->logicalIndex(visual);
        if (!m_header->isSectionHidden(column) && !m_chosen.contains(column))
            return column;
    }
    return -1;
}

void ColumnFitter::giveSpare(int taker)
{
    // Too wide for the view: the spare column gives up its overflow, down to its header, and its longest
    // values show elided (a log's long lines, a comment), so that the columns after it stay in view; or,
    // scrolling, it keeps the width its cells need.
    const int spare = m_view->viewport()->width() - m_header->length();
    if (taker < 0 || spare == 0)
        return;
    const bool keepsItsWidth = taker == m_spareColumn && m_overflow == Overflow::Scroll;
    const int least = keepsItsWidth ? m_fittedTakerWidth : m_header->sectionSizeHint(taker);
    m_header->resizeSection(taker, std::max(m_header->sectionSize(taker) + spare, least));
}

// A resized viewport changes the spare width only: the columns are not measured again there. The cells
// measured are those on screen, and a scroll bar that comes or goes changes which rows those are: measured
// from within the resize, a bar shown took rows off the screen, narrower columns were measured, the bar
// went, the rows came back, wider columns were measured, the bar came back... for ever, inside one pass of
// the event loop (the struct pane of a 512-byte object froze the window). The measuring waits for what
// changes the cells (values, rows, a scroll, a font), and a resize never feeds back into it; but for one
// that shows rows never measured: a view fitted while squeezed to its first row (a splitter still laying
// out) measured that row only, and the rows it shows once taller were cut ("…" for a name longer than the
// first). It is measured again, after the resize, only when taller than at its last fit: a scroll bar that
// comes after that fit makes it shorter, so the loop above cannot start.
void ColumnFitter::fitToViewport()
{
    if (!m_view->isVisible() || m_dragging || m_fitting)
        return;
    if (m_view->viewport()->height() > m_fittedHeight)
        scheduleFit();
    const int taker = spareTaker();
    if (taker != m_fittedTaker) {
        fit();
        return;
    }
    m_fitting = true;
    giveSpare(taker);
    m_fitting = false;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_headerViewport) {
        if (event->type() == QEvent::MouseButtonPress)
            m_dragging = true;
        else if (event->type() == QEvent::MouseButtonRelease) {
            m_dragging = false;
            scheduleFit();
        }
    } else if (watched == m_viewport) {
        if (event->type() == QEvent::Resize)
            fitToViewport();
        else if (event->type() == QEvent::ToolTip && showWholeValue(event))
            return true;
    } else if (watched == m_view
               && (event->type() == QEvent::FontChange || event->type() == QEvent::Show
                   || event->type() == QEvent::StyleChange)) {
        fit();
        scheduleFit(); // once more after the header, a child, has taken the new font too
    }
    return QObject::eventFilter(watched, event);
}

// A cell narrower than its text shows it elided: the tooltip gives it whole, before the model's own tip.
bool ColumnFitter::showWholeValue(QEvent *event)
{
    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect rect = m_view->visualRect(index);
    if (text.isEmpty() || m_view->sizeHintForIndex(index).width() <= rect.width())
        return false;
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QToolTip::showText(help->globalPos(), tip.isEmpty() ? text : text + QStringLiteral("\n\n") + tip,
                       m_view->viewport(), rect);
    return true;
}

} // namespace app
