#pragma once

#include "core/layout/structlayout.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace core {

// The text of `shmscope --read SHMID [--layout ...]`: a segment's bytes decoded through a layout, as
// aligned text for people or as JSON for programs. Pure formatting over a layout and bytes, so tests feed
// it made-up memory.
//
// JSON: {"layout": NAME, "sizeof": N, "segment_bytes": N, "fields": [{"name", "type", "offset", "size",
// "value", "children": [...]}]}. Offsets count from the segment's start; padding rows are left out; a
// string's value is its text up to the NUL, an array's or a struct's is null (its elements are children).
// Integers, floats and bools are JSON numbers and booleans; a value that JSON cannot hold as a number
// (nan, inf) is a string. A bitfield adds "bit_offset" and "bit_width"; a field that lies past the end of
// the segment has the value null and "unavailable": true; a field with a comment adds "description".
class LayoutWriter
{
public:
    enum class Format { Text, Json };

    // "text" or "json", as given to --format; nullopt for anything else.
    [[nodiscard]] static std::optional<Format> formatFromName(const QString &name);

    // `bytes` are the segment's first bytes, min(layout.sizeOf, segmentBytes) of them (the caller reads no
    // more): a field that does not lie wholly inside them is unavailable and is not read.
    [[nodiscard]] static QString write(Format format, const StructLayout &layout, QByteArrayView bytes,
                                       quint64 segmentBytes);

private:
    [[nodiscard]] static QString text(const StructLayout &layout, QByteArrayView bytes, quint64 segmentBytes);
    [[nodiscard]] static QString json(const StructLayout &layout, QByteArrayView bytes, quint64 segmentBytes);
};

} // namespace core
