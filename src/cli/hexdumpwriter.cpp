#include "cli/hexdumpwriter.h"

#include "cli/dumprange.h"
#include "core/bytes/byteformat.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace core {

namespace {

constexpr char HexDigits[] = "0123456789abcdef";

// Lines are collected up to about this much text before one write to the device.
constexpr qsizetype FlushThreshold = 256 * 1024;

// Appends `offset` in hex, at least 8 digits, as printf("%08llx") does: past 4 GiB it grows, it is never cut.
char *putOffset(char *p, quint64 offset)
{
    char digits[16];
    int count = 0;
    do {
        digits[count++] = HexDigits[offset & 0xf];
        offset >>= 4;
    } while (offset != 0);
    for (int pad = count; pad < 8; ++pad)
        *p++ = '0';
    while (count > 0)
        *p++ = digits[--count];
    return p;
}

} // namespace

HexDumpWriter::HexDumpWriter(QIODevice *out, quint64 startOffset) : m_out(out), m_offset(startOffset)
{
    Q_ASSERT(out && out->isWritable());
    m_text.reserve(FlushThreshold + 1024);
}

bool HexDumpWriter::write(QByteArrayView bytes)
{
    const char *p = bytes.data();
    qsizetype left = bytes.size();
    if (m_lineFill > 0) {
        const qsizetype take = std::min(left, BytesPerLine - m_lineFill);
        std::memcpy(m_line + m_lineFill, p, size_t(take));
        m_lineFill += take;
        p += take;
        left -= take;
        if (m_lineFill < BytesPerLine)
            return m_ok;
        fullLine(m_line);
        m_lineFill = 0;
    }
    // Whole lines straight from the caller's buffer; only a line cut by the end of it is copied.
    for (; left >= BytesPerLine; p += BytesPerLine, left -= BytesPerLine) {
        fullLine(p);
        if (m_text.size() >= FlushThreshold && !flush())
            return false;
    }
    std::memcpy(m_line, p, size_t(left));
    m_lineFill = left;
    return m_ok;
}

bool HexDumpWriter::finish()
{
    // hexdump prints a short last line even when it starts like the line before: it only squeezes full lines.
    if (m_lineFill > 0) {
        appendLine(m_line, m_lineFill);
        m_offset += quint64(m_lineFill);
        m_lineFill = 0;
    }
    // As hexdump: no closing line when nothing was read from offset 0 (its "address" is still 0 then).
    if (m_offset != 0)
        appendOffset(m_offset);
    return flush();
}

void HexDumpWriter::fullLine(const char *bytes)
{
    if (m_squeeze != Squeeze::FirstLine && std::memcmp(bytes, m_previous, BytesPerLine) == 0) {
        if (m_squeeze == Squeeze::Printing)
            m_text.append("*\n");
        m_squeeze = Squeeze::Starred;
    } else {
        appendLine(bytes, BytesPerLine);
        std::memcpy(m_previous, bytes, BytesPerLine);
        m_squeeze = Squeeze::Printing;
    }
    m_offset += BytesPerLine;
}

void HexDumpWriter::appendLine(const char *bytes, qsizetype count)
{
    // 16 offset digits + 2 + 16 * 3 + 1 + 2 + 16 + 2 fits with room to spare.
    char line[128];
    char *p = putOffset(line, m_offset);
    *p++ = ' ';
    for (qsizetype i = 0; i < BytesPerLine; ++i) {
        *p++ = ' ';
        if (i == BytesPerLine / 2)
            *p++ = ' ';
        // Missing bytes of a short line keep their columns blank, so the ascii column stays put.
        const auto byte = quint8(i < count ? bytes[i] : 0);
        *p++ = i < count ? HexDigits[byte >> 4] : ' ';
        *p++ = i < count ? HexDigits[byte & 0xf] : ' ';
    }
    *p++ = ' ';
    *p++ = ' ';
    *p++ = '|';
    for (qsizetype i = 0; i < count; ++i)
        *p++ = ByteFormat::isPrintable(bytes[i]) ? bytes[i] : '.';
    *p++ = '|';
    *p++ = '\n';
    m_text.append(line, p - line);
}

void HexDumpWriter::appendOffset(quint64 offset)
{
    char line[24];
    char *p = putOffset(line, offset);
    *p++ = '\n';
    m_text.append(line, p - line);
}

bool HexDumpWriter::flush()
{
    if (m_ok && !m_text.isEmpty())
        m_ok = m_out->write(m_text) == m_text.size();
    m_text.clear(); // keeps the capacity
    return m_ok;
}

Result<Done> HexDumpWriter::dump(const ByteSource &source, quint64 offset, std::optional<quint64> length,
                                 QIODevice *out, quint64 chunkSize)
{
    const auto count = DumpRange::checked(source, offset, length);
    if (!count.ok())
        return count.error();
    // `hexdump -n 0` stops before it even skips to -s, so it prints nothing at all, not even an offset.
    if (count.value() == 0 && length)
        return Done{};

    HexDumpWriter writer(out, offset);
    // A segment's reader dumps the pages it has never had as the zeros they read as, without making them
    // resident; a POSIX object's pread() does the same by itself. An object that shrank under us is dumped
    // as hexdump would dump the shorter file, and then said.
    const auto copied = DumpRange::copy(source, offset, count.value(), chunkSize,
                                        [&](QByteArrayView bytes) { return writer.write(bytes); });
    if (!copied.ok())
        return copied.error();
    if (!writer.finish())
        return Error::plain(tr("Could not write the dump: %1.").arg(out->errorString()));
    if (!copied.value().shortRead.isEmpty())
        return Error::plain(copied.value().shortRead);
    return Done{};
}

} // namespace core
