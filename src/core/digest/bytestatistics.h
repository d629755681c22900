#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <array>

namespace core {

// How often each of the 256 byte values occurs in some bytes, and what follows from that: the Shannon entropy
// (how unpredictable the next byte is, in bits per byte: 0 when every byte is the same, 8 when all 256 values
// are equally common, as in random or compressed data) and the mean value. Filled a piece at a time, in the
// same pass as core::Digest's hashes.
class ByteStatistics
{
public:
    using Histogram = std::array<quint64, 256>;

    void add(QByteArrayView bytes);
    // `count` zero bytes: a hole of a sparse segment, counted without being read.
    void addZeros(quint64 count);

    [[nodiscard]] quint64 count() const { return m_count; }
    [[nodiscard]] const Histogram &histogram() const { return m_histogram; }
    [[nodiscard]] quint64 countOf(quint8 value) const { return m_histogram[value]; }
    // The largest count of any one value (the histogram's tallest bar); 0 when empty.
    [[nodiscard]] quint64 highestCount() const;
    // How many of the 256 values occur at least once.
    [[nodiscard]] int distinctValues() const;
    // Shannon entropy in bits per byte, from 0 to 8; 0 when empty.
    [[nodiscard]] double entropy() const;
    // The mean byte value, from 0 to 255; 0 when empty.
    [[nodiscard]] double mean() const;

private:
    Histogram m_histogram{};
    quint64 m_count = 0;
};

} // namespace core
