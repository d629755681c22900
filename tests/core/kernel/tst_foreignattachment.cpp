// core::Attachment of a segment that lives in another IPC namespace (a real `unshare -i` process standing in
// for a container): attached through core::IpcNamespaceEntry, its bytes are the ones a program inside wrote
// and reads, its IPC_STAT is asked there, and our own scan never credits the attach to our namespace's
// segment of the same shmid.

#include "core/coretest.h"
#include "core/kernel/attachment.h"
#include "core/kernel/calllog.h"
#include "core/kernel/ipcnamespaceentry.h"
#include "core/segments/segmentscanner.h"
#include "foreignsegment.h"

#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using core::Attachment;
using core::IpcNamespaceEntry;
using testutils::ForeignNamespace;
using testutils::ForeignSegment;

class TestForeignAttachment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void readOnlyAttachReadsWhatAWriterInsideWrote();
    void readWriteAttachIsReadBackInside();
    void nattchMovesInsideOnlyAndStateIsAskedThere();
    void callLogShowsTheEntryOnceBeforeTheShmat();
    void nameSaysWhereItLives();
    void aMissingSegmentIsSaidWithItsPlace();
    void ourScanDoesNotCreditOurForeignAttachToOurSegment();
    void refusedWithoutTheCapabilityAndNothingAttached();

private:
    // The entry of the namespace, shared as an Attachment keeps it.
    std::shared_ptr<const IpcNamespaceEntry> entry() const;

    std::unique_ptr<ForeignNamespace> m_namespace;
};

void TestForeignAttachment::init()
{
    if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_namespace = std::make_unique<ForeignNamespace>();
    QVERIFY2(m_namespace->start(), qPrintable(m_namespace->errorText()));
}

void TestForeignAttachment::cleanup()
{
    m_namespace.reset();
    coretest::verifyNoLeftoverSegments();
}

std::shared_ptr<const IpcNamespaceEntry> TestForeignAttachment::entry() const
{
    auto opened = IpcNamespaceEntry::open(m_namespace->pid());
    return opened.ok() ? std::make_shared<const IpcNamespaceEntry>(std::move(opened.value())) : nullptr;
}

void TestForeignAttachment::readOnlyAttachReadsWhatAWriterInsideWrote()
{
    ForeignSegment segment(*m_namespace);
    QVERIFY(segment.create(4096));
    QVERIFY(segment.poke(100, "written inside"));
    const auto attached = Attachment::attach(segment.id(), Attachment::Mode::ReadOnly, entry());
    SHM_VERIFY_OK(attached);
    const Attachment &a = *attached.value();
    QCOMPARE(a.size(), quint64(4096));
    QVERIFY(!a.isWritable());
    QCOMPARE(a.read(100, 14).value(), QByteArray("written inside"));
    // Live: a later write inside shows through our mapping.
    QVERIFY(segment.poke(0, "\x01\x02\x03"));
    QCOMPARE(a.read(0, 3).value(), QByteArray("\x01\x02\x03"));
}

void TestForeignAttachment::readWriteAttachIsReadBackInside()
{
    ForeignSegment segment(*m_namespace);
    QVERIFY(segment.create(8192));
    auto attached = Attachment::attach(segment.id(), Attachment::Mode::ReadWrite, entry());
    SHM_VERIFY_OK(attached);
    SHM_VERIFY_OK(attached.value()->write(5000, "from outside", Attachment::Log::Quiet));
    QCOMPARE(segment.peek(5000, 12), QByteArray("from outside"));
}

void TestForeignAttachment::nattchMovesInsideOnlyAndStateIsAskedThere()
{
    if (const QString why = testutils::idReuseUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    // Ours and theirs under one shmid.
    testutils::SegmentGuard ours;
    QVERIFY(ours.create(IPC_PRIVATE, 4096));
    ForeignSegment theirs(*m_namespace);
    QVERIFY(theirs.create(4096, ours.id()));
    QCOMPARE(theirs.stat()->shm_nattch, shmatt_t(0));

    auto attached = Attachment::attach(theirs.id(), Attachment::Mode::ReadOnly, entry());
    SHM_VERIFY_OK(attached);
    QCOMPARE(theirs.stat()->shm_nattch, shmatt_t(1));
    QCOMPARE(testutils::shmStat(ours.id())->shm_nattch, shmatt_t(0));
    QCOMPARE(attached.value()->state(), Attachment::State::Alive);

    // Removed inside, while ours of the same id lives on: only an IPC_STAT made inside sees dest.
    QVERIFY(theirs.remove());
    QCOMPARE(attached.value()->state(), Attachment::State::Removed);
    QVERIFY(testutils::shmStat(ours.id()).has_value());

    attached = core::Error::plain({}); // detaches: the kernel destroys theirs with our last attach
    QVERIFY(!theirs.stat().has_value());
    QVERIFY(testutils::shmStat(ours.id()).has_value());
}

void TestForeignAttachment::callLogShowsTheEntryOnceBeforeTheShmat()
{
    ForeignSegment segment(*m_namespace);
    QVERIFY(segment.create(4096));
    const auto where = entry();
    QVERIFY(where);
    QSignalSpy spy(&core::CallLog::instance(), &core::CallLog::recorded);
    auto attached = Attachment::attach(segment.id(), Attachment::Mode::ReadOnly, where);
    SHM_VERIFY_OK(attached);
    static_cast<void>(attached.value()->state()); // the refresh's IPC_STAT: never recorded
    const QStringList calls = coretest::statements(spy);
    const QString setns = QStringLiteral("setns(open(\"/proc/%1/ns/ipc\", O_RDONLY), CLONE_NEWIPC) = 0")
                              .arg(m_namespace->pid());
    QCOMPARE(calls.count(setns), 1);
    QCOMPARE(calls.value(0), setns);
    QVERIFY2(calls.value(1).startsWith(QStringLiteral("shmat(%1, NULL, SHM_RDONLY) = 0x").arg(segment.id())),
             qPrintable(calls.join(QLatin1Char('\n'))));
    QCOMPARE(calls.value(2), QStringLiteral("shmctl(%1, IPC_STAT, &ds) = 0").arg(segment.id()));
    QCOMPARE(calls.size(), 3);
}

void TestForeignAttachment::nameSaysWhereItLives()
{
    ForeignSegment segment(*m_namespace);
    QVERIFY(segment.create(4096));
    const auto attached = Attachment::attach(segment.id(), Attachment::Mode::ReadOnly, entry());
    SHM_VERIFY_OK(attached);
    const QString where = QStringLiteral("IPC namespace ipc:[%1]").arg(m_namespace->inode());
    QCOMPARE(attached.value()->name(), QStringLiteral("segment %1 in %2").arg(segment.id()).arg(where));
    QCOMPARE(attached.value()->whereItLives(), where);
    QCOMPARE(attached.value()->foreignNamespace()->inode(), m_namespace->inode());

    // Ours, even through our own entry, says nothing of a place.
    testutils::SegmentGuard ours;
    QVERIFY(ours.create(IPC_PRIVATE, 4096));
    auto own = IpcNamespaceEntry::ours();
    SHM_VERIFY_OK(own);
    const auto attachedHere =
        Attachment::attach(ours.id(), Attachment::Mode::ReadOnly,
                           std::make_shared<const IpcNamespaceEntry>(std::move(own.value())));
    SHM_VERIFY_OK(attachedHere);
    QCOMPARE(attachedHere.value()->name(), QStringLiteral("segment %1").arg(ours.id()));
    QVERIFY(!attachedHere.value()->foreignNamespace());
}

void TestForeignAttachment::aMissingSegmentIsSaidWithItsPlace()
{
    // Ours exists; the namespace has none under its id.
    testutils::SegmentGuard ours;
    QVERIFY(ours.create(IPC_PRIVATE, 4096));
    const auto attached = Attachment::attach(ours.id(), Attachment::Mode::ReadOnly, entry());
    QVERIFY(!attached.ok());
    QCOMPARE(attached.error().errnum, EINVAL);
    QCOMPARE(
        attached.error().message,
        QStringLiteral("There is no segment %1 (it may have just been removed). Asked inside IPC namespace "
                       "ipc:[%2].")
            .arg(ours.id())
            .arg(m_namespace->inode()));
    QCOMPARE(testutils::shmStat(ours.id())->shm_nattch, shmatt_t(0));
}

void TestForeignAttachment::ourScanDoesNotCreditOurForeignAttachToOurSegment()
{
    if (const QString why = testutils::idReuseUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    // Ours under the shmid, attached by a peer; theirs under the same shmid, attached by us. A second segment
    // of ours, attached by us, makes the scan read our maps, where both attaches of ours show.
    testutils::SegmentGuard ours;
    QVERIFY(ours.create(IPC_PRIVATE, 4096));
    testutils::AttachedPeer peer;
    QVERIFY2(peer.start(ours.id(), false), qPrintable(peer.errorText()));
    testutils::SegmentGuard other;
    QVERIFY(other.create(IPC_PRIVATE, 4096));
    testutils::Mapping otherMapping(other.id());
    QVERIFY(otherMapping.ok());
    ForeignSegment theirs(*m_namespace);
    QVERIFY(theirs.create(4096, ours.id()));
    const auto attached = Attachment::attach(theirs.id(), Attachment::Mode::ReadOnly, entry());
    SHM_VERIFY_OK(attached);

    core::SegmentScanner scanner;
    const auto scan = scanner.scan();
    SHM_VERIFY_OK(scan);
    const auto segmentOf = [&](int shmid) {
        for (const core::SegmentInfo &s : scan.value().segments) {
            if (s.shmid == shmid)
                return s;
        }
        return core::SegmentInfo{};
    };
    const core::SegmentInfo listed = segmentOf(ours.id());
    QCOMPARE(listed.attached.size(), 1);
    QCOMPARE(listed.attached.constFirst().pid, peer.pid());
    QCOMPARE(listed.visibleMappings, quint64(1));
    // Our maps were read: our own attach of our other segment is there.
    const core::SegmentInfo second = segmentOf(other.id());
    QCOMPARE(second.attached.size(), 1);
    QCOMPARE(second.attached.constFirst().pid, qint64(getpid()));
}

void TestForeignAttachment::refusedWithoutTheCapabilityAndNothingAttached()
{
    ForeignSegment segment(*m_namespace);
    QVERIFY(segment.create(4096, -1, 0666));
    const auto where = entry();
    QVERIFY(where);
    QSignalSpy spy(&core::CallLog::instance(), &core::CallLog::recorded);
    core::Result<std::unique_ptr<Attachment>> attached = core::Error::plain({});
    {
        // Held open as root, entered as nobody: setns() checks the capability of the thread that calls it.
        testutils::AsNobody nobody;
        QVERIFY(nobody.switched());
        attached = Attachment::attach(segment.id(), Attachment::Mode::ReadOnly, where);
    }
    QVERIFY(!attached.ok());
    QCOMPARE(attached.error().errnum, EPERM);
    QVERIFY2(attached.error().message.contains(QStringLiteral("CAP_SYS_ADMIN")),
             qPrintable(attached.error().message));
    QCOMPARE(segment.stat()->shm_nattch, shmatt_t(0));
    // The refused entry is the one call in the log.
    const QStringList calls = coretest::statements(spy);
    QCOMPARE(calls.size(), 1);
    QVERIFY2(calls.constFirst().startsWith(QStringLiteral("setns(")) &&
                 calls.constFirst().contains(QStringLiteral("EPERM")),
             qPrintable(calls.constFirst()));
}

QTEST_GUILESS_MAIN(TestForeignAttachment)
#include "tst_foreignattachment.moc"
