#include "core/owners/likelyusers.h"

#include "core/bytes/byteformat.h"
#include "core/kernel/processmemory.h"
#include "core/posix/posixscanner.h"
#include "core/segments/procfile.h"
#include "core/segments/segmentformat.h"
#include "core/segments/segmentscanner.h"
#include "core/textfile.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace core {

namespace {

// A user's rules file is a few kilobytes; this only keeps a mistaken path (a log, a disk image) from being read.
constexpr qint64 MaxRulesFileBytes = 1 << 20;

// pread() of `length` bytes at `offset` of the regular file at `path`, without changing its atime where we
// may (O_NOATIME is the owner's or CAP_FOWNER's). nullopt when it cannot be opened or holds fewer bytes.
std::optional<QByteArray> readFile(const QByteArray &path, bool followLink, quint64 offset, quint64 length)
{
    const int flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followLink ? 0 : O_NOFOLLOW);
    int fd = ::open(path.constData(), flags | O_NOATIME);
    if (fd < 0 && errno == EPERM)
        fd = ::open(path.constData(), flags);
    if (fd < 0)
        return std::nullopt;
    struct stat st = {};
    QByteArray bytes(qsizetype(length), Qt::Uninitialized);
    const bool read = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)
                      && ::pread(fd, bytes.data(), size_t(length), off_t(offset)) == ssize_t(length);
    ::close(fd);
    return read ? std::optional(bytes) : std::nullopt;
}

} // namespace

// What a rule is tried on: one segment or one POSIX object.
struct LikelyUsers::Subject
{
    LikelyUserRule::Kind kind;
    const SegmentInfo *segment = nullptr;
    const PosixObject *object = nullptr;

    [[nodiscard]] qsizetype holderCount() const
    {
        return segment ? segment->attached.size() : object->holders.size();
    }
    [[nodiscard]] qint64 holderPid(qsizetype i) const
    {
        return segment ? segment->attached.at(i).pid : object->holders.at(i).pid;
    }
    [[nodiscard]] const QByteArray &holderCommand(qsizetype i) const
    {
        return segment ? segment->attached.at(i).command : object->holders.at(i).command;
    }
    // A removed segment shows key 0; the key it was made with, where its mappings still tell it, is the one
    // that says what it is.
    [[nodiscard]] quint32 key() const
    {
        return quint32(segment->hasOriginalKey ? segment->originalKey : segment->key);
    }
    [[nodiscard]] std::optional<quint64> size() const
    {
        if (segment)
            return segment->size;
        return object->attributesKnown ? std::optional(object->bytes) : std::nullopt;
    }
    [[nodiscard]] Identity identity() const
    {
        if (segment)
            return {segment->ipcNamespace, quint64(segment->shmid), quint64(segment->cpid), quint64(segment->ctime)};
        return {object->device, object->inode, quint64(kind), 0};
    }
};

// What a match found, for the evidence.
struct LikelyUsers::Facts
{
    qsizetype holder = -1; // the holder whose name matched the rule, or -1
    qint64 livePid = 0;
    QByteArray livePidCommand;
};

QString LikelyUsers::userRulesPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/shmscope/likely-users.json");
}

void LikelyUsers::load(QStringList *warnings)
{
    m_loaded = true;
    const QString userPath = userRulesPath();
    if (QFileInfo::exists(userPath)) {
        const auto text = TextFile::read(userPath, MaxRulesFileBytes);
        if (!text.ok()) {
            warnings->append(tr("%1: %2 None of its rules are used.").arg(userPath, text.error().message));
        } else {
            LikelyUserRules::Parsed parsed = LikelyUserRules::parse(text.value(), userPath);
            m_rules += parsed.rules;
            *warnings += parsed.warnings;
        }
    }
    QFile shipped(shippedRulesPath);
    if (!shipped.open(QIODevice::ReadOnly)) {
        warnings->append(tr("The rules shipped with ShmScope (%1) are missing: reinstall it.").arg(shippedRulesPath));
        return;
    }
    LikelyUserRules::Parsed parsed = LikelyUserRules::parse(shipped.readAll(), shippedRulesPath);
    m_rules += parsed.rules;
    *warnings += parsed.warnings;
}

void LikelyUsers::label(ScanResult &result)
{
    labelAll(&result.segments, result.posix ? &result.posix->objects : nullptr, &result.warnings);
}

void LikelyUsers::label(PosixScanResult &result)
{
    labelAll(nullptr, &result.objects, &result.warnings);
}

void LikelyUsers::labelAll(QList<SegmentInfo> *segments, QList<PosixObject> *objects, QStringList *warnings)
{
    if (!m_loaded)
        load(warnings);
    ++m_generation;
    m_lastReads = 0;
    m_commands.clear();
    if (segments) {
        for (SegmentInfo &s : *segments)
            apply(Subject{LikelyUserRule::SystemV, &s, nullptr}, &s.likelyUser, &s.likelyUserEvidence);
    }
    if (objects) {
        for (PosixObject &o : *objects) {
            if (o.kind == PosixObject::Kind::PosixSemaphore)
                continue;
            const auto kind = o.kind == PosixObject::Kind::Memfd ? LikelyUserRule::Memfd : LikelyUserRule::Posix;
            apply(Subject{kind, nullptr, &o}, &o.likelyUser, &o.likelyUserEvidence);
        }
    }
    // What is gone, or was made again under the same id, is forgotten.
    m_cache.removeIf([this](const auto &entry) { return entry.value().generation != m_generation; });
}

bool LikelyUsers::chinese() const
{
    return m_language.value_or(Translations::instance().language().value_or(Translations::Language::English))
           == Translations::Language::SimplifiedChinese;
}

void LikelyUsers::apply(const Subject &subject, QString *label, QString *evidence)
{
    label->clear();
    evidence->clear();
    const Identity identity = subject.identity();
    if (auto it = m_cache.find(identity); it != m_cache.end())
        it->generation = m_generation;
    for (const LikelyUserRule &rule : std::as_const(m_rules)) {
        Facts facts;
        if (!matches(rule, subject, &facts))
            continue;
        Rendering r;
        r.rule = &rule;
        r.chinese = chinese() && !rule.chineseLabel.isEmpty();
        const qsizetype holder = facts.holder >= 0 ? facts.holder : (subject.holderCount() > 0 ? 0 : -1);
        if (holder >= 0) {
            r.holderPid = subject.holderPid(holder);
            r.holderCommand = subject.holderCommand(holder);
        }
        r.livePid = facts.livePid;
        r.livePidCommand = facts.livePidCommand;
        r.key = subject.segment ? subject.key() : 0;
        r.size = subject.size().value_or(0);
        r.owner = subject.segment ? subject.segment->ownerName : subject.object->ownerName;
        r.name = subject.object ? subject.object->name : QString();
        Cached &cached = m_cache[identity];
        cached.generation = m_generation;
        if (!(cached.rendering == r)) {
            cached.label = r.chinese ? rule.chineseLabel : rule.label;
            cached.evidence = evidenceOf(r);
            cached.rendering = std::move(r);
        }
        *label = cached.label;
        *evidence = cached.evidence;
        return;
    }
}

QString LikelyUsers::evidenceOf(const Rendering &r) const
{
    QString text = r.chinese ? r.rule->chineseEvidence : r.rule->evidence;
    // Each fact is written only when the sentence asks for it.
    const auto fill = [&text](QLatin1String placeholder, const auto &fact) {
        if (text.contains(placeholder))
            text.replace(placeholder, fact());
    };
    fill(QLatin1String("{key}"),
         [&] { return r.key == 0 ? QStringLiteral("IPC_PRIVATE") : SegmentFormat::key(qint32(r.key)); });
    fill(QLatin1String("{process}"), [&] {
        return r.holderPid > 0 ? tr("%1 (pid %2)").arg(ByteFormat::escaped(r.holderCommand)).arg(r.holderPid)
                               : tr("nobody we can see");
    });
    fill(QLatin1String("{pid}"), [&] { return tr("%1 (%2)").arg(r.livePid).arg(ByteFormat::escaped(r.livePidCommand)); });
    fill(QLatin1String("{name}"), [&] { return r.name; });
    fill(QLatin1String("{size}"), [&] { return QString::number(r.size); });
    fill(QLatin1String("{owner}"), [&] { return r.owner; });
    return text;
}

bool LikelyUsers::matches(const LikelyUserRule &rule, const Subject &subject, Facts *facts)
{
    if (!(rule.kinds & subject.kind))
        return false;
    if (rule.hasKeyTest()) {
        if (!subject.segment)
            return false;
        const quint32 key = subject.key();
        if (rule.keyPrivate ? key != 0 : (key < *rule.keyMin || key > *rule.keyMax))
            return false;
    }
    if (!rule.names.isEmpty()) {
        if (!subject.object)
            return false;
        if (std::none_of(rule.names.cbegin(), rule.names.cend(),
                         [&](const QString &glob) { return globMatches(glob, subject.object->name); }))
            return false;
    }
    if (rule.sizeMin || rule.sizeMax) {
        const auto size = subject.size();
        if (!size || (rule.sizeMin && *size < *rule.sizeMin) || (rule.sizeMax && *size > *rule.sizeMax))
            return false;
    }
    if (rule.ownerUid || !rule.ownerName.isEmpty()) {
        if (subject.object && !subject.object->attributesKnown)
            return false;
        const uint uid = subject.segment ? subject.segment->uid : subject.object->uid;
        const QString &name = subject.segment ? subject.segment->ownerName : subject.object->ownerName;
        if (rule.ownerUid ? uid != *rule.ownerUid : name != rule.ownerName)
            return false;
    }
    if (!rule.processes.isEmpty()) {
        for (qsizetype i = 0; i < subject.holderCount() && facts->holder < 0; ++i) {
            for (const QByteArray &glob : rule.processes) {
                if (globMatches(glob, subject.holderCommand(i))) {
                    facts->holder = i;
                    break;
                }
            }
        }
        if (facts->holder < 0)
            return false;
    }
    return rule.bytes.isEmpty() || bytesMatch(rule, subject, facts);
}

bool LikelyUsers::bytesMatch(const LikelyUserRule &rule, const Subject &subject, Facts *facts)
{
    const auto span = bytesOf(subject, rule.bytesStart, rule.bytesLength);
    if (!span)
        return false;
    for (const LikelyUserRule::ByteTest &test : rule.bytes) {
        const QByteArrayView bytes = QByteArrayView(*span).sliced(qsizetype(test.offset - rule.bytesStart),
                                                                  qsizetype(test.length()));
        if (!test.livePid) {
            if (bytes != test.expected)
                return false;
            continue;
        }
        qint32 pid = 0;
        std::memcpy(&pid, bytes.data(), sizeof pid);
        const auto command = pid > 0 ? commandOf(pid) : std::nullopt;
        if (!command)
            return false;
        if (!test.pidNames.isEmpty()
            && std::none_of(test.pidNames.cbegin(), test.pidNames.cend(),
                            [&](const QByteArray &glob) { return globMatches(glob, *command); }))
            return false;
        facts->livePid = pid;
        facts->livePidCommand = *command;
    }
    return true;
}

std::optional<QByteArray> LikelyUsers::bytesOf(const Subject &subject, quint64 offset, quint64 length)
{
    // Never a byte outside the object.
    const auto size = subject.size();
    if (!size || length == 0 || offset > *size || length > *size - offset)
        return std::nullopt;
    const Identity identity = subject.identity();
    const qint64 now = QDeadlineTimer::current().deadline();
    Read *kept = nullptr;
    if (const auto it = m_cache.find(identity); it != m_cache.end()) {
        for (Read &read : it->reads) {
            if (read.offset == offset && read.length == length)
                kept = &read;
        }
        if (kept && now - kept->readAtMs < BytesKeptMs)
            return kept->bytes;
    }
    // A segment nobody we can see has attached may get a holder later: nothing is remembered for it.
    if (subject.segment && subject.holderCount() == 0)
        return std::nullopt;
    const auto bytes = readBytes(subject, offset, length);
    ++m_lastReads;
    if (kept) {
        kept->bytes = bytes;
        kept->readAtMs = now;
        return bytes;
    }
    Cached &cached = m_cache[identity];
    cached.generation = m_generation;
    cached.reads.append(Read{offset, length, bytes, now});
    return bytes;
}

std::optional<QByteArray> LikelyUsers::readBytes(const Subject &subject, quint64 offset, quint64 length)
{
    if (subject.segment) {
        for (const AttachedProcess &holder : subject.segment->attached) {
            if (const auto read = ProcessMemory::read(holder.pid, holder.address + offset, length); read.ok())
                return read.value();
        }
        return std::nullopt;
    }
    const PosixObject &o = *subject.object;
    if (!o.pathBytes.isEmpty()) {
        if (auto bytes = readFile(o.pathBytes, false, offset, length))
            return bytes;
    }
    // An unlinked object or a memfd: through a holder's descriptor, or its mapping (map_files, CAP_SYS_ADMIN).
    for (const PosixHolder &h : o.holders) {
        QByteArray path;
        if (h.fd)
            path = "/proc/" + QByteArray::number(h.pid) + "/fd/" + QByteArray::number(*h.fd);
        else if (h.address && h.end > *h.address)
            path = "/proc/" + QByteArray::number(h.pid) + "/map_files/" + QByteArray::number(*h.address, 16) + '-'
                   + QByteArray::number(h.end, 16);
        else
            continue;
        if (auto bytes = readFile(path, true, offset, length))
            return bytes;
    }
    return std::nullopt;
}

std::optional<QByteArray> LikelyUsers::commandOf(qint64 pid)
{
    if (const auto it = m_commands.constFind(pid); it != m_commands.cend())
        return *it;
    const auto command = ProcFile::command("/proc", pid);
    m_commands.insert(pid, command);
    return command;
}

} // namespace core
