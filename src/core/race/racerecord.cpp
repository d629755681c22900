#include "core/race/racerecord.h"

#include "core/layout/stpid.h"

#include <cstring>
#include <optional>

namespace core {

namespace {

constexpr qsizetype NamesOffset = 4;
constexpr qsizetype NamesSize = StPid::MaxNameBytes + 1;
// More digits than any pid has (pid_max is at most 2^22): longer runs of digits are not a tag, and 18 digits
// always fit a qint64.
constexpr qsizetype MaxTagDigits = 18;
// PID_MAX_LIMIT of a 64-bit kernel: no pid is larger (kernel.pid_max may only be set lower).
constexpr qint64 MaxPid = 4194304;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The number `digits` spells, when it is 1 to MaxTagDigits ASCII digits.
std::optional<qint64> tagValue(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > MaxTagDigits)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : digits) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Whether `tag` is some first digits of `head` followed by some last digits of `tail`: what a writer's tag
// leaves when it is cut short by the end of the tag it is written over. With head and tail the same pid: a
// writer writing its tagged name over its own earlier one ("12" + "34", "1" + "1234", "123" + "").
bool joinedFrom(QByteArrayView tag, QByteArrayView head, QByteArrayView tail)
{
    for (qsizetype cut = 0; cut <= qMin(tag.size(), head.size()); ++cut) {
        if (tag.first(cut) != head.first(cut))
            break;
        if (tail.endsWith(tag.sliced(cut)))
            return true;
    }
    return false;
}

void addOnce(QList<qint64> &pids, qint64 pid)
{
    if (!pids.contains(pid))
        pids.append(pid);
}

} // namespace

QByteArray RaceRecord::taggedName(qint64 pid, QByteArrayView name)
{
    if (pid <= 0 || name.isEmpty() || name.contains(':') || name.contains('\0'))
        return {};
    const QByteArray tag = QByteArray::number(pid);
    QByteArray tagged = tag + ':' + name.toByteArray() + ':' + tag;
    if (tagged.size() > StPid::MaxNameBytes)
        return {};
    return tagged;
}

RaceRecord::Reading RaceRecord::read(QByteArrayView record)
{
    Reading reading;
    if (record.size() < StPid::Size) {
        // What there is, as it is: nothing can be told of a part of a record.
        if (record.size() >= NamesOffset) {
            qint32 pid = 0;
            std::memcpy(&pid, record.data(), sizeof pid);
            reading.pid = pid;
            const QByteArrayView names = record.sliced(NamesOffset);
            const qsizetype end = names.indexOf('\0');
            reading.name = (end < 0 ? names : names.first(end)).toByteArray();
        }
        return reading;
    }
    qint32 pidField = 0;
    std::memcpy(&pidField, record.data(), sizeof pidField);
    reading.pid = pidField;
    const QByteArrayView names = record.sliced(NamesOffset, NamesSize);
    const qsizetype end = names.indexOf('\0');
    const QByteArrayView text = end < 0 ? names : names.first(end);
    reading.name = text.toByteArray();

    const qsizetype firstColon = text.indexOf(':');
    if (firstColon <= 0)
        return reading;
    const auto leading = tagValue(text.first(firstColon));
    if (!leading)
        return reading;
    const qsizetype lastColon = text.lastIndexOf(':');
    const QByteArrayView trailingDigits =
        lastColon > firstColon ? text.sliced(lastColon + 1) : QByteArrayView();
    const auto trailing = tagValue(trailingDigits);

    const qint64 pid = pidField;
    if (*leading == pid && trailing == pid) {
        reading.verdict = Verdict::Whole;
        reading.name = text.sliced(firstColon + 1, lastColon - firstColon - 1).toByteArray();
        return reading;
    }
    // The pid field's digits as its writer tags with them; a negative pid field was nobody's.
    const QByteArray pidDigits = pid > 0 ? QByteArray::number(pid) : QByteArray();
    const bool foreignLeading = *leading != pid;
    const bool foreignTrailing =
        trailing && (pidDigits.isEmpty() || !joinedFrom(trailingDigits, pidDigits, pidDigits));
    if (!foreignLeading && !foreignTrailing)
        return reading; // one writer's name being written over its own: Untagged
    reading.verdict = Verdict::Torn;
    // The pids the record holds: the pid field, then the tags. A tag that is none of the others but is made
    // of their digits, one's first and another's last, is a writer's tag half written over another's (5678
    // over 1234 leaves "5634"): nobody's pid, so it is left out while two others remain to be named.
    struct Held
    {
        qint64 pid;
        QByteArrayView digits;
    };
    QList<Held> held{{pid, pidDigits}, {*leading, text.first(firstColon)}};
    if (trailing)
        held.append({*trailing, trailingDigits});
    const auto halfWritten = [&](qsizetype i) {
        if (i == 0) // the pid field is written whole
            return false;
        if (held.at(i).pid > MaxPid) // digits of two tags run together: no pid is that large
            return true;
        for (qsizetype j = 0; j < held.size(); ++j) {
            if (j != i && held.at(j).pid == held.at(i).pid)
                return false;
        }
        // Made of the digits of pids the record holds (not of another run-together tag's).
        const auto source = [&](qsizetype j) { return j != i && held.at(j).pid <= MaxPid; };
        for (qsizetype a = 0; a < held.size(); ++a) {
            for (qsizetype b = 0; b < held.size(); ++b) {
                if (source(a) && source(b) &&
                    joinedFrom(held.at(i).digits, held.at(a).digits, held.at(b).digits))
                    return true;
            }
        }
        return false;
    };
    QList<qint64> named;
    for (qsizetype i = 0; i < held.size(); ++i) {
        addOnce(reading.pids, held.at(i).pid);
        if (!halfWritten(i))
            addOnce(named, held.at(i).pid);
    }
    if (named.size() >= 2)
        reading.pids = named;
    return reading;
}

} // namespace core
