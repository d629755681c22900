#include "cli/jsontext.h"

namespace core {

void JsonText::appendIndent(QByteArray &out, int level)
{
    static constexpr char Spaces[] = "                                "; // 8 levels
    Q_ASSERT(level >= 0 && 4 * level < qsizetype(sizeof Spaces));
    out.append(Spaces, 4 * level);
}

void JsonText::appendString(QByteArray &out, QStringView text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const auto appendEscape = [&out](char16_t unit) {
        const char escape[] = {'\\', 'u', Hex[(unit >> 12) & 0xf], Hex[(unit >> 8) & 0xf], Hex[(unit >> 4) & 0xf],
                               Hex[unit & 0xf]};
        out.append(escape, sizeof escape);
    };
    out += '"';
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t unit = text[i].unicode();
        if (unit >= 0x20 && unit < 0x80 && unit != '"' && unit != '\\') {
            out += char(unit);
            continue;
        }
        switch (unit) {
        case '"': out += "\\\""; continue;
        case '\\': out += "\\\\"; continue;
        case '\b': out += "\\b"; continue;
        case '\f': out += "\\f"; continue;
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        default: break;
        }
        if (unit < 0x20) {
            appendEscape(unit);
        } else if (unit < 0x800) {
            out += char(0xc0 | (unit >> 6));
            out += char(0x80 | (unit & 0x3f));
        } else if (!QChar::isSurrogate(unit)) {
            out += char(0xe0 | (unit >> 12));
            out += char(0x80 | ((unit >> 6) & 0x3f));
            out += char(0x80 | (unit & 0x3f));
        } else if (QChar::isHighSurrogate(unit) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(unit, text[++i].unicode());
            out += char(0xf0 | (code >> 18));
            out += char(0x80 | ((code >> 12) & 0x3f));
            out += char(0x80 | ((code >> 6) & 0x3f));
            out += char(0x80 | (code & 0x3f));
        } else {
            appendEscape(unit);
        }
    }
    out += '"';
}

void JsonText::appendMemberName(QByteArray &out, QLatin1String name, int level)
{
    appendIndent(out, level);
    out += '"';
    out.append(name.data(), name.size());
    out += "\": ";
}

void JsonText::appendStringOrNull(QByteArray &out, const std::optional<QString> &text)
{
    if (text)
        appendString(out, *text);
    else
        out += "null";
}

} // namespace core
