// core::Msg against the kernel: a queue made (with ipcmk's twin), found by key, stat'ed, listed by slot, removed
// (with ipcrm's twin), and removed again (a plain message). Every queue is removed at the end, even on failure.

#include "core/coretest.h"
#include "core/kernel/calllog.h"
#include "core/kernel/msg.h"
#include "core/sysvipc/sysvipctest.h"
#include "testutils.h"

#include <QSignalSpy>
#include <QTest>

using core::CallLog;
using core::CallRecord;
using core::Msg;
using testutils::MessageQueueGuard;

class TestMsg : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<CallRecord>(); }

    void createFindStatRemove()
    {
        QSignalSpy spy(&CallLog::instance(), &CallLog::recorded);
        const auto created = Msg::create(std::nullopt, 0620);
        SHM_VERIFY_OK(created);
        const int msqid = created.value();
        const auto removeAtEnd = qScopeGuard([&] { msgctl(msqid, IPC_RMID, nullptr); });
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<CallRecord>().shell, QStringLiteral("ipcmk -Q -p 0620"));

        const auto ds = Msg::stat(msqid, Msg::Log::Quiet);
        SHM_VERIFY_OK(ds);
        QCOMPARE(ds.value().msg_perm.mode & 0777, 0620u);
        QCOMPARE(ds.value().msg_qnum, 0u);

        // The slot listing (the fallback without /proc) finds it.
        const auto table = Msg::table();
        SHM_VERIFY_OK(table);
        bool found = false;
        for (int index = 0; index <= table.value().highestIndex; ++index) {
            const auto slot = Msg::statIndex(index);
            found = found || (slot.ok() && slot.value().msqid == msqid);
        }
        QVERIFY(found);

        SHM_VERIFY_OK(Msg::remove(msqid));
        QCOMPARE(spy.last().at(0).value<CallRecord>().shell, QStringLiteral("ipcrm -q %1").arg(msqid));
        struct msqid_ds after = {};
        QCOMPARE(msgctl(msqid, IPC_STAT, &after), -1);
        const auto again = Msg::remove(msqid);
        QVERIFY(!again.ok());
        QVERIFY(!again.error().message.isEmpty());
    }

    void keyedQueueIsFoundByKey()
    {
        MessageQueueGuard queue;
        QVERIFY(queue.create(0x5e5a2001, 0600));
        const auto id = Msg::idOfKey(0x5e5a2001);
        SHM_VERIFY_OK(id);
        QCOMPARE(id.value(), queue.id());
        const auto existing = Msg::create(0x5e5a2001, 0600);
        QVERIFY(!existing.ok());
        QCOMPARE(existing.error().errnum, EEXIST);
    }
};

QTEST_GUILESS_MAIN(TestMsg)
#include "tst_msg.moc"
