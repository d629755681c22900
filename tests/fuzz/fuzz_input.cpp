// libFuzzer target: the fuzzer's bytes as what people type for core::InputParser: a key, a size, a mode,
// an offset, bytes in hex. Whatever the text, nothing crashes; where the text is in the plain form each
// function documents, the answer is checked against a reference reading of it, and an accepted text holds
// only characters that form can have (a digit of another script is no hex digit).
//
// The same text is then typed where the panes take it: into the hex pane's find bar (hex or text mode,
// searched with core::ByteSearch in a real segment, against a reference search of a copy of its bytes) and
// as the value of a struct field of each kind (core::FieldCodec::encode: only the field's bytes, and what
// it wrote reads back as text that writes the same bytes).
//
// Built by tests/fuzz/CMakeLists.txt with SHMSCOPE_FUZZ=ON and clang; run with scripts/fuzz.sh.

#include "fuzzutils.h"

#include "core/bytes/bytesearch.h"
#include "core/inputparser.h"
#include "core/kernel/attachment.h"
#include "core/layout/fieldcodec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <random>
#include <utility>

#include <sys/shm.h>

using core::FieldCodec;
using core::InputParser;
using core::StructField;

namespace {

constexpr const char *Target = "fuzz_input";
// People type a few words; a long text only makes the regular expressions take longer.
constexpr std::size_t MaxInputBytes = 4096;

[[noreturn]] void fail(const QString &what)
{
    fuzz::fail(Target, what);
}

// The reference parser's own digit reader, on purpose not InputParser's: an oracle that shares code with what
// it checks would agree with its bugs.
int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Non-space characters are all in `allowed` (ASCII). Text with a NUL is let be: Qt's number conversions
// stop at the first NUL ("4\0zz" reads as 4), and no one types a NUL into a line edit or an argument.
bool onlyAllowed(const QString &text, QLatin1String allowed)
{
    if (text.contains(QChar(u'\0')))
        return true;
    for (const QChar c : text) {
        if (!c.isSpace() && !(c.unicode() < 0x80 && allowed.contains(c)))
            return false;
    }
    return true;
}

// The reference reading: the whole text is digits of `base` (at least one) after an optional prefix.
// The magnitude, or nullopt when the text is not in that form; `overflow` when it passes 64 bits.
struct Number
{
    bool negative = false;
    bool overflow = false;
    quint64 magnitude = 0;
};
std::optional<Number> plainNumber(const QString &text, int base, bool sign)
{
    Number n;
    qsizetype i = 0;
    if (sign && i < text.size() && (text.at(i) == QLatin1Char('-') || text.at(i) == QLatin1Char('+'))) {
        n.negative = text.at(i) == QLatin1Char('-');
        ++i;
    }
    if (base == 16) {
        if (text.size() < i + 2 || text.at(i) != QLatin1Char('0') ||
            (text.at(i + 1) != QLatin1Char('x') && text.at(i + 1) != QLatin1Char('X')))
            return std::nullopt;
        i += 2;
    }
    if (i == text.size())
        return std::nullopt;
    for (; i < text.size(); ++i) {
        const int d = hexDigit(text.at(i));
        if (d < 0 || d >= base)
            return std::nullopt;
        if (n.magnitude > (std::numeric_limits<quint64>::max() - quint64(d)) / quint64(base))
            n.overflow = true;
        n.magnitude = n.magnitude * quint64(base) + quint64(d);
    }
    return n;
}

void checkKey(const QString &text)
{
    const auto key = InputParser::key(text);
    if (!key.ok() && key.error().message.isEmpty())
        fail(QStringLiteral("key: refused without a message"));
    if (key.ok()) {
        // What is accepted reads back the same from its own hex.
        const quint32 bits = quint32(key.value());
        const auto again = InputParser::key(QStringLiteral("0x") + QString::number(bits, 16));
        if (!again.ok() || again.value() != key.value())
            fail(QStringLiteral("key: \"%1\" is 0x%2, which does not read back").arg(text).arg(bits, 0, 16));
    }

    // Plain hex (0x...) is a 32-bit pattern; plain decimal a signed or unsigned 32-bit number.
    const QString t = text.trimmed();
    std::optional<qint64> expected;
    if (const auto hex = plainNumber(t, 16, false)) {
        if (!hex->overflow && hex->magnitude <= 0xffffffffULL)
            expected = qint64(hex->magnitude);
    } else if (const auto dec = plainNumber(t, 10, true)) {
        // Negated only once it is known to fit: -2^63 has no positive qint64.
        if (!dec->overflow && dec->magnitude <= 0xffffffffULL) {
            const qint64 v = dec->negative ? -qint64(dec->magnitude) : qint64(dec->magnitude);
            if (v >= std::numeric_limits<qint32>::min())
                expected = v;
        }
    } else {
        return;
    }
    if (key.ok() != expected.has_value() || (key.ok() && quint32(key.value()) != quint32(*expected)))
        fail(QStringLiteral("key: \"%1\" gives %2")
                 .arg(text, key.ok() ? QStringLiteral("0x") + QString::number(quint32(key.value()), 16)
                                     : key.error().message));
}

void checkSize(const QString &text)
{
    const auto size = InputParser::size(text);
    if (!size.ok()) {
        if (size.error().message.isEmpty())
            fail(QStringLiteral("size: refused without a message"));
        return;
    }
    if (!onlyAllowed(text, QLatin1String("0123456789.kmgtibKMGTIB")))
        fail(QStringLiteral("size: \"%1\" is taken as %2 bytes").arg(text).arg(size.value()));
    if (const auto plain = plainNumber(text.trimmed(), 10, false);
        plain && (plain->overflow || plain->magnitude != size.value()))
        fail(QStringLiteral("size: \"%1\" is taken as %2 bytes").arg(text).arg(size.value()));
}

void checkMode(const QString &text)
{
    const auto mode = InputParser::mode(text);
    if (mode.ok() && mode.value() > 0777)
        fail(QStringLiteral("mode: \"%1\" is taken as 0%2").arg(text).arg(mode.value(), 0, 8));
    if (const auto plain = plainNumber(text.trimmed(), 8, false)) {
        const bool fits = !plain->overflow && plain->magnitude <= 0777;
        if (mode.ok() != fits || (fits && mode.value() != plain->magnitude))
            fail(QStringLiteral("mode: \"%1\" gives %2")
                     .arg(text, mode.ok() ? QString::number(mode.value(), 8) : mode.error().message));
    }
}

void checkOffset(const QString &text)
{
    const auto offset = InputParser::offset(text);
    if (offset.ok() && !onlyAllowed(text, QLatin1String("0123456789abcdefABCDEFxX")))
        fail(QStringLiteral("offset: \"%1\" is taken as %2").arg(text).arg(offset.value()));
    const QString t = text.trimmed();
    auto plain = plainNumber(t, 16, false);
    if (!plain)
        plain = plainNumber(t, 10, false);
    if (plain && (offset.ok() != !plain->overflow || (offset.ok() && offset.value() != plain->magnitude)))
        fail(QStringLiteral("offset: \"%1\" gives %2")
                 .arg(text, offset.ok() ? QString::number(offset.value()) : offset.error().message));
}

void checkHexBytes(const QString &text)
{
    const auto bytes = InputParser::hexBytes(text);
    if (!bytes.ok()) {
        if (bytes.error().message.isEmpty())
            fail(QStringLiteral("hexBytes: refused without a message"));
    } else {
        // Each byte is two hex digits; the only other characters are the x of 0x, commas and spaces.
        qsizetype digits = 0;
        qsizetype prefixes = 0;
        for (const QChar c : text) {
            if (hexDigit(c) >= 0)
                ++digits;
            else if (c == QLatin1Char('x') || c == QLatin1Char('X'))
                ++prefixes; // each one took the 0 before it
            else if (c != QLatin1Char(',') && !c.isSpace())
                fail(QStringLiteral("hexBytes: \"%1\" is taken as %2, but '%3' is no hex digit")
                         .arg(text, QString::fromLatin1(bytes.value().toHex(' ')))
                         .arg(c));
        }
        if (bytes.value().size() * 2 != digits - prefixes)
            fail(QStringLiteral("hexBytes: \"%1\" has %2 digits and gives %3 bytes")
                     .arg(text)
                     .arg(digits - prefixes)
                     .arg(bytes.value().size()));
    }
    if (!isAscii(text))
        return;
    // The reference reading of ASCII text: words split at spaces and commas, each with an optional 0x and
    // an even number of hex digits.
    QByteArray expected;
    bool valid = true;
    const QStringList words = text.split(QLatin1Char(','));
    for (const QString &part : words) {
        for (const QString &word : part.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString digits =
                word.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? word.mid(2) : word;
            valid = valid && !digits.isEmpty() && digits.size() % 2 == 0;
            for (qsizetype i = 0; valid && i + 1 < digits.size(); i += 2) {
                const int high = hexDigit(digits.at(i));
                const int low = hexDigit(digits.at(i + 1));
                valid = high >= 0 && low >= 0;
                expected += char(high * 16 + low);
            }
        }
    }
    valid = valid && !expected.isEmpty();
    if (bytes.ok() != valid || (valid && bytes.value() != expected))
        fail(QStringLiteral("hexBytes: \"%1\" gives %2")
                 .arg(text,
                      bytes.ok() ? QString::fromLatin1(bytes.value().toHex(' ')) : bytes.error().message));
}

// ---- the hex pane's find bar -------------------------------------------------------------------------

// A real segment to search, and the test's own copy of its bytes for the reference search. Just over
// ByteSearch's 1 MiB chunk, so that a needle can straddle the boundary between two reads.
constexpr quint64 ChunkBytes = 1024 * 1024;
constexpr quint64 SearchSegmentBytes = ChunkBytes + 4096 + 7;

class SearchSegment
{
public:
    // Made once for the whole run and removed (IPC_RMID) at once: the kernel destroys it with the last
    // detach, that is when this process ends, however it ends.
    static SearchSegment &instance()
    {
        static SearchSegment segment;
        return segment;
    }

    // The first match from `from` (wrapping round once) by ByteSearch, after writing `needle` at `at`,
    // compared with the reference; the bytes at `at` are put back afterwards.
    void check(const QByteArray &needle, quint64 at, quint64 from)
    {
        at = std::min(at, quint64(m_copy.size() - needle.size()));
        const QByteArray saved = m_copy.mid(qsizetype(at), needle.size());
        put(at, needle);
        const auto found = core::ByteSearch::find(*m_attachment, needle, from);
        const auto expected = referenceFind(needle, from);
        put(at, saved);
        if (found != expected)
            fail(QStringLiteral("find %1 from %2 (written at %3) gives %4 instead of %5")
                     .arg(QString::fromLatin1(needle.left(32).toHex(' ')))
                     .arg(from)
                     .arg(at)
                     .arg(found ? QString::number(*found) : QStringLiteral("nothing"),
                          expected ? QString::number(*expected) : QStringLiteral("nothing")));
    }

private:
    SearchSegment()
    {
        const int shmid = shmget(IPC_PRIVATE, SearchSegmentBytes, 0600 | IPC_CREAT);
        if (shmid < 0)
            fail(QStringLiteral("shmget of the search segment failed: errno %1").arg(errno));
        void *memory = shmat(shmid, nullptr, 0);
        auto attached = core::Attachment::attach(shmid, core::Attachment::Mode::ReadOnly);
        shmctl(shmid, IPC_RMID, nullptr);
        if (memory == reinterpret_cast<void *>(-1) || !attached.ok())
            fail(QStringLiteral("cannot attach the search segment"));
        m_memory = static_cast<char *>(memory);
        m_attachment = std::move(attached.value());
        // Random bytes (a fixed seed: every run searches the same segment), so that a needle is found
        // where it was written rather than in a run of zeros.
        std::mt19937_64 random(1);
        m_copy.resize(qsizetype(SearchSegmentBytes));
        for (char &byte : m_copy)
            byte = char(random());
        put(0, m_copy);
    }

    // Through a mapping of the test's own: ByteSearch's read-only attachment sees the bytes as another
    // process would have written them.
    void put(quint64 at, const QByteArray &bytes)
    {
        std::memcpy(m_memory + at, bytes.constData(), size_t(bytes.size()));
        m_copy.replace(qsizetype(at), bytes.size(), bytes);
    }

    // What bytesearch.h promises, read on the copy: the first match at or after `from`, else the first
    // one from the start.
    [[nodiscard]] std::optional<quint64> referenceFind(const QByteArray &needle, quint64 from) const
    {
        if (needle.isEmpty() || needle.size() > m_copy.size())
            return std::nullopt;
        const quint64 lastStart = quint64(m_copy.size() - needle.size());
        qsizetype at = m_copy.indexOf(needle, qsizetype(std::min(from, lastStart + 1)));
        if (at < 0)
            at = m_copy.indexOf(needle);
        return at < 0 ? std::nullopt : std::optional<quint64>(quint64(at));
    }

    char *m_memory = nullptr;
    std::unique_ptr<core::Attachment> m_attachment;
    QByteArray m_copy;
};

// The find bar searches for InputParser::hexBytes(text) in hex mode and for the text's UTF-8 in text mode
// (SegmentTab::findNext). The needle is written where the input's hash says: at the start, at the end,
// across the chunk boundary or anywhere; the search starts before it, on it, after it (wrapping round) or
// past the end.
void checkFind(const QString &text, quint64 seed)
{
    // A search copies a 1 MiB chunk: done for every input, it would cut the runs a second twentyfold and
    // starve the parsers above. One input in eight, chosen by its hash, searches.
    if (seed % 8 != 0)
        return;
    seed /= 8;
    QList<QByteArray> needles{text.toUtf8()};
    if (const auto bytes = InputParser::hexBytes(text); bytes.ok())
        needles.append(bytes.value());
    std::mt19937_64 random(seed);
    for (const QByteArray &needle : std::as_const(needles)) {
        if (needle.isEmpty())
            continue;
        const auto n = quint64(needle.size());
        const quint64 places[] = {0, SearchSegmentBytes - n, ChunkBytes - 1 - random() % n,
                                  random() % SearchSegmentBytes};
        const quint64 at = places[random() % 4];
        const quint64 froms[] = {0, at, at + 1, SearchSegmentBytes + random() % 2,
                                 random() % SearchSegmentBytes};
        SearchSegment::instance().check(needle, at, froms[random() % 5]);
    }
}

// ---- a struct field's value as typed in the struct pane ----------------------------------------------

// One field of each kind the struct pane lets people type, at a nonzero offset in a window of 0xa5 bytes.
constexpr quint64 FieldOffset = 8;
constexpr qsizetype WindowBytes = 32;

StructField makeField(StructField::Kind kind, const char *typeName, quint64 size, bool isSigned)
{
    StructField field;
    field.name = QStringLiteral("f");
    field.typeName = QLatin1String(typeName);
    field.kind = kind;
    field.offset = FieldOffset;
    field.size = size;
    field.isSigned = isSigned;
    return field;
}

QList<StructField> typedFields()
{
    using Kind = StructField::Kind;
    QList<StructField> fields;
    for (const quint64 size : {1, 2, 4, 8}) {
        fields.append(makeField(Kind::Integer, "int", size, true));
        fields.append(makeField(Kind::Integer, "unsigned", size, false));
    }
    fields.append(makeField(Kind::Char, "char", 1, true));
    fields.append(makeField(Kind::Bool, "_Bool", 1, false));
    fields.append(makeField(Kind::Float, "float", 4, true));
    fields.append(makeField(Kind::Float, "double", 8, true));
    StructField string = makeField(Kind::String, "char[8]", 8, true);
    string.arrayCount = 8;
    fields.append(string);
    // unsigned int x:11, from bit 5 of the byte at the offset: its bits spill into a second byte.
    StructField bits = makeField(Kind::Integer, "unsigned int:11", 2, false);
    bits.bitOffset = 5;
    bits.bitWidth = 11;
    fields.append(bits);
    return fields;
}

// The bits an integer field must get from plain decimal text, or nullopt when it must be refused.
std::optional<quint64> expectedIntegerBits(const StructField &field, const Number &number)
{
    const int bits = field.isBitField() ? field.bitWidth : int(field.size * 8);
    const quint64 mask = bits == 64 ? ~quint64(0) : (quint64(1) << bits) - 1;
    const quint64 largestNegative = quint64(1) << (bits - 1);
    const bool fits =
        !number.overflow &&
        (field.isSigned ? number.magnitude <= largestNegative - (number.negative ? 0 : 1)
                        : (!number.negative || number.magnitude == 0) && number.magnitude <= mask);
    if (!fits)
        return std::nullopt;
    return (number.negative ? ~number.magnitude + 1 : number.magnitude) & mask;
}

void checkFieldText(const QString &text)
{
    static const QList<StructField> fields = typedFields();
    const QByteArray window(WindowBytes, '\xa5');
    for (const StructField &field : fields) {
        const auto written = FieldCodec::encode(field, text, window);
        if (!written.ok()) {
            if (written.error().message.isEmpty())
                fail(QStringLiteral("%1: \"%2\" refused without a message").arg(field.typeName, text));
        } else {
            // Only the field's own bytes: a string its text and NUL, at most the array.
            const QByteArray &bytes = written.value().bytes;
            const bool sizeOk =
                field.kind == StructField::Kind::String
                    ? !bytes.isEmpty() && quint64(bytes.size()) <= field.size && bytes.endsWith('\0')
                    : quint64(bytes.size()) == field.size;
            if (written.value().offset != field.offset || !sizeOk)
                fail(QStringLiteral("%1: \"%2\" writes %3 bytes at %4")
                         .arg(field.typeName, text)
                         .arg(bytes.size())
                         .arg(written.value().offset));
            QByteArray after = window;
            after.replace(qsizetype(field.offset), bytes.size(), bytes);
            // A bitfield's write keeps the other bits of its bytes.
            if (field.isBitField()) {
                const quint64 fieldMask = ((quint64(1) << field.bitWidth) - 1) << field.bitOffset;
                const quint64 was = quint8(window.at(qsizetype(field.offset))) |
                                    quint64(quint8(window.at(qsizetype(field.offset) + 1))) << 8;
                const quint64 now = quint8(bytes.at(0)) | quint64(quint8(bytes.at(1))) << 8;
                if ((was & ~fieldMask) != (now & ~fieldMask))
                    fail(QStringLiteral("%1: \"%2\" changes bits of its neighbours")
                             .arg(field.typeName, text));
            }
            // What was written reads as text that writes the same bytes (a string up to its first NUL: an
            // escaped \x00 in the text ends it). A NaN's payload has no text.
            const auto shown = FieldCodec::decode(field, after);
            if (!shown)
                fail(QStringLiteral("%1: \"%2\" wrote bytes that do not decode").arg(field.typeName, text));
            const auto again = FieldCodec::encode(field, *shown, after);
            const QByteArray expected =
                field.kind == StructField::Kind::String ? bytes.left(bytes.indexOf('\0') + 1) : bytes;
            if (!shown->contains(QLatin1String("nan")) && (!again.ok() || again.value().bytes != expected))
                fail(QStringLiteral("%1: \"%2\" writes %3, shown as \"%4\", which writes %5")
                         .arg(field.typeName, text, QString::fromLatin1(bytes.toHex(' ')), *shown,
                              again.ok() ? QString::fromLatin1(again.value().bytes.toHex(' '))
                                         : again.error().message));
        }

        // Plain decimal in an integer field: exactly the number, or a refusal when it does not fit.
        if (field.kind != StructField::Kind::Integer)
            continue;
        const auto number = plainNumber(text.trimmed(), 10, true);
        if (!number)
            continue;
        const auto expected = expectedIntegerBits(field, *number);
        quint64 got = 0;
        if (written.ok()) {
            const QByteArray &bytes = written.value().bytes;
            for (qsizetype i = bytes.size(); i-- > 0;)
                got = got << 8 | quint8(bytes.at(i));
            if (field.isBitField())
                got = (got >> field.bitOffset) & ((quint64(1) << field.bitWidth) - 1);
        }
        if (written.ok() != expected.has_value() || (expected && got != *expected))
            fail(QStringLiteral("%1: \"%2\" gives %3")
                     .arg(field.typeName, text,
                          written.ok() ? QStringLiteral("0x") + QString::number(got, 16)
                                       : written.error().message));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = fuzz::text(data, size, MaxInputBytes);
    checkKey(text);
    checkSize(text);
    checkMode(text);
    checkOffset(text);
    checkHexBytes(text);
    checkFind(text, fuzz::seedOf(data, size));
    checkFieldText(text);
    return 0;
}
