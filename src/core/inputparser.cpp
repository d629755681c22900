#include "core/inputparser.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace core {

namespace {
} // namespace

Result<qint32> InputParser::key(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Error::plain(tr("Enter a key: a number such as 0x1234 or 4660."));
    bool ok = false;
    qint64 value = 0;
    if (t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        const quint64 bits = t.mid(2).toULongLong(&ok, 16);
        // Cast as it is, a pattern of 64 bits turns negative and passes for a 32-bit key (0xff..ff as -1).
        value = bits > std::numeric_limits<quint32>::max() ? std::numeric_limits<qint64>::max() : qint64(bits);
    } else
        value = t.toLongLong(&ok, 10);
    // toULongLong accepts a sign after "0x"; a key written in hex has none.
    if (!ok || (t.size() > 2 && (t.at(2) == QLatin1Char('-') || t.at(2) == QLatin1Char('+'))))
        return Error::plain(tr("\"%1\" is not a key: write it in hex (0x1234) or decimal (4660).").arg(t));
    if (value < std::numeric_limits<qint32>::min() || value > qint64(std::numeric_limits<quint32>::max()))
        return Error::plain(tr("Key %1 does not fit in 32 bits (at most 0xffffffff).").arg(t));
    return qint32(quint32(value));
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
    bool ok = false;
    const bool hex = t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive);
    const QString digits = hex ? t.mid(2) : t;
    // toULongLong accepts a leading sign; an offset has none.
    const bool signless = !digits.isEmpty() && digits.at(0).isLetterOrNumber();
    const quint64 value = digits.toULongLong(&ok, hex ? 16 : 10);
    if (!ok || !signless)
        return Error::plain(tr("\"%1\" is not an offset: write it in hex (0x10) or decimal (16).").arg(t));
    return value;
}

Result<QByteArray> InputParser::hexBytes(const QString &text)
{
    QByteArray bytes;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString digits = word.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? word.mid(2) : word;
        for (const QChar c : digits) {
            // ASCII only: QChar::isDigit() also takes the digits of other scripts (U+0663 ٣), which
            // fromHex() then skips, and "184٣" became the bytes 01 84.
            if (!QStringLiteral("0123456789abcdefABCDEF").contains(c))
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
