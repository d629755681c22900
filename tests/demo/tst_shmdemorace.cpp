// The race, with real shmdemo processes: two `write --slow` writers tear the record and `read --watch` sees
// it; with --lock on all of them it sees none; one writer alone is never called torn; the lock's set is made
// once when two writers start at the same moment, and a writer that finds it before its maker gave it its
// value waits for that value. What the reader printed is checked against what the test knows from outside:
// the writers' pids and names, and the kernel's own semctl.

#include "core/coretest.h"
#include "shmdemotest.h"
#include "testutils.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/sem.h>
#include <sys/shm.h>

using namespace shmdemotest;

namespace {

// What a watch printed, taken apart: its record lines by kind, and its tally.
struct Watch
{
    QStringList whole;
    QStringList torn;
    QStringList plain; // neither: as read prints it
    qint64 reads = -1, distinct = -1, tornCount = -1;
};

const QRegularExpression
    SummaryLine(QStringLiteral("^(\\d+) reads?, (\\d+) distinct records?, (\\d+) torn$"));

Watch watchOf(const QStringList &lines)
{
    Watch watch;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("whole: ")))
            watch.whole << line;
        else if (line.startsWith(QLatin1String("torn: ")))
            watch.torn << line;
        else if (line.startsWith(QLatin1String("pid=")))
            watch.plain << line;
    }
    const auto summary = SummaryLine.match(lines.value(lines.size() - 1));
    if (summary.hasMatch()) {
        watch.reads = summary.captured(1).toLongLong();
        watch.distinct = summary.captured(2).toLongLong();
        watch.tornCount = summary.captured(3).toLongLong();
    }
    return watch;
}

// The tally is the last line and counts what was printed above it.
bool tallyAgrees(const Watch &watch)
{
    return watch.reads > 0 && watch.tornCount == watch.torn.size() &&
           watch.distinct == watch.whole.size() + watch.torn.size() + watch.plain.size() &&
           watch.distinct <= watch.reads;
}

// A whole write of `pid` as the test knows the writers write: "PID:NAME:PID" or "PID:NAME N:PID".
// The state letter of /proc/PID/stat: 'T' once a process is stopped.
char processState(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return '?';
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close >= 0 && close + 2 < text.size() ? text.at(close + 2) : '?';
}

bool isWholeWrite(qint64 pid, const QString &text, const QString &name)
{
    const QString tag = QString::number(pid);
    return QRegularExpression(QRegularExpression::anchoredPattern(tag + QLatin1Char(':') + name +
                                                                  QStringLiteral("( \\d+)?:") + tag))
        .match(text)
        .hasMatch();
}

QStringList slowWriter(const char *name, key_t key, bool lock)
{
    QStringList arguments{QStringLiteral("write"),   QLatin1String(name),     QStringLiteral("--slow"),
                          QStringLiteral("--every"), QStringLiteral("1"),     QStringLiteral("--hold"),
                          QStringLiteral("120"),     QStringLiteral("--key"), cKey(key)};
    if (lock)
        arguments << QStringLiteral("--lock");
    return arguments;
}

} // namespace

class TestShmdemoRace : public QObject
{
    Q_OBJECT

private slots:
    void init() { coretest::failOnAnyWarning(); }
    void cleanup()
    {
        coretest::verifyNoLeftoverSegments();
        const QStringList sets = removeLeftoverSets();
        QVERIFY2(sets.isEmpty(),
                 qPrintable(QStringLiteral("sets left behind: ") + sets.join(QStringLiteral(", "))));
    }

    void twoSlowWritersTearAndTheLockCuresIt();
    void oneSlowWriterAloneIsNeverTorn();
    void writersStartedTogetherMakeOneLock();
    void aWriterWaitsForTheLocksValue();
    void aKilledWriterGivesTheLockBack();
};

// Without a lock, two slow writers renaming themselves tear the record, and the reader says so: torn lines
// that no writer wrote whole, naming the writers. Then the same writers with --lock, and a reader with
// --lock, as many reads: none torn.
void TestShmdemoRace::twoSlowWritersTearAndTheLockCuresIt()
{
    const key_t key = testutils::uniqueKey(40);
    KeyCleanup cleanup(key);
    qint64 unlockedReads = 0;
    {
        Running alice(slowWriter("Alice", key, false));
        QVERIFY(alice.started());
        QVERIFY2(alice.readUntil(QStringLiteral("holding")), alice.transcript().constData());
        Running bo(slowWriter("Bo", key, false));
        QVERIFY(bo.started());
        QVERIFY2(bo.readUntil(QStringLiteral("holding")), bo.transcript().constData());

        // A generous number of reads, stopped as soon as a few torn records were seen.
        Running reader({QStringLiteral("read"), QStringLiteral("--watch"), QStringLiteral("--every"),
                        QStringLiteral("1"), QStringLiteral("--count"), QStringLiteral("20000"),
                        QStringLiteral("--key"), cKey(key)});
        QVERIFY(reader.started());
        // Until a few torn records were seen, one of them naming both writers: a tear of one's whole tag and
        // the other's (a tag cut short in the middle of its digits is named as it is).
        const QString both = QStringLiteral("torn: bytes from pid %1 and pid %2: ");
        const auto namesBoth = [&](const QString &line) {
            return line.startsWith(both.arg(alice.pid()).arg(bo.pid())) ||
                   line.startsWith(both.arg(bo.pid()).arg(alice.pid()));
        };
        int seen = 0;
        bool seenBoth = false;
        while ((seen < 3 || !seenBoth) && reader.readUntil(QStringLiteral("torn: "))) {
            ++seen;
            seenBoth = seenBoth || namesBoth(reader.lines().last());
        }
        QVERIFY2(reader.stop(), reader.transcript().constData());
        QCOMPARE(reader.exitCode(), 0);
        QVERIFY2(alice.stop() && bo.stop(), QByteArray(alice.transcript() + bo.transcript()).constData());
        QCOMPARE(alice.exitCode(), 0);
        QCOMPARE(bo.exitCode(), 0);

        const Watch watch = watchOf(reader.lines());
        QVERIFY2(tallyAgrees(watch), reader.transcript().constData());
        QVERIFY2(watch.tornCount >= 3, reader.transcript().constData());
        unlockedReads = watch.reads;
        const QList<qint64> writers{alice.pid(), bo.pid()};
        const QRegularExpression tornLine(QStringLiteral(
            "^torn: bytes from (pid \\d+(?:, pid \\d+)* and pid \\d+): pid=(\\d+), name=\"(.*)\"$"));
        for (const QString &line : watch.torn) {
            const auto match = tornLine.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            const qint64 pid = match.captured(2).toLongLong();
            // The pid field is always one writer's, whole; and what is called torn is no writer's whole
            // write.
            QVERIFY2(writers.contains(pid), qPrintable(line));
            QVERIFY2(!isWholeWrite(pid, match.captured(3), QStringLiteral("Alice")) &&
                         !isWholeWrite(pid, match.captured(3), QStringLiteral("Bo")),
                     qPrintable(line));
        }
        QVERIFY2(std::any_of(watch.torn.cbegin(), watch.torn.cend(), namesBoth),
                 reader.transcript().constData());
        // A record called whole carries one writer's pid. (It is not always that writer's own name: a tear
        // whose both ends came from one writer, another's bytes between, cannot be told from its bytes.)
        for (const QString &line : watch.whole) {
            const QString pid = capture(line, QStringLiteral("whole: pid=(\\d+), name=\".*\""));
            QVERIFY2(writers.contains(pid.toLongLong()), qPrintable(line));
        }
    }

    // The cure: the same writers with the lock, and a reader that takes it too.
    Running alice(slowWriter("Alice", key, true));
    QVERIFY(alice.started());
    QVERIFY2(alice.readUntil(QStringLiteral("holding")), alice.transcript().constData());
    Running bo(slowWriter("Bo", key, true));
    QVERIFY(bo.started());
    QVERIFY2(bo.readUntil(QStringLiteral("holding")), bo.transcript().constData());
    const qint64 reads = std::max<qint64>(unlockedReads, 30);
    Running reader({QStringLiteral("read"), QStringLiteral("--watch"), QStringLiteral("--every"),
                    QStringLiteral("1"), QStringLiteral("--count"), QString::number(reads),
                    QStringLiteral("--lock"), QStringLiteral("--key"), cKey(key)});
    QVERIFY(reader.started());
    // Each locked read waits for the write under way: about one slow write a read.
    QVERIFY2(reader.process().waitForFinished(300000), "the locked watch did not end");
    QVERIFY(reader.finish());
    QCOMPARE(reader.exitCode(), 0);
    const Watch watch = watchOf(reader.lines());
    QVERIFY2(tallyAgrees(watch), reader.transcript().constData());
    QCOMPARE(watch.reads, reads);
    QVERIFY2(watch.tornCount == 0, reader.transcript().constData());
    QVERIFY2(watch.distinct >= 5, reader.transcript().constData());
    QVERIFY2(alice.stop() && bo.stop(), QByteArray(alice.transcript() + bo.transcript()).constData());
    QCOMPARE(alice.exitCode(), 0);
    QCOMPARE(bo.exitCode(), 0);
    // Both went on writing: the lock stopped the tearing, not the writing. (The reader may see one writer's
    // records only: waiters take the lock in turn, and the reader's turn can come after the same writer's
    // each time.)
    for (const Running *writer : {&alice, &bo})
        QVERIFY2(writer->lines().filter(QRegularExpression(QStringLiteral("^new: "))).size() >= 3,
                 writer->transcript().constData());
    // Each write under the lock: P, the write, V, as C.
    const int semid = semget(key, 0, 0);
    QVERIFY(semid >= 0);
    const QString take = QStringLiteral("semop(%1, &(struct sembuf){0, -1, SEM_UNDO}, 1) = 0").arg(semid);
    const QString give = QStringLiteral("semop(%1, &(struct sembuf){0, 1, SEM_UNDO}, 1) = 0").arg(semid);
    const QStringList &lines = alice.lines();
    const qsizetype first = lines.indexOf(take);
    QVERIFY2(first >= 0, alice.transcript().constData());
    QCOMPARE(lines.value(first + 1), QStringLiteral("new: pid=%1, name=\"%1:Alice:%1\"").arg(alice.pid()));
    QCOMPARE(lines.value(first + 2), give);
    QVERIFY2(lines.count(take) == lines.count(give) && lines.count(take) >= 2,
             alice.transcript().constData());
    // Both ended: nobody holds the lock, and SEM_UNDO left nothing owed.
    QCOMPARE(semValue(semid), 1);
}

// One slow writer renaming itself over and over: the reader sees its writes in progress, and never calls one
// torn.
void TestShmdemoRace::oneSlowWriterAloneIsNeverTorn()
{
    const key_t key = testutils::uniqueKey(41);
    KeyCleanup cleanup(key);
    Running alice(slowWriter("Alice", key, false));
    QVERIFY(alice.started());
    QVERIFY2(alice.readUntil(QStringLiteral("holding")), alice.transcript().constData());
    const testutils::Run run = shmdemo(
        {QStringLiteral("read"), QStringLiteral("--watch"), QStringLiteral("--every"), QStringLiteral("1"),
         QStringLiteral("--count"), QStringLiteral("1000"), QStringLiteral("--key"), cKey(key)});
    QVERIFY2(alice.stop(), alice.transcript().constData());
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = linesOf(run.out);
    const Watch watch = watchOf(lines);
    QVERIFY2(tallyAgrees(watch), transcript(run).constData());
    QCOMPARE(watch.reads, 1000);
    QCOMPARE(watch.tornCount, 0);
    // It did see the writer at work: many records, each whole one the writer's own.
    QVERIFY2(watch.distinct >= 10, transcript(run).constData());
    for (const QString &line : watch.whole)
        QVERIFY2(
            QRegularExpression(QStringLiteral("^whole: pid=%1, name=\"Alice( \\d+)?\"$").arg(alice.pid()))
                .match(line)
                .hasMatch(),
            qPrintable(line));
}

// Two writers with --lock started at the same moment, several times: each time exactly one makes the set
// (semget with IPC_EXCL) and gives it its value; the other finds it; both write under it; one set exists, its
// value back to 1.
void TestShmdemoRace::writersStartedTogetherMakeOneLock()
{
    for (int round = 0; round < 5; ++round) {
        const key_t key = testutils::uniqueKey(42 + round);
        KeyCleanup cleanup(key);
        const auto writerArguments = [&](const char *name) {
            return QStringList{QStringLiteral("write"),  QLatin1String(name),
                               QStringLiteral("--lock"), QStringLiteral("--slow"),
                               QStringLiteral("--hold"), QStringLiteral("0"),
                               QStringLiteral("--key"),  cKey(key)};
        };
        Running first(writerArguments("Ann"));
        Running second(writerArguments("Ben"));
        QVERIFY(first.started() && second.started());
        QVERIFY(first.finish() && second.finish());
        QVERIFY2(first.exitCode() == 0 && second.exitCode() == 0,
                 QByteArray(first.transcript() + second.transcript()).constData());

        const int semid = semget(key, 0, 0);
        QVERIFY2(semid >= 0, std::strerror(errno));
        const QString made =
            QStringLiteral("semget(%1, 1, 0640|IPC_CREAT|IPC_EXCL) = %2").arg(cKey(key)).arg(semid);
        const QString refused =
            QStringLiteral("semget(%1, 1, 0640|IPC_CREAT|IPC_EXCL) = -1 EEXIST (File exists)").arg(cKey(key));
        const QString found = QStringLiteral("semget(%1, 0, 0) = %2").arg(cKey(key)).arg(semid);
        const QString setValue = QStringLiteral("semctl(%1, 0, SETVAL, 1) = 0").arg(semid);
        Running *maker = first.lines().contains(made) ? &first : &second;
        Running *finder = maker == &first ? &second : &first;
        QVERIFY2(maker->lines().contains(made) && maker->lines().contains(setValue),
                 maker->transcript().constData());
        QVERIFY2(!finder->lines().contains(made) && !finder->lines().contains(setValue),
                 finder->transcript().constData());
        QVERIFY2(finder->lines().contains(refused) && finder->lines().contains(found),
                 finder->transcript().constData());
        for (Running *writer : {&first, &second}) {
            const QString take =
                QStringLiteral("semop(%1, &(struct sembuf){0, -1, SEM_UNDO}, 1) = 0").arg(semid);
            const qsizetype taken = writer->lines().indexOf(take);
            QVERIFY2(taken >= 0, writer->transcript().constData());
            QVERIFY2(writer->lines().value(taken + 1).startsWith(
                         QStringLiteral("new: pid=%1, name=\"%1:").arg(writer->pid())),
                     writer->transcript().constData());
            QCOMPARE(writer->lines().value(taken + 2),
                     QStringLiteral("semop(%1, &(struct sembuf){0, 1, SEM_UNDO}, 1) = 0").arg(semid));
        }
        // Unlocked again, and the only set under the test's keys, as the kernel lists them (removed for the
        // next round).
        QCOMPARE(semValue(semid), 1);
        QCOMPARE(removeLeftoverSets().size(), 1);
        QCOMPARE(semValue(semid), -1);
    }
}

// A set under the key that its maker has not given a value yet (the test made it, as a writer between semget
// and SETVAL would leave it): a writer with --lock finds it, says it waits, and neither attaches nor writes
// until the value comes; then it writes under the lock and gives it back.
void TestShmdemoRace::aWriterWaitsForTheLocksValue()
{
    const key_t key = testutils::uniqueKey(50);
    KeyCleanup cleanup(key);
    const int semid = semget(key, 1, 0640 | IPC_CREAT | IPC_EXCL);
    QVERIFY2(semid >= 0, std::strerror(errno));
    Running writer({QStringLiteral("write"), QStringLiteral("Cara"), QStringLiteral("--lock"),
                    QStringLiteral("--hold"), QStringLiteral("0"), QStringLiteral("--key"), cKey(key)});
    QVERIFY(writer.started());
    QVERIFY2(writer.readUntil(QStringLiteral("set %1 has value 0 and sem_otime 0").arg(semid)),
             writer.transcript().constData());
    // shmget made the segment, and nothing more happened to it: not attached, not written.
    const int shmid = shmget(key, 0, 0);
    QVERIFY(shmid >= 0);
    const auto before = testutils::shmStat(shmid);
    QVERIFY(before);
    QCOMPARE(before->shm_nattch, shmatt_t(0));
    QCOMPARE(before->shm_atime, time_t(0));

    SemArgument value{};
    value.val = 1;
    QCOMPARE(semctl(semid, 0, SETVAL, value), 0);
    QVERIFY(writer.finish());
    QVERIFY2(writer.exitCode() == 0, writer.transcript().constData());
    const QStringList &lines = writer.lines();
    QVERIFY2(lines.contains(QStringLiteral("semctl(%1, 0, GETALL, values) = 0").arg(semid)) &&
                 lines.contains(QStringLiteral("values[0] = 1: its maker has given it its value")),
             writer.transcript().constData());
    QVERIFY2(lines.contains(QStringLiteral("new: pid=%1, name=\"Cara\"").arg(writer.pid())),
             writer.transcript().constData());
    QCOMPARE(semValue(semid), 1);
    QCOMPARE(semctl(semid, 0, GETPID), int(writer.pid()));
}

// SEM_UNDO: a writer killed (SIGKILL, no chance to give anything back) while it holds the lock leaves it
// free.
void TestShmdemoRace::aKilledWriterGivesTheLockBack()
{
    const key_t key = testutils::uniqueKey(51);
    KeyCleanup cleanup(key);
    Running writer(slowWriter("Dana", key, true));
    QVERIFY(writer.started());
    QVERIFY2(writer.readUntil(QStringLiteral("holding")), writer.transcript().constData());
    const int semid = semget(key, 0, 0);
    QVERIFY(semid >= 0);
    // A slow writer renaming every millisecond holds the lock nearly all the time: stop it (SIGSTOP) until it
    // is caught holding it, the value 0 while it cannot run.
    bool caughtHolding = false;
    for (int attempt = 0; attempt < 100 && !caughtHolding; ++attempt) {
        QCOMPARE(::kill(pid_t(writer.pid()), SIGSTOP), 0);
        QTRY_VERIFY_WITH_TIMEOUT(processState(writer.pid()) == 'T', 10000);
        caughtHolding = semValue(semid) == 0;
        if (!caughtHolding)
            QCOMPARE(::kill(pid_t(writer.pid()), SIGCONT), 0);
    }
    QVERIFY2(caughtHolding, "the writer was never caught holding the lock");
    QVERIFY(writer.stop(SIGKILL));
    QCOMPARE(writer.process().exitStatus(), QProcess::CrashExit);
    QCOMPARE(semValue(semid), 1);
    QCOMPARE(semctl(semid, 0, GETNCNT), 0);
}

QTEST_GUILESS_MAIN(TestShmdemoRace)
#include "tst_shmdemorace.moc"
