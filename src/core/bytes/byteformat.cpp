#include "core/bytes/byteformat.h"

#include <QStringDecoder>

#include <cctype>

namespace core {

QString ByteFormat::hex(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size() * 3);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(' ');
        out += hexDigit(quint8(bytes[i]) >> 4);
        out += hexDigit(quint8(bytes[i]));
    }
    return out;
}

QString ByteFormat::text(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (char byte : bytes)
        out += isPrintable(byte) ? QLatin1Char(byte) : QLatin1Char('.');
    return out;
}

namespace {

// How many bytes the UTF-8 character starting at `at` takes, or 0 when it is no whole, valid character.
qsizetype utf8Length(QByteArrayView bytes, qsizetype at)
{
    const auto lead = quint8(bytes[at]);
    const qsizetype length = (lead & 0xe0) == 0xc0   ? 2
                             : (lead & 0xf0) == 0xe0 ? 3
                             : (lead & 0xf8) == 0xf0 ? 4
                                                     : 0;
    return length > 0 && at + length <= bytes.size() && bytes.sliced(at, length).isValidUtf8() ? length : 0;
}

} // namespace

QString ByteFormat::escaped(QByteArrayView bytes, QByteArrayView alsoEscaped)
{
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const char byte = bytes[i];
        const qsizetype length = quint8(byte) >= 0x80 ? qMax<qsizetype>(utf8Length(bytes, i), 1) : 1;
        // U+0080..U+009F, the C1 controls, are 0xc2 0x80 to 0xc2 0x9f.
        const bool isC1Control = length == 2 && quint8(byte) == 0xc2 && quint8(bytes[i + 1]) < 0xa0;
        if (byte == '\\') {
            out += QLatin1String("\\\\");
        } else if (byte == '\n') {
            out += QLatin1String("\\n");
        } else if (byte == '\t') {
            out += QLatin1String("\\t");
        } else if (byte == '\x1b') {
            out += QLatin1String("\\e");
        } else if (isPrintable(byte) && !alsoEscaped.contains(byte)) {
            out += QLatin1Char(byte);
        } else if (length > 1 && !isC1Control) {
            out += QString::fromUtf8(bytes.sliced(i, length));
        } else {
            for (char escapedByte : bytes.sliced(i, length))
                out +=
                    QLatin1String("\\x") + hexDigit(quint8(escapedByte) >> 4) + hexDigit(quint8(escapedByte));
        }
        i += length;
    }
    return out;
}

QString ByteFormat::cArray(QByteArrayView bytes, const QString &name)
{
    constexpr int PerLine = 12;
    QString out = QStringLiteral("unsigned char %1[%2] = {").arg(name).arg(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        out += i % PerLine == 0 ? QStringLiteral("\n    ") : QStringLiteral(" ");
        out += QStringLiteral("0x") + hexDigit(quint8(bytes[i]) >> 4) + hexDigit(quint8(bytes[i]));
        if (i + 1 < bytes.size())
            out += QLatin1Char(',');
    }
    out += QStringLiteral("\n};\n");
    return out;
}

QString ByteFormat::cLiteral(QByteArrayView bytes, qsizetype maxBytes, NonAscii nonAscii)
{
    const QByteArrayView shown = bytes.first(qMin(bytes.size(), maxBytes));
    bool keepUtf8 = false;
    if (nonAscii == NonAscii::Utf8Kept) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        [[maybe_unused]] const QString decoded = decoder.decode(shown); // hasError() is known once decoded
        keepUtf8 = !decoder.hasError();
    }
    QString out = QStringLiteral("\"");
    bool afterEscape = false;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const char byte = shown[i];
        if (afterEscape && std::isxdigit(uchar(byte)))
            out += QStringLiteral("\" \"");
        afterEscape = false;
        if (byte == '"' || byte == '\\') {
            out += QLatin1Char('\\') + QLatin1Char(byte);
        } else if (isPrintable(byte)) {
            out += QLatin1Char(byte);
        } else if (keepUtf8 && uchar(byte) >= 0x80) {
            // The whole character at once: its lead byte tells how many bytes follow.
            qsizetype end = i + 1;
            while (end < shown.size() && (uchar(shown[end]) & 0xc0) == 0x80)
                ++end;
            out += QString::fromUtf8(shown.sliced(i, end - i));
            i = end - 1;
        } else {
            out += QStringLiteral("\\x") + hexDigit(uchar(byte) >> 4) + hexDigit(uchar(byte));
            afterEscape = true;
        }
    }
    out += QLatin1Char('"');
    if (shown.size() < bytes.size())
        out += QStringLiteral("...");
    return out;
}

} // namespace core
