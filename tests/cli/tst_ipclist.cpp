// `shmscope --list --type sem|msg|all` end to end: the tables equal `ipcs -s` and `ipcs -q` byte for byte, and
// the JSON's values equal what `ipcs -s -i` and `ipcs -q -i` say, for real sets and queues made in the test's
// private IPC namespace (sets of 1 and 250 semaphores with values, a process blocked in semop, queues holding
// messages sent by another process). Everything made is removed at the end, even on failure.

#include "core/sysvipc/sysvipctest.h"
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <unistd.h>

using namespace testutils;

namespace {

const QString SemWaiter = QStringLiteral(SHMSCOPE_BIN_DIR "/semwaiter");
const QString MsgSender = QStringLiteral(SHMSCOPE_BIN_DIR "/msgsender");

Run list(const QString &type, const QStringList &more = {})
{
    return run(shmscopePath, QStringList{QStringLiteral("--list"), QStringLiteral("--type"), type} + more);
}

QJsonArray listJson(const QString &type)
{
    const Run listed = list(type, {QStringLiteral("--format=json")});
    return QJsonDocument::fromJson(listed.out).array();
}

QJsonObject withId(const QJsonArray &rows, const char *idKey, int id)
{
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QLatin1String(idKey)).toInt(-1) == id)
            return row.toObject();
    }
    return {};
}

// The keys, sorted, from a list of names.
QStringList sorted(std::initializer_list<const char *> names)
{
    QStringList keys;
    for (const char *name : names)
        keys.append(QLatin1String(name));
    keys.sort();
    return keys;
}

} // namespace

class TestIpcList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ipcs")).isEmpty())
            QSKIP("ipcs (util-linux) is not installed: the expected text comes from it");
    }

    // No set, no queue: the empty tables are ipcs's too.
    void emptyTablesEqualIpcs()
    {
        QCOMPARE(list(QStringLiteral("sem")).out, run(QStringLiteral("ipcs"), {QStringLiteral("-s")}).out);
        QCOMPARE(list(QStringLiteral("msg")).out, run(QStringLiteral("ipcs"), {QStringLiteral("-q")}).out);
    }

    // Sets of 1 and 250 semaphores and more, private and keyed, modes from 0 to 0777, one removed from the
    // middle so that the slots are not in order of creation: the table is ipcs -s, byte for byte.
    void semTableEqualsIpcs()
    {
        SemaphoreSetGuard one;
        QVERIFY(one.create(0x5e5a1001, {1}, 0640));
        QList<unsigned short> values;
        for (int i = 0; i < 250; ++i)
            values.append(static_cast<unsigned short>(i * 100));
        SemaphoreSetGuard large;
        QVERIFY(large.create(0, values, 0600));
        SemaphoreSetGuard gap;
        QVERIFY(gap.create(0, {0, 0}, 0));
        SemaphoreSetGuard wide;
        QVERIFY(wide.create(static_cast<key_t>(0xfedcba98), {3, 4, 5}, 0777));
        gap.reset();
        SemaphoreSetGuard refill;
        QVERIFY(refill.create(0, {9}, 0444));
        const Run ipcs = run(QStringLiteral("ipcs"), {QStringLiteral("-s")});
        const Run ours = list(QStringLiteral("sem"));
        QCOMPARE(ours.exitCode, 0);
        QCOMPARE(ours.err, QByteArray());
        QCOMPARE(QString::fromUtf8(ours.out), QString::fromUtf8(ipcs.out));
    }

    // Queues with messages from another process (and one received): the table is ipcs -q, byte for byte.
    void msgTableEqualsIpcs()
    {
        MessageQueueGuard empty;
        QVERIFY(empty.create(0x5e5a1002, 0644));
        MessageQueueGuard full;
        QVERIFY(full.create(0, 0600));
        QCOMPARE(run(MsgSender, {QString::number(full.id()), QStringLiteral("send"), QStringLiteral("1000"),
                                 QStringLiteral("24"), QStringLiteral("0")})
                     .out,
                 QByteArray("done\n"));
        QCOMPARE(run(MsgSender, {QString::number(full.id()), QStringLiteral("receive"), QStringLiteral("1")}).out,
                 QByteArray("done\n"));
        const Run ipcs = run(QStringLiteral("ipcs"), {QStringLiteral("-q")});
        const Run ours = list(QStringLiteral("msg"));
        QCOMPARE(ours.exitCode, 0);
        QCOMPARE(QString::fromUtf8(ours.out), QString::fromUtf8(ipcs.out));
        QVERIFY(ours.out.contains(" 24           2           \n"));
    }

    // The JSON of sets: the keys (and ipc_namespace, semaphores_error, waiters), every value as
    // ipcs -s -i gives it, a process blocked in semop counted and named as a waiter.
    void semJsonAgreesWithIpcs()
    {
        QList<unsigned short> values;
        for (int i = 0; i < 250; ++i)
            values.append(static_cast<unsigned short>(32767 - i));
        SemaphoreSetGuard set;
        QVERIFY(set.create(0x5e5a1003, values, 0640));
        QProcess waiter;
        const auto endWaiter = qScopeGuard([&] {
            waiter.kill();
            waiter.waitForFinished(5000);
        });
        // Waits on semaphore 5 for zero: its value is 32762, so it sleeps.
        waiter.start(SemWaiter, {QString::number(set.id()), QStringLiteral("5"), QStringLiteral("0")});
        QVERIFY(waiter.waitForReadyRead(5000));
        QTRY_VERIFY(semctl(set.id(), 5, GETZCNT) == 1);

        const QJsonObject s = withId(listJson(QStringLiteral("sem")), "semid", set.id());
        QVERIFY(!s.isEmpty());
        QCOMPARE(s.keys(),
                 sorted({"key", "semid", "owner", "perms", "nsems", "uid", "gid", "cuid", "cgid", "otime", "ctime",
                         "semaphores", "ipc_namespace", "semaphores_error", "waiters"}));
        const IpcsDetails ipcs = ipcsDetails("-s", set.id());
        QVERIFY(ipcs.ok);
        QCOMPARE(s.value(QLatin1String("key")).toString(), QStringLiteral("0x5e5a1003"));
        QCOMPARE(s.value(QLatin1String("owner")).toString(), QStringLiteral("root"));
        QCOMPARE(s.value(QLatin1String("perms")).toString(), QStringLiteral("640"));
        for (const char *key : {"uid", "gid", "cuid", "cgid", "nsems"})
            QCOMPARE(s.value(QLatin1String(key)).toInteger(), ipcs.fields.value(QLatin1String(key)).toLongLong());
        QCOMPARE(ipcsTime(s.value(QLatin1String("otime")).toInteger()), ipcs.fields.value(QStringLiteral("otime")));
        QCOMPARE(ipcsTime(s.value(QLatin1String("ctime")).toInteger()), ipcs.fields.value(QStringLiteral("ctime")));
        const QJsonArray semaphores = s.value(QLatin1String("semaphores")).toArray();
        QCOMPARE(semaphores.size(), 250);
        QCOMPARE(ipcs.rows.size(), 250);
        for (int i = 0; i < 250; ++i) {
            const QJsonObject one = semaphores.at(i).toObject();
            QCOMPARE(one.keys(), sorted({"num", "value", "pid", "command", "ncnt", "zcnt"}));
            QCOMPARE(one.value(QLatin1String("num")).toInt(), ipcs.rows[i].semnum);
            QCOMPARE(one.value(QLatin1String("value")).toInt(), ipcs.rows[i].value);
            QCOMPARE(one.value(QLatin1String("ncnt")).toInt(), ipcs.rows[i].ncount);
            QCOMPARE(one.value(QLatin1String("zcnt")).toInt(), ipcs.rows[i].zcount);
            QCOMPARE(one.value(QLatin1String("pid")).toInteger(), ipcs.rows[i].pid);
        }
        QCOMPARE(semaphores.at(5).toObject().value(QLatin1String("zcnt")).toInt(), 1);
        const QJsonArray waiters = s.value(QLatin1String("waiters")).toArray();
        QCOMPARE(waiters.size(), 1);
        const QJsonObject w = waiters.first().toObject();
        QCOMPARE(w.value(QLatin1String("pid")).toInteger(), waiter.processId());
        QCOMPARE(w.value(QLatin1String("command")).toString(), QStringLiteral("semwaiter"));
        QCOMPARE(w.value(QLatin1String("semnum")).toInt(), 5);
        QCOMPARE(w.value(QLatin1String("waits_for")).toString(), QStringLiteral("zero"));
    }

    // The JSON of queues: the keys (and ipc_namespace and the two commands), values as ipcs -q -i.
    void msgJsonAgreesWithIpcs()
    {
        MessageQueueGuard queue;
        QVERIFY(queue.create(0x5e5a1004, 0620));
        QCOMPARE(run(MsgSender, {QString::number(queue.id()), QStringLiteral("send"), QStringLiteral("7"),
                                 QStringLiteral("8")})
                     .out,
                 QByteArray("done\n"));
        const QJsonObject q = withId(listJson(QStringLiteral("msg")), "msqid", queue.id());
        QVERIFY(!q.isEmpty());
        QCOMPARE(q.keys(),
                 sorted({"key", "msqid", "owner", "perms", "cbytes", "qnum", "lspid", "lrpid", "stime", "rtime",
                         "ctime", "uid", "gid", "cuid", "cgid", "ipc_namespace", "lspid_command", "lrpid_command"}));
        const IpcsDetails ipcs = ipcsDetails("-q", queue.id());
        QVERIFY(ipcs.ok);
        QCOMPARE(q.value(QLatin1String("key")).toString(), QStringLiteral("0x5e5a1004"));
        QCOMPARE(q.value(QLatin1String("perms")).toString(), QStringLiteral("620"));
        for (const char *key : {"uid", "gid", "cuid", "cgid", "cbytes", "qnum", "lspid", "lrpid"})
            QCOMPARE(q.value(QLatin1String(key)).toInteger(), ipcs.fields.value(QLatin1String(key)).toLongLong());
        QCOMPARE(q.value(QLatin1String("cbytes")).toInteger(), 15);
        QCOMPARE(ipcsTime(q.value(QLatin1String("stime")).toInteger()), ipcs.fields.value(QStringLiteral("send_time")));
        QCOMPARE(ipcsTime(q.value(QLatin1String("rtime")).toInteger()), ipcs.fields.value(QStringLiteral("rcv_time")));
        QCOMPARE(ipcsTime(q.value(QLatin1String("ctime")).toInteger()),
                 ipcs.fields.value(QStringLiteral("change_time")));
        QVERIFY(q.value(QLatin1String("lrpid_command")).isNull());
    }

    // --type all: the sets and queues in the JSON as their own --type prints them, and in the table after the
    // segments' one.
    void typeAllIncludesSetsAndQueues()
    {
        SemaphoreSetGuard set;
        QVERIFY(set.create(0, {2}));
        MessageQueueGuard queue;
        QVERIFY(queue.create(0));
        const QJsonObject all =
            QJsonDocument::fromJson(list(QStringLiteral("all"), {QStringLiteral("--format=json")}).out).object();
        QCOMPARE(all.value(QLatin1String("sem")).toArray(), listJson(QStringLiteral("sem")));
        QCOMPARE(all.value(QLatin1String("msg")).toArray(), listJson(QStringLiteral("msg")));
        QVERIFY(!withId(all.value(QLatin1String("sem")).toArray(), "semid", set.id()).isEmpty());
        const QByteArray table = list(QStringLiteral("all")).out;
        QVERIFY(table.contains(run(QStringLiteral("ipcs"), {QStringLiteral("-s")}).out));
        QVERIFY(table.contains(run(QStringLiteral("ipcs"), {QStringLiteral("-q")}).out));
    }

    // --namespace all: each namespace's sets under its line, ours among them.
    void namespaceAllHeadsEachNamespace()
    {
        SemaphoreSetGuard set;
        QVERIFY(set.create(0x5e5a1005, {1}));
        const Run listed = list(QStringLiteral("sem"), {QStringLiteral("--namespace=all")});
        QCOMPARE(listed.exitCode, 0);
        const QByteArray ours = "IPC namespace ipc:[" + QByteArray::number(ForeignNamespace::inodeOf(
                                                            QStringLiteral("/proc/self/ns/ipc")))
                                + "] (ours";
        QVERIFY2(listed.out.startsWith("IPC namespace ipc:["), listed.out.constData());
        const qsizetype at = listed.out.indexOf(ours);
        QVERIFY2(at >= 0, listed.out.constData());
        QVERIFY(listed.out.indexOf("0x5e5a1005", at) > at);
    }

    void badInputRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("expectedErr");
        QTest::newRow("sem as csv") << QStringList{QStringLiteral("--list"), QStringLiteral("--type=sem"),
                                                   QStringLiteral("--format=csv")}
                                    << QByteArray("shmscope: --format csv lists System V segments only; use table "
                                                  "or json with --type sem.\n");
        QTest::newRow("all as csv") << QStringList{QStringLiteral("--list"), QStringLiteral("--type=all"),
                                                   QStringLiteral("--format=csv")}
                                    << QByteArray("shmscope: --format csv lists System V segments only; use table "
                                                  "or json with --type all.\n");
        QTest::newRow("semaphores") << QStringList{QStringLiteral("--list"), QStringLiteral("--type=semaphores")}
                                    << QByteArray("shmscope: unknown --type \"semaphores\"; use sysv, sem, msg, "
                                                  "posix or all.\n");
    }
    void badInputRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, expectedErr);
        const Run refused = run(shmscopePath, args);
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.out, QByteArray());
        QCOMPARE(refused.err, expectedErr);
    }
};

QTEST_GUILESS_MAIN(TestIpcList)
#include "tst_ipclist.moc"
