#pragma once

#include "core/bytes/rangetracker.h"
#include "core/freeze/freezer.h"
#include "core/layout/fieldtree.h"
#include "core/layout/structlayout.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

#include <optional>

namespace app {

class SegmentDocument;

// An attached segment seen through a C struct: one row a field (array elements, members of nested structs
// and unions, padding), with the value decoded from the segment on every tick of the document. Editing a
// value writes exactly the field's bytes, through the document's undo stack.
//
// Cost follows what is shown: the rows are a core::FieldTree, made as the view asks for them (an array of
// 10^6 structs is a thousand pages until opened), and a tick reads only the bytes of the rows the view says
// are on screen (setVisibleRows), at most what their value text shows (FieldCodec::shownLength; a long char[]
// up to the NUL that ends its text; an open struct nothing of its own, its members being on screen), plus the
// ranges a caller asks to keep (setKeptRanges); the change stamps are kept for those bytes only. A row
// asked for while off screen (a tooltip, a test, an edit) is read when asked.
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
        FoughtRole,      // a frozen field: the periods another process had changed it in; -1 when not frozen
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
    // The row's field at its place in the segment (the record's base added), and its name as C reads it from
    // the record ("names", "pos.x", "items[3]"; a later record's "[2].names"): what a watch reads. nullopt for
    // a page of elements.
    struct PlacedField
    {
        QString name;
        core::StructField field;
    };
    [[nodiscard]] std::optional<PlacedField> placedField(const QModelIndex &index) const;
    // The rows whose bytes lie in [offset, offset + length) of the segment, deepest fields first.
    [[nodiscard]] QModelIndexList indexesCovering(quint64 offset, quint64 length) const;
    [[nodiscard]] bool hasActiveHighlights() const;
    // The rows on screen (any column): their bytes are read at each tick from now on, and at once.
    void setVisibleRows(const QModelIndexList &rows);
    // Ranges of the record (layout offsets) to read at each tick besides the rows on screen: the seam for
    // what must be watched while not shown (a frozen or watched field). Changes are stamped in them too.
    void setKeptRanges(const QList<core::RangeTracker::Range> &ranges);
    // Holds the field at `text` (checked against its type and range), or at what it holds now: rewritten every
    // period of the document's freezer. Refused with a sentence when read-only, a page, outside the segment.
    core::Result<core::Done> freeze(const QModelIndex &index, const std::optional<QString> &text = std::nullopt);
    // Lets go of the field's freeze, and of any frozen bytes inside it; false when none.
    bool unfreeze(const QModelIndex &index);
    [[nodiscard]] bool isFrozen(const QModelIndex &index) const;
    // Reads the kept bytes now, as each tick of the document does.
    void reread();
    // What the ticks read: the ranges (layout offsets) and the bytes read by the last tick.
    [[nodiscard]] const QList<core::RangeTracker::Range> &readRanges() const { return m_tracker.ranges(); }
    [[nodiscard]] quint64 bytesReadLastTick() const { return m_bytesReadLastTick; }
    // Rows made so far (the lazy tree's nodes): what the model's memory follows.
    [[nodiscard]] qsizetype rowsMade() const { return m_tree.nodeCount(); }
    // Compare with a snapshot's bytes (offsets as the segment's): a field whose value differs from its value
    // there shows "old → new" in the value column, for as long as it differs. Empty: no comparison.
    void setComparison(const QByteArray &before);
    // Headers and words such as "unavailable" are translated when asked for: after a language change, this
    // tells the views to ask again.
    void retranslate();

    static constexpr qint64 HighlightMs = 2000;

signals:
    void editRefused(const QString &message);

private:
    // Rows share bytes (a struct and its members) and lie close together: ranges nearer than this are read
    // as one.
    static constexpr quint64 ReadGap = 64;
    // Elements an array row's preview shows: "{1, 2, 3, …}".
    static constexpr quint64 PreviewElements = 8;
    // Rows a screen holds at most, for the time before the view says which it shows.
    static constexpr int FirstScreenRows = 64;
    // A char[] up to this size is read whole at each tick (it costs no more than its neighbours, and its row
    // then lights for any byte of it, as the hex pane does); a longer one only up to its first NUL.
    static constexpr quint64 WholeTextWatch = 64;

    void updateReadRanges();
    // The freeze of exactly the node's bytes, if any.
    [[nodiscard]] const core::Freezer::Range *frozenRange(int node) const;
    // The rows on screen show their frozen marks again.
    void freezesChanged();
    void takeOwnWrite(quint64 offset, const QByteArray &bytes);
    // Every row's value may differ (another record, another moment): the views ask again.
    void showAllAgain();
    // The rows on screen whose bytes changed at `now` are told changed.
    void restamp(qint64 now);
    [[nodiscard]] int nodeOf(const QModelIndex &index) const { return int(index.internalId()); }
    [[nodiscard]] QModelIndex indexOfNode(int node, int column) const;
    // The bytes of the record (layout offsets) a row's value text needs.
    [[nodiscard]] core::RangeTracker::Range shownRange(int node) const;
    // What a tick reads for the row on screen at m_visible[at]: shownRange(), but nothing for an open struct,
    // union or array whose members are on screen below it, and a long char[] only up to its first NUL
    // (noted in m_textWatch).
    [[nodiscard]] core::RangeTracker::Range watchedRange(qsizetype at);
    // A long char[]'s watch no longer ends at its first NUL (the text grew or shrank): the ranges are
    // planned again. At most once a tick, so that a writer racing us cannot keep us planning.
    [[nodiscard]] bool textWatchMoved() const;
    // Those bytes: as the last tick read them when it did, else read now; nullopt past the segment's end.
    [[nodiscard]] std::optional<QByteArray> bytesAt(core::RangeTracker::Range range) const;
    // Bytes of the record there are in the segment from the record's start.
    [[nodiscard]] quint64 available() const;
    [[nodiscard]] bool isAvailable(int node) const;
    [[nodiscard]] QString valueText(int node) const;
    // valueText(), or "old → new" when a comparison is set and the field's value differs from the snapshot's.
    [[nodiscard]] QString comparedText(int node) const;
    [[nodiscard]] QString preview(int node) const;
    [[nodiscard]] QString pastValueText(const core::StructField &field,
                                        core::RangeTracker::Range range) const;
    // The field as C names it through the record's pointer: "stpid->names", "p->inner.flags[2]".
    [[nodiscard]] QString lvalueOf(int node) const;

    QPointer<SegmentDocument> m_document;
    core::StructLayout m_layout;
    core::FieldTree m_tree;
    quint64 m_record = 0;
    QList<int> m_visible; // nodes of the rows on screen
    QList<core::RangeTracker::Range> m_kept;
    QHash<int, quint64> m_textWatch; // long char[] rows on screen -> the bytes a tick reads of them
    bool m_replanning = false;
    core::RangeTracker m_tracker; // the bytes read at the last tick, and when each last changed
    quint64 m_bytesReadLastTick = 0;
    QByteArray m_buffer; // a range's bytes this tick, kept to read the next one without allocating
    QElapsedTimer m_clock;
    QByteArray m_compared; // the snapshot's bytes while comparing
};

} // namespace app
