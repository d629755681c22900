#include "core/layout/fieldassignment.h"

#include "core/bytes/byteformat.h"
#include "core/layout/fieldcodec.h"

namespace core {

namespace {

using Kind = StructField::Kind;

// Text past this is cut ("..."): the log line stays a line.
constexpr qsizetype ShownBytes = 64;

enum class AddressOf { No, Yes };

QString memcpyInto(const QString &lvalue, QByteArrayView bytes, AddressOf addressOf)
{
    // One arg() for all: the literal may hold a "%1" of its own, which a later arg() would fill.
    return QStringLiteral("memcpy(%1%2, %3, %4);")
        .arg(addressOf == AddressOf::Yes ? QStringLiteral("&") : QString(), lvalue,
             ByteFormat::cLiteral(bytes, ShownBytes), QString::number(bytes.size()));
}

// A value as C writes it: FieldCodec's text, but for the floats it cannot write as numbers, which C names by
// math.h's macros, and a bool holding another byte than 0 or 1, which is written by its number.
QString cValue(const StructField &field, QByteArrayView bytes)
{
    const QString text = FieldCodec::text(field, bytes);
    if (field.kind == Kind::Bool && text != QLatin1String("true") && text != QLatin1String("false"))
        return FieldCodec::number(field, bytes);
    if (field.kind == Kind::Float) {
        if (text == QLatin1String("inf"))
            return QStringLiteral("INFINITY");
        if (text == QLatin1String("-inf"))
            return QStringLiteral("-INFINITY");
        if (text.contains(QLatin1String("nan")))
            return QStringLiteral("NAN");
    }
    return text;
}

} // namespace

QString FieldAssignment::recordName(const StructLayout &layout, quint64 record)
{
    const QString pointer =
        layout.typeName == QLatin1String("struct st_pid") ? QStringLiteral("stpid") : QStringLiteral("p");
    return record == 0 ? pointer : QStringLiteral("%1[%2]").arg(pointer).arg(record);
}

QString FieldAssignment::statement(const StructField &field, const QString &lvalue, QByteArrayView bytes)
{
    if (field.kind == Kind::String) {
        const qsizetype nul = bytes.indexOf('\0');
        if (nul == bytes.size() - 1)
            return QStringLiteral("strcpy(%1, %2);")
                .arg(lvalue,
                     ByteFormat::cLiteral(bytes.first(nul), ShownBytes, ByteFormat::NonAscii::Utf8Kept));
        return memcpyInto(lvalue, bytes, AddressOf::No); // an array is its own address
    }
    if (quint64(bytes.size()) != field.size || !FieldCodec::isEditable(field))
        return memcpyInto(lvalue, bytes, AddressOf::Yes);
    return QStringLiteral("%1 = %2;").arg(lvalue, cValue(field, bytes));
}

} // namespace core
