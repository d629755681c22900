#pragma once

#include "app/table/livetablemodel.h"
#include "core/posix/posixscanner.h"

#include <array>

namespace app {

// The POSIX shared memory objects, memfds and POSIX semaphores, one row each however many names, mappings
// and descriptors lead to it: kept in (device, inode) order, the identity PosixScanner gives them, so that a
// renamed or unlinked object stays the same row. A refresh merges a new scan in place (LiveTableModel).
class PosixTableModel : public LiveTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        BytesColumn,
        OwnerColumn,
        GroupColumn,
        PermsColumn,
        HoldersColumn,
        PathColumn,
        InodeColumn,
        ModifiedColumn,
        ChangedColumn,
        ValueColumn, // a semaphore's count
        // Added after the columns a saved header state already knows, so that it still restores.
        LikelyUserColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // SortRole, FilterRole (name, kind, owner, path, holders' commands and pids, likely user, "orphan"),
    // HighlightAgeRole as every live table; and:
    enum Role {
        KindRole = FirstOwnRole, // the row's core::PosixObject::Kind, as an int
    };

    explicit PosixTableModel(QObject *parent = nullptr);

public: // QAbstractItemModel API
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

public:
    // Merges a scan: rows are inserted, removed, or reported changed, never reset after the first fill.
    void merge(const core::PosixScanResult &scan);

    [[nodiscard]] const core::PosixObject *objectAt(int row) const;
    [[nodiscard]] int rowOf(quint64 device, quint64 inode) const;
    // How many rows are of each kind.
    [[nodiscard]] int count(core::PosixObject::Kind kind) const { return m_counts.at(size_t(kind)); }
    // Processes of the last scan whose maps and descriptors we may not read: they may hold any object too.
    [[nodiscard]] int unreadableProcesses() const { return m_unreadable; }
    void retranslate();

    // What an object is and how it lives and goes, in a sentence a student can read: an unlinked object
    // "lives on while N processes map it or hold it open", a memfd "never had a name in /dev/shm".
    [[nodiscard]] static QString lifeText(const core::PosixObject &object);
    // The kind in the table's words: "POSIX", "POSIX, unlinked", "memfd", "semaphore".
    [[nodiscard]] static QString kindText(core::PosixObject::Kind kind);
    // "2 processes": those seen. Processes we may not read cannot be told to hold one object rather than
    // another, so they are counted in the cell's tooltip and the Details panel, not on every row.
    [[nodiscard]] static QString holdersText(const core::PosixObject &object);
    // The holders cell: holdersText(), and "orphan" when nobody maps or holds it and it stays until unlinked.
    [[nodiscard]] static QString holdersCellText(const core::PosixObject &object);
    // Why an object cannot be removed with shm_unlink() from the window; empty when it can.
    [[nodiscard]] static QString whyNotRemovable(const core::PosixObject &object);

private:
    [[nodiscard]] QVariant displayData(const core::PosixObject &o, int column) const;
    [[nodiscard]] QVariant sortData(const core::PosixObject &o, int column) const;
    [[nodiscard]] QString toolTip(const core::PosixObject &o, int column) const;

    QList<core::PosixObject> m_objects;
    std::array<int, 4> m_counts{}; // by Kind
    int m_unreadable = 0;
};

} // namespace app
