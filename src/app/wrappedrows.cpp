#include "app/wrappedrows.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace app {

WrappedRows::WrappedRows(QTableView *view) : QObject(view), m_view(view), m_viewport(view->viewport())
{
    Q_ASSERT(view->model());
    m_view->setWordWrap(true);
    const QAbstractItemModel *model = m_view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &WrappedRows::schedule);
    connect(model, &QAbstractItemModel::modelReset, this, &WrappedRows::schedule);
    connect(model, &QAbstractItemModel::dataChanged, this, &WrappedRows::schedule);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &WrappedRows::schedule);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, &WrappedRows::schedule);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
}

void WrappedRows::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &WrappedRows::fit);
}

void WrappedRows::fit()
{
    m_scheduled = false;
    if (m_fitting || !m_view->isVisible())
        return;
    m_fitting = true;
    QHeaderView *rows = m_view->verticalHeader();
    const int standard = rows->defaultSectionSize();
    // A row made higher pushes the ones below it off screen, and one made lower pulls more in: go down
    // the screen from the first row shown until the rows sized fill it.
    const int first = std::max(0, m_view->rowAt(0));
    const int height = m_view->viewport()->height();
    int top = m_view->rowViewportPosition(first);
    for (int row = first; row < m_view->model()->rowCount() && top < height; ++row) {
        if (m_view->isRowHidden(row))
            continue;
        // QTableView measures a wrapped cell at its column's width (public through the base class only). No
        // row is made higher than the screen: one that is can never be seen whole, and its text is elided.
        const int wrapped = static_cast<QAbstractItemView *>(m_view)->sizeHintForRow(row);
        const int wanted = std::max(standard, std::min(wrapped, height));
        if (rows->sectionSize(row) != wanted)
            rows->resizeSection(row, wanted);
        top += wanted;
    }
    m_fitting = false;
}

bool WrappedRows::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_viewport && event->type() == QEvent::Resize)
        || (watched == m_view && (event->type() == QEvent::FontChange || event->type() == QEvent::Show)))
        schedule();
    return QObject::eventFilter(watched, event);
}

} // namespace app
