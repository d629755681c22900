#pragma once

#include "app/table/livetablemodel.h"
#include "core/segments/segmentinfo.h"

namespace app {

// The system's segments, one row each, kept in shmid order. A refresh merges a new scan in place, so that
// views keep their selection, sort order and scroll position, and only changed rows repaint.
class SegmentTableModel : public LiveTableModel
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

    // SortRole; FilterRole: key (and creation key), id, owner, status; HighlightAgeRole (LiveTableModel).
    enum Role {
        ShmidRole = Qt::UserRole + 1,
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
private:
    [[nodiscard]] QVariant displayData(const core::SegmentInfo &s, int column) const;
    [[nodiscard]] QVariant sortData(const core::SegmentInfo &s, int column) const;
    [[nodiscard]] QString toolTip(const core::SegmentInfo &s, int column) const;

    QList<core::SegmentInfo> m_segments;
};

} // namespace app
