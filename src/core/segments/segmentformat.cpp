#include "core/segments/segmentformat.h"

#include "core/translations.h"

#include <QDateTime>

#include <cmath>

namespace core {

QString SegmentFormat::key(qint32 key)
{
    return QStringLiteral("0x%1").arg(quint32(key), 8, 16, QLatin1Char('0'));
}

QString SegmentFormat::keyLiteral(qint32 key)
{
    return QStringLiteral("0x%1").arg(quint32(key), 0, 16);
}

QString SegmentFormat::modeLiteral(quint32 mode)
{
    return QLatin1Char('0') + QString::number(mode & 0777, 8).rightJustified(3, QLatin1Char('0'));
}

QString SegmentFormat::perms(quint32 mode)
{
    return QString::number(mode & 0777, 8);
}

QStringList SegmentFormat::statusWords(const SegmentInfo &segment)
{
    QStringList words;
    if (segment.isDestroyed())
        words << QStringLiteral("dest");
    if (segment.isLocked())
        words << QStringLiteral("locked");
    return words;
}

QString SegmentFormat::status(const SegmentInfo &segment)
{
    return statusWords(segment).join(QLatin1Char(' '));
}

QString SegmentFormat::humanSize(quint64 bytes)
{
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    if (bytes < 1024)
        return QString::number(bytes) + QStringLiteral(" B");
    double value = double(bytes) / 1024.0;
    int unit = 0;
    // Compare what will be printed, not the raw value: 1048575 bytes is 1023.999 KiB, which one decimal
    // rounds to "1024.0 KiB"; it must read "1.0 MiB".
    while (std::round(value * 10.0) / 10.0 >= 1024.0 && unit < 5) {
        value /= 1024.0;
        ++unit;
    }
    return QString::number(value, 'f', 1) + QLatin1Char(' ') + QLatin1String(units[unit]);
}

QString SegmentFormat::byteCount(quint64 bytes)
{
    const QString count = tr("%1 byte(s)", nullptr, Translations::numerus(bytes)).arg(bytes);
    // Below 1 KiB the human size is the same number again ("1 byte (1 B)").
    if (bytes < 1024)
        return count;
    return tr("%1 (%2)", "a count of bytes (its human size)").arg(count, humanSize(bytes));
}

bool SegmentFormat::isNoPracticalLimit(quint64 count, quint64 unitBytes)
{
    constexpr quint64 OneEiB = quint64(1) << 60; // a thousand times the memory of the largest machines
    return unitBytes > 0 && count >= OneEiB / unitBytes;
}

QString SegmentFormat::byteLimit(quint64 bytes)
{
    if (!isNoPracticalLimit(bytes))
        return byteCount(bytes);
    const auto exbibytes = qulonglong(std::llround(std::ldexp(double(bytes), -60)));
    return tr("%1 EiB (no practical limit)").arg(exbibytes);
}

QString SegmentFormat::percent(quint64 part, quint64 whole)
{
    if (whole == 0)
        return {};
    // Two decimals, trailing zeros dropped; never 0 % for some or 100 % for less than all.
    const double value = 100.0 * double(part) / double(whole);
    if (part > 0 && value < 0.01)
        return tr("< %1 %", "a percentage below the smallest shown").arg(QStringLiteral("0.01"));
    if (part < whole && value > 99.99)
        return tr("> %1 %", "a percentage above the largest shown below 100").arg(QStringLiteral("99.99"));
    QString number = QString::number(value, 'f', 2);
    while (number.endsWith(QLatin1Char('0')))
        number.chop(1);
    if (number.endsWith(QLatin1Char('.')))
        number.chop(1);
    return tr("%1 %", "a percentage").arg(number);
}

QString SegmentFormat::time(qint64 epochSeconds)
{
    if (epochSeconds == 0)
        return tr("never");
    return QDateTime::fromSecsSinceEpoch(epochSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString SegmentFormat::address(quint64 address)
{
    return QStringLiteral("0x") + QString::number(address, 16);
}

QString SegmentFormat::creationKey(const SegmentInfo &segment)
{
    return key(segment.hasOriginalKey ? segment.originalKey : segment.key);
}

} // namespace core
