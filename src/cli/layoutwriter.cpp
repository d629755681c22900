#include "cli/layoutwriter.h"

#include "core/layout/fieldcodec.h"

#include <algorithm>

namespace core {

namespace {

using Kind = StructField::Kind;

QString jsonString(const QString &text)
{
    QString out = QStringLiteral("\"");
    out.reserve(text.size() + 2);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

// The value as a JSON literal: numbers bare, names and texts quoted, null for what has no value of its own
// and for what lies past the segment's end.
QString jsonValue(const StructField &field, std::optional<QByteArrayView> bytes)
{
    if (!bytes)
        return QStringLiteral("null");
    switch (field.kind) {
    case Kind::Array:
    case Kind::Struct:
    case Kind::Union:
    case Kind::Padding:
        return QStringLiteral("null");
    case Kind::Char:
        return FieldCodec::number(field, *bytes); // a char is a byte; its text form ('A') is for people
    case Kind::Bool:
        return FieldCodec::number(field, *bytes) == QLatin1String("0") ? QStringLiteral("false")
                                                                       : QStringLiteral("true");
    case Kind::Integer:
    case Kind::Enum:
    case Kind::Float: {
        const QString text = FieldCodec::text(field, *bytes);
        // An enumerator's name, nan and inf are no JSON numbers; __int128 shows as hex bytes.
        const bool isNumber = field.kind == Kind::Float ? !text.contains(QLatin1String("nan")) &&
                                                              !text.contains(QLatin1String("inf"))
                                                        : text == FieldCodec::number(field, *bytes);
        return isNumber ? text : jsonString(text);
    }
    case Kind::String:
    case Kind::Pointer:
    case Kind::Opaque:
        return jsonString(FieldCodec::text(field, *bytes));
    }
    return QStringLiteral("null");
}

void appendJsonFields(QString &out, const QList<StructField> &fields, QByteArrayView bytes, int depth)
{
    const QString indent(depth * 2, QLatin1Char(' '));
    bool first = true;
    for (const StructField &field : fields) {
        if (field.isPadding())
            continue;
        out += first ? QStringLiteral("\n") : QStringLiteral(",\n");
        first = false;
        const auto fieldBytes = FieldCodec::bytesOf(field, bytes);
        out += indent + QStringLiteral("{\"name\": ") + jsonString(field.name) +
               QStringLiteral(", \"type\": ") + jsonString(field.typeName) +
               QStringLiteral(", \"offset\": ") + QString::number(field.offset) +
               QStringLiteral(", \"size\": ") + QString::number(field.size);
        if (field.isBitField())
            out += QStringLiteral(", \"bit_offset\": %1, \"bit_width\": %2")
                       .arg(field.bitOffset)
                       .arg(field.bitWidth);
        out += QStringLiteral(", \"value\": ") + jsonValue(field, fieldBytes);
        if (!fieldBytes)
            out += QStringLiteral(", \"unavailable\": true");
        if (!field.description.isEmpty())
            out += QStringLiteral(", \"description\": ") + jsonString(field.description);
        if (field.omittedElements > 0)
            out += QStringLiteral(", \"omitted_elements\": ") + QString::number(field.omittedElements);
        out += QStringLiteral(", \"children\": [");
        if (field.hasChildren()) {
            appendJsonFields(out, field.children, bytes, depth + 1);
            out += QLatin1Char('\n') + indent;
        }
        out += QStringLiteral("]}");
    }
}

// "1 byte", "56 bytes": the output is English in every locale, as the rest of what --read prints.
QString byteCount(quint64 bytes)
{
    return bytes == 1 ? QStringLiteral("1 byte") : QStringLiteral("%1 bytes").arg(bytes);
}

// One line of the text form, its columns filled in a second pass when all widths are known.
struct TextRow
{
    QString offset;
    QString size;
    QString type;
    QString name;
    QString value;
    QString description;
};

QString textValue(const StructField &field, std::optional<QByteArrayView> bytes)
{
    if (!bytes)
        return QStringLiteral("(past the end of the segment)");
    if (field.kind == Kind::String) // as C writes it, so that an empty or a blank text still shows
        return FieldCodec::cString(field, *bytes);
    if (field.omittedElements > 0)
        return QStringLiteral("(%1 more elements not listed)").arg(field.omittedElements);
    return FieldCodec::text(field, *bytes);
}

void collectTextRows(QList<TextRow> &rows, const QList<StructField> &fields, QByteArrayView bytes, int depth)
{
    for (const StructField &field : fields) {
        if (field.isPadding())
            continue;
        TextRow row;
        row.offset = QString::number(field.offset);
        if (field.isBitField())
            row.offset += QLatin1Char(':') + QString::number(field.bitOffset); // byte:bit
        row.size = QString::number(field.size);
        row.type = field.typeName;
        row.name = QString(depth * 2, QLatin1Char(' ')) + field.displayName();
        row.value = textValue(field, FieldCodec::bytesOf(field, bytes));
        row.description = field.description;
        rows.append(row);
        collectTextRows(rows, field.children, bytes, depth + 1);
    }
}

} // namespace

std::optional<LayoutWriter::Format> LayoutWriter::formatFromName(const QString &name)
{
    if (name == QLatin1String("text"))
        return Format::Text;
    if (name == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QString LayoutWriter::write(Format format, const StructLayout &layout, QByteArrayView bytes,
                            quint64 segmentBytes)
{
    // Whatever the caller hands over, nothing past the segment or the layout is looked at.
    bytes = bytes.first(qsizetype(std::min({quint64(bytes.size()), segmentBytes, layout.sizeOf})));
    return format == Format::Json ? json(layout, bytes, segmentBytes) : text(layout, bytes, segmentBytes);
}

QString LayoutWriter::json(const StructLayout &layout, QByteArrayView bytes, quint64 segmentBytes)
{
    QString out = QStringLiteral("{\n  \"layout\": ") + jsonString(layout.name) +
                  QStringLiteral(",\n  \"sizeof\": ") + QString::number(layout.sizeOf) +
                  QStringLiteral(",\n  \"segment_bytes\": ") + QString::number(segmentBytes);
    if (!layout.notes.isEmpty() || !layout.listingNotes.isEmpty()) {
        QStringList notes;
        for (const QString &note : layout.notes + layout.listingNotes)
            notes << jsonString(note);
        out += QStringLiteral(",\n  \"notes\": [") + notes.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    out += QStringLiteral(",\n  \"fields\": [");
    appendJsonFields(out, layout.fields, bytes, 2);
    return out + QStringLiteral("\n  ]\n}\n");
}

QString LayoutWriter::text(const StructLayout &layout, QByteArrayView bytes, quint64 segmentBytes)
{
    QString out = QStringLiteral("%1: %2, segment %3\n")
                      .arg(layout.typeName, byteCount(layout.sizeOf), byteCount(segmentBytes));
    if (segmentBytes < layout.sizeOf)
        out += QStringLiteral(
                   "The segment is %1 shorter than the layout: fields past its end are not read.\n")
                   .arg(byteCount(layout.sizeOf - segmentBytes));
    QList<TextRow> rows{{QStringLiteral("offset"), QStringLiteral("size"), QStringLiteral("type"),
                         QStringLiteral("name"), QStringLiteral("value"), QString()}};
    collectTextRows(rows, layout.fields, bytes, 0);
    // Comments line up after the values, unless a long value (a string) would push them all far right.
    constexpr qsizetype MaxAlignedValue = 40;
    qsizetype widths[5] = {};
    for (const TextRow &row : rows) {
        widths[0] = std::max(widths[0], row.offset.size());
        widths[1] = std::max(widths[1], row.size.size());
        widths[2] = std::max(widths[2], row.type.size());
        widths[3] = std::max(widths[3], row.name.size());
        widths[4] = std::max(widths[4], std::min(row.value.size(), MaxAlignedValue));
    }
    for (const TextRow &row : rows) {
        QString line = row.offset.rightJustified(widths[0]) + QStringLiteral("  ") +
                       row.size.rightJustified(widths[1]) + QStringLiteral("  ") +
                       row.type.leftJustified(widths[2]) + QStringLiteral("  ") +
                       row.name.leftJustified(widths[3]) + QStringLiteral("  ") + row.value;
        if (!row.description.isEmpty())
            line += QString(std::max<qsizetype>(widths[4] - row.value.size(), 0), QLatin1Char(' ')) +
                    QStringLiteral("  // ") +
                    QString(row.description).replace(QLatin1Char('\n'), QLatin1Char(' '));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    for (const QString &note : layout.notes + layout.listingNotes)
        out += QStringLiteral("Note: ") + note + QLatin1Char('\n');
    return out;
}

} // namespace core
