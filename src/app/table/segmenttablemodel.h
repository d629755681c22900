#pragma once

#include "app/table/livetablemodel.h"
#include "core/namespaces/ipcnamespace.h"
#include "core/segments/segmentinfo.h"

#include <QHash>

namespace app {

// The system's segments, one row each, kept in shmid order. A refresh merges a new scan in place, so that
// views keep their selection, sort order and scroll position, and only changed rows repaint.
//
// A row is a segment of one IPC namespace: with every namespace listed, two of them may both have a shmid
// 0, so a row is named by (namespace, shmid), and rows are kept in that order, the scan's (ScanResult).
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
        // Added after the columns a saved header state already knows, so that it still restores.
        NamespaceColumn,
        LikelyUserColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // SortRole; FilterRole: key (and creation key), id, owner, status, namespace, likely user;
    // HighlightAgeRole (LiveTableModel).
    enum Role {
        ShmidRole = Qt::UserRole + 1,
        NamespaceRole = FirstOwnRole, // the row's namespace inode (qulonglong); 0 when unknown
    };

    explicit SegmentTableModel(QObject *parent = nullptr);

public: // QAbstractItemModel API
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

public:
    // Merges a scan (sorted by namespace, then shmid, as ScanResult is): rows are inserted, removed, or
    // reported changed, never reset.
    void merge(const QList<core::SegmentInfo> &segments);
    // The namespaces the rows' Namespace column and Details name (a container's name, how many processes),
    // and which is ours (rowOfShmid()).
    void setNamespaces(const QList<core::IpcNamespace> &namespaces);
    // The namespace of that inode, as last set; nullptr when it is not known.
    [[nodiscard]] const core::IpcNamespace *namespaceOf(quint64 inode) const;
    // Every namespace as last set, with the processes in each (what core::SegmentRemover enters through).
    [[nodiscard]] QList<core::IpcNamespace> namespaces() const { return m_namespaces.values(); }

    [[nodiscard]] const QList<core::SegmentInfo> &segments() const { return m_segments; }
    [[nodiscard]] const core::SegmentInfo *segmentAt(int row) const;
    // The row of segment shmid of our own namespace (what the window creates, attaches and selects); -1
    // when it is not listed. Before setNamespaces() has said which is ours, the first row of that shmid.
    [[nodiscard]] int rowOfShmid(int shmid) const;
    [[nodiscard]] int rowOf(int shmid, quint64 ipcNamespace) const;
    // Whether a segment is of our namespace, where shmget(), shmctl() and shmat() of ours reach it (or its
    // namespace is unknown, as before a scan says).
    [[nodiscard]] bool isOurs(const core::SegmentInfo &s) const
    {
        return s.ipcNamespace == 0 || s.ipcNamespace == m_ourNamespace;
    }
    // The Status column's words: ipcs's ("dest", "locked"), and "orphan" when nobody can ever detach it.
    [[nodiscard]] static QString statusText(const core::SegmentInfo &s);
    // A row's namespace as its column names it: the container's name, or "ipc:[INODE]".
    [[nodiscard]] QString namespaceName(quint64 inode) const;
    // Headers, tooltips and words such as "never" are translated when asked for: after a language change,
    // this tells the views to ask again.
    void retranslate();
private:
    [[nodiscard]] QVariant displayData(const core::SegmentInfo &s, int column) const;
    [[nodiscard]] QVariant sortData(const core::SegmentInfo &s, int column) const;
    [[nodiscard]] QString toolTip(const core::SegmentInfo &s, int column) const;

    QList<core::SegmentInfo> m_segments;
    QHash<quint64, core::IpcNamespace> m_namespaces; // by inode
    quint64 m_ourNamespace = 0; // 0 until a scan says, or when a scan lists other namespaces alone
    bool m_namespacesSet = false;
};

} // namespace app
