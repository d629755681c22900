#include "lesson.h"

#include "console.h"
#include "core/kernel/attachment.h"
#include "core/kernel/posixshm.h"
#include "core/kernel/shm.h"
#include "core/race/racerecord.h"
#include "core/segments/rmidforced.h"
#include "core/segments/segmentformat.h"
#include "lessonlock.h"
#include "stopsignals.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <thread>
#include <unistd.h>

namespace demo {

namespace {

using core::Attachment;
using core::Error;

constexpr auto RecordSize = qsizetype(sizeof(st_pid));
// What shmat() returns on failure, as its manual writes it.
const QString VoidMinusOne = QStringLiteral("(void *) -1");

// pid and names[] of `record`, the bytes Attachment::write takes: all but the trailing padding byte.
QByteArrayView recordBytes(const st_pid &record)
{
    return QByteArrayView(reinterpret_cast<const char *>(&record),
                          qsizetype(offsetof(st_pid, names) + sizeof record.names));
}

// The record written as a slow machine might: pid, then names[] byte by byte, each followed by a pause, from
// the first byte to the NUL; the zeros after the NUL at once (no C string reads them). First byte to last,
// as core::RaceRecord expects. Quiet: a call log line a byte would say nothing more.
template <typename Memory>
core::Result<core::Done> writeSlowly(Memory &segment, const st_pid &record, qsizetype text)
{
    const char *bytes = reinterpret_cast<const char *>(&record);
    const auto pause = [] { std::this_thread::sleep_for(Lesson::SlowBytePause); };
    auto written = segment.write(0, QByteArrayView(bytes, sizeof record.pid), Attachment::Log::Quiet);
    if (!written.ok())
        return written;
    pause();
    const qsizetype names = offsetof(st_pid, names);
    for (qsizetype i = 0; i <= text; ++i) {
        written =
            segment.write(quint64(names + i), QByteArrayView(bytes + names + i, 1), Attachment::Log::Quiet);
        if (!written.ok())
            return written;
        pause();
    }
    const qsizetype rest = qsizetype(sizeof record.names) - text - 1;
    if (rest > 0)
        written = segment.write(quint64(names + text + 1), QByteArrayView(bytes + names + text + 1, rest),
                                Attachment::Log::Quiet);
    return written;
}

// How many times --every renames within the hold: at every + k * every for each k with k * every < hold.
qint64 renameCount(const Lesson::WriteOptions &options)
{
    if (options.every.count() <= 0 || options.hold.count() <= 0)
        return 0;
    return (options.hold.count() - 1) / options.every.count();
}

QString seconds(std::chrono::milliseconds duration)
{
    return QString::number(double(duration.count()) / 1000.0);
}

QString tooSmall(int shmid, quint64 size)
{
    return QStringLiteral(
               "Segment %1 is %2 bytes, smaller than struct st_pid (%3 bytes): it is not the lesson's "
               "segment.")
        .arg(shmid)
        .arg(size)
        .arg(RecordSize);
}

QString objectTooSmall(const QString &path, quint64 size)
{
    return QStringLiteral(
               "Object %1 is %2 bytes, smaller than struct st_pid (%3 bytes): it is not the lesson's object.")
        .arg(path)
        .arg(size)
        .arg(RecordSize);
}

// shmget(key, 56, 0640|IPC_CREAT) on its own: what each errno means when the segment may exist already.
QString openMessage(int errnum, qint32 key)
{
    switch (errnum) {
    case EACCES:
        return QStringLiteral(
                   "The segment with key %1 exists, and its mode does not let you (uid %2) read and "
                   "write it, as 0640|IPC_CREAT asks. shmscope --list shows its owner and mode.")
            .arg(core::SegmentFormat::keyLiteral(key))
            .arg(geteuid());
    case ENOSPC:
        return QStringLiteral(
            "No segment may be created: the system's limit on segments (shmmni) or on shared "
            "memory pages (shmall) is reached.");
    case ENOMEM:
        return QStringLiteral("The kernel has no memory for a new segment.");
    default:
        return QStringLiteral("The kernel refused to find or create the segment with key %1.")
            .arg(core::SegmentFormat::keyLiteral(key));
    }
}

QString statMessage(int errnum, int shmid)
{
    switch (errnum) {
    case EACCES:
        return QStringLiteral(
                   "IPC_STAT needs read permission on segment %1, which its mode does not give you "
                   "(uid %2). /proc/sysvipc/shm shows its fields to everyone: shmscope --list.")
            .arg(shmid)
            .arg(geteuid());
    case EINVAL:
    case EIDRM:
        return QStringLiteral("Segment %1 is gone: it was removed after shmget found it.").arg(shmid);
    default:
        return QStringLiteral("The kernel refused to tell about segment %1.").arg(shmid);
    }
}

// The mode as C writes it: permission bits in octal, and the kernel's own flags by name.
QString modeText(quint32 mode)
{
    QString text = QStringLiteral("0%1").arg(mode & 0777, 3, 8, QLatin1Char('0'));
    if (mode & core::ShmDestFlag)
        text += QStringLiteral("|SHM_DEST");
    if (mode & core::ShmLockedFlag)
        text += QStringLiteral("|SHM_LOCKED");
    return text;
}

QString modeComment(quint32 mode)
{
    QString comment = QStringLiteral("permissions: owner, group, others");
    if (mode & core::ShmDestFlag)
        comment += QStringLiteral("; SHM_DEST: removed, freed at the last shmdt");
    if (mode & core::ShmLockedFlag)
        comment += QStringLiteral("; SHM_LOCKED: kept in RAM (SHM_LOCK)");
    return comment;
}

struct Row
{
    const char *field;
    QString value;
    QString comment;
};

// "ds.shm_segsz = 56  // size in bytes", aligned.
template <size_t N> void printRows(const char *prefix, const Row (&rows)[N])
{
    qsizetype fieldWidth = 0;
    qsizetype valueWidth = 0;
    for (const Row &row : rows) {
        fieldWidth = std::max(fieldWidth, qsizetype(std::strlen(row.field)));
        valueWidth = std::max(valueWidth, row.value.size());
    }
    for (const Row &row : rows)
        Console::print(stdout, QLatin1String(prefix) +
                                   QString::fromLatin1(row.field).leftJustified(fieldWidth) +
                                   QStringLiteral(" = ") + row.value.leftJustified(valueWidth) +
                                   QStringLiteral("  // ") + row.comment);
}

void printFields(const struct shmid_ds &ds)
{
    const auto time = [](const char *what, qint64 epochSeconds) -> QString {
        return QLatin1String(what) + QStringLiteral(": ") + core::SegmentFormat::time(epochSeconds);
    };
    const QString sizeComment =
        ds.shm_segsz < sizeof(st_pid)
            ? QStringLiteral("size in bytes: smaller than struct st_pid (%1)").arg(RecordSize)
            : QStringLiteral("size in bytes");
    const Row rows[] = {
        {"shm_perm.__key", core::SegmentFormat::key(ds.shm_perm.__key),
         QStringLiteral("the key, as ipcs -m shows it")},
        {"shm_perm.uid", QString::number(ds.shm_perm.uid), QStringLiteral("owner's user id")},
        {"shm_perm.gid", QString::number(ds.shm_perm.gid), QStringLiteral("owner's group id")},
        {"shm_perm.cuid", QString::number(ds.shm_perm.cuid), QStringLiteral("creator's user id")},
        {"shm_perm.cgid", QString::number(ds.shm_perm.cgid), QStringLiteral("creator's group id")},
        {"shm_perm.mode", modeText(ds.shm_perm.mode), modeComment(ds.shm_perm.mode)},
        {"shm_segsz", QString::number(ds.shm_segsz), sizeComment},
        {"shm_atime", QString::number(ds.shm_atime), time("last shmat", ds.shm_atime)},
        {"shm_dtime", QString::number(ds.shm_dtime), time("last shmdt", ds.shm_dtime)},
        {"shm_ctime", QString::number(ds.shm_ctime), time("created or last changed", ds.shm_ctime)},
        {"shm_cpid", QString::number(ds.shm_cpid), QStringLiteral("pid of the creator")},
        {"shm_lpid", QString::number(ds.shm_lpid), QStringLiteral("pid of the last shmat or shmdt")},
        {"shm_nattch", QString::number(ds.shm_nattch), QStringLiteral("attaches now")},
    };
    printRows("ds.", rows);
}

// The fields of a struct stat, as printFields() prints a shmid_ds.
void printStatFields(const struct stat &st)
{
    const auto time = [](const char *what, qint64 epochSeconds) -> QString {
        return QLatin1String(what) + QStringLiteral(": ") + core::SegmentFormat::time(epochSeconds);
    };
    const QString sizeComment =
        quint64(st.st_size) < sizeof(st_pid)
            ? QStringLiteral("size in bytes (ftruncate): smaller than struct st_pid (%1)").arg(RecordSize)
            : QStringLiteral("size in bytes (ftruncate)");
    const Row rows[] = {
        {"st_ino", QString::number(st.st_ino), QStringLiteral("inode in /dev/shm's tmpfs: ls -i shows it")},
        {"st_mode", QStringLiteral("0%1").arg(st.st_mode & 0777, 3, 8, QLatin1Char('0')),
         QStringLiteral("permissions: owner, group, others")},
        {"st_nlink", QString::number(st.st_nlink), QStringLiteral("names: 0 once shm_unlink removed it")},
        {"st_uid", QString::number(st.st_uid), QStringLiteral("owner's user id")},
        {"st_gid", QString::number(st.st_gid), QStringLiteral("owner's group id")},
        {"st_size", QString::number(st.st_size), sizeComment},
        {"st_blocks", QString::number(st.st_blocks),
         QStringLiteral("512-byte blocks in memory: pages written")},
        {"st_atime", QString::number(st.st_atime), time("last read", st.st_atime)},
        {"st_mtime", QString::number(st.st_mtime), time("last written", st.st_mtime)},
        {"st_ctime", QString::number(st.st_ctime), time("last changed (mode, owner, size)", st.st_ctime)},
    };
    printRows("st.", rows);
}

} // namespace

Lesson::Lesson(qint32 key) : m_key(key) {}

Lesson::Lesson(QByteArray posixName) : m_posixName(std::move(posixName)) {}

QString Lesson::writeRefusal(const WriteOptions &options)
{
    const qint64 renames = renameCount(options);
    if (QString refusal = core::StPid::nameRefusal(options.name, renames);
        !refusal.isEmpty() || !options.slow)
        return refusal;
    if (options.name.contains(':'))
        return QStringLiteral(
            "With --slow the name is written tagged with the pid at both ends, PID:NAME:PID, "
            "and a ':' in the name would read as a tag's. Choose a name without ':'. Nothing "
            "was created or written.");
    const QByteArray longest = renames > 0 ? core::StPid::numberedName(options.name, renames) : options.name;
    if (!core::RaceRecord::taggedName(getpid(), longest).isEmpty())
        return {};
    const QByteArray tag = QByteArray::number(getpid());
    const QByteArray tagged = tag + ':' + longest + ':' + tag;
    // One arg() for all: a name holding "%1" must stay as it is.
    return QStringLiteral(
               "With --slow the name is written tagged with this process's pid at both ends, \"%1\" "
               "(%2 bytes), and names[51] holds at most %3 and the closing NUL: shorten the name%4. "
               "Nothing was created or written.")
        .arg(QString::fromUtf8(tagged), QString::number(tagged.size()), QString::number(MaxNameBytes),
             renames > 0 ? QStringLiteral(", rename less often or hold for less time") : QString());
}

int Lesson::write(const WriteOptions &options) const
{
    if (!m_posixName.isEmpty())
        return writePosix(options);
    // From here on SIGINT and SIGTERM wait for the hold loop, which detaches: never a process killed while
    // attached with its --remove undone.
    const StopSignals stopSignals;
    const auto opened = core::Shm::open(m_key, sizeof(st_pid), LessonMode);
    if (!opened.ok()) {
        const Error &refused = opened.error();
        Console::printFailedCall(refused);
        if (refused.errnum == EINVAL)
            return explainTooSmall();
        return Console::fail(Error{refused.call, refused.errnum, openMessage(refused.errnum, m_key)},
                             CallLine::AlreadyPrinted);
    }
    const int shmid = opened.value();
    Console::step(core::Shm::openCall(m_key, sizeof(st_pid), LessonMode), QString::number(shmid));

    std::optional<LessonLock> lock;
    if (options.lock) {
        auto opened = LessonLock::open(m_key);
        if (!opened.ok())
            return ExitFailure; // said already
        lock = opened.value();
    }

    int result = whileAttached(shmid, Attachment::Mode::ReadWrite, [&](Attachment &segment) {
        return writeAndHold(segment, options, stopSignals, lock ? &*lock : nullptr);
    });
    if (options.remove) {
        const auto removed = core::Shm::remove(shmid);
        if (removed.ok())
            Console::step(core::Shm::removeCall(shmid), QStringLiteral("0"));
        else
            result = Console::fail(removed.error());
    }
    return result;
}

template <typename Memory>
int Lesson::writeAndHold(Memory &segment, const WriteOptions &options, const StopSignals &stopSignals,
                         const LessonLock *lock)
{
    using namespace std::chrono;
    if (const int shown = printRecord("old: ", segment); shown != ExitSuccess)
        return shown;
    st_pid record{};
    record.pid = getpid();
    const auto tagged = [&](const QByteArray &name) {
        return options.slow ? core::RaceRecord::taggedName(record.pid, name) : name;
    };
    // Without --slow, pid and names[] in one memcpy, at the start and at each rename: a reader never sees one
    // student's pid beside another's name, even with two writers on one segment. With --slow, as a slow
    // machine would, and with --lock, holding the lock so that nobody else writes meanwhile.
    const auto writeRecord = [&](const QByteArray &name) {
        // The whole array, zeros after the text: names[] always ends in a NUL, and a shorter name leaves no
        // tail of a longer one behind (strcpy would).
        std::memset(record.names, 0, sizeof record.names);
        std::memcpy(record.names, name.constData(), size_t(name.size()));
        if (lock)
            if (const int taken = lock->take(); taken != ExitSuccess)
                return taken;
        const auto written =
            options.slow ? writeSlowly(segment, record, name.size()) : segment.write(0, recordBytes(record));
        // What this write left, read before the V: with the lock, nobody else's bytes can be there yet.
        const int shown = written.ok() ? printRecord("new: ", segment) : Console::fail(written.error());
        if (lock)
            if (const int given = lock->give(); given != ExitSuccess)
                return given;
        return shown;
    };
    if (const int written = writeRecord(tagged(options.name)); written != ExitSuccess)
        return written;
    if (options.hold.count() <= 0)
        return ExitSuccess;

    QString how;
    if (options.every.count() > 0)
        how += QStringLiteral(", renaming every %1 ms").arg(options.every.count());
    if (options.slow)
        how += QStringLiteral(", %1 ms a byte").arg(SlowBytePause.count());
    if (lock)
        how += QStringLiteral(", each write under the lock (semaphore set %1)").arg(lock->semid());
    Console::print(stdout, QStringLiteral("holding for %1 s%2; SIGINT (Ctrl+C) or SIGTERM ends it early")
                               .arg(seconds(options.hold), how));
    const auto start = steady_clock::now();
    const auto end = start + options.hold;
    const qint64 renames = renameCount(options);
    for (qint64 renamed = 0;;) {
        const steady_clock::time_point next =
            renamed < renames ? start + milliseconds(options.every.count() * (renamed + 1)) : end;
        if (const auto signal = stopSignals.waitUntil(next)) {
            Console::print(stdout, QStringLiteral("%1 received: holding ends early")
                                       .arg(QLatin1String(StopSignals::name(*signal))));
            return ExitSuccess;
        }
        // Slow writes (or the lock) may have made the renames fall behind: the hold still ends on time.
        if (next == end || steady_clock::now() >= end)
            return ExitSuccess;
        ++renamed;
        if (const int written = writeRecord(tagged(core::StPid::numberedName(options.name, renamed)));
            written != ExitSuccess)
            return written;
    }
}

int Lesson::read(bool evenIfDestroyed) const
{
    if (!m_posixName.isEmpty())
        return readPosix();
    const auto shmid = find();
    if (!shmid.ok())
        return Console::fail(shmid.error(), CallLine::Print,
                             QStringLiteral("shmdemo write NAME --key %1 creates it.")
                                 .arg(core::SegmentFormat::keyLiteral(m_key)));
    if (!evenIfDestroyed && core::RmidForced::detachDestroys(shmid.value(), 0))
        return Console::fail(
            Error::plain(core::RmidForced::readDestroys(shmid.value())), CallLine::AlreadyPrinted,
            QStringLiteral("Nothing was read. Add --even-if-destroyed to read it all the same."));
    return whileAttached(shmid.value(), Attachment::Mode::ReadOnly,
                         [](Attachment &segment) { return printRecord("", segment); });
}

int Lesson::watch(const RaceWatch::Options &options, bool lock, bool evenIfDestroyed) const
{
    // SIGINT and SIGTERM end the watch between two reads: it still detaches and tells its tally.
    const StopSignals stopSignals;
    const auto shmid = find();
    if (!shmid.ok())
        return Console::fail(shmid.error(), CallLine::Print,
                             QStringLiteral("shmdemo write NAME --key %1 creates it.")
                                 .arg(core::SegmentFormat::keyLiteral(m_key)));
    if (!evenIfDestroyed && core::RmidForced::detachDestroys(shmid.value(), 0))
        return Console::fail(
            Error::plain(core::RmidForced::readDestroys(shmid.value())), CallLine::AlreadyPrinted,
            QStringLiteral("Nothing was read. Add --even-if-destroyed to read it all the same."));
    std::optional<LessonLock> lessonLock;
    if (lock) {
        auto opened = LessonLock::open(m_key);
        if (!opened.ok())
            return ExitFailure; // said already
        lessonLock = opened.value();
    }
    std::optional<RaceWatch::Tally> tally;
    const int result = whileAttached(shmid.value(), Attachment::Mode::ReadOnly, [&](Attachment &segment) {
        if (segment.size() < quint64(sizeof(st_pid)))
            return Console::fail(Error::plain(tooSmall(segment.shmid(), segment.size())));
        QString how = QStringLiteral("watching: a read every %1 ms").arg(options.every.count());
        if (options.count > 0)
            how += options.count == 1 ? QStringLiteral(", 1 read")
                                      : QStringLiteral(", %1 reads").arg(options.count);
        if (lessonLock)
            how += QStringLiteral(", each under the lock (semaphore set %1)").arg(lessonLock->semid());
        Console::print(stdout, how + QStringLiteral("; SIGINT (Ctrl+C) or SIGTERM ends it"));
        const RaceWatch::Outcome outcome =
            RaceWatch::run(segment, options, lessonLock ? &*lessonLock : nullptr, stopSignals);
        tally = outcome.tally;
        return outcome.exitCode;
    });
    // The last line, after shmdt: what a script or the class reads first.
    if (tally)
        Console::print(stdout, tally->summary());
    return result;
}

int Lesson::info() const
{
    if (!m_posixName.isEmpty())
        return infoPosix();
    const auto shmid = find();
    if (!shmid.ok())
        return Console::fail(shmid.error(), CallLine::Print,
                             QStringLiteral("shmdemo write NAME --key %1 creates it.")
                                 .arg(core::SegmentFormat::keyLiteral(m_key)));
    const auto ds = stat(shmid.value());
    if (!ds.ok())
        return Console::fail(ds.error());
    printFields(ds.value());
    return ExitSuccess;
}

int Lesson::remove() const
{
    if (!m_posixName.isEmpty())
        return removePosix();
    const auto shmid = find();
    if (!shmid.ok())
        return Console::fail(shmid.error(), CallLine::Print, QStringLiteral("There is nothing to remove."));
    const auto removed = core::Shm::remove(shmid.value());
    if (!removed.ok())
        return Console::fail(removed.error());
    Console::step(core::Shm::removeCall(shmid.value()), QStringLiteral("0"));
    return ExitSuccess;
}

core::Result<int> Lesson::find() const
{
    const auto shmid = core::Shm::idOfKey(m_key);
    if (shmid.ok())
        Console::step(core::Shm::idOfKeyCall(m_key), QString::number(shmid.value()));
    return shmid;
}

core::Result<struct shmid_ds> Lesson::stat(int shmid)
{
    const auto ds = core::Shm::stat(shmid, core::Shm::Log::Record);
    if (!ds.ok()) {
        const Error &refused = ds.error();
        return Error{refused.call, refused.errnum, statMessage(refused.errnum, shmid)};
    }
    Console::step(core::Shm::statCall(shmid), QStringLiteral("0"));
    return ds;
}

int Lesson::explainTooSmall() const
{
    // Found again, and measured, through the very calls a student would make: shmget(key, 0, 0) asks for no
    // size, and IPC_STAT tells it. The EINVAL came after the permission check, so IPC_STAT is allowed.
    const QString generic =
        QStringLiteral("The kernel refused the key's segment with EINVAL: shmget() says so when "
                       "a segment with this key exists and is smaller than the size asked for.");
    const auto shmid = find();
    if (!shmid.ok())
        return Console::fail(Error::plain(generic + QLatin1Char(' ') + shmid.error().message),
                             CallLine::Print);
    const auto ds = stat(shmid.value());
    if (!ds.ok())
        return Console::fail(ds.error(), CallLine::Print, generic);
    if (ds.value().shm_segsz >= sizeof(st_pid))
        return Console::fail(Error::plain(generic), CallLine::Print);
    return Console::fail(
        Error{{},
              0,
              tooSmall(shmid.value(), ds.value().shm_segsz) +
                  QStringLiteral(" shmget() with a size larger than an existing segment's fails "
                                 "with EINVAL, so nothing was written. Remove it (shmdemo remove --key "
                                 "%1) or choose another key.")
                      .arg(core::SegmentFormat::keyLiteral(m_key))},
        CallLine::Print);
}

int Lesson::whileAttached(int shmid, Attachment::Mode mode, const std::function<int(Attachment &)> &work)
{
    auto attach = Attachment::attach(shmid, mode);
    if (!attach.ok())
        return Console::fail(attach.error(), CallLine::Print, {}, VoidMinusOne);
    std::unique_ptr<Attachment> segment = std::move(attach.value());
    Console::step(core::Shm::attachCall(shmid, mode), core::SegmentFormat::address(segment->address()));
    const int result = work(*segment);
    const QString detachCall = segment->detachCall();
    // Attachment's destructor is the shmdt. Its one error, EINVAL, is for an address where no attach starts,
    // and this is the address shmat gave: it returns 0.
    segment.reset();
    Console::step(detachCall, QStringLiteral("0"));
    return result;
}

int Lesson::printRecord(const char *label, const Attachment &segment)
{
    if (segment.size() < quint64(RecordSize))
        return Console::fail(Error::plain(tooSmall(segment.shmid(), segment.size())));
    return printRecordBytes(label, segment.read(0, quint64(RecordSize)), {});
}

int Lesson::printRecord(const char *label, const core::PosixMapping &object)
{
    // Read by pread(): another process may have shrunk the object since mmap, and then fewer bytes come.
    return printRecordBytes(label, object.read(0, std::min(object.size(), quint64(RecordSize))),
                            objectTooSmall(object.name(), object.shrunkTo().value_or(object.size())));
}

int Lesson::printRecordBytes(const char *label, const core::Result<QByteArray> &bytes,
                             const QString &tooSmall)
{
    if (!bytes.ok())
        return Console::fail(bytes.error());
    if (bytes.value().size() < RecordSize)
        return Console::fail(Error::plain(tooSmall));
    Console::print(stdout, QLatin1String(label) + Console::recordText(bytes.value()));
    return ExitSuccess;
}

QString Lesson::posixPath() const
{
    return core::PosixShm::pathOf(m_posixName);
}

int Lesson::writePosix(const WriteOptions &options) const
{
    // As write(): SIGINT and SIGTERM wait for the hold loop, which unmaps and closes.
    const StopSignals stopSignals;
    const auto opened = core::PosixShm::openOrCreate(m_posixName, LessonMode);
    if (!opened.ok())
        return Console::fail(opened.error());
    const int fd = opened.value();
    Console::step(core::PosixShm::openOrCreateCall(m_posixName, LessonMode), QString::number(fd));
    // The twin of shmget()'s size: a new object is empty until ftruncate() gives it its bytes.
    const auto truncated = core::PosixShm::truncate(fd, sizeof(st_pid), posixPath());
    if (!truncated.ok()) {
        static_cast<void>(core::PosixShm::close(fd));
        return Console::fail(truncated.error());
    }
    Console::step(core::PosixShm::truncateCall(fd, sizeof(st_pid)), QStringLiteral("0"));
    int result = whileMapped(fd, core::PosixMapping::Mode::ReadWrite, [&](core::PosixMapping &object) {
        return writeAndHold(object, options, stopSignals);
    });
    if (options.remove) {
        const auto removed = core::PosixShm::unlink(m_posixName);
        if (removed.ok())
            Console::step(core::PosixShm::unlinkCall(m_posixName), QStringLiteral("0"));
        else
            result = Console::fail(removed.error());
    }
    return result;
}

int Lesson::readPosix() const
{
    const auto opened = core::PosixShm::open(m_posixName, core::PosixShm::Access::ReadOnly);
    if (!opened.ok())
        return Console::fail(
            opened.error(), CallLine::Print,
            QStringLiteral("shmdemo write NAME --posix %1 creates it.").arg(QString::fromUtf8(m_posixName)));
    Console::step(core::PosixShm::openCall(m_posixName, core::PosixShm::Access::ReadOnly),
                  QString::number(opened.value()));
    return whileMapped(opened.value(), core::PosixMapping::Mode::ReadOnly,
                       [](core::PosixMapping &object) { return printRecord("", object); });
}

int Lesson::infoPosix() const
{
    const auto opened = core::PosixShm::open(m_posixName, core::PosixShm::Access::ReadOnly);
    if (!opened.ok())
        return Console::fail(
            opened.error(), CallLine::Print,
            QStringLiteral("shmdemo write NAME --posix %1 creates it.").arg(QString::fromUtf8(m_posixName)));
    const int fd = opened.value();
    Console::step(core::PosixShm::openCall(m_posixName, core::PosixShm::Access::ReadOnly),
                  QString::number(fd));
    const auto st = core::PosixShm::stat(fd, core::PosixShm::Log::Record, posixPath());
    int result = ExitSuccess;
    if (st.ok()) {
        Console::step(core::PosixShm::statCall(fd), QStringLiteral("0"));
        printStatFields(st.value());
    } else {
        result = Console::fail(st.error());
    }
    const auto closed = core::PosixShm::close(fd);
    if (!closed.ok())
        return Console::fail(closed.error());
    Console::step(core::PosixShm::closeCall(fd), QStringLiteral("0"));
    return result;
}

int Lesson::removePosix() const
{
    const auto removed = core::PosixShm::unlink(m_posixName);
    if (!removed.ok())
        return Console::fail(removed.error(), CallLine::Print,
                             removed.error().errnum == ENOENT ? QStringLiteral("There is nothing to remove.")
                                                              : QString());
    Console::step(core::PosixShm::unlinkCall(m_posixName), QStringLiteral("0"));
    return ExitSuccess;
}

int Lesson::whileMapped(int fd, core::PosixMapping::Mode mode,
                        const std::function<int(core::PosixMapping &)> &work) const
{
    auto mapped = core::PosixMapping::map(fd, posixPath(), mode);
    if (!mapped.ok()) {
        // fstat()'s line unless fstat() itself failed: map() calls it first.
        const QString &call = mapped.error().call;
        if (!call.startsWith(QLatin1String("fstat")))
            Console::step(core::PosixShm::statCall(fd), QStringLiteral("0"));
        Console::printFailedCall(mapped.error(), call.startsWith(QLatin1String("mmap"))
                                                     ? QStringLiteral("MAP_FAILED")
                                                     : QStringLiteral("-1"));
        Console::step(core::PosixShm::closeCall(fd), QStringLiteral("0"));
        return Console::fail(mapped.error(), CallLine::AlreadyPrinted);
    }
    std::unique_ptr<core::PosixMapping> object = std::move(mapped.value());
    Console::step(core::PosixShm::statCall(fd), QStringLiteral("0"));
    if (object->size() > 0)
        Console::step(core::PosixShm::mapCall(fd, object->size(), mode),
                      core::SegmentFormat::address(object->address()));
    const int result = work(*object);
    const QString unmapCall = core::PosixShm::unmapCall(object->address(), object->size());
    const bool mappedBytes = object->size() > 0;
    // The destructor is the munmap and the close: of the address and descriptor we were given, they return 0.
    object.reset();
    if (mappedBytes)
        Console::step(unmapCall, QStringLiteral("0"));
    Console::step(core::PosixShm::closeCall(fd), QStringLiteral("0"));
    return result;
}

} // namespace demo
