// core::OrphanJudge through SegmentScanner::scan, against real segments, POSIX objects and processes: a segment
// whose creator (tests/helpers/shmorphan) exited, one whose creator's pid a younger process was given (clone3
// with set_tid), one still attached, one whose creator lives; a POSIX object nobody holds and one a posixholder
// holds. What the kernel says (IPC_STAT, kill(pid, 0)) is checked beside the judgement.

#include "core/coretest.h"
#include "core/leaks/orphanjudge.h"
#include "core/leaks/processstart.h"
#include "core/segments/segmentscanner.h"
#include "testutils.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <ctime>
#include <unistd.h>

using core::OrphanJudge;
using core::PosixObject;
using core::PosixScanResult;
using core::ProcessStart;
using core::SegmentInfo;
using core::SegmentScanner;

namespace {

std::optional<SegmentInfo> scanned(int shmid)
{
    SegmentScanner scanner;
    const auto scan = scanner.scan();
    if (!scan.ok())
        return std::nullopt;
    for (const SegmentInfo &s : scan.value().segments) {
        if (s.shmid == shmid)
            return s;
    }
    return std::nullopt;
}

// The scan of both kinds, and the object of /dev/shm named `name` in it.
struct PosixFound
{
    PosixScanResult scan;
    std::optional<PosixObject> object;
};

PosixFound scannedObject(const QString &name)
{
    SegmentScanner scanner;
    const auto scan = scanner.scan(SegmentScanner::Kinds::All);
    PosixFound found;
    if (!scan.ok() || !scan.value().posix)
        return found;
    found.scan = *scan.value().posix;
    for (const PosixObject &o : found.scan.objects) {
        if (o.name == name)
            found.object = o;
    }
    return found;
}

PosixObject unheld(PosixObject::Kind kind)
{
    PosixObject o;
    o.name = QStringLiteral("/x");
    o.kind = kind;
    return o;
}

// A child process that ends (stdin closed, then waited for) when the scope does, however the test ends.
struct PeerGuard
{
    QProcess process;
    ~PeerGuard() { testutils::endPeer(process); }
};

} // namespace

class TestOrphanJudge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void creatorExitedIsOrphan();
    void creatorAliveIsNotOrphan();
    void attachedIsNotOrphan();
    void reusedPidIsStillOrphan();
    void posixNobodyHoldsIsOrphan();
    void posixHeldIsNotOrphan();
    void posixJudgedOnlyWhenEveryProcessWasRead();
    void startTicksFromStat_data();
    void startTicksFromStat();
    void bootTimeFromStat();
    void startOfOwnProcess();
};

void TestOrphanJudge::creatorExitedIsOrphan()
{
    testutils::OrphanSegment orphan;
    QVERIFY2(orphan.make(8192), qPrintable(orphan.errorText()));
    // The kernel's word: nobody attached, and the creator's pid is free.
    QCOMPARE(testutils::shmStat(orphan.id())->shm_nattch, shmatt_t(0));
    QCOMPARE(qint64(testutils::shmStat(orphan.id())->shm_cpid), orphan.creatorPid());
    QCOMPARE(::kill(pid_t(orphan.creatorPid()), 0), -1);
    QCOMPARE(errno, ESRCH);
    const auto s = scanned(orphan.id());
    QVERIFY(s);
    QVERIFY(s->orphan);
}

void TestOrphanJudge::creatorAliveIsNotOrphan()
{
    testutils::SegmentGuard segment; // made by this process, which lives
    QVERIFY(segment.create(IPC_PRIVATE, 4096));
    QCOMPARE(testutils::shmStat(segment.id())->shm_nattch, shmatt_t(0));
    const auto s = scanned(segment.id());
    QVERIFY(s);
    QCOMPARE(s->cpid, qint64(getpid()));
    QVERIFY(!s->orphan);
}

void TestOrphanJudge::attachedIsNotOrphan()
{
    testutils::OrphanSegment orphan;
    QVERIFY2(orphan.make(4096), qPrintable(orphan.errorText()));
    testutils::AttachedPeer peer;
    QVERIFY2(peer.start(orphan.id(), false), qPrintable(peer.errorText()));
    QCOMPARE(testutils::shmStat(orphan.id())->shm_nattch, shmatt_t(1));
    auto s = scanned(orphan.id());
    QVERIFY(s);
    QVERIFY(!s->orphan);
    peer.stop(); // detached, and waited for
    s = scanned(orphan.id());
    QVERIFY(s);
    QVERIFY(s->orphan);
}

// The creator exits, and a process started later is given its pid: a pid alone would call the creator alive.
void TestOrphanJudge::reusedPidIsStillOrphan()
{
    if (geteuid() != 0)
        QSKIP("needs root: only root may choose a new process's pid (clone3 with set_tid)");
    testutils::OrphanSegment orphan;
    QVERIFY2(orphan.make(4096), qPrintable(orphan.errorText()));
    const qint64 ctime = qint64(testutils::shmStat(orphan.id())->shm_ctime);
    // A clock condition, not a wait for another process: the judge takes a process that started within about
    // two seconds after the ctime for the creator (OrphanJudge's margin), so the younger one starts later.
    QTRY_VERIFY_WITH_TIMEOUT(qint64(::time(nullptr)) >= ctime + 4, 10000);
    PeerGuard reuser;
    reuser.process.start(QStringLiteral(SHMSCOPE_BIN_DIR "/shmorphan"),
                         {QStringLiteral("reuse"), QString::number(orphan.creatorPid())});
    QVERIFY(reuser.process.waitForStarted(5000));
    while (!reuser.process.canReadLine() && reuser.process.waitForReadyRead(10000)) {
    }
    const QByteArray line = reuser.process.readLine().trimmed();
    if (line.isEmpty()) {
        reuser.process.waitForFinished(5000);
        QSKIP(qPrintable(QStringLiteral("the kernel gave no process the dead creator's pid: ")
                         + QString::fromLocal8Bit(reuser.process.readAllStandardError())));
    }
    QCOMPARE(line, "ready " + QByteArray::number(orphan.creatorPid()));
    // The pid is taken again, by a process that started after the segment was made.
    QCOMPARE(::kill(pid_t(orphan.creatorPid()), 0), 0);
    QVERIFY(QFile::exists(QStringLiteral("/proc/%1/stat").arg(orphan.creatorPid())));
    const auto s = scanned(orphan.id());
    QVERIFY(s);
    QCOMPARE(s->cpid, orphan.creatorPid());
    QVERIFY(s->orphan);
}

void TestOrphanJudge::posixNobodyHoldsIsOrphan()
{
    testutils::PosixNameGuard name("orphan");
    QVERIFY(name.create(QByteArray(100, 'x'))); // made and closed: nobody holds it
    const PosixFound found = scannedObject(QString::fromUtf8(name.name()));
    if (found.scan.unreadableProcesses > 0)
        QSKIP("some processes may not be read here, so no object may be called an orphan");
    QVERIFY(found.object);
    QVERIFY(found.object->holders.isEmpty());
    QVERIFY(found.object->orphan);
}

void TestOrphanJudge::posixHeldIsNotOrphan()
{
    const QString mapped = testutils::uniquePosixName(QStringLiteral("mapped"));
    const QString open = testutils::uniquePosixName(QStringLiteral("open"));
    testutils::PosixHolderPeer holder;
    QVERIFY2(holder.start({QStringLiteral("shm:%1:4096:600:rw").arg(mapped),
                           QStringLiteral("shm:%1:4096:600:fd").arg(open)}),
             qPrintable(holder.errorText()));
    for (const QString &name : {mapped, open}) {
        const PosixFound found = scannedObject(name);
        QVERIFY2(found.object, qPrintable(name));
        QVERIFY2(!found.object->holders.isEmpty(), qPrintable(name));
        QVERIFY2(!found.object->orphan, qPrintable(name));
    }
}

// A process we may not read might hold any object; an unlinked object and a memfd live only while held.
void TestOrphanJudge::posixJudgedOnlyWhenEveryProcessWasRead()
{
    PosixScanResult scan;
    scan.objects = {unheld(PosixObject::Kind::Posix), unheld(PosixObject::Kind::PosixSemaphore),
                    unheld(PosixObject::Kind::Memfd), unheld(PosixObject::Kind::PosixDeleted)};
    scan.processes = 10;
    OrphanJudge::judge(scan);
    QCOMPARE(scan.objects.at(0).orphan, true);
    QCOMPARE(scan.objects.at(1).orphan, true);
    QCOMPARE(scan.objects.at(2).orphan, false);
    QCOMPARE(scan.objects.at(3).orphan, false);
    scan.unreadableProcesses = 1;
    OrphanJudge::judge(scan);
    QCOMPARE(scan.objects.at(0).orphan, false);
    QCOMPARE(scan.objects.at(1).orphan, false);
    PosixScanResult held;
    held.objects = {unheld(PosixObject::Kind::Posix)};
    held.objects[0].holders.append(core::PosixHolder{});
    OrphanJudge::judge(held);
    QCOMPARE(held.objects.at(0).orphan, false);
}

void TestOrphanJudge::startTicksFromStat_data()
{
    QTest::addColumn<QByteArray>("stat");
    QTest::addColumn<std::optional<quint64>>("ticks");
    const QByteArray tail = " S 1 4242 4242 0 -1 4194560 190 0 0 0 0 0 0 0 20 0 1 0 987654 8601600 213 "
                            "18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";
    QTest::newRow("plain") << "4242 (sleep)" + tail << std::optional<quint64>(987654);
    // A command may hold spaces and ')': the fields count from the last ')'.
    QTest::newRow("odd command") << "4242 (a) S 1 2 (b))" + tail << std::optional<quint64>(987654);
    QTest::newRow("no parenthesis") << QByteArray("4242 sleep S 1") << std::optional<quint64>();
    QTest::newRow("cut short") << QByteArray("4242 (sleep) S 1 4242 4242 0 -1") << std::optional<quint64>();
    QTest::newRow("not a number") << QByteArray("4242 (sleep) S 1 4242 4242 0 -1 4194560 190 0 0 0 0 0 0 0 20 0 1 0 x 1\n")
                                   << std::optional<quint64>();
}

void TestOrphanJudge::startTicksFromStat()
{
    QFETCH(QByteArray, stat);
    QFETCH(std::optional<quint64>, ticks);
    QCOMPARE(ProcessStart::parseStartTicks(stat), ticks);
}

void TestOrphanJudge::bootTimeFromStat()
{
    QCOMPARE(ProcessStart::parseBootTime("cpu  1 2 3\nintr 5\nctxt 99\nbtime 1764720000\nprocesses 7\n"),
             std::optional<qint64>(1764720000));
    QCOMPARE(ProcessStart::parseBootTime("cpu  1 2 3\nbtimex 5\n"), std::optional<qint64>());
    QCOMPARE(ProcessStart::parseBootTime("btime x\n"), std::optional<qint64>());
}

// Our own start, against what ps(1) says has elapsed since it: the same second, give or take the roundings.
void TestOrphanJudge::startOfOwnProcess()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ps")).isEmpty())
        QSKIP("ps (procps) is not installed");
    ProcessStart starts;
    starts.readBootTime();
    const ProcessStart::Answer answer = starts.of(getpid());
    const testutils::Run ps = testutils::run(QStringLiteral("ps"), {QStringLiteral("-o"), QStringLiteral("etimes="),
                                                                    QStringLiteral("-p"), QString::number(getpid())});
    const qint64 now = qint64(::time(nullptr));
    QCOMPARE(answer.state, ProcessStart::State::Running);
    const qint64 fromPs = now - ps.out.trimmed().toLongLong();
    QVERIFY2(qAbs(answer.startedAt - fromPs) <= 2,
             qPrintable(QStringLiteral("ours %1, ps %2").arg(answer.startedAt).arg(fromPs)));
    QCOMPARE(starts.of(0).state, ProcessStart::State::Unknown);
}

QTEST_GUILESS_MAIN(TestOrphanJudge)
#include "tst_orphanjudge.moc"
