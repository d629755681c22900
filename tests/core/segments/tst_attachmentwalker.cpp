// core::AttachmentWalker through the scanner that keeps it: one SegmentScanner lives across attaches,
// detaches, forks, exits, renames, namespace moves and processes it may not read, made by real peer
// processes (tests/helpers/shmchurn). After each step its attached lists must be what a walk of every
// /proc/PID/maps finds, a walk written here with Qt's files and nothing of core.

#include "core/coretest.h"
#include "core/segments/segmentscanner.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <optional>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>

using core::AttachedProcess;
using core::SegmentInfo;
using core::SegmentScanner;
using testutils::ChurnPeer;
using testutils::SegmentGuard;

namespace {

// The inode of an IPC namespace link; nullopt when it cannot be read.
std::optional<std::pair<dev_t, ino_t>> namespaceOf(const QString &link)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(link).constData(), &st) != 0)
        return std::nullopt;
    return std::pair{st.st_dev, st.st_ino};
}

struct Walked
{
    QList<AttachedProcess> attached; // in pid order
    quint64 pieces = 0;              // every maps line of the segment, split pieces too
};

// Every process of /proc read whole: what a scanner without any shortcut finds. Processes of another IPC
// namespace map other segments under the same shmids and are left out; so are those this process may not
// read.
QHash<int, Walked> walkEveryProcess()
{
    QHash<int, Walked> found;
    const auto own = namespaceOf(QStringLiteral("/proc/self/ns/ipc"));
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile maps(QStringLiteral("/proc/%1/maps").arg(entry));
        if (!maps.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = maps.readAll().split('\n');
        if (namespaceOf(QStringLiteral("/proc/%1/ns/ipc").arg(entry)) != own)
            continue;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(entry));
        const QByteArray command = comm.open(QIODevice::ReadOnly) ? comm.readAll().chopped(1) : QByteArray();
        for (const QByteArray &line : lines) {
            // address perms offset dev inode /SYSV%08x (deleted)
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 6 || !fields[5].startsWith("/SYSV"))
                continue;
            Walked &segment = found[fields[4].toInt()];
            ++segment.pieces;
            if (fields[2].toULongLong(nullptr, 16) == 0)
                segment.attached.append(
                    {pid, command, fields[0].split('-').value(0).toULongLong(nullptr, 16), fields[1][1] == 'w'});
        }
    }
    for (Walked &segment : found)
        std::stable_sort(segment.attached.begin(), segment.attached.end(),
                         [](const auto &a, const auto &b) { return a.pid < b.pid; });
    return found;
}

QString describe(const QList<AttachedProcess> &attached, quint64 pieces)
{
    QStringList parts;
    for (const AttachedProcess &p : attached)
        parts << QStringLiteral("%1 %2 0x%3 %4")
                     .arg(p.pid)
                     .arg(QString::fromUtf8(p.command))
                     .arg(p.address, 0, 16)
                     .arg(p.writable ? QStringLiteral("rw") : QStringLiteral("ro"));
    return QStringLiteral("[%1] in %2 mapping(s)").arg(parts.join(QStringLiteral(", "))).arg(pieces);
}

// Scans with `scanner`, walks every process, and compares what each found for these segments.
void compareWithAWalk(SegmentScanner &scanner, const QList<int> &shmids, const char *step)
{
    const auto scanned = scanner.scan();
    SHM_VERIFY_OK(scanned);
    const QHash<int, Walked> walked = walkEveryProcess();
    for (const int shmid : shmids) {
        const auto it = std::find_if(scanned.value().segments.cbegin(), scanned.value().segments.cend(),
                                     [shmid](const SegmentInfo &s) { return s.shmid == shmid; });
        QVERIFY2(it != scanned.value().segments.cend(), 
                 qPrintable(QStringLiteral("%1: segment %2 is not listed").arg(QLatin1String(step)).arg(shmid)));
        const Walked expected = walked.value(shmid);
        const QString got = describe(it->attached, it->visibleMappings);
        const QString want = describe(expected.attached, expected.pieces);
        QVERIFY2(got == want, qPrintable(QStringLiteral("%1, segment %2: the scanner says %3, a walk of every process %4")
                                             .arg(QLatin1String(step))
                                             .arg(shmid)
                                             .arg(got, want)));
    }
}

// Scans until a scan reads no process at all: the second of the last attach or detach has ended, so that
// what follows is seen only if the scanner looks beyond the segments' fields.
#define SETTLE(scanner) QTRY_VERIFY_WITH_TIMEOUT((scanner).scan().ok() && (scanner).lastWalkCost().mapsRead == 0, 5000)

#define COMPARE_WITH_A_WALK(scanner, shmids, step)                                                          \
    do {                                                                                                     \
        compareWithAWalk(scanner, shmids, step);                                                             \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

// An answer that starts as expected, or a failure that shows it.
#define ASK(churner, command, expectedStart)                                                                  \
    do {                                                                                                     \
        const QByteArray answer_ = (churner).ask(command);                                                   \
        QVERIFY2(answer_.startsWith(expectedStart), QByteArray(QByteArray(command) + " -> " + answer_).constData());   \
    } while (false)

} // namespace

class TestAttachmentWalker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { coretest::failOnAnyWarning(); }
    void cleanup() { coretest::verifyNoLeftoverSegments(); }

    void followsChurn();
    void readsOnlyWhoActed();
    void processWeMayNotRead();
};

void TestAttachmentWalker::initTestCase()
{
    QVERIFY2(QFile::exists(ChurnPeer::program), "build the shmchurn target first");
}

// One scanner across every kind of change, each step checked against a walk of every process.
void TestAttachmentWalker::followsChurn()
{
    SegmentGuard s1, s2;
    QVERIFY2(s1.create(testutils::uniqueKey(1), 4096, 0666), strerror(errno));
    QVERIFY2(s2.create(testutils::uniqueKey(2), 4096, 0666), strerror(errno));
    const QList<int> both = {s1.id(), s2.id()};
    const QByteArray one = QByteArray::number(s1.id());
    const QByteArray two = QByteArray::number(s2.id());
    ChurnPeer a, b, c, d;
    for (ChurnPeer *churner : {&a, &b, &c, &d})
        QVERIFY(churner->start());
    SegmentScanner scanner;
    COMPARE_WITH_A_WALK(scanner, both, "nobody attached");

    ASK(a, "attach " + one + " rw", "attached");
    COMPARE_WITH_A_WALK(scanner, both, "A attached s1");

    // Two segments changed in one tick, one of them by two processes.
    ASK(b, "attach " + one + " ro", "attached");
    ASK(a, "attach " + two + " rw", "attached");
    ASK(c, "attach " + one + " rw", "attached");
    COMPARE_WITH_A_WALK(scanner, both, "B and C attached s1, A attached s2");

    // Two changes of one segment within one tick that leave nattch as it was: lpid names B only.
    ASK(d, "attach " + one + " ro", "attached");
    ASK(b, "detach " + one, "detached 1");
    COMPARE_WITH_A_WALK(scanner, both, "D attached s1, B detached it");

    // An attach and a detach by one process: nattch, but not lpid or the times, as before.
    ASK(b, "attach " + one + " rw", "attached");
    ASK(b, "detach " + one, "detached 1");
    COMPARE_WITH_A_WALK(scanner, both, "B attached and detached s1");

    // A process known for another segment attaches s1 without being the last to act on it.
    ASK(b, "attach " + two + " ro", "attached");
    COMPARE_WITH_A_WALK(scanner, both, "B attached s2");
    SETTLE(scanner); // s2 unchanged from here: B is no longer read for its sake
    ASK(b, "attach " + one + " ro", "attached");
    ASK(c, "detach " + one, "detached 1");
    COMPARE_WITH_A_WALK(scanner, both, "B attached s1, C detached it");
    ASK(c, "attach " + one + " rw", "attached");
    COMPARE_WITH_A_WALK(scanner, both, "C attached s1 again");

    // A fork: the child inherits both attaches, lpid names the parent.
    ASK(a, "fork", "forked");
    COMPARE_WITH_A_WALK(scanner, both, "A forked");

    // The parent detaches: the child, named by neither lpid nor cpid, still holds s1.
    ASK(a, "detach " + one, "detached 1");
    COMPARE_WITH_A_WALK(scanner, both, "A detached s1, its child holds it");

    // The child exits: lpid is a pid whose /proc entry is gone.
    ASK(a, "endchild", "ended");
    COMPARE_WITH_A_WALK(scanner, both, "A's child exited");

    // A rename moves no field of the segment.
    SETTLE(scanner);
    ASK(c, "name renamed", "named");
    COMPARE_WITH_A_WALK(scanner, both, "C renamed itself");

    // Neither does a move to another IPC namespace; a process is judged by its namespace of now.
    SETTLE(scanner);
    ASK(d, "unshare", "unshared");
    COMPARE_WITH_A_WALK(scanner, both, "D moved to another IPC namespace");

    // Exits, one of them the last holder of s2.
    a.stop();
    COMPARE_WITH_A_WALK(scanner, both, "A exited");
    c.stop();
    d.stop();
    COMPARE_WITH_A_WALK(scanner, both, "C and D exited");
}

// A change explained by the process the kernel names costs the maps of that process and of the segment's
// known attachers, not a walk of every process; a scan that finds nothing changed reads none.
void TestAttachmentWalker::readsOnlyWhoActed()
{
    SegmentGuard segment;
    QVERIFY2(segment.create(testutils::uniqueKey(3), 4096, 0600), strerror(errno));
    const QByteArray id = QByteArray::number(segment.id());
    ChurnPeer a, b;
    QVERIFY(a.start());
    QVERIFY(b.start());
    ASK(a, "attach " + id + " rw", "attached");
    SegmentScanner scanner;
    COMPARE_WITH_A_WALK(scanner, {segment.id()}, "first scan");

    // Once the second of the last attach has passed, nothing is read at all.
    QTRY_VERIFY_WITH_TIMEOUT(scanner.scan().ok() && scanner.lastWalkCost().mapsRead == 0, 5000);

    ASK(b, "attach " + id + " ro", "attached");
    COMPARE_WITH_A_WALK(scanner, {segment.id()}, "B attached");
    QVERIFY2(scanner.lastWalkCost().mapsRead <= 2, qPrintable(QString::number(scanner.lastWalkCost().mapsRead)));
    QVERIFY(!scanner.lastWalkCost().walkedEvery);

    ASK(a, "detach " + id, "detached 1");
    COMPARE_WITH_A_WALK(scanner, {segment.id()}, "A detached");
    QVERIFY2(scanner.lastWalkCost().mapsRead <= 2, qPrintable(QString::number(scanner.lastWalkCost().mapsRead)));
    QVERIFY(!scanner.lastWalkCost().walkedEvery);

    // A fork: lpid names the parent, the child is looked at next (B, the child and the parent; the
    // processes of /proc in its order would put the child, the newest pid, near the end).
    SETTLE(scanner);
    ASK(b, "fork", "forked");
    COMPARE_WITH_A_WALK(scanner, {segment.id()}, "B forked");
    QVERIFY2(scanner.lastWalkCost().mapsRead <= 3, qPrintable(QString::number(scanner.lastWalkCost().mapsRead)));
    QVERIFY(!scanner.lastWalkCost().walkedEvery);
}

// The scanner and the walk both run as user nobody: a process of root's is one nobody may not read, and
// so is one of nobody's own that made itself undumpable. Their attaches are hidden; the rest stays exact.
void TestAttachmentWalker::processWeMayNotRead()
{
    if (geteuid() != 0)
        QSKIP("needs root, to scan as user nobody beside processes of root's (as root, every process this "
              "test can start is readable: root holds CAP_SYS_PTRACE even over undumpable ones)");
    SegmentGuard segment;
    QVERIFY2(segment.create(testutils::uniqueKey(4), 4096, 0666), strerror(errno));
    const QByteArray id = QByteArray::number(segment.id());
    ChurnPeer rootOwned, nobodys;
    QVERIFY(rootOwned.start());
    QVERIFY(nobodys.start());
    ASK(nobodys, "drop", "dropped");
    SegmentScanner scanner;
    const auto step = [&](const char *what) {
        testutils::AsNobody asNobody;
        QVERIFY(asNobody.switched());
        compareWithAWalk(scanner, {segment.id()}, what);
    };

    ASK(nobodys, "attach " + id + " rw", "attached");
    step("nobody's process attached");
    if (QTest::currentTestFailed())
        return;
    ASK(rootOwned, "attach " + id + " ro", "attached");
    step("root's process attached, unseen");
    if (QTest::currentTestFailed())
        return;
    {
        // The fixture is what it claims: one attach of the two is hidden from nobody.
        testutils::AsNobody asNobody;
        const auto scanned = scanner.scan();
        SHM_VERIFY_OK(scanned);
        const auto it = std::find_if(scanned.value().segments.cbegin(), scanned.value().segments.cend(),
                                     [&segment](const SegmentInfo &s) { return s.shmid == segment.id(); });
        QVERIFY(it != scanned.value().segments.cend());
        QCOMPARE(it->nattch, quint64(2));
        QCOMPARE(it->hiddenAttachments(), quint64(1));
    }
    ASK(nobodys, "attach " + id + " ro", "attached");
    ASK(rootOwned, "detach " + id, "detached 1");
    step("nobody's process attached again, root's detached");
    if (QTest::currentTestFailed())
        return;
    // No field of the segment moves when a process becomes unreadable.
    {
        testutils::AsNobody asNobody;
        SETTLE(scanner);
    }
    ASK(nobodys, "hide", "hidden");
    step("nobody's process made itself undumpable");
    if (QTest::currentTestFailed())
        return;
    nobodys.stop();
    step("nobody's process exited");
}

QTEST_GUILESS_MAIN(TestAttachmentWalker)
#include "tst_attachmentwalker.moc"
