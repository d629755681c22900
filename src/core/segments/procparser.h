#pragma once

#include "core/segments/segmentinfo.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace core {

// One line of /proc/PID/maps that maps a System V segment.
struct SysvMapping
{
    quint64 start = 0;
    quint64 end = 0; // one past the last byte of this line's range
    bool writable = false;
    quint64 fileOffset = 0; // 0 on the first piece; mprotect() can split one attach into several lines
    int shmid = -1;         // the inode of a SYSV mapping is the shmid
    qint32 key = 0;         // from the name "/SYSV%08x"
};

// Parsers for the kernel's text. Pure functions over bytes, so tests can feed them captured files.
class ProcParser
{
    Q_DECLARE_TR_FUNCTIONS(core::ProcParser)

public:
    // /proc/sysvipc/shm: a header line, then one segment a line in 16 columns (14 on kernels before 4.9,
    // without rss and swap). Lines that do not parse are skipped; each adds a sentence to *warnings.
    [[nodiscard]] static QList<SegmentInfo> parseSysvipcShm(QByteArrayView text, QStringList *warnings = nullptr);

    // A maps line such as "7f3a5c000000-7f3a5c001000 rw-s 00000000 00:01 32768  /SYSV00001234 (deleted)".
    // Anything that is not a System V mapping gives nullopt.
    [[nodiscard]] static std::optional<SysvMapping> parseMapsLine(QByteArrayView line);

    // A number from /proc/sys/kernel (may be followed by a newline).
    [[nodiscard]] static std::optional<quint64> parseSysctl(QByteArrayView text);
};

} // namespace core
