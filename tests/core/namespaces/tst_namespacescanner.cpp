// core::SegmentScanner across IPC namespaces and core::NamespaceLister, in real namespaces (`unshare -i`)
// with real holders in each (shmattach entered with nsenter). Each test looks only at the namespaces it made
// and at ours: others on the machine (containers) may come and go.

#include "core/coretest.h"
#include "core/kernel/ipcnamespaceentry.h"
#include "core/namespaces/namespacelister.h"
#include "core/segments/segmentscanner.h"
#include "testutils.h"

#include <QTest>

#include <sys/shm.h>

using core::IpcNamespace;
using core::IpcNamespaceEntry;
using core::NamespaceChoice;
using core::NamespaceLister;
using core::SegmentInfo;
using core::SegmentScanner;
using testutils::ForeignNamespace;
using testutils::NamespaceHolder;

namespace {

// A namespace of its own with one segment, made inside it, and a process holding it.
struct Prepared
{
    ForeignNamespace ns;
    int shmid = -1;
    NamespaceHolder holder;
};

// Makes the segment with shmget inside the namespace; its shmid is the kernel's answer there.
bool prepare(Prepared &p, QString *why)
{
    if (!p.ns.start()) {
        *why = p.ns.errorText();
        return false;
    }
    auto entry = IpcNamespaceEntry::open(p.ns.pid());
    if (!entry.ok()) {
        *why = entry.error().toString();
        return false;
    }
    if (!entry.value().run([&] { p.shmid = shmget(IPC_PRIVATE, 4096, 0600 | IPC_CREAT); }).ok() ||
        p.shmid < 0) {
        *why = QStringLiteral("shmget inside the namespace failed");
        return false;
    }
    if (!p.holder.start(p.ns.pid(), p.shmid)) {
        *why = p.holder.errorText();
        return false;
    }
    return true;
}

QList<SegmentInfo> segmentsIn(const QList<SegmentInfo> &segments, quint64 inode)
{
    QList<SegmentInfo> inside;
    for (const SegmentInfo &s : segments) {
        if (s.ipcNamespace == inode)
            inside.append(s);
    }
    return inside;
}

QList<qint64> pidsOf(const SegmentInfo &s)
{
    QList<qint64> pids;
    for (const auto &a : s.attached)
        pids.append(a.pid);
    return pids;
}

quint64 ourInode()
{
    return ForeignNamespace::inodeOf(QStringLiteral("/proc/self/ns/ipc"));
}

} // namespace

class TestNamespaceScanner : public QObject
{
    Q_OBJECT

private slots:
    void oursAloneIsMarkedWithOurInode()
    {
        SegmentScanner scanner;
        const auto scan = scanner.scan();
        SHM_VERIFY_OK(scan);
        QCOMPARE(scan.value().namespaces.size(), 1);
        QCOMPARE(scan.value().namespaces.constFirst().inode, ourInode());
        QVERIFY(scan.value().namespaces.constFirst().ours);
        QVERIFY(scan.value().namespaceNote.isEmpty());
        for (const SegmentInfo &s : scan.value().segments)
            QCOMPARE(s.ipcNamespace, ourInode());
    }

    void listerFindsEachNamespaceWithItsProcesses()
    {
        if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        ForeignNamespace foreign;
        QVERIFY2(foreign.start(), qPrintable(foreign.errorText()));
        const QList<IpcNamespace> listed = NamespaceLister().list();
        QVERIFY(!listed.isEmpty());
        QCOMPARE(listed.constFirst().inode, ourInode());
        QVERIFY(listed.constFirst().ours);
        QVERIFY(listed.constFirst().pids.contains(qint64(getpid())));
        const auto it = std::find_if(listed.cbegin(), listed.cend(),
                                     [&](const IpcNamespace &ns) { return ns.inode == foreign.inode(); });
        QVERIFY(it != listed.cend());
        QVERIFY(!it->ours);
        QCOMPARE(it->pids, QList<qint64>{foreign.pid()});
        QVERIFY(!it->pids.contains(qint64(getpid())));
    }

    // The heart of it: two namespaces, a segment of the same shmid in each, a holder in each. With every
    // namespace listed, each segment comes once, in its namespace, with its own holder only; and none of
    // ours names either holder.
    void sameShmidInTwoNamespacesEachWithItsOwnHolder()
    {
        if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        Prepared a;
        Prepared b;
        QString why;
        QVERIFY2(prepare(a, &why) && prepare(b, &why), qPrintable(why));
        QCOMPARE(a.shmid, b.shmid); // a fresh namespace's first segment gets the same id in each

        SegmentScanner scanner;
        const auto scan = scanner.scan(SegmentScanner::Kinds::SystemV, {NamespaceChoice::Which::All, 0});
        SHM_VERIFY_OK(scan);
        QVERIFY2(scan.value().namespaceNote.isEmpty(), qPrintable(scan.value().namespaceNote));
        for (const Prepared *p : {&a, &b}) {
            const Prepared *other = p == &a ? &b : &a;
            const QList<SegmentInfo> inside = segmentsIn(scan.value().segments, p->ns.inode());
            QCOMPARE(inside.size(), 1);
            QCOMPARE(inside.constFirst().shmid, p->shmid);
            QCOMPARE(inside.constFirst().nattch, quint64(1));
            QCOMPARE(pidsOf(inside.constFirst()), QList<qint64>{p->holder.pid()});
            QVERIFY(!pidsOf(inside.constFirst()).contains(other->holder.pid()));
        }
        for (const SegmentInfo &s : segmentsIn(scan.value().segments, ourInode())) {
            QVERIFY(!pidsOf(s).contains(a.holder.pid()));
            QVERIFY(!pidsOf(s).contains(b.holder.pid()));
        }
        // Ours first in the namespaces scanned, then both of ours; the list sorted by (namespace, shmid).
        const QList<IpcNamespace> &namespaces = scan.value().namespaces;
        QVERIFY(namespaces.constFirst().ours);
        for (const quint64 inode : {a.ns.inode(), b.ns.inode()})
            QVERIFY(std::any_of(namespaces.cbegin(), namespaces.cend(),
                                [inode](const IpcNamespace &ns) { return ns.inode == inode && !ns.ours; }));
        const auto byIdentity = [](const SegmentInfo &x, const SegmentInfo &y) {
            return std::pair(x.ipcNamespace, x.shmid) < std::pair(y.ipcNamespace, y.shmid);
        };
        QVERIFY(std::is_sorted(scan.value().segments.cbegin(), scan.value().segments.cend(), byIdentity));

        // The same with the POSIX scan's walk shared, and our own incremental scan after it still right.
        const auto both = scanner.scan(SegmentScanner::Kinds::All, {NamespaceChoice::Which::All, 0});
        SHM_VERIFY_OK(both);
        QCOMPARE(pidsOf(segmentsIn(both.value().segments, a.ns.inode()).value(0)),
                 QList<qint64>{a.holder.pid()});
        QCOMPARE(pidsOf(segmentsIn(both.value().segments, b.ns.inode()).value(0)),
                 QList<qint64>{b.holder.pid()});
        const auto ours = scanner.scan();
        SHM_VERIFY_OK(ours);
        QVERIFY(segmentsIn(ours.value().segments, a.ns.inode()).isEmpty());
        for (const SegmentInfo &s : ours.value().segments)
            QVERIFY(!pidsOf(s).contains(a.holder.pid()) && !pidsOf(s).contains(b.holder.pid()));
    }

    void ofProcessListsOnlyThatNamespace()
    {
        if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        Prepared a;
        Prepared b;
        QString why;
        QVERIFY2(prepare(a, &why) && prepare(b, &why), qPrintable(why));
        SegmentScanner scanner;
        const auto scan =
            scanner.scan(SegmentScanner::Kinds::SystemV, {NamespaceChoice::Which::OfProcess, a.holder.pid()});
        SHM_VERIFY_OK(scan);
        QCOMPARE(scan.value().namespaces.size(), 1);
        QCOMPARE(scan.value().namespaces.constFirst().inode, a.ns.inode());
        QCOMPARE(scan.value().segments.size(), 1);
        QCOMPARE(scan.value().segments.constFirst().ipcNamespace, a.ns.inode());
        QCOMPARE(pidsOf(scan.value().segments.constFirst()), QList<qint64>{a.holder.pid()});

        // A process of ours names ours: what a scan of ours alone lists.
        const auto own =
            scanner.scan(SegmentScanner::Kinds::SystemV, {NamespaceChoice::Which::OfProcess, getpid()});
        SHM_VERIFY_OK(own);
        QCOMPARE(own.value().namespaces.size(), 1);
        QVERIFY(own.value().namespaces.constFirst().ours);
        QVERIFY(segmentsIn(own.value().segments, a.ns.inode()).isEmpty());
    }

    void aProcessThatDoesNotExistIsRefused()
    {
        SegmentScanner scanner;
        // pid_max is at most 4194304 (PID_MAX_LIMIT): this id is never a process.
        const auto scan =
            scanner.scan(SegmentScanner::Kinds::SystemV, {NamespaceChoice::Which::OfProcess, 4194305});
        QVERIFY(!scan.ok());
        QVERIFY2(scan.error().message.contains(QStringLiteral("No process has this id")),
                 qPrintable(scan.error().message));
    }

    // Without CAP_SYS_ADMIN (user nobody): ours is listed, the note says why only ours, and no other
    // namespace's segment shows.
    void withoutTheCapabilityOnlyOursWithANote()
    {
        if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        Prepared a;
        QString why;
        QVERIFY2(prepare(a, &why), qPrintable(why));
        SegmentScanner scanner;
        testutils::AsNobody nobody;
        QVERIFY(nobody.switched());
        const auto scan = scanner.scan(SegmentScanner::Kinds::SystemV, {NamespaceChoice::Which::All, 0});
        SHM_VERIFY_OK(scan);
        QCOMPARE(scan.value().namespaceNote, NamespaceLister::onlyOursNote());
        QVERIFY(scan.value().namespaceNote.contains(QStringLiteral("CAP_SYS_ADMIN")));
        QCOMPARE(scan.value().namespaces.size(), 1);
        QVERIFY(scan.value().namespaces.constFirst().ours);
        QVERIFY(segmentsIn(scan.value().segments, a.ns.inode()).isEmpty());
        for (const SegmentInfo &s : scan.value().segments)
            QCOMPARE(s.ipcNamespace, ourInode());
        QVERIFY(scan.value().warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNamespaceScanner)
#include "tst_namespacescanner.moc"
