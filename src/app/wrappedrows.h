#pragma once

#include <QObject>

class QTableView;

namespace app {

// Makes the rows of a table that are on screen as high as their text wrapped at its column's width, so that a
// line longer than the room wraps onto more lines instead of being cut (a log's long sentence at 200 % in
// presentation mode). Only the rows on screen are measured and sized, so a table of 10,000 rows costs what
// one screen costs; the others keep the default height until they are scrolled to.
class WrappedRows : public QObject
{
    Q_OBJECT

public:
    // Turns on the view's word wrap; the wrapper is the view's child.
    explicit WrappedRows(QTableView *view);

    // Sizes the rows on screen now (the wrapper also does so by itself, soon after rows, widths, the font or
    // the scroll position change).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();

    QTableView *m_view;
    const QObject *m_viewport; // kept from the start, as ColumnFitter keeps its own
    bool m_scheduled = false;
    bool m_fitting = false;
};

} // namespace app
