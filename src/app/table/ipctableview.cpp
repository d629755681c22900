#include "app/table/ipctableview.h"

#include "app/columnfitter.h"
#include "app/table/livetableview.h"
#include "app/table/ipctablemodel.h"
#include "app/table/rowhighlightdelegate.h"
#include "app/table/segmentfilterproxy.h"

#include <QHeaderView>

namespace app {

IpcTableView::IpcTableView(IpcTableModel *model, int spareColumn, QWidget *parent)
    : QTableView(parent), m_model(model), m_proxy(new SegmentFilterProxy(this)),
      m_delegate(new RowHighlightDelegate(IpcTableModel::HighlightAgeRole, IpcTableModel::HighlightMs, this))
{
    m_model->setParent(this);
    livetableview::setUp(this, m_proxy, m_model, m_delegate, m_model->idColumn());
    QHeaderView *header = horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_columns = new ColumnFitter(this, header);
    m_columns->setSpareColumn(spareColumn, ColumnFitter::Overflow::Elide);
    // Rows of several namespaces are told apart by this column, shown when more than ours is listed.
    setColumnHidden(m_model->namespaceColumn(), true);
}

QList<int> IpcTableView::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        const int row = m_model->rowOf(index.data(IpcTableModel::IdRole).toInt(),
                                       index.data(IpcTableModel::NamespaceRole).toULongLong());
        if (row >= 0)
            rows << row;
    }
    return rows;
}

bool IpcTableView::selectId(int id)
{
    const int row = m_model->rowOfOurs(id);
    return row >= 0 && livetableview::selectSourceRow(this, m_proxy, row);
}

} // namespace app
