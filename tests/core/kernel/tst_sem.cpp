// core::Sem against the kernel: sets made, values set and read, removal, each call in the call log as C with
// its shell twin; and the refusals (nsems 0 and above semmsl, a value above SEMVMX, SETALL with a bad value):
// a message, nothing changed. Expected values from semctl made here and from ipcs. Every set is removed at the
// end, even on failure.

#include "core/coretest.h"
#include "core/kernel/calllog.h"
#include "core/kernel/sem.h"
#include "core/sysvipc/sysvipctest.h"
#include "testutils.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using core::CallLog;
using core::CallRecord;
using core::Sem;
using testutils::SemaphoreSetGuard;

namespace {

// How many sets the kernel lists in this namespace.
int setCount()
{
    QFile file(QStringLiteral("/proc/sysvipc/sem"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(file.readAll().trimmed().count('\n')); // the header is the line without a '\n' before it
}

QList<int> kernelValues(int semid, int nsems)
{
    QList<unsigned short> values(nsems);
    union semun {
        int val;
        struct semid_ds *buf;
        unsigned short *array;
    } argument{};
    argument.array = values.data();
    if (semctl(semid, 0, GETALL, argument) != 0)
        return {};
    return QList<int>(values.cbegin(), values.cend());
}

// semmsl: the first number of /proc/sys/kernel/sem.
int semmsl()
{
    QFile file(QStringLiteral("/proc/sys/kernel/sem"));
    if (!file.open(QIODevice::ReadOnly))
        return Sem::DefaultMaxPerSet;
    return file.readAll().simplified().split(' ').value(0).toInt();
}

} // namespace

class TestSem : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<CallRecord>(); }

    void createRecordsTheCallAndItsShellTwin()
    {
        QSignalSpy spy(&CallLog::instance(), &CallLog::recorded);
        const auto created = Sem::create(std::nullopt, 3, 0640);
        SHM_VERIFY_OK(created);
        const auto removeAtEnd = qScopeGuard([&] { semctl(created.value(), 0, IPC_RMID); });
        QCOMPARE(spy.size(), 1);
        const auto record = spy.at(0).at(0).value<CallRecord>();
        QCOMPARE(record.text, QStringLiteral("semget(IPC_PRIVATE, 3, 0640|IPC_CREAT|IPC_EXCL)"));
        QCOMPARE(record.result, QString::number(created.value()));
        QCOMPARE(record.shell, QStringLiteral("ipcmk -S 3 -p 0640"));
        const testutils::IpcsDetails ipcs = testutils::ipcsDetails("-s", created.value());
        QVERIFY(ipcs.ok);
        QCOMPARE(ipcs.fields.value(QStringLiteral("nsems")), QStringLiteral("3"));
        QCOMPARE(ipcs.fields.value(QStringLiteral("mode")), QStringLiteral("0640"));
    }

    void setValueAndSetAllReachTheKernel()
    {
        SemaphoreSetGuard set;
        QVERIFY(set.create(0, {0, 0, 0}));
        SHM_VERIFY_OK(Sem::setValue(set.id(), 1, Sem::MaxValue));
        QCOMPARE(kernelValues(set.id(), 3), (QList<int>{0, Sem::MaxValue, 0}));
        SHM_VERIFY_OK(Sem::setAll(set.id(), {5, 6, 7}));
        QCOMPARE(kernelValues(set.id(), 3), (QList<int>{5, 6, 7}));
        const auto values = Sem::values(set.id(), 3, Sem::Log::Quiet);
        SHM_VERIFY_OK(values);
        QCOMPARE(values.value(), (QList<int>{5, 6, 7}));
        const auto pid = Sem::count(set.id(), 0, Sem::Count::LastPid, Sem::Log::Quiet);
        SHM_VERIFY_OK(pid);
        QCOMPARE(pid.value(), int(getpid())); // SETALL sets every sempid to the caller
    }

    void badCountsAreRefused_data()
    {
        QTest::addColumn<int>("nsems");
        QTest::addColumn<QString>("message");
        QTest::newRow("0") << 0 << QStringLiteral("A semaphore set holds at least 1 semaphore.");
        QTest::newRow("-1") << -1 << QStringLiteral("A semaphore set holds at least 1 semaphore.");
        QTest::newRow("semmsl + 1") << semmsl() + 1 << QString();
    }
    void badCountsAreRefused()
    {
        QFETCH(int, nsems);
        QFETCH(QString, message);
        const int before = setCount();
        const auto created = Sem::create(std::nullopt, nsems, 0600);
        if (created.ok())
            semctl(created.value(), 0, IPC_RMID);
        QVERIFY(!created.ok());
        if (message.isEmpty()) {
            QCOMPARE(created.error().errnum, EINVAL);
            QVERIFY2(created.error().message.contains(QLatin1String("at most semmsl")),
                     qPrintable(created.error().message));
        } else {
            QCOMPARE(created.error().message, message);
        }
        QCOMPARE(setCount(), before);
    }

    // A value out of 0..SEMVMX is refused before any call, and the set keeps its values.
    void badValuesAreRefused()
    {
        SemaphoreSetGuard set;
        QVERIFY(set.create(0, {1, 2}));
        QSignalSpy spy(&CallLog::instance(), &CallLog::recorded);
        const auto tooHigh = Sem::setValue(set.id(), 0, 32768);
        QVERIFY(!tooHigh.ok());
        QCOMPARE(tooHigh.error().message, QStringLiteral("A semaphore holds 0 to 32767 (SEMVMX), not 32768."));
        QVERIFY(!Sem::setValue(set.id(), 0, -1).ok());
        const auto badAll = Sem::setAll(set.id(), {3, 40000});
        QVERIFY(!badAll.ok());
        QCOMPARE(badAll.error().message, QStringLiteral("A semaphore holds 0 to 32767 (SEMVMX), not 40000."));
        QCOMPARE(kernelValues(set.id(), 2), (QList<int>{1, 2}));
        QCOMPARE(spy.size(), 0);
        // A semaphore the set does not have: the kernel's EINVAL, said plainly.
        const auto noSuch = Sem::setValue(set.id(), 2, 1);
        QVERIFY(!noSuch.ok());
        QCOMPARE(noSuch.error().errnum, EINVAL);
        QCOMPARE(kernelValues(set.id(), 2), (QList<int>{1, 2}));
    }

    // P without waiting on a value of 0 is refused with EAGAIN; V then P succeed.
    void operateWithoutWaiting()
    {
        SemaphoreSetGuard set;
        QVERIFY(set.create(0, {0}));
        const auto busy = Sem::operate(set.id(), 0, -1, Sem::Undo::Yes, Sem::Wait::No, Sem::Log::Quiet);
        QVERIFY(!busy.ok());
        QCOMPARE(busy.error().errnum, EAGAIN);
        SHM_VERIFY_OK(Sem::operate(set.id(), 0, 1, Sem::Undo::No, Sem::Wait::No, Sem::Log::Quiet));
        SHM_VERIFY_OK(Sem::operate(set.id(), 0, -1, Sem::Undo::No, Sem::Wait::No, Sem::Log::Quiet));
        QCOMPARE(kernelValues(set.id(), 1), QList<int>{0});
    }

    // Remove: gone from the kernel, with ipcrm's twin; a second remove says it is gone.
    void removeAndRemoveAgain()
    {
        SemaphoreSetGuard set;
        QVERIFY(set.create(0, {1}));
        QSignalSpy spy(&CallLog::instance(), &CallLog::recorded);
        SHM_VERIFY_OK(Sem::remove(set.id()));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<CallRecord>().shell, QStringLiteral("ipcrm -s %1").arg(set.id()));
        struct semid_ds ds = {};
        union semun {
            int val;
            struct semid_ds *buf;
        } argument{};
        argument.buf = &ds;
        QCOMPARE(semctl(set.id(), 0, IPC_STAT, argument), -1);
        const auto again = Sem::remove(set.id());
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QLatin1String("does not exist any more")),
                 qPrintable(again.error().message));
        set.release();
    }
};

QTEST_GUILESS_MAIN(TestSem)
#include "tst_sem.moc"
