// shmdemo end to end: the real executable, run as a child process against the real kernel. What it prints is
// checked against what the kernel says through the plain System V API (shmget by key, IPC_STAT, the test's
// own shmat, /proc/PID/maps), never through core.

#include "core/coretest.h"
#include "shmdemotest.h"
#include "testutils.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>

using testutils::Run;
using testutils::SegmentGuard;
using namespace shmdemotest;

namespace {

// The lesson's record as the test's own attach reads it.
struct Record
{
    int pid = 0;
    QByteArray names; // all 51 bytes
    [[nodiscard]] QByteArray text() const { return names.left(names.indexOf('\0')); }
};

Record recordOf(const testutils::Mapping &mapping)
{
    Record record;
    const QByteArray pid = mapping.bytes(0, sizeof record.pid);
    std::memcpy(&record.pid, pid.constData(), sizeof record.pid);
    record.names = mapping.bytes(NamesOffset, NamesSize);
    return record;
}

// Bytes that are not a record of any name: a refused write that wrote anyway would change them.
QByteArray fillerBytes(size_t size)
{
    QByteArray bytes;
    for (size_t i = 0; i < size; ++i)
        bytes += char(0xa0 + i % 32);
    return bytes;
}

// A segment under `key` holding `bytes`, made by the test with its own calls.
bool createWithKey(SegmentGuard &guard, key_t key, const QByteArray &bytes, int mode = 0640)
{
    if (!guard.create(key, size_t(bytes.size()), mode)) {
        qWarning("shmget(0x%x, %lld): %s", unsigned(key), qlonglong(bytes.size()), std::strerror(errno));
        return false;
    }
    testutils::Mapping(guard.id()).fill(0, bytes);
    return true;
}

QByteArray recordBytes(int pid, const QByteArray &name)
{
    QByteArray bytes(RecordSize, '\0');
    std::memcpy(bytes.data(), &pid, sizeof pid);
    bytes.replace(NamesOffset, name.size(), name);
    return bytes;
}

// nattch as IPC_STAT tells it, or -1 when the segment is gone.
qint64 attachCount(int shmid)
{
    const auto ds = testutils::shmStat(shmid);
    return ds ? qint64(ds->shm_nattch) : -1;
}

// Whether `pid` has the segment of `key` mapped at `address`: the maps line starts there and names
// /SYSV<key>.
bool mapsShow(qint64 pid, quint64 address, key_t key)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = QByteArray::number(address, 16) + '-';
    const QByteArray path = "/SYSV" + QByteArray::number(quint32(key), 16).rightJustified(8, '0');
    const QList<QByteArray> lines = maps.readAll().split('\n');
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&](const QByteArray &line) { return line.startsWith(start) && line.contains(path); });
}

} // namespace

class TestShmdemo : public QObject
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

    void helpExitsZero_data();
    void helpExitsZero();
    void badUsageExitsTwoBeforeAnyCall_data();
    void badUsageExitsTwoBeforeAnyCall();

    void writeReadRemoveRoundTrip();
    void keysInHexAndDecimal_data();
    void keysInHexAndDecimal();
    void nameLength_data();
    void nameLength();
    void everyRenamesAndASignalDetaches_data();
    void everyRenamesAndASignalDetaches();
    void smallerSegmentIsRefused();
    void infoShowsIpcStat();
    void missingKeyIsEnoent_data();
    void missingKeyIsEnoent();
    void anotherUserIsRefused_data();
    void anotherUserIsRefused();
    void rmidForcedReadRefusesUnlessAccepted();
    void posixWriteReadInfoRemove();
};

void TestShmdemo::helpExitsZero_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--help") << QStringLiteral("--help");
    QTest::newRow("-h") << QStringLiteral("-h");
    QTest::newRow("--help after a command") << QStringLiteral("write --help");
}

void TestShmdemo::helpExitsZero()
{
    QFETCH(QString, option);
    const Run run = shmdemo(option.split(QLatin1Char(' ')));
    QVERIFY2(run.exitStatus == QProcess::NormalExit && run.exitCode == 0, transcript(run).constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QStringList lines = linesOf(run.out);
    QCOMPARE(lines.value(0), QStringLiteral("Usage: shmdemo COMMAND [OPTIONS]"));
    for (const char *expected :
         {"Commands:", "  write NAME ", "  read ", "  info ", "  remove ", "Options:", "  --key KEY ",
          "  --hold SECONDS ", "  --every MS ", "  --remove ", "  --slow ", "  --lock ", "  --watch ",
          "  --count N ", "  -h, --help ", "The race:"}) {
        const auto starts = [&](const QString &line) { return line.startsWith(QLatin1String(expected)); };
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), starts), expected);
    }
}

void TestShmdemo::badUsageExitsTwoBeforeAnyCall_data()
{
    const QString key = cKey(testutils::uniqueKey(1));
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("no command") << QStringList{} << QStringLiteral("No command given");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frob")}
                                     << QStringLiteral("Unknown command 'frob'");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("read"), QStringLiteral("--frob")}
                                    << QStringLiteral("Unknown option 'frob'");
    QTest::newRow("write without a name")
        << QStringList{QStringLiteral("write"), QStringLiteral("--key"), key}
        << QStringLiteral("needs a NAME");
    QTest::newRow("write with two names") << QStringList{QStringLiteral("write"), QStringLiteral("Ann"),
                                                         QStringLiteral("Bea"), QStringLiteral("--key"), key}
                                          << QStringLiteral("Unexpected argument 'Bea'");
    QTest::newRow("read with --hold")
        << QStringList{QStringLiteral("read"), QStringLiteral("--hold"), QStringLiteral("3")}
        << QStringLiteral("--hold goes with write");
    QTest::newRow("info with --remove") << QStringList{QStringLiteral("info"), QStringLiteral("--remove")}
                                        << QStringLiteral("--remove goes with write");
    QTest::newRow("remove with --every")
        << QStringList{QStringLiteral("remove"), QStringLiteral("--every"), QStringLiteral("5")}
        << QStringLiteral("--every goes with write");
    for (const char *hold : {"-1", "abc", "nan", "inf", "86401"})
        QTest::addRow("--hold %s", hold)
            << QStringList{QStringLiteral("write"),  QStringLiteral("Ann"), QStringLiteral("--key"), key,
                           QStringLiteral("--hold"), QLatin1String(hold)}
            << QStringLiteral("--hold wants seconds");
    for (const char *every : {"0", "-5", "1.5", "x"})
        QTest::addRow("--every %s", every)
            << QStringList{QStringLiteral("write"),   QStringLiteral("Ann"), QStringLiteral("--key"), key,
                           QStringLiteral("--every"), QLatin1String(every)}
            << QStringLiteral("--every wants milliseconds");
    for (const char *bad : {"zz", "0x", "0x12g4", "12ab", "0x-5", "0x100000000", ""})
        QTest::addRow("key '%s'", bad) << QStringList{QStringLiteral("write"), QStringLiteral("Ann"),
                                                      QStringLiteral("--key"), QLatin1String(bad)}
                                       << QStringLiteral("key");
    QTest::newRow("--posix without /") << QStringList{QStringLiteral("write"), QStringLiteral("Ann"),
                                                      QStringLiteral("--posix"), QStringLiteral("st_pid")}
                                       << QStringLiteral("starts with / and has no other /: \"st_pid\"");
    QTest::newRow("--posix a/b") << QStringList{QStringLiteral("read"), QStringLiteral("--posix"),
                                                QStringLiteral("/a/b")}
                                 << QStringLiteral("starts with / and has no other /: \"/a/b\"");
    QTest::newRow("--posix /") << QStringList{QStringLiteral("info"), QStringLiteral("--posix=/")}
                               << QStringLiteral("at least one byte after its /");
    QTest::newRow("--posix too long") << QStringList{QStringLiteral("remove"), QStringLiteral("--posix"),
                                                     QLatin1Char('/') + QString(256, QLatin1Char('n'))}
                                      << QStringLiteral("at most 255 bytes");
    QTest::newRow("--posix and --key") << QStringList{QStringLiteral("read"), QStringLiteral("--posix"),
                                                      QStringLiteral("/x"), QStringLiteral("--key"), key}
                                       << QStringLiteral("give one");
    // The race's options: where they go, and their values.
    const auto race = [&](const char *what, QStringList arguments, const char *message) {
        QTest::newRow(what) << (arguments << QStringLiteral("--key") << key) << QString::fromUtf8(message);
    };
    const QString read = QStringLiteral("read");
    const QString watch = QStringLiteral("--watch");
    race("read with --slow", {read, QStringLiteral("--slow")}, "--slow goes with write, not with read");
    race("remove with --slow", {QStringLiteral("remove"), QStringLiteral("--slow")},
         "--slow goes with write");
    race("info with --lock", {QStringLiteral("info"), QStringLiteral("--lock")},
         "--lock goes with write or read --watch, not with info");
    race("read with --lock alone", {read, QStringLiteral("--lock")},
         "--lock goes with write or read --watch, not with read alone");
    race("read with --every alone", {read, QStringLiteral("--every"), QStringLiteral("5")},
         "--every goes with write or read --watch, not with read alone");
    race("write with --watch", {QStringLiteral("write"), QStringLiteral("Ann"), watch},
         "--watch goes with read");
    race("info with --watch", {QStringLiteral("info"), watch}, "--watch goes with read, not with info");
    race("--count without --watch", {read, QStringLiteral("--count"), QStringLiteral("5")},
         "--count goes with read --watch");
    for (const char *count : {"0", "-1", "x", "1.5", "1000000001"})
        QTest::addRow("--count %s", count)
            << QStringList{read,
                           watch,
                           QStringLiteral("--count"),
                           QLatin1String(count),
                           QStringLiteral("--key"),
                           key}
            << QStringLiteral("--count wants a number of reads from 1 to 1000000000");
    race("--watch --every 0", {read, watch, QStringLiteral("--every"), QStringLiteral("0")},
         "--every wants milliseconds");
    QTest::newRow("--lock with --posix")
        << QStringList{QStringLiteral("write"), QStringLiteral("Ann"), QStringLiteral("--posix"),
                       QStringLiteral("/x"), QStringLiteral("--lock")}
        << QStringLiteral("--lock is for System V");
    QTest::newRow("--watch with --posix")
        << QStringList{read, watch, QStringLiteral("--posix"), QStringLiteral("/x")}
        << QStringLiteral("--watch is for System V");
    race("--slow name with a colon",
         {QStringLiteral("write"), QStringLiteral("a:b"), QStringLiteral("--slow")},
         "Choose a name without ':'");
    // 47 bytes and two tags of at least one digit and a ':' each: 51 bytes, one more than names[] holds.
    race("--slow name too long once tagged",
         {QStringLiteral("write"), QString(47, QLatin1Char('n')), QStringLiteral("--slow")},
         "With --slow the name is written tagged with this process's pid at both ends");
    race("--slow name too long once numbered",
         {QStringLiteral("write"), QString(38, QLatin1Char('n')), QStringLiteral("--slow"),
          QStringLiteral("--every"), QStringLiteral("1")},
         "rename less often or hold for less time");
    QTest::newRow("key 0 is IPC_PRIVATE") << QStringList{QStringLiteral("write"), QStringLiteral("Ann"),
                                                         QStringLiteral("--key"), QStringLiteral("0")}
                                          << QStringLiteral("Key 0 is IPC_PRIVATE");
}

// Each refusal says what is wrong on stderr and points at --help; stdout stays empty because no call was made
// (every call is printed), and cleanup() finds no segment under the test's keys.
void TestShmdemo::badUsageExitsTwoBeforeAnyCall()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = shmdemo(arguments);
    QVERIFY2(run.exitStatus == QProcess::NormalExit && run.exitCode == 2, transcript(run).constData());
    QVERIFY2(run.out.isEmpty(), transcript(run).constData());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(QLatin1String("shmdemo: ")), qPrintable(err));
    QVERIFY2(err.contains(message, Qt::CaseInsensitive), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("shmdemo --help")), qPrintable(err));
}

void TestShmdemo::writeReadRemoveRoundTrip()
{
    const key_t key = testutils::uniqueKey(2);
    const QString keyText = cKey(key);
    SegmentGuard guard;

    // write: creates the segment (IPC_CREAT) and prints each step with the kernel's own numbers.
    const Run first = shmdemo({QStringLiteral("write"), QStringLiteral("Alice"), QStringLiteral("--key"),
                               keyText, QStringLiteral("--hold"), QStringLiteral("0")});
    const int shmid = shmget(key, 0, 0);
    if (shmid >= 0)
        guard.adopt(shmid);
    QVERIFY2(first.exitStatus == QProcess::NormalExit && first.exitCode == 0, transcript(first).constData());
    QVERIFY2(first.err.isEmpty(), transcript(first).constData());
    QVERIFY2(shmid >= 0, "write did not leave a segment under its key");
    QStringList lines = linesOf(first.out);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QStringLiteral("shmget(%1, 56, 0640|IPC_CREAT) = %2").arg(keyText).arg(shmid));
    const QString address =
        capture(lines.at(1), QStringLiteral("shmat\\(%1, NULL, 0\\) = (0x[0-9a-f]+)").arg(shmid));
    QVERIFY2(!address.isEmpty(), qPrintable(lines.at(1)));
    QVERIFY2(address.toULongLong(nullptr, 16) % quint64(sysconf(_SC_PAGESIZE)) == 0, qPrintable(address));
    QCOMPARE(lines.at(2), QStringLiteral("old: pid=0, name=\"\""));
    const QString writer = capture(lines.at(3), QStringLiteral("new: pid=(\\d+), name=\"Alice\""));
    QVERIFY2(!writer.isEmpty(), qPrintable(lines.at(3)));
    QCOMPARE(lines.at(4), QStringLiteral("shmdt(%1) = 0").arg(address));

    // The kernel agrees: 56 bytes, 0640, made, attached and detached by the pid printed, nobody attached now.
    auto ds = testutils::shmStat(shmid);
    QVERIFY(ds);
    QCOMPARE(quint64(ds->shm_segsz), quint64(RecordSize));
    QCOMPARE(uint(ds->shm_perm.mode & 0777), 0640u);
    QCOMPARE(QString::number(ds->shm_cpid), writer);
    QCOMPARE(QString::number(ds->shm_lpid), writer);
    QCOMPARE(ds->shm_nattch, shmatt_t(0));
    {
        const testutils::Mapping mapping(shmid);
        QVERIFY(mapping.ok());
        const Record record = recordOf(mapping);
        QCOMPARE(QString::number(record.pid), writer);
        // The whole array is written: the text, then NULs to the end (no leftovers of a longer name).
        QCOMPARE(record.names, QByteArray("Alice").leftJustified(NamesSize, '\0'));
    }

    // A second writer finds the first one's values, as in the lesson's two terminals.
    const Run second = shmdemo({QStringLiteral("write"), QStringLiteral("Bob"), QStringLiteral("--key"),
                                keyText, QStringLiteral("--hold"), QStringLiteral("0")});
    QVERIFY2(second.exitCode == 0, transcript(second).constData());
    lines = linesOf(second.out);
    QCOMPARE(lines.value(0), QStringLiteral("shmget(%1, 56, 0640|IPC_CREAT) = %2").arg(keyText).arg(shmid));
    QCOMPARE(lines.value(2), QStringLiteral("old: pid=%1, name=\"Alice\"").arg(writer));
    const QString secondWriter = capture(lines.value(3), QStringLiteral("new: pid=(\\d+), name=\"Bob\""));
    QVERIFY2(!secondWriter.isEmpty() && secondWriter != writer, qPrintable(lines.value(3)));

    // read: finds the segment without creating, attaches read-only, prints, detaches.
    const Run read = shmdemo({QStringLiteral("read"), QStringLiteral("--key"), keyText});
    QVERIFY2(read.exitCode == 0 && read.err.isEmpty(), transcript(read).constData());
    lines = linesOf(read.out);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("shmget(%1, 0, 0) = %2").arg(keyText).arg(shmid));
    const QString readAddress =
        capture(lines.at(1), QStringLiteral("shmat\\(%1, NULL, SHM_RDONLY\\) = (0x[0-9a-f]+)").arg(shmid));
    QVERIFY2(!readAddress.isEmpty(), qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2), QStringLiteral("pid=%1, name=\"Bob\"").arg(secondWriter));
    QCOMPARE(lines.at(3), QStringLiteral("shmdt(%1) = 0").arg(readAddress));
    ds = testutils::shmStat(shmid);
    QVERIFY(ds);
    QCOMPARE(ds->shm_nattch, shmatt_t(0));
    QVERIFY2(QString::number(ds->shm_lpid) != secondWriter, "read did not attach");

    // remove: IPC_RMID, and the key finds nothing any more.
    const Run remove = shmdemo({QStringLiteral("remove"), QStringLiteral("--key"), keyText});
    QVERIFY2(remove.exitCode == 0 && remove.err.isEmpty(), transcript(remove).constData());
    QCOMPARE(linesOf(remove.out),
             (QStringList{QStringLiteral("shmget(%1, 0, 0) = %2").arg(keyText).arg(shmid),
                          QStringLiteral("shmctl(%1, IPC_RMID, NULL) = 0").arg(shmid)}));
    errno = 0;
    QCOMPARE(shmget(key, 0, 0), -1);
    QCOMPARE(errno, ENOENT);
    QVERIFY(!testutils::shmStat(shmid));
}

void TestShmdemo::keysInHexAndDecimal_data()
{
    const key_t key = testutils::uniqueKey(3);
    QTest::addColumn<QString>("keyText");
    QTest::newRow("hex") << QString::asprintf("0x%x", unsigned(key));
    QTest::newRow("HEX") << QString::asprintf("0X%X", unsigned(key));
    QTest::newRow("hex as ipcs prints it") << QString::asprintf("0x%08x", unsigned(key));
    QTest::newRow("decimal") << QString::number(key);
    QTest::newRow("--key=decimal") << QStringLiteral("=") + QString::number(key);
}

// However the key is written, shmdemo reaches the segment the test made under it, and its call names the key
// the same way.
void TestShmdemo::keysInHexAndDecimal()
{
    QFETCH(QString, keyText);
    const key_t key = testutils::uniqueKey(3);
    SegmentGuard guard;
    QVERIFY(createWithKey(guard, key, recordBytes(7, "Carol")));
    const QStringList arguments = keyText.startsWith(QLatin1Char('='))
                                      ? QStringList{QStringLiteral("read"), QStringLiteral("--key") + keyText}
                                      : QStringList{QStringLiteral("read"), QStringLiteral("--key"), keyText};
    const Run run = shmdemo(arguments);
    QVERIFY2(run.exitCode == 0, transcript(run).constData());
    const QStringList lines = linesOf(run.out);
    QCOMPARE(lines.value(0), QStringLiteral("shmget(%1, 0, 0) = %2").arg(cKey(key)).arg(guard.id()));
    QCOMPARE(lines.value(2), QStringLiteral("pid=7, name=\"Carol\""));
}

void TestShmdemo::nameLength_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("message");

    QTest::newRow("50 bytes") << QByteArray(50, 'n') << true << QString();
    QTest::newRow("25 two-byte characters, 50 bytes")
        << QString(25, QChar(0xe9)).toUtf8() << true << QString();
    // Passed through as bytes: nothing in the name is a format or an escape.
    QTest::newRow("percent signs and quotes") << QByteArray("50% of \"%1\" %s") << true << QString();
    QTest::newRow("51 bytes") << QByteArray(51, 'n') << false << QStringLiteral("51 bytes");
    QTest::newRow("26 two-byte characters, 52 bytes")
        << QString(26, QChar(0xe9)).toUtf8() << false << QStringLiteral("52 bytes");
    QTest::newRow("empty") << QByteArray() << false << QStringLiteral("empty");
}

// names[51] takes 50 bytes of text and the NUL, counted in bytes. A refusal comes before shmget: nothing is
// created, and an existing segment is not even attached, let alone written.
void TestShmdemo::nameLength()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, accepted);
    QFETCH(QString, message);
    const key_t key = testutils::uniqueKey(4);
    const QStringList arguments{QStringLiteral("write"),  QString::fromUtf8(name),
                                QStringLiteral("--key"),  cKey(key),
                                QStringLiteral("--hold"), QStringLiteral("0")};

    if (accepted) {
        SegmentGuard guard;
        const Run run = shmdemo(arguments);
        if (const int shmid = shmget(key, 0, 0); shmid >= 0)
            guard.adopt(shmid);
        QVERIFY2(run.exitCode == 0, transcript(run).constData());
        const testutils::Mapping mapping(guard.id());
        QVERIFY(mapping.ok());
        QCOMPARE(recordOf(mapping).names, name.leftJustified(NamesSize, '\0'));
        QVERIFY2(
            linesOf(run.out).value(3).endsWith(QStringLiteral("name=\"%1\"").arg(QString::fromUtf8(name))),
            run.out.constData());
        return;
    }

    Run run = shmdemo(arguments);
    QVERIFY2(run.exitCode == 2 && run.out.isEmpty(), transcript(run).constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    errno = 0;
    QCOMPARE(shmget(key, 0, 0), -1);
    QCOMPARE(errno, ENOENT);

    SegmentGuard guard;
    const QByteArray before = fillerBytes(RecordSize);
    QVERIFY(createWithKey(guard, key, before));
    const auto statBefore = testutils::shmStat(guard.id());
    QVERIFY(statBefore);
    run = shmdemo(arguments);
    QVERIFY2(run.exitCode == 2 && run.out.isEmpty(), transcript(run).constData());
    const auto statAfter = testutils::shmStat(guard.id());
    QVERIFY(statAfter);
    QCOMPARE(statAfter->shm_lpid, statBefore->shm_lpid); // never attached
    QCOMPARE(testutils::Mapping(guard.id()).bytes(0, RecordSize), before);
}

void TestShmdemo::everyRenamesAndASignalDetaches_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QStringList>("extraArguments");
    QTest::addColumn<QString>("holding");

    QTest::newRow("SIGTERM, the default hold of 10 s")
        << int(SIGTERM) << QStringList{} << QStringLiteral("holding for 10 s, renaming every 300 ms");
    QTest::newRow("SIGINT, --hold 60 --remove")
        << int(SIGINT)
        << QStringList{QStringLiteral("--hold"), QStringLiteral("60"), QStringLiteral("--remove")}
        << QStringLiteral("holding for 60 s, renaming every 300 ms");
}

// While it holds, a writer with --every renames: the test's own attach sees "Dora 1", then "Dora 2". A signal
// ends the hold at once, and the writer still detaches (and removes, with --remove) and exits 0.
void TestShmdemo::everyRenamesAndASignalDetaches()
{
    QFETCH(int, signal);
    QFETCH(QStringList, extraArguments);
    QFETCH(QString, holding);
    const bool removes = extraArguments.contains(QStringLiteral("--remove"));
    const key_t key = testutils::uniqueKey(5);
    SegmentGuard guard;

    QProcess writer;
    writer.setProcessEnvironment(testutils::headlessEnvironment());
    writer.start(ShmdemoPath,
                 QStringList{QStringLiteral("write"), QStringLiteral("Dora"), QStringLiteral("--key"),
                             cKey(key), QStringLiteral("--every"), QStringLiteral("300")} +
                     extraArguments);
    QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
    QStringList lines;
    const bool held = readUntil(writer, lines, QStringLiteral("holding"));
    const int shmid = shmget(key, 0, 0);
    if (shmid >= 0)
        guard.adopt(shmid);
    QVERIFY2(held,
             qPrintable(lines.join(QLatin1Char('\n')) + QString::fromUtf8(writer.readAllStandardError())));
    QCOMPARE(lines.value(0), QStringLiteral("shmget(%1, 56, 0640|IPC_CREAT) = %2").arg(cKey(key)).arg(shmid));
    const QString address =
        capture(lines.value(1), QStringLiteral("shmat\\(%1, NULL, 0\\) = (0x[0-9a-f]+)").arg(shmid));
    QVERIFY2(!address.isEmpty(), qPrintable(lines.value(1)));
    QVERIFY2(lines.last().startsWith(holding), qPrintable(lines.last()));
    // The address printed is where the writer has the segment mapped, as its /proc/PID/maps says.
    QVERIFY2(mapsShow(writer.processId(), address.toULongLong(nullptr, 16), key), qPrintable(address));

    {
        const testutils::Mapping mapping(shmid);
        QVERIFY(mapping.ok());
        QCOMPARE(attachCount(shmid), qint64(2));
        QSet<QByteArray> seen;
        QCOMPARE(recordOf(mapping).pid, int(writer.processId()));
        const auto renamedTwice = [&] {
            seen.insert(recordOf(mapping).text());
            return seen.contains("Dora 1") && seen.contains("Dora 2");
        };
        QTRY_VERIFY_WITH_TIMEOUT(renamedTwice(), 10000);
        for (const QByteArray &name : std::as_const(seen))
            QVERIFY2(name == "Dora" || QRegularExpression(QStringLiteral("^Dora \\d+$"))
                                           .match(QString::fromUtf8(name))
                                           .hasMatch(),
                     name.constData());

        QElapsedTimer sinceSignal;
        sinceSignal.start();
        QCOMPARE(::kill(pid_t(writer.processId()), signal), 0);
        QVERIFY2(writer.waitForFinished(10000), "the writer did not stop on the signal");
        QVERIFY2(sinceSignal.elapsed() < 5000, "the signal did not end the hold early");
        QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(writer.exitCode(), 0);
        lines += linesOf(writer.readAllStandardOutput());
        QVERIFY2(
            lines.contains(QStringLiteral("%1 received: holding ends early")
                               .arg(signal == SIGTERM ? QLatin1String("SIGTERM") : QLatin1String("SIGINT"))),
            qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.contains(QStringLiteral("shmdt(%1) = 0").arg(address)),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(lines.contains(QStringLiteral("shmctl(%1, IPC_RMID, NULL) = 0").arg(shmid)), removes);

        // Detached: only the test's own attach is left. Removed, the segment lives on marked SHM_DEST until
        // then.
        const auto ds = testutils::shmStat(shmid);
        QVERIFY(ds);
        QCOMPARE(ds->shm_nattch, shmatt_t(1));
        QCOMPARE(bool(ds->shm_perm.mode & SHM_DEST), removes);
    }
    if (removes) {
        QVERIFY2(!testutils::shmStat(shmid), "removed, the segment outlived its last detach");
        errno = 0;
        QCOMPARE(shmget(key, 0, 0), -1);
        QCOMPARE(errno, ENOENT);
    } else {
        QCOMPARE(attachCount(shmid), qint64(0));
    }
}

// A segment under the key that is smaller than st_pid: shmget(key, 56, ...) gets EINVAL. shmdemo finds it
// with shmget(key, 0, 0), measures it with IPC_STAT, says why, and neither attaches, nor writes, nor removes
// it.
void TestShmdemo::smallerSegmentIsRefused()
{
    const key_t key = testutils::uniqueKey(6);
    const QString keyText = cKey(key);
    SegmentGuard guard;
    const QByteArray before = fillerBytes(8);
    QVERIFY(createWithKey(guard, key, before));
    const auto statBefore = testutils::shmStat(guard.id());
    QVERIFY(statBefore);

    const Run write =
        shmdemo({QStringLiteral("write"), QStringLiteral("Eve"), QStringLiteral("--key"), keyText,
                 QStringLiteral("--hold"), QStringLiteral("0"), QStringLiteral("--remove")});
    QVERIFY2(write.exitStatus == QProcess::NormalExit && write.exitCode == 1, transcript(write).constData());
    QCOMPARE(linesOf(write.out),
             (QStringList{
                 QStringLiteral("shmget(%1, 56, 0640|IPC_CREAT) = -1 EINVAL (Invalid argument)").arg(keyText),
                 QStringLiteral("shmget(%1, 0, 0) = %2").arg(keyText).arg(guard.id()),
                 QStringLiteral("shmctl(%1, IPC_STAT, &ds) = 0").arg(guard.id())}));
    const QString err = QString::fromUtf8(write.err);
    QVERIFY2(err.contains(QLatin1String("8 bytes, smaller than struct st_pid (56 bytes)")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("EINVAL")) && err.contains(QLatin1String("nothing was written")),
             qPrintable(err));
    const auto statAfter = testutils::shmStat(guard.id());
    QVERIFY2(statAfter, "--remove removed a segment it refused");
    QCOMPARE(statAfter->shm_lpid, statBefore->shm_lpid); // never attached
    QCOMPARE(testutils::Mapping(guard.id()).bytes(0, 8), before);

    // read attaches (nothing forbids it) but reads no record out of 8 bytes, and still detaches.
    const Run read = shmdemo({QStringLiteral("read"), QStringLiteral("--key"), keyText});
    QVERIFY2(read.exitCode == 1, transcript(read).constData());
    const QStringList lines = linesOf(read.out);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(2).startsWith(QLatin1String("shmdt(")), qPrintable(lines.at(2)));
    QVERIFY2(QString::fromUtf8(read.err).contains(QLatin1String("8 bytes, smaller than struct st_pid")),
             read.err.constData());
    QCOMPARE(attachCount(guard.id()), qint64(0));
}

// info prints what IPC_STAT returns, field by field; every value is compared with the test's own IPC_STAT.
void TestShmdemo::infoShowsIpcStat()
{
    const key_t key = testutils::uniqueKey(7);
    SegmentGuard guard;
    QVERIFY(createWithKey(guard, key, recordBytes(1, "Gus"), 0604));
    const Run run = shmdemo({QStringLiteral("info"), QStringLiteral("--key"), cKey(key)});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), transcript(run).constData());
    const QStringList lines = linesOf(run.out);
    QCOMPARE(lines.value(0), QStringLiteral("shmget(%1, 0, 0) = %2").arg(cKey(key)).arg(guard.id()));
    QCOMPARE(lines.value(1), QStringLiteral("shmctl(%1, IPC_STAT, &ds) = 0").arg(guard.id()));
    QHash<QString, QString> values;
    for (const QString &line : lines.mid(2)) {
        const auto match = QRegularExpression(QStringLiteral("^ds\\.(\\S+) += (\\S+) +// .+$")).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        values.insert(match.captured(1), match.captured(2));
    }
    const auto ds = testutils::shmStat(guard.id());
    QVERIFY(ds);
    const QHash<QString, QString> expected{
        {QStringLiteral("shm_perm.__key"), ipcsKey(key)},
        {QStringLiteral("shm_perm.uid"), QString::number(ds->shm_perm.uid)},
        {QStringLiteral("shm_perm.gid"), QString::number(ds->shm_perm.gid)},
        {QStringLiteral("shm_perm.cuid"), QString::number(ds->shm_perm.cuid)},
        {QStringLiteral("shm_perm.cgid"), QString::number(ds->shm_perm.cgid)},
        {QStringLiteral("shm_perm.mode"), QStringLiteral("0604")},
        {QStringLiteral("shm_segsz"), QStringLiteral("56")},
        {QStringLiteral("shm_atime"), QString::number(ds->shm_atime)},
        {QStringLiteral("shm_dtime"), QString::number(ds->shm_dtime)},
        {QStringLiteral("shm_ctime"), QString::number(ds->shm_ctime)},
        {QStringLiteral("shm_cpid"), QString::number(getpid())},
        {QStringLiteral("shm_lpid"), QString::number(getpid())},
        {QStringLiteral("shm_nattch"), QStringLiteral("0")},
    };
    QCOMPARE(values.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(it.key() + QLatin1Char('=') + values.value(it.key()),
                 it.key() + QLatin1Char('=') + it.value());
}

void TestShmdemo::missingKeyIsEnoent_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("read") << QStringLiteral("read");
    QTest::newRow("info") << QStringLiteral("info");
    QTest::newRow("remove") << QStringLiteral("remove");
}

// Without IPC_CREAT, shmget of a key that has no segment fails with ENOENT; shmdemo says so, and creates
// none.
void TestShmdemo::missingKeyIsEnoent()
{
    QFETCH(QString, command);
    const key_t key = testutils::uniqueKey(8);
    const Run run = shmdemo({command, QStringLiteral("--key"), cKey(key)});
    QVERIFY2(run.exitStatus == QProcess::NormalExit && run.exitCode == 1, transcript(run).constData());
    QCOMPARE(linesOf(run.out),
             QStringList{
                 QStringLiteral("shmget(%1, 0, 0) = -1 ENOENT (No such file or directory)").arg(cKey(key))});
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("No segment has key %1").arg(ipcsKey(key))),
             run.err.constData());
    errno = 0;
    QCOMPARE(shmget(key, 0, 0), -1);
    QCOMPARE(errno, ENOENT);
}

void TestShmdemo::anotherUserIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("lastLine"); // with KEY and SHMID for the segment's
    QTest::addColumn<QString>("message");

    QTest::newRow("write: shmget asks for read and write")
        << QStringList{QStringLiteral("write"), QStringLiteral("Mallory"), QStringLiteral("--hold"),
                       QStringLiteral("0")}
        << QStringLiteral("shmget(KEY, 56, 0640|IPC_CREAT) = -1 EACCES (Permission denied)")
        << QStringLiteral("uid 65534");
    QTest::newRow("read: shmat needs read")
        << QStringList{QStringLiteral("read")}
        << QStringLiteral("shmat(SHMID, NULL, SHM_RDONLY) = (void *) -1 EACCES (Permission denied)")
        << QStringLiteral("uid 65534");
    QTest::newRow("info: IPC_STAT needs read")
        << QStringList{QStringLiteral("info")}
        << QStringLiteral("shmctl(SHMID, IPC_STAT, &ds) = -1 EACCES (Permission denied)")
        << QStringLiteral("read permission");
    QTest::newRow("remove: IPC_RMID needs the owner")
        << QStringList{QStringLiteral("remove")}
        << QStringLiteral("shmctl(SHMID, IPC_RMID, NULL) = -1 EPERM (Operation not permitted)")
        << QStringLiteral("owner");
}

// Root's segment of mode 0640, met by user nobody: each command fails at the call the kernel refuses, with
// errno's name and meaning, and the segment and its bytes stay as they were.
void TestShmdemo::anotherUserIsRefused()
{
    if (const QString reason = testutils::Unprivileged::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    QFETCH(QStringList, arguments);
    QFETCH(QString, lastLine);
    QFETCH(QString, message);
    const key_t key = testutils::uniqueKey(9);
    SegmentGuard guard;
    const QByteArray before = recordBytes(42, "Frank");
    QVERIFY(createWithKey(guard, key, before, 0640));
    testutils::Unprivileged nobody;
    QVERIFY(nobody.prepare(ShmdemoPath));

    const Run run = nobody.run(arguments + QStringList{QStringLiteral("--key"), cKey(key)});
    QVERIFY2(run.exitStatus == QProcess::NormalExit && run.exitCode == 1, transcript(run).constData());
    const QStringList lines = linesOf(run.out);
    lastLine.replace(QLatin1String("SHMID"), QString::number(guard.id()))
        .replace(QLatin1String("KEY"), cKey(key));
    QCOMPARE(lines.value(lines.size() - 1), lastLine);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(testutils::shmStat(guard.id()));
    QCOMPARE(testutils::Mapping(guard.id()).bytes(0, RecordSize), before);
}

// kernel.shm_rmid_forced is 1 only in the private IPC namespace of the tst_shmdemo_rmid_forced entry: there
// read's shmdt destroys a segment nobody else has attached, so read refuses before its shmat.
void TestShmdemo::rmidForcedReadRefusesUnlessAccepted()
{
    if (!testutils::rmidForced())
        QSKIP("kernel.shm_rmid_forced is 0 here; ctest runs this again as tst_shmdemo_rmid_forced, where it "
              "is 1");
    const key_t key = testutils::uniqueKey(43);
    SegmentGuard guard;
    QVERIFY(testutils::createUnattached(guard, key, recordBytes(4321, "Dora")));
    const QString keyText = cKey(key);

    const Run refused = shmdemo({QStringLiteral("read"), QStringLiteral("--key"), keyText});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(linesOf(refused.out),
             QStringList{QStringLiteral("shmget(%1, 0, 0) = %2").arg(keyText).arg(guard.id())});
    QCOMPARE(QString::fromUtf8(refused.err),
             QStringLiteral(
                 "shmdemo: kernel.shm_rmid_forced is 1 and nobody has segment %1 attached: reading it "
                 "attaches and detaches, and that detach destroys it, its bytes lost. Nothing was read. "
                 "Add --even-if-destroyed to read it all the same.\n")
                 .arg(guard.id()));
    QVERIFY(testutils::ipcsLists(guard.id()));

    const Run accepted = shmdemo(
        {QStringLiteral("read"), QStringLiteral("--key"), keyText, QStringLiteral("--even-if-destroyed")});
    QVERIFY2(accepted.exitCode == 0 && accepted.err.isEmpty(), transcript(accepted).constData());
    QVERIFY2(linesOf(accepted.out).contains(QStringLiteral("pid=4321, name=\"Dora\"")),
             transcript(accepted).constData());
    QVERIFY(!testutils::ipcsLists(guard.id()));
}

// The POSIX twin of the round trip: each call printed as C, checked against stat(2) and the bytes of
// /dev/shm/NAME as the test reads them.
void TestShmdemo::posixWriteReadInfoRemove()
{
    const testutils::PosixNameGuard guard("demo");
    const QString name = QString::fromUtf8(guard.name());
    const Run write = shmdemo({QStringLiteral("write"), QStringLiteral("Alice"), QStringLiteral("--posix"),
                               name, QStringLiteral("--hold"), QStringLiteral("0")});
    QVERIFY2(write.exitCode == 0 && write.err.isEmpty(), transcript(write).constData());
    QStringList lines = linesOf(write.out);
    QCOMPARE(lines.size(), 8);
    const QString fd = capture(
        lines.at(0), QStringLiteral("shm_open\\(\"%1\", O_CREAT\\|O_RDWR, 0640\\) = (\\d+)").arg(name));
    QVERIFY2(!fd.isEmpty(), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("ftruncate(%1, 56) = 0").arg(fd));
    QCOMPARE(lines.at(2), QStringLiteral("fstat(%1, &st) = 0").arg(fd));
    const QString address = capture(
        lines.at(3),
        QStringLiteral("mmap\\(NULL, 56, PROT_READ\\|PROT_WRITE, MAP_SHARED, %1, 0\\) = (0x[0-9a-f]+)")
            .arg(fd));
    QVERIFY2(!address.isEmpty(), qPrintable(lines.at(3)));
    QCOMPARE(lines.at(4), QStringLiteral("old: pid=0, name=\"\""));
    const QString writer = capture(lines.at(5), QStringLiteral("new: pid=(\\d+), name=\"Alice\""));
    QVERIFY2(!writer.isEmpty(), qPrintable(lines.at(5)));
    QCOMPARE(lines.at(6), QStringLiteral("munmap(%1, 56) = 0").arg(address));
    QCOMPARE(lines.at(7), QStringLiteral("close(%1) = 0").arg(fd));

    // The object as the test sees it: 56 bytes, the pid and the name where struct st_pid has them.
    struct stat st = {};
    QVERIFY(stat(guard.path().toUtf8().constData(), &st) == 0);
    QCOMPARE(st.st_size, off_t(RecordSize));
    const mode_t mask = umask(0);
    umask(mask);
    QCOMPARE(st.st_mode & 0777, mode_t(0640 & ~mask));
    const QByteArray bytes = guard.contents();
    QCOMPARE(bytes.size(), qsizetype(RecordSize));
    int pid = 0;
    std::memcpy(&pid, bytes.constData(), sizeof pid);
    QCOMPARE(QString::number(pid), writer);
    QCOMPARE(bytes.sliced(NamesOffset, NamesSize), QByteArray("Alice").leftJustified(NamesSize, '\0'));

    const Run read = shmdemo({QStringLiteral("read"), QStringLiteral("--posix"), name});
    QVERIFY2(read.exitCode == 0 && read.err.isEmpty(), transcript(read).constData());
    lines = linesOf(read.out);
    QCOMPARE(lines.size(), 6);
    const QString readFd =
        capture(lines.at(0), QStringLiteral("shm_open\\(\"%1\", O_RDONLY, 0\\) = (\\d+)").arg(name));
    QVERIFY2(!readFd.isEmpty(), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("fstat(%1, &st) = 0").arg(readFd));
    const QString readAddress = capture(
        lines.at(2),
        QStringLiteral("mmap\\(NULL, 56, PROT_READ, MAP_SHARED, %1, 0\\) = (0x[0-9a-f]+)").arg(readFd));
    QVERIFY2(!readAddress.isEmpty(), qPrintable(lines.at(2)));
    QCOMPARE(lines.at(3), QStringLiteral("pid=%1, name=\"Alice\"").arg(writer));
    QCOMPARE(lines.at(4), QStringLiteral("munmap(%1, 56) = 0").arg(readAddress));
    QCOMPARE(lines.at(5), QStringLiteral("close(%1) = 0").arg(readFd));

    const Run info = shmdemo({QStringLiteral("info"), QStringLiteral("--posix"), name});
    QVERIFY2(info.exitCode == 0 && info.err.isEmpty(), transcript(info).constData());
    lines = linesOf(info.out);
    const QString infoFd =
        capture(lines.value(0), QStringLiteral("shm_open\\(\"%1\", O_RDONLY, 0\\) = (\\d+)").arg(name));
    QVERIFY2(!infoFd.isEmpty(), qPrintable(lines.value(0)));
    QCOMPARE(lines.value(1), QStringLiteral("fstat(%1, &st) = 0").arg(infoFd));
    const auto field = [&](const char *fieldName) {
        for (const QString &line : std::as_const(lines)) {
            const QString value =
                capture(line, QStringLiteral("st\\.%1 *= (\\S+) .*").arg(QLatin1String(fieldName)));
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };
    QCOMPARE(field("st_size"), QStringLiteral("56"));
    QCOMPARE(field("st_ino"), QString::number(st.st_ino));
    QCOMPARE(field("st_uid"), QString::number(st.st_uid));
    QCOMPARE(field("st_mode"), QString::asprintf("0%03o", unsigned(st.st_mode & 0777)));
    QCOMPARE(field("st_nlink"), QStringLiteral("1"));
    QCOMPARE(lines.last(), QStringLiteral("close(%1) = 0").arg(infoFd));

    const Run remove = shmdemo({QStringLiteral("remove"), QStringLiteral("--posix"), name});
    QVERIFY2(remove.exitCode == 0 && remove.err.isEmpty(), transcript(remove).constData());
    QCOMPARE(linesOf(remove.out), QStringList{QStringLiteral("shm_unlink(\"%1\") = 0").arg(name)});
    QVERIFY(stat(guard.path().toUtf8().constData(), &st) != 0 && errno == ENOENT);

    const Run again = shmdemo({QStringLiteral("remove"), QStringLiteral("--posix"), name});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(
        linesOf(again.out),
        QStringList{QStringLiteral("shm_unlink(\"%1\") = -1 ENOENT (No such file or directory)").arg(name)});
    QVERIFY2(again.err.contains("There is nothing to remove."), transcript(again).constData());
}

QTEST_GUILESS_MAIN(TestShmdemo)
#include "tst_shmdemo.moc"
