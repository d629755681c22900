#pragma once

#include <QString>

#include <limits>

namespace core {

// A named, coloured range of a segment's bytes, as the user marked it: where a header starts, which bytes are
// the counter. The colour is "#rrggbb" text, as the settings file keeps it (core has no QColor).
struct Bookmark
{
    QString name;
    quint64 offset = 0;
    quint64 size = 1;
    QString colour;

    // One past the last byte; saturated, so that a range that would wrap round 2^64 ends there.
    [[nodiscard]] quint64 end() const
    {
        return size > std::numeric_limits<quint64>::max() - offset ? std::numeric_limits<quint64>::max()
                                                                  : offset + size;
    }
    // True when every byte of it is inside an object of `objectSize` bytes: only then is it read or drawn.
    [[nodiscard]] bool fitsIn(quint64 objectSize) const { return size <= objectSize && offset <= objectSize - size; }
    [[nodiscard]] bool contains(quint64 at) const { return at >= offset && at < end(); }

    bool operator==(const Bookmark &) const = default;
};

} // namespace core
