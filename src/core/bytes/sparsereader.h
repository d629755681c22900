#pragma once

#include "core/bytes/bytesource.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <vector>

namespace core {

class Attachment;
struct SegmentInfo;

// Reads a segment's bytes without making the pages it has never had resident. A System V segment is a
// shmem file: a page nobody has written yet is a hole, and reading one through any mapping, even a
// read-only one, puts a page of zeros in memory for it, which raises the segment's rss in
// /proc/sysvipc/shm. A search or a dump of an untouched 256 MiB segment would thus cost 256 MiB of memory.
//
// How a hole is told, once, when the reader is made (see holesAreKnown()): mincore() on our mapping lists
// the pages in memory; a page it calls absent is a hole or a page in swap, and a page in swap holds bytes
// that must be read. So absent pages are taken for holes only when the kernel's own count, read after
// mincore(), says that mincore() saw every page the segment has and that none is in swap. Otherwise every
// page is read, as a plain read would: right, at the cost of making the holes resident.
//
// The reader is a snapshot of the holes at the moment it was made: a page another process writes after
// that still reads as zeros through it, as if the reader had read it first. A search or a dump racing a
// writer sees some mix of before and after whichever way it reads.
//
// It is the ByteSource of a segment (--dump, --read): a segment never shrinks, so its reads are never short.
class SparseReader : public ByteSource
{
    Q_DECLARE_TR_FUNCTIONS(core::SparseReader)

public:
    // Asks mincore() and /proc/sysvipc/shm now. When either cannot be asked, every page will be read.
    explicit SparseReader(const Attachment &attachment);

    // True when absent pages are known to be holes and are not read (holesAreKnown() held).
    [[nodiscard]] bool skipsHoles() const { return !m_resident.empty(); }
    // The pages the segment had in memory when the reader was made, counted by mincore().
    [[nodiscard]] quint64 residentPages() const { return m_residentPages; }

    // Copies [offset, offset + length) of the segment into `out`, the holes as the zeros they read as,
    // without touching them. Refused (nothing read) when the range leaves the segment.
    [[nodiscard]] Result<quint64> readInto(quint64 offset, char *out, quint64 length) const override;
    // "segment 32768".
    [[nodiscard]] QString name() const override;
    [[nodiscard]] std::optional<int> shmid() const override;
    [[nodiscard]] quint64 size() const override;
    [[nodiscard]] QString shortReadReason() const override { return {}; }
    // True when [offset, offset + length) lies wholly in holes: it reads as zeros.
    [[nodiscard]] bool isHole(quint64 offset, quint64 length) const override;
    // True when [offset, offset + length) holds no hole that is skipped: reading it in place touches
    // nothing that readInto() would not.
    [[nodiscard]] bool isResident(quint64 offset, quint64 length) const;
    // A resident range is searched in the segment's memory (memmem, no copy): the profile of a resident
    // segment had the copy at 58 % of memmem's own time.
    [[nodiscard]] bool isSearchableInPlace(quint64 offset, quint64 length) const override
    {
        return isResident(offset, length);
    }
    [[nodiscard]] std::optional<quint64> findInPlace(quint64 offset, quint64 length,
                                                     QByteArrayView needle) const override;

    // The rule that decides, from /proc/sysvipc/shm's line for the segment (`listed`, read after mincore())
    // and what mincore() counted before: absent pages are holes when no page of the segment is in swap and
    // the kernel counts exactly the pages mincore() saw in memory. A page can leave memory only for swap (a
    // segment never shrinks), which the swap column then shows; a page that came in after mincore() makes
    // rss larger than its count; and where mincore() does not see other processes' pages (a hugetlbfs
    // segment: it reports only our own page table's), rss is larger too. Both unequal cases read every page.
    // A kernel that prints no rss column (14 columns, rss read as 0) is unequal as soon as any page is in
    // memory, ours included.
    [[nodiscard]] static bool holesAreKnown(const SegmentInfo &listed, quint64 residentPages, quint64 pageSize);

private:
    // True when every page of the non-empty range [offset, offset + length) is as `resident` says.
    [[nodiscard]] bool allPages(quint64 offset, quint64 length, bool resident) const;

    const Attachment &m_attachment;
    quint64 m_pageSize;
    quint64 m_residentPages = 0;
    std::vector<bool> m_resident; // one per page when holes are skipped; empty when every page is read
};

} // namespace core
