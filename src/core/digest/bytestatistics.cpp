#include "core/digest/bytestatistics.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace core {

void ByteStatistics::add(QByteArrayView bytes)
{
    // Four tables, each byte of a word to its own: with one table, runs of equal bytes (a zeroed stretch)
    // make each increment wait for the one before it through memory, several times slower. 32-bit counts,
    // so a piece is counted in parts of at most 4 GiB - 1 per table.
    constexpr qsizetype MaxPart = qsizetype(1) << 30;
    const auto *p = reinterpret_cast<const quint8 *>(bytes.data());
    qsizetype left = bytes.size();
    while (left > 0) {
        const qsizetype part = std::min(left, MaxPart);
        std::array<std::array<quint32, 256>, 4> tables{};
        qsizetype i = 0;
        for (; i + 8 <= part; i += 8) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            ++tables[0][word & 0xff];
            ++tables[1][(word >> 8) & 0xff];
            ++tables[2][(word >> 16) & 0xff];
            ++tables[3][(word >> 24) & 0xff];
            ++tables[0][(word >> 32) & 0xff];
            ++tables[1][(word >> 40) & 0xff];
            ++tables[2][(word >> 48) & 0xff];
            ++tables[3][word >> 56];
        }
        for (; i < part; ++i)
            ++tables[0][p[i]];
        for (int value = 0; value < 256; ++value)
            m_histogram[value] += quint64(tables[0][value]) + tables[1][value] + tables[2][value] + tables[3][value];
        m_count += quint64(part);
        p += part;
        left -= part;
    }
}

void ByteStatistics::addZeros(quint64 count)
{
    m_histogram[0] += count;
    m_count += count;
}

quint64 ByteStatistics::highestCount() const
{
    return *std::max_element(m_histogram.cbegin(), m_histogram.cend());
}

int ByteStatistics::distinctValues() const
{
    return int(std::count_if(m_histogram.cbegin(), m_histogram.cend(), [](quint64 n) { return n != 0; }));
}

double ByteStatistics::entropy() const
{
    if (m_count == 0)
        return 0;
    // -sum p log2 p, each p = count / total: a share that is a power of two (1/256 each for 0..255 repeated)
    // is exact in a double, and so is its logarithm, so such bytes come out at exactly 8.
    double sum = 0;
    for (const quint64 n : m_histogram) {
        if (n == 0)
            continue;
        const double p = double(n) / double(m_count);
        sum -= p * std::log2(p);
    }
    return std::clamp(sum, 0.0, 8.0) + 0.0; // + 0.0: never "-0" for bytes all alike
}

double ByteStatistics::mean() const
{
    if (m_count == 0)
        return 0;
    double sum = 0;
    for (int value = 1; value < 256; ++value)
        sum += double(value) * double(m_histogram[value]);
    return sum / double(m_count);
}

} // namespace core
