#pragma once

#include <QTableView>

namespace app {

class ColumnFitter;
class IpcTableModel;
class RowHighlightDelegate;
class SegmentFilterProxy;

// A table of System V semaphore sets or message queues, as the segment table shows the segments: sorted by
// raw values (by id at first), narrowed by the filter box, changed rows lit, columns as wide as what they
// hold, and the actions added to it as its context menu.
class IpcTableView : public QTableView
{
    Q_OBJECT

public:
    // The view shows `model` and takes it as a child. spareColumn takes the width the others leave.
    IpcTableView(IpcTableModel *model, int spareColumn, QWidget *parent = nullptr);

    [[nodiscard]] IpcTableModel *ipcModel() const { return m_model; }
    [[nodiscard]] SegmentFilterProxy *proxy() const { return m_proxy; }
    [[nodiscard]] ColumnFitter *columns() const { return m_columns; }
    [[nodiscard]] RowHighlightDelegate *rowDelegate() const { return m_delegate; }

    // The model's rows of the selection (each row's (namespace, id) looked up again, so that a merge between
    // the selection and the question cannot mix two objects up).
    [[nodiscard]] QList<int> selectedRows() const;
    // Selects the row of object `id` of our namespace, when it is listed and shown; false when it is not.
    bool selectId(int id);

private:
    IpcTableModel *m_model;
    SegmentFilterProxy *m_proxy;
    RowHighlightDelegate *m_delegate;
    ColumnFitter *m_columns;
};

} // namespace app
