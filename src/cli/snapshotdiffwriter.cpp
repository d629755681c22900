#include "cli/snapshotdiffwriter.h"

#include "core/snapshots/snapshotdiff.h"

#include <algorithm>

namespace core {

namespace {

QString bytes(quint64 count)
{
    return count == 1 ? QStringLiteral("1 byte") : QStringLiteral("%1 bytes").arg(count);
}

QString hexBytes(const QByteArray &all, const SnapshotDiff::Range &range)
{
    const qsizetype shown = qsizetype(std::min<quint64>(range.length, SnapshotDiffWriter::MaxBytesShown));
    QString text = QString::fromLatin1(all.mid(qsizetype(range.offset), shown).toHex(' '));
    if (range.length > quint64(shown))
        text += QStringLiteral(" …");
    return text;
}

} // namespace

QString SnapshotDiffWriter::describe(const Snapshot &snapshot, const QString &label)
{
    return QStringLiteral("%1 (%2, %3, taken %4)")
        .arg(label, snapshot.name, bytes(quint64(snapshot.bytes.size())),
             snapshot.taken.toUTC().toString(Qt::ISODateWithMs));
}

QString SnapshotDiffWriter::write(const Snapshot &before, const QString &beforeLabel, const Snapshot &after,
                                  const QString &afterLabel, const StructLayout *layout)
{
    QString out = QStringLiteral("A: ") + describe(before, beforeLabel) + QStringLiteral("\nB: ") +
                  describe(after, afterLabel) + QLatin1Char('\n');
    const quint64 compared = SnapshotDiff::comparedLength(before.bytes, after.bytes);
    if (before.bytes.size() != after.bytes.size())
        out += QStringLiteral("A has %1, B has %2: the first %3 are compared.\n")
                   .arg(bytes(quint64(before.bytes.size())), bytes(quint64(after.bytes.size())))
                   .arg(compared);
    const QList<SnapshotDiff::Range> ranges = SnapshotDiff::ranges(before.bytes, after.bytes);
    for (const SnapshotDiff::Range &range : ranges)
        out += QStringLiteral("0x%1  %2  %3 → %4\n")
                   .arg(range.offset, 8, 16, QLatin1Char('0'))
                   .arg(bytes(range.length), hexBytes(before.bytes, range), hexBytes(after.bytes, range));
    if (layout) {
        const QList<SnapshotDiff::FieldChange> fields =
            SnapshotDiff::fields(*layout, before.bytes, after.bytes);
        qsizetype width = 0;
        for (const SnapshotDiff::FieldChange &field : fields)
            width = std::max(width, field.name.size());
        out += QStringLiteral("Fields of %1 that differ: %2\n").arg(layout->typeName).arg(fields.size());
        for (const SnapshotDiff::FieldChange &field : fields)
            out += QStringLiteral("  %1  %2 → %3\n")
                       .arg(field.name.leftJustified(width), field.before, field.after);
    }
    if (ranges.isEmpty())
        return out + QStringLiteral("No bytes differ.\n");
    const quint64 differing = SnapshotDiff::byteCount(ranges);
    return out + QStringLiteral("%1 %2 in %3.\n")
                     .arg(bytes(differing),
                          differing == 1 ? QStringLiteral("differs") : QStringLiteral("differ"),
                          ranges.size() == 1 ? QStringLiteral("1 range")
                                             : QStringLiteral("%1 ranges").arg(ranges.size()));
}

} // namespace core
