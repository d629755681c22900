// core::Permissions: the kernel's rules for shmat (one class of mode bits, the first that matches) and for
// IPC_RMID (owner, creator or root), told in plain words. The kernel's own answers for the same cases are
// checked by tst_attachment (attach as nobody) and tst_shm (remove as nobody).

#include "core/coretest.h"
#include "core/segments/permissions.h"

#include <QTest>

using core::Permissions;
using core::SegmentInfo;

Q_DECLARE_METATYPE(Permissions::Class)

namespace {

SegmentInfo segment(quint32 mode, uint uid, uint cuid, uint gid, uint cgid)
{
    SegmentInfo s;
    s.shmid = 42;
    s.mode = mode;
    s.uid = uid;
    s.cuid = cuid;
    s.gid = gid;
    s.cgid = cgid;
    return s;
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { coretest::failOnAnyWarning(); }

    void access_data();
    void access();
    void rulesNameEveryone();
    void yoursSaysWhy();
    void thisProcessIsWhoTheKernelSees();
};

void TestPermissions::access_data()
{
    QTest::addColumn<quint32>("mode");
    QTest::addColumn<uint>("uid");
    QTest::addColumn<QList<uint>>("groups");
    QTest::addColumn<Permissions::Class>("as");
    QTest::addColumn<bool>("read");
    QTest::addColumn<bool>("write");
    QTest::addColumn<bool>("remove");

    // The segment: owner 1000, creator 1001, group 50, creator's group 51.
    QTest::newRow("owner 0640") << 0640u << 1000u << QList<uint>{7} << Permissions::Class::Owner << true << true << true;
    QTest::newRow("creator 0640") << 0640u << 1001u << QList<uint>{7} << Permissions::Class::Owner << true << true
                                  << true;
    QTest::newRow("group 0640") << 0640u << 2000u << QList<uint>{50} << Permissions::Class::Group << true << false
                                << false;
    QTest::newRow("creator's group 0640")
        << 0640u << 2000u << QList<uint>{9, 51} << Permissions::Class::Group << true << false << false;
    QTest::newRow("others 0640") << 0640u << 2000u << QList<uint>{9} << Permissions::Class::Others << false << false
                                 << false;
    // One class applies, the first that matches: a member of the group gets the group's bits even when
    // others have more.
    QTest::newRow("group 0606") << 0606u << 2000u << QList<uint>{50} << Permissions::Class::Group << false << false
                                << false;
    QTest::newRow("owner 0066") << 0066u << 1000u << QList<uint>{50} << Permissions::Class::Owner << false << false
                                << true;
    QTest::newRow("others 0666") << 0666u << 2000u << QList<uint>{} << Permissions::Class::Others << true << true
                                 << false;
    QTest::newRow("root 0000") << 0000u << 0u << QList<uint>{0} << Permissions::Class::Root << true << true << true;
    // The dest flag above the permission bits changes nothing.
    QTest::newRow("owner dest 01600")
        << 01600u << 1000u << QList<uint>{} << Permissions::Class::Owner << true << true << true;
}

void TestPermissions::access()
{
    QFETCH(quint32, mode);
    QFETCH(uint, uid);
    QFETCH(QList<uint>, groups);
    QFETCH(Permissions::Class, as);
    QFETCH(bool, read);
    QFETCH(bool, write);
    QFETCH(bool, remove);

    const Permissions::Access access = Permissions::of(segment(mode, 1000, 1001, 50, 51), {uid, groups});
    QCOMPARE(access.as, as);
    QCOMPARE(access.read, read);
    QCOMPARE(access.write, write);
    QCOMPARE(access.remove, remove);
}

void TestPermissions::rulesNameEveryone()
{
    SegmentInfo s = segment(0640, 1000, 1001, 50, 51);
    s.ownerName = QStringLiteral("alice");
    s.creatorName = QStringLiteral("1001"); // no name: the scan shows the number
    s.groupName = QStringLiteral("staff");
    s.creatorGroupName = QStringLiteral("51");
    QCOMPARE(Permissions::rules(s),
             QStringLiteral("Mode 640: owner alice (uid 1000) and creator uid 1001 may read and write; group staff "
                            "(gid 50) and creator's group gid 51 may only read; others may do nothing. Only the owner, "
                            "the creator or root may remove it."));
}

void TestPermissions::yoursSaysWhy()
{
    const SegmentInfo s = segment(0640, 1000, 1000, 50, 50);
    QCOMPARE(Permissions::yours(s, {65534, {65534}}),
             QStringLiteral("You are uid 65534 and count as others, who may do nothing; you may not remove it."));
    QCOMPARE(Permissions::yours(s, {1000, {}}),
             QStringLiteral("You are uid 1000 and count as its owner, who may read and write; you may remove it."));
    QVERIFY(Permissions::yours(s, {0, {0}}).contains(QStringLiteral("root")));
}

void TestPermissions::thisProcessIsWhoTheKernelSees()
{
    const Permissions::Credentials me = Permissions::Credentials::ofThisProcess();
    QCOMPARE(me.uid, uint(geteuid()));
    QVERIFY(me.inGroup(getegid()));
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
