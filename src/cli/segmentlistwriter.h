#pragma once

#include "core/segments/segmentinfo.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace core {

// The text of `shmscope --list`: the segments as `ipcs -m` prints them, or every field we know as JSON or
// CSV. Pure formatting over SegmentInfo values, so tests can feed it made-up segments as well as scanned
// ones.
class SegmentListWriter
{
public:
    enum class Format {
        Table, // byte for byte the layout of util-linux 2.38 `ipcs -m` (its English, C-locale text)
        Json,  // an indented array of objects, one a segment
        Csv,   // RFC 4180: a header row, CRLF line ends, fields quoted where they need it
    };

    // "table", "json" or "csv", as given to --format; nullopt for anything else.
    [[nodiscard]] static std::optional<Format> formatFromName(const QString &name);

    // The text in UTF-8, as it goes to stdout.
    [[nodiscard]] static QByteArray write(Format format, const QList<SegmentInfo> &segments);
    // The JSON array of write(Json) without its final newline, its first line at `level` of indentation: for
    // a document that holds it as a member's value (--list --type all).
    static void appendJson(QByteArray &text, const QList<SegmentInfo> &segments, int level);

private:
    [[nodiscard]] static QByteArray table(const QList<SegmentInfo> &segments);
    [[nodiscard]] static QByteArray json(const QList<SegmentInfo> &segments);
    [[nodiscard]] static QByteArray csv(const QList<SegmentInfo> &segments);
};

} // namespace core
