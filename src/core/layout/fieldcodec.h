#pragma once

#include "core/layout/structlayout.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace core {

// A field's bytes as the text a person reads and types, and that text back as bytes.
//
// Offsets are the layout's: a window is a run of bytes whose first byte is the layout's byte windowStart
// (0 when the window is the whole struct). Decoding never reads outside the field; encoding gives back only
// the field's own bytes, so writing them leaves every other byte of the segment as it was.
//
// Text forms (decode writes them, encode reads them, so a decoded value encodes to the same bytes):
//   Integer  -42, 4294967295; encode also takes 0x hex (0x2a, -0x2a), range-checked for the field's width
//   Float    shortest text that reads back to the same value: 0.1, 1e+20, -inf, nan
//   Bool     true, false (encode also takes 1 and 0)
//   Char     'A', '\n', '\\', '\x0b'; encode also takes a number in the char's range
//   Enum     the enumerator's name, or the number when no name has it; encode takes either
//   String   the text up to the first NUL; a byte that is not UTF-8 is written \xff, a backslash \\,
//            control characters \n \t \r or \x01; encode reads the same escapes
//   Pointer  0x00007ffd5a1c2e40 (read-only)
//   Padding, Opaque  hex bytes "00 00 00" (read-only)
//   Struct, Union, Array  no text of their own: their children have it
class FieldCodec
{
    Q_DECLARE_TR_FUNCTIONS(core::FieldCodec)

public:
    // What encode() hands back: write `bytes` at `offset` (the layout's offset) and nothing else.
    struct Write
    {
        quint64 offset = 0;
        QByteArray bytes;
    };

    // True when all of the field's bytes lie in a window of windowSize bytes from windowStart.
    [[nodiscard]] static bool isAvailable(const StructField &field, quint64 windowStart, quint64 windowSize);
    // The field's own bytes in the window; nullopt when some lie outside it.
    [[nodiscard]] static std::optional<QByteArrayView>
    bytesOf(const StructField &field, QByteArrayView window, quint64 windowStart = 0);

    // The field's value as text; nullopt when its bytes are not all in the window (nothing is read then).
    [[nodiscard]] static std::optional<QString> decode(const StructField &field, QByteArrayView window,
                                                       quint64 windowStart = 0);
    // The same from exactly the field's own bytes (field.size of them).
    [[nodiscard]] static QString text(const StructField &field, QByteArrayView fieldBytes);
    // A String field as a C string literal, quotes included, that a compiler reads back to the same bytes:
    // "a\"b\\c\n\x01" "f" (the text form's escapes, a quote escaped, a hex digit after a hex escape in a
    // literal of its own).
    [[nodiscard]] static QString cString(const StructField &field, QByteArrayView fieldBytes);
    // The number an Integer, Char, Bool or Enum field holds (bitfields too), in decimal.
    [[nodiscard]] static QString number(const StructField &field, QByteArrayView fieldBytes);

    // How many of the field's first bytes its text shows, which is all a view needs to read of it: the whole
    // field, but at most MaxTextBytesShown of a char[] and MaxHexBytesShown of padding or opaque bytes.
    [[nodiscard]] static quint64 shownLength(const StructField &field);
    // text() from those first bytes (shownLength() of them, or for a char[] as many as hold its first NUL):
    // a longer text ends in "…", a hex dump says the field's whole size.
    [[nodiscard]] static QString shownText(const StructField &field, QByteArrayView shownBytes);

    [[nodiscard]] static bool isEditable(const StructField &field);
    // The bytes that make the field say `text`. A bitfield's write is the bytes that hold its bits, the
    // other bits taken from `window` as they are now, so the window must hold the field; other fields do
    // not look at the window. A refusal says why in a sentence ("300 does not fit in an 8-bit unsigned
    // field (0 to 255)").
    [[nodiscard]] static Result<Write> encode(const StructField &field, const QString &text,
                                              QByteArrayView window = {}, quint64 windowStart = 0);

    // Padding and opaque values show at most this many bytes in hex.
    static constexpr qsizetype MaxHexBytesShown = 64;
    // A char[] shows at most this many bytes of text: a line of a view holds fewer, but its tooltip shows
    // the value whole, and a 4,000-byte text field is met in real structs (tst_presentation).
    static constexpr qsizetype MaxTextBytesShown = 4096;
};

} // namespace core
