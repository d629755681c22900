#include "core/segments/segmentformat.h"

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
