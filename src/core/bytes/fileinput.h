#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace core {

// A file whose bytes go into a segment (--write, Load File at Cursor), opened without trusting its name: only
// a regular file is read. A directory has no bytes, /dev/zero or /dev/urandom would read for ever (their size
// is 0, so a size check alone lets them through), a FIFO would block the open until someone writes. The type is
// taken from the open descriptor, so a name swapped for a device between a look and the open changes nothing.
// Standard input is the exception the command line asks for by "-": a pipe is what it usually is.
//
// The bytes are read only up to what the caller has room for, so that a file too large for a segment is
// never read whole to be refused.
class FileInput
{
    Q_DECLARE_TR_FUNCTIONS(core::FileInput)

public:
    // Opens `path` for reading. Refused, in one sentence each: it does not exist, it is a directory, a
    // character or block device, a FIFO, a socket, or it may not be read.
    [[nodiscard]] static Result<std::unique_ptr<FileInput>> open(const QString &path);
    // Standard input, whatever it is (a pipe, a file, a terminal); left open when this goes.
    [[nodiscard]] static std::unique_ptr<FileInput> standardInput();
    ~FileInput();
    FileInput(const FileInput &) = delete;
    FileInput &operator=(const FileInput &) = delete;

    // The path it was opened by, or "standard input".
    [[nodiscard]] QString name() const { return m_name; }
    // A regular file's size when it was opened; nullopt for standard input, whose size is known once read.
    [[nodiscard]] std::optional<quint64> size() const { return m_size; }
    // The bytes from where the last read ended, up to `limit` of them or the end, whichever comes first.
    // Memory grows with what is read, not with `limit`.
    [[nodiscard]] Result<QByteArray> read(quint64 limit);

private:
    FileInput(int fd, QString name, std::optional<quint64> size, bool owned);

    int m_fd;
    QString m_name;
    std::optional<quint64> m_size;
    bool m_owned; // closed when this goes (not standard input)
};

} // namespace core
