#pragma once

#include "core/segments/segmentinfo.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>

namespace app {

// The system's segments, one row each, kept in shmid order. A refresh merges a new scan in place, so that
// views keep their selection, sort order and scroll position, and only changed rows repaint.
class SegmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KeyColumn,
        ShmidColumn,
        OwnerColumn,
        PermsColumn,
        BytesColumn,
        NattchColumn,
        StatusColumn,
        SizeColumn,
        CpidColumn,
        LpidColumn,
        AttachedColumn,
        CreatedColumn,
        AttachTimeColumn,
        DetachTimeColumn,
        CreatorColumn,
        GroupColumn,
        RssColumn,
        SwapColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole, // the raw value: numbers sort as numbers
        ShmidRole,
        FilterRole,       // the text the filter box matches: key (and creation key), id, owner, status
        HighlightAgeRole, // ms since the row was inserted or last changed; -1 when it never was
    };

    explicit SegmentTableModel(QObject *parent = nullptr);

public: // QAbstractItemModel API
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

public:
    // Merges a scan (sorted by shmid): rows are inserted, removed, or reported changed, never reset.
    void merge(const QList<core::SegmentInfo> &segments);

    [[nodiscard]] const QList<core::SegmentInfo> &segments() const { return m_segments; }
    [[nodiscard]] const core::SegmentInfo *segmentAt(int row) const;
    [[nodiscard]] int rowOfShmid(int shmid) const;
    // Headers, tooltips and words such as "never" are translated when asked for: after a language change,
    // this tells the views to ask again.
    void retranslate();
    // True while some row is still fading out of its change highlight.
    [[nodiscard]] bool hasActiveHighlights() const;

    static constexpr qint64 HighlightMs = 2000;

private:
    [[nodiscard]] QVariant displayData(const core::SegmentInfo &s, int column) const;
    [[nodiscard]] QVariant sortData(const core::SegmentInfo &s, int column) const;
    [[nodiscard]] QString toolTip(const core::SegmentInfo &s, int column) const;
    void markChanged(int row);

    QList<core::SegmentInfo> m_segments;
    QList<qint64> m_changedAt; // per row, on m_clock; -1 = not changed since the first fill
    QElapsedTimer m_clock;
    qint64 m_lastChange = -1;
    bool m_filled = false;
};

} // namespace app
