#include "core/bytes/byteinterpreter.h"

#include "core/layout/fieldcodec.h"
#include "core/layout/structlayout.h"

#include <QDateTime>
#include <QStringDecoder>
#include <QSysInfo>

#include <algorithm>
#include <array>
#include <cstring>

namespace core {

namespace {

using Kind = StructField::Kind;

// The struct field each row reads as: FieldCodec gives the text and takes it back, as for a field of a
// struct. Made once: a tick builds sixteen rows and should not build sixteen fields.
const StructField &fieldOf(ByteInterpreter::Type type)
{
    static const std::array<StructField, ByteInterpreter::TypeCount> fields = [] {
        std::array<StructField, ByteInterpreter::TypeCount> made;
        const auto set = [&made](ByteInterpreter::Type type, Kind kind, quint64 size, bool isSigned) {
            StructField &field = made[size_t(type)];
            field.name = ByteInterpreter::label(type);
            field.typeName = field.name;
            field.kind = kind;
            field.size = size;
            field.isSigned = isSigned;
        };
        using T = ByteInterpreter::Type;
        set(T::Int8, Kind::Integer, 1, true);
        set(T::UInt8, Kind::Integer, 1, false);
        set(T::Int16, Kind::Integer, 2, true);
        set(T::UInt16, Kind::Integer, 2, false);
        set(T::Int32, Kind::Integer, 4, true);
        set(T::UInt32, Kind::Integer, 4, false);
        set(T::Int64, Kind::Integer, 8, true);
        set(T::UInt64, Kind::Integer, 8, false);
        set(T::Float, Kind::Float, 4, false);
        set(T::Double, Kind::Float, 8, false);
        set(T::Binary, Kind::Integer, 1, false);
        // A char in the inspector is a byte: a number typed for it goes from 0 to 255.
        set(T::Char, Kind::Char, 1, false);
        set(T::Utf8, Kind::Opaque, 1, false);
        set(T::TimeT, Kind::Integer, 8, true);
        set(T::Ipv4, Kind::Opaque, 4, false);
        set(T::Pointer, Kind::Pointer, 8, false);
        return made;
    }();
    return fields[size_t(type)];
}

// The value's bytes in the machine's order, which is how FieldCodec reads and writes them.
struct NativeBytes
{
    std::array<char, ByteInterpreter::MaxBytes> data{};
    qsizetype size = 0;
    [[nodiscard]] QByteArrayView view() const { return {data.data(), size}; }
};

NativeBytes nativeOrder(QByteArrayView bytes, qsizetype size, ByteInterpreter::Endian endian)
{
    NativeBytes out;
    out.size = size;
    std::memcpy(out.data.data(), bytes.data(), size_t(size));
    if (endian != ByteInterpreter::nativeEndian())
        std::reverse(out.data.begin(), out.data.begin() + size);
    return out;
}

// The length of the UTF-8 sequence its first byte announces; 0 for a byte no sequence starts with (a
// continuation byte, C0, C1, F5..FF).
qsizetype announcedLength(uchar lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xc2 && lead <= 0xdf)
        return 2;
    if (lead >= 0xe0 && lead <= 0xef)
        return 3;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    return 0;
}

QString codePointText(QByteArrayView sequence)
{
    // Qt's decoder refuses what RFC 3629 refuses: overlong forms, surrogates, code points past U+10FFFF.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(sequence);
    char32_t codePoint = 0;
    if (decoded.size() == 1 && !decoded.at(0).isSurrogate())
        codePoint = decoded.at(0).unicode();
    else if (decoded.size() == 2 && decoded.at(0).isHighSurrogate() && decoded.at(1).isLowSurrogate())
        codePoint = QChar::surrogateToUcs4(decoded.at(0), decoded.at(1));
    else
        return ByteInterpreter::tr("not UTF-8");
    if (decoder.hasError() || (decoded == QChar(QChar::ReplacementCharacter) && sequence != "\xef\xbf\xbd"))
        return ByteInterpreter::tr("not UTF-8");
    QString text = QStringLiteral("U+") + QString::number(uint(codePoint), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    // A control character or a space has no glyph worth showing: its number says it.
    if (QChar::isPrint(codePoint) && !QChar::isSpace(codePoint))
        text += QLatin1Char(' ') + decoded;
    return text;
}

QString timeText(qint64 seconds)
{
    // The years QDateTime writes as four digits: past them a date is not one to read at a glance.
    constexpr qint64 First = -62135596800; // 0001-01-01 00:00:00 UTC
    constexpr qint64 Last = 253402300799;  // 9999-12-31 23:59:59 UTC
    if (seconds < First || seconds > Last)
        return ByteInterpreter::tr("out of range");
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
           + QStringLiteral(" UTC");
}

QString binaryText(uchar byte)
{
    QString text(8, QLatin1Char('0'));
    for (int bit = 0; bit < 8; ++bit) {
        if (byte & (0x80 >> bit))
            text[bit] = QLatin1Char('1');
    }
    return text;
}

QString ipv4Text(QByteArrayView bytes)
{
    QString text;
    text.reserve(15);
    for (qsizetype i = 0; i < 4; ++i) {
        if (i > 0)
            text += QLatin1Char('.');
        text += QString::number(uchar(bytes[i]));
    }
    return text;
}

Result<QByteArray> binaryBytes(const QString &text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1String("0b"), Qt::CaseInsensitive))
        digits = digits.sliced(2);
    digits.remove(QLatin1Char(' '));
    const bool binary = !digits.isEmpty() && digits.size() <= 8
                        && std::all_of(digits.cbegin(), digits.cend(), [](QChar c) {
                               return c == QLatin1Char('0') || c == QLatin1Char('1');
                           });
    if (!binary)
        return Error::plain(ByteInterpreter::tr("\"%1\" is not a byte in binary: write up to 8 digits 0 and 1, "
                                                "such as 01000001.")
                                .arg(text.trimmed()));
    return QByteArray(1, char(digits.toUInt(nullptr, 2)));
}

Result<QByteArray> ipv4Bytes(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('.'));
    QByteArray bytes;
    for (const QString &part : parts) {
        bool ok = false;
        const uint value = part.toUInt(&ok, 10);
        // Digits only: toUInt() takes a sign and spaces, an address does not.
        const bool digits = std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c.isDigit(); });
        if (!ok || !digits || part.size() > 3 || value > 255)
            break;
        bytes += char(value);
    }
    if (parts.size() != 4 || bytes.size() != 4)
        return Error::plain(ByteInterpreter::tr("\"%1\" is not an IPv4 address: write four numbers from 0 to "
                                                "255 with dots between them, such as 192.168.1.10.")
                                .arg(text.trimmed()));
    return bytes;
}

} // namespace

ByteInterpreter::Endian ByteInterpreter::nativeEndian()
{
    return QSysInfo::ByteOrder == QSysInfo::LittleEndian ? Endian::Little : Endian::Big;
}

QLatin1StringView ByteInterpreter::label(Type type)
{
    static constexpr std::array<const char *, TypeCount> labels = {
        "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
        "float", "double", "binary", "char", "UTF-8", "time_t", "IPv4", "pointer"};
    return QLatin1StringView(labels[size_t(type)]);
}

qsizetype ByteInterpreter::sizeOf(Type type)
{
    return qsizetype(fieldOf(type).size);
}

bool ByteInterpreter::followsEndian(Type type)
{
    switch (type) {
    case Type::Int16:
    case Type::UInt16:
    case Type::Int32:
    case Type::UInt32:
    case Type::Int64:
    case Type::UInt64:
    case Type::Float:
    case Type::Double:
    case Type::TimeT:
    case Type::Pointer:
        return true;
    default:
        return false;
    }
}

bool ByteInterpreter::isEditable(Type type)
{
    return type != Type::Utf8 && type != Type::TimeT && type != Type::Pointer;
}

QString ByteInterpreter::pastEndText()
{
    return tr("past the end");
}

ByteInterpreter::Row ByteInterpreter::interpret(Type type, QByteArrayView bytes, Endian endian)
{
    bytes = bytes.first(std::min(bytes.size(), MaxBytes));
    Row row;
    row.type = type;
    row.size = sizeOf(type);
    if (type == Type::Utf8 && !bytes.isEmpty())
        row.size = std::max<qsizetype>(1, announcedLength(uchar(bytes[0])));
    if (row.size > bytes.size()) {
        row.pastEnd = true;
        row.text = pastEndText();
        return row;
    }
    const StructField &field = fieldOf(type);
    switch (type) {
    case Type::Binary:
        row.text = binaryText(uchar(bytes[0]));
        break;
    case Type::Utf8:
        row.text = announcedLength(uchar(bytes[0])) == 0 ? tr("not UTF-8") : codePointText(bytes.first(row.size));
        break;
    case Type::TimeT: {
        qint64 seconds = 0;
        std::memcpy(&seconds, nativeOrder(bytes, row.size, endian).data.data(), sizeof seconds);
        row.text = timeText(seconds);
        break;
    }
    case Type::Ipv4:
        row.text = ipv4Text(bytes);
        break;
    default:
        row.text = FieldCodec::text(field, followsEndian(type) ? nativeOrder(bytes, row.size, endian).view()
                                                               : bytes.first(row.size));
        break;
    }
    return row;
}

QString ByteInterpreter::notEditable(Type type)
{
    if (type == Type::TimeT)
        //: time_t is a C type name, not translated.
        return tr("time_t is shown as a date, not edited: edit it as int64 (seconds since 1970).");
    return tr("%1 is shown, not edited: edit its bytes in the hex view or another row.").arg(label(type));
}

Result<QByteArray> ByteInterpreter::encode(Type type, const QString &text, Endian endian)
{
    if (!isEditable(type))
        return Error::plain(notEditable(type));
    if (type == Type::Binary)
        return binaryBytes(text);
    if (type == Type::Ipv4)
        return ipv4Bytes(text);
    const StructField &field = fieldOf(type);
    const auto write = FieldCodec::encode(field, text);
    if (!write.ok())
        return write.error();
    if (!followsEndian(type))
        return write.value().bytes;
    const NativeBytes ordered = nativeOrder(write.value().bytes, write.value().bytes.size(), endian);
    return ordered.view().toByteArray();
}

} // namespace core
