// `shmscope --dump/--read --observe` end to end: a real segment held by a real process (shmattach), read
// through that process by the real executable. The bytes are compared with util-linux's hexdump -C of the same
// bytes in a file; the kernel's fields an attach would move (nattch, lpid, atime) with an IPC_STAT of ours.

#include "testutils.h"

#include <QFile>
#include <QTemporaryFile>
#include <QTest>

#include <sys/shm.h>

using namespace testutils;

namespace {

// A record as the lesson's st_pid holds it: pid 1234, names "bob", leftovers after the NUL.
QByteArray bobRecord()
{
    return stPidBytes(1234, QByteArray("bob\0junk", 8));
}

// The kernel's fields an attach or detach of ours would change.
struct Moved
{
    shmatt_t nattch;
    pid_t lpid;
    time_t atime;
    time_t dtime;
};

std::optional<Moved> movedFields(int shmid)
{
    const auto ds = shmStat(shmid);
    if (!ds)
        return std::nullopt;
    return Moved{ds->shm_nattch, ds->shm_lpid, ds->shm_atime, ds->shm_dtime};
}

#define SHM_COMPARE_UNMOVED(before, after)                                                                   \
    do {                                                                                                     \
        QVERIFY((before) && (after));                                                                        \
        QCOMPARE((after)->nattch, (before)->nattch);                                                         \
        QCOMPARE((after)->lpid, (before)->lpid);                                                             \
        QCOMPARE((after)->atime, (before)->atime);                                                           \
        QCOMPARE((after)->dtime, (before)->dtime);                                                           \
    } while (false)

} // namespace

class TestObserve : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dumpThroughAHolderMatchesHexdump();
    void readThroughAHolder();
    void nobodyHoldingIsRefusedNotAttached();
    void refusedAsNobodyWithTheReason();
    void misplaced_data();
    void misplaced();
};

void TestObserve::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("hexdump")).isEmpty())
        QSKIP("hexdump (Debian package bsdextrautils) is not installed: it is what --dump is checked against.");
    QVERIFY2(QFile::exists(shmscopePath), "build the shmscope target first");
}

void TestObserve::dumpThroughAHolderMatchesHexdump()
{
    QByteArray bytes(5000, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i * 13 + 7);
    SegmentGuard segment;
    QVERIFY(createHolding(segment, bytes));
    AttachedPeer holder;
    QVERIFY2(holder.start(segment.id(), false), qPrintable(holder.errorText()));
    QTemporaryFile file;
    QVERIFY(file.open() && file.write(bytes) == bytes.size() && file.flush());
    const Run theirs = run(QStringLiteral("hexdump"), {QStringLiteral("-C"), file.fileName()});
    QVERIFY2(theirs.exitCode == 0 && theirs.err.isEmpty(), theirs.err.constData());

    const auto before = movedFields(segment.id());
    const Run ours = run(shmscopePath, {QStringLiteral("--dump"), QString::number(segment.id()),
                                        QStringLiteral("--observe")});
    const auto after = movedFields(segment.id());
    QVERIFY2(ours.err.isEmpty(), ours.err.constData());
    QCOMPARE(ours.exitCode, 0);
    QCOMPARE(ours.out, theirs.out);
    SHM_COMPARE_UNMOVED(before, after);
}

void TestObserve::readThroughAHolder()
{
    SegmentGuard segment;
    QVERIFY(createHolding(segment, bobRecord()));
    AttachedPeer holder;
    QVERIFY2(holder.start(segment.id(), true), qPrintable(holder.errorText()));
    const auto before = movedFields(segment.id());
    const Run ours = run(shmscopePath, {QStringLiteral("--read"), QString::number(segment.id()),
                                        QStringLiteral("--observe")});
    const auto after = movedFields(segment.id());
    QVERIFY2(ours.err.isEmpty(), ours.err.constData());
    QCOMPARE(ours.exitCode, 0);
    QCOMPARE(QString::fromUtf8(ours.out),
             QStringLiteral("struct st_pid: 56 bytes, segment 56 bytes\n"
                            "offset  size  type      name   value\n"
                            "     0     4  int       pid    1234   // process id\n"
                            "     4    51  char[51]  names  \"bob\"  // process name\n"));
    SHM_COMPARE_UNMOVED(before, after);
}

// Nobody maps it: refused with the reason, and not attached instead (nattch and atime stay 0).
void TestObserve::nobodyHoldingIsRefusedNotAttached()
{
    SegmentGuard segment;
    QVERIFY(createHolding(segment, bobRecord())); // the fixture's own attach is gone again
    const auto before = movedFields(segment.id());
    for (const char *action : {"--dump", "--read"}) {
        const Run ours = run(shmscopePath, {QLatin1String(action), QString::number(segment.id()),
                                            QStringLiteral("--observe")});
        QCOMPARE(ours.exitCode, 1);
        QCOMPARE(ours.out, QByteArray());
        const QString err = QString::fromUtf8(ours.err);
        QVERIFY2(err.startsWith(QStringLiteral("shmscope: No process that we may look at maps segment %1: there "
                                               "is nobody to observe it through. ")
                                    .arg(segment.id())),
                 qPrintable(err));
        QVERIFY2(err.endsWith(QStringLiteral(" Attach it instead to read it.\n")), qPrintable(err));
    }
    SHM_COMPARE_UNMOVED(before, movedFields(segment.id()));
}

// As user nobody, root's holder may not be read (neither its maps, nor its memory): the reason names ptrace's
// rule on this machine.
void TestObserve::refusedAsNobodyWithTheReason()
{
    if (const QString reason = Unprivileged::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    Unprivileged nobody;
    QVERIFY(nobody.prepare(shmscopePath));
    SegmentGuard segment;
    QVERIFY(createHolding(segment, bobRecord()));
    struct shmid_ds ds = *shmStat(segment.id());
    ds.shm_perm.mode = 0644; // the segment's mode lets everyone read: the holder is what refuses
    QCOMPARE(shmctl(segment.id(), IPC_SET, &ds), 0);
    AttachedPeer holder;
    QVERIFY2(holder.start(segment.id(), false), qPrintable(holder.errorText()));
    const auto before = movedFields(segment.id());
    const Run ours = nobody.run({QStringLiteral("--dump"), QString::number(segment.id()), QStringLiteral("--observe")});
    QCOMPARE(ours.exitCode, 1);
    QCOMPARE(ours.out, QByteArray());
    const QString err = QString::fromUtf8(ours.err);
    const QString rule = QFile::exists(QStringLiteral("/proc/sys/kernel/yama/ptrace_scope"))
                             ? QStringLiteral("Yama's ptrace_scope is ")
                             : QStringLiteral("this kernel has no Yama (/proc/sys/kernel/yama/ptrace_scope is "
                                              "absent), so a process of the same uid, or one with "
                                              "CAP_SYS_PTRACE, may read it");
    QVERIFY2(err.contains(QStringLiteral("could not be read: that needs the right to ptrace them, and ") + rule),
             qPrintable(err));
    QVERIFY2(err.endsWith(QStringLiteral(" Attach it instead to read it.\n")), qPrintable(err));
    SHM_COMPARE_UNMOVED(before, movedFields(segment.id()));
}

void TestObserve::misplaced_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("err");
    QTest::newRow("with --list") << QStringList{QStringLiteral("--list"), QStringLiteral("--observe")}
                                 << QByteArray("shmscope: --observe goes with --dump, --read, --watch or "
                                               "--snapshot SHMID, or --attach or --key in the window.\n");
    QTest::newRow("with --diff") << QStringList{QStringLiteral("--diff"), QStringLiteral("0"), QStringLiteral("1"),
                                                QStringLiteral("--observe")}
                                 << QByteArray("shmscope: --observe goes with --dump, --read, --watch or "
                                               "--snapshot SHMID, or --attach or --key in the window.\n");
    QTest::newRow("with --namespace")
        << QStringList{QStringLiteral("--dump"), QStringLiteral("0"), QStringLiteral("--observe"),
                       QStringLiteral("--namespace"), QStringLiteral("1")}
        << QByteArray("shmscope: --observe reads segments of our IPC namespace; it does not go with --namespace.\n");
    QTest::newRow("a path") << QStringList{QStringLiteral("--dump"), QStringLiteral("/dev/shm/x"),
                                           QStringLiteral("--observe")}
                            << QByteArray("shmscope: --observe is for System V segments; a POSIX object is read "
                                          "through its path without being attached (/proc/PID/map_files/START-END "
                                          "of a holder reads it through that process).\n");
}

void TestObserve::misplaced()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, err);
    SHM_COMPARE_REFUSED(run(shmscopePath, args), err);
}

QTEST_GUILESS_MAIN(TestObserve)
#include "tst_observe.moc"
