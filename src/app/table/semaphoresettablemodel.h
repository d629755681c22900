#pragma once

#include "app/table/ipctablemodel.h"
#include "core/sysvipc/semaphoresetinfo.h"

#include <QElapsedTimer>
#include <QHash>

namespace app {

// The System V semaphore sets, one row each, in (namespace, semid) order: what ipcs -s lists, and each
// set's values ("1 0 3") and the processes waiting on it. A refresh merges a new scan in place; a row whose
// values changed is lit as every changed row is, and the semaphores whose value changed are remembered for
// HighlightMs so that Details lights them too.
class SemaphoreSetTableModel : public IpcTableModel
{
    Q_OBJECT

public:
    enum Column {
        KeyColumn,
        SemidColumn,
        OwnerColumn,
        PermsColumn,
        NsemsColumn,
        ValuesColumn,
        WaitersColumn,
        OtimeColumn,
        CtimeColumn,
        CreatorColumn,
        CreatorGroupColumn,
        GroupColumn,
        NamespaceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SemaphoreSetTableModel(const SegmentTableModel *segments, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;

    // Merges a scan (sorted by namespace, then semid, as ScanResult is).
    void merge(const QList<core::SemaphoreSetInfo> &sets);
    [[nodiscard]] const QList<core::SemaphoreSetInfo> &sets() const { return m_sets; }
    [[nodiscard]] const core::SemaphoreSetInfo *setAt(int row) const;
    [[nodiscard]] int rowOf(int semid, quint64 ipcNamespace) const override;
    [[nodiscard]] int namespaceColumn() const override { return NamespaceColumn; }
    [[nodiscard]] int idColumn() const override { return SemidColumn; }
    // The semaphores of this set whose value changed less than HighlightMs ago (by their num).
    [[nodiscard]] QList<int> recentlyChanged(const core::SemaphoreSetInfo &set) const;

    // "1 0 3": the values in order; "?" with the reason in the tooltip when they could not be read.
    [[nodiscard]] static QString valuesText(const core::SemaphoreSetInfo &set);
    // "semwaiter (1234), ..." when /proc named the waiting processes, else how many wait (ncnt + zcnt).
    [[nodiscard]] static QString waitersText(const core::SemaphoreSetInfo &set);
    // How many processes wait on the set: the sum of every semaphore's ncnt and zcnt.
    [[nodiscard]] static int waitingCount(const core::SemaphoreSetInfo &set);
    // One waiter in words: "semwaiter (1234) waits for semaphore 0 to increase".
    [[nodiscard]] static QString waiterSentence(const core::SemaphoreWaiter &waiter);

protected:
    [[nodiscard]] QVariant displayData(int row, int column) const override;
    [[nodiscard]] QVariant sortData(int row, int column) const override;
    [[nodiscard]] QString toolTip(int row, int column) const override;
    [[nodiscard]] QString filterText(int row) const override;
    [[nodiscard]] bool isNumeric(int column) const override;
    [[nodiscard]] int idAt(int row) const override { return m_sets.at(row).semid; }
    [[nodiscard]] quint64 namespaceAt(int row) const override { return m_sets.at(row).ipcNamespace; }
    [[nodiscard]] QString headerText(int section, bool tip) const override;

private:
    // Notes which semaphores of the incoming sets hold another value than the rows they replace.
    void noteValueChanges(const QList<core::SemaphoreSetInfo> &incoming);

    QList<core::SemaphoreSetInfo> m_sets;
    // (namespace, semid) -> per semaphore, when its value last changed on m_clock (-1: not since listed).
    QHash<QPair<quint64, int>, QList<qint64>> m_valueChangedAt;
    QElapsedTimer m_clock;
};

} // namespace app
