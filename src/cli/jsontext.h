#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringView>

#include <charconv>
#include <optional>

namespace core {

// JSON as QJsonDocument::toJson(QJsonDocument::Indented) writes it, appended straight to bytes: the writers of
// --list build their text with these. Building a QJsonObject a segment and having QJsonDocument write them was
// nine tenths of a `--list --format json` run (docs/PERFORMANCE.md); the text is byte for byte what it was.
// Members are written in the order the caller gives: QJsonObject's is sorted by name.
class JsonText
{
public:
    // Each level of nesting indents by four spaces. (QByteArray::append(count, ' ') takes Qt's general insert
    // path, a twentieth of the run.)
    static void appendIndent(QByteArray &out, int level);

    template <typename Number>
    static void appendNumber(QByteArray &out, Number n)
    {
        char digits[24];
        const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
        Q_ASSERT(ec == std::errc());
        out.append(digits, end - digits);
    }

    // A JSON string as QJsonDocument writes one: '"' and '\\' escaped, the controls below U+0020 as \b \f \n \r
    // \t or \u00XX, everything else as UTF-8. A lone surrogate, which has no UTF-8 form, becomes \uXXXX too.
    static void appendString(QByteArray &out, QStringView text);

    // A list as QJsonDocument indents one: "[", each element on its own line one level in, "]" at the level of
    // the line that opened it; an empty list too takes two lines.
    template <typename Element, typename Append>
    static void appendArray(QByteArray &out, const QList<Element> &elements, int level, Append appendElement)
    {
        out += "[\n";
        for (qsizetype i = 0; i < elements.size(); ++i) {
            appendIndent(out, level + 1);
            appendElement(elements.at(i));
            out += i + 1 < elements.size() ? ",\n" : "\n";
        }
        appendIndent(out, level);
        out += ']';
    }

    // A whole document of one array: appendJson(text, elements, 0) and its final newline.
    template <typename Element>
    static QByteArray document(const QList<Element> &elements,
                               void (*appendJson)(QByteArray &, const QList<Element> &, int))
    {
        QByteArray text;
        appendJson(text, elements, 0);
        text += '\n';
        return text;
    }

    // `"name": ` at the start of an object's member line.
    static void appendMemberName(QByteArray &out, QLatin1String name, int level);

    // The string, or null when there is none.
    static void appendStringOrNull(QByteArray &out, const std::optional<QString> &text);

    // The members of one JSON object, each on its own line and a comma after all but the last; level: that of
    // the line holding the "{". The caller names them in QJsonObject's order, sorted by name.
    class Members
    {
    public:
        Members(QByteArray &out, int level) : m_out(out), m_level(level) { m_out += "{\n"; }
        // Starts the member `name`: its value is to be appended to the returned text.
        QByteArray &operator()(const char *name)
        {
            if (!m_first)
                m_out += ",\n";
            m_first = false;
            appendMemberName(m_out, QLatin1String(name), m_level + 1);
            return m_out;
        }
        void close()
        {
            m_out += '\n';
            appendIndent(m_out, m_level);
            m_out += '}';
        }

    private:
        QByteArray &m_out;
        int m_level;
        bool m_first = true;
    };
};

} // namespace core
