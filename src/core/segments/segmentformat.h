#pragma once

#include "core/segments/segmentinfo.h"

#include <QCoreApplication>
#include <QStringList>

namespace core {

// How segment fields read as text. One place, so that the table, the details panel and `--list` agree,
// and agree with `ipcs -m` where ipcs shows the same field.
class SegmentFormat
{
    Q_DECLARE_TR_FUNCTIONS(core::SegmentFormat)

public:
    [[nodiscard]] static QString key(qint32 key);           // "0x00001234": the 32-bit value, as ipcs prints it
    [[nodiscard]] static QString keyLiteral(qint32 key);    // "0x1234": a C literal, as the lesson and our C calls write it
    [[nodiscard]] static QString modeLiteral(quint32 mode); // "0640": the permission bits as a C octal literal
    [[nodiscard]] static QString perms(quint32 mode);       // "640": the permission bits in octal
    [[nodiscard]] static QStringList statusWords(const SegmentInfo &segment); // {"dest", "locked"}
    [[nodiscard]] static QString status(const SegmentInfo &segment);          // "dest locked"
    [[nodiscard]] static QString humanSize(quint64 bytes);  // "56 B", "4.0 KiB", "1.0 GiB"
    // A number of bytes in words, exact, with its human size when that says more: "1 byte", "56 bytes",
    // "4096 bytes (4.0 KiB)".
    [[nodiscard]] static QString byteCount(quint64 bytes);
    // A kernel limit of this many bytes, or pages of `pageSize`, binds no machine: the kernel's defaults for
    // shmmax and shmall, ULONG_MAX - 2^24, mean "unlimited" and lie far past it.
    [[nodiscard]] static bool isNoPracticalLimit(quint64 count, quint64 unitBytes = 1);
    // A limit in bytes (shmmax): as byteCount(), or "16 EiB (no practical limit)" rather than 20 digits.
    [[nodiscard]] static QString byteLimit(quint64 bytes);
    // `part` of `whole` in per cent, readable at both ends: "0 %", "< 0.01 %", "12.5 %", "> 99.99 %",
    // "100 %"; empty when `whole` is 0.
    [[nodiscard]] static QString percent(quint64 part, quint64 whole);
    [[nodiscard]] static QString time(qint64 epochSeconds); // ISO date and time, local; "never" for 0
    [[nodiscard]] static QString address(quint64 address);  // "0x7f3a5c000000"
    // The key the segment was created with: for a removed segment it comes from the mapping's name.
    [[nodiscard]] static QString creationKey(const SegmentInfo &segment);
};

} // namespace core
