#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace core {

// Reads a text the user named (a layout, a settings file) without trusting the name: only a regular file is
// read, and only up to a size. A FIFO would block the open or the read for ever, /dev/zero or /dev/urandom
// would read until memory runs out (their size is 0, so a size check alone lets them through), a directory
// or a socket has no text. The file's type is taken from the open descriptor, so a name swapped for a
// device between a check and the open changes nothing.
class TextFile
{
    Q_DECLARE_TR_FUNCTIONS(core::TextFile)

public:
    // The bytes of the regular file at `path`, at most `maxBytes` of them: a longer file, or one that grows
    // past the limit while it is read, is refused whole.
    [[nodiscard]] static Result<QByteArray> read(const QString &path, qint64 maxBytes);
};

} // namespace core
