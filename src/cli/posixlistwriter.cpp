#include "cli/posixlistwriter.h"

#include "cli/jsontext.h"
#include "core/bytes/byteformat.h"
#include "core/segments/segmentformat.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <optional>

namespace core {

namespace {

constexpr qsizetype ColumnCount = 7;
using Row = std::array<QByteArray, ColumnCount>;

// "2 (1234,5678)": how many processes hold it, and which.
QByteArray holderText(const PosixObject &object)
{
    QList<qint64> pids;
    for (const PosixHolder &holder : object.holders) {
        if (!pids.contains(holder.pid))
            pids.append(holder.pid);
    }
    QByteArray text = QByteArray::number(pids.size());
    if (pids.isEmpty())
        return text;
    QByteArrayList numbers;
    for (const qint64 pid : std::as_const(pids))
        numbers << QByteArray::number(pid);
    return text + " (" + numbers.join(',') + ')';
}

Row tableRow(const PosixObject &o)
{
    const auto known = [&o](const QByteArray &text) { return o.attributesKnown ? text : QByteArray("?"); };
    // name and path come escaped from the scanner (see PosixObject::name).
    return {o.name.toUtf8(),
            PosixObject::kindName(o.kind).toLatin1(),
            known(QByteArray::number(o.bytes)),
            known(ByteFormat::escaped(o.ownerName.toUtf8()).toUtf8()),
            known(SegmentFormat::perms(o.mode).toLatin1()),
            holderText(o),
            o.path.isEmpty() ? QByteArray("-") : o.path.toUtf8()};
}

using Members = JsonText::Members;

template <typename Number> void appendNumberOrNull(QByteArray &out, std::optional<Number> n)
{
    if (n)
        JsonText::appendNumber(out, *n);
    else
        out += "null";
}

void appendHolder(QByteArray &out, const PosixHolder &h, int level)
{
    Members member(out, level);
    JsonText::appendStringOrNull(member("address"),
                       h.address ? std::optional<QString>(SegmentFormat::address(*h.address)) : std::nullopt);
    JsonText::appendString(member("command"), QString::fromUtf8(h.command));
    appendNumberOrNull(member("fd"), h.fd);
    JsonText::appendNumber(member("pid"), h.pid);
    member("writable") += h.writable ? "true" : "false";
    member.close();
}

void appendObject(QByteArray &out, const PosixObject &o, int level)
{
    // What stat() tells is null when the object could not be stat()ed.
    const auto known = [&o](auto value) { return o.attributesKnown ? std::optional(value) : std::nullopt; };
    Members member(out, level);
    appendNumberOrNull(member("bytes"), known(o.bytes));
    appendNumberOrNull(member("gid"), known(o.gid));
    JsonText::appendArray(member("holders"), o.holders, level + 1,
                          [&](const PosixHolder &h) { appendHolder(out, h, level + 2); });
    JsonText::appendNumber(member("inode"), o.inode);
    JsonText::appendString(member("kind"), PosixObject::kindName(o.kind));
    JsonText::appendStringOrNull(member("likely_user"), o.likelyUser.isEmpty() ? std::nullopt : std::optional(o.likelyUser));
    appendNumberOrNull(member("mtime"), known(o.mtime));
    JsonText::appendString(member("name"), o.name);
    member("orphan") += o.orphan ? "true" : "false";
    JsonText::appendStringOrNull(member("owner"), known(o.ownerName));
    JsonText::appendStringOrNull(member("path"), o.path.isEmpty() ? std::nullopt : std::optional(o.path));
    JsonText::appendStringOrNull(member("perms"), known(SegmentFormat::perms(o.mode)));
    appendNumberOrNull(member("uid"), known(o.uid));
    member.close();
}

} // namespace

QByteArray PosixListWriter::table(const QList<PosixObject> &objects)
{
    QList<Row> rows;
    rows.append(Row{"name", "kind", "bytes", "owner", "perms", "holders", "path"});
    for (const PosixObject &o : objects)
        rows.append(tableRow(o));
    std::array<qsizetype, ColumnCount> widths = {};
    for (const Row &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < ColumnCount; ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], row[size_t(c)].size());
    }
    // A blank line before the title and after the last row, as the System V table has them.
    QByteArray text = "\n------ POSIX Shared Memory Objects --------\n";
    for (const Row &row : std::as_const(rows)) {
        for (qsizetype c = 0; c + 1 < ColumnCount; ++c)
            text += row[size_t(c)].leftJustified(widths[size_t(c)], ' ') + ' ';
        text += row[ColumnCount - 1] + '\n';
    }
    text += '\n';
    return text;
}

QByteArray PosixListWriter::json(const QList<PosixObject> &objects)
{
    return JsonText::document(objects, &PosixListWriter::appendJson);
}

void PosixListWriter::appendJson(QByteArray &text, const QList<PosixObject> &objects, int level)
{
    JsonText::appendArray(text, objects, level,
                          [&](const PosixObject &o) { appendObject(text, o, level + 1); });
}

} // namespace core
