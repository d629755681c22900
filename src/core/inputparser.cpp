#include "core/inputparser.h"

#include <QRegularExpression>

#include <cmath>
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

Result<quint64> InputParser::size(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*(?:([kmgt])(i?))?(b?)\s*$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return Error::plain(tr("\"%1\" is not a size: write bytes (4096) or a number with a unit "
                             "(4 KiB, 1.5 MiB, 2 GB).")
                              .arg(text.trimmed()));
    const QString number = match.captured(1);
    const QString unit = match.captured(2).toLower();
    // Whole bytes without a unit are read exactly: a double loses the last digits of sizes above 2^53.
    if (unit.isEmpty() && !number.contains(QLatin1Char('.'))) {
        bool fits = false;
        const quint64 exact = number.toULongLong(&fits);
        if (!fits)
            return Error::plain(tr("%1 is more bytes than any segment can hold.").arg(text.trimmed()));
        return exact;
    }
    const bool binary = !match.captured(3).isEmpty() || match.captured(4).isEmpty();
    const double base = binary ? 1024.0 : 1000.0;
    // "" is found at 0 in any string: no unit is power 0, not the index of nothing.
    const int power = unit.isEmpty() ? 0 : int(QStringLiteral("kmgt").indexOf(unit)) + 1;
    const double bytes = number.toDouble() * std::pow(base, power);
    if (bytes >= 18446744073709551616.0)
        return Error::plain(tr("%1 is more bytes than any segment can hold.").arg(text.trimmed()));
    if (bytes != std::floor(bytes))
        return Error::plain(tr("%1 is not a whole number of bytes.").arg(text.trimmed()));
    return quint64(bytes);
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
                return Error::plain(tr("\"%1\" is not a hex digit: bytes are written with 0-9 and a-f.").arg(c));
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
