#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace core {

class ByteSource;

// The range --dump reads, checked once and read in chunks, for each of its outputs (hexdump -C's lines, the
// raw bytes): a 1 GiB segment is never copied whole, and a range that leaves the object is refused before
// anything is written.
class DumpRange
{
    Q_DECLARE_TR_FUNCTIONS(core::DumpRange)

public:
    static constexpr quint64 DefaultChunkSize = 64 * 1024;

    // How many bytes `length` from `offset` are (nullopt: up to the end), or the refusal that names the
    // limit when the range leaves [0, size).
    [[nodiscard]] static Result<quint64> checked(const ByteSource &source, quint64 offset,
                                                 std::optional<quint64> length);

    // Takes each chunk in order; false when the output refused it, which ends the copy.
    using Sink = std::function<bool(QByteArrayView bytes)>;
    // Takes a chunk that lies wholly in holes instead of Sink: its bytes are zeros, and reading them would
    // make a sparse segment's pages resident. False ends the copy as Sink's false does.
    using HoleSink = std::function<bool(quint64 length)>;

    struct Copied
    {
        bool sinkRefused = false; // a sink said false: the copy stopped there
        QString shortRead;        // why the object ended early (it shrank under us); empty when it did not
    };
    // Reads [offset, offset + count), which checked() accepted, chunkSize bytes at a time (0: the default),
    // through `sink`; chunks of holes go to `holes` when given, else they are read (as zeros, without making
    // the pages resident: core::SparseReader) and go to `sink`. An object that shrinks is copied up to its
    // new end and shortRead says so. Refused when a read is refused.
    [[nodiscard]] static Result<Copied> copy(const ByteSource &source, quint64 offset, quint64 count,
                                             quint64 chunkSize, const Sink &sink, const HoleSink &holes = {});
};

} // namespace core
