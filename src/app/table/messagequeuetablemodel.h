#pragma once

#include "app/table/ipctablemodel.h"
#include "core/sysvipc/messagequeueinfo.h"

namespace app {

// The System V message queues, one row each, in (namespace, msqid) order: what ipcs -q lists, with the last
// sender and receiver named. The messages are never shown: reading one (msgrcv) takes it off the queue.
class MessageQueueTableModel : public IpcTableModel
{
    Q_OBJECT

public:
    enum Column {
        KeyColumn,
        MsqidColumn,
        OwnerColumn,
        PermsColumn,
        UsedBytesColumn,
        MessagesColumn,
        LspidColumn,
        LrpidColumn,
        StimeColumn,
        RtimeColumn,
        CtimeColumn,
        CreatorColumn,
        GroupColumn,
        NamespaceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit MessageQueueTableModel(const SegmentTableModel *segments, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;

    // Merges a scan (sorted by namespace, then msqid, as ScanResult is).
    void merge(const QList<core::MessageQueueInfo> &queues);
    [[nodiscard]] const QList<core::MessageQueueInfo> &queues() const { return m_queues; }
    [[nodiscard]] const core::MessageQueueInfo *queueAt(int row) const;
    [[nodiscard]] int rowOf(int msqid, quint64 ipcNamespace) const override;
    [[nodiscard]] int namespaceColumn() const override { return NamespaceColumn; }
    [[nodiscard]] int idColumn() const override { return MsqidColumn; }

    // "msgsender (1234)", "1234" when its command is unknown, "none" for pid 0.
    [[nodiscard]] static QString processText(qint64 pid, const QByteArray &command);
    // Why the messages are not shown, in a sentence.
    [[nodiscard]] static QString unreadMessages();

protected:
    [[nodiscard]] QVariant displayData(int row, int column) const override;
    [[nodiscard]] QVariant sortData(int row, int column) const override;
    [[nodiscard]] QString toolTip(int row, int column) const override;
    [[nodiscard]] QString filterText(int row) const override;
    [[nodiscard]] bool isNumeric(int column) const override;
    [[nodiscard]] int idAt(int row) const override { return m_queues.at(row).msqid; }
    [[nodiscard]] quint64 namespaceAt(int row) const override { return m_queues.at(row).ipcNamespace; }
    [[nodiscard]] QString headerText(int section, bool tip) const override;

private:
    QList<core::MessageQueueInfo> m_queues;
};

} // namespace app
