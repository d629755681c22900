#pragma once

#include "core/layout/structlayout.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace core {

// What differs between two runs of bytes (two snapshots, or a snapshot and the segment now): the ranges of
// differing bytes, and through a layout the fields old → new. Only the prefix both have is compared: the
// caller says when the sizes differ (comparedLength()).
class SnapshotDiff
{
public:
    struct Range
    {
        quint64 offset = 0;
        quint64 length = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };
    struct FieldChange
    {
        QString name; // its path from the layout's top: "names", "pos.x", "slots[3].pid"
        quint64 offset = 0;
        quint64 size = 0;
        QString before; // FieldCodec's text of each side; a string as a quoted C literal
        QString after;
        friend bool operator==(const FieldChange &, const FieldChange &) = default;
    };

    // The bytes both have: min of the two sizes.
    [[nodiscard]] static quint64 comparedLength(QByteArrayView before, QByteArrayView after);
    // Each run of differing bytes in the compared prefix, in order; adjacent differing bytes make one range.
    [[nodiscard]] static QList<Range> ranges(QByteArrayView before, QByteArrayView after);
    [[nodiscard]] static quint64 byteCount(const QList<Range> &ranges);
    // The fields (leaves of the layout's tree, padding left out) whose values differ, in layout order: bytes
    // that change no value (after a string's NUL, a neighbouring bitfield's) are in ranges() only. A field
    // that does not lie wholly in the compared prefix is not compared.
    [[nodiscard]] static QList<FieldChange> fields(const StructLayout &layout, QByteArrayView before,
                                                   QByteArrayView after);
};

} // namespace core
