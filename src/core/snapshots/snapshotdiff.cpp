#include "core/snapshots/snapshotdiff.h"

#include "core/layout/fieldcodec.h"

#include <algorithm>
#include <cstring>

namespace core {

namespace {

// Blocks of equal bytes are passed over with one memcmp each: a big segment with few changes costs a pass
// of memcmp, not a comparison a byte.
constexpr quint64 BlockBytes = 4096;

void collectFields(QList<SnapshotDiff::FieldChange> &out, const QList<StructField> &fields,
                   const QString &prefix, QByteArrayView before, QByteArrayView after)
{
    for (const StructField &field : fields) {
        if (field.isPadding())
            continue;
        // An array's elements are "[3]": they follow their array's name without a dot.
        const QString name = prefix.isEmpty() || field.name.startsWith(QLatin1Char('['))
                                 ? QString(prefix + field.displayName())
                                 : QString(prefix + QLatin1Char('.') + field.displayName());
        if (field.hasChildren()) {
            collectFields(out, field.children, name, before, after);
            continue;
        }
        const auto old = FieldCodec::bytesOf(field, before);
        const auto now = FieldCodec::bytesOf(field, after);
        if (!old || !now || *old == *now)
            continue;
        // Told by value: bitfields that share bytes, or a string whose bytes after its NUL changed, differ in
        // bytes (the ranges show them) but not every one in value.
        // A string as C writes it, quoted: an empty or a blank text still shows, and " → " cannot be misread.
        const auto text = [&](QByteArrayView bytes) {
            return field.kind == StructField::Kind::String ? FieldCodec::cString(field, bytes)
                                                           : FieldCodec::text(field, bytes);
        };
        QString oldText = text(*old);
        QString newText = text(*now);
        if (oldText != newText)
            out.append({name, field.offset, field.size, std::move(oldText), std::move(newText)});
    }
}

} // namespace

quint64 SnapshotDiff::comparedLength(QByteArrayView before, QByteArrayView after)
{
    return quint64(std::min(before.size(), after.size()));
}

QList<SnapshotDiff::Range> SnapshotDiff::ranges(QByteArrayView before, QByteArrayView after)
{
    QList<Range> out;
    const quint64 length = comparedLength(before, after);
    const char *a = before.data();
    const char *b = after.data();
    quint64 at = 0;
    while (at < length) {
        const quint64 block = std::min(BlockBytes, length - at);
        if (std::memcmp(a + at, b + at, block) == 0) {
            at += block;
            continue;
        }
        for (const quint64 end = at + block; at < end; ++at) {
            if (a[at] == b[at])
                continue;
            if (!out.isEmpty() && out.last().offset + out.last().length == at)
                ++out.last().length; // the run goes on, across a block's end too
            else
                out.append({at, 1});
        }
    }
    return out;
}

quint64 SnapshotDiff::byteCount(const QList<Range> &ranges)
{
    quint64 total = 0;
    for (const Range &range : ranges)
        total += range.length;
    return total;
}

QList<SnapshotDiff::FieldChange> SnapshotDiff::fields(const StructLayout &layout, QByteArrayView before,
                                                      QByteArrayView after)
{
    const auto length = qsizetype(comparedLength(before, after));
    QList<FieldChange> out;
    collectFields(out, layout.fields, QString(), before.first(length), after.first(length));
    return out;
}

} // namespace core
