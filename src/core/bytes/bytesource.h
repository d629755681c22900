#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace core {

// Bytes to read by offset, whatever holds them: an attached System V segment (through core::SparseReader) or
// a mapped POSIX object or memfd (core::PosixMapping). What --dump and --read need, so that each is written
// once for both.
class ByteSource
{
public:
    virtual ~ByteSource() = default;

    // What the bytes are, for messages: "segment 32768", "/dev/shm/st_pid".
    [[nodiscard]] virtual QString name() const = 0;
    // The System V segment's id, for the sentences that name a segment by it; nullopt for other sources.
    [[nodiscard]] virtual std::optional<int> shmid() const { return std::nullopt; }
    // How many bytes it had when it was opened: reads are checked against it.
    [[nodiscard]] virtual quint64 size() const = 0;
    // Copies [offset, offset + length) into `out`; refused (nothing read) when the range leaves [0, size()).
    // The number of bytes copied is `length`, or fewer when the object has shrunk since it was opened: then
    // the bytes are those up to its new end, and shortReadReason() says what happened.
    [[nodiscard]] virtual Result<quint64> readInto(quint64 offset, char *out, quint64 length) const = 0;
    // Why the last read gave fewer bytes than asked, as a sentence ("/dev/shm/x shrank to 10 bytes").
    [[nodiscard]] virtual QString shortReadReason() const = 0;

    // For a search (core::ByteSearch), what a source may know without reading: that [offset, offset + length)
    // lies wholly in holes, which read as zeros; that it can be searched where it lies, without a copy, and
    // the first `needle` wholly inside it when so (nullopt: none there). A segment knows both (SparseReader);
    // a POSIX object is only read, as a read through its mapping could meet a shrink.
    [[nodiscard]] virtual bool isHole(quint64 /*offset*/, quint64 /*length*/) const { return false; }
    [[nodiscard]] virtual bool isSearchableInPlace(quint64 /*offset*/, quint64 /*length*/) const { return false; }
    [[nodiscard]] virtual std::optional<quint64> findInPlace(quint64 /*offset*/, quint64 /*length*/,
                                                             QByteArrayView /*needle*/) const
    {
        return std::nullopt;
    }

protected:
    ByteSource() = default;
    ByteSource(const ByteSource &) = default;
    ByteSource &operator=(const ByteSource &) = default;
};

} // namespace core
