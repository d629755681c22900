#include "core/kernel/observedsegment.h"

#include "core/kernel/attachment.h"
#include "core/kernel/calllog.h"
#include "core/kernel/posixshm.h"
#include "core/kernel/processmemory.h"
#include "core/kernel/uncountedmappings.h"
#include "core/segments/segmentscanner.h"
#include "core/translations.h"

#include <cerrno>
#include <cstring>

namespace core {

namespace {

using Holder = SegmentHolders::Holder;

QString holderName(const Holder &holder)
{
    return ObservedSegment::tr("pid %1 (%2)").arg(holder.pid).arg(QString::fromUtf8(holder.command));
}

// A read-write observer writes through the holder's mapping with process_vm_writev(), which a read-only
// attach refuses: one that mapped it writable first. A read-only one takes the first.
Holder chooseHolder(const QList<Holder> &holders, ObservedSegment::Mode mode)
{
    if (mode == ObservedSegment::Mode::ReadWrite) {
        for (const Holder &h : holders) {
            if (h.writable)
                return h;
        }
    }
    return holders.first();
}

bool isPermission(int errnum)
{
    return errnum == EPERM || errnum == EACCES;
}

} // namespace

ObservedSegment::ObservedSegment(int shmid, Mode mode, Method method, SegmentHolders::Holder holder, quint64 size,
                                 qint32 key, qint64 cpid, void *memory, QString procRoot)
    : m_shmid(shmid), m_mode(mode), m_method(method), m_holder(std::move(holder)), m_size(size), m_key(key),
      m_cpid(cpid), m_memory(memory), m_procRoot(std::move(procRoot))
{
}

ObservedSegment::~ObservedSegment()
{
    // Refused munmap() is in the call log; a destructor has no one else to tell.
    if (m_memory) {
        const UncountedMappings::Lock held = UncountedMappings::lock();
        static_cast<void>(PosixShm::unmap(m_memory, m_size));
        UncountedMappings::remove(held, reinterpret_cast<quintptr>(m_memory));
    }
}

QString ObservedSegment::methodName(Method method)
{
    switch (method) {
    case Method::MapFiles:
        return QStringLiteral("map_files");
    case Method::ProcessMemory:
        return QStringLiteral("process_vm_readv");
    case Method::Any:
        break;
    }
    return tr("any method");
}

Result<std::unique_ptr<ObservedSegment>> ObservedSegment::open(int shmid, Mode mode, Method method,
                                                               const QString &procRoot)
{
    if (shmid < 0)
        return Error::plain(tr("%1 is not a segment id.").arg(shmid));
    // /proc/sysvipc/shm shows every segment to everyone: its size and creator without an IPC_STAT.
    const std::optional<SegmentInfo> segment = SegmentScanner::find(shmid, procRoot);
    if (!segment)
        return Error::plain(tr("There is no segment %1 (it may have just been removed).").arg(shmid));
    const SegmentHolders::Found found = SegmentHolders::find(shmid, procRoot);
    if (found.holders.isEmpty()) {
        QString text = tr("No process that we may look at maps segment %1: there is nobody to observe it through.")
                           .arg(shmid);
        if (found.unreadable > 0)
            text += QLatin1Char(' ')
                    + tr("The memory maps of %n process(es) could not be read: that needs the right to ptrace "
                         "them, and %1.",
                         nullptr, found.unreadable)
                          .arg(SegmentHolders::ptraceRule(procRoot));
        return Error::plain(text + QLatin1Char(' ') + tr("Attach it instead to read it."));
    }
    const Holder holder = chooseHolder(found.holders, mode);
    const auto make = [&](Method how, void *memory) {
        return std::unique_ptr<ObservedSegment>(new ObservedSegment(
            shmid, mode, how, holder, segment->size, segment->key, segment->cpid, memory, procRoot));
    };

    QStringList refusals;
    Error last = Error::plain({});
    if (method != Method::ProcessMemory) {
        const QString path = procRoot + QStringLiteral("/%1/map_files/%2-%3")
                                            .arg(holder.pid)
                                            .arg(holder.start, 0, 16)
                                            .arg(holder.end, 0, 16);
        const auto fd = PosixShm::openPath(path, mode, true);
        if (fd.ok()) {
            // Held until the mapping is recorded: our maps shows it as an attach of the segment, which a walk
            // of our maps meanwhile must not count (nattch does not).
            const UncountedMappings::Lock held = UncountedMappings::lock();
            const auto mapped = PosixShm::map(fd.value(), segment->size, mode);
            // The mapping holds the file: the descriptor has done its work.
            static_cast<void>(PosixShm::close(fd.value()));
            if (mapped.ok()) {
                UncountedMappings::add(held, reinterpret_cast<quintptr>(mapped.value()), segment->size);
                return make(Method::MapFiles, mapped.value());
            }
            last = mapped.error();
            refusals << tr("mmap() of %1 failed (%2)").arg(path, last.errnoName());
        } else {
            last = fd.error();
            refusals << (isPermission(last.errnum)
                             ? tr("opening %1 needs CAP_SYS_ADMIN or CAP_CHECKPOINT_RESTORE, which we lack")
                                   .arg(path)
                             : tr("%1 could not be opened (%2)").arg(path, last.errnoName()));
        }
    }
    if (method != Method::MapFiles) {
        // Once at open, recorded: the lesson's step, and the test of the right to read. The refresh's are not.
        char first = 0;
        const auto probed = ProcessMemory::readInto(holder.pid, holder.start, &first, 1);
        if (probed.ok()) {
            CallLog::succeeded(ProcessMemory::readCall(holder.pid, holder.start, 1), QStringLiteral("1"));
            return make(Method::ProcessMemory, nullptr);
        }
        last = probed.error();
        CallLog::failed(last);
        refusals << (isPermission(last.errnum)
                         ? tr("process_vm_readv() needs the right to ptrace it, and %1")
                               .arg(SegmentHolders::ptraceRule(procRoot))
                         : tr("process_vm_readv() failed (%1)").arg(last.errnoName()));
    }
    return Error{last.call, last.errnum,
                 tr("Segment %1 cannot be observed through %2: %3. Attach it instead to read it.")
                     .arg(shmid)
                     .arg(holderName(holder), refusals.join(tr("; and ")))};
}

QString ObservedSegment::name() const
{
    return tr("segment %1").arg(m_shmid);
}

quint64 ObservedSegment::address() const
{
    return m_memory ? reinterpret_cast<quintptr>(m_memory) : m_holder.start;
}

QString ObservedSegment::outOfBounds(Access access, quint64 offset, quint64 length) const
{
    const int n = Translations::numerus(length);
    const QString text =
        access == Access::Read
            ? tr("Reading %1 byte(s) at offset %2 would pass the end of segment %3, whose size is %4.", nullptr, n)
            : tr("Writing %1 byte(s) at offset %2 would pass the end of segment %3, whose size is %4. Nothing was "
                 "written.",
                 nullptr, n);
    return text.arg(length).arg(offset).arg(m_shmid).arg(m_size);
}

Result<quint64> ObservedSegment::readInto(quint64 offset, char *out, quint64 length) const
{
    if (!contains(offset, length))
        return Error::plain(outOfBounds(Access::Read, offset, length));
    if (m_memory) {
        std::memcpy(out, static_cast<const char *>(m_memory) + offset, length);
        return length;
    }
    if (length == 0)
        return quint64(0);
    const auto copied = ProcessMemory::readInto(m_holder.pid, m_holder.start + offset, out, length);
    if (!copied.ok())
        return copied.error();
    return length;
}

QString ObservedSegment::shortReadReason() const
{
    // Reads are whole or refused: a segment never shrinks.
    return tr("Segment %1 could not be read through pid %2.").arg(m_shmid).arg(m_holder.pid);
}

Result<QByteArray> ObservedSegment::read(quint64 offset, quint64 length) const
{
    QByteArray bytes(qsizetype(contains(offset, length) ? length : 0), Qt::Uninitialized);
    const auto copied = readInto(offset, bytes.data(), length);
    if (!copied.ok())
        return copied.error();
    return bytes;
}

std::optional<quint64> ObservedSegment::readAvailable(quint64 offset, char *out, quint64 length) const
{
    const auto copied = readInto(offset, out, length);
    return copied.ok() ? std::optional<quint64>(copied.value()) : std::nullopt;
}

QString ObservedSegment::readOnlyRefusal() const
{
    return tr("Segment %1 is observed read-only: observe it read-write to edit.").arg(m_shmid);
}

Result<Done> ObservedSegment::write(quint64 offset, QByteArrayView bytes, Log log, const QString &code)
{
    const auto length = quint64(bytes.size());
    if (m_mode != Mode::ReadWrite)
        return Error::plain(readOnlyRefusal());
    if (!contains(offset, length))
        return Error::plain(outOfBounds(Access::Write, offset, length));
    if (m_memory) {
        std::memcpy(static_cast<char *>(m_memory) + offset, bytes.data(), length);
    } else if (length > 0) {
        const auto written = ProcessMemory::write(m_holder.pid, m_holder.start + offset, bytes);
        if (!written.ok()) {
            if (log == Log::Record)
                CallLog::failed(written.error());
            return written.error();
        }
    }
    if (log == Log::Record)
        logWrite(offset, bytes, code);
    return Done{};
}

void ObservedSegment::logWrite(quint64 offset, QByteArrayView bytes, const QString &code) const
{
    if (m_memory) {
        CallLog::copied(CallLog::memcpyCall(address(), offset, bytes), code);
        return;
    }
    const quint64 at = m_holder.start + offset;
    CallLog::succeeded(ProcessMemory::writeCall(m_holder.pid, at, quint64(bytes.size())),
                       QString::number(bytes.size()));
}

MappedObject::State ObservedSegment::state() const
{
    return Attachment::stateOf(Shm::stat(m_shmid, Shm::Log::Quiet), m_cpid);
}

QString ObservedSegment::readsThrough() const
{
    return tr("observing through pid %1 (%2), %3")
        .arg(m_holder.pid)
        .arg(QString::fromUtf8(m_holder.command), methodName(m_method));
}

std::optional<qint64> ObservedSegment::holderGone() const
{
    return SegmentHolders::stillMaps(m_holder, m_shmid, m_procRoot) ? std::nullopt
                                                                     : std::optional<qint64>(m_holder.pid);
}

} // namespace core
