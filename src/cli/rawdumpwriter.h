#pragma once

#include "cli/dumprange.h"
#include "core/result.h"

#include <QCoreApplication>

#include <optional>

class QIODevice;

namespace core {

class ByteSource;

// --dump --format raw: the bytes themselves, unchanged, as `dd` or `cat` of the object would give them, so
// that sha256sum, cmp or a file format's own tools can read a dump.
class RawDumpWriter
{
    Q_DECLARE_TR_FUNCTIONS(core::RawDumpWriter)

public:
    // Writes `length` bytes from `offset` (nullopt: up to the end) of `source` to `out`, chunkSize at a time:
    // a range that leaves the object is refused before anything is written. Holes of a sparse segment are
    // never read (core::SparseReader): into a file (not a pipe) they are skipped with a seek, so the file is
    // sparse where the segment is; into a pipe they go as zeros. An object that shrinks while it is written
    // is written up to its new end, and the error then says so.
    [[nodiscard]] static Result<Done> dump(const ByteSource &source, quint64 offset, std::optional<quint64> length,
                                           QIODevice *out, quint64 chunkSize = DumpRange::DefaultChunkSize);
};

} // namespace core
