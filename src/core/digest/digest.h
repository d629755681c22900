#pragma once

#include "core/digest/bytestatistics.h"
#include "core/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFlags>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace core {

class ByteSource;
class MappedObject;

// Checksums and hashes of a range of bytes, all in one pass: CRC-32 and Adler-32 (zlib's, the numbers
// python3's zlib.crc32 and zlib.adler32 give), MD5, SHA-1 and SHA-256 (OpenSSL's libcrypto, which uses the
// CPU's SHA instructions: Qt's QCryptographicHash, plain C, is 1.8 times slower than sha256sum here), and the
// bytes' statistics (core::ByteStatistics) when asked.
//
// Fed a piece at a time (add()), or over a range of a segment or POSIX object read a chunk at a time (of()):
// never a copy of the whole range, and the holes of a sparse segment hashed as the zeros they read as without
// being touched, so that hashing an untouched 1 GiB segment costs no memory.
class Digest
{
    Q_DECLARE_TR_FUNCTIONS(core::Digest)

public:
    enum class Algorithm { Crc32 = 0x1, Adler32 = 0x2, Md5 = 0x4, Sha1 = 0x8, Sha256 = 0x10 };
    Q_DECLARE_FLAGS(Algorithms, Algorithm)
    static constexpr std::array<Algorithm, 5> AllAlgorithms{Algorithm::Crc32, Algorithm::Adler32, Algorithm::Md5,
                                                            Algorithm::Sha1, Algorithm::Sha256};
    static constexpr Algorithms Every{Algorithm::Crc32, Algorithm::Adler32, Algorithm::Md5, Algorithm::Sha1,
                                     Algorithm::Sha256};

    // Bytes read at a time by of(): what a cancel waits for at most, and the step of progress.
    static constexpr quint64 ChunkBytes = 1024 * 1024;

    // What of() gives: each algorithm asked as lowercase hex (CRC-32 and Adler-32 as 8 digits, as
    // printf("%08x") prints zlib's number), and the statistics when asked.
    struct Sums
    {
        quint64 length = 0;
        std::array<std::optional<QString>, 5> hex; // by index(); nullopt when not asked
        std::optional<ByteStatistics> statistics;

        [[nodiscard]] std::optional<QString> of(Algorithm algorithm) const { return hex[index(algorithm)]; }
    };

    // What a run on another thread listens to and tells, both on the running thread.
    struct Control
    {
        // Set from any thread: the run stops before its next chunk and gives an error.
        const std::atomic<bool> *cancelled = nullptr;
        // After each chunk: the part done, from 0 to 1.
        std::function<void(double fraction)> progress;
    };

    explicit Digest(Algorithms algorithms = Every, bool statistics = true);
    ~Digest();
    Digest(const Digest &) = delete;
    Digest &operator=(const Digest &) = delete;

    void add(QByteArrayView bytes);
    // `count` zero bytes, without reading any: a hole of a sparse segment.
    void addZeros(quint64 count);
    // The sums of every byte added; the digest is spent after it.
    [[nodiscard]] Sums finish();

    // [offset, offset + length) of `source`, a chunk at a time. Refused when the range leaves the source, when
    // a read fails or comes back short (a POSIX object shrunk under us: its reason), or when cancelled.
    [[nodiscard]] static Result<Sums> of(const ByteSource &source, quint64 offset, quint64 length,
                                         Algorithms algorithms, bool statistics, const Control &control);
    // The same over what a tab shows, read through core::ObjectBytes: a segment through a SparseReader made now
    // (its holes not read), a POSIX object or observed segment through its own reads, anything else through
    // MappedObject::readAvailable.
    [[nodiscard]] static Result<Sums> of(const MappedObject &object, quint64 offset, quint64 length,
                                         Algorithms algorithms, bool statistics, const Control &control);
    [[nodiscard]] static Result<Sums> of(const MappedObject &object, quint64 offset, quint64 length,
                                         Algorithms algorithms, bool statistics)
    {
        return of(object, offset, length, algorithms, statistics, Control{});
    }

    // "CRC-32", "Adler-32", "MD5", "SHA-1", "SHA-256": the names everyone uses, not translated.
    [[nodiscard]] static QString name(Algorithm algorithm);
    [[nodiscard]] static int index(Algorithm algorithm);
    // The sentence of a cancelled run.
    [[nodiscard]] static QString cancelledMessage();

private:
    struct Hashers;
    std::unique_ptr<Hashers> m_hashers;
    std::optional<ByteStatistics> m_statistics;
    quint64 m_length = 0;
};

} // namespace core

Q_DECLARE_OPERATORS_FOR_FLAGS(core::Digest::Algorithms)
