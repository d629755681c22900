// libFuzzer target: the fuzzer's bytes as what people type for core::InputParser: a key, a size, a mode,
// an offset, bytes in hex. Whatever the text, nothing crashes; where the text is in the plain form each
// function documents, the answer is checked against a reference reading of it, and an accepted text holds
// only characters that form can have (a digit of another script is no hex digit).
//
// Built by tests/fuzz/CMakeLists.txt with SHMSCOPE_FUZZ=ON and clang; run with scripts/fuzz.sh.

#include "fuzzutils.h"

#include "inputparser.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>

using core::InputParser;

namespace {

constexpr const char *Target = "fuzz_input";
// People type a few words; a long text only makes the regular expressions take longer.
constexpr std::size_t MaxInputBytes = 4096;

[[noreturn]] void fail(const QString &what)
{
    fuzz::fail(Target, what);
}

// The reference parser's own digit reader, on purpose not FieldCodec's: an oracle that shares code with what
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
        const qint64 v = dec->negative ? -qint64(dec->magnitude) : qint64(dec->magnitude);
        if (!dec->overflow && dec->magnitude <= 0xffffffffULL && v >= std::numeric_limits<qint32>::min())
            expected = v;
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
    return 0;
}
