#pragma once

#include "core/layout/structlayout.h"
#include "core/snapshots/snapshotfile.h"

#include <QString>

namespace core {

// The text of `shmscope --diff A B`: which side is which, each run of differing bytes (its offset, length and
// bytes old → new), the fields old → new when a layout is given, and a last line with the totals. English in
// every locale, as the rest of what the command line prints. Pure formatting over two snapshots, so tests
// feed it made-up ones.
class SnapshotDiffWriter
{
public:
    // A range shows at most this many bytes of each side in hex; a longer one ends its bytes with "…".
    static constexpr qsizetype MaxBytesShown = 16;

    // `before` and `after` with what the user named them by (a file's path, a shmid); `layout` may be null.
    [[nodiscard]] static QString write(const Snapshot &before, const QString &beforeLabel,
                                       const Snapshot &after, const QString &afterLabel,
                                       const StructLayout *layout);
    // "A: st.shmsnap (segment 32768, 56 bytes, taken 2026-12-03T15:40:01.123Z)".
    [[nodiscard]] static QString describe(const Snapshot &snapshot, const QString &label);
};

} // namespace core
