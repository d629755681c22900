#pragma once

#include "core/bytes/changetracker.h"
#include "core/layout/structlayout.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QPointer>

namespace app {

class SegmentDocument;

// An attached segment seen through a C struct: one row a field (array elements, members of nested structs
// and unions, padding), with the value decoded from the segment on every tick of the document. Editing a
// value writes exactly the field's bytes, through the document's undo stack.
class StructModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, OffsetColumn, SizeColumn, ValueColumn, DescriptionColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        HighlightAgeRole = Qt::UserRole, // ms since the field's bytes last changed; -1 when they never did
        OffsetRole,                      // the field's first byte in the segment (record base included)
        SizeRole,
        KindRole,        // core::StructField::Kind as int
        ChangedByUsRole, // true when the field's last change was our own edit, not another process's
    };

    explicit StructModel(QObject *parent = nullptr);

public: // QAbstractItemModel API
    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

public:
    void setDocument(SegmentDocument *document);
    void setLayout(const core::StructLayout &layout);
    [[nodiscard]] const core::StructLayout &layout() const { return m_layout; }
    // Which record of a segment that holds several of them back to back (0 = the first).
    void setRecord(quint64 record);
    [[nodiscard]] quint64 record() const { return m_record; }
    [[nodiscard]] quint64 recordCount() const;
    [[nodiscard]] quint64 recordBase() const;
    [[nodiscard]] const core::StructField *fieldAt(const QModelIndex &index) const;
    // The rows whose bytes lie in [offset, offset + length) of the segment, deepest fields first.
    [[nodiscard]] QModelIndexList indexesCovering(quint64 offset, quint64 length) const;
    [[nodiscard]] bool hasActiveHighlights() const;
    // Headers and words such as "unavailable" are translated when asked for: after a language change, this
    // tells the views to ask again.
    void retranslate();

    static constexpr qint64 HighlightMs = 2000;

signals:
    void editRefused(const QString &message);

private:
    struct Node
    {
        const core::StructField *field;
        int parent; // -1 for a top-level field
        int row;    // among its parent's children
        QList<int> children;
    };
    void buildNodes(const QList<core::StructField> &fields, int parent);
    void reread();
    void takeOwnWrite(quint64 offset, const QByteArray &bytes);
    // Each node's last change from the tracker's bytes; the fields changed at `now` are told changed.
    void restamp(qint64 now);
    // The field as C names it through the record's pointer: "stpid->names", "p->inner.flags[2]".
    [[nodiscard]] QString lvalueOf(int node) const;
    [[nodiscard]] QModelIndex indexOfNode(int node, int column) const;
    [[nodiscard]] const QList<int> &childrenOf(const QModelIndex &parent) const;
    [[nodiscard]] QString valueText(const core::StructField &field) const;

    QPointer<SegmentDocument> m_document;
    core::StructLayout m_layout;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
    quint64 m_record = 0;
    core::ChangeTracker m_tracker; // the record's bytes at the last tick
    QList<qint64> m_nodeChangedAt;  // per node, on m_clock: when its bytes last changed
    QList<bool> m_nodeChangedByUs;  // per node: whether that change was our own write
    QElapsedTimer m_clock;
};

} // namespace app
