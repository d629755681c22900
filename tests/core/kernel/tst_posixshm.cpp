// core::PosixShm and core::ShmName against the real kernel: what is made and removed is checked with stat(2)
// of /dev/shm, never with core's own code, and each call's C text in the CallLog is compared with literal
// text.

#include "core/coretest.h"
#include "core/kernel/calllog.h"
#include "core/kernel/posixshm.h"
#include "core/shmname.h"
#include "testutils.h"

#include <QSignalSpy>
#include <QTest>

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

using core::CallLog;
using core::CallRecord;
using core::PosixShm;
using testutils::PosixNameGuard;

using coretest::statements;

namespace {

// stat(2) of the path; nullopt when there is no such file.
std::optional<struct stat> statOf(const QString &path)
{
    struct stat st = {};
    if (stat(path.toUtf8().constData(), &st) != 0)
        return std::nullopt;
    return st;
}

// shm_open()'s mode passes through the umask, as open()'s does.
mode_t currentUmask()
{
    const mode_t mask = umask(0);
    umask(mask);
    return mask;
}

} // namespace

class TestPosixShm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createTruncateMapUnlinkAreRecordedAsC();
    void createRefusesAnExistingName();
    void openReadOnlyAndMissing();
    void badNamesAreRefusedAndNothingIsMade_data();
    void badNamesAreRefusedAndNothingIsMade();
    void longestNameIsTaken();
};

void TestPosixShm::createTruncateMapUnlinkAreRecordedAsC()
{
    const PosixNameGuard guard("calls");
    QSignalSpy spy(&CallLog::instance(), &CallLog::recorded);
    const auto fd = PosixShm::create(guard.name(), 0640);
    SHM_VERIFY_OK(fd);
    const auto made = statOf(guard.path());
    QVERIFY(made);
    QCOMPARE(made->st_mode & 0777, mode_t(0640 & ~currentUmask()));
    QCOMPARE(made->st_size, off_t(0));

    SHM_VERIFY_OK(PosixShm::truncate(fd.value(), 56, guard.path()));
    QCOMPARE(statOf(guard.path())->st_size, off_t(56));
    const auto st = PosixShm::stat(fd.value(), PosixShm::Log::Record, guard.path());
    SHM_VERIFY_OK(st);
    QCOMPARE(st.value().st_ino, made->st_ino);
    const auto memory = PosixShm::map(fd.value(), 56, PosixShm::Access::ReadWrite);
    SHM_VERIFY_OK(memory);
    static_cast<char *>(memory.value())[3] = 'x';
    QCOMPARE(guard.contents().at(3), 'x');
    SHM_VERIFY_OK(PosixShm::unmap(memory.value(), 56));
    SHM_VERIFY_OK(PosixShm::close(fd.value()));
    SHM_VERIFY_OK(PosixShm::unlink(guard.name()));
    QVERIFY(!statOf(guard.path()));

    const QString name = QString::fromUtf8(guard.name());
    const QString fdText = QString::number(fd.value());
    const QString address = QStringLiteral("0x%1").arg(quintptr(memory.value()), 0, 16);
    QCOMPARE(
        statements(spy),
        QStringList({QStringLiteral("shm_open(\"%1\", O_CREAT|O_EXCL|O_RDWR, 0640) = %2").arg(name, fdText),
                     QStringLiteral("ftruncate(%1, 56) = 0").arg(fdText),
                     QStringLiteral("fstat(%1, &st) = 0").arg(fdText),
                     QStringLiteral("mmap(NULL, 56, PROT_READ|PROT_WRITE, MAP_SHARED, %1, 0) = %2")
                         .arg(fdText, address),
                     QStringLiteral("munmap(%1, 56) = 0").arg(address),
                     QStringLiteral("close(%1) = 0").arg(fdText),
                     QStringLiteral("shm_unlink(\"%1\") = 0").arg(name)}));
    QCOMPARE(spy.at(1).at(0).value<CallRecord>().shell, QStringLiteral("truncate -s 56 ") + guard.path());
    QCOMPARE(spy.at(6).at(0).value<CallRecord>().shell, QStringLiteral("rm ") + guard.path());
}

void TestPosixShm::createRefusesAnExistingName()
{
    const PosixNameGuard guard("exists");
    QVERIFY(guard.create("abc"));
    QSignalSpy spy(&CallLog::instance(), &CallLog::recorded);
    const auto fd = PosixShm::create(guard.name(), 0600);
    QVERIFY(!fd.ok());
    QCOMPARE(fd.error().errnum, EEXIST);
    QVERIFY2(fd.error().message.contains(QLatin1String("exists already")), qPrintable(fd.error().message));
    QCOMPARE(statements(spy),
             QStringList({QStringLiteral("shm_open(\"%1\", O_CREAT|O_EXCL|O_RDWR, 0600) = -1 "
                                         "EEXIST (File exists)")
                              .arg(QString::fromUtf8(guard.name()))}));
    QCOMPARE(guard.contents(), QByteArray("abc")); // untouched
}

void TestPosixShm::openReadOnlyAndMissing()
{
    const PosixNameGuard guard("open");
    QVERIFY(guard.create("hello"));
    QSignalSpy spy(&CallLog::instance(), &CallLog::recorded);
    const auto fd = PosixShm::open(guard.name(), PosixShm::Access::ReadOnly);
    SHM_VERIFY_OK(fd);
    // Opened read-only: the kernel refuses a writable shared mapping of it.
    QVERIFY(mmap(nullptr, 5, PROT_READ | PROT_WRITE, MAP_SHARED, fd.value(), 0) == MAP_FAILED);
    SHM_VERIFY_OK(PosixShm::close(fd.value()));
    QCOMPARE(statements(spy).value(0), QStringLiteral("shm_open(\"%1\", O_RDONLY, 0) = %2")
                                           .arg(QString::fromUtf8(guard.name()))
                                           .arg(fd.value()));

    const PosixNameGuard missing("missing");
    const auto none = PosixShm::open(missing.name(), PosixShm::Access::ReadWrite);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().errnum, ENOENT);
    const auto unlinked = PosixShm::unlink(missing.name());
    QCOMPARE(unlinked.error().errnum, ENOENT);
}

void TestPosixShm::badNamesAreRefusedAndNothingIsMade_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("message");
    const QByteArray prefix = "/shmscope_test_" + QByteArray::number(getpid());
    QTest::newRow("empty") << QByteArray() << QStringLiteral("is not empty");
    QTest::newRow("no slash") << prefix.sliced(1) << QStringLiteral("starts with / and has no other /");
    QTest::newRow("second slash")
        << (prefix + "/b")
        << QStringLiteral("starts with / and has no other /: \"%1/b\"").arg(QString::fromUtf8(prefix));
    QTest::newRow("slash only") << QByteArray("/") << QStringLiteral("at least one byte after its /");
    QTest::newRow("dot") << QByteArray("/.") << QStringLiteral("may not be /. or /..");
    QTest::newRow("dotdot") << QByteArray("/..") << QStringLiteral("may not be /. or /..");
    QTest::newRow("256 bytes") << (prefix + QByteArray(256 - prefix.size() + 1, 'a'))
                               << QStringLiteral("at most 255 bytes after its /; this one has 256");
    QTest::newRow("not UTF-8") << (prefix + "\xff\xfe")
                               << QStringLiteral("is valid UTF-8 text; this one is not");
}

void TestPosixShm::badNamesAreRefusedAndNothingIsMade()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, message);
    QSignalSpy spy(&CallLog::instance(), &CallLog::recorded);
    const auto fd = PosixShm::create(name, 0600);
    QVERIFY(!fd.ok());
    QCOMPARE(fd.error().errnum, 0);
    QVERIFY2(fd.error().message.contains(message), qPrintable(fd.error().message));
    QVERIFY(!PosixShm::unlink(name).ok());
    QCOMPARE(spy.count(), 0); // no call was made
    // Nothing of ours in /dev/shm, under the name or under what glibc would have made of it.
    const QString tail = QString::fromUtf8(name.mid(name.lastIndexOf('/') + 1));
    if (!tail.isEmpty() && tail != QLatin1String(".") && tail != QLatin1String(".."))
        QVERIFY(!statOf(QStringLiteral("/dev/shm/") + tail));
}

// 255 bytes after the slash: NAME_MAX, as glibc's shm_open takes it.
void TestPosixShm::longestNameIsTaken()
{
    const PosixNameGuard base("x");
    const QByteArray name = base.name() + QByteArray(256 - base.name().size(), 'n');
    QCOMPARE(name.size(), 256);
    struct Unlink
    {
        QByteArray name;
        ~Unlink() { shm_unlink(name.constData()); }
    } unlink{name};
    const auto fd = PosixShm::create(name, 0600);
    SHM_VERIFY_OK(fd);
    SHM_VERIFY_OK(PosixShm::close(fd.value()));
    QVERIFY(statOf(QStringLiteral("/dev/shm") + QString::fromUtf8(name)));
}

QTEST_GUILESS_MAIN(TestPosixShm)
#include "tst_posixshm.moc"
