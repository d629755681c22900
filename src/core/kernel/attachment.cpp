#include "core/kernel/attachment.h"

#include "core/kernel/calllog.h"
#include "core/kernel/uncountedmappings.h"
#include "core/segments/permissions.h"
#include "core/segments/segmentformat.h"
#include "core/segments/segmentscanner.h"
#include "core/translations.h"

#include <cerrno>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>

namespace core {

namespace {

// Which permission bit, for whom: the sentence EACCES deserves, then the segment's rules. IPC_STAT needs the
// very permission we lack, but /proc/sysvipc/shm shows every segment's mode to everyone.
QString accessMessage(int shmid, Attachment::Mode mode)
{
    const bool wantWrite = mode == Attachment::Mode::ReadWrite;
    const std::optional<SegmentInfo> segment = SegmentScanner::find(shmid);
    if (!segment)
        return Attachment::tr("You may not %1 segment %2 (you are uid %3).")
            .arg(wantWrite ? Attachment::tr("read and write") : Attachment::tr("read"))
            .arg(shmid)
            .arg(geteuid());
    const Permissions::Credentials you = Permissions::Credentials::ofThisProcess();
    const Permissions::Access access = Permissions::of(*segment, you);
    const QString whom = Permissions::className(access.as);
    // shmat() without SHM_RDONLY needs read and write: name what is missing, which may be read.
    QString what = Attachment::tr("read");
    if (wantWrite && access.read)
        what = Attachment::tr("write");
    else if (wantWrite && !access.write)
        what = Attachment::tr("read or write");
    QString text = Attachment::tr("Segment %1 has mode %2: %3 may not %4 it, and you (uid %5) count as %3.")
                       .arg(shmid)
                       .arg(SegmentFormat::perms(segment->mode))
                       .arg(whom, what)
                       .arg(you.uid);
    text += QLatin1Char(' ') + Permissions::rules(*segment);
    if (wantWrite && access.read)
        text += QLatin1Char(' ') + Attachment::readOnlyAdvice();
    return text;
}

QString attachMessage(int errnum, int shmid, Attachment::Mode mode)
{
    switch (errnum) {
    case EINVAL:
        return Attachment::tr("There is no segment %1 (it may have just been removed).").arg(shmid);
    case EIDRM:
        return Attachment::tr("Segment %1 has been removed.").arg(shmid);
    case EACCES:
        return accessMessage(shmid, mode);
    case EMFILE:
        return Attachment::tr("This process has attached as many segments as the kernel allows (shmseg).");
    case ENOMEM:
        return Attachment::tr("There is no room in our address space to map segment %1.").arg(shmid);
    default:
        return Attachment::tr("The kernel refused to attach segment %1.").arg(shmid);
    }
}

// shmat() and the IPC_STAT that sizes it, in the namespace of the calling thread; the messages are written
// there too, as they read that namespace's /proc/sysvipc/shm.
struct Attached
{
    void *memory;
    struct shmid_ds ds;
};

Result<Attached> attachHere(int shmid, Attachment::Mode mode)
{
    const auto attached = Shm::attach(shmid, mode);
    if (!attached.ok()) {
        const Error &refused = attached.error();
        return Error{refused.call, refused.errnum, attachMessage(refused.errnum, shmid, mode)};
    }
    void *memory = attached.value();
    // shmat() needed read permission, which is all IPC_STAT needs.
    const auto ds = Shm::stat(shmid, Shm::Log::Record);
    if (!ds.ok()) {
        const Error &refused = ds.error();
        static_cast<void>(Shm::detach(memory)); // recorded; nothing more to tell than the IPC_STAT's failure
        return Error{
            refused.call, refused.errnum,
            Attachment::tr("Attached segment %1 but could not learn its size; detached again.").arg(shmid)};
    }
    return Attached{memory, ds.value()};
}

QString namespaceName(const IpcNamespaceEntry &where)
{
    return Attachment::tr("IPC namespace ipc:[%1]").arg(where.inode());
}

} // namespace

Attachment::Attachment(int shmid, Mode mode, void *memory, quint64 size, qint32 key, qint64 cpid,
                       std::shared_ptr<const IpcNamespaceEntry> where)
    : m_shmid(shmid), m_mode(mode), m_memory(memory), m_size(size), m_key(key), m_cpid(cpid),
      m_namespace(std::move(where))
{
}

Attachment::~Attachment()
{
    // A refused shmdt() is in the call log; a destructor has no one else to tell. shmdt() works by address,
    // from any namespace.
    if (!m_namespace) {
        static_cast<void>(Shm::detach(m_memory));
        return;
    }
    const UncountedMappings::Lock held = UncountedMappings::lock();
    static_cast<void>(Shm::detach(m_memory));
    UncountedMappings::remove(held, address());
}

QString Attachment::readOnlyAdvice()
{
    return tr("Reading is allowed: attach it read-only.");
}

Result<std::unique_ptr<Attachment>> Attachment::attach(int shmid, Mode mode)
{
    return attach(shmid, mode, nullptr);
}

Result<std::unique_ptr<Attachment>> Attachment::attach(int shmid, Mode mode,
                                                       std::shared_ptr<const IpcNamespaceEntry> where)
{
    if (shmid < 0)
        return Error{Shm::attachCall(shmid, mode), 0, tr("%1 is not a segment id.").arg(shmid)};
    if (where && where->isOurs())
        where.reset();
    if (!where) {
        const auto attached = attachHere(shmid, mode);
        if (!attached.ok())
            return attached.error();
        const struct shmid_ds &ds = attached.value().ds;
        return std::unique_ptr<Attachment>(new Attachment(shmid, mode, attached.value().memory, ds.shm_segsz,
                                                          ds.shm_perm.__key, ds.shm_cpid, nullptr));
    }
    // Held until the attach is recorded: a walk of our maps meanwhile waits rather than credit it to our
    // namespace's segment of the same shmid.
    const UncountedMappings::Lock held = UncountedMappings::lock();
    Result<Attached> attached = Error::plain({});
    const auto entered = where->run([&] {
        // Recorded from inside, once the entry has succeeded: the step before the shmat.
        CallLog::succeeded(where->enterCall(), QStringLiteral("0"));
        attached = attachHere(shmid, mode);
    });
    if (!entered.ok()) {
        CallLog::failed(entered.error());
        return entered.error();
    }
    if (!attached.ok()) {
        const Error &refused = attached.error();
        return Error{refused.call, refused.errnum,
                     refused.message + QLatin1Char(' ') + tr("Asked inside %1.").arg(namespaceName(*where))};
    }
    const struct shmid_ds &ds = attached.value().ds;
    const quint64 page = pageSize();
    UncountedMappings::add(held, reinterpret_cast<quintptr>(attached.value().memory),
                           (quint64(ds.shm_segsz) + page - 1) / page * page);
    return std::unique_ptr<Attachment>(new Attachment(shmid, mode, attached.value().memory, ds.shm_segsz,
                                                      ds.shm_perm.__key, ds.shm_cpid, std::move(where)));
}

QString Attachment::whereItLives() const
{
    return m_namespace ? namespaceName(*m_namespace) : QString();
}

Result<struct shmid_ds> Attachment::stat(Log log) const
{
    if (!m_namespace)
        return Shm::stat(m_shmid, log);
    Result<struct shmid_ds> ds = Error::plain({});
    const auto entered = m_namespace->run([&] { ds = Shm::stat(m_shmid, log); });
    if (!entered.ok())
        return entered.error();
    return ds;
}

QString Attachment::detachCall() const
{
    return Shm::detachCall(address());
}

quint64 Attachment::address() const
{
    return reinterpret_cast<quintptr>(m_memory);
}

Result<QByteArray> Attachment::read(quint64 offset, quint64 length) const
{
    // Named by offset and length, not by offset + length: that may wrap around to another number.
    if (!contains(offset, length))
        return Error::plain(
            tr("Reading %1 byte(s) at offset %2 would pass the end of segment %3, whose last byte "
               "is at offset %4.",
               nullptr, Translations::numerus(length))
                .arg(length)
                .arg(offset)
                .arg(m_shmid)
                .arg(m_size - 1));
    QByteArray bytes(qsizetype(length), Qt::Uninitialized);
    std::memcpy(bytes.data(), static_cast<const char *>(m_memory) + offset, length);
    return bytes;
}

bool Attachment::readInto(quint64 offset, char *out, quint64 length) const
{
    if (!contains(offset, length))
        return false;
    std::memcpy(out, static_cast<const char *>(m_memory) + offset, length);
    return true;
}

std::optional<quint64> Attachment::readAvailable(quint64 offset, char *out, quint64 length) const
{
    return readInto(offset, out, length) ? std::optional<quint64>(length) : std::nullopt;
}

QString Attachment::name() const
{
    if (m_namespace)
        return tr("segment %1 in %2").arg(m_shmid).arg(namespaceName(*m_namespace));
    return tr("segment %1").arg(m_shmid);
}

quint64 Attachment::pageSize()
{
    return quint64(sysconf(_SC_PAGESIZE));
}

Result<std::vector<bool>> Attachment::residentPages() const
{
    const quint64 page = pageSize();
    const quint64 pages = (m_size + page - 1) / page;
    std::vector<bool> resident(pages);
    // A vector of a byte per page for a slice at a time: a 1 TiB segment needs no 256 MiB of them at once.
    constexpr quint64 SlicePages = 64 * 1024;
    std::vector<unsigned char> slice(std::min(pages, SlicePages));
    for (quint64 first = 0; first < pages; first += SlicePages) {
        const quint64 count = std::min(SlicePages, pages - first);
        // shmat() maps at a page boundary, so the slice's start is one too.
        if (mincore(static_cast<char *>(m_memory) + first * page, count * page, slice.data()) != 0)
            return Error{QStringLiteral("mincore(%1, %2, vec)")
                             .arg(SegmentFormat::address(address() + first * page))
                             .arg(count * page),
                         errno,
                         tr("Could not learn which pages of segment %1 are in memory.").arg(m_shmid)};
        for (quint64 i = 0; i < count; ++i)
            resident[first + i] = slice[i] & 1;
    }
    return resident;
}

std::optional<quint64> Attachment::find(quint64 offset, quint64 length, QByteArrayView needle) const
{
    if (!contains(offset, length) || needle.isEmpty())
        return std::nullopt;
    const char *begin = static_cast<const char *>(m_memory) + offset;
    const auto *hit = static_cast<const char *>(memmem(begin, length, needle.data(), size_t(needle.size())));
    return hit ? std::optional<quint64>(offset + quint64(hit - begin)) : std::nullopt;
}

QString Attachment::readOnlyRefusal() const
{
    return tr("Segment %1 is attached read-only: attach it read-write to edit.").arg(m_shmid);
}

Result<Done> Attachment::write(quint64 offset, QByteArrayView bytes, Log log, const QString &code)
{
    const auto length = quint64(bytes.size());
    if (m_mode != Mode::ReadWrite)
        return Error::plain(readOnlyRefusal());
    if (!contains(offset, length))
        return Error::plain(
            tr("Writing %1 byte(s) at offset %2 would pass the end of segment %3, whose last byte "
               "is at offset %4: nothing was written.",
               nullptr, Translations::numerus(length))
                .arg(length)
                .arg(offset)
                .arg(m_shmid)
                .arg(m_size - 1));
    std::memcpy(static_cast<char *>(m_memory) + offset, bytes.data(), length);
    if (log == Log::Record)
        logWrite(offset, bytes, code);
    return Done{};
}

void Attachment::logWrite(quint64 offset, QByteArrayView bytes, const QString &code) const
{
    // Not a kernel call, but the step the lesson writes as strcpy(): the log shows what we changed where.
    CallLog::copied(writeCall(offset, bytes), code);
}

QString Attachment::writeCall(quint64 offset, QByteArrayView bytes) const
{
    return CallLog::memcpyCall(address(), offset, bytes);
}

Attachment::State Attachment::state() const
{
    // The refresh asks this every second: not for the call log.
    return stateOf(stat(Shm::Log::Quiet), m_cpid);
}

Attachment::State Attachment::stateOf(const Result<struct shmid_ds> &ds, qint64 cpid)
{
    if (!ds.ok())
        return ds.error().errnum == EACCES ? State::NoAccess : State::Gone;
    // ctime moves with every chmod, so the creator's pid is what tells a new segment from ours.
    if (qint64(ds.value().shm_cpid) != cpid)
        return State::Reused;
    return (ds.value().shm_perm.mode & SHM_DEST) ? State::Removed : State::Alive;
}

} // namespace core
