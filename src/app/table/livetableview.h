#pragma once

#include <QAbstractItemDelegate>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace app::livetableview {

// What the tables of a kind of object beside the segments share: rows selected whole, several at once,
// alternate rows shaded, one line a row, the actions added to the view as its context menu, no row numbers,
// the rows of `source` shown through `proxy` (sorted by `sortColumn` at first), changes lit by `delegate`, and
// columns the user may move.
inline void setUp(QTableView *view, QSortFilterProxyModel *proxy, QAbstractItemModel *source,
                  QAbstractItemDelegate *delegate, int sortColumn)
{
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->verticalHeader()->setVisible(false);
    proxy->setSourceModel(source);
    view->setModel(proxy);
    view->setItemDelegate(delegate);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::AscendingOrder);
    view->horizontalHeader()->setSectionsMovable(true);
}

// Selects row `sourceRow` of the source model and scrolls to it; false when the proxy does not show it (the
// filter hides it, or the row is not there).
inline bool selectSourceRow(QTableView *view, const QSortFilterProxyModel *proxy, int sourceRow)
{
    const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
    return true;
}

} // namespace app::livetableview
