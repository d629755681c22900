#include "core/layout/fieldcodec.h"

#include "core/bytes/byteformat.h"
#include "core/inputparser.h"
#include "core/translations.h"

#include <QtGlobal>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>
#include <system_error>

// Values are read and written in the machine's own byte order (the peer process runs here too), and a
// bitfield's bit numbers from clang count from the least significant bit of its first byte: both hold as
// written only on a little-endian machine (x86-64, arm64 Linux).
static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN,
              "FieldCodec reads bitfields as a little-endian ABI lays them out");

namespace core {

namespace {

using Kind = StructField::Kind;

// ---- integers: Integer, Char, Bool, Enum, bitfields of any of them -----------------------------------

int bitsOf(const StructField &field)
{
    return field.isBitField() ? field.bitWidth : int(std::min<quint64>(field.size, 8) * 8);
}

bool isReadableInteger(const StructField &field)
{
    if (field.isBitField())
        return field.bitWidth >= 1 && field.bitWidth <= 64;
    return field.size == 1 || field.size == 2 || field.size == 4 || field.size == 8;
}

// The field's bits, zero-extended. A bitfield's bits may start inside its first byte and run into the next.
quint64 rawBits(const StructField &field, QByteArrayView bytes)
{
    quint64 value = 0;
    if (!field.isBitField()) {
        std::memcpy(&value, bytes.data(), size_t(std::min<qsizetype>(bytes.size(), 8)));
        return value;
    }
    int got = 0;
    int bit = field.bitOffset;
    for (qsizetype i = 0; got < field.bitWidth && i < bytes.size(); ++i, bit = 0) {
        const int take = std::min(8 - bit, field.bitWidth - got);
        const quint64 part = (quint64(uchar(bytes[i])) >> bit) & ((quint64(1) << take) - 1);
        value |= part << got;
        got += take;
    }
    return value;
}

// The bits as a 64-bit pattern: sign-extended when the field is signed, so a signed value compares equal
// to qint64 values such as enumerators.
quint64 extendedBits(const StructField &field, quint64 raw)
{
    const int bits = bitsOf(field);
    if (!field.isSigned || bits >= 64)
        return raw;
    const int shift = 64 - bits;
    return quint64(qint64(raw << shift) >> shift);
}

QString decimal(const StructField &field, quint64 extended)
{
    return field.isSigned ? QString::number(qint64(extended)) : QString::number(extended);
}

quint64 valueBits(const StructField &field, QByteArrayView bytes)
{
    return extendedBits(field, rawBits(field, bytes));
}

// The bytes of the field holding `value`: a whole field is its own bytes; a bitfield is the bytes that
// hold its bits, with every other bit as it is in `current`.
QByteArray storeBits(const StructField &field, quint64 value, QByteArrayView current)
{
    if (!field.isBitField()) {
        QByteArray out(qsizetype(field.size), '\0');
        std::memcpy(out.data(), &value, size_t(std::min<quint64>(field.size, 8)));
        return out;
    }
    QByteArray out = current.toByteArray();
    int put = 0;
    int bit = field.bitOffset;
    for (qsizetype i = 0; put < field.bitWidth && i < out.size(); ++i, bit = 0) {
        const int take = std::min(8 - bit, field.bitWidth - put);
        const uint mask = ((1u << take) - 1) << bit;
        const uint part = uint((value >> put) << bit) & mask;
        out[i] = char((uchar(out.at(i)) & ~mask) | part);
        put += take;
    }
    return out;
}

// "an 8-bit signed", "a 16-bit unsigned": the article as the number is spoken. Whole phrases, so that a
// language without articles translates each one as a whole.
QString widthPhrase(int bits, bool isSigned)
{
    const bool an = bits == 11 || bits == 18 || QString::number(bits).startsWith(QLatin1Char('8'));
    if (isSigned)
        return (an ? FieldCodec::tr("an %1-bit signed") : FieldCodec::tr("a %1-bit signed")).arg(bits);
    return (an ? FieldCodec::tr("an %1-bit unsigned") : FieldCodec::tr("a %1-bit unsigned")).arg(bits);
}

// The number in `text` as the field's bits, refused when it does not fit the field's width and signedness.
Result<quint64> integerBits(const StructField &field, const QString &text)
{
    const auto parsed = InputParser::integer(text);
    if (!parsed)
        return Error::plain(FieldCodec::tr("\"%1\" is not a whole number: write one such as 42, -7 or 0x2a.")
                           .arg(text.trimmed()));
    const int bits = bitsOf(field);
    const quint64 mask = bits >= 64 ? ~quint64(0) : (quint64(1) << bits) - 1;
    bool fits = !parsed->overflow;
    QString range;
    if (field.isSigned) {
        const quint64 largestNegative = quint64(1) << (bits - 1); // magnitude of the minimum
        fits = fits && parsed->magnitude <= (parsed->negative ? largestNegative : largestNegative - 1);
        range = FieldCodec::tr("-%1 to %2").arg(largestNegative).arg(largestNegative - 1);
    } else {
        fits = fits && (!parsed->negative || parsed->magnitude == 0) && parsed->magnitude <= mask;
        range = FieldCodec::tr("0 to %1").arg(mask);
    }
    if (!fits)
        return Error::plain(FieldCodec::tr("%1 does not fit in %2 field (%3).")
                           .arg(text.trimmed(), widthPhrase(bits, field.isSigned), range));
    const quint64 value = parsed->negative ? ~parsed->magnitude + 1 : parsed->magnitude;
    return value & mask;
}

// ---- text: escapes shared by char and string fields -------------------------------------------------

// The length of the well-formed UTF-8 sequence at bytes[i] (RFC 3629: no overlongs, no surrogates, at most
// U+10FFFF); 0 when the bytes there are not one.
qsizetype utf8Length(QByteArrayView bytes, qsizetype i)
{
    const uchar lead = uchar(bytes[i]);
    qsizetype length = 0;
    uchar low = 0x80;
    uchar high = 0xbf; // allowed range of the second byte
    if (lead >= 0xc2 && lead <= 0xdf)
        length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        low = lead == 0xe0 ? 0xa0 : 0x80;
        high = lead == 0xed ? 0x9f : 0xbf;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        low = lead == 0xf0 ? 0x90 : 0x80;
        high = lead == 0xf4 ? 0x8f : 0xbf;
    } else
        return 0;
    if (i + length > bytes.size())
        return 0;
    for (qsizetype k = 1; k < length; ++k) {
        const uchar c = uchar(bytes[i + k]);
        if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xbf))
            return 0;
    }
    return length;
}

void appendHexEscape(QString &out, uchar byte)
{
    out += QLatin1String("\\x");
    out += ByteFormat::hexDigit(byte >> 4);
    out += ByteFormat::hexDigit(byte & 0xf);
}

// One ASCII byte as text: itself, or its escape when it is a control character or the backslash. True when
// the escape is a hex one (\x01).
bool appendAscii(QString &out, uchar byte)
{
    switch (byte) {
    case '\\':
        out += QLatin1String("\\\\");
        return false;
    case '\n':
        out += QLatin1String("\\n");
        return false;
    case '\t':
        out += QLatin1String("\\t");
        return false;
    case '\r':
        out += QLatin1String("\\r");
        return false;
    default:
        if (byte < 0x20 || byte == 0x7f) {
            appendHexEscape(out, byte);
            return true;
        }
        out += QLatin1Char(char(byte));
        return false;
    }
}

// Bytes as text: UTF-8 as its characters, everything else escaped, so that the text says which bytes are
// there and reads back (unescape) to the very same bytes. As the inside of a C string literal, a quote is
// escaped too, and a hex digit after a hex escape starts a literal of its own ("\x01" "f"): C would read
// it as a third digit of the escape, where unescape stops at two.
enum class Quoting { None, CString };
QString escaped(QByteArrayView bytes, Quoting quoting = Quoting::None)
{
    QString out;
    out.reserve(bytes.size());
    bool afterHexEscape = false;
    for (qsizetype i = 0; i < bytes.size();) {
        const uchar byte = uchar(bytes[i]);
        const bool isHexDigit = InputParser::hexDigitValue(QChar(char16_t(byte))) >= 0;
        if (quoting == Quoting::CString && afterHexEscape && isHexDigit)
            out += QLatin1String("\" \"");
        if (quoting == Quoting::CString && byte == '"') {
            out += QLatin1String("\\\"");
            afterHexEscape = false;
            ++i;
        } else if (byte < 0x80) {
            afterHexEscape = appendAscii(out, byte);
            ++i;
        } else if (const qsizetype length = utf8Length(bytes, i); length > 0) {
            out += QString::fromUtf8(bytes.sliced(i, length));
            afterHexEscape = false;
            i += length;
        } else {
            appendHexEscape(out, byte);
            afterHexEscape = true;
            ++i;
        }
    }
    return out;
}

// A string's bytes: up to the first NUL, or all of them when there is none.
QByteArrayView upToNul(QByteArrayView bytes)
{
    const qsizetype end = bytes.indexOf('\0');
    return end < 0 ? bytes : bytes.first(end);
}

// The bytes a text with escapes stands for: characters as UTF-8, \xHH as that byte, \\ \n \t \r \0 \' \".
Result<QByteArray> unescaped(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    qsizetype runStart = 0;
    const auto flush = [&](qsizetype end) {
        out += QStringView(text).sliced(runStart, end - runStart).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('\\'))
            continue;
        flush(i);
        if (i + 1 >= text.size())
            return Error::plain(FieldCodec::tr("The text ends in a lone backslash: write \\\\ for a backslash."));
        const char16_t next = text.at(i + 1).unicode();
        qsizetype used = 2;
        switch (next) {
        case u'\\':
            out += '\\';
            break;
        case u'n':
            out += '\n';
            break;
        case u't':
            out += '\t';
            break;
        case u'r':
            out += '\r';
            break;
        case u'0':
            out += '\0';
            break;
        case u'\'':
            out += '\'';
            break;
        case u'"':
            out += '"';
            break;
        case u'x': {
            const int high = i + 2 < text.size() ? InputParser::hexDigitValue(text.at(i + 2)) : -1;
            const int low = i + 3 < text.size() ? InputParser::hexDigitValue(text.at(i + 3)) : -1;
            if (high < 0 || low < 0)
                return Error::plain(FieldCodec::tr("\\x wants two hex digits, as in \\xff."));
            out += char(high * 16 + low);
            used = 4;
            break;
        }
        default:
            return Error::plain(
                FieldCodec::tr("\\%1 is not an escape ShmScope knows: use \\\\ \\n \\t \\r \\0 or \\xff.")
                    .arg(QChar(next)));
        }
        i += used - 1;
        runStart = i + 1;
    }
    flush(text.size());
    return out;
}

QString charLiteral(uchar byte)
{
    QString out = QStringLiteral("'");
    if (byte == '\'')
        out += QLatin1String("\\'");
    else if (byte < 0x80)
        appendAscii(out, byte);
    else
        appendHexEscape(out, byte); // one byte of a multibyte character is no character
    return out + QLatin1Char('\'');
}

// 'A', '\n', '\xff' to its byte, or a number in the char's range.
Result<quint64> charBits(const StructField &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1Char('\'')))
        return integerBits(field, trimmed);
    if (trimmed.size() < 3 || !trimmed.endsWith(QLatin1Char('\'')))
        return Error::plain(
            FieldCodec::tr("%1 is not a character: write one between quotes, such as 'A' or '\\n', or "
                           "its number.")
                .arg(trimmed));
    const auto bytes = unescaped(trimmed.sliced(1, trimmed.size() - 2));
    if (!bytes.ok())
        return bytes.error();
    if (bytes.value().size() != 1)
        return Error::plain(
            FieldCodec::tr("%1 is %2 bytes in UTF-8, and a char holds one: write its bytes one by one, "
                           "such as '\\xc3'.")
                .arg(trimmed)
                .arg(bytes.value().size()));
    return quint64(uchar(bytes.value().at(0)));
}

Result<quint64> boolBits(const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("true") || word == QLatin1String("1"))
        return quint64(1);
    if (word == QLatin1String("false") || word == QLatin1String("0"))
        return quint64(0);
    return Error::plain(FieldCodec::tr("\"%1\" is not a bool: write true or false.").arg(text.trimmed()));
}

QString enumText(const StructField &field, quint64 bits)
{
    for (const Enumerator &e : field.enumerators) {
        if (quint64(e.value) == bits)
            return e.name;
    }
    return decimal(field, bits);
}

Result<quint64> enumBits(const StructField &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const Enumerator &e : field.enumerators) {
        if (e.name == trimmed) // its value still has to fit the field, which may be a few bits wide
            return integerBits(field, decimal(field, quint64(e.value)));
    }
    if (InputParser::integer(trimmed))
        return integerBits(field, trimmed);
    QStringList names;
    for (const Enumerator &e : field.enumerators)
        names << e.name;
    constexpr qsizetype MaxNames = 10;
    if (names.size() > MaxNames)
        names = names.mid(0, MaxNames) << QStringLiteral("...");
    return Error::plain(FieldCodec::tr("\"%1\" is not a value of %2: write one of %3, or a number.")
                       .arg(trimmed, field.typeName, names.join(QStringLiteral(", "))));
}

// ---- floating point ---------------------------------------------------------------------------------

template <typename T> QString floatText(QByteArrayView bytes)
{
    T value;
    std::memcpy(&value, bytes.data(), sizeof value);
    char buffer[64];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value); // shortest that reads back
    return QString::fromLatin1(buffer, written.ptr - buffer);
}

template <typename T> QString shortest(T value)
{
    char buffer[64];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, written.ptr - buffer);
}

template <typename T>
Result<QByteArray> floatBytes(const QString &text, const StructField &field, const char *typeName)
{
    const QByteArray latin = text.trimmed().toLatin1();
    const char *begin = latin.constData();
    const char *end = begin + latin.size();
    if (begin != end && *begin == '+') // from_chars takes no plus sign; people type one
        ++begin;
    T value{};
    const auto read = std::from_chars(begin, end, value);
    if (read.ec == std::errc::invalid_argument || read.ptr != end || latin.isEmpty())
        return Error::plain(FieldCodec::tr("\"%1\" is not a number: write one such as 3.14, -2.5e-3, inf or nan.")
                           .arg(text.trimmed()));
    if (read.ec == std::errc::result_out_of_range)
        return Error::plain(FieldCodec::tr("%1 does not fit in a %2 (magnitudes from %3 to %4, or 0).")
                           .arg(text.trimmed(), QLatin1String(typeName),
                                shortest(std::numeric_limits<T>::denorm_min()),
                                shortest(std::numeric_limits<T>::max())));
    // Zeros first: an x87 long double fills 10 of its 16 bytes, and the rest should not be stack garbage.
    QByteArray out(qsizetype(field.size), '\0');
    std::memcpy(out.data(), &value, sizeof value);
    return out;
}

bool isReadableFloat(const StructField &field)
{
    return field.size == sizeof(float) || field.size == sizeof(double) || field.size == sizeof(long double);
}

QString hexBytes(QByteArrayView bytes)
{
    if (bytes.size() <= FieldCodec::MaxHexBytesShown)
        return ByteFormat::hex(bytes);
    return ByteFormat::hex(bytes.first(FieldCodec::MaxHexBytesShown)) +
           QStringLiteral(" ... (%1 bytes)").arg(bytes.size());
}

} // namespace

bool FieldCodec::isAvailable(const StructField &field, quint64 windowStart, quint64 windowSize)
{
    if (field.offset < windowStart)
        return false;
    const quint64 at = field.offset - windowStart;
    return at <= windowSize && field.size <= windowSize - at;
}

std::optional<QByteArrayView> FieldCodec::bytesOf(const StructField &field, QByteArrayView window,
                                                  quint64 windowStart)
{
    if (!isAvailable(field, windowStart, quint64(window.size())))
        return std::nullopt;
    return window.sliced(qsizetype(field.offset - windowStart), qsizetype(field.size));
}

std::optional<QString> FieldCodec::decode(const StructField &field, QByteArrayView window,
                                          quint64 windowStart)
{
    const auto bytes = bytesOf(field, window, windowStart);
    if (!bytes)
        return std::nullopt;
    return text(field, *bytes);
}

QString FieldCodec::number(const StructField &field, QByteArrayView fieldBytes)
{
    return decimal(field, valueBits(field, fieldBytes));
}

QString FieldCodec::cString(const StructField &field, QByteArrayView fieldBytes)
{
    Q_ASSERT(field.kind == Kind::String && quint64(fieldBytes.size()) == field.size);
    return QLatin1Char('"') + escaped(upToNul(fieldBytes), Quoting::CString) + QLatin1Char('"');
}

QString FieldCodec::text(const StructField &field, QByteArrayView fieldBytes)
{
    Q_ASSERT(quint64(fieldBytes.size()) == field.size);
    if (quint64(fieldBytes.size()) != field.size)
        return {};
    switch (field.kind) {
    case Kind::Integer:
        return isReadableInteger(field) ? number(field, fieldBytes) : hexBytes(fieldBytes);
    case Kind::Char:
        return field.size == 1 ? charLiteral(uchar(fieldBytes[0])) : hexBytes(fieldBytes);
    case Kind::Bool: {
        const quint64 bits = rawBits(field, fieldBytes);
        if (bits <= 1)
            return bits ? QStringLiteral("true") : QStringLiteral("false");
        return QStringLiteral("true (%1)").arg(bits); // C reads any other byte as true; say which it is
    }
    case Kind::Enum:
        return isReadableInteger(field) ? enumText(field, valueBits(field, fieldBytes))
                                        : hexBytes(fieldBytes);
    case Kind::Float:
        if (field.size == sizeof(float))
            return floatText<float>(fieldBytes);
        if (field.size == sizeof(double))
            return floatText<double>(fieldBytes);
        if (field.size == sizeof(long double))
            return floatText<long double>(fieldBytes);
        return hexBytes(fieldBytes);
    case Kind::String:
        return escaped(upToNul(fieldBytes));
    case Kind::Pointer:
        return QStringLiteral("0x") +
               QString::number(rawBits(field, fieldBytes), 16)
                   .rightJustified(qsizetype(std::min<quint64>(field.size, 8) * 2), QLatin1Char('0'));
    case Kind::Padding:
    case Kind::Opaque:
        return hexBytes(fieldBytes);
    case Kind::Array:
    case Kind::Struct:
    case Kind::Union:
        return {};
    }
    return {};
}

quint64 FieldCodec::shownLength(const StructField &field)
{
    switch (field.kind) {
    case Kind::String:
        return std::min<quint64>(field.size, MaxTextBytesShown);
    case Kind::Padding:
    case Kind::Opaque:
        return std::min<quint64>(field.size, MaxHexBytesShown + 1); // one more tells that more follow
    default:
        return field.size;
    }
}

QString FieldCodec::shownText(const StructField &field, QByteArrayView shownBytes)
{
    const bool textToItsNul = field.kind == Kind::String && shownBytes.contains('\0');
    Q_ASSERT(quint64(shownBytes.size()) == shownLength(field) || textToItsNul);
    if (quint64(shownBytes.size()) == field.size)
        return text(field, shownBytes);
    if (quint64(shownBytes.size()) != shownLength(field) && !textToItsNul)
        return {};
    if (field.kind == Kind::String) {
        const QByteArrayView shown = upToNul(shownBytes);
        return shown.size() < shownBytes.size() ? escaped(shown) : escaped(shown) + QStringLiteral("…");
    }
    return ByteFormat::hex(shownBytes.first(MaxHexBytesShown)) + QStringLiteral(" ... (%1 bytes)").arg(field.size);
}

bool FieldCodec::isEditable(const StructField &field)
{
    switch (field.kind) {
    case Kind::Integer:
    case Kind::Bool:
    case Kind::Char:
    case Kind::Enum:
        return isReadableInteger(field);
    case Kind::Float:
        return isReadableFloat(field);
    case Kind::String:
        return !field.isFlexible && field.arrayCount > 0;
    default:
        return false;
    }
}

Result<FieldCodec::Write> FieldCodec::encode(const StructField &field, const QString &text,
                                             QByteArrayView window, quint64 windowStart)
{
    if (!isEditable(field)) {
        switch (field.kind) {
        case Kind::Pointer:
            return Error::plain(
                tr("%1 is a pointer: it is shown, not edited, as an address in another "
                   "process means nothing here.")
                    .arg(field.displayName()));
        case Kind::Padding:
            return Error::plain(tr("Padding belongs to no field: edit its bytes in the hex view."));
        case Kind::Struct:
        case Kind::Union:
        case Kind::Array:
            return Error::plain(tr("%1 has no value of its own: edit its members one by one.")
                               .arg(field.displayName()));
        default:
            return Error::plain(
                tr("ShmScope cannot write a %1 as text: edit its bytes in the hex view.")
                    .arg(field.typeName));
        }
    }

    Write write;
    write.offset = field.offset;
    if (field.kind == Kind::String) {
        const auto bytes = unescaped(text);
        if (!bytes.ok())
            return bytes.error();
        const quint64 limit = field.arrayCount - 1; // and the NUL that ends the text
        if (limit == 0 && !bytes.value().isEmpty())
            return Error::plain(tr("%1 (%2) holds only the closing NUL: no text fits in it.")
                                    .arg(field.displayName(), field.typeName));
        // Here the text is longer than a limit of at least 1: more than one byte.
        if (quint64(bytes.value().size()) > limit)
            return Error::plain(
                tr("%1 (%2) holds at most %3 byte(s) of text and the closing NUL; this text is "
                   "%4 bytes in UTF-8.",
                   nullptr, Translations::numerus(limit))
                    .arg(field.displayName(), field.typeName)
                    .arg(limit)
                    .arg(bytes.value().size()));
        write.bytes = bytes.value() + '\0'; // the rest of the array stays as it is
        return write;
    }
    if (field.kind == Kind::Float) {
        const auto bytes = field.size == sizeof(float) ? floatBytes<float>(text, field, "float")
                           : field.size == sizeof(double)
                               ? floatBytes<double>(text, field, "double")
                               : floatBytes<long double>(text, field, "long double");
        if (!bytes.ok())
            return bytes.error();
        write.bytes = bytes.value();
        return write;
    }

    const Result<quint64> bits = field.kind == Kind::Bool   ? boolBits(text)
                                 : field.kind == Kind::Char ? charBits(field, text)
                                 : field.kind == Kind::Enum ? enumBits(field, text)
                                                            : integerBits(field, text);
    if (!bits.ok())
        return bits.error();
    QByteArrayView current;
    if (field.isBitField()) {
        const auto bytes = bytesOf(field, window, windowStart);
        if (!bytes)
            return Error::plain(
                tr("The bytes around the bitfield %1 are not in view: read them before "
                   "changing its bits.")
                    .arg(field.displayName()));
        current = *bytes;
    }
    write.bytes = storeBits(field, bits.value(), current);
    return write;
}

} // namespace core
