// core::PosixScanner against real POSIX objects, memfds and semaphores held by real processes
// (tests/helpers/posixholder). Expected values come from stat(2) and from what the helper says it holds.
#include "core/posix/posixscanner.h"
#include "testutils.h"

#include <QDir>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

using core::PosixHolder;
using core::PosixObject;
using testutils::PosixHolderPeer;

namespace {

// The object of this device and inode in a scan, or null.
const PosixObject *findObject(const core::PosixScanResult &scan, quint64 device, quint64 inode)
{
    for (const PosixObject &object : scan.objects) {
        if (object.device == device && object.inode == inode)
            return &object;
    }
    return nullptr;
}

const PosixObject *findByName(const core::PosixScanResult &scan, const QString &name)
{
    for (const PosixObject &object : scan.objects) {
        if (object.name == name)
            return &object;
    }
    return nullptr;
}

std::optional<struct stat> statPath(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return st;
}

} // namespace

class TestPosixScanner : public QObject
{
    Q_OBJECT

private slots:
    void namedObjectsOfEachSizeAndMode();
    void ownedByNobody();
    void unlinkedWhileMappedIsStillFound();
    void memfdHeldByDescriptorAndByMapping();
    void semaphoreValue();
    void filesThatAreNotSharedMemoryArePassedOver();
    void unreadableProcessesAreCounted();
    void shmFolderMissingOrNotTmpfsWarns();
    void unreadableShmFolderWarns();
    void capturedMapsText();
    void privateWritableMappingIsNotWritable();
    void nameThatIsNotUtf8IsKept();
    void unreadableDescriptorsAreCounted();
    void processThatExitsDuringTheScanIsCounted();

private:
    // Checks one object of a scan against stat(2) of its path and the helper's report.
    static void compareNamed(const core::PosixScanResult &scan, const PosixHolderPeer &peer,
                             const PosixHolderPeer::Held &held, bool writable);
};

void TestPosixScanner::compareNamed(const core::PosixScanResult &scan, const PosixHolderPeer &peer,
                                    const PosixHolderPeer::Held &held, bool writable)
{
    const QString path = QStringLiteral("/dev/shm") + held.name;
    const auto st = statPath(path);
    QVERIFY2(st, qPrintable(path));
    const PosixObject *object = findObject(scan, st->st_dev, st->st_ino);
    QVERIFY2(object, qPrintable(held.name));
    QCOMPARE(object->name, held.name);
    QCOMPARE(object->path, path);
    QCOMPARE(object->kind, PosixObject::Kind::Posix);
    QVERIFY(object->attributesKnown);
    QCOMPARE(object->bytes, quint64(st->st_size));
    QCOMPARE(object->bytes, held.size);
    QCOMPARE(object->uid, st->st_uid);
    QCOMPARE(object->gid, st->st_gid);
    QCOMPARE(object->mode, quint32(st->st_mode & 07777));
    QCOMPARE(object->mtime, qint64(st->st_mtim.tv_sec));
    QCOMPARE(object->device, held.device);
    QCOMPARE(object->inode, held.inode);
    QCOMPARE(object->holders.size(), 1);
    const PosixHolder &holder = object->holders.constFirst();
    QCOMPARE(holder.pid, peer.pid());
    QCOMPARE(holder.command, QByteArray("posixholder"));
    QCOMPARE(holder.address, held.address);
    QCOMPARE(holder.fd, held.fd);
    QCOMPARE(holder.writable, writable);
    QCOMPARE(holder.shared, held.address.has_value());
}

void TestPosixScanner::namedObjectsOfEachSizeAndMode()
{
    const QString empty = testutils::uniquePosixName(QStringLiteral("empty"));
    const QString one = testutils::uniquePosixName(QStringLiteral("one"));
    const QString big = testutils::uniquePosixName(QStringLiteral("big"));
    const QString readOnly = testutils::uniquePosixName(QStringLiteral("rofd"));
    const QString both = testutils::uniquePosixName(QStringLiteral("both"));
    PosixHolderPeer peer;
    QVERIFY2(
        peer.start({QStringLiteral("shm:%1:0:600:fd").arg(empty), QStringLiteral("shm:%1:1:644:rw").arg(one),
                    QStringLiteral("shm:%1:67108864:666:ro").arg(big),
                    QStringLiteral("shm:%1:4096:644:rofd").arg(readOnly),
                    QStringLiteral("shm:%1:4096:600:rwfd").arg(both)}),
        qPrintable(peer.errorText()));
    QCOMPARE(peer.held().size(), 5);
    core::PosixScanner scanner;
    const core::PosixScanResult scan = scanner.scan();
    // The first is held by a descriptor open O_RDWR, the fourth by one open O_RDONLY; the last is mapped and
    // its descriptor kept: one holder with both.
    const bool writable[] = {true, true, false, false, true};
    for (qsizetype i = 0; i < 5; ++i) {
        compareNamed(scan, peer, peer.held().at(i), writable[i]);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(findByName(scan, empty)->mode, 0600u);
    QCOMPARE(findByName(scan, one)->mode, 0644u);
    QCOMPARE(findByName(scan, big)->mode, 0666u);
    QCOMPARE(findByName(scan, big)->bytes, quint64(64) << 20);
    QCOMPARE(findByName(scan, empty)->holders.constFirst().fdMode, PosixHolder::OpenMode::ReadWrite);
    QCOMPARE(findByName(scan, readOnly)->holders.constFirst().fdMode, PosixHolder::OpenMode::Read);
}

void TestPosixScanner::ownedByNobody()
{
    if (geteuid() != 0)
        QSKIP("needs root, to give an object to nobody (fchown)");
    const QString name = testutils::uniquePosixName(QStringLiteral("nobody"));
    PosixHolderPeer peer;
    QVERIFY2(peer.start({QStringLiteral("shm:%1:4096:640:rw:65534").arg(name)}),
             qPrintable(peer.errorText()));
    core::PosixScanner scanner;
    const core::PosixScanResult scan = scanner.scan();
    compareNamed(scan, peer, peer.held().at(0), true);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(findByName(scan, name)->uid, 65534u);
    QCOMPARE(findByName(scan, name)->ownerName, QStringLiteral("nobody"));
}

void TestPosixScanner::unlinkedWhileMappedIsStillFound()
{
    const QString name = testutils::uniquePosixName(QStringLiteral("unlinked"));
    PosixHolderPeer peer;
    QVERIFY2(peer.start({QStringLiteral("shm:%1:8192:600:unlink").arg(name)}), qPrintable(peer.errorText()));
    QVERIFY(!statPath(QStringLiteral("/dev/shm") + name)); // the helper's own unlink took the name
    const PosixHolderPeer::Held &held = peer.held().at(0);
    core::PosixScanner scanner;
    const core::PosixScanResult scan = scanner.scan();
    const PosixObject *object = findObject(scan, held.device, held.inode);
    QVERIFY(object);
    QCOMPARE(object->kind, PosixObject::Kind::PosixDeleted);
    QCOMPARE(object->name, name);
    QCOMPARE(object->path, QString());
    QCOMPARE(object->holders.size(), 1);
    QCOMPARE(object->holders.constFirst().pid, peer.pid());
    QCOMPARE(object->holders.constFirst().address, held.address);
    QCOMPARE(object->holders.constFirst().fd, std::nullopt);
    QVERIFY(object->holders.constFirst().writable);
    // Its size comes through /proc/PID/map_files, which only CAP_SYS_ADMIN may follow.
    if (geteuid() == 0) {
        QVERIFY(object->attributesKnown);
        QCOMPARE(object->bytes, held.size);
        QCOMPARE(object->mode, 0600u);
    }
}

void TestPosixScanner::memfdHeldByDescriptorAndByMapping()
{
    const QString byFd = QStringLiteral("shmscope-%1-fd").arg(getpid());
    const QString byMap = QStringLiteral("shmscope-%1-map").arg(getpid());
    PosixHolderPeer peer;
    QVERIFY2(peer.start({QStringLiteral("memfd:%1:12345:fd").arg(byFd),
                         QStringLiteral("memfd:%1:4096:rw").arg(byMap)}),
             qPrintable(peer.errorText()));
    core::PosixScanner scanner;
    const core::PosixScanResult scan = scanner.scan();
    for (const PosixHolderPeer::Held &held : peer.held()) {
        const PosixObject *object = findObject(scan, held.device, held.inode);
        QVERIFY2(object, qPrintable(held.name));
        QCOMPARE(object->kind, PosixObject::Kind::Memfd);
        QCOMPARE(object->name, QStringLiteral("memfd:") + held.name);
        QCOMPARE(object->path, QString());
        QCOMPARE(object->holders.size(), 1);
        QCOMPARE(object->holders.constFirst().pid, peer.pid());
        QCOMPARE(object->holders.constFirst().fd, held.fd);
        QCOMPARE(object->holders.constFirst().address, held.address);
        if (held.fd || geteuid() == 0)
            QCOMPARE(object->bytes, held.size);
    }
    QVERIFY(peer.held().at(0).fd && !peer.held().at(0).address);
    QVERIFY(peer.held().at(1).address && !peer.held().at(1).fd);
}

void TestPosixScanner::semaphoreValue()
{
    const QString name = testutils::uniquePosixName(QStringLiteral("sem"));
    PosixHolderPeer peer;
    QVERIFY2(peer.start({QStringLiteral("sem:%1:3").arg(name)}), qPrintable(peer.errorText()));
    const PosixHolderPeer::Held &held = peer.held().at(0);
    QCOMPARE(held.value, 3); // sem_getvalue in the helper
    core::PosixScanner scanner;
    const core::PosixScanResult scan = scanner.scan();
    const PosixObject *object = findObject(scan, held.device, held.inode);
    QVERIFY(object);
    QCOMPARE(object->kind, PosixObject::Kind::PosixSemaphore);
    QCOMPARE(object->name, name);
    QCOMPARE(object->path, QStringLiteral("/dev/shm/sem.") + name.mid(1));
    QCOMPARE(object->semaphoreValue, std::optional<quint32>(quint32(*held.value)));
    // sem_open maps the file: the helper is its holder.
    QCOMPARE(object->holders.size(), 1);
    QCOMPARE(object->holders.constFirst().pid, peer.pid());
}

void TestPosixScanner::filesThatAreNotSharedMemoryArePassedOver()
{
    const QString target = testutils::uniquePosixName(QStringLiteral("target"));
    PosixHolderPeer peer;
    QVERIFY2(peer.start({QStringLiteral("shm:%1:4096:600:none").arg(target)}), qPrintable(peer.errorText()));
    const QString folder = QStringLiteral("/dev/shm") + testutils::uniquePosixName(QStringLiteral("folder"));
    const QString fifo = QStringLiteral("/dev/shm") + testutils::uniquePosixName(QStringLiteral("fifo"));
    const QString link = QStringLiteral("/dev/shm") + testutils::uniquePosixName(QStringLiteral("link"));
    testutils::ShmPathGuard folderGuard(folder), fifoGuard(fifo), linkGuard(link);
    QVERIFY(::mkdir(QFile::encodeName(folder).constData(), 0700) == 0);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QVERIFY(::symlink(QFile::encodeName(QStringLiteral("/dev/shm") + target).constData(),
                      QFile::encodeName(link).constData()) == 0);
    core::PosixScanner scanner;
    const core::PosixScanResult scan = scanner.scan();
    for (const QString &path : {folder, fifo, link})
        QVERIFY2(!findByName(scan, path.mid(8)), qPrintable(path));
    const auto st = statPath(QStringLiteral("/dev/shm") + target);
    QVERIFY(st);
    const auto sameFile =
        std::count_if(scan.objects.cbegin(), scan.objects.cend(),
                      [&](const PosixObject &o) { return o.device == st->st_dev && o.inode == st->st_ino; });
    QCOMPARE(sameFile, 1); // the symlink's target once, under its own name
    QCOMPARE(findObject(scan, st->st_dev, st->st_ino)->name, target);
    QVERIFY(findObject(scan, st->st_dev, st->st_ino)->holders.isEmpty());
}

void TestPosixScanner::unreadableProcessesAreCounted()
{
    if (geteuid() != 0)
        QSKIP("needs root, to scan as nobody the processes of root");
    const QString name = testutils::uniquePosixName(QStringLiteral("hidden"));
    PosixHolderPeer peer;
    QVERIFY2(peer.start({QStringLiteral("shm:%1:4096:644:rw").arg(name)}), qPrintable(peer.errorText()));
    core::PosixScanResult asRoot;
    core::PosixScanResult asNobody;
    {
        core::PosixScanner scanner;
        asRoot = scanner.scan();
    }
    {
        testutils::AsNobody nobody;
        QVERIFY(nobody.switched());
        core::PosixScanner scanner;
        asNobody = scanner.scan();
    }
    QCOMPARE(findByName(asRoot, name)->holders.size(), 1);
    // The helper is root's: nobody may not read its maps, nor those of the other processes of root. (Root
    // itself may be refused some: in a container, /proc/1 of the host's namespace.)
    QVERIFY2(asNobody.unreadableProcesses > asRoot.unreadableProcesses,
             qPrintable(QStringLiteral("%1 as nobody, %2 as root")
                            .arg(asNobody.unreadableProcesses)
                            .arg(asRoot.unreadableProcesses)));
    QVERIFY(asNobody.unreadableProcesses <= asNobody.processes);
    const PosixObject *object = findByName(asNobody, name);
    QVERIFY(object); // /dev/shm itself is readable by everyone
    QVERIFY(object->holders.isEmpty());
}

void TestPosixScanner::shmFolderMissingOrNotTmpfsWarns()
{
    const QString name = QStringLiteral("shmscope-%1-warned").arg(getpid());
    PosixHolderPeer peer;
    QVERIFY2(peer.start({QStringLiteral("memfd:%1:4096:fd").arg(name)}), qPrintable(peer.errorText()));
    const QString missing = QStringLiteral("/nonexistent-shmscope-%1").arg(getpid());
    QString disk = QStringLiteral(SHMSCOPE_BIN_DIR);
    struct statfs fs = {};
    const bool diskIsTmpfs =
        ::statfs(QFile::encodeName(disk).constData(), &fs) == 0 && fs.f_type == TMPFS_MAGIC;
    for (const QString &folder : {missing, disk}) {
        if (folder == disk && diskIsTmpfs)
            continue;
        core::PosixScanner scanner(QStringLiteral("/proc"), folder);
        const core::PosixScanResult scan = scanner.scan();
        QCOMPARE(scan.warnings.size(), 1);
        QVERIFY2(scan.warnings.constFirst().startsWith(folder), qPrintable(scan.warnings.constFirst()));
        // The processes are read all the same.
        QVERIFY(findByName(scan, QStringLiteral("memfd:") + name));
        // Nothing of the folder is listed as an object.
        for (const PosixObject &o : scan.objects)
            QVERIFY2(!o.path.startsWith(folder), qPrintable(o.name + QLatin1Char(' ') + o.path));
    }
    if (diskIsTmpfs)
        QSKIP("the build folder is on a tmpfs: the not-a-tmpfs case is not tried");
}

// A tmpfs folder that nobody may list (0700, root's), scanned as nobody: a warning that says why, and the
// processes still read.
void TestPosixScanner::unreadableShmFolderWarns()
{
    if (geteuid() != 0)
        QSKIP("needs root, to scan as nobody a folder of root's");
    const QString folder = QStringLiteral("/dev/shm") + testutils::uniquePosixName(QStringLiteral("closed"));
    testutils::ShmPathGuard guard(folder);
    QVERIFY(::mkdir(QFile::encodeName(folder).constData(), 0700) == 0);
    QVERIFY(testutils::writeFile(folder + QStringLiteral("/inside"), "x"));
    const QString inside = folder + QStringLiteral("/inside");
    const auto removeInside = qScopeGuard([&] { ::unlink(QFile::encodeName(inside).constData()); });
    core::PosixScanResult scan;
    {
        testutils::AsNobody nobody;
        QVERIFY(nobody.switched());
        core::PosixScanner scanner(QStringLiteral("/proc"), folder);
        scan = scanner.scan();
    }
    QCOMPARE(scan.warnings.size(), 1);
    QVERIFY2(scan.warnings.constFirst().startsWith(folder + QStringLiteral(" cannot be read (Permission denied)")),
             qPrintable(scan.warnings.constFirst()));
    QVERIFY(scan.processes > 0);
    for (const PosixObject &o : scan.objects)
        QVERIFY2(!o.path.startsWith(folder), qPrintable(o.path));
}

// A /proc of captured text (allowed for parsing): a name with a space, an unlinked object that mprotect()
// split into two lines (one mapping), a memfd, a library that is no object, and a process that exited before
// its maps were read. Nothing here can be stat()ed (no map_files), so sizes and owners stay unknown.
void TestPosixScanner::capturedMapsText()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("100/fd")));
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("101")));
    QVERIFY(testutils::writeFile(
        root.filePath(QStringLiteral("100/maps")),
        "55d0c0a00000-55d0c0a01000 r-xp 00000000 08:01 1234                       /usr/bin/fake\n"
        "7f0000000000-7f0000001000 rw-s 00000000 00:1a 4242                       /dev/shm/my obj (deleted)\n"
        "7f0000001000-7f0000002000 r--s 00001000 00:1a 4242                       /dev/shm/my obj (deleted)\n"
        "7f0000010000-7f0000011000 r--s 00000000 00:01 77                         /memfd:wayland-shm "
        "(deleted)\n"
        "7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0                          [stack]\n"));
    QVERIFY(testutils::writeFile(root.filePath(QStringLiteral("100/comm")), "fake\n"));
    core::PosixScanner scanner(root.path(), root.filePath(QStringLiteral("no-shm")));
    const core::PosixScanResult scan = scanner.scan();
    QCOMPARE(scan.processes, 2);
    QCOMPARE(scan.vanishedProcesses, 1); // 101 has no maps: it exited
    QCOMPARE(scan.unreadableProcesses, 0);
    QCOMPARE(scan.objects.size(), 2);
    const PosixObject &unlinked = scan.objects.at(0);
    QCOMPARE(unlinked.name, QStringLiteral("/my obj"));
    QCOMPARE(unlinked.kind, PosixObject::Kind::PosixDeleted);
    QCOMPARE(unlinked.path, QString());
    QCOMPARE(unlinked.device, quint64(makedev(0, 0x1a)));
    QCOMPARE(unlinked.inode, 4242u);
    QVERIFY(!unlinked.attributesKnown);
    PosixHolder expected;
    expected.pid = 100;
    expected.command = "fake";
    expected.address = 0x7f0000000000;
    expected.end = 0x7f0000002000; // the two lines' end: one mapping
    expected.writable = true;
    expected.shared = true;
    QCOMPARE(unlinked.holders, QList<PosixHolder>{expected});
    const PosixObject &memfd = scan.objects.at(1);
    QCOMPARE(memfd.name, QStringLiteral("memfd:wayland-shm"));
    QCOMPARE(memfd.kind, PosixObject::Kind::Memfd);
    QCOMPARE(memfd.inode, 77u);
    expected.address = 0x7f0000010000;
    expected.end = 0x7f0000011000;
    expected.writable = false;
    QCOMPARE(memfd.holders, QList<PosixHolder>{expected});
}

// MAP_PRIVATE with PROT_WRITE: maps shows "rw-p", but the process's writes go to its own copy of the pages
// and never reach the object, so the holder does not write it.
void TestPosixScanner::privateWritableMappingIsNotWritable()
{
    const QString name = testutils::uniquePosixName(QStringLiteral("private"));
    PosixHolderPeer peer;
    QVERIFY2(peer.start({QStringLiteral("shm:%1:4096:600:priv").arg(name)}), qPrintable(peer.errorText()));
    const PosixHolderPeer::Held &held = peer.held().at(0);
    QVERIFY(held.address);
    core::PosixScanner scanner;
    const core::PosixScanResult scan = scanner.scan();
    const PosixObject *object = findObject(scan, held.device, held.inode);
    QVERIFY(object);
    PosixHolder expected;
    expected.pid = peer.pid();
    expected.command = "posixholder";
    expected.address = held.address;
    expected.end = *held.address + 4096; // the helper maps the object's one page
    expected.writable = false;
    expected.shared = false;
    QCOMPARE(object->holders, QList<PosixHolder>{expected});
}

// A file of /dev/shm whose name is not UTF-8 (a 0xff byte): shown with that byte as "\xff", a backslash of
// the name as "\\", so that no two names look alike, and its path's bytes kept as they are to open it.
void TestPosixScanner::nameThatIsNotUtf8IsKept()
{
    const QByteArray base = QByteArrayLiteral("shmscope-") + QByteArray::number(getpid()) + "-bad\xff\\name";
    const QByteArray path = "/dev/shm/" + base;
    const int fd = ::open(path.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    QVERIFY2(fd >= 0, strerror(errno));
    const auto removeFile = qScopeGuard([&] { ::unlink(path.constData()); });
    ::close(fd);
    struct stat st = {};
    QVERIFY(::stat(path.constData(), &st) == 0);
    core::PosixScanner scanner;
    const core::PosixScanResult scan = scanner.scan();
    const PosixObject *object = findObject(scan, st.st_dev, st.st_ino);
    QVERIFY(object);
    const QString shown = QStringLiteral("shmscope-%1-bad\\xff\\\\name").arg(getpid());
    QCOMPARE(object->name, QLatin1Char('/') + shown);
    QCOMPARE(object->path, QStringLiteral("/dev/shm/") + shown);
    QCOMPARE(object->pathBytes, path);
    QCOMPARE(object->kind, PosixObject::Kind::Posix);
}

// A process whose maps we may read but whose fd folder we may not (here a captured one, mode 0, scanned as
// nobody): counted as unreadable, and what its maps show still listed.
void TestPosixScanner::unreadableDescriptorsAreCounted()
{
    if (geteuid() != 0)
        QSKIP("needs root, to scan as nobody a folder nobody may read");
    QTemporaryDir root;
    QVERIFY(root.isValid());
    // Group bits too: nobody by seteuid keeps root's group.
    QVERIFY(::chmod(QFile::encodeName(root.path()).constData(), 0755) == 0);
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("200/fd")));
    QVERIFY(testutils::writeFile(
        root.filePath(QStringLiteral("200/maps")),
        "7f0000010000-7f0000011000 rw-s 00000000 00:01 78          /memfd:kept (deleted)\n"));
    QVERIFY(testutils::writeFile(root.filePath(QStringLiteral("200/comm")), "kept\n"));
    QVERIFY(::chmod(QFile::encodeName(root.filePath(QStringLiteral("200/fd"))).constData(), 0) == 0);
    core::PosixScanResult scan;
    {
        testutils::AsNobody nobody;
        QVERIFY(nobody.switched());
        core::PosixScanner scanner(root.path(), root.filePath(QStringLiteral("no-shm")));
        scan = scanner.scan();
    }
    QCOMPARE(scan.processes, 1);
    QCOMPARE(scan.unreadableProcesses, 1);
    QCOMPARE(scan.vanishedProcesses, 0);
    QCOMPARE(scan.objects.size(), 1);
    QCOMPARE(scan.objects.constFirst().name, QStringLiteral("memfd:kept"));
    QCOMPARE(scan.objects.constFirst().holders.size(), 1);
    QCOMPARE(scan.objects.constFirst().holders.constFirst().pid, 200);
}

// A real process that exits between the read of its maps and that of its descriptors: the scan's own hook
// for another maps reader (the hand-over of each maps text) kills and reaps a child of ours just after its
// maps were read. It counts as vanished, and the scan goes on.
void TestPosixScanner::processThatExitsDuringTheScanIsCounted()
{
    const pid_t child = ::fork();
    QVERIFY2(child >= 0, strerror(errno));
    if (child == 0) {
        ::pause();
        ::_exit(0);
    }
    bool reaped = false;
    const auto reap = qScopeGuard([&] {
        if (!reaped) {
            ::kill(child, SIGKILL);
            ::waitpid(child, nullptr, 0);
        }
    });
    bool sawMaps = false;
    core::PosixScanner scanner;
    const core::PosixScanResult scan = scanner.scan([&](qint64 pid, const QByteArray *maps) {
        if (pid != child)
            return;
        sawMaps = maps != nullptr;
        reaped = ::kill(child, SIGKILL) == 0 && ::waitpid(child, nullptr, 0) == child;
    });
    QVERIFY(sawMaps);
    QVERIFY(reaped);
    QVERIFY2(scan.vanishedProcesses >= 1, qPrintable(QString::number(scan.vanishedProcesses)));
    QVERIFY(scan.processes > scan.vanishedProcesses);
}

QTEST_GUILESS_MAIN(TestPosixScanner)
#include "tst_posixscanner.moc"
