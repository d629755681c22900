// core::ObservedSegment against a real writer: shmdemo renaming itself every few ms in a segment of its own.
// What it reads is compared with the writer's own report (its pid, the names it prints); the kernel's fields
// that an attach would move (nattch, lpid, atime) are read with a plain IPC_STAT of the test's own.

#include "core/coretest.h"
#include "core/kernel/attachment.h"
#include "core/kernel/observedsegment.h"
#include "core/observe/segmentholders.h"
#include "core/segments/segmentscanner.h"
#include "testutils.h"

#include <QProcess>
#include <QTest>

#include <sys/shm.h>

using core::ObservedSegment;
using testutils::SegmentGuard;

namespace {

constexpr quint64 StPidSize = 56;

// shmdemo write NAME --key KEY --every MS, holding a minute: started, and its segment known, once it says it
// holds. Ended (SIGTERM: it detaches) by stop() or when the scope ends.
class Writer
{
public:
    Writer() = default;
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;
    ~Writer() { stop(); }

    bool start(const QString &name, key_t key, int everyMs)
    {
        m_process.start(QStringLiteral(SHMSCOPE_BIN_DIR "/shmdemo"),
                        {QStringLiteral("write"), name, QStringLiteral("--key"), QString::number(key),
                         QStringLiteral("--hold"), QStringLiteral("60"), QStringLiteral("--every"),
                         QString::number(everyMs)});
        if (!m_process.waitForStarted(5000))
            return false;
        for (;;) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine();
                m_out += line;
                if (line.startsWith("holding for")) {
                    m_shmid = shmget(key, 0, 0);
                    return m_shmid >= 0;
                }
            }
            if (!m_process.waitForReadyRead(5000))
                return false;
        }
    }
    // SIGTERM ends its hold early; it detaches and exits.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    [[nodiscard]] int shmid() const { return m_shmid; }
    [[nodiscard]] QString errorText() { return m_process.errorString() + QString::fromUtf8(m_out + m_process.readAllStandardError()); }

private:
    QProcess m_process;
    QByteArray m_out;
    int m_shmid = -1;
};

qint32 pidIn(const QByteArray &record)
{
    qint32 pid = 0;
    std::memcpy(&pid, record.constData(), sizeof pid);
    return pid;
}

QByteArray nameIn(const QByteArray &record)
{
    return QByteArray(record.constData() + 4); // names[] always ends in a NUL: shmdemo writes the whole array
}

bool inSysvipc(int shmid)
{
    QFile file(QStringLiteral("/proc/sysvipc/shm"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray id = QByteArray::number(shmid);
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 1 && fields[1] == id)
            return true;
    }
    return false;
}

} // namespace

class TestObservedSegment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWithoutMovingTheKernelsFields_data();
    void readsWithoutMovingTheKernelsFields();
    void scanCountsOurAttachNotOurObserving();
    void destSegmentIsNotKeptAlive();
    void holderExitWhileReadingThroughIt();
    void refusedAsNobodyWithTheReason();
    void noHolderIsRefused();
    void writesOnlyWhenReadWrite_data();
    void writesOnlyWhenReadWrite();
};

void TestObservedSegment::readsWithoutMovingTheKernelsFields_data()
{
    QTest::addColumn<ObservedSegment::Method>("method");
    QTest::addColumn<QString>("how");
    QTest::newRow("map_files") << ObservedSegment::Method::MapFiles << QStringLiteral("map_files");
    QTest::newRow("process_vm_readv") << ObservedSegment::Method::ProcessMemory
                                      << QStringLiteral("process_vm_readv");
}

void TestObservedSegment::readsWithoutMovingTheKernelsFields()
{
    QFETCH(ObservedSegment::Method, method);
    QFETCH(QString, how);
    SegmentGuard guard;
    Writer writer;
    QVERIFY2(writer.start(QStringLiteral("Obs"), testutils::uniqueKey(1), 20), qPrintable(writer.errorText()));
    guard.adopt(writer.shmid());
    const auto before = testutils::shmStat(writer.shmid());
    QVERIFY(before);

    const auto opened = ObservedSegment::open(writer.shmid(), ObservedSegment::Mode::ReadOnly, method);
    SHM_VERIFY_OK(opened);
    const ObservedSegment &observed = *opened.value();
    QCOMPARE(observed.size(), StPidSize);
    QCOMPARE(observed.readsThrough(),
             QStringLiteral("observing through pid %1 (shmdemo), %2").arg(writer.pid()).arg(how));
    // The writer renames itself as we read: we follow it, its pid in front of each name.
    QSet<QByteArray> names;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 const auto record = observed.read(0, StPidSize);
                                 if (!record.ok() || pidIn(record.value()) != writer.pid())
                                     return false;
                                 names.insert(nameIn(record.value()));
                                 return names.size() >= 3;
                             }()),
                             20000);
    for (const QByteArray &name : std::as_const(names))
        QVERIFY2(name.startsWith("Obs"), name.constData());

    const auto after = testutils::shmStat(writer.shmid());
    QVERIFY(after);
    QCOMPARE(after->shm_nattch, before->shm_nattch);
    QCOMPARE(after->shm_lpid, before->shm_lpid);
    QCOMPARE(after->shm_atime, before->shm_atime);
    QCOMPARE(after->shm_dtime, before->shm_dtime);
    QCOMPARE(observed.state(), core::MappedObject::State::Alive);
    QCOMPARE(observed.holderGone(), std::nullopt);
}

// Our map_files mapping shows in our maps as a mapping of the segment, but it is no attach (nattch does not count
// it). With an attach of ours beside it (so that the scan reads our maps too), a scan lists the writer and us
// once each, as nattch 2 says, not our observing mapping as a third.
void TestObservedSegment::scanCountsOurAttachNotOurObserving()
{
    SegmentGuard guard;
    Writer writer;
    QVERIFY2(writer.start(QStringLiteral("Alone"), testutils::uniqueKey(7), 200), qPrintable(writer.errorText()));
    guard.adopt(writer.shmid());
    const auto opened =
        ObservedSegment::open(writer.shmid(), ObservedSegment::Mode::ReadOnly, ObservedSegment::Method::MapFiles);
    SHM_VERIFY_OK(opened);
    const auto attached = core::Attachment::attach(writer.shmid());
    SHM_VERIFY_OK(attached);
    core::SegmentScanner scanner;
    const auto scan = scanner.scan();
    SHM_VERIFY_OK(scan);
    const auto segment = std::find_if(scan.value().segments.cbegin(), scan.value().segments.cend(),
                                      [&](const core::SegmentInfo &s) { return s.shmid == writer.shmid(); });
    QVERIFY(segment != scan.value().segments.cend());
    QCOMPARE(segment->nattch, 2);
    QList<qint64> pids;
    for (const core::AttachedProcess &process : segment->attached)
        pids << process.pid;
    std::sort(pids.begin(), pids.end());
    QList<qint64> expected{writer.pid(), QCoreApplication::applicationPid()};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(pids, expected);
}

void TestObservedSegment::destSegmentIsNotKeptAlive()
{
    SegmentGuard guard;
    Writer writer;
    QVERIFY2(writer.start(QStringLiteral("Dest"), testutils::uniqueKey(2), 20), qPrintable(writer.errorText()));
    const int shmid = writer.shmid();
    guard.adopt(shmid);
    const auto opened = ObservedSegment::open(shmid, ObservedSegment::Mode::ReadOnly, ObservedSegment::Method::MapFiles);
    SHM_VERIFY_OK(opened);
    const ObservedSegment &observed = *opened.value();
    QCOMPARE(shmctl(shmid, IPC_RMID, nullptr), 0); // dest: lives until its last detach
    QTRY_COMPARE(observed.state(), core::MappedObject::State::Removed);
    const qint64 pid = writer.pid();
    writer.stop();
    // The writer's detach was the last: the kernel destroyed it, though we still read its pages.
    QVERIFY(!inSysvipc(shmid));
    QCOMPARE(testutils::shmStat(shmid), std::nullopt);
    QCOMPARE(observed.state(), core::MappedObject::State::Gone);
    QCOMPARE(observed.holderGone(), std::optional<qint64>(pid));
    const auto record = observed.read(0, StPidSize);
    SHM_VERIFY_OK(record);
    QCOMPARE(pidIn(record.value()), qint32(pid));
    QVERIFY(nameIn(record.value()).startsWith("Dest"));
}

void TestObservedSegment::holderExitWhileReadingThroughIt()
{
    SegmentGuard guard;
    Writer writer;
    QVERIFY2(writer.start(QStringLiteral("Gone"), testutils::uniqueKey(3), 5), qPrintable(writer.errorText()));
    guard.adopt(writer.shmid());
    const auto opened = ObservedSegment::open(writer.shmid(), ObservedSegment::Mode::ReadOnly,
                                              ObservedSegment::Method::ProcessMemory);
    SHM_VERIFY_OK(opened);
    const ObservedSegment &observed = *opened.value();
    const qint64 pid = writer.pid();
    SHM_VERIFY_OK(observed.read(0, StPidSize));
    writer.stop();
    QCOMPARE(observed.holderGone(), std::optional<qint64>(pid));
    const auto refused = observed.read(0, StPidSize);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             QStringLiteral("The memory of process %1 could not be read: it has ended, or you may not trace it.")
                 .arg(pid));
    char buffer[StPidSize];
    QCOMPARE(observed.readAvailable(0, buffer, StPidSize), std::nullopt);
}

void TestObservedSegment::refusedAsNobodyWithTheReason()
{
    if (geteuid() != 0)
        QSKIP("needs root, to be user nobody for a moment");
    SegmentGuard guard;
    Writer writer;
    QVERIFY2(writer.start(QStringLiteral("Root"), testutils::uniqueKey(4), 50), qPrintable(writer.errorText()));
    guard.adopt(writer.shmid());
    // Readable by everyone: what refuses is the holder, a process of root's, not the segment's mode.
    struct shmid_ds ds = *testutils::shmStat(writer.shmid());
    ds.shm_perm.mode = 0644;
    QCOMPARE(shmctl(writer.shmid(), IPC_SET, &ds), 0);
    const auto before = testutils::shmStat(writer.shmid());
    std::optional<core::Result<std::unique_ptr<ObservedSegment>>> opened;
    {
        testutils::AsNobody nobody;
        QVERIFY(nobody.switched());
        opened.emplace(ObservedSegment::open(writer.shmid()));
    }
    QVERIFY(!opened->ok());
    QVERIFY2(opened->error().message.startsWith(
                 QStringLiteral("No process that we may look at maps segment %1: there is nobody to observe it "
                                "through. The memory maps of ")
                     .arg(writer.shmid())),
             qPrintable(opened->error().message));
    const QString rule = QFile::exists(QStringLiteral("/proc/sys/kernel/yama/ptrace_scope"))
                             ? QStringLiteral("Yama's ptrace_scope is")
                             : QStringLiteral("this kernel has no Yama (/proc/sys/kernel/yama/ptrace_scope is "
                                              "absent), so a process of the same uid, or one with CAP_SYS_PTRACE, "
                                              "may read it");
    QVERIFY2(opened->error().message.contains(QStringLiteral("could not be read: that needs the right to ptrace "
                                                             "them, and ")
                                              + rule),
             qPrintable(opened->error().message));
    QVERIFY2(opened->error().message.endsWith(QStringLiteral("Attach it instead to read it.")),
             qPrintable(opened->error().message));
    // Refused, and nothing attached instead.
    const auto after = testutils::shmStat(writer.shmid());
    QCOMPARE(after->shm_nattch, before->shm_nattch);
    QCOMPARE(after->shm_lpid, before->shm_lpid);
}

void TestObservedSegment::noHolderIsRefused()
{
    SegmentGuard guard;
    QVERIFY(guard.create(IPC_PRIVATE, 100));
    const auto opened = ObservedSegment::open(guard.id());
    QVERIFY(!opened.ok());
    // Between the two, how many processes' maps we could not read: what the machine runs, even for root
    // (a process of another user namespace).
    const QString message = opened.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("No process that we may look at maps segment %1: there is nobody "
                                               "to observe it through. ")
                                    .arg(guard.id())),
             qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral(" Attach it instead to read it.")), qPrintable(message));
    const auto ds = testutils::shmStat(guard.id());
    QCOMPARE(ds->shm_nattch, shmatt_t(0));
    QCOMPARE(ds->shm_atime, time_t(0));
}

void TestObservedSegment::writesOnlyWhenReadWrite_data()
{
    readsWithoutMovingTheKernelsFields_data();
}

void TestObservedSegment::writesOnlyWhenReadWrite()
{
    QFETCH(ObservedSegment::Method, method);
    SegmentGuard guard;
    Writer writer; // renames every 10 s: our bytes past names[]'s text stay as we wrote them meanwhile
    QVERIFY2(writer.start(QStringLiteral("W"), testutils::uniqueKey(5), 10000), qPrintable(writer.errorText()));
    guard.adopt(writer.shmid());
    testutils::Mapping mine(writer.shmid());
    QVERIFY(mine.ok());

    auto readOnly = ObservedSegment::open(writer.shmid(), ObservedSegment::Mode::ReadOnly, method);
    SHM_VERIFY_OK(readOnly);
    const auto refused = readOnly.value()->write(50, "xy");
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             QStringLiteral("Segment %1 is observed read-only: observe it read-write to edit.").arg(writer.shmid()));
    QCOMPARE(mine.bytes(50, 2), QByteArray(2, '\0'));

    auto readWrite = ObservedSegment::open(writer.shmid(), ObservedSegment::Mode::ReadWrite, method);
    SHM_VERIFY_OK(readWrite);
    SHM_VERIFY_OK(readWrite.value()->write(50, "xy"));
    QCOMPARE(mine.bytes(50, 2), QByteArray("xy"));
    const auto past = readWrite.value()->write(55, "ab");
    QVERIFY(!past.ok());
    QCOMPARE(past.error().message,
             QStringLiteral("Writing 2 byte(s) at offset 55 would pass the end of segment %1, whose size is 56. "
                            "Nothing was written.")
                 .arg(writer.shmid()));
    QCOMPARE(mine.bytes(55, 1), QByteArray(1, '\0'));
}

QTEST_GUILESS_MAIN(TestObservedSegment)
#include "tst_observedsegment.moc"
