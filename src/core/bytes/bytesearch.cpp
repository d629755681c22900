#include "core/bytes/bytesearch.h"

#include "core/kernel/attachment.h"

namespace core {

namespace {

constexpr quint64 ChunkBytes = 1024 * 1024;

// The first match that starts in [begin, end); chunks overlap by the needle's length less one byte, so a
// match across a chunk boundary is found too.
std::optional<quint64> findIn(const Attachment &attachment, QByteArrayView needle, quint64 begin, quint64 end)
{
    const auto length = quint64(needle.size());
    for (quint64 start = begin; start < end; start += ChunkBytes) {
        const quint64 readEnd = std::min(attachment.size(), std::min(start + ChunkBytes, end) + length - 1);
        const auto chunk = attachment.read(start, readEnd - start);
        if (!chunk.ok())
            return std::nullopt;
        const qsizetype at = chunk.value().indexOf(needle);
        if (at >= 0 && start + quint64(at) < end)
            return start + quint64(at);
    }
    return std::nullopt;
}

} // namespace

std::optional<quint64> ByteSearch::find(const Attachment &attachment, QByteArrayView needle, quint64 from)
{
    if (needle.isEmpty() || quint64(needle.size()) > attachment.size())
        return std::nullopt;
    const quint64 lastStart = attachment.size() - quint64(needle.size()) + 1; // one past the last possible start
    from = std::min(from, lastStart);
    if (const auto found = findIn(attachment, needle, from, lastStart))
        return found;
    return findIn(attachment, needle, 0, from);
}

} // namespace core
