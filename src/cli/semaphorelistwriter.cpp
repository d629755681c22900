#include "cli/semaphorelistwriter.h"

#include "cli/ipcstable.h"
#include "cli/jsontext.h"
#include "core/segments/segmentformat.h"

namespace core {

namespace {

using Members = JsonText::Members;

// util-linux 2.38 ipcs.c do_sem(): "0x%08x %-10d %-10.10s %-10o %-10ju\n".
QByteArray tableRow(const SemaphoreSetInfo &s)
{
    return SegmentFormat::key(s.key).toLatin1() + ' ' + IpcsTable::column(QByteArray::number(s.semid), 10) + ' '
           + IpcsTable::owner(s.ownerName) + ' ' + IpcsTable::column(SegmentFormat::perms(s.mode).toLatin1(), 10)
           + ' ' + IpcsTable::column(QByteArray::number(s.nsems), 10) + '\n';
}

void appendSemaphore(QByteArray &out, const SemaphoreInfo &s, int level)
{
    Members member(out, level);
    // Bytes that are not UTF-8 come out as U+FFFD, as the segments' commands do.
    JsonText::appendStringOrNull(member("command"),
                                 s.command.isEmpty() ? std::nullopt : std::optional(QString::fromUtf8(s.command)));
    JsonText::appendNumber(member("ncnt"), s.ncnt);
    JsonText::appendNumber(member("num"), s.num);
    JsonText::appendNumber(member("pid"), s.pid);
    JsonText::appendNumber(member("value"), s.value);
    JsonText::appendNumber(member("zcnt"), s.zcnt);
    member.close();
}

void appendWaiter(QByteArray &out, const SemaphoreWaiter &w, int level)
{
    Members member(out, level);
    JsonText::appendString(member("command"), QString::fromUtf8(w.command));
    JsonText::appendNumber(member("pid"), w.pid);
    if (w.semnum >= 0)
        JsonText::appendNumber(member("semnum"), w.semnum);
    else
        member("semnum") += "null";
    JsonText::appendStringOrNull(member("waits_for"),
                                 w.waitsFor == SemaphoreWaiter::For::Increase ? std::optional(QStringLiteral("increase"))
                                 : w.waitsFor == SemaphoreWaiter::For::Zero   ? std::optional(QStringLiteral("zero"))
                                                                              : std::nullopt);
    member.close();
}

void appendSet(QByteArray &out, const SemaphoreSetInfo &s, int level)
{
    Members member(out, level);
    JsonText::appendNumber(member("cgid"), s.cgid);
    JsonText::appendNumber(member("ctime"), s.ctime);
    JsonText::appendNumber(member("cuid"), s.cuid);
    JsonText::appendNumber(member("gid"), s.gid);
    JsonText::appendNumber(member("ipc_namespace"), s.ipcNamespace);
    JsonText::appendString(member("key"), SegmentFormat::key(s.key));
    JsonText::appendNumber(member("nsems"), s.nsems);
    JsonText::appendNumber(member("otime"), s.otime);
    JsonText::appendString(member("owner"), s.ownerName);
    JsonText::appendString(member("perms"), SegmentFormat::perms(s.mode));
    JsonText::appendArray(member("semaphores"), s.semaphores, level + 1,
                          [&](const SemaphoreInfo &one) { appendSemaphore(out, one, level + 2); });
    JsonText::appendStringOrNull(member("semaphores_error"),
                                 s.semaphoresError.isEmpty() ? std::nullopt : std::optional(s.semaphoresError));
    JsonText::appendNumber(member("semid"), s.semid);
    JsonText::appendNumber(member("uid"), s.uid);
    JsonText::appendArray(member("waiters"), s.waiters, level + 1,
                          [&](const SemaphoreWaiter &w) { appendWaiter(out, w, level + 2); });
    member.close();
}

} // namespace

QByteArray SemaphoreListWriter::table(const QList<SemaphoreSetInfo> &sets)
{
    // A blank line before the title and after the last row, "nsems" padded to 10 columns, as ipcs prints them.
    QByteArray text = "\n------ Semaphore Arrays --------\n"
                      "key        semid      owner      perms      nsems     \n";
    for (const SemaphoreSetInfo &s : IpcsTable::bySlot(sets, &SemaphoreSetInfo::semid))
        text += tableRow(s);
    text += '\n';
    return text;
}

QByteArray SemaphoreListWriter::tableByNamespace(const QList<SemaphoreSetInfo> &sets,
                                                 const QList<IpcNamespace> &namespaces)
{
    return IpcsTable::byNamespace(sets, namespaces, &SemaphoreListWriter::table);
}

QByteArray SemaphoreListWriter::json(const QList<SemaphoreSetInfo> &sets)
{
    return JsonText::document(sets, &SemaphoreListWriter::appendJson);
}

void SemaphoreListWriter::appendJson(QByteArray &text, const QList<SemaphoreSetInfo> &sets, int level)
{
    JsonText::appendArray(text, sets, level, [&](const SemaphoreSetInfo &s) { appendSet(text, s, level + 1); });
}

} // namespace core
