#pragma once

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>

namespace app {

// A table a refresh fills again and again: the System V segments, the POSIX objects. Each scan is merged in
// place, so that views keep their selection, sort order and scroll position, and only changed rows repaint;
// a row inserted or changed is lit for HighlightMs (RowHighlightDelegate paints the fading).
class LiveTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The roles every live table answers; a subclass numbers its own from FirstOwnRole.
    enum SharedRole {
        SortRole = Qt::UserRole,       // the raw value: numbers sort as numbers
        FilterRole = Qt::UserRole + 2, // the text the filter box matches
        HighlightAgeRole,              // ms since the row was inserted or last changed; -1 when it never was
        FirstOwnRole,
    };

    static constexpr qint64 HighlightMs = 2000;

    explicit LiveTableModel(QObject *parent = nullptr);

    // True while some row is still fading out of its change highlight.
    [[nodiscard]] bool hasActiveHighlights() const;

protected:
    // HighlightAgeRole's value for a row.
    [[nodiscard]] qint64 highlightAge(int row) const;

    // Merges `incoming` into `rows`, both sorted by `less` (a strict order on the rows' keys, which are
    // unique): rows are inserted, removed, or reported changed, never reset after the first fill. Both lists
    // are walked once, in step: runs of vanished rows are removed, runs of new rows inserted, and rows
    // present in both are compared and reported changed in runs.
    template <typename Row, typename Less>
    void mergeRows(QList<Row> &rows, const QList<Row> &incoming, Less less);

private:
    void markChanged(int row);

    QList<qint64> m_changedAt; // per row, on m_clock; -1 = not changed since the first fill
    QElapsedTimer m_clock;
    qint64 m_lastChange = -1;
    bool m_filled = false;
};

template <typename Row, typename Less>
void LiveTableModel::mergeRows(QList<Row> &rows, const QList<Row> &incoming, Less less)
{
    // The first fill is one reset, not an insertion: a sorting proxy then sorts the rows once instead of
    // placing each inserted one (a third less at 32,000 segments), and there is no view state to keep yet.
    if (!m_filled) {
        beginResetModel();
        rows = incoming;
        m_changedAt = QList<qint64>(incoming.size(), -1);
        endResetModel();
        m_filled = true;
        return;
    }
    const int lastColumn = columnCount() - 1;
    int row = 0;
    qsizetype next = 0;
    while (row < rows.size() || next < incoming.size()) {
        const bool oldLeft = row < rows.size();
        const bool newLeft = next < incoming.size();
        if (oldLeft && (!newLeft || less(rows.at(row), incoming.at(next)))) {
            int last = row;
            while (last + 1 < rows.size() && (!newLeft || less(rows.at(last + 1), incoming.at(next))))
                ++last;
            beginRemoveRows({}, row, last);
            rows.remove(row, last - row + 1);
            m_changedAt.remove(row, last - row + 1);
            endRemoveRows();
        } else if (newLeft && (!oldLeft || less(incoming.at(next), rows.at(row)))) {
            qsizetype end = next + 1;
            while (end < incoming.size() && (!oldLeft || less(incoming.at(end), rows.at(row))))
                ++end;
            const int count = int(end - next);
            beginInsertRows({}, row, row + count - 1);
            rows.insert(row, count, Row());
            m_changedAt.insert(row, count, -1);
            for (int i = 0; i < count; ++i) {
                rows[row + i] = incoming.at(next + i);
                markChanged(row + i);
            }
            endInsertRows();
            row += count;
            next = end;
        } else {
            int first = row;
            while (row < rows.size() && next < incoming.size() && !less(rows.at(row), incoming.at(next)) &&
                   !less(incoming.at(next), rows.at(row))) {
                const bool changed = !(rows.at(row) == incoming.at(next));
                if (changed) {
                    rows[row] = incoming.at(next);
                    markChanged(row);
                } else if (first == row) {
                    ++first;
                } else {
                    break;
                }
                ++row;
                ++next;
            }
            if (row > first)
                emit dataChanged(index(first, 0), index(row - 1, lastColumn));
        }
    }
}

} // namespace app
