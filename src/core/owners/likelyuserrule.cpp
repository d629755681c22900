#include "core/owners/likelyuserrule.h"

#include "core/inputparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace core {

namespace {

// The classic two-pointer glob: on a mismatch, go back to the last '*' and let it take one character more.
template <typename View, typename Char> bool glob(View pattern, View text, Char anyOne, Char anyRun)
{
    qsizetype p = 0, t = 0, star = -1, resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == anyOne || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == anyRun) {
            star = p++;
            resume = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == anyRun)
        ++p;
    return p == pattern.size();
}

// The line (from 1) each element of the top-level "rules" list starts on, in order: QJsonDocument keeps no
// positions, so the text is walked once more, skipping strings, to tell the user where a refused rule is.
QList<int> ruleLines(const QByteArray &text)
{
    QList<int> lines;
    int line = 1;
    int depth = 0;
    int rulesDepth = -1; // the depth inside the rules list while in it
    bool expectElement = false;
    QByteArray lastString;
    QByteArray key; // the member being read at depth 1
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\n')
            ++line;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (depth == rulesDepth && expectElement && c != ']') {
            lines.append(line);
            expectElement = false;
        }
        switch (c) {
        case '"': {
            qsizetype j = i + 1;
            lastString.clear();
            for (; j < text.size() && text.at(j) != '"'; ++j) {
                if (text.at(j) == '\\')
                    ++j;
                else
                    lastString += text.at(j);
            }
            i = j;
            break;
        }
        case ':':
            if (depth == 1)
                key = lastString;
            break;
        case ',':
            if (depth == rulesDepth)
                expectElement = true;
            break;
        case '[':
        case '{':
            ++depth;
            if (c == '[' && depth == 2 && key == "rules" && rulesDepth < 0) {
                rulesDepth = 2;
                expectElement = true;
            }
            break;
        case ']':
        case '}':
            if (depth == rulesDepth)
                rulesDepth = -3; // done: a second "rules" is not looked at
            --depth;
            break;
        default:
            break;
        }
    }
    return lines;
}

// Another reader's sentence inside ours: without its full stop.
QString clause(QString sentence)
{
    if (sentence.endsWith(QLatin1Char('.')))
        sentence.chop(1);
    return sentence;
}

// What one rule may read of an object: its tests look at a header, not at the whole object.
constexpr quint64 MaxByteSpan = 65536;

int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

const QStringList knownMembers = {QStringLiteral("label"), QStringLiteral("evidence"), QStringLiteral("zh_CN"),
                                  QStringLiteral("kind"),  QStringLiteral("process"),  QStringLiteral("key"),
                                  QStringLiteral("size"),  QStringLiteral("owner"),    QStringLiteral("name"),
                                  QStringLiteral("bytes"), QStringLiteral("comment")};
const QStringList placeholders = {QStringLiteral("key"),  QStringLiteral("process"), QStringLiteral("pid"),
                                  QStringLiteral("name"), QStringLiteral("size"),    QStringLiteral("owner")};

// Reads one rule; an empty string when it is good, else why it is left out.
class RuleReader
{
public:
    explicit RuleReader(LikelyUserRule &rule) : m_rule(rule) {}

    QString read(const QJsonValue &value)
    {
        if (!value.isObject())
            return LikelyUserRules::tr("the rule is not a JSON object ({...})");
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!knownMembers.contains(it.key()))
                return LikelyUserRules::tr("\"%1\" is not a condition or a member rules have (they have %2)")
                    .arg(it.key(), knownMembers.join(QStringLiteral(", ")));
        }
        m_rule.label = o.value(QLatin1String("label")).toString().trimmed();
        if (m_rule.label.isEmpty())
            return LikelyUserRules::tr("the rule has no \"label\"");
        m_rule.evidence = o.value(QLatin1String("evidence")).toString().trimmed();
        if (m_rule.evidence.isEmpty())
            return LikelyUserRules::tr("the rule has no \"evidence\" sentence");
        if (const QJsonValue zh = o.value(QLatin1String("zh_CN")); !zh.isUndefined()) {
            m_rule.chineseLabel = zh.toObject().value(QLatin1String("label")).toString().trimmed();
            m_rule.chineseEvidence = zh.toObject().value(QLatin1String("evidence")).toString().trimmed();
            if (m_rule.chineseLabel.isEmpty() || m_rule.chineseEvidence.isEmpty())
                return LikelyUserRules::tr("\"zh_CN\" must hold both a \"label\" and an \"evidence\"");
        }
        for (const QString &text : {m_rule.evidence, m_rule.chineseEvidence}) {
            if (QString why = checkPlaceholders(text); !why.isEmpty())
                return why;
        }
        QString why = readKinds(o.value(QLatin1String("kind")));
        if (why.isEmpty())
            why = readGlobs(o.value(QLatin1String("process")), QStringLiteral("process"), &m_processes);
        if (why.isEmpty())
            why = readGlobs(o.value(QLatin1String("name")), QStringLiteral("name"), &m_rule.names);
        if (why.isEmpty())
            why = readKey(o.value(QLatin1String("key")));
        if (why.isEmpty())
            why = readSize(o.value(QLatin1String("size")));
        if (why.isEmpty())
            why = readOwner(o.value(QLatin1String("owner")));
        if (why.isEmpty())
            why = readBytes(o.value(QLatin1String("bytes")));
        if (!why.isEmpty())
            return why;
        for (const QString &process : std::as_const(m_processes))
            m_rule.processes.append(process.toUtf8());
        return cannotMatch();
    }

private:
    static QString checkPlaceholders(const QString &text)
    {
        static const QRegularExpression braces(QStringLiteral("\\{([^{}]*)\\}"));
        for (auto it = braces.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!placeholders.contains(name))
                return LikelyUserRules::tr("the evidence names {%1}, which is none of {%2}")
                    .arg(name, placeholders.join(QStringLiteral("}, {")));
        }
        return {};
    }

    // A string or a list of strings, none empty.
    static QString strings(const QJsonValue &value, const QString &member, QStringList *out)
    {
        const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &item : list) {
            if (!item.isString() || item.toString().isEmpty())
                return LikelyUserRules::tr("\"%1\" must be a text or a list of texts, none empty").arg(member);
            out->append(item.toString());
        }
        if (out->isEmpty())
            return LikelyUserRules::tr("\"%1\" is an empty list: nothing could match it").arg(member);
        return {};
    }

    static QString readGlobs(const QJsonValue &value, const QString &member, QStringList *out)
    {
        return value.isUndefined() ? QString() : strings(value, member, out);
    }

    QString readKinds(const QJsonValue &value)
    {
        if (value.isUndefined())
            return {};
        QStringList words;
        if (QString why = strings(value, QStringLiteral("kind"), &words); !why.isEmpty())
            return why;
        m_rule.kinds = 0;
        for (const QString &word : std::as_const(words)) {
            if (word == QLatin1String("sysv"))
                m_rule.kinds |= LikelyUserRule::SystemV;
            else if (word == QLatin1String("posix"))
                m_rule.kinds |= LikelyUserRule::Posix;
            else if (word == QLatin1String("memfd"))
                m_rule.kinds |= LikelyUserRule::Memfd;
            else
                return LikelyUserRules::tr("kind \"%1\" is none of sysv, posix, memfd").arg(word);
        }
        return {};
    }

    template <typename Number, typename Read>
    static QString range(const QJsonValue &value, const QString &member, Read readOne, std::optional<Number> *min,
                         std::optional<Number> *max)
    {
        if (!value.isObject()) {
            const auto one = readOne(value);
            if (!one.ok())
                return QStringLiteral("\"%1\": %2").arg(member, clause(one.error().message));
            *min = *max = one.value();
            return {};
        }
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != QLatin1String("min") && it.key() != QLatin1String("max"))
                return LikelyUserRules::tr("\"%1\" takes \"min\" and \"max\", not \"%2\"").arg(member, it.key());
        }
        for (const auto &[name, bound] : {std::pair{QStringLiteral("min"), min}, std::pair{QStringLiteral("max"), max}}) {
            if (!o.contains(name))
                continue;
            const auto one = readOne(o.value(name));
            if (!one.ok())
                return QStringLiteral("\"%1\" %2: %3").arg(member, name, clause(one.error().message));
            *bound = one.value();
        }
        if (*min && *max && **min > **max)
            return LikelyUserRules::tr("\"%1\": its min (%2) is above its max (%3)").arg(member).arg(**min).arg(**max);
        return {};
    }

    QString readKey(const QJsonValue &value)
    {
        if (value.isUndefined())
            return {};
        if (value.toString() == QLatin1String("private")) {
            m_rule.keyPrivate = true;
            return {};
        }
        const auto oneKey = [](const QJsonValue &v) -> Result<quint32> {
            const QString text = v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
            const auto key = InputParser::key(text);
            if (!key.ok())
                return key.error();
            return quint32(key.value());
        };
        QString why = range<quint32>(value, QStringLiteral("key"), oneKey, &m_rule.keyMin, &m_rule.keyMax);
        if (why.isEmpty() && m_rule.keyMin.has_value() != m_rule.keyMax.has_value())
            why = LikelyUserRules::tr("\"key\" needs both \"min\" and \"max\"");
        return why;
    }

    QString readSize(const QJsonValue &value)
    {
        if (value.isUndefined())
            return {};
        const auto oneSize = [](const QJsonValue &v) -> Result<quint64> {
            if (v.isDouble() && v.toDouble() >= 0)
                return quint64(v.toDouble());
            return InputParser::size(v.toString());
        };
        return range<quint64>(value, QStringLiteral("size"), oneSize, &m_rule.sizeMin, &m_rule.sizeMax);
    }

    QString readOwner(const QJsonValue &value)
    {
        if (value.isUndefined())
            return {};
        if (value.isDouble() && value.toDouble() >= 0)
            m_rule.ownerUid = uint(value.toDouble());
        else if (value.isString() && !value.toString().isEmpty())
            m_rule.ownerName = value.toString();
        else
            return LikelyUserRules::tr("\"owner\" must be a user name or a uid");
        return {};
    }

    QString readBytes(const QJsonValue &value)
    {
        if (value.isUndefined())
            return {};
        if (!value.isArray() || value.toArray().isEmpty())
            return LikelyUserRules::tr("\"bytes\" must be a list of tests such as {\"offset\": 0, \"hex\": \"0e 75\"}");
        for (const QJsonValue &item : value.toArray()) {
            const QJsonObject o = item.toObject();
            LikelyUserRule::ByteTest test;
            const auto offset = InputParser::offset(o.value(QLatin1String("offset")).isDouble()
                                                        ? QString::number(qint64(o.value(QLatin1String("offset")).toDouble()))
                                                        : o.value(QLatin1String("offset")).toString());
            if (!item.isObject() || !offset.ok())
                return LikelyUserRules::tr("each test of \"bytes\" needs an \"offset\" (a number, or \"0x10\")");
            test.offset = offset.value();
            int kinds = 0;
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == QLatin1String("offset"))
                    continue;
                ++kinds;
                if (it.key() == QLatin1String("hex")) {
                    const auto hex = InputParser::hexBytes(it.value().toString());
                    if (!hex.ok() || hex.value().isEmpty())
                        return LikelyUserRules::tr("\"hex\" \"%1\": %2")
                            .arg(it.value().toString(),
                                 hex.ok() ? LikelyUserRules::tr("no bytes") : clause(hex.error().message));
                    test.expected = hex.value();
                } else if (it.key() == QLatin1String("int32")) {
                    const double number = it.value().toDouble(-1e300);
                    if (!it.value().isDouble() || number != double(qint64(number)) || number < -2147483648.0
                        || number > 4294967295.0)
                        return LikelyUserRules::tr("\"int32\" must be a whole number that fits in 32 bits");
                    // In the byte order of this machine, as the program that wrote it kept it.
                    const quint32 word = quint32(qint64(number));
                    test.expected = QByteArray(reinterpret_cast<const char *>(&word), sizeof word);
                } else if (it.key() == QLatin1String("live_pid")) {
                    test.livePid = true;
                    QStringList names;
                    if (!it.value().isBool()) {
                        if (QString why = strings(it.value(), QStringLiteral("live_pid"), &names); !why.isEmpty())
                            return why;
                    } else if (!it.value().toBool()) {
                        return LikelyUserRules::tr("\"live_pid\" is true or a list of process names");
                    }
                    for (const QString &name : std::as_const(names))
                        test.pidNames.append(name.toUtf8());
                } else {
                    return LikelyUserRules::tr("a test of \"bytes\" takes \"hex\", \"int32\" or \"live_pid\", not \"%1\"")
                        .arg(it.key());
                }
            }
            if (kinds != 1)
                return LikelyUserRules::tr("each test of \"bytes\" takes exactly one of \"hex\", \"int32\", \"live_pid\"");
            m_rule.bytes.append(test);
        }
        quint64 start = m_rule.bytes.front().offset;
        quint64 end = 0;
        for (const LikelyUserRule::ByteTest &test : std::as_const(m_rule.bytes)) {
            start = std::min(start, test.offset);
            if (test.offset > MaxByteSpan || test.length() > MaxByteSpan)
                return LikelyUserRules::tr("the tests of \"bytes\" look at more than %1 bytes").arg(MaxByteSpan);
            end = std::max(end, test.offset + test.length());
        }
        if (end - start > MaxByteSpan)
            return LikelyUserRules::tr("the tests of \"bytes\" look at more than %1 bytes").arg(MaxByteSpan);
        m_rule.bytesStart = start;
        m_rule.bytesLength = end - start;
        return {};
    }

    // Conditions that no object of the rule's kinds can meet.
    QString cannotMatch() const
    {
        if (m_rule.hasKeyTest() && !(m_rule.kinds & LikelyUserRule::SystemV))
            return LikelyUserRules::tr("\"key\" is a System V segment's, and the rule's kind leaves them out");
        if (!m_rule.names.isEmpty() && !(m_rule.kinds & (LikelyUserRule::Posix | LikelyUserRule::Memfd)))
            return LikelyUserRules::tr("\"name\" is a POSIX object's or memfd's, and the rule's kind leaves them out");
        return {};
    }

    LikelyUserRule &m_rule;
    QStringList m_processes;
};

} // namespace

bool globMatches(QByteArrayView pattern, QByteArrayView text)
{
    return glob(pattern, text, '?', '*');
}

bool globMatches(QStringView pattern, QStringView text)
{
    return glob(pattern, text, QLatin1Char('?'), QLatin1Char('*'));
}

LikelyUserRules::Parsed LikelyUserRules::parse(const QByteArray &text, const QString &file)
{
    Parsed parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        parsed.warnings.append(tr("%1, line %2: not JSON (%3); none of its rules are used.")
                                   .arg(file)
                                   .arg(lineAt(text, error.offset))
                                   .arg(error.errorString()));
        return parsed;
    }
    const QJsonValue rules = document.object().value(QLatin1String("rules"));
    if (!rules.isArray()) {
        parsed.warnings.append(
            tr("%1, line 1: the file holds no \"rules\" list ({\"rules\": [...]}); none of its rules are used.")
                .arg(file));
        return parsed;
    }
    const QList<int> lines = ruleLines(text);
    const QJsonArray list = rules.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        LikelyUserRule rule;
        rule.file = file;
        rule.line = lines.value(i, 1);
        if (const QString why = RuleReader(rule).read(list.at(i)); !why.isEmpty())
            parsed.warnings.append(
                tr("%1, line %2: %3; this rule is left out, the others are used.").arg(file).arg(rule.line).arg(why));
        else
            parsed.rules.append(rule);
    }
    return parsed;
}

} // namespace core
