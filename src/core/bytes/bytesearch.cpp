#include "core/bytes/bytesearch.h"

#include "core/bytes/objectbytes.h"

#include <QByteArray>

#include <algorithm>
#include <cstring>

namespace core {

namespace {

class Search
{
public:
    Search(const ByteSource &source, QByteArrayView needle, const ByteSearch::Control &control, quint64 total)
        : m_reader(source),
          m_size(source.size()),
          m_needle(needle),
          m_zeroNeedle(std::all_of(needle.begin(), needle.end(), [](char c) { return c == 0; })),
          m_control(control),
          m_total(total)
    {
    }

    // The first match that starts in [begin, end); chunks overlap by the needle's length less one byte, so a
    // match across a chunk boundary is found too. Sets cancelled() when told to stop.
    std::optional<quint64> findIn(quint64 begin, quint64 end)
    {
        const auto length = quint64(m_needle.size());
        for (quint64 start = begin; start < end; start += ByteSearch::ChunkBytes) {
            if (m_control.cancelled && m_control.cancelled->load(std::memory_order_relaxed)) {
                m_cancelled = true;
                return std::nullopt;
            }
            const quint64 readEnd = std::min(m_size, std::min(start + ByteSearch::ChunkBytes, end) + length - 1);
            const quint64 count = readEnd - start;
            // A needle with a byte other than zero cannot lie wholly in a hole: nothing to read there.
            std::optional<quint64> found;
            if (m_reader.isSearchableInPlace(start, count)) {
                found = m_reader.findInPlace(start, count, m_needle);
            } else if (m_zeroNeedle || !m_reader.isHole(start, count)) {
                if (m_chunk.isEmpty()) // the first chunk to be copied
                    m_chunk.resize(qsizetype(std::min(ByteSearch::ChunkBytes + length - 1, m_size)));
                // Fewer bytes than asked when a POSIX object has shrunk: what is left is searched.
                const auto copied = m_reader.readInto(start, m_chunk.data(), count);
                if (!copied.ok())
                    return std::nullopt;
                const auto *hit = static_cast<const char *>(
                    memmem(m_chunk.constData(), copied.value(), m_needle.data(), size_t(m_needle.size())));
                if (hit)
                    found = start + quint64(hit - m_chunk.constData());
            }
            if (found && *found < end)
                return found;
            m_done += std::min(ByteSearch::ChunkBytes, end - start);
            if (m_control.progress)
                m_control.progress(double(m_done) / double(m_total));
        }
        return std::nullopt;
    }

    [[nodiscard]] bool cancelled() const { return m_cancelled; }

private:
    const ByteSource &m_reader;
    quint64 m_size;
    QByteArrayView m_needle;
    bool m_zeroNeedle;
    const ByteSearch::Control &m_control;
    quint64 m_total;
    quint64 m_done = 0;
    bool m_cancelled = false;
    QByteArray m_chunk; // one buffer for the chunks that are copied
};

} // namespace

std::optional<quint64> ByteSearch::find(const MappedObject &object, QByteArrayView needle, quint64 from,
                                        const Control &control)
{
    return find(ObjectBytes(object).source(), needle, from, control);
}

std::optional<quint64> ByteSearch::find(const ByteSource &source, QByteArrayView needle, quint64 from,
                                        const Control &control)
{
    if (needle.isEmpty() || quint64(needle.size()) > source.size())
        return std::nullopt;
    const quint64 lastStart = source.size() - quint64(needle.size()) + 1; // one past the last possible start
    from = std::min(from, lastStart);
    Search search(source, needle, control, lastStart);
    if (const auto found = search.findIn(from, lastStart))
        return found;
    if (search.cancelled())
        return std::nullopt;
    return search.findIn(0, from);
}

} // namespace core
