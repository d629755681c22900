#pragma once

#include "app/table/kindtabbar.h"
#include "core/posix/posixobject.h"

#include <QTableView>

namespace app {

class ColumnFitter;
class PosixFilterProxy;
class PosixTableModel;
class RowHighlightDelegate;

// The POSIX objects, memfds and semaphores of one kind of the kind selector, as the segment table shows
// the segments: sorted by raw values, narrowed by the filter box, changed rows lit, columns as wide as
// what they hold.
class PosixTableView : public QTableView
{
    Q_OBJECT

public:
    explicit PosixTableView(QWidget *parent = nullptr);

    [[nodiscard]] PosixTableModel *posixModel() const { return m_model; }
    [[nodiscard]] PosixFilterProxy *proxy() const { return m_proxy; }
    [[nodiscard]] ColumnFitter *columns() const { return m_columns; }
    [[nodiscard]] RowHighlightDelegate *rowDelegate() const { return m_delegate; }

    // Shows the objects of one tab of the kind selector (System V's: none).
    // Sets again the texts given in code (the model's headers too), in the language now installed.
    void retranslate();
    void showKind(KindTabBar::TableKind kind);
    [[nodiscard]] QList<core::PosixObject> selectedObjects() const;
    // Selects the row of this object, when it is listed and shown; false when it is not.
    bool selectObject(const QString &name, core::PosixObject::Kind kind);

private:
    PosixTableModel *m_model;
    PosixFilterProxy *m_proxy;
    RowHighlightDelegate *m_delegate;
    ColumnFitter *m_columns;
};

} // namespace app
