#pragma once

#include "core/bytes/byteinterpreter.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QPointer>

#include <array>

namespace app {

class SegmentDocument;

// The bytes at one offset of a segment as every common type (core::ByteInterpreter), one row a type:
// Type | Value. A tick of the document reads only the MaxBytes (8) bytes shown, never more, and rows whose
// value changed since the last tick are lit as the hex view lights changed bytes. In a read-write attach a
// value typed in the Value column is written back as the type's bytes, in one write (one undo step).
//
// The rows may be laid out in several columns of Type | Value pairs (setPairs): presentation mode shows the
// sixteen rows as two columns of eight, half as high.
class DataInspectorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Endian = core::ByteInterpreter::Endian;
    using Type = core::ByteInterpreter::Type;
    enum Role {
        HighlightAgeRole = Qt::UserRole, // ms since the row's value last changed; -1 when it did not
        ChangedByUsRole,                 // true when that change was our own edit or undo
        TypeRole,                        // core::ByteInterpreter::Type as int
    };
    static constexpr qint64 HighlightMs = 2000;

    explicit DataInspectorModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setDocument(SegmentDocument *document);
    // The first byte the values start at: read at once (no highlight: a move is not a change).
    void setOffset(quint64 offset);
    [[nodiscard]] quint64 offset() const { return m_offset; }
    void setEndian(Endian endian);
    [[nodiscard]] Endian endian() const { return m_endian; }
    // 1: sixteen rows of Type | Value; 2: eight rows of Type | Value | Type | Value.
    void setPairs(int pairs);
    [[nodiscard]] int pairs() const { return m_pairs; }

    // The row of a type and what it says now.
    [[nodiscard]] const core::ByteInterpreter::Row &row(Type type) const { return m_rows[size_t(type)]; }
    // Where a type's label and value are: the indexes of its Type and Value cells.
    [[nodiscard]] QModelIndex typeIndex(Type type) const;
    [[nodiscard]] QModelIndex valueIndex(Type type) const;
    // The type a cell shows, and whether the cell is a value (not a label); nullopt outside the rows.
    [[nodiscard]] std::optional<Type> typeOf(const QModelIndex &index) const;
    [[nodiscard]] bool isValueCell(const QModelIndex &index) const;

    // Why the type's value may not be edited now (read-only attach, a past moment, a type shown only, past
    // the end); empty when it may.
    [[nodiscard]] QString editRefusal(Type type) const;
    // Writes `text` as the type's bytes at the offset: one write, one undo step. A refusal goes out as
    // editRefused() and nothing is written.
    bool edit(Type type, const QString &text);

    // Reads the bytes again: on every tick of the document, and when the moment shown changes.
    void reread();
    [[nodiscard]] bool hasActiveHighlights() const;
    // The bytes the last read took from the segment: at most core::ByteInterpreter::MaxBytes.
    [[nodiscard]] qsizetype bytesReadLastTick() const { return m_readLastTick; }
    // Headers and words such as "past the end" again, in the language now installed.
    void retranslate();

signals:
    void editRefused(const QString &message);

private:
    static constexpr qint64 Never = -1;
    // Reads the shown bytes (now, or at the moment shown) into m_bytes; true when they differ from before.
    bool readBytes();
    // The rows from m_bytes; those whose text changed are stamped when `stamp`, as our own change when `ours`.
    void rebuild(bool stamp, bool ours);
    [[nodiscard]] qsizetype shownCount() const;
    void takeOwnWrite(quint64 offset, const QByteArray &bytes);
    void momentChanged();
    [[nodiscard]] int rowsPerPair() const;

    QPointer<SegmentDocument> m_document;
    quint64 m_offset = 0;
    Endian m_endian = core::ByteInterpreter::nativeEndian();
    int m_pairs = 1;
    std::array<char, core::ByteInterpreter::MaxBytes> m_bytes{};
    qsizetype m_count = 0;        // bytes there are from the offset, at most MaxBytes
    qsizetype m_known = 0;        // of them, the first ones known (all, live; in the past, those recorded)
    qsizetype m_readLastTick = 0;
    std::array<core::ByteInterpreter::Row, core::ByteInterpreter::TypeCount> m_rows;
    std::array<qint64, core::ByteInterpreter::TypeCount> m_changedAt{};
    std::array<bool, core::ByteInterpreter::TypeCount> m_changedByUs{};
    qint64 m_lastChange = Never;
    QElapsedTimer m_clock;
};

} // namespace app
