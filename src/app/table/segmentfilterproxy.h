#pragma once

#include <QSortFilterProxyModel>

namespace app {

class SegmentTableModel;

// Sorts the segment table by raw values and keeps the rows whose key, id, owner, status, namespace or likely
// user contain the filter text (case-insensitive).
class SegmentFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SegmentFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_text; }
    // Only these segments (presentation mode shows the attached ones); empty for all.
    void setShownShmids(const QList<int> &shmids);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The source when it is a SegmentTableModel, whose rows' shmids are read without a QVariant.
    const SegmentTableModel *m_segments = nullptr;
    QString m_text;
    QList<int> m_shmids;
};

} // namespace app
