#pragma once

#include "core/leaks/leakreport.h"

#include <QAbstractTableModel>

namespace app {

// The rows of the Leaks view: one a LeakItem of the last report. A refresh that lists the same things keeps
// the rows (and so the selection) and only repaints their ages; a refresh that lists others resets them.
class LeaksModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, NameColumn, IdColumn, BytesColumn, AgeColumn, WhyColumn, ColumnCount };
    Q_ENUM(Column)

    explicit LeaksModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setReport(const core::LeakReport &report);
    [[nodiscard]] const core::LeakReport &report() const { return m_report; }
    [[nodiscard]] const core::LeakItem &itemAt(int row) const { return m_report.items().at(row); }
    // The row of the segment (namespace, shmid) or of the object (device, inode); -1 when not listed.
    [[nodiscard]] int rowOfSegment(quint64 ipcNamespace, int shmid) const;
    [[nodiscard]] int rowOfObject(quint64 device, quint64 inode) const;
    // The words for an item: "Segment", "Removed segment", "POSIX object", "POSIX semaphore".
    [[nodiscard]] static QString kindText(const core::LeakItem &item);
    // What names it: a segment's key (the one it was created with), an object's name.
    [[nodiscard]] static QString nameText(const core::LeakItem &item);
    // A segment's shmid, an object's path.
    [[nodiscard]] static QString idText(const core::LeakItem &item);

private:
    core::LeakReport m_report;
};

} // namespace app
