#pragma once

#include "core/namespaces/ipcnamespace.h"
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
    // The table of --list --namespace all: for each namespace, in the order given, a line saying which it is
    // (namespaceHeader()) and then write(Table) of its segments.
    [[nodiscard]] static QByteArray tableByNamespace(const QList<SegmentInfo> &segments,
                                                     const QList<IpcNamespace> &namespaces);
    // "IPC namespace ipc:[4026531839] (ours, 123 processes)", "... (docker 3f2a1b9c7d10, 2 processes)": the
    // inode as lsns shows it, and a newline.
    [[nodiscard]] static QByteArray namespaceHeader(const IpcNamespace &ns);
    // The JSON array of write(Json) without its final newline, its first line at `level` of indentation: for
    // a document that holds it as a member's value (--list --type all).
    static void appendJson(QByteArray &text, const QList<SegmentInfo> &segments, int level);

private:
    [[nodiscard]] static QByteArray table(const QList<SegmentInfo> &segments);
    [[nodiscard]] static QByteArray json(const QList<SegmentInfo> &segments);
    [[nodiscard]] static QByteArray csv(const QList<SegmentInfo> &segments);
};

} // namespace core
