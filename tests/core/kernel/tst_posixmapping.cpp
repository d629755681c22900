// core::PosixMapping against real POSIX objects and memfds, held and shrunk by real processes (posixpeer).
// What it reads is compared with what plain write()/read() of /dev/shm and the helper's own bytes say; what
// it writes is read back through a second, independent mmap() made here.

#include "core/coretest.h"
#include "core/kernel/calllog.h"
#include "core/kernel/posixmapping.h"
#include "testutils.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <linux/magic.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

using core::PosixMapping;
using testutils::PosixPeer;
using testutils::PosixNameGuard;

namespace {

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(i * 7 + 3);
    return bytes;
}

off_t sizeOf(const QString &path)
{
    struct stat st = {};
    return stat(path.toUtf8().constData(), &st) == 0 ? st.st_size : -1;
}

} // namespace

class TestPosixMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatWasWritten();
    void emptyObjectMapsNothing();
    void writeIsSeenThroughAnotherMapping();
    void readOnlyRefusesWrites();
    void writeAfterAShrinkIsRefusedAndNothingGrows();
    void shrinkWhileReadingAndWritingNeverCrashes();
    void memfdThroughProcFd();
    void mapFilesOfAHelpersMapping();
    void badPathsAreRefused_data();
    void badPathsAreRefused();
    void diskFileThroughProcFdIsRefused();
    void tooLargeToMap();
};

void TestPosixMapping::readsWhatWasWritten()
{
    const PosixNameGuard guard("read");
    const QByteArray bytes = pattern(10000);
    QVERIFY(guard.create(bytes));
    const auto opened = PosixMapping::open(guard.path());
    SHM_VERIFY_OK(opened);
    const PosixMapping &object = *opened.value();
    QCOMPARE(object.size(), quint64(10000));
    QVERIFY(!object.isWritable());
    const auto all = object.read(0, 10000);
    SHM_VERIFY_OK(all);
    QCOMPARE(all.value(), bytes);
    QCOMPARE(object.read(9990, 10).value(), bytes.sliced(9990));
    // One byte past the end, and a length that wraps around: refused, nothing read.
    QVERIFY(!object.read(9990, 11).ok());
    QVERIFY(!object.read(1, ~quint64(0)).ok());
    char out[4] = {'a', 'b', 'c', 'd'};
    QVERIFY(!object.readInto(10000, out, 1).ok());
    QCOMPARE(QByteArray(out, 4), QByteArray("abcd"));
    QVERIFY(!object.shrunkTo());
}

void TestPosixMapping::emptyObjectMapsNothing()
{
    const PosixNameGuard guard("empty");
    QVERIFY(guard.create({}));
    QSignalSpy spy(&core::CallLog::instance(), &core::CallLog::recorded);
    const auto opened = PosixMapping::open(guard.path());
    SHM_VERIFY_OK(opened);
    QCOMPARE(opened.value()->size(), quint64(0));
    QCOMPARE(opened.value()->read(0, 0).value(), QByteArray());
    for (const QList<QVariant> &record : spy)
        QVERIFY(!record.at(0).value<core::CallRecord>().text.startsWith(QLatin1String("mmap")));
}

void TestPosixMapping::writeIsSeenThroughAnotherMapping()
{
    const PosixNameGuard guard("write");
    QVERIFY(guard.create(QByteArray(8192, '\0')));
    const auto opened = PosixMapping::open(guard.path(), PosixMapping::Mode::ReadWrite);
    SHM_VERIFY_OK(opened);
    QSignalSpy spy(&core::CallLog::instance(), &core::CallLog::recorded);
    SHM_VERIFY_OK(opened.value()->write(5000, "hello", core::PosixShm::Log::Record));

    // Our own mapping, made with the plain calls.
    const int fd = shm_open(guard.name().constData(), O_RDONLY, 0);
    QVERIFY(fd >= 0);
    void *theirs = mmap(nullptr, 8192, PROT_READ, MAP_SHARED, fd, 0);
    close(fd);
    QVERIFY(theirs != MAP_FAILED);
    const QByteArray seen(static_cast<const char *>(theirs) + 4999, 7);
    munmap(theirs, 8192);
    QCOMPARE(seen, QByteArray("\0hello\0", 7));
    QCOMPARE(sizeOf(guard.path()), off_t(8192));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<core::CallRecord>().text,
             QStringLiteral("memcpy(0x%1 + 0x1388, \"hello\", 5)").arg(opened.value()->address(), 0, 16));
    // Past the end: refused, nothing written, nothing grown.
    QVERIFY(!opened.value()->write(8190, "abc").ok());
    QCOMPARE(sizeOf(guard.path()), off_t(8192));
}

void TestPosixMapping::readOnlyRefusesWrites()
{
    const PosixNameGuard guard("readonly");
    QVERIFY(guard.create("abcdef"));
    const auto opened = PosixMapping::open(guard.path());
    SHM_VERIFY_OK(opened);
    const auto written = opened.value()->write(0, "x");
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QLatin1String("read-only")),
             qPrintable(written.error().message));
    QCOMPARE(guard.contents(), QByteArray("abcdef"));
}

void TestPosixMapping::writeAfterAShrinkIsRefusedAndNothingGrows()
{
    const PosixNameGuard guard("shrunk");
    QVERIFY(guard.create(QByteArray(3 * 4096, 'a')));
    const auto opened = PosixMapping::open(guard.path(), PosixMapping::Mode::ReadWrite);
    SHM_VERIFY_OK(opened);
    QVERIFY(truncate(guard.path().toUtf8().constData(), 100) == 0);

    const auto written = opened.value()->write(5000, "x");
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QLatin1String("has shrunk: its size is now 100,")),
             qPrintable(written.error().message));
    QCOMPARE(sizeOf(guard.path()), off_t(100));
    // A read of what is left, and of what is gone.
    const auto left = opened.value()->read(0, 3 * 4096);
    SHM_VERIFY_OK(left);
    QCOMPARE(left.value(), QByteArray(100, 'a'));
    QCOMPARE(opened.value()->shrunkTo(), std::optional<quint64>(100));
    QVERIFY2(opened.value()->shortReadReason().contains(QLatin1String("its size is now 100,")),
             qPrintable(opened.value()->shortReadReason()));
    QCOMPARE(opened.value()->read(5000, 10).value(), QByteArray());
    // Inside what is left, a write goes through.
    SHM_VERIFY_OK(opened.value()->write(10, "b"));
    QCOMPARE(guard.contents().at(10), 'b');
    QCOMPARE(sizeOf(guard.path()), off_t(100));
}

// A helper shrinks the object to SMALL and grows it back to BIG as fast as it can while we read the whole of
// it and write its last bytes, over and over: no SIGBUS ends us, every read is whole or stops at a new end,
// and what it gives is the object's bytes, never anything past its end.
void TestPosixMapping::shrinkWhileReadingAndWritingNeverCrashes()
{
    constexpr qsizetype Big = 64 * 1024;
    constexpr qsizetype Small = 4096 + 100;
    const PosixNameGuard guard("race");
    QVERIFY(guard.create(QByteArray(Big, char(0xab))));
    const auto opened = PosixMapping::open(guard.path(), PosixMapping::Mode::ReadWrite);
    SHM_VERIFY_OK(opened);
    const PosixMapping &object = *opened.value();
    PosixPeer holder(
        {QStringLiteral("shrink"), guard.path(), QString::number(Big), QString::number(Small)});
    QVERIFY2(!holder.ready().isEmpty(), holder.errors().constData());

    QByteArray out(Big, Qt::Uninitialized);
    bool sawShort = false;
    bool sawWhole = false;
    int refusedWrites = 0;
    for (int i = 0; i < 1000000 && !(sawShort && sawWhole && refusedWrites > 0); ++i) {
        out.fill('\x11');
        const auto copied = object.readInto(0, out.data(), Big);
        SHM_VERIFY_OK(copied);
        QVERIFY(copied.value() >= quint64(Small) && copied.value() <= quint64(Big));
        QCOMPARE(out.first(Small), QByteArray(Small, char(0xab)));
        // Nothing was copied past what the read says it copied.
        QCOMPARE(out.sliced(qsizetype(copied.value())), QByteArray(Big - qsizetype(copied.value()), '\x11'));
        (copied.value() < quint64(Big) ? sawShort : sawWhole) = true;
        if (!opened.value()->write(Big - 8, "zzzzzzzz", core::PosixShm::Log::Quiet).ok())
            ++refusedWrites;
    }
    holder.stop();
    QVERIFY(sawShort);
    QVERIFY(sawWhole);
    QVERIFY(refusedWrites > 0);
    const off_t after = sizeOf(guard.path());
    QVERIFY2(after == Small || after == Big, qPrintable(QString::number(after)));
}

void TestPosixMapping::memfdThroughProcFd()
{
    PosixPeer holder({QStringLiteral("memfd"), QStringLiteral("shmscope_test"), QStringLiteral("5000"),
                        QStringLiteral("5a")});
    const QStringList ready = holder.ready();
    QVERIFY2(ready.size() == 3, holder.errors().constData());
    const QString path = QStringLiteral("/proc/%1/fd/%2").arg(ready.at(1), ready.at(2));
    const auto opened = PosixMapping::open(path);
    SHM_VERIFY_OK(opened);
    QCOMPARE(opened.value()->name(), path);
    QCOMPARE(opened.value()->size(), quint64(5000));
    QCOMPARE(opened.value()->read(0, 5000).value(), QByteArray(5000, 0x5a));
}

void TestPosixMapping::mapFilesOfAHelpersMapping()
{
    if (geteuid() != 0)
        QSKIP("needs root: the kernel opens /proc/PID/map_files only for CAP_SYS_ADMIN");
    PosixPeer holder({QStringLiteral("memfdmap"), QStringLiteral("shmscope_test"), QStringLiteral("5000"),
                        QStringLiteral("c3")});
    const QStringList ready = holder.ready();
    QVERIFY2(ready.size() == 3, holder.errors().constData());
    const QString path = QStringLiteral("/proc/%1/map_files/%2").arg(ready.at(1), ready.at(2));
    const auto opened = PosixMapping::open(path);
    SHM_VERIFY_OK(opened);
    QCOMPARE(opened.value()->size(), quint64(5000));
    QCOMPARE(opened.value()->read(0, 5000).value(), QByteArray(5000, char(0xc3)));
}

void TestPosixMapping::badPathsAreRefused_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("directory") << QStringLiteral("directory")
                               << QStringLiteral("is a directory, not a shared memory object");
    QTest::newRow("FIFO") << QStringLiteral("fifo")
                          << QStringLiteral("is a FIFO (named pipe), not a shared memory object");
    QTest::newRow("symlink") << QStringLiteral("symlink") << QStringLiteral("is a symbolic link");
    QTest::newRow("elsewhere") << QStringLiteral("/etc/hostname")
                               << QStringLiteral("is not a path of a shared memory object");
    QTest::newRow("subdirectory") << QStringLiteral("/dev/shm/a/b")
                                  << QStringLiteral("starts with / and has no other /");
    QTest::newRow("proc self") << QStringLiteral("/proc/self/fd/0")
                               << QStringLiteral("is not a path of a shared memory object");
}

void TestPosixMapping::badPathsAreRefused()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    const PosixNameGuard guard("bad");
    QString path = what.startsWith(QLatin1Char('/')) ? what : guard.path();
    // Made here with plain calls, removed at the end of the scope.
    struct Remove
    {
        QByteArray path;
        ~Remove() { ::remove(path.constData()); }
    } remove{guard.path().toUtf8()};
    if (what == QLatin1String("directory"))
        QVERIFY(mkdir(remove.path.constData(), 0700) == 0);
    else if (what == QLatin1String("fifo"))
        QVERIFY(mkfifo(remove.path.constData(), 0600) == 0);
    else if (what == QLatin1String("symlink"))
        QVERIFY(symlink("/etc/hostname", remove.path.constData()) == 0);
    const auto opened = PosixMapping::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(message), qPrintable(opened.error().message));
}

void TestPosixMapping::diskFileThroughProcFdIsRefused()
{
    QTemporaryFile file(QStringLiteral(SHMSCOPE_BIN_DIR "/posixmapping_XXXXXX"));
    QVERIFY(file.open());
    QVERIFY(file.write("on disk") == 7 && file.flush());
    struct statfs fs = {};
    QVERIFY(fstatfs(int(file.handle()), &fs) == 0);
    if (fs.f_type == TMPFS_MAGIC)
        QSKIP("the build folder is on tmpfs here: no disk file to try");
    const auto opened = PosixMapping::open(QStringLiteral("/proc/%1/fd/%2").arg(getpid()).arg(file.handle()));
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QLatin1String("is a file on a disk")),
             qPrintable(opened.error().message));
}

// A tmpfs file may say it has 4 EiB without holding a page: no address space holds a mapping of it.
void TestPosixMapping::tooLargeToMap()
{
    const PosixNameGuard guard("huge");
    QVERIFY(guard.create({}));
    QVERIFY(truncate(guard.path().toUtf8().constData(), off_t(1) << 62) == 0);
    const auto opened = PosixMapping::open(guard.path());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QLatin1String("too large to map")),
             qPrintable(opened.error().message));
}

QTEST_GUILESS_MAIN(TestPosixMapping)
#include "tst_posixmapping.moc"
