#include "core/bytes/changetracker.h"

#include <algorithm>
#include <cstring>

namespace core {

qsizetype ChangeTracker::update(quint64 offset, QByteArrayView bytes, qint64 nowMs)
{
    const auto size = bytes.size();
    QList<Stamp> stamps(size);
    qsizetype changed = 0;

    // The overlap of the old window [m_offset, m_offset + old size) and the new one, in absolute offsets.
    const quint64 newEnd = offset + quint64(size);
    const quint64 oldEnd = m_offset + quint64(m_bytes.size());
    const quint64 from = std::max(offset, m_offset);
    const quint64 to = std::min(newEnd, oldEnd);
    if (from < to) {
        const qsizetype inNew = qsizetype(from - offset);
        const qsizetype inOld = qsizetype(from - m_offset);
        const qsizetype length = qsizetype(to - from);
        // Most ticks change nothing: one memcmp says so before any byte-by-byte work.
        const bool same = std::memcmp(bytes.data() + inNew, m_bytes.constData() + inOld, size_t(length)) == 0;
        for (qsizetype i = 0; i < length; ++i) {
            Stamp stamp = m_stamps.at(inOld + i);
            if (!same && bytes[inNew + i] != m_bytes.at(inOld + i)) {
                stamp = {nowMs, false};
                ++changed;
            }
            stamps[inNew + i] = stamp;
        }
    }

    m_offset = offset;
    m_bytes = bytes.toByteArray();
    m_stamps = std::move(stamps);
    if (changed > 0) {
        m_totalChanged += quint64(changed);
        ++m_changeEvents;
        m_lastChange = nowMs;
    }
    return changed;
}

qsizetype ChangeTracker::ownWrite(quint64 offset, QByteArrayView bytes, qint64 nowMs)
{
    const quint64 end = offset + quint64(bytes.size());
    const quint64 windowEnd = m_offset + quint64(m_bytes.size());
    const quint64 from = std::max(offset, m_offset);
    const quint64 to = std::min(end, windowEnd);
    qsizetype changed = 0;
    for (quint64 at = from; at < to; ++at) {
        const char byte = bytes[qsizetype(at - offset)];
        const auto inWindow = qsizetype(at - m_offset);
        if (m_bytes.at(inWindow) == byte)
            continue;
        m_bytes[inWindow] = byte;
        m_stamps[inWindow] = {nowMs, true};
        ++changed;
    }
    if (changed > 0)
        m_lastChange = nowMs;
    return changed;
}

const ChangeTracker::Stamp *ChangeTracker::stampAt(quint64 offset) const
{
    if (offset < m_offset || offset - m_offset >= quint64(m_stamps.size()))
        return nullptr;
    return &m_stamps.at(qsizetype(offset - m_offset));
}

qint64 ChangeTracker::changedAt(quint64 offset) const
{
    const Stamp *stamp = stampAt(offset);
    return stamp ? stamp->at : Never;
}

bool ChangeTracker::changedByUs(quint64 offset) const
{
    const Stamp *stamp = stampAt(offset);
    return stamp && stamp->ours;
}

void ChangeTracker::reset()
{
    *this = ChangeTracker();
}

} // namespace core
