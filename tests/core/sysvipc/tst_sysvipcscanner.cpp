// The scan of semaphore sets and message queues (SegmentScanner::Kinds::SemaphoreSets / MessageQueues / All,
// through SysvIpcLister, SemaphoreReader and SemaphoreWaiters) against the kernel as ipcs reports it: real
// sets and queues made by the test in its private IPC namespace, real processes blocked in semop (semwaiter)
// and sending messages (msgsender). Every set and queue is removed at the end, even on failure.

#include "core/coretest.h"
#include "core/kernel/ipcnamespaceentry.h"
#include "core/kernel/sem.h"
#include "core/segments/segmentscanner.h"
#include "core/sysvipc/sysvipclister.h"
#include "sysvipctest.h"
#include "testutils.h"

#include <QProcess>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using core::MessageQueueInfo;
using core::SegmentScanner;
using core::SemaphoreSetInfo;
using core::SemaphoreWaiter;
using testutils::IpcsDetails;
using testutils::MessageQueueGuard;
using testutils::SemaphoreSetGuard;

namespace {

const QString SemWaiter = QStringLiteral(SHMSCOPE_BIN_DIR "/semwaiter");
const QString MsgSender = QStringLiteral(SHMSCOPE_BIN_DIR "/msgsender");

std::optional<SemaphoreSetInfo> setOf(const QList<SemaphoreSetInfo> &sets, int semid)
{
    for (const SemaphoreSetInfo &s : sets) {
        if (s.semid == semid)
            return s;
    }
    return std::nullopt;
}

std::optional<MessageQueueInfo> queueOf(const QList<MessageQueueInfo> &queues, int msqid)
{
    for (const MessageQueueInfo &q : queues) {
        if (q.msqid == msqid)
            return q;
    }
    return std::nullopt;
}

QList<SemaphoreSetInfo> scanSets()
{
    SegmentScanner scanner;
    auto scan = scanner.scan(SegmentScanner::Kinds::SemaphoreSets);
    return scan.ok() ? scan.value().semaphoreSets : QList<SemaphoreSetInfo>();
}

// A semwaiter blocked in semop; killed and reaped when the guard ends.
class Waiter
{
public:
    ~Waiter()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool start(int semid, int semnum, int op)
    {
        m_process.start(SemWaiter, {QString::number(semid), QString::number(semnum), QString::number(op)});
        return m_process.waitForStarted(5000) && m_process.waitForReadyRead(5000)
               && m_process.readLine().trimmed() == "waiting";
    }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    // What semop returned, once it has.
    QByteArray outcome()
    {
        if (!m_process.waitForFinished(10000))
            return {};
        return m_process.readAllStandardOutput().trimmed();
    }

private:
    QProcess m_process;
};

// Every field of a set against `ipcs -s -i`, and its row against `ipcs -s`.
void compareWithIpcs(const SemaphoreSetInfo &s)
{
    const IpcsDetails ipcs = testutils::ipcsDetails("-s", s.semid);
    QVERIFY2(ipcs.ok, "ipcs -s -i failed");
    QCOMPARE(ipcs.fields.value(QStringLiteral("uid")).toUInt(), s.uid);
    QCOMPARE(ipcs.fields.value(QStringLiteral("gid")).toUInt(), s.gid);
    QCOMPARE(ipcs.fields.value(QStringLiteral("cuid")).toUInt(), s.cuid);
    QCOMPARE(ipcs.fields.value(QStringLiteral("cgid")).toUInt(), s.cgid);
    QCOMPARE(ipcs.fields.value(QStringLiteral("mode")).toUInt(nullptr, 8), s.mode);
    QCOMPARE(ipcs.fields.value(QStringLiteral("nsems")).toInt(), s.nsems);
    QCOMPARE(ipcs.fields.value(QStringLiteral("otime")), testutils::ipcsTime(s.otime));
    QCOMPARE(ipcs.fields.value(QStringLiteral("ctime")), testutils::ipcsTime(s.ctime));
    QVERIFY2(s.semaphoresError.isEmpty(), qPrintable(s.semaphoresError));
    QCOMPARE(s.semaphores.size(), ipcs.rows.size());
    for (qsizetype i = 0; i < ipcs.rows.size(); ++i) {
        const auto &row = ipcs.rows.at(i);
        const core::SemaphoreInfo &mine = s.semaphores.at(i);
        QCOMPARE(mine.num, row.semnum);
        QCOMPARE(mine.value, row.value);
        QCOMPARE(mine.ncnt, row.ncount);
        QCOMPARE(mine.zcnt, row.zcount);
        QCOMPARE(mine.pid, row.pid);
    }
    // The short table: key, semid, owner, perms, nsems.
    const testutils::Run table = testutils::run(QStringLiteral("ipcs"), {QStringLiteral("-s")});
    const QString expected = QStringLiteral("0x%1 %2 %3 %4 %5")
                                 .arg(quint32(s.key), 8, 16, QLatin1Char('0'))
                                 .arg(s.semid)
                                 .arg(s.ownerName)
                                 .arg(s.permissions(), 0, 8)
                                 .arg(s.nsems);
    bool found = false;
    for (const QByteArray &line : table.out.split('\n'))
        found = found || QString::fromUtf8(line).simplified() == expected;
    QVERIFY2(found, qPrintable(expected + QStringLiteral(" not in:\n") + QString::fromUtf8(table.out)));
}

} // namespace

class TestSysvIpcScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ipcs")).isEmpty())
            QSKIP("ipcs (util-linux) is not installed: the expected values come from it");
    }

    // Sets of 1 and 250 semaphores with values set by SETALL, one operated on by the test (a last pid and an
    // otime): every field agrees with ipcs.
    void setsAgreeWithIpcs()
    {
        SemaphoreSetGuard one;
        QVERIFY(one.create(0x5e5a0001, {7}, 0640));
        QList<unsigned short> many;
        for (int i = 0; i < 250; ++i)
            many.append(static_cast<unsigned short>((i * 131) % 32768));
        SemaphoreSetGuard large;
        QVERIFY(large.create(0, many, 0600));
        struct sembuf op = {3, 2, 0};
        QCOMPARE(semop(large.id(), &op, 1), 0);

        const QList<SemaphoreSetInfo> sets = scanSets();
        const auto first = setOf(sets, one.id());
        const auto second = setOf(sets, large.id());
        QVERIFY(first && second);
        QCOMPARE(quint32(first->key), 0x5e5a0001u);
        QCOMPARE(first->semaphores.size(), 1);
        QCOMPARE(first->semaphores[0].value, 7);
        QCOMPARE(second->semaphores.size(), 250);
        QCOMPARE(second->semaphores[3].value, 3 * 131 + 2);
        QCOMPARE(second->semaphores[3].pid, qint64(getpid()));
        QCOMPARE(second->semaphores[3].command, QByteArray("tst_sysvipcscan"));
        QCOMPARE(first->ownerName, QStringLiteral("root"));
        QVERIFY(first->ipcNamespace != 0);
        compareWithIpcs(*first);
        compareWithIpcs(*second);
    }

    // One process blocked waiting for an increase (ncnt 1) and one for zero (zcnt 1): the counts agree with
    // ipcs, and each is listed as a waiter by name, on the right semaphore.
    void waitersAreListed()
    {
        SemaphoreSetGuard set;
        QVERIFY(set.create(0, {0, 1}));
        Waiter increase;
        Waiter zero;
        QVERIFY(increase.start(set.id(), 0, -1));
        QVERIFY(zero.start(set.id(), 1, 0));
        std::optional<SemaphoreSetInfo> s;
        QTRY_VERIFY((s = setOf(scanSets(), set.id())) && s->semaphores.size() == 2 && s->semaphores[0].ncnt == 1
                    && s->semaphores[1].zcnt == 1 && s->waiters.size() == 2);
        compareWithIpcs(*s);
        QList<SemaphoreWaiter> expected(2);
        expected[0].pid = increase.pid();
        expected[0].command = "semwaiter";
        expected[0].semnum = 0;
        expected[0].waitsFor = SemaphoreWaiter::For::Increase;
        expected[1].pid = zero.pid();
        expected[1].command = "semwaiter";
        expected[1].semnum = 1;
        expected[1].waitsFor = SemaphoreWaiter::For::Zero;
        QList<SemaphoreWaiter> waiters = s->waiters;
        std::sort(waiters.begin(), waiters.end(), [](const auto &a, const auto &b) { return a.semnum < b.semnum; });
        QCOMPARE(waiters, expected);
    }

    // IPC_RMID wakes every process waiting on the set with EIDRM.
    void removeWakesWaiterWithEidrm()
    {
        SemaphoreSetGuard set;
        QVERIFY(set.create(0, {0}));
        Waiter waiter;
        QVERIFY(waiter.start(set.id(), 0, -1));
        QTRY_VERIFY(semctl(set.id(), 0, GETNCNT) == 1);
        SHM_VERIFY_OK(core::Sem::remove(set.id()));
        set.release();
        QCOMPARE(waiter.outcome(), QByteArray("EIDRM"));
        QVERIFY(!setOf(scanSets(), set.id()));
    }

    // Queues with messages sent and received by another process: every field agrees with ipcs -q -i and
    // ipcs -q.
    void queuesAgreeWithIpcs()
    {
        MessageQueueGuard empty;
        QVERIFY(empty.create(0x5e5a0002, 0644));
        MessageQueueGuard full;
        QVERIFY(full.create(0, 0600));
        const testutils::Run sent =
            testutils::run(MsgSender, {QString::number(full.id()), QStringLiteral("send"), QStringLiteral("100"),
                                       QStringLiteral("200"), QStringLiteral("1")});
        QCOMPARE(sent.out, QByteArray("done\n"));
        const testutils::Run received =
            testutils::run(MsgSender, {QString::number(full.id()), QStringLiteral("receive"), QStringLiteral("1")});
        QCOMPARE(received.out, QByteArray("done\n"));

        SegmentScanner scanner;
        auto scan = scanner.scan(SegmentScanner::Kinds::MessageQueues);
        SHM_VERIFY_OK(scan);
        QVERIFY(scan.value().segments.isEmpty());
        QVERIFY(scan.value().semaphoreSets.isEmpty());
        for (const int msqid : {empty.id(), full.id()}) {
            const auto q = queueOf(scan.value().messageQueues, msqid);
            QVERIFY(q);
            const IpcsDetails ipcs = testutils::ipcsDetails("-q", msqid);
            QVERIFY(ipcs.ok);
            QCOMPARE(ipcs.fields.value(QStringLiteral("uid")).toUInt(), q->uid);
            QCOMPARE(ipcs.fields.value(QStringLiteral("gid")).toUInt(), q->gid);
            QCOMPARE(ipcs.fields.value(QStringLiteral("cuid")).toUInt(), q->cuid);
            QCOMPARE(ipcs.fields.value(QStringLiteral("cgid")).toUInt(), q->cgid);
            QCOMPARE(ipcs.fields.value(QStringLiteral("mode")).toUInt(nullptr, 8), q->mode);
            QCOMPARE(ipcs.fields.value(QStringLiteral("cbytes")).toULongLong(), q->cbytes);
            QCOMPARE(ipcs.fields.value(QStringLiteral("qnum")).toULongLong(), q->qnum);
            QCOMPARE(ipcs.fields.value(QStringLiteral("lspid")).toLongLong(), q->lspid);
            QCOMPARE(ipcs.fields.value(QStringLiteral("lrpid")).toLongLong(), q->lrpid);
            QCOMPARE(ipcs.fields.value(QStringLiteral("send_time")), testutils::ipcsTime(q->stime));
            QCOMPARE(ipcs.fields.value(QStringLiteral("rcv_time")), testutils::ipcsTime(q->rtime));
            QCOMPARE(ipcs.fields.value(QStringLiteral("change_time")), testutils::ipcsTime(q->ctime));
        }
        const auto q = queueOf(scan.value().messageQueues, full.id());
        QCOMPARE(q->cbytes, 201u);
        QCOMPARE(q->qnum, 2u);
        QVERIFY(q->lspid > 0 && q->lrpid > 0 && q->lspid != q->lrpid);
        QCOMPARE(q->lspidCommand, QByteArray()); // it has exited
    }

    // The window's scan (All) fills the sets and queues beside the segments.
    void allFillsSetsAndQueues()
    {
        SemaphoreSetGuard set;
        QVERIFY(set.create(0, {1, 2}));
        MessageQueueGuard queue;
        QVERIFY(queue.create(0));
        SegmentScanner scanner;
        auto scan = scanner.scan(SegmentScanner::Kinds::All);
        SHM_VERIFY_OK(scan);
        const auto s = setOf(scan.value().semaphoreSets, set.id());
        QVERIFY(s);
        QCOMPARE(s->semaphores.size(), 2);
        QCOMPARE(s->semaphores[1].value, 2);
        QVERIFY(queueOf(scan.value().messageQueues, queue.id()));
        // The default scan (segments alone) leaves them out.
        auto segmentsOnly = scanner.scan();
        SHM_VERIFY_OK(segmentsOnly);
        QVERIFY(segmentsOnly.value().semaphoreSets.isEmpty());
        QVERIFY(segmentsOnly.value().messageQueues.isEmpty());
    }

    // A set removed between the listing and GETALL: left out with one warning, the others intact.
    void removedWhileListedIsLeftOut()
    {
        SemaphoreSetGuard kept;
        QVERIFY(kept.create(0, {4}));
        SemaphoreSetGuard gone;
        QVERIFY(gone.create(0, {5}));
        core::SysvIpcLister lister;
        core::SysvIpcLister::Listed listed = lister.list(true, false, 0);
        QVERIFY(setOf(listed.sets, gone.id()));
        gone.reset();
        QStringList warnings;
        lister.readSemaphores(listed.sets, 0, &warnings);
        QVERIFY(!setOf(listed.sets, gone.id()));
        const auto s = setOf(listed.sets, kept.id());
        QVERIFY(s);
        QCOMPARE(s->semaphores.size(), 1);
        QCOMPARE(s->semaphores[0].value, 4);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings[0].contains(QLatin1String("removed while they were listed")), qPrintable(warnings[0]));
    }

    // As a user without read permission: the set is listed (as ipcs lists it), its semaphores are not, and the
    // reason says what is missing; the scan counts such sets once.
    void noReadPermissionIsExplained()
    {
        if (geteuid() != 0)
            QSKIP("needs root, to make a set another user may not read");
        SemaphoreSetGuard closed;
        QVERIFY(closed.create(0, {1}, 0600));
        SemaphoreSetGuard open;
        QVERIFY(open.create(0, {2}, 0644));
        testutils::AsNobody nobody;
        QVERIFY(nobody.switched());
        const QList<SemaphoreSetInfo> sets = scanSets();
        const auto unreadable = setOf(sets, closed.id());
        QVERIFY(unreadable);
        QVERIFY(unreadable->semaphores.isEmpty());
        QCOMPARE(unreadable->semaphoresError,
                 QStringLiteral("no read permission: mode 600, owner root, you are uid 65534"));
        const auto readable = setOf(sets, open.id());
        QVERIFY(readable);
        QCOMPARE(readable->semaphores.size(), 1);
        SegmentScanner scanner;
        auto scan = scanner.scan(SegmentScanner::Kinds::SemaphoreSets);
        SHM_VERIFY_OK(scan);
        // The count's English plural comes from the translations, which this test does not load.
        const QStringList warnings = scan.value().warnings;
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings[0].startsWith(QLatin1String("1 semaphore set"))
                     && warnings[0].endsWith(QLatin1String(" could not be read: no read permission.")),
                 qPrintable(warnings[0]));
    }

    // With every namespace asked for, a set made inside another namespace is listed with its namespace's
    // inode, read inside it (its values), and ours beside it.
    void otherNamespacesAreReadInside()
    {
        if (const QString why = testutils::ForeignNamespace::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        testutils::ForeignNamespace ns;
        QVERIFY2(ns.start(), qPrintable(ns.errorText()));
        auto entry = core::IpcNamespaceEntry::open(ns.pid());
        SHM_VERIFY_OK(entry);
        int inside = -1;
        SHM_VERIFY_OK(entry.value().run([&] {
            inside = semget(IPC_PRIVATE, 3, 0600 | IPC_CREAT);
            unsigned short values[3] = {9, 8, 7};
            union semun {
                int val;
                struct semid_ds *buf;
                unsigned short *array;
            } argument{};
            argument.array = values;
            semctl(inside, 0, SETALL, argument);
        }));
        QVERIFY(inside >= 0);
        SemaphoreSetGuard ours;
        QVERIFY(ours.create(0, {1}));

        SegmentScanner scanner;
        auto scan = scanner.scan(SegmentScanner::Kinds::SemaphoreSets, {core::NamespaceChoice::Which::All, 0});
        SHM_VERIFY_OK(scan);
        if (!scan.value().namespaceNote.isEmpty())
            QSKIP(qPrintable(scan.value().namespaceNote));
        bool foundTheirs = false;
        bool foundOurs = false;
        for (const SemaphoreSetInfo &s : scan.value().semaphoreSets) {
            if (s.ipcNamespace == ns.inode() && s.semid == inside) {
                foundTheirs = true;
                QCOMPARE(s.semaphores.size(), 3);
                QCOMPARE(s.semaphores[0].value, 9);
                QCOMPARE(s.semaphores[2].value, 7);
            }
            if (s.ipcNamespace == entry.value().inode())
                continue;
            foundOurs = foundOurs || s.semid == ours.id();
        }
        QVERIFY(foundTheirs);
        QVERIFY(foundOurs);
        // Sorted by (namespace, semid).
        const auto &sets = scan.value().semaphoreSets;
        for (qsizetype i = 1; i < sets.size(); ++i)
            QVERIFY(std::pair(sets[i - 1].ipcNamespace, sets[i - 1].semid) < std::pair(sets[i].ipcNamespace, sets[i].semid));

        // One process's namespace alone.
        auto only = scanner.scan(SegmentScanner::Kinds::SemaphoreSets,
                                 {core::NamespaceChoice::Which::OfProcess, ns.pid()});
        SHM_VERIFY_OK(only);
        QCOMPARE(only.value().semaphoreSets.size(), 1);
        QCOMPARE(only.value().semaphoreSets[0].semid, inside);
    }
};

QTEST_GUILESS_MAIN(TestSysvIpcScanner)
#include "tst_sysvipcscanner.moc"
