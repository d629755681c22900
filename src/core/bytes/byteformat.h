#pragma once

#include <QByteArrayView>
#include <QString>

namespace core {

// Bytes as text, the ways people paste them: hex pairs, printable characters, a C array.
class ByteFormat
{
public:
    [[nodiscard]] static QString hex(QByteArrayView bytes);             // "42 6f 62 00"
    [[nodiscard]] static QString text(QByteArrayView bytes);            // "Bob." (non-printables as '.')
    [[nodiscard]] static QString cArray(QByteArrayView bytes, const QString &name = QStringLiteral("bytes"));
    // How cLiteral writes bytes past ASCII: each as \xNN (bytes), or as their characters when all of them
    // are valid UTF-8 (a text, such as a name typed into a char[] field).
    enum class NonAscii { Escaped, Utf8Kept };
    // A C string literal of the first `maxBytes` bytes, then "..." when there were more: "Alice\x00" + "...".
    // Escapes are hex, as the hex pane shows the bytes. C reads every hex digit after \x as part of the
    // escape, so a hex digit that follows one starts a new literal, which C joins to the last: "\x00" "Bob".
    [[nodiscard]] static QString cLiteral(QByteArrayView bytes, qsizetype maxBytes,
                                          NonAscii nonAscii = NonAscii::Escaped);
    // A name from outside (a process's comm) as text safe to show: UTF-8 characters as they are, a backslash
    // as
    // "\\", newline "\n", tab "\t", ESC "\e", and every other control byte (C0, DEL, C1) and every byte of
    // broken UTF-8 as "\xNN". Each byte of `alsoEscaped` is written "\xNN" too. The bytes can be read back.
    [[nodiscard]] static QString escaped(QByteArrayView bytes, QByteArrayView alsoEscaped = {});
    [[nodiscard]] static bool isPrintable(char byte) { return byte >= 0x20 && byte < 0x7f; }
    [[nodiscard]] static QChar hexDigit(int nibble) { return QLatin1Char("0123456789abcdef"[nibble & 0xf]); }
};

} // namespace core
