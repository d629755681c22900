#include "core/inputparser.h"

#include <QRegularExpression>

#include <limits>

namespace core {

int InputParser::hexDigitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

std::optional<InputParser::Integer> InputParser::integer(QStringView text)
{
    text = text.trimmed();
    Integer out;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        out.hasSign = true;
        out.negative = text.front() == QLatin1Char('-');
        text = text.sliced(1);
    }
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        out.hex = true;
        text = text.sliced(2);
    }
    if (text.isEmpty())
        return std::nullopt;
    const quint64 base = out.hex ? 16 : 10;
    for (const QChar c : text) {
        const int digit = hexDigitValue(c);
        if (digit < 0 || quint64(digit) >= base)
            return std::nullopt;
        if (out.magnitude > (std::numeric_limits<quint64>::max() - quint64(digit)) / base)
            out.overflow = true;
        out.magnitude = out.magnitude * base + quint64(digit);
    }
    return out;
}

Result<qint32> InputParser::key(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Error::plain(tr("Enter a key: a number such as 0x1234 or 4660."));
    const auto n = integer(t);
    // A key written in hex is a pattern of bits and has no sign; in decimal it is an int, as ftok's are.
    if (!n || (n->hex && n->hasSign))
        return Error::plain(tr("\"%1\" is not a key: write it in hex (0x1234) or decimal (4660).").arg(t));
    const quint64 largest = n->negative ? quint64(1) << 31 : std::numeric_limits<quint32>::max();
    if (n->overflow || n->magnitude > largest)
        return Error::plain(tr("Key %1 does not fit in 32 bits (at most 0xffffffff).").arg(t));
    return qint32(quint32(n->negative ? ~n->magnitude + 1 : n->magnitude));
}

namespace {

// Divides a number written as decimal digits by a one-digit divisor, in place; false when it does not go
// exactly.
bool divideExactly(QByteArray &digits, int divisor)
{
    int remainder = 0;
    for (char &c : digits) {
        const int value = remainder * 10 + (c - '0');
        c = char('0' + value / divisor);
        remainder = value % divisor;
    }
    return remainder == 0;
}

// A size as typed: 1 the whole digits, 2 the fraction's, 3 the power's letter (k m g t), 4 "i" (binary, as
// is a letter without "b"), 5 "b".
QRegularExpressionMatch matchSize(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d+)(?:\.(\d+))?\s*(?:([kmgt])(i?))?(b?)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text);
}

bool isBinaryUnit(const QRegularExpressionMatch &size)
{
    return !size.captured(4).isEmpty() || size.captured(5).isEmpty();
}

} // namespace

QString InputParser::sizeUnit(const QString &text)
{
    const auto match = matchSize(text);
    if (!match.hasMatch())
        return {};
    const QString power = match.captured(3).toUpper();
    if (power.isEmpty())
        return match.captured(5).isEmpty() ? QString() : QStringLiteral("B");
    if (isBinaryUnit(match))
        return power + QStringLiteral("iB");
    return (power == QLatin1String("K") ? QStringLiteral("k") : power) + QLatin1Char('B');
}

Result<quint64> InputParser::size(const QString &text)
{
    const auto match = matchSize(text);
    if (!match.hasMatch())
        return Error::plain(tr("\"%1\" is not a size: write bytes (4096) or a number with a unit "
                               "(4 KiB, 1.5 MiB, 2 GB).")
                                .arg(text.trimmed()));
    const QString unit = match.captured(3).toLower();
    const bool binary = isBinaryUnit(match);
    // "" is found at 0 in any string: no unit is power 0, not the index of nothing.
    const qsizetype power = unit.isEmpty() ? 0 : QStringLiteral("kmgt").indexOf(unit) + 1;
    // Exactly, in integers: all the digits, times the unit (2^10 or 2^3 * 5^3, to the power), over 10 for
    // each digit after the point. A double rounds "1.999999999999999999999k" to 2048 bytes and loses the last
    // digits of sizes above 2^53.
    QByteArray fraction = match.captured(2).toLatin1();
    while (fraction.endsWith('0'))
        fraction.chop(1);
    QByteArray digits = match.captured(1).toLatin1() + fraction;
    qsizetype twos = (binary ? 10 : 3) * power - fraction.size();
    qsizetype fives = (binary ? 0 : 3) * power - fraction.size();
    const auto notWhole = [&] {
        return Error::plain(tr("%1 is not a whole number of bytes.").arg(text.trimmed()));
    };
    // The digits end in the fraction's last, which is not 0: they are not a multiple of 10.
    if (twos < 0 && fives < 0)
        return notWhole();
    for (; twos < 0; ++twos) {
        if (!divideExactly(digits, 2))
            return notWhole();
    }
    for (; fives < 0; ++fives) {
        if (!divideExactly(digits, 5))
            return notWhole();
    }
    quint64 bytes = 0;
    bool fits = true;
    const auto multiplyAdd = [&](quint64 factor, quint64 addend) {
        fits = fits && !__builtin_mul_overflow(bytes, factor, &bytes) &&
               !__builtin_add_overflow(bytes, addend, &bytes);
    };
    for (const char c : std::as_const(digits))
        multiplyAdd(10, quint64(c - '0'));
    for (; twos > 0; --twos)
        multiplyAdd(2, 0);
    for (; fives > 0; --fives)
        multiplyAdd(5, 0);
    if (!fits)
        return Error::plain(tr("%1 is more bytes than any segment can hold.").arg(text.trimmed()));
    return bytes;
}

Result<quint32> InputParser::mode(const QString &text)
{
    bool ok = false;
    const uint value = text.trimmed().toUInt(&ok, 8);
    if (!ok || value > 0777)
        return Error::plain(tr("\"%1\" is not a mode: write octal permission bits, 000 to 777 (such as 640).")
                                .arg(text.trimmed()));
    return quint32(value);
}

Result<quint64> InputParser::offset(const QString &text)
{
    const QString t = text.trimmed();
    const auto n = integer(t);
    if (!n || n->hasSign || n->overflow)
        return Error::plain(tr("\"%1\" is not an offset: write it in hex (0x10) or decimal (16).").arg(t));
    return n->magnitude;
}

Result<QByteArray> InputParser::hexBytes(const QString &text)
{
    QByteArray bytes;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString digits = word.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? word.mid(2) : word;
        for (const QChar c : digits) {
            // ASCII only: fromHex() skips the digits of other scripts (U+0663 ٣), and "184٣" became 01 84.
            if (hexDigitValue(c) < 0)
                return Error::plain(
                    tr("\"%1\" is not a hex digit: bytes are written with 0-9 and a-f.").arg(c));
        }
        // "3 1" is not "31": each word is whole bytes, two digits each.
        if (digits.isEmpty() || digits.size() % 2 != 0)
            return Error::plain(tr("\"%1\" is not whole bytes: each byte takes two hex digits.").arg(word));
        bytes += QByteArray::fromHex(digits.toLatin1());
    }
    if (bytes.isEmpty())
        return Error::plain(tr("Enter bytes in hex, such as 42 6f 62."));
    return bytes;
}

} // namespace core
