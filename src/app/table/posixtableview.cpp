#include "app/table/posixtableview.h"

#include "app/columnfitter.h"
#include "app/table/livetableview.h"
#include "app/table/posixfilterproxy.h"
#include "app/table/posixtablemodel.h"
#include "app/table/rowhighlightdelegate.h"

#include <QHeaderView>

namespace app {

PosixTableView::PosixTableView(QWidget *parent)
    : QTableView(parent), m_model(new PosixTableModel(this)), m_proxy(new PosixFilterProxy(this)),
      m_delegate(
          new RowHighlightDelegate(PosixTableModel::HighlightAgeRole, PosixTableModel::HighlightMs, this))
{
    setObjectName(QStringLiteral("posixTable"));
    retranslate();
    livetableview::setUp(this, m_proxy, m_model, m_delegate, PosixTableModel::NameColumn);
    QHeaderView *header = horizontalHeader();
    // The path takes the spare width, and the table scrolls sideways rather than cut it.
    m_columns = new ColumnFitter(this, header);
    m_columns->setSpareColumn(PosixTableModel::PathColumn, ColumnFitter::Overflow::Scroll);
    // What ls -l /dev/shm shows, and who holds it; the rest are there to switch on.
    for (int column :
         {PosixTableModel::GroupColumn, PosixTableModel::InodeColumn, PosixTableModel::ChangedColumn})
        setColumnHidden(column, true);
    showKind(KindTabBar::TableKind::Posix);
}

void PosixTableView::retranslate()
{
    setAccessibleName(tr("POSIX shared memory objects"));
    m_model->retranslate();
}

void PosixTableView::showKind(KindTabBar::TableKind kind)
{
    m_proxy->setKinds(KindTabBar::posixKinds(kind));
    // A count is a semaphore's alone; files have a path, and the other kinds none.
    setColumnHidden(PosixTableModel::ValueColumn, kind != KindTabBar::TableKind::PosixSemaphores);
}

QList<core::PosixObject> PosixTableView::selectedObjects() const
{
    QList<core::PosixObject> objects;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const core::PosixObject *o = m_model->objectAt(m_proxy->mapToSource(index).row()))
            objects.append(*o);
    }
    return objects;
}

bool PosixTableView::selectObject(const QString &name, core::PosixObject::Kind kind)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const core::PosixObject *o = m_model->objectAt(row);
        if (o->name != name || o->kind != kind)
            continue;
        return livetableview::selectSourceRow(this, m_proxy, row);
    }
    return false;
}

} // namespace app
