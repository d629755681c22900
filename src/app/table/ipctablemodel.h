#pragma once

#include "app/table/livetablemodel.h"

#include <QCoreApplication>

namespace app {

class SegmentTableModel;

// What the tables of System V semaphore sets and message queues share: one row an object, named by
// (namespace, id) and kept in that order (the scan's), merged in place (LiveTableModel); the roles every live
// table answers; the namespace named as the segment table names it (the window's segment model knows the
// namespaces the last scan listed). A subclass says what its columns hold.
class IpcTableModel : public LiveTableModel
{
    Q_OBJECT

public:
    // SortRole, FilterRole, HighlightAgeRole (LiveTableModel), and:
    enum Role {
        IdRole = FirstOwnRole, // the semid or msqid
        NamespaceRole,         // the row's namespace inode (qulonglong); 0 when unknown
    };

    explicit IpcTableModel(const SegmentTableModel *segments, QObject *parent = nullptr);

public: // QAbstractItemModel API
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

public:
    // The column that shows the namespace (hidden unless more than ours is listed) and the one of the id.
    [[nodiscard]] virtual int namespaceColumn() const = 0;
    [[nodiscard]] virtual int idColumn() const = 0;
    // The row of object `id` of namespace `ipcNamespace`, or -1; of our namespace, when ipcNamespace is 0 and
    // the rows carry none.
    [[nodiscard]] virtual int rowOf(int id, quint64 ipcNamespace) const = 0;
    // The row of object `id` of our own namespace (what the window creates and removes), or -1.
    [[nodiscard]] int rowOfOurs(int id) const;
    // A namespace as the Namespace column names it, and whether it is ours (where our calls reach).
    [[nodiscard]] QString namespaceName(quint64 inode) const;
    [[nodiscard]] bool isOurs(quint64 inode) const;
    // Headers, tooltips and words such as "never" are translated when asked for: after a language change,
    // this tells the views to ask again.
    void retranslate();

protected:
    // One cell of a row, as each role wants it.
    [[nodiscard]] virtual QVariant displayData(int row, int column) const = 0;
    [[nodiscard]] virtual QVariant sortData(int row, int column) const = 0;
    [[nodiscard]] virtual QString toolTip(int row, int column) const = 0;
    [[nodiscard]] virtual QString filterText(int row) const = 0;
    [[nodiscard]] virtual bool isNumeric(int column) const = 0;
    [[nodiscard]] virtual int idAt(int row) const = 0;
    [[nodiscard]] virtual quint64 namespaceAt(int row) const = 0;
    // A column's title, or its tooltip, translated.
    [[nodiscard]] virtual QString headerText(int section, bool tip) const = 0;
    // The namespace's words for the filter box: its inode and its container's name.
    [[nodiscard]] QStringList namespaceWords(quint64 inode) const;
    [[nodiscard]] QString namespaceToolTip(quint64 inode) const;

private:
    const SegmentTableModel *m_segments;
};

} // namespace app
