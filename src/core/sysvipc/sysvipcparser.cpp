#include "core/sysvipc/sysvipcparser.h"

#include "core/logging.h"

#include <charconv>
#include <limits>

namespace core {

namespace {

// The numbers of one line, left to right: the kernel pads its columns with spaces. `octal` is the column
// printed with "%o" (the permissions). False when the line holds anything but Count numbers.
template <size_t Count>
bool readNumbers(QByteArrayView line, std::array<qint64, Count> *out, size_t octal)
{
    const char *p = line.data();
    const char *const end = p + line.size();
    for (size_t i = 0; i < Count; ++i) {
        while (p < end && (*p == ' ' || *p == '\t'))
            ++p;
        const auto [next, ec] = std::from_chars(p, end, (*out)[i], i == octal ? 8 : 10);
        if (ec != std::errc() || next == p || (next < end && *next != ' ' && *next != '\t'))
            return false;
        p = next;
    }
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
        ++p;
    return p == end;
}

// The kernel prints the key with "%10d": a key above 0x7fffffff comes out negative.
bool isKey(qint64 value)
{
    return value >= std::numeric_limits<qint32>::min() && value <= qint64(std::numeric_limits<quint32>::max());
}

// Calls parse(line, lineNumber) for every line that is not blank or the header; a false answer is a line
// skipped, with a warning naming the file.
template <typename Parse>
void forEachLine(QByteArrayView text, const char *path, const char *expected, QStringList *warnings,
                 Parse parse)
{
    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        const QByteArrayView trimmed = line.trimmed();
        if (trimmed.isEmpty() || (lineNumber == 1 && trimmed.startsWith("key")))
            continue;
        if (parse(line))
            continue;
        const QString warning =
            SysvIpcParser::tr("%1 line %2 skipped: expected %3, got \"%4\"")
                .arg(QLatin1String(path))
                .arg(lineNumber)
                .arg(QLatin1String(expected))
                .arg(QString::fromLatin1(line.first(qMin<qsizetype>(line.size(), 120))).simplified());
        qCWarning(lcCore).noquote() << warning;
        if (warnings)
            warnings->append(warning);
    }
}

bool isId(qint64 value)
{
    return value >= 0 && value <= std::numeric_limits<int>::max();
}

bool isUnsigned32(qint64 value)
{
    return value >= 0 && value <= qint64(std::numeric_limits<quint32>::max());
}

} // namespace

QList<SemaphoreSetInfo> SysvIpcParser::parseSem(QByteArrayView text, QStringList *warnings)
{
    QList<SemaphoreSetInfo> sets;
    forEachLine(text, "/proc/sysvipc/sem", "10 numbers", warnings, [&](QByteArrayView line) {
        std::array<qint64, 10> n{};
        if (!readNumbers(line, &n, 2) || !isKey(n[0]) || !isId(n[1]) || !isUnsigned32(n[2]) || !isId(n[3])
            || !isUnsigned32(n[4]) || !isUnsigned32(n[5]) || !isUnsigned32(n[6]) || !isUnsigned32(n[7]))
            return false;
        SemaphoreSetInfo s;
        s.key = qint32(quint32(n[0]));
        s.semid = int(n[1]);
        s.mode = quint32(n[2]);
        s.nsems = int(n[3]);
        s.uid = uint(n[4]);
        s.gid = uint(n[5]);
        s.cuid = uint(n[6]);
        s.cgid = uint(n[7]);
        s.otime = n[8];
        s.ctime = n[9];
        sets.append(std::move(s));
        return true;
    });
    return sets;
}

QList<MessageQueueInfo> SysvIpcParser::parseMsg(QByteArrayView text, QStringList *warnings)
{
    QList<MessageQueueInfo> queues;
    forEachLine(text, "/proc/sysvipc/msg", "14 numbers", warnings, [&](QByteArrayView line) {
        std::array<qint64, 14> n{};
        if (!readNumbers(line, &n, 2) || !isKey(n[0]) || !isId(n[1]) || !isUnsigned32(n[2]) || n[3] < 0
            || n[4] < 0 || n[5] < 0 || n[6] < 0 || !isUnsigned32(n[7]) || !isUnsigned32(n[8])
            || !isUnsigned32(n[9]) || !isUnsigned32(n[10]))
            return false;
        MessageQueueInfo q;
        q.key = qint32(quint32(n[0]));
        q.msqid = int(n[1]);
        q.mode = quint32(n[2]);
        q.cbytes = quint64(n[3]);
        q.qnum = quint64(n[4]);
        q.lspid = n[5];
        q.lrpid = n[6];
        q.uid = uint(n[7]);
        q.gid = uint(n[8]);
        q.cuid = uint(n[9]);
        q.cgid = uint(n[10]);
        q.stime = n[11];
        q.rtime = n[12];
        q.ctime = n[13];
        queues.append(std::move(q));
        return true;
    });
    return queues;
}

std::optional<SyscallLine> SysvIpcParser::parseSyscall(QByteArrayView text)
{
    const char *p = text.data();
    const char *const end = p + text.size();
    SyscallLine line;
    const auto [afterNumber, ec] = std::from_chars(p, end, line.number);
    if (ec != std::errc() || line.number < 0)
        return std::nullopt;
    p = afterNumber;
    for (quint64 &arg : line.args) {
        while (p < end && *p == ' ')
            ++p;
        if (end - p < 3 || p[0] != '0' || p[1] != 'x')
            return std::nullopt;
        const auto [next, argEc] = std::from_chars(p + 2, end, arg, 16);
        if (argEc != std::errc())
            return std::nullopt;
        p = next;
    }
    return line;
}

} // namespace core
