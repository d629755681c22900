#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QLatin1StringView>
#include <QString>

namespace core {

// What the bytes at one offset could be, read as every common C type at once: the data inspector's rows.
// It never reads more than the MaxBytes it is given, and a type longer than the bytes given (the segment ends
// first) says "past the end" and reads none of them.
//
// Text forms (integers, float, double, char and pointer are core::FieldCodec's, so that the inspector and the
// struct pane write a value the same way):
//   int8 .. uint64   decimal: -42, 4294967295; encode also takes 0x hex, range-checked
//   float, double    the shortest text that reads back to the same value: 0.1, 1e+20, -inf, nan
//   binary           the byte at the offset as 8 bits, most significant first: 01000001
//   char             the byte as a C char literal: 'A', '\n', '\x90' (a byte past ASCII is no character)
//   UTF-8            the code point whose encoding starts at the offset: "U+00E9 é"; "not UTF-8" for a
//                    continuation byte, a bad or cut sequence, an overlong form, a surrogate, past U+10FFFF
//   time_t           signed 64-bit seconds since 1970 in UTC: "2026-12-04 19:24:23 UTC"; "out of range"
//                    outside the years 1 to 9999
//   IPv4             the 4 bytes in their order, dotted: 192.168.1.10 (network order: endianness does not
//                    apply)
//   pointer          8 bytes as 0x%016llx
// Endianness applies to the types of 2 bytes or more that are numbers: int16 .. uint64, float, double, time_t,
// pointer.
class ByteInterpreter
{
    Q_DECLARE_TR_FUNCTIONS(core::ByteInterpreter)

public:
    enum class Endian { Little, Big };
    // The rows, in the order shown.
    enum class Type { Int8, UInt8, Int16, UInt16, Int32, UInt32, Int64, UInt64, Float, Double, Binary, Char,
                      Utf8, TimeT, Ipv4, Pointer };
    static constexpr int TypeCount = 16;
    // The most bytes any row reads: what a caller reads at the offset (fewer near the segment's end).
    static constexpr qsizetype MaxBytes = 8;

    struct Row
    {
        Type type = Type::Int8;
        qsizetype size = 0;     // bytes the value takes: for UTF-8 the length of the sequence (1 when not one)
        QString text;           // the value, or why there is none ("past the end")
        bool pastEnd = false;   // the type runs past the bytes there are: nothing was read
    };

    // The machine's own order: the default of the inspector's choice.
    [[nodiscard]] static Endian nativeEndian();
    // The C name of the row's type ("int32", "UTF-8", "time_t"): not translated.
    [[nodiscard]] static QLatin1StringView label(Type type);
    [[nodiscard]] static Type typeAt(int row) { return Type(row); }
    // The bytes the type takes (UTF-8: 1, its shortest).
    [[nodiscard]] static qsizetype sizeOf(Type type);
    [[nodiscard]] static bool followsEndian(Type type);
    // Whether a typed text can be written back as the type's bytes (integers, float, double, binary, char,
    // IPv4).
    [[nodiscard]] static bool isEditable(Type type);

    // The row of `type` for `bytes`, the bytes from the offset on (at most MaxBytes are looked at; fewer when
    // the segment ends sooner).
    [[nodiscard]] static Row interpret(Type type, QByteArrayView bytes, Endian endian);
    // The text alone: what interpret() says of it.
    [[nodiscard]] static QString text(Type type, QByteArrayView bytes, Endian endian)
    {
        return interpret(type, bytes, endian).text;
    }

    // The bytes (sizeOf(type) of them, in `endian`) that make the type say `text`; a refusal says why in one
    // sentence ("300 does not fit in ...", "\"abc\" is not a number ...").
    [[nodiscard]] static Result<QByteArray> encode(Type type, const QString &text, Endian endian);
    // The refusal of an edit of a type that is shown only (UTF-8, time_t, pointer).
    [[nodiscard]] static QString notEditable(Type type);
    // What the rows say when the bytes would run past the segment's end.
    [[nodiscard]] static QString pastEndText();
};

} // namespace core
