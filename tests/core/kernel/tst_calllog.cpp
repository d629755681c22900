// core::CallLog: the calls the wrappers make, recorded as C with what the kernel returned, against real
// segments. The refresh's reads are not recorded (tst_mainwindow checks that side).

#include "core/bytes/byteformat.h"
#include "core/coretest.h"
#include "core/kernel/attachment.h"
#include "core/kernel/calllog.h"
#include "core/kernel/shm.h"

#include <QSignalSpy>
#include <QTest>

using core::Attachment;
using core::CallLog;
using core::CallRecord;
using core::Shm;
using testutils::SegmentGuard;

using coretest::statements;

namespace {

CallRecord recordAt(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(0).value<CallRecord>();
}

} // namespace

class TestCallLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { coretest::failOnAnyWarning(); }
    void cleanup() { coretest::verifyNoLeftoverSegments(); }

    void createAndRemoveAreRecordedWithTheShellCommand();
    void eachCallHasItsOwnShellEquivalent();
    void attachDetachAndWriteAreRecorded();
    void writeWithCodeShowsItBesideTheMemcpy();
    void refusedCallsCarryErrno();
    void errorsCaughtBeforeAnyCallAreNotRecorded();
    void readsAreNotRecorded();
    void statIsRecordedUnlessQuiet();
    void lineHasTimeStatementAndShell();
    void cLiteral_data();
    void cLiteral();
};

void TestCallLog::createAndRemoveAreRecordedWithTheShellCommand()
{
    QSignalSpy spy(&CallLog::instance(), &CallLog::recorded);
    const qint32 key = testutils::uniqueKey(1);
    const auto created = Shm::create(key, 56, 0640);
    SHM_VERIFY_OK(created);
    SegmentGuard guard(created.value());
    const int shmid = created.value();
    SHM_VERIFY_OK(Shm::remove(shmid));

    QCOMPARE(statements(spy), QStringList({QStringLiteral("shmget(%1, 56, 0640|IPC_CREAT|IPC_EXCL) = %2")
                                               .arg(QString::asprintf("%#x", unsigned(key)))
                                               .arg(shmid),
                                           QStringLiteral("shmctl(%1, IPC_RMID, NULL) = 0").arg(shmid)}));
    // ipcmk cannot choose a key: a keyed shmget has no shell equivalent.
    QCOMPARE(recordAt(spy, 0).shell, QString());
    QCOMPARE(recordAt(spy, 1).shell, QStringLiteral("ipcrm -m %1").arg(shmid));
    QCOMPARE(recordAt(spy, 1).kind, CallRecord::Kind::Call);
}

// Each call with the shell command that does or shows the same, on its own line, and none where no shell
// command does it (shmat, shmdt, a memcpy).
void TestCallLog::eachCallHasItsOwnShellEquivalent()
{
    QSignalSpy spy(&CallLog::instance(), &CallLog::recorded);
    const auto created = Shm::create(std::nullopt, 4096, 0600);
    SHM_VERIFY_OK(created);
    SegmentGuard guard(created.value());
    const int id = created.value();
    {
        auto attached = Attachment::attach(id, Attachment::Mode::ReadWrite);
        SHM_VERIFY_OK(attached);
        SHM_VERIFY_OK(attached.value()->write(0, QByteArrayView("x", 1)));
    }
    SHM_VERIFY_OK(Shm::remove(id));
    guard.reset();

    QStringList calls;
    QStringList shells;
    for (int i = 0; i < spy.count(); ++i) {
        calls << recordAt(spy, i).text.section(QLatin1Char('('), 0, 0);
        shells << recordAt(spy, i).shell;
    }
    QCOMPARE(calls,
             QStringList({QStringLiteral("shmget"), QStringLiteral("shmat"), QStringLiteral("shmctl"),
                          QStringLiteral("memcpy"), QStringLiteral("shmdt"), QStringLiteral("shmctl")}));
    QCOMPARE(shells, QStringList({QStringLiteral("ipcmk -M 4096 -p 0600"), QString(),
                                  QStringLiteral("ipcs -m -i %1").arg(id), QString(), QString(),
                                  QStringLiteral("ipcrm -m %1").arg(id)}));
    QVERIFY(recordAt(spy, 2).text.contains(QLatin1String("IPC_STAT")));
    QVERIFY(recordAt(spy, 5).text.contains(QLatin1String("IPC_RMID")));
}

void TestCallLog::attachDetachAndWriteAreRecorded()
{
    SegmentGuard guard;
    QVERIFY(guard.create(IPC_PRIVATE, 56, 0600));
    const int id = guard.id();
    QSignalSpy spy(&CallLog::instance(), &CallLog::recorded);
    quint64 address = 0;
    {
        auto attached = Attachment::attach(id, Attachment::Mode::ReadWrite);
        SHM_VERIFY_OK(attached);
        address = attached.value()->address();
        SHM_VERIFY_OK(attached.value()->write(4, QByteArrayView("Bob\0", 4)));
        SHM_VERIFY_OK(attached.value()->write(28, QByteArrayView("\x92\x10\0\0", 4)));
    }
    // The address as C's printf("%#llx") writes it: only the number varies from run to run.
    const QString at = QString::asprintf("%#llx", qulonglong(address));
    QCOMPARE(statements(spy),
             QStringList({QStringLiteral("shmat(%1, NULL, 0) = %2").arg(id).arg(at),
                          QStringLiteral("shmctl(%1, IPC_STAT, &ds) = 0").arg(id),
                          QStringLiteral("memcpy(%1 + 0x4, \"Bob\\x00\", 4)").arg(at),
                          QStringLiteral("memcpy(%1 + 0x1c, \"\\x92\\x10\\x00\\x00\", 4)").arg(at),
                          QStringLiteral("shmdt(%1) = 0").arg(at)}));
    QCOMPARE(recordAt(spy, 0).shell, QString());
    QCOMPARE(recordAt(spy, 1).shell, QStringLiteral("ipcs -m -i %1").arg(id));
    QCOMPARE(recordAt(spy, 2).shell, QString());
}

// The C a caller knows the bytes stand for comes first, the memcpy that wrote them beside it.
void TestCallLog::writeWithCodeShowsItBesideTheMemcpy()
{
    SegmentGuard guard;
    QVERIFY(guard.create(IPC_PRIVATE, 56, 0600));
    auto attached = Attachment::attach(guard.id(), Attachment::Mode::ReadWrite);
    SHM_VERIFY_OK(attached);
    const QString at = QString::asprintf("%#llx", qulonglong(attached.value()->address()));
    QSignalSpy spy(&CallLog::instance(), &CallLog::recorded);
    SHM_VERIFY_OK(attached.value()->write(0, QByteArrayView("\x92\x10\0\0", 4), Shm::Log::Record,
                                          QStringLiteral("stpid->pid = 4242;")));
    // Quiet: written, not told; told later as one memcpy.
    SHM_VERIFY_OK(attached.value()->write(16, QByteArrayView("\xde", 1), Shm::Log::Quiet));
    QCOMPARE(spy.count(), 1);
    attached.value()->logWrite(16, QByteArrayView("\xde\xad", 2));
    QCOMPARE(
        statements(spy),
        QStringList(
            {QStringLiteral("stpid->pid = 4242;  // memcpy(%1 + 0x0, \"\\x92\\x10\\x00\\x00\", 4)").arg(at),
             QStringLiteral("memcpy(%1 + 0x10, \"\\xde\\xad\", 2)").arg(at)}));
    QCOMPARE(recordAt(spy, 0).code, QStringLiteral("stpid->pid = 4242;"));
}

void TestCallLog::refusedCallsCarryErrno()
{
    // An id that names no segment: made and removed, so nothing can have it (in this IPC namespace).
    SegmentGuard guard;
    QVERIFY(guard.create(IPC_PRIVATE, 1, 0600));
    const int gone = guard.id();
    guard.reset();

    QSignalSpy spy(&CallLog::instance(), &CallLog::recorded);
    QVERIFY(!Attachment::attach(gone, Attachment::Mode::ReadOnly).ok());
    QVERIFY(!Shm::remove(gone).ok());
    QVERIFY(!Shm::create(testutils::uniqueKey(2), 0x7fffffffffffULL, 0600).ok());

    const QStringList lines = statements(spy);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("shmat(%1, NULL, SHM_RDONLY) = -1 EINVAL (%2)")
                              .arg(gone)
                              .arg(QString::fromLocal8Bit(strerror(EINVAL))));
    QCOMPARE(lines.at(1), QStringLiteral("shmctl(%1, IPC_RMID, NULL) = -1 EINVAL (%2)")
                              .arg(gone)
                              .arg(QString::fromLocal8Bit(strerror(EINVAL))));
    QCOMPARE(recordAt(spy, 1).shell, QStringLiteral("ipcrm -m %1").arg(gone));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("shmget(")) && lines.at(2).contains(QStringLiteral(" = -1 E")),
             qPrintable(lines.at(2)));
    QVERIFY(recordAt(spy, 2).errnum != 0);
}

void TestCallLog::errorsCaughtBeforeAnyCallAreNotRecorded()
{
    QSignalSpy spy(&CallLog::instance(), &CallLog::recorded);
    QVERIFY(!Shm::create(testutils::uniqueKey(3), 0, 0600).ok());
    QVERIFY(!Shm::remove(-1).ok());
    QVERIFY(!Attachment::attach(-5).ok());
    QCOMPARE(spy.count(), 0);
}

void TestCallLog::readsAreNotRecorded()
{
    SegmentGuard guard;
    QVERIFY(guard.create(IPC_PRIVATE, 56, 0600));
    auto attached = Attachment::attach(guard.id(), Attachment::Mode::ReadOnly);
    SHM_VERIFY_OK(attached);
    QSignalSpy spy(&CallLog::instance(), &CallLog::recorded);
    SHM_VERIFY_OK(attached.value()->read(0, 56));
    char byte = 0;
    QVERIFY(attached.value()->readInto(55, &byte, 1));
    QCOMPARE(attached.value()->state(), Attachment::State::Alive);
    // A refused write is no call either: nothing reached the segment.
    QVERIFY(!attached.value()->write(0, QByteArrayView("x", 1)).ok());
    QCOMPARE(spy.count(), 0);
}

// IPC_STAT is both the user's call (shmdemo info, the attach) and the refresh's read of every attached
// segment: only the first is told, and the caller says which it is.
void TestCallLog::statIsRecordedUnlessQuiet()
{
    SegmentGuard gone;
    QVERIFY(gone.create(IPC_PRIVATE, 1, 0600));
    const int goneId = gone.id();
    gone.reset();
    SegmentGuard guard;
    QVERIFY(guard.create(IPC_PRIVATE, 56, 0600));
    QSignalSpy spy(&CallLog::instance(), &CallLog::recorded);

    SHM_VERIFY_OK(Shm::stat(guard.id(), Shm::Log::Quiet));
    QVERIFY(!Shm::stat(goneId, Shm::Log::Quiet).ok());
    QCOMPARE(spy.count(), 0);

    SHM_VERIFY_OK(Shm::stat(guard.id(), Shm::Log::Record));
    QVERIFY(!Shm::stat(goneId, Shm::Log::Record).ok());
    QCOMPARE(statements(spy), QStringList({QStringLiteral("shmctl(%1, IPC_STAT, &ds) = 0").arg(guard.id()),
                                           QStringLiteral("shmctl(%1, IPC_STAT, &ds) = -1 EINVAL (%2)")
                                               .arg(goneId)
                                               .arg(QString::fromLocal8Bit(strerror(EINVAL)))}));
}

void TestCallLog::lineHasTimeStatementAndShell()
{
    CallRecord call;
    call.time = QDateTime(QDate(2026, 11, 27), QTime(12, 1, 2, 345));
    call.text = QStringLiteral("shmctl(32768, IPC_RMID, NULL)");
    call.result = QStringLiteral("-1");
    call.errnum = EPERM;
    call.shell = QStringLiteral("ipcrm -m 32768");
    QCOMPARE(call.line(), QStringLiteral("12:01:02.345  shmctl(32768, IPC_RMID, NULL) = -1 EPERM (%1)    # ipcrm -m 32768")
                              .arg(QString::fromLocal8Bit(strerror(EPERM))));

    QSignalSpy spy(&CallLog::instance(), &CallLog::recorded);
    CallLog::event(QStringLiteral("Segment 5 was created"));
    QCOMPARE(spy.count(), 1);
    const CallRecord event = recordAt(spy, 0);
    QCOMPARE(event.kind, CallRecord::Kind::Event);
    QCOMPARE(event.statement(), QStringLiteral("Segment 5 was created"));
    QVERIFY(qAbs(event.time.msecsTo(QDateTime::currentDateTime())) < 60000);
}

void TestCallLog::cLiteral_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("text") << QByteArray("Alice") << 24 << QStringLiteral("\"Alice\"");
    QTest::newRow("nul") << QByteArray("A\0", 2) << 24 << QStringLiteral("\"A\\x00\"");
    QTest::newRow("int 4242") << QByteArray("\x92\x10\0\0", 4) << 24
                              << QStringLiteral("\"\\x92\\x10\\x00\\x00\"");
    // C reads every hex digit after \x into the escape: "\x001" would be one byte. A new literal it joins.
    QTest::newRow("digit after nul") << QByteArray("\0"
                                                   "1",
                                                   2)
                                     << 24 << QStringLiteral("\"\\x00\" \"1\"");
    QTest::newRow("hex letter after escape") << QByteArray("\x01"
                                                           "Bob",
                                                           4)
                                             << 24 << QStringLiteral("\"\\x01\" \"Bob\"");
    QTest::newRow("other letter after escape") << QByteArray("\x01"
                                                             "xyz",
                                                             4)
                                               << 24 << QStringLiteral("\"\\x01xyz\"");
    QTest::newRow("quote and backslash") << QByteArray("a\"b\\") << 24 << QStringLiteral("\"a\\\"b\\\\\"");
    QTest::newRow("high byte") << QByteArray("\xff\x80") << 24 << QStringLiteral("\"\\xff\\x80\"");
    QTest::newRow("utf-8 escaped") << QByteArray("\xc3\xa9") << 24 << QStringLiteral("\"\\xc3\\xa9\"");
    QTest::newRow("cut") << QByteArray("abcdef") << 3 << QStringLiteral("\"abc\"...");
    QTest::newRow("empty") << QByteArray() << 3 << QStringLiteral("\"\"");
}

void TestCallLog::cLiteral()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, maxBytes);
    QFETCH(QString, expected);
    QCOMPARE(core::ByteFormat::cLiteral(bytes, maxBytes), expected);
}

QTEST_GUILESS_MAIN(TestCallLog)
#include "tst_calllog.moc"
