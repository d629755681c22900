#pragma once

#include "core/kernel/calllog.h"

#include <QAbstractTableModel>
#include <QList>

namespace app {

// The call log's lines, oldest first: what core::CallLog recorded since the window opened (or was cleared).
// Grows by appending rows; the oldest rows go when it passes MaxRecords, so a lesson left running all day
// keeps a bounded log.
class CallLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, StatementColumn, ShellColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        KindRole = Qt::UserRole, // core::CallRecord::Kind as int
    };

    static constexpr int MaxRecords = 10000;

    explicit CallLogModel(QObject *parent = nullptr);

public: // QAbstractItemModel API
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

public:
    void append(const core::CallRecord &record);
    void clear();
    [[nodiscard]] const QList<core::CallRecord> &records() const { return m_records; }
    // The records' lines (CallRecord::line), one a line: what Copy and Save give.
    [[nodiscard]] QString text(const QList<int> &rows) const;
    // The header's words follow the language.
    void retranslate();

private:
    QList<core::CallRecord> m_records;
};

} // namespace app
