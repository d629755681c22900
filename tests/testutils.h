#pragma once

// Helpers shared by the tests: real segments that are removed even when a test fails, and real peer
// processes attached to them.

#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>
#include <QFileInfo>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/shm.h>
#include <unistd.h>

namespace testutils {

// Writes `bytes` to a new file at `path` (a header for --layout, say); false when it cannot.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Random bytes, seeded, so that a failing row fails the same way on the next run.
inline QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

// Each value twice, so that both sides of every boundary (0x1f/0x20, 0x7e/0x7f, 0x7f/0x80) show up.
inline QByteArray everyByteValue()
{
    QByteArray bytes;
    for (int round = 0; round < 2; ++round) {
        for (int value = 0; value < 256; ++value)
            bytes.append(char(value));
    }
    return bytes;
}

inline quint64 pageSize()
{
    return quint64(sysconf(_SC_PAGESIZE));
}

// kernel.shm_next_id: the id the next shmget() in this IPC namespace gets, which lets a test make the kernel
// reuse an id on demand.
inline const QString ShmNextIdPath = QStringLiteral("/proc/sys/kernel/shm_next_id");

// Why a test cannot make the kernel reuse an id here, or an empty string when it can.
inline QString idReuseUnavailableReason()
{
    if (geteuid() != 0)
        return QStringLiteral("needs root: only root may set kernel.shm_next_id to make the kernel reuse an id");
    if (!QFile::exists(ShmNextIdPath))
        return QStringLiteral("this kernel has no kernel.shm_next_id (no checkpoint/restore), so an id cannot be "
                              "reused on demand");
    return {};
}

// Owns a segment the test made: removes it (IPC_RMID) when the scope ends, however the test ends.
class SegmentGuard
{
public:
    SegmentGuard() = default;
    explicit SegmentGuard(int shmid) : m_shmid(shmid) {}
    SegmentGuard(const SegmentGuard &) = delete;
    SegmentGuard &operator=(const SegmentGuard &) = delete;
    ~SegmentGuard() { reset(); }

    // Creates a fresh segment; key 0 means IPC_PRIVATE. Returns false (and holds nothing) on failure.
    bool create(key_t key, size_t size, int mode = 0600)
    {
        reset();
        m_shmid = shmget(key, size, mode | IPC_CREAT | IPC_EXCL);
        return m_shmid >= 0;
    }
    void adopt(int shmid)
    {
        reset();
        m_shmid = shmid;
    }
    void reset()
    {
        if (m_shmid >= 0)
            shmctl(m_shmid, IPC_RMID, nullptr);
        m_shmid = -1;
    }
    [[nodiscard]] int id() const { return m_shmid; }

private:
    int m_shmid = -1;
};

// The kernel's own record of a segment (IPC_STAT), asked without going through core; nullopt when it is gone.
inline std::optional<struct shmid_ds> shmStat(int shmid)
{
    struct shmid_ds ds = {};
    if (shmctl(shmid, IPC_STAT, &ds) < 0)
        return std::nullopt;
    return ds;
}

// Every segment the kernel holds, listed with SHM_INFO + SHM_STAT_ANY (as ipcs does) rather than through
// core, so that leak checks do not depend on the code under test.
struct KernelSegment
{
    int shmid = -1;
    struct shmid_ds ds = {};
};

inline QList<KernelSegment> kernelSegments()
{
    QList<KernelSegment> out;
    struct shm_info info = {};
    const int maxIndex = shmctl(0, SHM_INFO, reinterpret_cast<struct shmid_ds *>(&info));
    for (int index = 0; index <= maxIndex; ++index) {
        KernelSegment segment;
        segment.shmid = shmctl(index, SHM_STAT_ANY, &segment.ds);
        if (segment.shmid >= 0)
            out.append(segment);
    }
    return out;
}

// A field of /proc/self/status in KiB (VmRSS, VmHWM, RssShmem, ...), or -1 when it does not say.
inline qint64 statusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A segment's rss (bytes of it in memory) as /proc/sysvipc/shm lists it, read here rather than through
// core: whether a read made a sparse segment resident is the kernel's word. nullopt when not listed there.
inline std::optional<quint64> sysvipcRss(int shmid)
{
    QFile file(QStringLiteral("/proc/sysvipc/shm"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        // key shmid perms size cpid lpid nattch uid gid cuid cgid atime dtime ctime rss swap
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 16 && fields.at(1) == QByteArray::number(shmid))
            return fields.at(14).toULongLong();
    }
    return std::nullopt;
}

// Owns the name of a POSIX object a test makes: shm_unlink when the scope ends, however the test ends. The
// name is this process's own ("/shmscope_test_PID_TAG"), so that nothing else on the machine is touched.
class PosixNameGuard
{
public:
    explicit PosixNameGuard(const char *tag)
        : m_name(QByteArray("/shmscope_test_") + QByteArray::number(getpid()) + '_' + tag)
    {
    }
    PosixNameGuard(const PosixNameGuard &) = delete;
    PosixNameGuard &operator=(const PosixNameGuard &) = delete;
    ~PosixNameGuard() { shm_unlink(m_name.constData()); }

    [[nodiscard]] const QByteArray &name() const { return m_name; }
    [[nodiscard]] QString path() const { return QStringLiteral("/dev/shm") + QString::fromUtf8(m_name); }
    // Makes the object with plain calls, holding `bytes`; false when it cannot.
    bool create(const QByteArray &bytes, mode_t mode = 0600) const
    {
        const int fd = shm_open(m_name.constData(), O_CREAT | O_EXCL | O_RDWR, mode);
        if (fd < 0)
            return false;
        const bool written = write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
        close(fd);
        return written;
    }
    // The object's bytes, read with plain read() from /dev/shm.
    [[nodiscard]] QByteArray contents() const
    {
        QFile file(path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QByteArray m_name;
};

// A posixpeer child (tests/helpers/posixpeer.cpp): started with its arguments, its "ready ..." line read;
// stdin closed and the process waited for when the scope ends, however the test ends.
class PosixPeer
{
public:
    explicit PosixPeer(const QStringList &arguments)
    {
        m_process.start(QStringLiteral(SHMSCOPE_BIN_DIR "/posixpeer"), arguments);
        if (!m_process.waitForStarted())
            return;
        while (!m_process.canReadLine() && m_process.waitForReadyRead(-1)) {
        }
        m_ready = QString::fromUtf8(m_process.readLine()).trimmed().split(QLatin1Char(' '));
    }
    PosixPeer(const PosixPeer &) = delete;
    PosixPeer &operator=(const PosixPeer &) = delete;
    ~PosixPeer() { stop(); }

    // "ready" and what the helper said after it; empty when it never got ready (its stderr says why).
    [[nodiscard]] QStringList ready() const
    {
        return m_ready.value(0) == QLatin1String("ready") ? m_ready : QStringList();
    }
    [[nodiscard]] QByteArray errors() { return m_process.readAllStandardError(); }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(-1))
            m_process.kill();
    }

private:
    QProcess m_process;
    QStringList m_ready;
};

// The shmscope executable of this build, which the command-line tests run as a child process.
inline const QString shmscopePath = QStringLiteral(SHMSCOPE_BIN_DIR "/shmscope");

// How a child process ended and what it printed.
struct Run
{
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The environment of a machine without any display, in the C locale so that ipcs speaks the English our
// table copies and hexdump counts only 0x20..0x7e as printable. Every shmscope run uses it: --list, --dump,
// --help and --version must not need a display.
inline QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return env;
}

// Waits for a started program to end (30 s at most); a failure to start or finish shows in err.
inline Run finish(QProcess &process, const QString &program)
{
    Run result;
    if (!process.waitForStarted(10000)) {
        result.err = (program + QStringLiteral(" did not start: ") + process.errorString()).toUtf8();
        return result;
    }
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = (program + QStringLiteral(" did not finish within 30 s")).toUtf8();
        return result;
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Runs a program to its end (30 s at most) without a display; a failure to start or finish shows in err.
inline Run run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.setProcessEnvironment(headlessEnvironment());
    process.start(program, args);
    return finish(process, program);
}

// A run refused as the command line refuses: exit code 1, nothing on stdout, and this on stderr.
#define SHM_COMPARE_REFUSED(result, expectedErr)                                                           \
    do {                                                                                                   \
        const testutils::Run &refused_ = (result);                                                         \
        QCOMPARE(refused_.exitStatus, QProcess::NormalExit);                                               \
        QCOMPARE(refused_.exitCode, 1);                                                                    \
        QCOMPARE(refused_.out, QByteArray());                                                              \
        QCOMPARE(QString::fromUtf8(refused_.err), QString::fromUtf8(expectedErr));                         \
    } while (false)

// What --dump and --read say when kernel.shm_rmid_forced would make their detach destroy the segment.
inline QString rmidForcedRefusal(const QString &shmid)
{
    return QStringLiteral("shmscope: kernel.shm_rmid_forced is 1 and nobody has segment %1 attached: reading it "
                          "attaches and detaches, and that detach destroys it, its bytes lost. Nothing was read. "
                          "Add --even-if-destroyed to read it all the same.\n")
        .arg(shmid);
}

// Names a process can give itself (prctl(PR_SET_NAME)) that a careless display would break, each with how it
// is shown: on one line, escaped, with its spaces. Rows of a data-driven test with columns name and shown.
inline void addOddNameRows()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");
    QTest::newRow("newline") << QStringLiteral("new\nline") << QStringLiteral("new\\nline");
    QTest::newRow("ESC") << QStringLiteral("esc\x1b[1mbold") << QStringLiteral("esc\\e[1mbold");
    QTest::newRow("spaces") << QStringLiteral("  spaced  ") << QStringLiteral("  spaced  ");
    QTest::newRow("; , \" \\") << QStringLiteral("a;b,c\"d\\") << QStringLiteral("a;b,c\"d\\\\");
}

// Where a program's standard output goes when it cannot take what is written.
enum class BrokenOutput {
    FullDevice, // /dev/full: every write fails with ENOSPC
    ClosedPipe, // a pipe whose reading end is closed before the program starts: EPIPE, and SIGPIPE
};

// The one line shmscope says then, with the C library's words for ENOSPC and EPIPE in the C locale.
inline QByteArray brokenOutputMessage(BrokenOutput output)
{
    return output == BrokenOutput::FullDevice ? "shmscope: cannot write the output: No space left on device\n"
                                              : "shmscope: cannot write the output: Broken pipe\n";
}

// Runs a program as run() does, its standard output going where writes fail.
inline Run runIntoBrokenOutput(const QString &program, const QStringList &args, BrokenOutput output)
{
    QProcess process;
    process.setProcessEnvironment(headlessEnvironment());
    int pipeEnds[2] = {-1, -1};
    if (output == BrokenOutput::FullDevice) {
        process.setStandardOutputFile(QStringLiteral("/dev/full"));
    } else {
        if (pipe2(pipeEnds, O_CLOEXEC) != 0)
            return Run{QProcess::CrashExit, -1, {}, QByteArray("pipe2: ") + std::strerror(errno)};
        close(pipeEnds[0]);
        const int writeEnd = pipeEnds[1];
        // In the child, after QProcess has set up its channels and before exec: the dup keeps no O_CLOEXEC.
        process.setChildProcessModifier([writeEnd] { dup2(writeEnd, STDOUT_FILENO); });
    }
    process.start(program, args);
    const Run result = finish(process, program);
    if (pipeEnds[1] >= 0)
        close(pipeEnds[1]);
    return result;
}

// User nobody (65534) as this process's effective uid for as long as it lives, root's again after, even when
// a check fails on the way: what nobody may do is tried in the test's own process (root passes every
// permission check). Only the effective uid changes, which is why root's can come back; the groups stay
// root's.
class AsNobody
{
public:
    AsNobody() : m_before(geteuid()), m_switched(seteuid(65534) == 0) {}
    ~AsNobody()
    {
        if (m_switched && seteuid(m_before) != 0)
            qFatal("cannot take uid %u back: %s", unsigned(m_before), strerror(errno));
    }
    AsNobody(const AsNobody &) = delete;
    AsNobody &operator=(const AsNobody &) = delete;

    [[nodiscard]] bool switched() const { return m_switched; }

private:
    uid_t m_before;
    bool m_switched;
};

// A program run as user nobody (uid 65534) with setpriv, to meet the permission checks that root skips.
// The program is copied first into a fresh folder everyone may enter: the build folder may sit under a
// 0700 home.
class Unprivileged
{
public:
    // Why no process can run unprivileged here, or an empty string when one can.
    static QString unavailableReason()
    {
        if (geteuid() != 0)
            return QStringLiteral("needs root, to start a process as another user with setpriv");
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            return QStringLiteral("setpriv (util-linux) is not installed");
        return {};
    }

    // Copies `program`; false when the copy cannot be made.
    bool prepare(const QString &program)
    {
        if (!m_dir.isValid())
            return false;
        m_program = m_dir.filePath(QFileInfo(program).fileName());
        const auto everyoneMayRun = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                    | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        return QFile::copy(program, m_program) && QFile::setPermissions(m_dir.path(), everyoneMayRun)
               && QFile::setPermissions(m_program, everyoneMayRun);
    }

    // Supplementary groups for the runs that follow; none (--clear-groups) until set. The kernel checks
    // them (in_group_p), so a test can make nobody a member of a segment's group.
    void setGroups(const QList<gid_t> &groups) { m_groups = groups; }

    [[nodiscard]] Run run(const QStringList &args) const
    {
        return testutils::run(QStringLiteral("setpriv"),
                              QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                          groupsOption(), m_program}
                                  + args);
    }

private:
    [[nodiscard]] QString groupsOption() const
    {
        if (m_groups.isEmpty())
            return QStringLiteral("--clear-groups");
        QStringList ids;
        for (const gid_t group : m_groups)
            ids.append(QString::number(group));
        return QStringLiteral("--groups=") + ids.join(QLatin1Char(','));
    }

    QTemporaryDir m_dir;
    QString m_program;
    QList<gid_t> m_groups;
};

// The test's own view of a segment, through a second shmat that shares nothing with the code under test.
class Mapping
{
public:
    explicit Mapping(int shmid) : m_memory(static_cast<char *>(shmat(shmid, nullptr, 0))) {}
    Mapping(const Mapping &) = delete;
    Mapping &operator=(const Mapping &) = delete;
    ~Mapping()
    {
        if (ok())
            shmdt(m_memory);
    }
    [[nodiscard]] bool ok() const { return m_memory != reinterpret_cast<char *>(-1); }
    [[nodiscard]] char *data() const { return m_memory; }
    [[nodiscard]] QByteArray bytes(size_t offset, size_t length) const
    {
        return QByteArray(m_memory + offset, qsizetype(length));
    }
    void fill(size_t offset, const QByteArray &bytes) { memcpy(m_memory + offset, bytes.constData(), size_t(bytes.size())); }

private:
    char *m_memory;
};

// A segment that cannot outlive the process: made IPC_PRIVATE, attached once (the caller's own mapping,
// through which it writes) and marked for removal (IPC_RMID) at once. Linux still lets a process attach a
// removed segment by id while someone has it attached, so the code under test and other processes can
// attach it as any other; the kernel destroys it with the last detach, however the run ends (even SIGKILL
// from a ctest timeout).
class ScratchSegment
{
public:
    // False, with the reason in `error`, when it could not be made, attached or marked.
    bool create(quint64 size, QString *error)
    {
        m_mapping.reset();
        SegmentGuard guard;
        if (!guard.create(IPC_PRIVATE, size_t(size), 0600)) {
            *error = QStringLiteral("shmget(IPC_PRIVATE, %1): %2")
                         .arg(size)
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        auto mapping = std::make_unique<Mapping>(guard.id());
        const int attachErrno = errno;
        const int shmid = guard.id();
        guard.reset(); // IPC_RMID now: from here on the kernel frees it with the last detach
        const auto ds = shmStat(shmid);
        if (ds && !(ds->shm_perm.mode & SHM_DEST)) {
            *error =
                QStringLiteral("shmctl(%1, IPC_RMID, NULL) failed: segment %1 is left behind").arg(shmid);
            return false;
        }
        if (!mapping->ok()) {
            *error = QStringLiteral("shmat(%1): %2")
                         .arg(shmid)
                         .arg(QString::fromLocal8Bit(std::strerror(attachErrno)));
            return false;
        }
        m_id = shmid;
        m_size = size;
        m_mapping = std::move(mapping);
        return true;
    }
    // Detaches: with the last detach anywhere, the kernel destroys it.
    void release() { m_mapping.reset(); }
    [[nodiscard]] int id() const { return m_id; }
    [[nodiscard]] char *memory() const { return m_mapping ? m_mapping->data() : nullptr; }
    [[nodiscard]] quint64 size() const { return m_size; }

private:
    std::unique_ptr<Mapping> m_mapping;
    int m_id = -1;
    quint64 m_size = 0;
};

// A new IPC_PRIVATE segment (mode 0600) holding exactly `bytes`, filled through a mapping of the test's
// own so that the fixture shares nothing with the code under test. False, with a warning saying why, when
// the kernel refuses.
inline bool createHolding(SegmentGuard &guard, const QByteArray &bytes)
{
    if (!guard.create(IPC_PRIVATE, size_t(bytes.size()), 0600)) {
        qWarning("shmget of %lld bytes: %s", qlonglong(bytes.size()), std::strerror(errno));
        return false;
    }
    Mapping mapping(guard.id());
    if (!mapping.ok()) {
        qWarning("shmat: %s", std::strerror(errno));
        return false;
    }
    mapping.fill(0, bytes);
    return true;
}

// Another program writing into a segment (tests/helpers/shmpoke): a real child process, not a memcpy of ours.
// Ends a peer that runs until its standard input closes (shmattach, shmchurn): killed when it will not go.
inline void endPeer(QProcess &peer)
{
    if (peer.state() == QProcess::NotRunning)
        return;
    peer.closeWriteChannel();
    if (!peer.waitForFinished(5000)) {
        peer.kill();
        peer.waitForFinished(5000);
    }
}

inline bool poke(int shmid, quint64 offset, const QByteArray &bytes)
{
    const Run result = run(QStringLiteral(SHMSCOPE_BIN_DIR "/shmpoke"),
                           {QString::number(shmid), QString::number(offset), QString::fromLatin1(bytes.toHex())});
    return result.exitStatus == QProcess::NormalExit && result.exitCode == 0;
}

// Another program reading a segment back (tests/helpers/shmpeek); empty when it failed.
inline QByteArray peek(int shmid, quint64 offset, quint64 length)
{
    const Run result = run(QStringLiteral(SHMSCOPE_BIN_DIR "/shmpeek"),
                           {QString::number(shmid), QString::number(offset), QString::number(length)});
    return result.exitCode == 0 ? QByteArray::fromHex(result.out.trimmed()) : QByteArray();
}

// kernel.shm_rmid_forced of this process's IPC namespace. The *_rmid_forced ctest entries (shmscope_add_
// rmid_forced_test) run a test function as root in a private namespace where it is 1; elsewhere it is left as it is.
inline const QString RmidForcedPath = QStringLiteral("/proc/sys/kernel/shm_rmid_forced");
inline bool rmidForced()
{
    QFile file(RmidForcedPath);
    return file.open(QIODevice::ReadOnly) && file.readAll().trimmed() == "1";
}
inline bool setRmidForced(bool on)
{
    QFile file(RmidForcedPath);
    return file.open(QIODevice::WriteOnly) && file.write(on ? "1\n" : "0\n") == 2 && file.flush();
}

// What a segment looks like under kernel.shm_rmid_forced = 1 when its creator (this process) made it and
// another program wrote `bytes` into it and detached: nobody has it attached, and the next last detach
// destroys it. The writer (tests/helpers/shmpoke) runs while the setting is 0, or its own detach would
// destroy the segment. False, with a warning, when the setting cannot be changed or the kernel refuses.
inline bool createUnattached(SegmentGuard &guard, key_t key, const QByteArray &bytes)
{
    if (!setRmidForced(false)) {
        qWarning("cannot write %s", qPrintable(RmidForcedPath));
        return false;
    }
    const bool made = guard.create(key, size_t(bytes.size()), 0640) && poke(guard.id(), 0, bytes);
    return setRmidForced(true) && made && shmStat(guard.id()) && shmStat(guard.id())->shm_nattch == 0;
}

// `ipcs -m -i SHMID`: util-linux's own word on whether the segment still exists.
inline bool ipcsLists(int shmid)
{
    const Run result = run(QStringLiteral("ipcs"), {QStringLiteral("-m"), QStringLiteral("-i"), QString::number(shmid)});
    return result.exitCode == 0
           && result.out.contains(QStringLiteral("Shared memory Segment shmid=%1").arg(shmid).toUtf8());
}

// The lesson's struct st_pid as a writer leaves it: int pid (little-endian) at 0, then the name and zeros.
inline QByteArray stPidBytes(qint32 pid, const QByteArray &name)
{
    QByteArray bytes(56, '\0');
    std::memcpy(bytes.data(), &pid, sizeof pid);
    bytes.replace(4, name.size(), name);
    return bytes;
}

// A key unlikely to clash with other segments or with a parallel test run.
inline key_t uniqueKey(int salt = 0)
{
    return key_t(0x5c000000 | ((getpid() & 0xffff) << 8) | (salt & 0xff));
}

// A child process (tests/helpers/shmattach) attached to a segment until it is destroyed.
class AttachedPeer
{
public:
    AttachedPeer() = default;
    AttachedPeer(const AttachedPeer &) = delete;
    AttachedPeer &operator=(const AttachedPeer &) = delete;
    ~AttachedPeer() { stop(); }

    // Starts the peer and waits until it says it is attached. The address it printed is kept.
    // extraArguments go after SHMID ro|rw (see tests/helpers/shmattach.cpp, e.g. "split").
    bool start(int shmid, bool writable, const QStringList &extraArguments = {})
    {
        return startProgram(QStringLiteral(SHMSCOPE_BIN_DIR "/shmattach"), shmid, writable, extraArguments);
    }

    // The same with a copy of shmattach elsewhere: the kernel names a process (/proc/PID/comm) after
    // its file, so a copy under an odd name shows how a command name with odd characters comes out.
    // On failure errorText() tells why, for QVERIFY2.
    bool startProgram(const QString &program, int shmid, bool writable,
                      const QStringList &extraArguments = {})
    {
        m_error.clear();
        const QString access = writable ? QStringLiteral("rw") : QStringLiteral("ro");
        m_process.start(program, QStringList{QString::number(shmid), access} + extraArguments);
        if (!m_process.waitForStarted(5000))
            return fail();
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(5000))
                return fail();
        }
        const QByteArray line = m_process.readLine().trimmed();
        if (!line.startsWith("attached "))
            return fail();
        m_address = line.mid(9).toULongLong(nullptr, 16);
        return true;
    }
    void stop() { endPeer(m_process); }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    [[nodiscard]] quint64 address() const { return m_address; }
    [[nodiscard]] QString errorText() const { return m_error; }

private:
    bool fail()
    {
        m_error = QStringLiteral("shmattach: ") + m_process.errorString() + QStringLiteral("; stderr: ")
                  + QString::fromLocal8Bit(m_process.readAllStandardError().trimmed());
        stop();
        return false;
    }

    QProcess m_process;
    quint64 m_address = 0;
    QString m_error;
};

// A child process (tests/helpers/shmchurn) that attaches, detaches, forks, renames itself, changes its IPC
// namespace or user when told: each command waits for the helper's one-line answer.
class ChurnPeer
{
public:
    static inline const QString program = QStringLiteral(SHMSCOPE_BIN_DIR "/shmchurn");

    ChurnPeer() = default;
    ChurnPeer(const ChurnPeer &) = delete;
    ChurnPeer &operator=(const ChurnPeer &) = delete;
    ~ChurnPeer() { stop(); }

    bool start()
    {
        m_process.start(program, {});
        return m_process.waitForStarted(5000);
    }
    // The answer line, trimmed; empty when none came within 5 s.
    QByteArray ask(const QByteArray &command)
    {
        m_process.write(command + '\n');
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(5000))
                return {};
        }
        return m_process.readLine().trimmed();
    }
    // Exits without detaching (its exit detaches) and is reaped.
    void stop() { endPeer(m_process); }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
};

// A file the test put in /dev/shm (an object, a folder, a FIFO, a symlink): removed when the scope ends,
// however the test ends. Objects are also unlinked by the posixholder that made them, on its way out.
class ShmPathGuard
{
public:
    explicit ShmPathGuard(QString path) : m_path(QFile::encodeName(path)) {}
    ShmPathGuard(const ShmPathGuard &) = delete;
    ShmPathGuard &operator=(const ShmPathGuard &) = delete;
    ~ShmPathGuard()
    {
        if (::unlink(m_path.constData()) != 0 && errno == EISDIR)
            ::rmdir(m_path.constData());
    }

private:
    QByteArray m_path;
};

// A name for a POSIX object that no other test run or program uses: "/shmscope-PID-WHAT".
inline QString uniquePosixName(const QString &what)
{
    return QStringLiteral("/shmscope-%1-%2").arg(getpid()).arg(what);
}

// A child process (tests/helpers/posixholder) holding POSIX objects, memfds and semaphores, with what it
// reported holding.
class PosixHolderPeer
{
public:
    // One object as the helper reported it (from its own fstat, mmap and sem_getvalue).
    struct Held
    {
        QString name;
        quint64 device = 0;
        quint64 inode = 0;
        quint64 size = 0;
        std::optional<quint64> address;
        std::optional<int> fd;
        std::optional<int> value;
    };

    PosixHolderPeer() = default;
    PosixHolderPeer(const PosixHolderPeer &) = delete;
    PosixHolderPeer &operator=(const PosixHolderPeer &) = delete;
    ~PosixHolderPeer() { stop(); }

    // Starts the helper with these specs (see its header) and waits for its "ready" line; on failure
    // errorText() says why. Every shm and sem name is guarded before the helper runs.
    bool start(const QStringList &specs)
    {
        for (const QString &spec : specs) {
            const QStringList f = spec.split(QLatin1Char(':'));
            if (f.value(0) == QLatin1String("shm"))
                m_guards.push_back(std::make_unique<ShmPathGuard>(QStringLiteral("/dev/shm") + f.value(1)));
            else if (f.value(0) == QLatin1String("sem"))
                m_guards.push_back(
                    std::make_unique<ShmPathGuard>(QStringLiteral("/dev/shm/sem.") + f.value(1).mid(1)));
        }
        m_process.start(QStringLiteral(SHMSCOPE_BIN_DIR "/posixholder"), specs);
        if (!m_process.waitForStarted(5000))
            return fail();
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(10000))
                return fail();
        }
        const QList<QByteArray> words = m_process.readLine().trimmed().split(' ');
        if (words.value(0) != "ready")
            return fail();
        for (qsizetype i = 1; i < words.size(); ++i) {
            const QList<QByteArray> f = words.at(i).split(',');
            Held held;
            held.name = QString::fromUtf8(f.value(0));
            held.device = f.value(1).toULongLong();
            held.inode = f.value(2).toULongLong();
            held.size = f.value(3).toULongLong();
            if (f.value(4) != "-")
                held.address = f.value(4).toULongLong(nullptr, 16);
            if (f.value(5) != "-")
                held.fd = f.value(5).toInt();
            if (f.size() > 6)
                held.value = f.value(6).toInt();
            m_held.append(held);
        }
        return true;
    }
    void stop() { endPeer(m_process); }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    [[nodiscard]] const QList<Held> &held() const { return m_held; }
    [[nodiscard]] QString errorText() const { return m_error; }

private:
    bool fail()
    {
        m_error = QStringLiteral("posixholder: ") + m_process.errorString() + QStringLiteral("; stderr: ")
                  + QString::fromLocal8Bit(m_process.readAllStandardError().trimmed());
        stop();
        return false;
    }

    std::vector<std::unique_ptr<ShmPathGuard>> m_guards;
    QProcess m_process;
    QList<Held> m_held;
    QString m_error;
};

// A process in an IPC namespace of its own (`unshare -i sleep`), the stand-in for a container: what a test
// makes in that namespace (through core::IpcNamespaceEntry, or `nsenter --ipc`) dies with it, since a
// namespace and its segments go when its last process does. Needs root; unavailableReason() says why not.
class ForeignNamespace
{
public:
    ForeignNamespace() = default;
    ForeignNamespace(const ForeignNamespace &) = delete;
    ForeignNamespace &operator=(const ForeignNamespace &) = delete;
    ~ForeignNamespace()
    {
        // sleep does not read its stdin, so it is ended rather than asked.
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    static QString unavailableReason()
    {
        if (geteuid() != 0)
            return QStringLiteral("needs root, to make an IPC namespace with unshare -i");
        if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
            return QStringLiteral("unshare (util-linux) is not installed");
        return {};
    }

    // Starts the process and waits until it is in a namespace other than ours; false (errorText() says
    // why) when it never gets there.
    bool start()
    {
        m_process.start(QStringLiteral("unshare"), {QStringLiteral("-i"), QStringLiteral("sleep"),
                                                    QStringLiteral("infinity")});
        if (!m_process.waitForStarted(5000)) {
            m_error = QStringLiteral("unshare: ") + m_process.errorString();
            return false;
        }
        const quint64 own = inodeOf(QStringLiteral("/proc/self/ns/ipc"));
        // unshare(1) enters the new namespace before it execs sleep; until then its link names ours.
        for (int i = 0; i < 500 && m_process.state() == QProcess::Running; ++i) {
            m_inode = inodeOf(QStringLiteral("/proc/%1/ns/ipc").arg(pid()));
            if (m_inode != 0 && m_inode != own)
                return true;
            QTest::qWait(10);
        }
        m_error = QStringLiteral("unshare -i never left our namespace: ")
                  + QString::fromLocal8Bit(m_process.readAllStandardError());
        return false;
    }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    // The namespace's inode, as stat(2) of /proc/PID/ns/ipc gives it.
    [[nodiscard]] quint64 inode() const { return m_inode; }
    [[nodiscard]] QString errorText() const { return m_error; }

    static quint64 inodeOf(const QString &nsLink)
    {
        struct stat st = {};
        return ::stat(nsLink.toLocal8Bit().constData(), &st) == 0 ? quint64(st.st_ino) : 0;
    }

private:
    QProcess m_process;
    quint64 m_inode = 0;
    QString m_error;
};

// A segment whose creator exited at once (tests/helpers/shmorphan make): nobody attached, its creator gone.
// Removed when the scope ends, however the test ends. On failure errorText() says why.
class OrphanSegment
{
public:
    bool make(quint64 size)
    {
        const Run made = run(QStringLiteral(SHMSCOPE_BIN_DIR "/shmorphan"), {QStringLiteral("make"), QString::number(size)});
        const QList<QByteArray> words = made.out.trimmed().split(' ');
        if (made.exitCode != 0 || words.size() != 3 || words.at(0) != "made") {
            m_error = QStringLiteral("shmorphan make: ") + QString::fromLocal8Bit(made.err);
            return false;
        }
        m_guard.adopt(words.at(1).toInt());
        m_creator = words.at(2).toLongLong();
        return true;
    }
    [[nodiscard]] int id() const { return m_guard.id(); }
    [[nodiscard]] qint64 creatorPid() const { return m_creator; }
    [[nodiscard]] QString errorText() const { return m_error; }

private:
    SegmentGuard m_guard;
    qint64 m_creator = 0;
    QString m_error;
};

// A shmattach peer (tests/helpers/shmattach) holding a segment of another IPC namespace: started through
// `nsenter --ipc=/proc/PID/ns/ipc`, which execs it, so its pid is the peer's. Ended when this goes.
class NamespaceHolder
{
public:
    NamespaceHolder() = default;
    NamespaceHolder(const NamespaceHolder &) = delete;
    NamespaceHolder &operator=(const NamespaceHolder &) = delete;
    ~NamespaceHolder() { endPeer(m_process); }

    // Attaches shmid of the namespace process nsPid is in, read-only; true once the peer says it holds it.
    bool start(qint64 nsPid, int shmid)
    {
        m_process.start(QStringLiteral("nsenter"),
                        {QStringLiteral("--ipc=/proc/%1/ns/ipc").arg(nsPid),
                         QStringLiteral(SHMSCOPE_BIN_DIR "/shmattach"), QString::number(shmid), QStringLiteral("ro")});
        if (!m_process.waitForStarted(5000))
            return fail();
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(5000))
                return fail();
        }
        return m_process.readLine().startsWith("attached ") || fail();
    }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    [[nodiscard]] QString errorText() const { return m_error; }

private:
    bool fail()
    {
        m_error = QStringLiteral("nsenter shmattach: ") + m_process.errorString() + QStringLiteral("; stderr: ")
                  + QString::fromLocal8Bit(m_process.readAllStandardError().trimmed());
        return false;
    }

    QProcess m_process;
    QString m_error;
};

} // namespace testutils
