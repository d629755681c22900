#include "core/bytes/byteformat.h"

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

QString ByteFormat::cLiteral(QByteArrayView bytes, qsizetype maxBytes)
{
    QString out = QStringLiteral("\"");
    const qsizetype shown = qMin(bytes.size(), maxBytes);
    for (qsizetype i = 0; i < shown; ++i) {
        const char byte = bytes[i];
        if (byte == '"' || byte == '\\')
            out += QLatin1Char('\\') + QLatin1Char(byte);
        else if (isPrintable(byte))
            out += QLatin1Char(byte);
        else
            out += QLatin1Char('\\') + QString::number(quint8(byte), 8).rightJustified(3, QLatin1Char('0'));
    }
    out += QLatin1Char('"');
    if (shown < bytes.size())
        out += QStringLiteral("...");
    return out;
}

} // namespace core
