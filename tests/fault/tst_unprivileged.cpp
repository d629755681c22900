// What a user without privileges meets, all in one place: root's segments are listed, attaching them
// read-only or read-write is refused with EACCES and a sentence that says which bit is missing, removing
// them is refused with EPERM, and after every refusal the segment's bytes and its IPC_STAT record are what
// they were. Root passes every one of these checks, so each case runs a real program as user nobody
// (testutils::Unprivileged): the shmscope executable itself, or a helper that calls the real core class
// (tests/helpers/attachprobe: core::Attachment::attach, shmremove: core::Shm::remove).
//
// Scattered cases of the same kind stay where they are (tst_attachment, tst_shm, tst_dump, tst_hexpane);
// this test is the one list a reviewer can read from top to bottom.

#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstring>

using testutils::AttachedPeer;
using testutils::Mapping;
using testutils::Run;
using testutils::SegmentGuard;
using testutils::Unprivileged;

namespace {

constexpr size_t SegmentBytes = 4096 + 100; // a page and a part of one

// Everything IPC_STAT says that a refused call could have changed.
QString statText(const struct shmid_ds &ds)
{
    return QStringLiteral("key 0x%1 uid %2 gid %3 cuid %4 cgid %5 mode 0%6 size %7 atime %8 dtime %9 ")
               .arg(quint32(ds.shm_perm.__key), 8, 16, QLatin1Char('0'))
               .arg(ds.shm_perm.uid)
               .arg(ds.shm_perm.gid)
               .arg(ds.shm_perm.cuid)
               .arg(ds.shm_perm.cgid)
               .arg(ds.shm_perm.mode, 0, 8)
               .arg(ds.shm_segsz)
               .arg(ds.shm_atime)
               .arg(ds.shm_dtime) +
           QStringLiteral("ctime %1 cpid %2 lpid %3 nattch %4")
               .arg(ds.shm_ctime)
               .arg(ds.shm_cpid)
               .arg(ds.shm_lpid)
               .arg(ds.shm_nattch);
}

QByteArray pattern()
{
    QByteArray bytes(qsizetype(SegmentBytes), '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 131 + 7) & 0xff);
    return bytes;
}

} // namespace

class TestUnprivileged : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refusedAndNothingChanged_data();
    void refusedAndNothingChanged();
    void listShowsRootsSegment();

private:
    // The program as nobody: shmscope or a helper of tests/helpers, copied where nobody may run it.
    bool runAsNobody(const QString &program, const QStringList &args, Run *result);

    SegmentGuard m_segment;
    AttachedPeer m_peer; // root's own attach: the refusals must leave it as it is
};

void TestUnprivileged::init()
{
    if (const QString reason = Unprivileged::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
}

void TestUnprivileged::cleanup()
{
    m_peer.stop();
    m_segment.reset();
}

bool TestUnprivileged::runAsNobody(const QString &program, const QStringList &args, Run *result)
{
    Unprivileged nobody;
    if (!nobody.prepare(QStringLiteral(SHMSCOPE_BIN_DIR "/") + program))
        return false;
    *result = nobody.run(args);
    return true;
}

void TestUnprivileged::refusedAndNothingChanged_data()
{
    QTest::addColumn<int>("mode");              // root's segment, owner and group root
    QTest::addColumn<QString>("program");       // in SHMSCOPE_BIN_DIR
    QTest::addColumn<QStringList>("arguments"); // SHMID stands for the segment's id
    QTest::addColumn<QStringList>("says");      // all of them in what the program printed

    const QString eacces = QStringLiteral("EACCES");
    const QString nobody = QStringLiteral("uid 65534");
    const QString others = QStringLiteral("others");
    const QString shmid = QStringLiteral("SHMID");
    const QString ro = QStringLiteral("ro");
    const QString rw = QStringLiteral("rw");

    // core::Attachment::attach as nobody.
    QTest::newRow("attach read-only, 0600")
        << 0600 << QStringLiteral("attachprobe") << QStringList{shmid, ro}
        << QStringList{eacces, others, QStringLiteral("may not read it"), nobody};
    QTest::newRow("attach read-write, 0600")
        << 0600 << QStringLiteral("attachprobe") << QStringList{shmid, rw}
        << QStringList{eacces, others, QStringLiteral("may not read or write it"), nobody};
    // Others may read: the sentence names the missing write bit and offers what would work.
    QTest::newRow("attach read-write, 0604")
        << 0604 << QStringLiteral("attachprobe") << QStringList{shmid, rw}
        << QStringList{eacces, others, QStringLiteral("may not write it"),
                       QStringLiteral("attach it read-only")};
    // The real executable attaches read-only for --dump and --read.
    QTest::newRow("shmscope --dump, 0600")
        << 0600 << QStringLiteral("shmscope") << QStringList{QStringLiteral("--dump"), shmid}
        << QStringList{QStringLiteral("shmscope: "), eacces, QStringLiteral("may not read it"), nobody};
    QTest::newRow("shmscope --read, 0600")
        << 0600 << QStringLiteral("shmscope") << QStringList{QStringLiteral("--read"), shmid}
        << QStringList{QStringLiteral("shmscope: "), eacces, QStringLiteral("may not read it"), nobody};
    // core::Shm::remove as nobody: reading and writing are allowed, removing stays with owner, creator and
    // root.
    QTest::newRow("remove, 0666") << 0666 << QStringLiteral("shmremove") << QStringList{shmid}
                                  << QStringList{QStringLiteral("EPERM"), QStringLiteral("IPC_RMID"), nobody};
}

void TestUnprivileged::refusedAndNothingChanged()
{
    QFETCH(int, mode);
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, says);

    QVERIFY2(m_segment.create(testutils::uniqueKey(1), SegmentBytes, mode), strerror(errno));
    Mapping(m_segment.id()).fill(0, pattern());
    QVERIFY2(m_peer.start(m_segment.id(), true), qPrintable(m_peer.errorText()));
    const auto before = testutils::shmStat(m_segment.id());
    QVERIFY(before);

    arguments.replaceInStrings(QStringLiteral("SHMID"), QString::number(m_segment.id()));
    Run run;
    QVERIFY2(runAsNobody(program, arguments, &run), "cannot copy the program where nobody may run it");
    const QString output = QString::fromLocal8Bit(run.out + run.err).trimmed();
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(output)));
    // Refused, so nothing reached stdout: no byte of the segment, no "ok".
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    for (const QString &text : std::as_const(says))
        QVERIFY2(output.contains(text), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(text, output)));

    // The refusal changed nothing: the bytes, and every field of the kernel's record (no attach counted,
    // no time moved, the mode and owner as they were).
    const auto after = testutils::shmStat(m_segment.id());
    QVERIFY2(after, "the segment is gone");
    QCOMPARE(statText(*after), statText(*before));
    QCOMPARE(Mapping(m_segment.id()).bytes(0, SegmentBytes), pattern());
}

// Listing needs no permission on the segments: /proc/sysvipc/shm shows them all, whatever their mode. The
// processes attached to root's segment are another matter (root's /proc/PID/maps is closed to nobody), but
// the kernel's own count still says one.
void TestUnprivileged::listShowsRootsSegment()
{
    const key_t key = testutils::uniqueKey(2);
    QVERIFY2(m_segment.create(key, SegmentBytes, 0600), strerror(errno));
    QVERIFY2(m_peer.start(m_segment.id(), false), qPrintable(m_peer.errorText()));
    const auto before = testutils::shmStat(m_segment.id());
    QVERIFY(before);

    Run run;
    QVERIFY2(runAsNobody(QStringLiteral("shmscope"),
                         {QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("json")},
                         &run),
             "cannot copy shmscope where nobody may run it");
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(document.isArray(), qPrintable(error.errorString()));

    QJsonObject listed;
    for (const QJsonValue &value : document.array()) {
        if (value.toObject().value(QLatin1String("shmid")).toInt() == m_segment.id())
            listed = value.toObject();
    }
    QVERIFY2(!listed.isEmpty(), run.out.constData());
    QCOMPARE(listed.value(QLatin1String("key")).toString(),
             QStringLiteral("0x%1").arg(quint32(key), 8, 16, QLatin1Char('0')));
    QCOMPARE(listed.value(QLatin1String("owner")).toString(), QStringLiteral("root"));
    QCOMPARE(listed.value(QLatin1String("perms")).toString(), QStringLiteral("600"));
    QCOMPARE(listed.value(QLatin1String("bytes")).toInteger(), qint64(SegmentBytes));
    QCOMPARE(listed.value(QLatin1String("nattch")).toInt(), 1);

    const auto after = testutils::shmStat(m_segment.id());
    QVERIFY(after);
    QCOMPARE(statText(*after), statText(*before));
}

QTEST_GUILESS_MAIN(TestUnprivileged)
#include "tst_unprivileged.moc"
