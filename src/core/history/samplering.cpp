#include "core/history/samplering.h"

#include <algorithm>

namespace core {

SampleRing::SampleRing(qsizetype capacity) : m_capacity(std::max<qsizetype>(capacity, 1)) {}

void SampleRing::append(HistorySample sample)
{
    if (m_samples.size() < m_capacity) {
        m_samples.append(std::move(sample));
        return;
    }
    m_samples[m_first] = std::move(sample);
    m_first = (m_first + 1) % m_capacity;
    ++m_dropped;
}

void SampleRing::clear()
{
    m_samples.clear();
    m_first = 0;
    m_dropped = 0;
}

const HistorySample &SampleRing::at(qsizetype i) const
{
    // No division: a plot's paint asks for every sample.
    const qsizetype at = m_first + i;
    return m_samples.at(at < m_samples.size() ? at : at - m_samples.size());
}

} // namespace core
