#pragma once

#include "cli/dumprange.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <optional>

class QIODevice;

namespace core {

class ByteSource;

// Bytes laid out exactly as util-linux `hexdump -C` lays them out, so that a dump can be diffed with one made
// of a file: "%08x" offsets, two groups of eight hex bytes, "|ascii|" with '.' for anything outside
// 0x20..0x7e, one "*" line for a run of lines equal to the line before (never the first line, never the short
// last one), and a closing line with the offset after the last byte.
//
// The bytes come in pieces of any size (a 1 GiB segment is never copied whole): a line, and a run of repeated
// lines, may start in one write() and go on in the next.
class HexDumpWriter
{
    Q_DECLARE_TR_FUNCTIONS(core::HexDumpWriter)

public:
    static constexpr qsizetype BytesPerLine = 16;
    static constexpr quint64 DefaultChunkSize = DumpRange::DefaultChunkSize;

    // Lines go to `out`, which must be open for writing; the first byte is numbered `startOffset`, as
    // `hexdump -s startOffset` numbers it.
    HexDumpWriter(QIODevice *out, quint64 startOffset);
    HexDumpWriter(const HexDumpWriter &) = delete;
    HexDumpWriter &operator=(const HexDumpWriter &) = delete;

    // False once the device has refused a write; later calls then do nothing.
    [[nodiscard]] bool write(QByteArrayView bytes);
    // The short last line, if any, and the closing offset line; then everything goes to the device.
    [[nodiscard]] bool finish();

    // Dumps `length` bytes from `offset` of a segment (through core::SparseReader: a dump leaves a sparse
    // segment sparse) or a POSIX object (nullopt: up to its end), reading chunkSize bytes at a time. A range
    // that leaves it is refused before anything is written. An object that shrinks while it is dumped is
    // dumped up to its new end, and the error then says so.
    [[nodiscard]] static Result<Done> dump(const ByteSource &source, quint64 offset,
                                           std::optional<quint64> length, QIODevice *out,
                                           quint64 chunkSize = DefaultChunkSize);

private:
    void fullLine(const char *bytes);
    void appendLine(const char *bytes, qsizetype count);
    void appendOffset(quint64 offset);
    bool flush();

    // hexdump's squeezing: the first line is always printed; a line equal to the one before prints "*" once.
    enum class Squeeze { FirstLine, Printing, Starred };

    QIODevice *m_out;
    quint64 m_offset;        // of the next byte to come in
    QByteArray m_text;       // lines not yet handed to m_out, so that the device sees few large writes
    char m_line[BytesPerLine] = {};     // the line being filled across write() calls
    qsizetype m_lineFill = 0;
    char m_previous[BytesPerLine] = {}; // the last full line, which the next one is compared with
    Squeeze m_squeeze = Squeeze::FirstLine;
    bool m_ok = true;
};

} // namespace core
