#pragma once

#include <QByteArrayView>

#include <atomic>
#include <functional>
#include <optional>

namespace core {

class ByteSource;
class MappedObject;

// Finds bytes in an attached segment or a mapped POSIX object, reading it a chunk at a time: a search never
// copies the whole object, however large it is, and never makes resident a page a segment has never had
// (SparseReader: such a page reads as zeros, so a needle of zeros still finds it). A POSIX object is read
// with pread() (PosixMapping), which copies a hole from the shared zero page and stops at a shrunk end.
class ByteSearch
{
public:
    // Bytes read at a time: what a cancel waits for at most, and the step of progress.
    static constexpr quint64 ChunkBytes = 1024 * 1024;

    // What a search run on another thread listens to and tells, both on the searching thread.
    struct Control
    {
        // Set from any thread: the search stops before its next chunk and finds nothing.
        const std::atomic<bool> *cancelled = nullptr;
        // After each chunk: the part of the search done, from 0 to 1.
        std::function<void(double fraction)> progress;
    };

    // The first match at or after `from`, wrapping round to the start once; nullopt when there is none (and
    // at once for an empty needle or one longer than the source).
    [[nodiscard]] static std::optional<quint64> find(const ByteSource &source, QByteArrayView needle,
                                                     quint64 from, const Control &control);
    // The same in what a tab shows, read through core::ObjectBytes: a segment through a SparseReader made now
    // (the holes it has now skipped), a POSIX object through its own reads, a snapshot through
    // MappedObject::readAvailable.
    [[nodiscard]] static std::optional<quint64> find(const MappedObject &object, QByteArrayView needle,
                                                     quint64 from, const Control &control);
    [[nodiscard]] static std::optional<quint64> find(const MappedObject &object, QByteArrayView needle,
                                                     quint64 from)
    {
        return find(object, needle, from, Control{});
    }
};

} // namespace core
