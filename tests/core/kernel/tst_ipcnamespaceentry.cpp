// core::IpcNamespaceEntry against real IPC namespaces: a segment made inside another namespace is found by
// the kernel's own table read there and not in ours, and the refusals say why in plain words.

#include "core/coretest.h"
#include "core/kernel/ipcnamespaceentry.h"
#include "testutils.h"

#include <QFile>
#include <QTest>

#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>

using core::IpcNamespaceEntry;
using testutils::AsNobody;
using testutils::ForeignNamespace;

namespace {

// The keys /proc/sysvipc/shm lists, read by the calling thread (the namespace it is in).
QList<qint64> listedKeys()
{
    QFile file(QStringLiteral("/proc/sysvipc/shm"));
    QList<qint64> keys;
    if (!file.open(QIODevice::ReadOnly))
        return keys;
    file.readLine(); // the header
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        if (!fields.isEmpty())
            keys.append(fields.first().toLongLong());
    }
    return keys;
}

} // namespace

class TestIpcNamespaceEntry : public QObject
{
    Q_OBJECT

private slots:
    void oursRunsOnTheCallingThread()
    {
        auto entry = IpcNamespaceEntry::ours();
        SHM_VERIFY_OK(entry);
        QVERIFY(entry.value().isOurs());
        QCOMPARE(entry.value().inode(), ForeignNamespace::inodeOf(QStringLiteral("/proc/self/ns/ipc")));
        QCOMPARE(IpcNamespaceEntry::ourInode(), entry.value().inode());
        pid_t ranOn = 0;
        QVERIFY(entry.value().run([&] { ranOn = pid_t(gettid()); }).ok());
        QCOMPARE(ranOn, pid_t(gettid()));
    }

    void workRunsInsideTheOtherNamespace()
    {
        if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        ForeignNamespace foreign;
        QVERIFY2(foreign.start(), qPrintable(foreign.errorText()));
        auto entry = IpcNamespaceEntry::open(foreign.pid());
        SHM_VERIFY_OK(entry);
        QCOMPARE(entry.value().inode(), foreign.inode());
        QVERIFY(!entry.value().isOurs());

        const key_t key = testutils::uniqueKey(0x16);
        int shmid = -1;
        quint64 inodeSeen = 0;
        QList<qint64> keysThere;
        QVERIFY(entry.value()
                    .run([&] {
                        shmid = shmget(key, 4096, 0600 | IPC_CREAT | IPC_EXCL);
                        inodeSeen = IpcNamespaceEntry::ourInode();
                        keysThere = listedKeys();
                    })
                    .ok());
        QVERIFY2(shmid >= 0, "shmget inside the other namespace failed");
        // The thread was in the other namespace, the kernel's table there lists the segment, ours does not,
        // and the calling thread never left ours.
        QCOMPARE(inodeSeen, foreign.inode());
        QVERIFY(keysThere.contains(qint64(key)));
        QVERIFY(!listedKeys().contains(qint64(key)));
        QCOMPARE(IpcNamespaceEntry::ourInode(), ForeignNamespace::inodeOf(QStringLiteral("/proc/self/ns/ipc")));
        // The segment dies with the namespace when the sleeper is ended; removing it is still tidy.
        QVERIFY(entry.value().run([&] { shmctl(shmid, IPC_RMID, nullptr); }).ok());
    }

    void theNamespaceOutlivesItsLastProcessWhileHeld()
    {
        if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        auto foreign = std::make_unique<ForeignNamespace>();
        QVERIFY2(foreign->start(), qPrintable(foreign->errorText()));
        auto entry = IpcNamespaceEntry::open(foreign->pid());
        SHM_VERIFY_OK(entry);
        const quint64 inode = foreign->inode();
        foreign.reset(); // its only process is gone
        quint64 inodeSeen = 0;
        QVERIFY(entry.value().run([&] { inodeSeen = IpcNamespaceEntry::ourInode(); }).ok());
        QCOMPARE(inodeSeen, inode);
    }

    void aProcessThatDoesNotExistIsRefused()
    {
        // pid_max is at most 4194304 (PID_MAX_LIMIT): this id is never a process.
        const auto entry = IpcNamespaceEntry::open(4194305);
        QVERIFY(!entry.ok());
        QVERIFY2(entry.error().message.contains(QStringLiteral("No process has this id")),
                 qPrintable(entry.error().message));
        QVERIFY(!IpcNamespaceEntry::open(0).ok());
        QVERIFY(!IpcNamespaceEntry::open(-5).ok());
    }

    void enteringWithoutTheCapabilityIsRefused()
    {
        if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        ForeignNamespace foreign;
        QVERIFY2(foreign.start(), qPrintable(foreign.errorText()));
        auto entry = IpcNamespaceEntry::open(foreign.pid());
        SHM_VERIFY_OK(entry);
        bool ran = false;
        core::Result<core::Done> entered = core::Done{};
        {
            // setns() checks the capability of the thread that calls it: a new thread takes the effective
            // uid of the moment, and a non-root euid clears CAP_SYS_ADMIN from the effective set.
            AsNobody nobody;
            QVERIFY(nobody.switched());
            entered = entry.value().run([&] { ran = true; });
        }
        QVERIFY(!entered.ok());
        QCOMPARE(entered.error().errnum, EPERM);
        QVERIFY2(entered.error().message.contains(QStringLiteral("CAP_SYS_ADMIN")),
                 qPrintable(entered.error().message));
        QVERIFY(!ran);
    }
};

QTEST_GUILESS_MAIN(TestIpcNamespaceEntry)
#include "tst_ipcnamespaceentry.moc"
