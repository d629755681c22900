#pragma once

#include <QMap>
#include <QObject>

class QAbstractItemView;
class QHeaderView;

namespace app {

// Keeps a view's columns as wide as their header and the widest cell on screen, at the view's font, as
// the rows, the font (zoom) and the scroll position change; only the rows on screen are measured, so a
// table of thousands of rows costs what one screen costs. A width the user drags with the mouse is the
// user's from then on (double-clicking the header's handle gives the column back to the fitting). The
// width left over goes to the spare column, one whose text can use it. A value that still cannot fit is
// elided in the middle, and its tooltip shows it whole (or, for a spare column that scrolls, the view scrolls).
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    // `header` is the view's horizontal header; the fitter is the view's child.
    ColumnFitter(QAbstractItemView *view, QHeaderView *header);

    // What the spare column does when the view is too narrow for every column: give up its overflow and
    // elide its longest values (a log's long lines, whose columns after it must stay in view), or keep its
    // width so that the view scrolls sideways (a list that is the last column, and must never be cut).
    enum class Overflow { Elide, Scroll };
    // The column that takes the width the others leave; -1 for none. When it is hidden, or its width is
    // the user's, the last visible column the user has not sized takes it.
    void setSpareColumn(int column, Overflow overflow = Overflow::Elide);
    // Widths the user chose, by logical column: what settings save, and give back at the next start.
    [[nodiscard]] QMap<int, int> chosenWidths() const { return m_chosen; }
    void setChosenWidths(const QMap<int, int> &widths);
    // Fits now (the fitter also fits by itself, soon after whatever changes the widths needed).
    void fit();
    // A column's width for its header and the cells on screen, without the spare width.
    [[nodiscard]] int neededWidth(int column) const;

signals:
    // The user dragged a column's width, or gave it back.
    void chosenWidthsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleFit();
    // After a resize of the viewport: the spare width given again, the columns not measured again.
    void fitToViewport();
    // The column that takes the spare width: the spare column, else the last visible one not sized by the user.
    [[nodiscard]] int spareTaker() const;
    // Gives the taker the width the columns leave in the viewport (or takes their overflow from it).
    void giveSpare(int taker);
    bool showWholeValue(QEvent *event);

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    // The viewports the filter watches, kept from the start: while the view is being destroyed its children
    // still send events, and asking the half-destroyed view for its viewport() is undefined behaviour.
    const QObject *m_viewport;
    const QObject *m_headerViewport;
    int m_spareColumn = -1;
    Overflow m_overflow = Overflow::Elide;
    QMap<int, int> m_chosen;
    bool m_fitting = false;   // our own resizeSection() calls, not the user's
    bool m_dragging = false;  // a mouse button is down on the header
    bool m_scheduled = false; // a fit is queued
    // The spare taker at the last fit, and the width its cells needed then.
    int m_fittedTaker = -1;
    int m_fittedTakerWidth = 0;
    // The viewport's height at the last fit: the rows measured were the ones that height showed.
    int m_fittedHeight = 0;
};

} // namespace app
