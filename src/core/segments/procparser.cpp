#include "core/segments/procparser.h"

#include "core/logging.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <limits>
#include <type_traits>

namespace core {

namespace {

// A line split on runs of spaces and tabs; the kernel pads its columns. The pieces live in place, not in
// a list on the heap: growing a list a line was over half of what parsing 4,000 segments cost
// (docs/PERFORMANCE.md). No line we parse has more than MaxKept pieces; size() still counts them all, so a
// line with too many is told apart.
class Fields
{
public:
    static constexpr qsizetype MaxKept = 16;

    explicit Fields(QByteArrayView line)
    {
        qsizetype i = 0;
        const qsizetype n = line.size();
        while (i < n) {
            while (i < n && (line[i] == ' ' || line[i] == '\t'))
                ++i;
            const qsizetype start = i;
            while (i < n && line[i] != ' ' && line[i] != '\t')
                ++i;
            if (i > start) {
                if (m_count < MaxKept)
                    m_kept[size_t(m_count)] = line.sliced(start, i - start);
                ++m_count;
            }
        }
    }

    [[nodiscard]] qsizetype size() const { return m_count; }
    [[nodiscard]] bool isEmpty() const { return m_count == 0; }
    [[nodiscard]] QByteArrayView operator[](qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < std::min(m_count, MaxKept));
        return m_kept[size_t(i)];
    }
    [[nodiscard]] QByteArrayView first() const { return (*this)[0]; }

private:
    std::array<QByteArrayView, MaxKept> m_kept;
    qsizetype m_count = 0;
};

template<typename T>
bool toNumber(QByteArrayView text, T *out, int base = 10)
{
    const char *first = text.data();
    const char *last = first + text.size();
    const auto [end, ec] = std::from_chars(first, last, *out, base);
    return ec == std::errc() && end == last;
}

// The kernel prints the key with "%10d": a key above 0x7fffffff comes out negative.
bool toKey(QByteArrayView text, qint32 *out)
{
    qint64 wide = 0;
    if (!toNumber(text, &wide))
        return false;
    if (wide < std::numeric_limits<qint32>::min() || wide > std::numeric_limits<quint32>::max())
        return false;
    *out = qint32(quint32(wide));
    return true;
}

// The usual line, read in one pass over its bytes: numbers separated by spaces and tabs, each read as its digits
// go by. It accepts exactly what parseSegmentLine() accepts over Fields, and gives up on anything else (the header,
// a line that does not parse), which the general path then reads and explains. Splitting first and converting
// each piece with std::from_chars was a fifth of a scan's cost beside the kernel's formatting of the text.
class NumberCursor
{
public:
    explicit NumberCursor(QByteArrayView line) : m_p(line.data()), m_end(line.data() + line.size()) {}

    // The next field as a number of the base, all of it digits (a '-' first for a signed type, as std::from_chars
    // takes it), within T's range. False when there is no next field or it is anything else.
    template<typename T>
    bool next(T *out, unsigned base = 10)
    {
        using Unsigned = std::make_unsigned_t<T>;
        skipSeparators();
        bool negative = false;
        if constexpr (std::is_signed_v<T>) {
            if (m_p < m_end && *m_p == '-') {
                negative = true;
                ++m_p;
            }
        }
        const char *const digits = m_p;
        Unsigned value = 0;
        for (; m_p < m_end && !isSeparator(*m_p); ++m_p) {
            const unsigned digit = unsigned(uchar(*m_p)) - unsigned('0');
            if (digit >= base || __builtin_mul_overflow(value, Unsigned(base), &value)
                || __builtin_add_overflow(value, Unsigned(digit), &value))
                return false;
        }
        if (m_p == digits)
            return false;
        if constexpr (std::is_signed_v<T>) {
            const Unsigned most = Unsigned(std::numeric_limits<T>::max()) + (negative ? 1 : 0);
            if (value > most)
                return false;
            *out = negative ? T(Unsigned(0) - value) : T(value);
        } else {
            *out = value;
        }
        return true;
    }

    // True when nothing but separators is left.
    bool atEnd()
    {
        skipSeparators();
        return m_p == m_end;
    }

private:
    static bool isSeparator(char c) { return c == ' ' || c == '\t'; }
    void skipSeparators()
    {
        // The kernel pads its columns with runs of spaces, most of a line's bytes: eight at a time while they last.
        constexpr quint64 EightSpaces = 0x2020202020202020;
        for (quint64 word = 0; m_end - m_p >= 8; m_p += 8) {
            std::memcpy(&word, m_p, sizeof word);
            if (word != EightSpaces)
                break;
        }
        while (m_p < m_end && isSeparator(*m_p))
            ++m_p;
    }

    const char *m_p;
    const char *m_end;
};

bool parseSegmentLineFast(QByteArrayView line, SegmentInfo *s)
{
    NumberCursor c(line);
    qint64 key = 0;
    quint64 size = 0;
    const bool first14 = c.next(&key) && c.next(&s->shmid) && s->shmid >= 0 && c.next(&s->mode, 8)
                         && c.next(&size) && c.next(&s->cpid) && c.next(&s->lpid) && c.next(&s->nattch)
                         && c.next(&s->uid) && c.next(&s->gid) && c.next(&s->cuid) && c.next(&s->cgid)
                         && c.next(&s->atime) && c.next(&s->dtime) && c.next(&s->ctime);
    if (!first14 || key < std::numeric_limits<qint32>::min() || key > std::numeric_limits<quint32>::max())
        return false;
    if (!c.atEnd() && !(c.next(&s->rss) && c.next(&s->swap) && c.atEnd()))
        return false;
    s->key = qint32(quint32(key));
    s->size = size;
    return true;
}

std::optional<SegmentInfo> parseSegmentLine(const Fields &f)
{
    SegmentInfo s;
    quint64 size = 0;
    const bool ok = toKey(f[0], &s.key) && toNumber(f[1], &s.shmid) && s.shmid >= 0
                    && toNumber(f[2], &s.mode, 8) && toNumber(f[3], &size) && toNumber(f[4], &s.cpid)
                    && toNumber(f[5], &s.lpid) && toNumber(f[6], &s.nattch) && toNumber(f[7], &s.uid)
                    && toNumber(f[8], &s.gid) && toNumber(f[9], &s.cuid) && toNumber(f[10], &s.cgid)
                    && toNumber(f[11], &s.atime) && toNumber(f[12], &s.dtime) && toNumber(f[13], &s.ctime)
                    && (f.size() == 14 || (toNumber(f[14], &s.rss) && toNumber(f[15], &s.swap)));
    if (!ok)
        return std::nullopt;
    s.size = size;
    return s;
}

} // namespace

QList<SegmentInfo> ProcParser::parseSysvipcShm(QByteArrayView text, QStringList *warnings)
{
    QList<SegmentInfo> segments;
    // At most one a line: no regrowth, and each regrowth copies them all. (std::count: QByteArrayView::count
    // takes the general substring path and cost more than the regrowth.)
    segments.reserve(std::count(text.begin(), text.end(), '\n') + 1);
    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNumber;

        // Filled in place: no copy of a 240-byte value a line.
        SegmentInfo &filled = segments.emplace_back();
        if (parseSegmentLineFast(line, &filled))
            continue;
        segments.removeLast();
        const Fields f(line);
        if (f.isEmpty() || (lineNumber == 1 && f.first() == "key"))
            continue;
        std::optional<SegmentInfo> segment;
        if (f.size() == 14 || f.size() == 16)
            segment = parseSegmentLine(f);
        if (segment) {
            segments.append(*segment);
            continue;
        }
        const QString warning = tr("/proc/sysvipc/shm line %1 skipped: expected 14 or 16 numbers, got \"%2\"")
                                    .arg(lineNumber)
                                    .arg(QString::fromLatin1(line.first(qMin<qsizetype>(line.size(), 120))).simplified());
        qCWarning(lcCore).noquote() << warning;
        if (warnings)
            warnings->append(warning);
    }
    return segments;
}

std::optional<SysvMapping> ProcParser::parseMapsLine(QByteArrayView line)
{
    // address perms offset dev inode pathname: the pathname may hold spaces (" (deleted)").
    const Fields f(line);
    if (f.size() < 6 || !f[5].startsWith("/SYSV"))
        return std::nullopt;
    const QByteArrayView range = f[0];
    const qsizetype dash = range.indexOf('-');
    const QByteArrayView keyText = f[5].sliced(5);
    SysvMapping m;
    quint32 key = 0;
    if (dash <= 0 || !toNumber(range.first(dash), &m.start, 16) || !toNumber(range.sliced(dash + 1), &m.end, 16)
        || f[1].size() < 2
        || !toNumber(f[2], &m.fileOffset, 16) || !toNumber(f[4], &m.shmid) || m.shmid < 0
        || keyText.size() != 8 || !toNumber(keyText, &key, 16))
        return std::nullopt;
    m.writable = f[1][1] == 'w';
    m.key = qint32(key);
    return m;
}

std::optional<quint64> ProcParser::parseSysctl(QByteArrayView text)
{
    const Fields f(text.trimmed());
    quint64 value = 0;
    if (f.size() != 1 || !toNumber(f.first(), &value))
        return std::nullopt;
    return value;
}

} // namespace core
