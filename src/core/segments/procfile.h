#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace core {

// Reading the kernel's text files of /proc, which report size 0: plain POSIX, as QFile costs more per file
// and a scan may open one file per process.
class ProcFile
{
public:
    // Reads fd to EOF into *out (its buffer is reused). Leaves errno set when it fails.
    static bool readToEnd(int fd, QByteArray *out);
    // Opens path, reads it whole into *out and closes it. Leaves errno set when it fails.
    static bool read(const QByteArray &path, QByteArray *out);
    // The same for `name` relative to the folder open on dirFd: a scan that opens /proc once reads
    // "PID/maps" without looking up /proc again for each file.
    static bool readAt(int dirFd, const char *name, QByteArray *out);
    // The numeric entries of a /proc (or of its task/ folder), in the order the kernel lists them.
    [[nodiscard]] static QList<qint64> processIds(const QByteArray &root);
    // root/PID/comm without its '\n'; nullopt when the process is gone or may not be read.
    [[nodiscard]] static std::optional<QByteArray> command(const QByteArray &root, qint64 pid);
    // The same from the comm file at `path` relative to the folder open on dirFd ("PID/comm" in /proc).
    [[nodiscard]] static std::optional<QByteArray> commandAt(int dirFd, const char *path);
};

} // namespace core
