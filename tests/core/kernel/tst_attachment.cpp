// core::Attachment against the real kernel. What core reads and writes is checked through mappings the
// test makes itself with plain shmat(), never through core; the mapping's address and attach count are
// checked with /proc/self/maps and IPC_STAT; permission errors are seen from an unprivileged process
// (tests/helpers/attachprobe under setpriv), because root passes every permission check.

#include "core/coretest.h"
#include "core/kernel/attachment.h"
#include "testutils.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <sys/shm.h>
#include <unistd.h>
#include <utility>

using core::Attachment;
using testutils::pageSize;
using testutils::SegmentGuard;

namespace core {

// Found by QCOMPARE through argument-dependent lookup: without them a failed comparison prints no value.
inline char *toString(Attachment::State state)
{
    switch (state) {
    case Attachment::State::Alive:
        return qstrdup("Alive");
    case Attachment::State::Removed:
        return qstrdup("Removed");
    case Attachment::State::Gone:
        return qstrdup("Gone");
    case Attachment::State::Reused:
        return qstrdup("Reused");
    case Attachment::State::NoAccess:
        return qstrdup("NoAccess");
    }
    return qstrdup("?");
}

inline char *toString(Attachment::Mode mode)
{
    return qstrdup(mode == Attachment::Mode::ReadOnly ? "ReadOnly" : "ReadWrite");
}

} // namespace core

namespace {

// Not a multiple of the page: the kernel maps the whole page, so the mapping has a tail past the size that
// belongs to nobody and that a wrong bound would write into without any fault.
constexpr quint64 SegmentSize = 100;
constexpr quint64 U64Max = std::numeric_limits<quint64>::max();
constexpr quint64 I64Max = quint64(std::numeric_limits<qint64>::max());

QString errnoText(int errnum)
{
    return QString::fromLocal8Bit(std::strerror(errnum));
}

// Known, varied bytes. What the tests write is the complement, so a write that did not happen shows.
char patternByte(quint64 i)
{
    return char((i * 37 + 11) & 0xff);
}

char guardByte(quint64 i)
{
    return char((i * 91 + 5) & 0xff);
}

// A plain shmat() of the test's own, detached when the scope ends, however the test ends.
class RawMapping
{
public:
    RawMapping() = default;
    RawMapping(const RawMapping &) = delete;
    RawMapping &operator=(const RawMapping &) = delete;
    ~RawMapping()
    {
        if (m_memory)
            shmdt(m_memory);
    }
    bool attach(int shmid)
    {
        void *memory = shmat(shmid, nullptr, 0);
        if (memory == reinterpret_cast<void *>(-1))
            return false;
        m_memory = memory;
        return true;
    }
    [[nodiscard]] char *bytes() const { return static_cast<char *>(m_memory); }

private:
    void *m_memory = nullptr;
};

// The segment under test (SegmentSize bytes) and a guard segment of one page created right after it, both
// filled with patterns through the test's own mappings, and core's attachment to the segment under test. A
// write through core is then checked against an expected image of the whole page: the bytes inside the
// size, the page-rounded tail (must stay zero) and the guard segment. Core's mapping usually lands just
// below the guard's (mmap fills downwards), so a write that ran off the page would hit the guard mapping
// rather than fault; the check does not rely on that.
class PatternedSegments
{
public:
    // Attached in `mode`, or as core attaches when asked for no mode.
    explicit PatternedSegments(std::optional<Attachment::Mode> mode = std::nullopt)
    {
        m_whyNot = setUp(mode);
    }

    // Empty when the segments are filled and core is attached, else why not.
    [[nodiscard]] const QString &whyNot() const { return m_whyNot; }
    [[nodiscard]] Attachment &attachment() const { return *m_attachment; }
    [[nodiscard]] const QByteArray &expected() const { return m_expected; }
    void expectWritten(quint64 offset, QByteArrayView bytes)
    {
        m_expected.replace(qsizetype(offset), bytes.size(), bytes);
    }

    // The first byte that is not as expected, seen through the test's own mappings; empty when none.
    [[nodiscard]] QString differences() const
    {
        const auto describe = [](const char *where, quint64 i, char is, char want) {
            return QStringLiteral("%1 byte %2 is 0x%3, expected 0x%4")
                .arg(QLatin1String(where))
                .arg(i)
                .arg(uchar(is), 2, 16, QLatin1Char('0'))
                .arg(uchar(want), 2, 16, QLatin1Char('0'));
        };
        for (quint64 i = 0; i < pageSize(); ++i) {
            const bool inside = i < SegmentSize;
            const char want = inside ? m_expected.at(qsizetype(i)) : '\0';
            if (m_view.bytes()[i] != want)
                return describe(inside ? "segment" : "page tail (past the size)", i, m_view.bytes()[i], want);
        }
        for (quint64 i = 0; i < pageSize(); ++i) {
            if (m_guardView.bytes()[i] != guardByte(i))
                return describe("guard segment", i, m_guardView.bytes()[i], guardByte(i));
        }
        return {};
    }

private:
    QString setUp(std::optional<Attachment::Mode> mode)
    {
        if (!m_segment.create(IPC_PRIVATE, SegmentSize) || !m_view.attach(m_segment.id()))
            return QStringLiteral("segment of %1 bytes: ").arg(SegmentSize) + errnoText(errno);
        if (!m_guard.create(IPC_PRIVATE, pageSize()) || !m_guardView.attach(m_guard.id()))
            return QStringLiteral("guard segment: ") + errnoText(errno);
        m_expected.resize(qsizetype(SegmentSize));
        for (quint64 i = 0; i < SegmentSize; ++i)
            m_view.bytes()[i] = m_expected[qsizetype(i)] = patternByte(i);
        for (quint64 i = 0; i < pageSize(); ++i)
            m_guardView.bytes()[i] = guardByte(i);
        auto attached = mode ? Attachment::attach(m_segment.id(), *mode) : Attachment::attach(m_segment.id());
        if (!attached.ok())
            return attached.error().toString();
        m_attachment = std::move(attached.value());
        return {};
    }

    // Declared before the mappings (ours and core's) so that they are removed after the detach, when
    // nothing holds them.
    SegmentGuard m_segment;
    SegmentGuard m_guard;
    RawMapping m_view;
    RawMapping m_guardView;
    std::unique_ptr<Attachment> m_attachment;
    QByteArray m_expected;
    QString m_whyNot;
};

// One range to read or write in a segment of SegmentSize bytes, and whether it lies inside.
struct Range
{
    const char *name;
    quint64 offset;
    quint64 length;
    bool inside;
};

// The ranges every bounded access is tried with. The overflow rows are chosen so that offset + length,
// computed naively, wraps around to a value that passes a naive "<= size" check.
const Range ranges[] = {
    {"start, 1 byte", 0, 1, true},
    {"start, whole segment", 0, SegmentSize, true},
    {"middle", 10, 20, true},
    {"end, last 10 bytes", SegmentSize - 10, 10, true},
    {"exactly the last byte", SegmentSize - 1, 1, true},
    {"offset 0, length 0", 0, 0, true},
    {"offset == size, length 0", SegmentSize, 0, true},
    {"across the end", SegmentSize - 5, 10, false},
    {"last byte plus one", SegmentSize - 1, 2, false},
    {"whole segment plus one", 0, SegmentSize + 1, false},
    {"offset == size, length 1", SegmentSize, 1, false},
    {"offset size+1, length 0", SegmentSize + 1, 0, false},
    {"past the end", SegmentSize + 50, 1, false},
    {"offset in the page tail", SegmentSize + 4, 4, false},
    {"offset UINT64_MAX, length 1", U64Max, 1, false},
    {"offset UINT64_MAX, length 0", U64Max, 0, false},
    {"offset UINT64_MAX-1, length 2 (sum wraps to 0)", U64Max - 1, 2, false},
    {"offset 2^63, length 1", quint64(1) << 63, 1, false},
    {"offset UINT64_MAX-9, length 20 (sum wraps to 10)", U64Max - 9, 20, false},
    {"length INT64_MAX", 0, I64Max, false},
    {"length UINT64_MAX", 0, U64Max, false},
    {"offset 1, length UINT64_MAX (sum wraps to 0)", 1, U64Max, false},
    {"offset 50, length UINT64_MAX-39 (sum wraps to 10)", 50, U64Max - 39, false},
};

// A QByteArrayView holds at most INT64_MAX bytes, so write() cannot be asked for longer ranges; read()
// and readInto() take every row.
void addRangeRows(quint64 maxLength)
{
    QTest::addColumn<quint64>("offset");
    QTest::addColumn<quint64>("length");
    QTest::addColumn<bool>("inside");
    for (const Range &range : ranges) {
        if (range.length <= maxLength)
            QTest::newRow(range.name) << range.offset << range.length << range.inside;
    }
}

// A refused access says why in words, naming the range as it was asked (not a wrapped-around end), and
// errnum 0 because no kernel call was involved.
void verifyRefusal(const core::Error &error, quint64 offset, quint64 length)
{
    QCOMPARE(error.errnum, 0);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.message.contains(QString::number(offset)), qPrintable(error.message));
    QVERIFY2(error.message.contains(QString::number(length)), qPrintable(error.message));
}

// One line of /proc/self/maps for a System V segment: its path is /SYSV<key> and its inode the shmid.
struct SysvMapping
{
    quint64 start = 0;
    quint64 end = 0;
    QByteArray perms;
};

QList<SysvMapping> sysvMappingsOf(int shmid)
{
    QList<SysvMapping> out;
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return out;
    // start-end perms offset dev inode path ["(deleted)"]
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6 || !fields.at(5).startsWith("/SYSV") || fields.at(4).toLongLong() != shmid)
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        out.append(
            {range.value(0).toULongLong(nullptr, 16), range.value(1).toULongLong(nullptr, 16), fields.at(1)});
    }
    return out;
}

// nattch as IPC_STAT tells it, or -1 when the segment is gone.
qint64 attachCount(int shmid)
{
    const auto ds = testutils::shmStat(shmid);
    return ds ? qint64(ds->shm_nattch) : -1;
}

// Gone cannot happen to an Attachment in normal use: its own mapping counts in nattch, and the kernel
// destroys a segment only once nattch is 0, so the id names our segment for as long as we are attached.
// To see Gone anyway, core's mapping is detached behind its back (shmdt at address()) and the segment
// removed. The Attachment's own shmdt later finds no segment at that address and fails harmlessly
// (EINVAL), provided nothing else is attached in this process before it is destroyed.
void destroyBehindItsBack(const Attachment &attachment, SegmentGuard &guard)
{
    QCOMPARE(shmdt(reinterpret_cast<void *>(quintptr(attachment.address()))), 0);
    guard.reset();
    QVERIFY2(!testutils::shmStat(attachment.shmid()), "the segment outlived its last detach and IPC_RMID");
}

} // namespace

class TestAttachment : public QObject
{
    Q_OBJECT

private slots:
    void init() { coretest::failOnAnyWarning(); }
    void cleanup() { coretest::verifyNoLeftoverSegments(); }

    void read_data() { addRangeRows(U64Max); }
    void read();
    void readInto_data() { addRangeRows(U64Max); }
    void readInto();
    void write_data() { addRangeRows(I64Max); }
    void write();
    void writeToReadOnlyIsRefused();

    void stateAliveThenRemoved();
    void stateGoneOnceDestroyed();
    void stateReusedWhenTheIdNamesAnotherSegment();
    void stateNoAccessOnceReadingIsTakenAway();

    void attachNonexistentIdSaysSo_data();
    void attachNonexistentIdSaysSo();
    void attachNegativeIdIsRefusedBeforeAnyCall_data();
    void attachNegativeIdIsRefusedBeforeAnyCall();
    void attachAsAnotherUserNamesTheMissingPermission_data();
    void attachAsAnotherUserNamesTheMissingPermission();

    void addressIsTheMappingInProcMaps_data();
    void addressIsTheMappingInProcMaps();
    void destructorDetaches();
    void largeSegmentCostsOnlyWhatIsRead();
    void residentPagesAreThoseWritten();
    void findSearchesOnlyTheRangeAsked();
};

void TestAttachment::read()
{
    QFETCH(quint64, offset);
    QFETCH(quint64, length);
    QFETCH(bool, inside);

    const PatternedSegments segments;
    QVERIFY2(segments.whyNot().isEmpty(), qPrintable(segments.whyNot()));
    const Attachment &attachment = segments.attachment();
    QCOMPARE(attachment.size(), SegmentSize);
    QCOMPARE(attachment.contains(offset, length), inside);

    const auto bytes = attachment.read(offset, length);
    QCOMPARE(bytes.ok(), inside);
    if (inside)
        QCOMPARE(bytes.value(), segments.expected().mid(qsizetype(offset), qsizetype(length)));
    else
        verifyRefusal(bytes.error(), offset, length);
    QCOMPARE(segments.differences(), QString());
}

void TestAttachment::readInto()
{
    QFETCH(quint64, offset);
    QFETCH(quint64, length);
    QFETCH(bool, inside);

    const PatternedSegments segments;
    QVERIFY2(segments.whyNot().isEmpty(), qPrintable(segments.whyNot()));

    // Larger than any accepted length, so that bytes past `length` show whether more was copied. The huge
    // lengths are refused before any copy; were one accepted, the copy would fault, which fails too.
    QByteArray buffer(qsizetype(SegmentSize + 16), '\xa5');
    QByteArray want = buffer;
    if (inside)
        want.replace(0, qsizetype(length), segments.expected().mid(qsizetype(offset), qsizetype(length)));
    QCOMPARE(segments.attachment().readInto(offset, buffer.data(), length), inside);
    QCOMPARE(buffer, want);
}

void TestAttachment::write()
{
    QFETCH(quint64, offset);
    QFETCH(quint64, length);
    QFETCH(bool, inside);

    PatternedSegments segments(Attachment::Mode::ReadWrite);
    QVERIFY2(segments.whyNot().isEmpty(), qPrintable(segments.whyNot()));

    // The complement of what is there, followed by nonzero bytes that are not part of the view: a copy
    // of even one byte too many then shows in the page's zero tail. For the huge refused lengths the view
    // is longer than its buffer: write() must refuse it before reading a byte of it (were it accepted,
    // the copy would fault).
    const auto filled = qsizetype(std::min(length, 2 * SegmentSize));
    QByteArray source(filled + 16, '\xee');
    for (qsizetype i = 0; i < filled; ++i)
        source[i] = char(~patternByte(offset + quint64(i)));
    const QByteArrayView bytes(source.constData(), qsizetype(length));

    const auto written = segments.attachment().write(offset, bytes);
    QCOMPARE(written.ok(), inside);
    if (inside)
        segments.expectWritten(offset, bytes);
    else
        verifyRefusal(written.error(), offset, length);
    // Through the test's own mapping: what was written is there, and nothing else changed (inside the
    // size, in the page's tail, in the guard segment).
    QCOMPARE(segments.differences(), QString());
    // And core reads back what the other mapping shows.
    QCOMPARE(segments.attachment().read(0, SegmentSize).value(), segments.expected());
}

void TestAttachment::writeToReadOnlyIsRefused()
{
    // Read-only is the default: the user must ask to edit.
    const PatternedSegments segments;
    QVERIFY2(segments.whyNot().isEmpty(), qPrintable(segments.whyNot()));
    Attachment &attachment = segments.attachment();
    QCOMPARE(attachment.mode(), Attachment::Mode::ReadOnly);
    QVERIFY(!attachment.isWritable());

    // A range well inside: only the mode refuses it. Were the write attempted, the SHM_RDONLY mapping
    // would fault.
    const auto written = attachment.write(0, QByteArrayView("ABCD"));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().errnum, 0);
    QVERIFY2(written.error().message.contains(QLatin1String("read-only")),
             qPrintable(written.error().message));
    QCOMPARE(segments.differences(), QString());
}

void TestAttachment::stateAliveThenRemoved()
{
    SegmentGuard guard;
    QVERIFY2(guard.create(IPC_PRIVATE, SegmentSize), strerror(errno));
    const auto attached = Attachment::attach(guard.id(), Attachment::Mode::ReadWrite);
    SHM_VERIFY_OK(attached);
    Attachment &attachment = *attached.value();
    SHM_VERIFY_OK(attachment.write(0, QByteArrayView("still here")));
    QCOMPARE(attachment.state(), Attachment::State::Alive);

    // IPC_RMID while attached only marks the segment (SHM_DEST); our mapping keeps it alive and readable.
    QCOMPARE(shmctl(guard.id(), IPC_RMID, nullptr), 0);
    QCOMPARE(attachment.state(), Attachment::State::Removed);
    const auto bytes = attachment.read(0, 10);
    SHM_VERIFY_OK(bytes);
    QCOMPARE(bytes.value(), QByteArray("still here"));
    // The guard's own IPC_RMID at the end of the scope is then a no-op; the detach destroys the segment.
}

void TestAttachment::stateGoneOnceDestroyed()
{
    SegmentGuard guard;
    QVERIFY2(guard.create(IPC_PRIVATE, SegmentSize), strerror(errno));
    const auto attached = Attachment::attach(guard.id());
    SHM_VERIFY_OK(attached);
    destroyBehindItsBack(*attached.value(), guard);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(attached.value()->state(), Attachment::State::Gone);
}

// The kernel hands an id out again only after its sequence number wraps, so a reused id is forced with
// kernel.shm_next_id (root, kernels with checkpoint/restore), and the new segment is made by another
// process (ipcmk): Attachment tells segments apart by their creator's pid.
void TestAttachment::stateReusedWhenTheIdNamesAnotherSegment()
{
    if (const QString why = testutils::idReuseUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QFile nextId(testutils::ShmNextIdPath);
    const QString ipcmk = QStandardPaths::findExecutable(QStringLiteral("ipcmk"));
    if (ipcmk.isEmpty())
        QSKIP("ipcmk (util-linux) is not installed, so no other process can create the new segment");

    SegmentGuard guard;
    QVERIFY2(guard.create(IPC_PRIVATE, SegmentSize), strerror(errno));
    const int shmid = guard.id();
    const auto attached = Attachment::attach(shmid);
    SHM_VERIFY_OK(attached);
    destroyBehindItsBack(*attached.value(), guard);
    if (QTest::currentTestFailed())
        return;

    // shm_next_id is used by the next shmget() in this IPC namespace, whoever makes it, and then reset.
    if (!nextId.open(QIODevice::WriteOnly) || nextId.write(QByteArray::number(shmid)) < 0 || !nextId.flush())
        QSKIP(qPrintable(QStringLiteral("cannot set kernel.shm_next_id: ") + nextId.errorString()));
    nextId.close();

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(ipcmk, {QStringLiteral("-M"), QString::number(SegmentSize)});
    QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
    const qint64 creator = process.processId();
    QVERIFY2(process.waitForFinished(10000), qPrintable(process.errorString()));
    // Found by creator rather than by parsing ipcmk's words, so that it is removed whatever it printed.
    SegmentGuard other;
    for (const testutils::KernelSegment &segment : testutils::kernelSegments()) {
        if (segment.ds.shm_cpid == creator)
            other.adopt(segment.shmid);
    }
    const QString output = QString::fromLocal8Bit(process.readAll());
    QVERIFY2(process.exitCode() == 0 && other.id() >= 0, qPrintable(QStringLiteral("ipcmk: ") + output));
    if (other.id() != shmid)
        QSKIP(
            qPrintable(QStringLiteral("another process created a segment first and took id %1; ipcmk got %2")
                           .arg(shmid)
                           .arg(other.id())));
    QCOMPARE(attached.value()->state(), Attachment::State::Reused);
}

// IPC_STAT needs read permission, which the owner may take away while we are attached (chmod 000). Our
// mapping keeps what shmat() allowed, so the segment is not gone: state() must say that it may no longer
// ask, until the segment really is destroyed.
void TestAttachment::stateNoAccessOnceReadingIsTakenAway()
{
    if (geteuid() != 0)
        QSKIP("needs root: the attach is made as user nobody (seteuid), and the mode changed by root");
    SegmentGuard guard;
    // Readable by its group too: seteuid() leaves this process in root's groups.
    QVERIFY2(guard.create(IPC_PRIVATE, SegmentSize, 0644), strerror(errno));
    std::unique_ptr<Attachment> attachment;
    {
        const testutils::AsNobody nobody;
        QVERIFY2(nobody.switched(), strerror(errno));
        auto attached = Attachment::attach(guard.id());
        SHM_VERIFY_OK(attached);
        attachment = std::move(attached.value());
        QCOMPARE(attachment->state(), Attachment::State::Alive);
    }

    auto ds = testutils::shmStat(guard.id());
    QVERIFY(ds);
    ds->shm_perm.mode = 0;
    QVERIFY2(shmctl(guard.id(), IPC_SET, &*ds) == 0, strerror(errno));
    {
        const testutils::AsNobody nobody;
        QVERIFY2(nobody.switched(), strerror(errno));
        QCOMPARE(attachment->state(), Attachment::State::NoAccess);
        SHM_VERIFY_OK(attachment->read(0, SegmentSize));
    }

    destroyBehindItsBack(*attachment, guard);
    if (QTest::currentTestFailed())
        return;
    const testutils::AsNobody nobody;
    QVERIFY2(nobody.switched(), strerror(errno));
    QCOMPARE(attachment->state(), Attachment::State::Gone);
}

void TestAttachment::attachNonexistentIdSaysSo_data()
{
    QTest::addColumn<Attachment::Mode>("mode");
    QTest::newRow("read-only") << Attachment::Mode::ReadOnly;
    QTest::newRow("read-write") << Attachment::Mode::ReadWrite;
}

void TestAttachment::attachNonexistentIdSaysSo()
{
    QFETCH(Attachment::Mode, mode);

    // An id that named a segment a moment ago: the kernel moves the id's sequence number on with every new
    // segment, so it does not name another one now.
    int shmid = -1;
    {
        SegmentGuard guard;
        QVERIFY2(guard.create(IPC_PRIVATE, SegmentSize), strerror(errno));
        shmid = guard.id();
    }
    QVERIFY(!testutils::shmStat(shmid));

    const auto attached = Attachment::attach(shmid, mode);
    QVERIFY(!attached.ok());
    const core::Error &error = attached.error();
    QCOMPARE(error.errnum, EINVAL);
    QCOMPARE(error.call, QStringLiteral("shmat(%1, NULL, %2)")
                             .arg(shmid)
                             .arg(mode == Attachment::Mode::ReadOnly ? QStringLiteral("SHM_RDONLY")
                                                                     : QStringLiteral("0")));
    // A sentence for a student: it names the segment, and the errno is left to toString().
    QVERIFY2(error.message.contains(QString::number(shmid)), qPrintable(error.message));
    QVERIFY2(!error.message.contains(QLatin1String("EINVAL")), qPrintable(error.message));
    QVERIFY2(error.toString().contains(QLatin1String("EINVAL")), qPrintable(error.toString()));
}

void TestAttachment::attachNegativeIdIsRefusedBeforeAnyCall_data()
{
    QTest::addColumn<int>("shmid");
    QTest::newRow("-1") << -1;
    QTest::newRow("INT_MIN") << INT_MIN;
}

void TestAttachment::attachNegativeIdIsRefusedBeforeAnyCall()
{
    QFETCH(int, shmid);

    const auto attached = Attachment::attach(shmid, Attachment::Mode::ReadWrite);
    QVERIFY(!attached.ok());
    // errnum 0: refused by core, no shmat() made.
    QCOMPARE(attached.error().errnum, 0);
    QVERIFY2(attached.error().message.contains(QString::number(shmid)), qPrintable(attached.error().message));
}

void TestAttachment::attachAsAnotherUserNamesTheMissingPermission_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("inGroup"); // nobody gets the segment's group as a supplementary group
    QTest::addColumn<bool>("readWrite");
    QTest::addColumn<bool>("attaches");
    QTest::addColumn<QStringList>("says");    // in the output
    QTest::addColumn<QStringList>("saysNot"); // not in the output

    const QString others = QStringLiteral("others");
    const QString offerReadOnly = QStringLiteral("attach it read-only");
    const QString mayNotRead = QStringLiteral("may not read it");
    const QString mayNotWrite = QStringLiteral("may not write it");
    const QString eacces = QStringLiteral("EACCES");
    const QString nobody = QStringLiteral("uid 65534");

    // Then the segment's rules, from its uid, gid and mode: who may do what.
    QTest::newRow("0600 read-only: others may not read")
        << 0600 << false << false << false
        << QStringList{eacces, others, mayNotRead, nobody, QStringLiteral("owner uid 0 may read and write"),
                       QStringLiteral("others may do nothing")}
        << QStringList{offerReadOnly};
    QTest::newRow("0604 read-only: allowed")
        << 0604 << false << false << true << QStringList{QStringLiteral("ok")} << QStringList{};
    QTest::newRow("0604 read-write: reading is allowed")
        << 0604 << false << true << false << QStringList{eacces, others, mayNotWrite, offerReadOnly}
        << QStringList{mayNotRead};
    // shmat() without SHM_RDONLY needs read and write: here read is what is missing, not write.
    QTest::newRow("0602 read-write: read is missing")
        << 0602 << false << true << false << QStringList{eacces, others, mayNotRead}
        << QStringList{mayNotWrite, offerReadOnly};
    QTest::newRow("0600 read-write: both are missing")
        << 0600 << false << true << false
        << QStringList{eacces, others, QStringLiteral("may not read or write it")}
        << QStringList{offerReadOnly};
    QTest::newRow("0606 read-write: allowed")
        << 0606 << false << true << true << QStringList{QStringLiteral("ok")} << QStringList{};
    // The kernel counts supplementary groups (in_group_p), and then applies the group's bits only: others
    // may read, but a member of the group may not.
    QTest::newRow("0604 read-only, member of its group")
        << 0604 << true << false << false
        << QStringList{eacces, QStringLiteral("count as its group"), mayNotRead,
                       QStringLiteral("others may only read")}
        << QStringList{QStringLiteral("count as others")};
    QTest::newRow("0640 read-only, member of its group")
        << 0640 << true << false << true << QStringList{QStringLiteral("ok")} << QStringList{};
}

// Root passes every permission check, so attach runs in tests/helpers/attachprobe as nobody (65534,
// testutils::Unprivileged).
void TestAttachment::attachAsAnotherUserNamesTheMissingPermission()
{
    QFETCH(int, mode);
    QFETCH(bool, inGroup);
    QFETCH(bool, readWrite);
    QFETCH(bool, attaches);
    QFETCH(QStringList, says);
    QFETCH(QStringList, saysNot);

    if (const QString reason = testutils::Unprivileged::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    testutils::Unprivileged nobody;
    QVERIFY(nobody.prepare(QStringLiteral(SHMSCOPE_BIN_DIR "/attachprobe")));

    // Owned by root with an unused group, so that nobody is in that group only when given it below.
    constexpr gid_t segmentGroup = 54321;
    SegmentGuard guard;
    QVERIFY2(guard.create(IPC_PRIVATE, SegmentSize, mode), strerror(errno));
    auto ds = testutils::shmStat(guard.id());
    QVERIFY(ds);
    ds->shm_perm.gid = segmentGroup;
    QVERIFY2(shmctl(guard.id(), IPC_SET, &*ds) == 0, strerror(errno));

    if (inGroup)
        nobody.setGroups({segmentGroup});
    const testutils::Run run =
        nobody.run({QString::number(guard.id()), readWrite ? QStringLiteral("rw") : QStringLiteral("ro")});
    // attachprobe says "ok" on stdout and why it failed on stderr: either is the output.
    const QString output = QString::fromLocal8Bit(run.out + run.err).trimmed();
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QVERIFY2(run.exitCode == (attaches ? 0 : 1),
             qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(output)));
    for (const QString &text : std::as_const(says))
        QVERIFY2(output.contains(text), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(text, output)));
    for (const QString &text : std::as_const(saysNot))
        QVERIFY2(!output.contains(text), qPrintable(QStringLiteral("\"%1\" in: %2").arg(text, output)));
    // Whatever happened, the probe has exited: nothing stays attached.
    QCOMPARE(attachCount(guard.id()), qint64(0));
}

void TestAttachment::addressIsTheMappingInProcMaps_data()
{
    QTest::addColumn<Attachment::Mode>("mode");
    QTest::addColumn<QByteArray>("perms");
    QTest::newRow("read-only") << Attachment::Mode::ReadOnly << QByteArray("r--s");
    QTest::newRow("read-write") << Attachment::Mode::ReadWrite << QByteArray("rw-s");
}

void TestAttachment::addressIsTheMappingInProcMaps()
{
    QFETCH(Attachment::Mode, mode);
    QFETCH(QByteArray, perms);

    SegmentGuard guard;
    QVERIFY2(guard.create(IPC_PRIVATE, SegmentSize), strerror(errno));
    const auto attached = Attachment::attach(guard.id(), mode);
    SHM_VERIFY_OK(attached);

    const QList<SysvMapping> mappings = sysvMappingsOf(guard.id());
    QCOMPARE(mappings.size(), 1);
    QCOMPARE(attached.value()->address(), mappings.first().start);
    // The whole page is mapped, and with the protection the mode asked for (SHM_RDONLY or not).
    QCOMPARE(mappings.first().end - mappings.first().start, pageSize());
    QCOMPARE(mappings.first().perms, perms);
}

void TestAttachment::destructorDetaches()
{
    SegmentGuard guard;
    QVERIFY2(guard.create(IPC_PRIVATE, SegmentSize), strerror(errno));
    QCOMPARE(attachCount(guard.id()), qint64(0));

    auto attached = Attachment::attach(guard.id());
    SHM_VERIFY_OK(attached);
    std::unique_ptr<Attachment> attachment = std::move(attached.value());
    QCOMPARE(attachCount(guard.id()), qint64(1));

    attachment.reset();
    QCOMPARE(attachCount(guard.id()), qint64(0));
    QVERIFY(sysvMappingsOf(guard.id()).isEmpty());
    QCOMPARE(qint64(testutils::shmStat(guard.id())->shm_lpid), qint64(getpid()));
}

// Attaching maps the segment without touching it: only the pages read become resident, so a 1 GiB segment
// costs what is read, not its size.
void TestAttachment::largeSegmentCostsOnlyWhatIsRead()
{
    constexpr quint64 size = quint64(1) << 30;
    constexpr qint64 allowedGrowthKb = 10 * 1024;
    SegmentGuard guard;
    if (!guard.create(IPC_PRIVATE, size)) {
        const int errnum = errno;
        if (errnum == ENOMEM || errnum == ENOSPC || errnum == EINVAL)
            QSKIP(qPrintable(
                QStringLiteral("the kernel will not create a 1 GiB segment here (shmmax, shmall or "
                               "memory): ") +
                errnoText(errnum)));
        QFAIL(qPrintable(QStringLiteral("shmget of 1 GiB: ") + errnoText(errnum)));
    }
    const qint64 before = testutils::statusKiB("VmRSS");
    QVERIFY2(before >= 0, "no VmRSS in /proc/self/status");

    const auto attached = Attachment::attach(guard.id());
    SHM_VERIFY_OK(attached);
    QCOMPARE(attached.value()->size(), size);
    const auto last = attached.value()->read(size - 16, 16);
    SHM_VERIFY_OK(last);
    const auto first = attached.value()->read(0, 16);
    SHM_VERIFY_OK(first);
    // A new segment is zero-filled.
    QCOMPARE(last.value(), QByteArray(16, '\0'));
    QCOMPARE(first.value(), QByteArray(16, '\0'));

    const qint64 growth = testutils::statusKiB("VmRSS") - before;
    QVERIFY2(growth < allowedGrowthKb, qPrintable(QStringLiteral("VmRSS grew by %1 kB").arg(growth)));
}

// mincore() through our mapping sees the pages another process wrote (the segment's page cache, not only our
// own page table), and asking touches no page: the rss /proc/sysvipc/shm lists stays as it was.
void TestAttachment::residentPagesAreThoseWritten()
{
    const quint64 page = pageSize();
    constexpr quint64 Pages = 20;
    SegmentGuard guard;
    QVERIFY(guard.create(IPC_PRIVATE, Pages * page - 5)); // the last page only partly the segment's
    QVERIFY(testutils::poke(guard.id(), 3 * page + 10, "written"));
    QVERIFY(testutils::poke(guard.id(), (Pages - 1) * page, "last"));
    QCOMPARE(testutils::sysvipcRss(guard.id()), std::optional<quint64>(2 * page));

    const auto attached = Attachment::attach(guard.id());
    SHM_VERIFY_OK(attached);
    QCOMPARE(Attachment::pageSize(), page);
    const auto resident = attached.value()->residentPages();
    SHM_VERIFY_OK(resident);
    std::vector<bool> expected(Pages);
    expected[3] = true;
    expected[Pages - 1] = true;
    QVERIFY(resident.value() == expected);
    QCOMPARE(testutils::sysvipcRss(guard.id()), std::optional<quint64>(2 * page));
}

// find() in place: the first needle wholly inside the range, nothing past the range's end or the segment's.
void TestAttachment::findSearchesOnlyTheRangeAsked()
{
    SegmentGuard guard;
    QVERIFY(testutils::createHolding(guard, QByteArray("..abc...abc..ab")));
    const auto attached = Attachment::attach(guard.id());
    SHM_VERIFY_OK(attached);
    const Attachment &a = *attached.value();
    QCOMPARE(a.find(0, 15, "abc"), std::optional<quint64>(2));
    QCOMPARE(a.find(3, 12, "abc"), std::optional<quint64>(8));
    QCOMPARE(a.find(3, 7, "abc"), std::nullopt);  // the second one ends at 11, past 3 + 7
    QCOMPARE(a.find(13, 2, "abc"), std::nullopt); // "ab" at the very end; the page's next byte is not ours
    QCOMPARE(a.find(13, 3, "ab"), std::nullopt);  // a range past the end is refused, not searched
    QCOMPARE(a.find(0, 15, ""), std::nullopt);
}

QTEST_GUILESS_MAIN(TestAttachment)
#include "tst_attachment.moc"
