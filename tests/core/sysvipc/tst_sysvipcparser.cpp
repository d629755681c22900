// core::SysvIpcParser over captured text of /proc/sysvipc/sem, /proc/sysvipc/msg and /proc/PID/syscall, and
// SemaphoreWaiters' reading of a blocked call: pure functions, literal expectations.

#include "core/sysvipc/semaphorewaiters.h"
#include "core/sysvipc/sysvipcparser.h"

#include <QTest>

#include <sys/syscall.h>

using core::MessageQueueInfo;
using core::SemaphoreSetInfo;
using core::SemaphoreWaiter;
using core::SemaphoreWaiters;
using core::SysvIpcParser;

class TestSysvIpcParser : public QObject
{
    Q_OBJECT

private slots:
    void semaphoreSets()
    {
        // Captured on Linux 6.1 (ipcmk -S 3 -p 644; ipcmk -S 1 -p 600; one set with a key above 0x7fffffff).
        const QByteArray text = "       key      semid perms      nsems   uid   gid  cuid  cgid      otime      ctime\n"
                                "-1089371735          0   644          3     0     0     0     0          0 1796400771\n"
                                " 581318076          1   600          1  1000   100     0     0 1796400800 1796400771\n";
        QStringList warnings;
        const QList<SemaphoreSetInfo> sets = SysvIpcParser::parseSem(text, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(sets.size(), 2);
        QCOMPARE(quint32(sets[0].key), 0xbf1181a9u);
        QCOMPARE(sets[0].semid, 0);
        QCOMPARE(sets[0].mode, 0644u);
        QCOMPARE(sets[0].nsems, 3);
        QCOMPARE(sets[0].otime, 0);
        QCOMPARE(sets[0].ctime, 1796400771);
        QCOMPARE(quint32(sets[1].key), 0x22a635bcu);
        QCOMPARE(sets[1].semid, 1);
        QCOMPARE(sets[1].mode, 0600u);
        QCOMPARE(sets[1].nsems, 1);
        QCOMPARE(sets[1].uid, 1000u);
        QCOMPARE(sets[1].gid, 100u);
        QCOMPARE(sets[1].cuid, 0u);
        QCOMPARE(sets[1].otime, 1796400800);
    }

    void messageQueues()
    {
        const QByteArray text =
            "       key      msqid perms      cbytes       qnum lspid lrpid   uid   gid  cuid  cgid      stime      rtime      ctime\n"
            "-1395053751          0   644         300          2  4242  4243     0     0     0     0 1796400900 1796400901 1796400771\n";
        QStringList warnings;
        const QList<MessageQueueInfo> queues = SysvIpcParser::parseMsg(text, &warnings);
        QVERIFY(warnings.isEmpty());
        QCOMPARE(queues.size(), 1);
        const MessageQueueInfo &q = queues.first();
        QCOMPARE(quint32(q.key), 0xacd92b49u);
        QCOMPARE(q.msqid, 0);
        QCOMPARE(q.mode, 0644u);
        QCOMPARE(q.cbytes, 300u);
        QCOMPARE(q.qnum, 2u);
        QCOMPARE(q.lspid, 4242);
        QCOMPARE(q.lrpid, 4243);
        QCOMPARE(q.stime, 1796400900);
        QCOMPARE(q.rtime, 1796400901);
        QCOMPARE(q.ctime, 1796400771);
    }

    // A line that does not parse is skipped with a sentence naming the file and the line; the rest is kept.
    void badLinesAreSkipped()
    {
        const QByteArray text = "       key      semid perms      nsems   uid   gid  cuid  cgid      otime      ctime\n"
                                "         0          0   600          1     0     0     0     0          0          1\n"
                                "         0          x   600          1     0     0     0     0          0          1\n"
                                "         0          2   600          1     0     0     0     0          0\n"
                                "         0          3   900          1     0     0     0     0          0          1\n"
                                "\n"
                                "         0          4   600          2     0     0     0     0          0          1\n";
        QStringList warnings;
        const QList<SemaphoreSetInfo> sets = SysvIpcParser::parseSem(text, &warnings);
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets[0].semid, 0);
        QCOMPARE(sets[1].semid, 4);
        QCOMPARE(warnings.size(), 3);
        QVERIFY(warnings[0].startsWith(QLatin1String("/proc/sysvipc/sem line 3 skipped: expected 10 numbers")));
        QVERIFY(warnings[2].startsWith(QLatin1String("/proc/sysvipc/sem line 5 skipped")));

        QStringList msgWarnings;
        QVERIFY(SysvIpcParser::parseMsg("key msqid\n1 2 3\n", &msgWarnings).isEmpty());
        QCOMPARE(msgWarnings.size(), 1);
        QVERIFY(msgWarnings[0].startsWith(QLatin1String("/proc/sysvipc/msg line 2 skipped: expected 14 numbers")));
    }

    void syscallLines()
    {
        const auto line = SysvIpcParser::parseSyscall(
            "64 0x3 0x7ffd2a6b1c40 0x1 0x0 0x0 0x0 0x7ffd2a6b1c28 0x7f2b4e3a1b3d");
        QVERIFY(line);
        QCOMPARE(line->number, 64);
        QCOMPARE(line->args[0], 3u);
        QCOMPARE(line->args[1], 0x7ffd2a6b1c40u);
        QCOMPARE(line->args[2], 1u);
        QVERIFY(!SysvIpcParser::parseSyscall("running"));
        QVERIFY(!SysvIpcParser::parseSyscall("-1 0x7ffd2a6b1c28 0x7f2b4e3a1b3d"));
        QVERIFY(!SysvIpcParser::parseSyscall("64 0x3"));
    }

    void semidOfASemaphoreCall()
    {
        core::SyscallLine line;
        line.args[0] = 7;
        line.number = SYS_semtimedop;
        QCOMPARE(SemaphoreWaiters::semidOf(line), std::optional<int>(7));
#ifdef SYS_semop
        line.number = SYS_semop;
        QCOMPARE(SemaphoreWaiters::semidOf(line), std::optional<int>(7));
#endif
        line.number = SYS_read;
        QCOMPARE(SemaphoreWaiters::semidOf(line), std::nullopt);
    }

    // The first operation that cannot proceed is the one the process sleeps on, as the kernel tries them.
    void blockedOperation()
    {
        QList<core::SemaphoreInfo> semaphores(3);
        semaphores[0].value = 1;
        semaphores[1].value = 0;
        semaphores[2].value = 2;
        const auto decrease = SemaphoreWaiters::blockedOn({{0, -1}, {1, -1}}, semaphores);
        QVERIFY(decrease);
        QCOMPARE(decrease->semnum, 1);
        QCOMPARE(decrease->waitsFor, SemaphoreWaiter::For::Increase);
        const auto zero = SemaphoreWaiters::blockedOn({{2, 0}}, semaphores);
        QVERIFY(zero);
        QCOMPARE(zero->semnum, 2);
        QCOMPARE(zero->waitsFor, SemaphoreWaiter::For::Zero);
        QVERIFY(!SemaphoreWaiters::blockedOn({{0, -1}, {1, 0}, {2, -2}}, semaphores));
        QVERIFY(!SemaphoreWaiters::blockedOn({{9, -1}}, semaphores));
    }
};

QTEST_GUILESS_MAIN(TestSysvIpcParser)
#include "tst_sysvipcparser.moc"
