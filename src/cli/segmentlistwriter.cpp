#include "cli/segmentlistwriter.h"

#include "cli/ipcstable.h"
#include "cli/jsontext.h"
#include "core/bytes/byteformat.h"
#include "core/segments/segmentformat.h"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <variant>
#include <vector>

namespace core {

namespace {

// --- table: util-linux 2.38 ipcs.c do_shm(), default format ---

QByteArray column(QByteArray text, qsizetype width)
{
    return IpcsTable::column(std::move(text), width);
}

// ipcs prints the status as two fixed slots, "%-6s %-6s", each " " when its flag is clear. The words come
// from SegmentFormat, which lists them in this order, so the table, JSON, CSV and GUI say the same thing.
QByteArray statusSlots(const SegmentInfo &s)
{
    const QStringList words = SegmentFormat::statusWords(s);
    qsizetype next = 0;
    const QString dest = s.isDestroyed() ? words.value(next++) : QStringLiteral(" ");
    const QString locked = s.isLocked() ? words.value(next++) : QStringLiteral(" ");
    return column(dest.toUtf8(), 6) + ' ' + column(locked.toUtf8(), 6);
}

// "0x%08x %-10d %-10.10s %-10o %-10ju %-10ju %-6s %-6s\n" (the owner: IpcsTable::owner).
QByteArray tableRow(const SegmentInfo &s)
{
    return SegmentFormat::key(s.key).toLatin1() + ' ' + column(QByteArray::number(s.shmid), 10) + ' ' +
           IpcsTable::owner(s.ownerName) + ' ' +
           column(SegmentFormat::perms(s.mode).toLatin1(), 10) + ' ' +
           column(QByteArray::number(s.size), 10) + ' ' + column(QByteArray::number(s.nattch), 10) + ' ' +
           statusSlots(s) + '\n';
}

// --- json and csv: one list of fields, two renderings ---

// A text or JSON's null.
using OptionalText = std::optional<QString>;
using FieldValue = std::variant<bool, qint64, quint64, QString, OptionalText, QStringList, QList<AttachedProcess>>;

struct Field
{
    QLatin1String name;
    FieldValue (*value)(const SegmentInfo &);
    bool inCsv = true; // the CSV keeps the columns it has always had, which readers may count on
};

// The order of the CSV columns; attached stays the last (readers split it at its ';'). JSON objects list them
// sorted by name, the order of QJsonObject, which wrote them before.
const Field fields[] = {
    {QLatin1String("key"), [](const SegmentInfo &s) -> FieldValue { return SegmentFormat::key(s.key); }},
    {QLatin1String("shmid"), [](const SegmentInfo &s) -> FieldValue { return qint64(s.shmid); }},
    {QLatin1String("owner"), [](const SegmentInfo &s) -> FieldValue { return s.ownerName; }},
    {QLatin1String("perms"), [](const SegmentInfo &s) -> FieldValue { return SegmentFormat::perms(s.mode); }},
    {QLatin1String("bytes"), [](const SegmentInfo &s) -> FieldValue { return s.size; }},
    {QLatin1String("nattch"), [](const SegmentInfo &s) -> FieldValue { return s.nattch; }},
    {QLatin1String("status"),
     [](const SegmentInfo &s) -> FieldValue { return SegmentFormat::statusWords(s); }},
    {QLatin1String("cpid"), [](const SegmentInfo &s) -> FieldValue { return s.cpid; }},
    {QLatin1String("lpid"), [](const SegmentInfo &s) -> FieldValue { return s.lpid; }},
    {QLatin1String("uid"), [](const SegmentInfo &s) -> FieldValue { return qint64(s.uid); }},
    {QLatin1String("gid"), [](const SegmentInfo &s) -> FieldValue { return qint64(s.gid); }},
    {QLatin1String("cuid"), [](const SegmentInfo &s) -> FieldValue { return qint64(s.cuid); }},
    {QLatin1String("cgid"), [](const SegmentInfo &s) -> FieldValue { return qint64(s.cgid); }},
    {QLatin1String("atime"), [](const SegmentInfo &s) -> FieldValue { return s.atime; }},
    {QLatin1String("dtime"), [](const SegmentInfo &s) -> FieldValue { return s.dtime; }},
    {QLatin1String("ctime"), [](const SegmentInfo &s) -> FieldValue { return s.ctime; }},
    {QLatin1String("rss"), [](const SegmentInfo &s) -> FieldValue { return s.rss; }},
    {QLatin1String("swap"), [](const SegmentInfo &s) -> FieldValue { return s.swap; }},
    {QLatin1String("ipc_namespace"), [](const SegmentInfo &s) -> FieldValue { return s.ipcNamespace; }},
    {QLatin1String("orphan"), [](const SegmentInfo &s) -> FieldValue { return s.orphan; }},
    {QLatin1String("attached"), [](const SegmentInfo &s) -> FieldValue { return s.attached; }},
    {QLatin1String("likely_user"),
     [](const SegmentInfo &s) -> FieldValue {
         return s.likelyUser.isEmpty() ? OptionalText() : OptionalText(s.likelyUser);
     },
     false},
};

template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

// --- json: the text QJsonDocument::toJson(QJsonDocument::Indented) gives for an array of QJsonObjects of these
// fields, written straight into bytes by JsonText (see there why).

// level: that of the line holding the "{". The members in QJsonObject's order, sorted by name.
void appendAttached(QByteArray &out, const AttachedProcess &a, int level)
{
    out += "{\n";
    JsonText::appendMemberName(out, QLatin1String("address"), level + 1);
    JsonText::appendString(out, SegmentFormat::address(a.address));
    out += ",\n";
    JsonText::appendMemberName(out, QLatin1String("command"), level + 1);
    // Bytes that are not UTF-8 come out as U+FFFD, as they did through QJsonValue.
    JsonText::appendString(out, QString::fromUtf8(a.command));
    out += ",\n";
    JsonText::appendMemberName(out, QLatin1String("pid"), level + 1);
    JsonText::appendNumber(out, a.pid);
    out += ",\n";
    JsonText::appendMemberName(out, QLatin1String("writable"), level + 1);
    out += a.writable ? "true\n" : "false\n";
    JsonText::appendIndent(out, level);
    out += '}';
}

// level: that of the line the value starts on (its member's).
void appendValue(QByteArray &out, const FieldValue &value, int level)
{
    std::visit(Overloaded{
                   // Exact at any size: JSON numbers have no limit, and a reader that keeps 64-bit integers
                   // gets each size and count as the kernel gave it.
                   [&](bool b) { out += b ? "true" : "false"; },
                   [&](qint64 n) { JsonText::appendNumber(out, n); },
                   [&](quint64 n) { JsonText::appendNumber(out, n); },
                   [&](const QString &text) { JsonText::appendString(out, text); },
                   [&](const OptionalText &text) {
                       if (text)
                           JsonText::appendString(out, *text);
                       else
                           out += "null";
                   },
                   [&](const QStringList &words) {
                       JsonText::appendArray(out, words, level, [&](const QString &w) { JsonText::appendString(out, w); });
                   },
                   [&](const QList<AttachedProcess> &attached) {
                       JsonText::appendArray(out, attached, level,
                                       [&](const AttachedProcess &a) { appendAttached(out, a, level + 1); });
                   },
               },
               value);
}

// "pid:command:address:rw" joined by ';'. The pid and the address never hold ':', so a reader can split an
// entry at its first and its last two colons even when the command holds one. The command (the kernel allows
// any byte but '/' in a name) is escaped as everywhere we show it, and its ';' as "\x3b" too, so that a
// reader can split at every ';' and unescape each command back to its bytes.
QString toCsvText(const FieldValue &value)
{
    return std::visit(Overloaded{
                          [](bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); },
                          [](qint64 n) { return QString::number(n); },
                          [](quint64 n) { return QString::number(n); },
                          [](const QString &text) { return text; },
                          [](const OptionalText &text) { return text.value_or(QString()); },
                          [](const QStringList &words) { return words.join(QLatin1Char(' ')); },
                          [](const QList<AttachedProcess> &attached) {
                              QStringList entries;
                              for (const AttachedProcess &a : attached)
                                  entries << QString::number(a.pid) + QLatin1Char(':') +
                                                 ByteFormat::escaped(a.command, ";") + QLatin1Char(':') +
                                                 SegmentFormat::address(a.address) +
                                                 (a.writable ? QStringLiteral(":rw") : QStringLiteral(":ro"));
                              return entries.join(QLatin1Char(';'));
                          },
                      },
                      value);
}

// RFC 4180 section 2: a field holding a comma, a double quote or a line break is quoted, its quotes doubled.
QString csvField(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const bool needsQuotes =
        std::any_of(text.cbegin(), text.cend(), [](QChar c) { return special.contains(c); });
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// RFC 4180 ends every record, the last one too, with CRLF.
const QLatin1String csvLineEnd("\r\n");

} // namespace

std::optional<SegmentListWriter::Format> SegmentListWriter::formatFromName(const QString &name)
{
    if (name == QLatin1String("table"))
        return Format::Table;
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QByteArray SegmentListWriter::write(Format format, const QList<SegmentInfo> &segments)
{
    switch (format) {
    case Format::Table:
        return table(segments);
    case Format::Json:
        return json(segments);
    case Format::Csv:
        return csv(segments);
    }
    Q_UNREACHABLE();
}

QByteArray SegmentListWriter::table(const QList<SegmentInfo> &segments)
{
    // In the kernel's slot order, as ipcs lists them (IpcsTable::bySlot).
    const QList<SegmentInfo> bySlot = IpcsTable::bySlot(segments, &SegmentInfo::shmid);
    // ipcs puts a blank line before the title and after the last row, and pads "status" to 12 columns.
    QByteArray text = "\n------ Shared Memory Segments --------\n"
                      "key        shmid      owner      perms      bytes      nattch     status      \n";
    for (const SegmentInfo &s : bySlot)
        text += tableRow(s);
    text += '\n';
    return text;
}

QByteArray SegmentListWriter::namespaceHeader(const IpcNamespace &ns)
{
    return IpcsTable::namespaceHeader(ns);
}

QByteArray SegmentListWriter::tableByNamespace(const QList<SegmentInfo> &segments,
                                               const QList<IpcNamespace> &namespaces)
{
    return IpcsTable::byNamespace(segments, namespaces, &SegmentListWriter::table);
}

QByteArray SegmentListWriter::json(const QList<SegmentInfo> &segments)
{
    QByteArray text;
    // A segment nobody has attached takes about 480 bytes: most lists are written without a regrowth.
    text.reserve(segments.size() * 512 + 4);
    appendJson(text, segments, 0);
    text += '\n';
    return text;
}

void SegmentListWriter::appendJson(QByteArray &text, const QList<SegmentInfo> &segments, int level)
{
    static const std::vector<const Field *> byName = [] {
        std::vector<const Field *> order;
        for (const Field &field : fields)
            order.push_back(&field);
        const auto name = [](const Field *f) { return std::string_view(f->name.data(), size_t(f->name.size())); };
        std::sort(order.begin(), order.end(), [&](const Field *a, const Field *b) { return name(a) < name(b); });
        return order;
    }();
    JsonText::appendArray(text, segments, level, [&](const SegmentInfo &segment) {
        text += "{\n";
        for (size_t k = 0; k < byName.size(); ++k) {
            JsonText::appendMemberName(text, byName[k]->name, level + 2);
            appendValue(text, byName[k]->value(segment), level + 2);
            text += k + 1 < byName.size() ? ",\n" : "\n";
        }
        JsonText::appendIndent(text, level + 1);
        text += '}';
    });
}

QByteArray SegmentListWriter::csv(const QList<SegmentInfo> &segments)
{
    QStringList names;
    for (const Field &field : fields) {
        if (field.inCsv)
            names << field.name;
    }
    QString text = names.join(QLatin1Char(',')) + csvLineEnd;
    for (const SegmentInfo &s : segments) {
        QStringList record;
        for (const Field &field : fields) {
            if (field.inCsv)
                record << csvField(toCsvText(field.value(s)));
        }
        text += record.join(QLatin1Char(',')) + csvLineEnd;
    }
    return text.toUtf8();
}

} // namespace core
