#include "core/bytes/sparsereader.h"

#include "core/kernel/attachment.h"
#include "core/segments/segmentinfo.h"
#include "core/segments/segmentscanner.h"

#include <algorithm>
#include <cstring>

namespace core {

SparseReader::SparseReader(const Attachment &attachment)
    : m_attachment(attachment), m_pageSize(Attachment::pageSize())
{
    // mincore() first, the kernel's count after: see holesAreKnown() for why this order is the safe one.
    auto resident = attachment.residentPages();
    if (!resident.ok())
        return;
    m_residentPages = quint64(std::count(resident.value().cbegin(), resident.value().cend(), true));
    const std::optional<SegmentInfo> listed = SegmentScanner::find(attachment.shmid());
    // The line must be our segment's, not a later one's with the same id.
    if (!listed || listed->cpid != attachment.creatorPid() || listed->size != attachment.size())
        return;
    if (holesAreKnown(*listed, m_residentPages, m_pageSize))
        m_resident = std::move(resident.value());
}

bool SparseReader::holesAreKnown(const SegmentInfo &listed, quint64 residentPages, quint64 pageSize)
{
    return listed.swap == 0 && listed.rss == residentPages * pageSize;
}

QString SparseReader::name() const
{
    return m_attachment.name();
}

std::optional<int> SparseReader::shmid() const
{
    return m_attachment.shmid();
}

quint64 SparseReader::size() const
{
    return m_attachment.size();
}

Result<quint64> SparseReader::readInto(quint64 offset, char *out, quint64 length) const
{
    const quint64 asked = length;
    const auto refused = [this, offset, length] {
        return Error::plain(tr("Could not read bytes %1 to %2 of segment %3.")
                                .arg(offset)
                                .arg(offset + length)
                                .arg(m_attachment.shmid()));
    };
    if (!m_attachment.contains(offset, length))
        return refused();
    if (!skipsHoles())
        return m_attachment.readInto(offset, out, length) ? Result<quint64>(asked)
                                                          : Result<quint64>(refused());
    // Runs of pages alike: one copy for a run in memory, one memset for a run of holes.
    const quint64 end = offset + length;
    while (offset < end) {
        const quint64 page = offset / m_pageSize;
        const bool resident = m_resident[page];
        quint64 runEnd = (page + 1) * m_pageSize;
        while (runEnd < end && m_resident[runEnd / m_pageSize] == resident)
            runEnd += m_pageSize;
        runEnd = std::min(runEnd, end);
        if (resident) {
            if (!m_attachment.readInto(offset, out, runEnd - offset))
                return refused();
        } else {
            std::memset(out, 0, runEnd - offset);
        }
        out += runEnd - offset;
        offset = runEnd;
    }
    return asked;
}

bool SparseReader::isHole(quint64 offset, quint64 length) const
{
    return skipsHoles() && allPages(offset, length, false);
}

std::optional<quint64> SparseReader::findInPlace(quint64 offset, quint64 length, QByteArrayView needle) const
{
    return m_attachment.find(offset, length, needle);
}

bool SparseReader::isResident(quint64 offset, quint64 length) const
{
    return !skipsHoles() || allPages(offset, length, true);
}

bool SparseReader::allPages(quint64 offset, quint64 length, bool resident) const
{
    if (length == 0 || !m_attachment.contains(offset, length))
        return false;
    for (quint64 page = offset / m_pageSize; page <= (offset + length - 1) / m_pageSize; ++page) {
        if (m_resident[page] != resident)
            return false;
    }
    return true;
}

} // namespace core
