// core::Shm against the real kernel: what it creates and removes is checked with the plain System V
// API (IPC_STAT, shmget by key), never with core's own scanner.

#include "core/coretest.h"
#include "core/kernel/shm.h"
#include "testutils.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <cerrno>
#include <sys/shm.h>
#include <sys/sysinfo.h>
#include <unistd.h>

using core::Shm;
using core::Error;
using testutils::SegmentGuard;

namespace {

// The key as ipcs prints it, written here with printf rather than with core's formatter.
QString hexKey(qint32 key)
{
    return QString::asprintf("0x%08x", quint32(key));
}

// The kernel finds a segment under this key (shmget without IPC_CREAT); -1 when none.
int idOfKey(key_t key)
{
    return shmget(key, 0, 0);
}

std::optional<quint64> readSysctl(const char *name)
{
    QFile file(QStringLiteral("/proc/sys/kernel/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const quint64 value = file.readAll().trimmed().toULongLong(&ok);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

} // namespace

class TestShm : public QObject
{
    Q_OBJECT

private slots:
    void init() { coretest::failOnAnyWarning(); }
    void cleanup() { coretest::verifyNoLeftoverSegments(); }

    void createMakesTheSegment_data();
    void createMakesTheSegment();
    void createTwiceWithOneKeyFails();
    void createRefusesBadInputBeforeAnyCall_data();
    void createRefusesBadInputBeforeAnyCall();
    void createTooLargeFails_data();
    void createTooLargeFails();

    void openMakesOrFindsTheKeysSegment();

    void removeTwiceSaysItIsGone();
    void removeRefusesNegativeId();
    void removeWhileAttachedMarksDest();
    void removeAsAnotherUserIsRefused();

    void errorToString_data();
    void errorToString();
};

void TestShm::createMakesTheSegment_data()
{
    QTest::addColumn<bool>("hasKey");
    QTest::addColumn<qint32>("key");
    QTest::addColumn<quint64>("size");
    QTest::addColumn<quint32>("mode");

    QTest::newRow("key") << true << qint32(testutils::uniqueKey(1)) << quint64(56) << 0640u;
    QTest::newRow("IPC_PRIVATE") << false << 0 << quint64(4097) << 0600u;
    // Keys above 0x7fffffff are negative as key_t; they must reach the kernel unchanged.
    QTest::newRow("key with the high bit")
        << true << qint32(quint32(testutils::uniqueKey(2)) | 0x80000000u) << quint64(1) << 0604u;
    QTest::newRow("mode 0") << true << qint32(testutils::uniqueKey(3)) << quint64(4096) << 0u;
}

void TestShm::createMakesTheSegment()
{
    QFETCH(bool, hasKey);
    QFETCH(qint32, key);
    QFETCH(quint64, size);
    QFETCH(quint32, mode);

    const auto created = Shm::create(hasKey ? std::optional<qint32>(key) : std::nullopt, size, mode);
    SHM_VERIFY_OK(created);
    SegmentGuard guard;
    guard.adopt(created.value());

    const auto ds = testutils::shmStat(created.value());
    QVERIFY2(ds, "the id Shm::create returned is not known to the kernel");
    QCOMPARE(ds->shm_perm.__key, hasKey ? key : IPC_PRIVATE);
    QCOMPARE(quint64(ds->shm_segsz), size);
    QCOMPARE(ds->shm_perm.mode & 07777, mode);
    QCOMPARE(qint64(ds->shm_cpid), QCoreApplication::applicationPid());
    QCOMPARE(quint64(ds->shm_nattch), quint64(0));
    if (hasKey)
        QCOMPARE(idOfKey(key), created.value());

    // The listing ipcs uses holds it too.
    bool listed = false;
    for (const testutils::KernelSegment &segment : testutils::kernelSegments())
        listed = listed || segment.shmid == created.value();
    QVERIFY(listed);
}

void TestShm::createTwiceWithOneKeyFails()
{
    const key_t key = testutils::uniqueKey(4);
    SegmentGuard existing;
    QVERIFY2(existing.create(key, 100, 0600), strerror(errno));

    const auto second = Shm::create(key, 4096, 0600);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().errnum, EEXIST);
    QCOMPARE(second.error().errnoName(), QStringLiteral("EEXIST"));
    QVERIFY2(second.error().message.contains(hexKey(key)), qPrintable(second.error().message));
    QVERIFY2(second.error().call.contains(hexKey(key)), qPrintable(second.error().call));

    // IPC_EXCL: the old segment is neither reused nor changed.
    QCOMPARE(idOfKey(key), existing.id());
    QCOMPARE(quint64(testutils::shmStat(existing.id())->shm_segsz), quint64(100));
}

// Input the kernel would misread (size 0, flag bits in the mode, key 0 meaning IPC_PRIVATE) is refused by
// Shm itself: errnum 0 shows no call was made, and no segment appears.
void TestShm::createRefusesBadInputBeforeAnyCall_data()
{
    QTest::addColumn<qint32>("key");
    QTest::addColumn<quint64>("size");
    QTest::addColumn<quint32>("mode");

    const qint32 key = testutils::uniqueKey(5);
    QTest::newRow("size 0") << key << quint64(0) << 0600u;
    QTest::newRow("mode with IPC_CREAT") << key << quint64(4096) << quint32(0600 | IPC_CREAT);
    QTest::newRow("mode with the setuid bit") << key << quint64(4096) << 04600u;
    QTest::newRow("mode all ones") << key << quint64(4096) << 0xffffffffu;
    QTest::newRow("key 0") << 0 << quint64(4096) << 0600u;
}

void TestShm::createRefusesBadInputBeforeAnyCall()
{
    QFETCH(qint32, key);
    QFETCH(quint64, size);
    QFETCH(quint32, mode);

    const auto created = Shm::create(key, size, mode);
    if (created.ok()) {
        SegmentGuard guard;
        guard.adopt(created.value());
        QFAIL("Shm::create accepted input it must refuse");
    }
    const Error &error = created.error();
    QCOMPARE(error.errnum, 0);
    QVERIFY(error.errnoName().isEmpty());
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.call, Shm::createCall(key, size, mode));
    // Without errno the text is the sentence and the call, with no "= -1 E...".
    QVERIFY2(!error.toString().contains(QLatin1String("= -1")), qPrintable(error.toString()));
    QVERIFY(error.toString().contains(error.message));
    if (key != 0) {
        const int found = idOfKey(key);
        const int lookupErrno = errno;
        QCOMPARE(found, -1);
        QCOMPARE(lookupErrno, ENOENT);
    }
    // cleanup() checks that nothing was created by this process, which covers key 0 as well.
}

void TestShm::createTooLargeFails_data()
{
    QTest::addColumn<quint64>("size");

    // Fails on memory accounting (ENOMEM) on a machine with less than 1 TiB of RAM and swap, unless
    // vm.overcommit_memory is 1 (grant everything); the test checks both before relying on them.
    QTest::newRow("1 TiB") << (quint64(1) << 40);
    // Above shmmax: EINVAL whatever the memory (or ENOSPC if shmmax is the whole 64-bit range).
    const auto shmmax = readSysctl("shmmax");
    QTest::newRow("shmmax + 1") << (shmmax && *shmmax < ~quint64(0) ? *shmmax + 1 : ~quint64(0));
    QTest::newRow("largest size_t") << ~quint64(0);
}

void TestShm::createTooLargeFails()
{
    QFETCH(quint64, size);

    if (size == quint64(1) << 40) {
        QFile overcommit(QStringLiteral("/proc/sys/vm/overcommit_memory"));
        if (overcommit.open(QIODevice::ReadOnly) && overcommit.readAll().trimmed() == "1")
            QSKIP("vm.overcommit_memory is 1: the kernel grants any size, so 1 TiB would be created");
        struct sysinfo info = {};
        if (sysinfo(&info) == 0 && (quint64(info.totalram) + info.totalswap) * info.mem_unit >= size)
            QSKIP("this machine has 1 TiB of RAM and swap or more, so 1 TiB may well be granted");
    }

    const key_t key = testutils::uniqueKey(6);
    const auto created = Shm::create(key, size, 0600);
    if (created.ok()) {
        SegmentGuard guard;
        guard.adopt(created.value());
        QFAIL(qPrintable(QStringLiteral("a segment of %1 bytes was created").arg(size)));
    }
    const Error &error = created.error();
    QVERIFY2(error.errnum == ENOMEM || error.errnum == ENOSPC || error.errnum == EINVAL,
             qPrintable(error.toString()));
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.message.contains(QString::number(size)), qPrintable(error.message));
    QVERIFY(error.toString().contains(error.errnoName()));
    QCOMPARE(idOfKey(key), -1);
}

// shmget(key, size, mode|IPC_CREAT), the lesson's call: the key's segment, made when there is none, found as
// it is when there is one, and refused (EINVAL) when that one is smaller than asked.
void TestShm::openMakesOrFindsTheKeysSegment()
{
    const key_t key = testutils::uniqueKey(10);
    const auto made = Shm::open(key, 56, 0640);
    SHM_VERIFY_OK(made);
    SegmentGuard guard(made.value());
    QCOMPARE(idOfKey(key), made.value());
    const auto ds = testutils::shmStat(made.value());
    QVERIFY(ds);
    QCOMPARE(quint64(ds->shm_segsz), quint64(56));
    QCOMPARE(ds->shm_perm.mode & 0777, 0640u);

    const auto found = Shm::open(key, 56, 0600);
    SHM_VERIFY_OK(found);
    QCOMPARE(found.value(), made.value());
    QCOMPARE(testutils::shmStat(made.value())->shm_perm.mode & 0777, 0640u);

    const auto larger = Shm::open(key, 57, 0640);
    QVERIFY(!larger.ok());
    QCOMPARE(larger.error().errnum, EINVAL);
    QCOMPARE(larger.error().call, QStringLiteral("shmget(%1, 57, 0640|IPC_CREAT)").arg(hexKey(key)));
}

void TestShm::removeTwiceSaysItIsGone()
{
    SegmentGuard guard;
    QVERIFY2(guard.create(testutils::uniqueKey(7), 4096), strerror(errno));
    const int shmid = guard.id();

    const auto first = Shm::remove(shmid);
    SHM_VERIFY_OK(first);
    // Nobody had it attached, so it is gone at once.
    QVERIFY(!testutils::shmStat(shmid));

    const auto second = Shm::remove(shmid);
    QVERIFY(!second.ok());
    QVERIFY2(second.error().errnum == EINVAL || second.error().errnum == EIDRM,
             qPrintable(second.error().toString()));
    QVERIFY2(second.error().message.contains(QLatin1String("does not exist any more")),
             qPrintable(second.error().message));
    QVERIFY(second.error().message.contains(QString::number(shmid)));
    QCOMPARE(second.error().call, QStringLiteral("shmctl(%1, IPC_RMID, NULL)").arg(shmid));
}

void TestShm::removeRefusesNegativeId()
{
    const auto removed = Shm::remove(-1);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().errnum, 0);
    QVERIFY(!removed.error().message.isEmpty());
}

// The documented lesson: IPC_RMID on an attached segment only marks it; it lives until the last detach.
void TestShm::removeWhileAttachedMarksDest()
{
    const key_t key = testutils::uniqueKey(8);
    SegmentGuard guard;
    QVERIFY2(guard.create(key, 4096), strerror(errno));
    testutils::AttachedPeer peer;
    QVERIFY2(peer.start(guard.id(), true), qPrintable(peer.errorText()));

    SHM_VERIFY_OK(Shm::remove(guard.id()));
    const auto ds = testutils::shmStat(guard.id());
    QVERIFY2(ds, "an attached segment must outlive IPC_RMID");
    QVERIFY(ds->shm_perm.mode & SHM_DEST);
    QCOMPARE(ds->shm_perm.__key, IPC_PRIVATE);
    QCOMPARE(idOfKey(key), -1); // the key is free again at once

    peer.stop();
    QVERIFY(!testutils::shmStat(guard.id()));
}

// Root may remove anything, so EPERM needs another user: the removal runs in tests/helpers/shmremove
// as nobody (65534, via setpriv).
void TestShm::removeAsAnotherUserIsRefused()
{
    const QString unavailable = testutils::Unprivileged::unavailableReason();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    testutils::Unprivileged nobody;
    QVERIFY(nobody.prepare(QStringLiteral(SHMSCOPE_BIN_DIR "/shmremove")));

    SegmentGuard guard;
    // 0666: nobody may read and write it, but removing stays with owner, creator and root.
    QVERIFY2(guard.create(testutils::uniqueKey(9), 4096, 0666), strerror(errno));

    const testutils::Run run = nobody.run({QString::number(guard.id())});
    const QString output = QString::fromLocal8Bit(run.err);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(output)));

    QVERIFY2(output.contains(QLatin1String("EPERM")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("shmctl(%1, IPC_RMID, NULL)").arg(guard.id())),
             qPrintable(output));
    // The sentence tells the student who they were.
    QVERIFY2(output.contains(QLatin1String("uid 65534")), qPrintable(output));
    // And who may: the owner (root here, who made it), the creator, root.
    QVERIFY2(output.contains(QLatin1String("Mode 666: owner uid 0 may read and write")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("Only the owner, the creator or root may remove it.")), qPrintable(output));
    QVERIFY2(testutils::shmStat(guard.id()), "the segment was removed after all");
}

void TestShm::errorToString_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("errnum");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text"); // strerror under LC_ALL=C

    const QString rmid = QStringLiteral("shmctl(5, IPC_RMID, NULL)");
    QTest::newRow("EPERM") << rmid << EPERM << QStringLiteral("EPERM")
                           << QStringLiteral("Operation not permitted");
    QTest::newRow("EINVAL") << rmid << EINVAL << QStringLiteral("EINVAL")
                            << QStringLiteral("Invalid argument");
    QTest::newRow("EIDRM") << rmid << EIDRM << QStringLiteral("EIDRM")
                           << QStringLiteral("Identifier removed");
    QTest::newRow("EEXIST") << QStringLiteral("shmget(0x00001234, 56, 0600|IPC_CREAT|IPC_EXCL)") << EEXIST
                            << QStringLiteral("EEXIST") << QStringLiteral("File exists");
    QTest::newRow("ENOSPC") << QStringLiteral("shmget(IPC_PRIVATE, 4096, 0600|IPC_CREAT|IPC_EXCL)") << ENOSPC
                            << QStringLiteral("ENOSPC") << QStringLiteral("No space left on device");
    // Outside the table the number stands in for the name.
    QTest::newRow("E2BIG") << rmid << E2BIG << QString::number(E2BIG)
                           << QStringLiteral("Argument list too long");
    QTest::newRow("ours, before any call") << rmid << 0 << QString() << QString();
    QTest::newRow("no call") << QString() << 0 << QString() << QString();
}

void TestShm::errorToString()
{
    QFETCH(QString, call);
    QFETCH(int, errnum);
    QFETCH(QString, name);
    QFETCH(QString, text);

    const Error error{call, errnum, QStringLiteral("A sentence for a student.")};
    QCOMPARE(error.errnoName(), name);
    QCOMPARE(error.errnoText(), text);

    const QString full = error.toString();
    // With no call there is nothing to add to the sentence.
    if (call.isEmpty()) {
        QCOMPARE(full, error.message);
        return;
    }
    QVERIFY2(full.startsWith(error.message), qPrintable(full));
    QVERIFY2(full.contains(call), qPrintable(full));
    QVERIFY2(full.contains(name), qPrintable(full));
    QVERIFY2(full.contains(text), qPrintable(full));
    QCOMPARE(full.contains(QLatin1String("= -1")), errnum != 0);
}

QTEST_GUILESS_MAIN(TestShm)
#include "tst_shm.moc"
