// core::SegmentScanner against the real kernel: real segments (removed by guards however a test ends)
// and real peer processes (tests/helpers/shmattach). What the scanner reports is checked against the
// kernel's own answer (IPC_STAT), the peers' own words (pid, printed address) and ipcs.

#include "core/coretest.h"
#include "core/segments/segmentformat.h"
#include "core/segments/segmentscanner.h"
#include "testutils.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <grp.h>
#include <linux/magic.h>
#include <pwd.h>
#include <sys/msg.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

using core::AttachedProcess;
using core::SegmentFormat;
using core::SegmentInfo;
using core::SegmentScanner;
using testutils::AttachedPeer;
using testutils::SegmentGuard;

namespace {

const QByteArray peerCommand = QByteArrayLiteral("shmattach"); // /proc/PID/comm of the helper

QString hexKey(qint32 key)
{
    return QString::asprintf("0x%08x", quint32(key));
}

// Names as the C library gives them, for comparison with the scanner's; the number when there is none.
QString userNameOf(uid_t uid)
{
    const struct passwd *pw = getpwuid(uid);
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(uid);
}

QString groupNameOf(gid_t gid)
{
    const struct group *gr = getgrgid(gid);
    return gr ? QString::fromLocal8Bit(gr->gr_name) : QString::number(gid);
}

std::optional<SegmentInfo> findIn(const QList<SegmentInfo> &segments, int shmid)
{
    const auto it = std::find_if(segments.cbegin(), segments.cend(),
                                 [shmid](const SegmentInfo &s) { return s.shmid == shmid; });
    return it == segments.cend() ? std::nullopt : std::optional<SegmentInfo>(*it);
}

// Scans and picks one segment out of the result. A real /proc must parse without a single warning.
core::Result<SegmentInfo> scanFor(SegmentScanner &scanner, int shmid)
{
    const auto scanned = scanner.scan();
    if (!scanned.ok())
        return scanned.error();
    if (!scanned.value().usedFallback && !scanned.value().warnings.isEmpty())
        return core::Error{QStringLiteral("scan()"), 0,
                              QStringLiteral("warnings: ") +
                                  scanned.value().warnings.join(QStringLiteral("; "))};
    const auto segment = findIn(scanned.value().segments, shmid);
    if (!segment)
        return core::Error{QStringLiteral("scan()"), 0,
                              QStringLiteral("segment %1 is not in the scan").arg(shmid)};
    return *segment;
}

// The scanned segment with every field the kernel keeps replaced by what IPC_STAT says now: comparing
// the two shows any field the scanner got wrong, with both values printed.
SegmentInfo withKernelFields(SegmentInfo s)
{
    const auto ds = testutils::shmStat(s.shmid);
    if (!ds)
        return {};
    s.key = ds->shm_perm.__key;
    s.mode = ds->shm_perm.mode;
    s.size = ds->shm_segsz;
    s.cpid = ds->shm_cpid;
    s.lpid = ds->shm_lpid;
    s.nattch = ds->shm_nattch;
    s.uid = ds->shm_perm.uid;
    s.gid = ds->shm_perm.gid;
    s.cuid = ds->shm_perm.cuid;
    s.cgid = ds->shm_perm.cgid;
    s.atime = ds->shm_atime;
    s.dtime = ds->shm_dtime;
    s.ctime = ds->shm_ctime;
    return s;
}

// The scanner lists attachments in the order of /proc, which nobody promises: compare them in pid order.
QList<AttachedProcess> sortedByPid(QList<AttachedProcess> list)
{
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.pid < b.pid; });
    return list;
}

// What the scanner must list for these peers (each with whether it attached read-write), in pid order.
QList<AttachedProcess> expectedAttachments(std::initializer_list<std::pair<const AttachedPeer *, bool>> peers)
{
    QList<AttachedProcess> out;
    for (const auto &[peer, writable] : peers)
        out.append({peer->pid(), peerCommand, peer->address(), writable});
    return sortedByPid(out);
}

// A process whose maps this process may not read (EACCES), or an empty string when there is none.
QString unreadableProcess()
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        const QByteArray maps = QFile::encodeName(QStringLiteral("/proc/%1/maps").arg(entry));
        const int fd = ::open(maps.constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0)
            ::close(fd);
        else if (errno == EACCES || errno == EPERM)
            return entry;
    }
    return {};
}

// A stand-in for /proc without sysvipc/ or sys/kernel/, so the scanner must list with shmctl() and take
// the limits from IPC_INFO. It holds only the process folders put in it.
class FakeProcRoot
{
public:
    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] QString path() const { return m_dir.path(); }
    // The real /proc/PID, linked, so that its maps are read as usual.
    bool addProcess(qint64 pid)
    {
        return QFile::link(QStringLiteral("/proc/%1").arg(pid), m_dir.filePath(QString::number(pid)));
    }
    // A folder for a process that exited between the listing and the read: it has no maps.
    bool addExitedProcess(qint64 pid) { return QDir(m_dir.path()).mkdir(QString::number(pid)); }

private:
    QTemporaryDir m_dir;
};

} // namespace

class TestSegmentScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { coretest::failOnAnyWarning(); }
    void cleanup() { coretest::verifyNoLeftoverSegments(); }

    void reportsWhatTheKernelHolds_data();
    void reportsWhatTheKernelHolds();
    void listsAttachedProcesses();
    void namesUnknownOwnerByNumber();
    void reportsRemovedSegmentWithOriginalKey();
    void reportsLockedSegment();
    void attachmentsFollowADetach();
    void attachmentsFollowASwapWithinOneSecond();
    void fallbackListsTheSameSegments();
    void procFileOnTmpfsWithFewerRowsIsNotBelieved();
    void fileBoundOverProcIsNotBelieved();
    void limitsMatchTheKernel();
    void unreadableProcessesAreSkipped();
    void agreesWithIpcs();
    void bothKindsShareOneReadOfEachMaps();
};

void TestSegmentScanner::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(SHMSCOPE_BIN_DIR "/shmattach")),
             "build the shmattach target first");
    QVERIFY2(QFile::exists(QStringLiteral("/proc/sysvipc/shm")), "this kernel has no /proc/sysvipc/shm");
}

void TestSegmentScanner::reportsWhatTheKernelHolds_data()
{
    QTest::addColumn<qint32>("key"); // 0: IPC_PRIVATE
    QTest::addColumn<quint64>("size");
    QTest::addColumn<quint32>("mode");

    QTest::newRow("key") << qint32(testutils::uniqueKey(1)) << quint64(56) << 0640u;
    QTest::newRow("private") << 0 << quint64(4097) << 0600u;
    // /proc prints this key as a negative number.
    QTest::newRow("key with the high bit")
        << qint32(quint32(testutils::uniqueKey(2)) | 0x80000000u) << quint64(1) << 0604u;
}

void TestSegmentScanner::reportsWhatTheKernelHolds()
{
    QFETCH(qint32, key);
    QFETCH(quint64, size);
    QFETCH(quint32, mode);

    SegmentGuard guard;
    QVERIFY2(guard.create(key, size, int(mode)), strerror(errno));

    SegmentScanner scanner;
    const auto s = scanFor(scanner, guard.id());
    SHM_VERIFY_OK(s);
    QCOMPARE(s.value(), withKernelFields(s.value()));

    QCOMPARE(s.value().key, key);
    QCOMPARE(SegmentFormat::key(s.value().key), hexKey(key));
    QCOMPARE(s.value().size, size);
    QCOMPARE(s.value().permissions(), mode);
    QCOMPARE(s.value().cpid, QCoreApplication::applicationPid());
    QCOMPARE(s.value().nattch, quint64(0));
    QCOMPARE(s.value().atime, qint64(0)); // never attached
    QVERIFY(s.value().attached.isEmpty());
    QVERIFY(!s.value().isDestroyed());
    QVERIFY(!s.value().isLocked());
    QVERIFY(!s.value().hasOriginalKey);
    QCOMPARE(SegmentFormat::creationKey(s.value()), hexKey(key));

    QCOMPARE(s.value().ownerName, userNameOf(geteuid()));
    QCOMPARE(s.value().creatorName, userNameOf(geteuid()));
    QCOMPARE(s.value().groupName, groupNameOf(getegid()));
    QCOMPARE(s.value().creatorGroupName, groupNameOf(getegid()));
    if (geteuid() == 0)
        QCOMPARE(s.value().ownerName, QStringLiteral("root"));
}

// Each attach once, with the address the peer printed and its access; an attach that mprotect() split into
// two maps lines (rw-s, then r--s at offset 0x1000) is still one read-write attach. The kernel counts
// each piece in nattch, so three attaches read nattch 4, none of them hidden.
void TestSegmentScanner::listsAttachedProcesses()
{
    SegmentGuard guard;
    QVERIFY2(guard.create(testutils::uniqueKey(3), 2 * size_t(sysconf(_SC_PAGESIZE))), strerror(errno));
    AttachedPeer reader, writer, splitWriter;
    QVERIFY2(reader.start(guard.id(), false), qPrintable(reader.errorText()));
    QVERIFY2(writer.start(guard.id(), true), qPrintable(writer.errorText()));
    QVERIFY2(splitWriter.start(guard.id(), true, {QStringLiteral("split")}),
             qPrintable(splitWriter.errorText()));
    QFile maps(QStringLiteral("/proc/%1/maps").arg(splitWriter.pid()));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    QCOMPARE(maps.readAll().count("/SYSV"), 2);

    SegmentScanner scanner;
    const auto s = scanFor(scanner, guard.id());
    SHM_VERIFY_OK(s);
    QCOMPARE(s.value(), withKernelFields(s.value()));
    QCOMPARE(s.value().nattch, quint64(4));
    QCOMPARE(s.value().lpid, splitWriter.pid()); // the last to attach
    QCOMPARE(sortedByPid(s.value().attached),
             expectedAttachments({{&reader, false}, {&writer, true}, {&splitWriter, true}}));
    QCOMPARE(s.value().visibleMappings, quint64(4));
    QCOMPARE(s.value().hiddenAttachments(), quint64(0));
    // A live segment shows its own key; the key from the mapping's name is for removed ones only.
    QVERIFY(!s.value().hasOriginalKey);
}

void TestSegmentScanner::namesUnknownOwnerByNumber()
{
    constexpr uid_t unknownUid = 54321;
    if (getpwuid(unknownUid))
        QSKIP("uid 54321 has a passwd entry on this machine, so its name would be shown, not the number");

    SegmentGuard guard;
    QVERIFY2(guard.create(testutils::uniqueKey(4), 4096), strerror(errno));
    auto ds = testutils::shmStat(guard.id());
    QVERIFY(ds);
    ds->shm_perm.uid = unknownUid;
    ds->shm_perm.gid = unknownUid;
    QVERIFY2(shmctl(guard.id(), IPC_SET, &*ds) == 0, strerror(errno));

    SegmentScanner scanner;
    const auto s = scanFor(scanner, guard.id());
    SHM_VERIFY_OK(s);
    QCOMPARE(s.value().uid, uint(unknownUid));
    QCOMPARE(s.value().ownerName, QStringLiteral("54321"));
    QCOMPARE(s.value().groupName, groupNameOf(unknownUid));
    // IPC_SET changes the owner, never the creator.
    QCOMPARE(s.value().cuid, uint(geteuid()));
    QCOMPARE(s.value().creatorName, userNameOf(geteuid()));
}

// IPC_RMID on an attached segment leaves it listed with key 0 and the dest bit; the key it had survives
// only in the name of the mapping (/SYSV%08x), where the scanner must find it.
void TestSegmentScanner::reportsRemovedSegmentWithOriginalKey()
{
    const key_t key = testutils::uniqueKey(5);
    SegmentGuard guard;
    QVERIFY2(guard.create(key, 4096), strerror(errno));
    AttachedPeer peer;
    QVERIFY2(peer.start(guard.id(), true), qPrintable(peer.errorText()));
    QVERIFY2(shmctl(guard.id(), IPC_RMID, nullptr) == 0, strerror(errno));

    SegmentScanner scanner;
    const auto s = scanFor(scanner, guard.id());
    SHM_VERIFY_OK(s);
    QCOMPARE(s.value(), withKernelFields(s.value()));
    QVERIFY(s.value().isDestroyed());
    QCOMPARE(s.value().key, 0);
    QVERIFY(s.value().hasOriginalKey);
    QCOMPARE(s.value().originalKey, qint32(key));
    QCOMPARE(SegmentFormat::creationKey(s.value()), hexKey(key));
    QCOMPARE(SegmentFormat::statusWords(s.value()), QStringList{QStringLiteral("dest")});
    QCOMPARE(s.value().attached, expectedAttachments({{&peer, true}}));

    // The last detach destroys it.
    peer.stop();
    const auto after = scanner.scan();
    SHM_VERIFY_OK(after);
    QVERIFY(!findIn(after.value().segments, guard.id()));
}

void TestSegmentScanner::reportsLockedSegment()
{
    SegmentGuard guard;
    QVERIFY2(guard.create(testutils::uniqueKey(6), 4096, 0640), strerror(errno));
    if (shmctl(guard.id(), SHM_LOCK, nullptr) != 0) {
        if (errno == EPERM)
            QSKIP("SHM_LOCK refused with EPERM: this process has no CAP_IPC_LOCK and too small an "
                  "RLIMIT_MEMLOCK");
        QFAIL(strerror(errno));
    }

    SegmentScanner scanner;
    auto s = scanFor(scanner, guard.id());
    SHM_VERIFY_OK(s);
    QCOMPARE(s.value(), withKernelFields(s.value()));
    QVERIFY(s.value().isLocked());
    QVERIFY(!s.value().isDestroyed());
    QCOMPARE(s.value().permissions(), 0640u);
    QCOMPARE(SegmentFormat::status(s.value()), QStringLiteral("locked"));

    // The flag follows the kernel both ways.
    QVERIFY2(shmctl(guard.id(), SHM_UNLOCK, nullptr) == 0, strerror(errno));
    s = scanFor(scanner, guard.id());
    SHM_VERIFY_OK(s);
    QVERIFY(!s.value().isLocked());
}

// One scanner across the changes: its attachment cache must not hide a detach or a new attach.
void TestSegmentScanner::attachmentsFollowADetach()
{
    SegmentGuard guard;
    QVERIFY2(guard.create(testutils::uniqueKey(7), 4096), strerror(errno));
    SegmentScanner scanner;

    AttachedPeer first;
    QVERIFY2(first.start(guard.id(), false), qPrintable(first.errorText()));
    auto s = scanFor(scanner, guard.id());
    SHM_VERIFY_OK(s);
    QCOMPARE(s.value().attached, expectedAttachments({{&first, false}}));

    first.stop();
    s = scanFor(scanner, guard.id());
    SHM_VERIFY_OK(s);
    QCOMPARE(s.value().nattch, quint64(0));
    QCOMPARE(s.value().attached, QList<AttachedProcess>());

    AttachedPeer second;
    QVERIFY2(second.start(guard.id(), true), qPrintable(second.errorText()));
    s = scanFor(scanner, guard.id());
    SHM_VERIFY_OK(s);
    QCOMPARE(s.value().attached, expectedAttachments({{&second, true}}));
}

// The cache is keyed on nattch, lpid, atime and dtime, and the kernel keeps times in whole seconds. When
// within one second A attaches (after an earlier detach), a scan runs, B attaches and A detaches, all four
// read as before; the scan must still show B, not A. Whether the events shared a second is read back from
// the kernel: the round is repeated until they did.
void TestSegmentScanner::attachmentsFollowASwapWithinOneSecond()
{
    SegmentGuard guard;
    QVERIFY2(guard.create(testutils::uniqueKey(8), 4096), strerror(errno));
    SegmentScanner scanner;

    // The four fields the cache is keyed on, as the kernel has them now.
    const auto signature = [&guard] {
        const auto ds = testutils::shmStat(guard.id());
        return ds ? QList<qint64>{qint64(ds->shm_nattch), ds->shm_lpid, ds->shm_atime, ds->shm_dtime}
                  : QList<qint64>();
    };

    bool sameSecond = false;
    for (int round = 0; round < 10 && !sameSecond; ++round) {
        {
            AttachedPeer earlier; // only to set dtime to this second
            QVERIFY2(earlier.start(guard.id(), false), qPrintable(earlier.errorText()));
        }
        AttachedPeer a;
        QVERIFY2(a.start(guard.id(), false), qPrintable(a.errorText()));
        auto s = scanFor(scanner, guard.id());
        SHM_VERIFY_OK(s);
        QCOMPARE(s.value().attached, expectedAttachments({{&a, false}}));
        const auto before = signature();

        AttachedPeer b;
        QVERIFY2(b.start(guard.id(), true), qPrintable(b.errorText()));
        a.stop();
        sameSecond = signature() == before;
        s = scanFor(scanner, guard.id());
        SHM_VERIFY_OK(s);
        QCOMPARE(s.value().attached, expectedAttachments({{&b, true}}));
    }
    if (!sameSecond)
        QSKIP("in 10 rounds the attaches and detaches never fell within one second (a slow machine?), so the "
              "case the cache could hide was not reached");
}

void TestSegmentScanner::fallbackListsTheSameSegments()
{
    SegmentGuard keyed, privateOne, removed, idle;
    QVERIFY2(keyed.create(testutils::uniqueKey(9), 4096, 0640), strerror(errno));
    QVERIFY2(privateOne.create(IPC_PRIVATE, 100, 0600), strerror(errno));
    QVERIFY2(removed.create(testutils::uniqueKey(10), 8192, 0666), strerror(errno));
    QVERIFY2(idle.create(testutils::uniqueKey(11), 1, 0400), strerror(errno));
    AttachedPeer writer, reader, holder;
    QVERIFY2(writer.start(keyed.id(), true), qPrintable(writer.errorText()));
    QVERIFY2(reader.start(privateOne.id(), false), qPrintable(reader.errorText()));
    QVERIFY2(holder.start(removed.id(), true), qPrintable(holder.errorText()));
    QVERIFY2(shmctl(removed.id(), IPC_RMID, nullptr) == 0, strerror(errno));

    FakeProcRoot fake;
    QVERIFY(fake.isValid());
    for (const AttachedPeer *peer : {&writer, &reader, &holder})
        QVERIFY(fake.addProcess(peer->pid()));

    SegmentScanner procScanner;
    SegmentScanner fallbackScanner(fake.path());
    const auto fromProc = procScanner.scan();
    const auto fromShmctl = fallbackScanner.scan();
    SHM_VERIFY_OK(fromProc);
    SHM_VERIFY_OK(fromShmctl);
    QVERIFY(!fromProc.value().usedFallback);
    QVERIFY(fromProc.value().warnings.isEmpty());
    QVERIFY(fromShmctl.value().usedFallback);
    // The user is told the list came another way, and which file was missing.
    QVERIFY2(fromShmctl.value().warnings.join(QLatin1Char('\n')).contains(fake.path()),
             qPrintable(fromShmctl.value().warnings.join(QLatin1Char('\n'))));

    const auto byShmid = [](const SegmentInfo &a, const SegmentInfo &b) { return a.shmid < b.shmid; };
    QVERIFY(std::is_sorted(fromProc.value().segments.cbegin(), fromProc.value().segments.cend(), byShmid));
    QVERIFY(
        std::is_sorted(fromShmctl.value().segments.cbegin(), fromShmctl.value().segments.cend(), byShmid));

    for (const SegmentGuard *guard : {&keyed, &privateOne, &removed, &idle}) {
        auto viaProc = findIn(fromProc.value().segments, guard->id());
        const auto viaShmctl = findIn(fromShmctl.value().segments, guard->id());
        QVERIFY2(viaProc && viaShmctl, qPrintable(QStringLiteral("segment %1 missing").arg(guard->id())));
        // shmctl() has no rss or swap figures.
        viaProc->rss = viaProc->swap = 0;
        QCOMPARE(*viaShmctl, *viaProc);
    }
}

// A sysvipc/shm that is a regular file on tmpfs (as a tmpfs mounted over /proc/sysvipc would hold) and
// lists one of our two segments: the kernel's own line for it, copied from /proc. The scanner must say so
// and list both from shmctl().
void TestSegmentScanner::procFileOnTmpfsWithFewerRowsIsNotBelieved()
{
    struct statfs fs = {};
    if (::statfs("/dev/shm", &fs) != 0 || fs.f_type != TMPFS_MAGIC)
        QSKIP("/dev/shm is not a tmpfs here, and the test needs a file on one");
    SegmentGuard listed, unlisted;
    QVERIFY2(listed.create(testutils::uniqueKey(15), 4096), strerror(errno));
    QVERIFY2(unlisted.create(testutils::uniqueKey(16), 8192), strerror(errno));

    QFile real(QStringLiteral("/proc/sysvipc/shm"));
    QVERIFY(real.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = real.readAll().split('\n');
    QByteArray copied = lines.value(0) + '\n';
    for (const QByteArray &line : lines) {
        if (line.simplified().split(' ').value(1) == QByteArray::number(listed.id()))
            copied += line + '\n';
    }
    QCOMPARE(copied.count('\n'), 2);

    QTemporaryDir fakeProc(QStringLiteral("/dev/shm/tst_segmentscanner-XXXXXX"));
    QVERIFY(fakeProc.isValid());
    QVERIFY(QDir(fakeProc.path()).mkpath(QStringLiteral("sysvipc")));
    QFile fake(fakeProc.filePath(QStringLiteral("sysvipc/shm")));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    QCOMPARE(fake.write(copied), copied.size());
    fake.close();

    SegmentScanner scanner(fakeProc.path());
    const auto scanned = scanner.scan();
    SHM_VERIFY_OK(scanned);
    const QString warnings = scanned.value().warnings.join(QLatin1Char('\n'));
    QVERIFY2(scanned.value().usedFallback, qPrintable(warnings));
    QVERIFY2(warnings.contains(fake.fileName()) && warnings.contains(QLatin1String("tmpfs")),
             qPrintable(warnings));
    for (const SegmentGuard *guard : {&listed, &unlisted}) {
        const auto segment = findIn(scanned.value().segments, guard->id());
        QVERIFY2(segment, qPrintable(QStringLiteral("segment %1 is not in the scan").arg(guard->id())));
        QCOMPARE(*segment, withKernelFields(*segment));
    }
}

// Run by the ctest entries tst_segmentscanner_devnull_over_proc, _semfile_over_proc and _msgfile_over_proc, in a
// private mount and IPC namespace with /dev/null, /proc/sysvipc/sem or /proc/sysvipc/msg (files of procfs, but
// not the table of segments) bound over /proc/sysvipc/shm. The first two read as a table without a single segment
// while the kernel holds ours. The msg file's lines have 14 numbers, as the shm table's had before Linux 4.9:
// with one message queue and one segment it lists one "segment", as many as the kernel counts.
void TestSegmentScanner::fileBoundOverProcIsNotBelieved()
{
    struct stat shm = {}, sem = {}, msg = {};
    if (::stat("/proc/sysvipc/shm", &shm) != 0 || ::stat("/proc/sysvipc/sem", &sem) != 0
        || ::stat("/proc/sysvipc/msg", &msg) != 0)
        QSKIP("this kernel has no /proc/sysvipc/shm, sem or msg");
    const bool devNull = S_ISCHR(shm.st_mode);
    const bool semFile = shm.st_dev == sem.st_dev && shm.st_ino == sem.st_ino;
    const bool msgFile = shm.st_dev == msg.st_dev && shm.st_ino == msg.st_ino;
    if (!devNull && !semFile && !msgFile)
        QSKIP("nothing is bound over /proc/sysvipc/shm: the ctest entries tst_segmentscanner_devnull_over_proc, "
              "_semfile_over_proc and _msgfile_over_proc run this in a private mount namespace");

    SegmentGuard guard;
    QVERIFY2(guard.create(testutils::uniqueKey(17), 4096, 0640), strerror(errno));
    // Removed however the test ends (and with the namespace, which is the test's own).
    struct QueueGuard
    {
        int id = ::msgget(IPC_PRIVATE, IPC_CREAT | 0600);
        ~QueueGuard()
        {
            if (id >= 0)
                ::msgctl(id, IPC_RMID, nullptr);
        }
    } queue;
    QVERIFY2(queue.id >= 0, strerror(errno));
    if (msgFile) {
        QFile bound(QStringLiteral("/proc/sysvipc/shm"));
        QVERIFY(bound.open(QIODevice::ReadOnly));
        QCOMPARE(bound.readAll().count('\n'), 2); // its header and our queue: one line, as the kernel's one segment
    }
    SegmentScanner scanner;
    const auto scanned = scanner.scan();
    SHM_VERIFY_OK(scanned);
    const QString warnings = scanned.value().warnings.join(QLatin1Char('\n'));
    QVERIFY2(scanned.value().usedFallback, qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("/proc/sysvipc/shm")), qPrintable(warnings));
    const auto segment = findIn(scanned.value().segments, guard.id());
    QVERIFY2(segment, qPrintable(QStringLiteral("segment %1 is not in the scan").arg(guard.id())));
    QCOMPARE(*segment, withKernelFields(*segment));
}

void TestSegmentScanner::limitsMatchTheKernel()
{
    const auto sysctl = [](const char *name) {
        QFile file(QStringLiteral("/proc/sys/kernel/") + QLatin1String(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toULongLong() : 0;
    };
    core::ShmLimits expected;
    expected.shmmni = sysctl("shmmni");
    expected.shmmax = sysctl("shmmax");
    expected.shmall = sysctl("shmall");
    expected.shmmin = 1; // SHMMIN, fixed in Linux
    expected.pageSize = quint64(sysconf(_SC_PAGESIZE));
    expected.rmidForced = sysctl("shm_rmid_forced") != 0;
    QVERIFY2(expected.shmmni > 0 && expected.shmmax > 0 && expected.shmall > 0,
             "cannot read /proc/sys/kernel/shm*");

    QCOMPARE(SegmentScanner().limits(), expected);
    const auto scanned = SegmentScanner().scan();
    SHM_VERIFY_OK(scanned);
    QCOMPARE(scanned.value().limits, expected);

    // Without sys/kernel under the root the same figures come from shmctl(IPC_INFO). That call does not
    // tell shm_rmid_forced, so only the limits are compared.
    FakeProcRoot fake;
    QVERIFY(fake.isValid());
    const core::ShmLimits fromIpcInfo = SegmentScanner(fake.path()).limits();
    QCOMPARE(fromIpcInfo.shmmni, expected.shmmni);
    QCOMPARE(fromIpcInfo.shmmax, expected.shmmax);
    QCOMPARE(fromIpcInfo.shmall, expected.shmall);
    QCOMPARE(fromIpcInfo.shmmin, expected.shmmin);
    QCOMPARE(fromIpcInfo.pageSize, expected.pageSize);
}

// Some processes' maps cannot be read (here /proc/1/maps, even by root), and some exit between the listing
// and the read. Neither is an error: those attachments are simply not shown.
void TestSegmentScanner::unreadableProcessesAreSkipped()
{
    SegmentGuard guard;
    QVERIFY2(guard.create(testutils::uniqueKey(12), 4096), strerror(errno));
    AttachedPeer peer, unseen; // attached, so that a scan has a reason to walk every process's maps
    QVERIFY2(peer.start(guard.id(), false), qPrintable(peer.errorText()));
    QVERIFY2(unseen.start(guard.id(), true), qPrintable(unseen.errorText()));

    // An exited process (a folder without maps) beside a real one; `unseen` is not in this root at all,
    // as a process of another user's would not be readable: it counts as hidden.
    FakeProcRoot fake;
    QVERIFY(fake.isValid());
    QVERIFY(fake.addExitedProcess(999999999));
    QVERIFY(fake.addProcess(peer.pid()));
    SegmentScanner fakeScanner(fake.path());
    auto s = scanFor(fakeScanner, guard.id());
    SHM_VERIFY_OK(s);
    QCOMPARE(s.value().attached, expectedAttachments({{&peer, false}}));
    QCOMPARE(s.value().hiddenAttachments(), quint64(1));

    if (unreadableProcess().isEmpty())
        QSKIP("every /proc/PID/maps is readable here, so the unreadable case cannot be shown");
    SegmentScanner scanner;
    s = scanFor(scanner, guard.id()); // fails on an error or any warning
    SHM_VERIFY_OK(s);
    QCOMPARE(sortedByPid(s.value().attached), expectedAttachments({{&peer, false}, {&unseen, true}}));
}

// SegmentFormat promises the text `ipcs -m` prints for the same fields.
void TestSegmentScanner::agreesWithIpcs()
{
    const QString ipcs = QStandardPaths::findExecutable(QStringLiteral("ipcs"));
    if (ipcs.isEmpty())
        QSKIP("ipcs (util-linux) is not installed");

    SegmentGuard plain, removed;
    QVERIFY2(plain.create(key_t(quint32(testutils::uniqueKey(13)) | 0x80000000u), 12345, 0604),
             strerror(errno));
    QVERIFY2(removed.create(testutils::uniqueKey(14), 4096, 0640), strerror(errno));
    AttachedPeer peer;
    QVERIFY2(peer.start(removed.id(), false), qPrintable(peer.errorText()));
    QVERIFY2(shmctl(removed.id(), IPC_RMID, nullptr) == 0, strerror(errno));

    QProcess process;
    process.start(ipcs, {QStringLiteral("-m")});
    QVERIFY2(process.waitForFinished(10000), qPrintable(process.errorString()));
    QCOMPARE(process.exitCode(), 0);
    // key shmid owner perms bytes nattch [dest] [locked]
    QHash<int, QStringList> ipcsRows;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QStringList columns = QString::fromLocal8Bit(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool isRow = false;
        const int shmid = columns.value(1).toInt(&isRow);
        if (isRow && columns.size() >= 6)
            ipcsRows.insert(shmid, columns);
    }

    SegmentScanner scanner;
    for (const SegmentGuard *guard : {&plain, &removed}) {
        const auto s = scanFor(scanner, guard->id());
        SHM_VERIFY_OK(s);
        const QStringList row = ipcsRows.value(guard->id());
        QVERIFY2(!row.isEmpty(), qPrintable(QStringLiteral("ipcs does not list %1").arg(guard->id())));
        QCOMPARE(SegmentFormat::key(s.value().key), row[0]);
        QCOMPARE(s.value().ownerName, row[2]);
        QCOMPARE(SegmentFormat::perms(s.value().mode), row[3]);
        QCOMPARE(QString::number(s.value().size), row[4]);
        QCOMPARE(QString::number(s.value().nattch), row[5]);
        QCOMPARE(SegmentFormat::status(s.value()), row.mid(6).join(QLatin1Char(' ')));
    }
}

// A scan of both kinds reads each process's maps once, and both the System V walker and the POSIX scan find
// their holder in it: one process (tests/helpers/posixholder) attached to a segment and mapping an object.
void TestSegmentScanner::bothKindsShareOneReadOfEachMaps()
{
    SegmentGuard guard;
    QVERIFY2(guard.create(testutils::uniqueKey(20), 4096), strerror(errno));
    const QString name = testutils::uniquePosixName(QStringLiteral("both-kinds"));
    testutils::PosixHolderPeer peer;
    QVERIFY2(peer.start({QStringLiteral("sysv:%1:rw").arg(guard.id()),
                         QStringLiteral("shm:%1:4096:600:rw").arg(name)}),
             qPrintable(peer.errorText()));
    const auto segmentAddress = peer.held().at(0).address;
    const auto objectAddress = peer.held().at(1).address;
    QVERIFY(segmentAddress && objectAddress);

    SegmentScanner scanner;
    for (int round = 0; round < 2; ++round) { // the first scan, and one that knows the last
        const auto scanned = scanner.scan(SegmentScanner::Kinds::All);
        SHM_VERIFY_OK(scanned);
        const auto segment = findIn(scanned.value().segments, guard.id());
        QVERIFY(segment);
        QCOMPARE(segment->attached,
                 (QList<AttachedProcess>{{peer.pid(), "posixholder", *segmentAddress, true}}));
        QVERIFY(scanned.value().posix);
        const core::PosixScanResult &posix = *scanned.value().posix;
        const auto object = std::find_if(posix.objects.cbegin(), posix.objects.cend(),
                                         [&](const core::PosixObject &o) { return o.name == name; });
        QVERIFY2(object != posix.objects.cend(), qPrintable(name));
        QCOMPARE(object->holders.size(), 1);
        QCOMPARE(object->holders.constFirst().pid, peer.pid());
        QCOMPARE(object->holders.constFirst().address, objectAddress);
        // One read of each process's maps: the POSIX scan's, which the walker took its lines from.
        QVERIFY2(scanner.lastMapsRead() <= posix.processes,
                 qPrintable(QStringLiteral("round %1: %2 maps read, %3 processes")
                                .arg(round)
                                .arg(scanner.lastMapsRead())
                                .arg(posix.processes)));
    }
    // A System V scan alone still reads only the processes that acted: the peer at most, no whole walk.
    const auto sysvOnly = scanner.scan();
    SHM_VERIFY_OK(sysvOnly);
    QVERIFY(!scanner.lastWalkCost().walkedEvery);
    QVERIFY2(scanner.lastMapsRead() <= 1, qPrintable(QString::number(scanner.lastMapsRead())));
}

QTEST_GUILESS_MAIN(TestSegmentScanner)
#include "tst_segmentscanner.moc"
