// core::SnapshotFile (the file format, its writer and reader and their refusals), core::SnapshotDiff and
// core::SnapshotObject, against real segments changed by another process (tests/helpers/shmpoke).

#include "core/coretest.h"
#include "core/kernel/attachment.h"
#include "core/layout/structparser.h"
#include "core/snapshots/snapshotdiff.h"
#include "core/snapshots/snapshotfile.h"
#include "core/snapshots/snapshotobject.h"

#include <QTemporaryDir>
#include <QtEndian>

using namespace core;
using namespace testutils;

namespace core {
inline char *toString(const SnapshotDiff::Range &range)
{
    return qstrdup(QStringLiteral("{%1, %2}").arg(range.offset).arg(range.length).toUtf8().constData());
}
inline char *toString(const SnapshotDiff::FieldChange &change)
{
    return qstrdup(QStringLiteral("{%1 @%2+%3: %4 -> %5}")
                       .arg(change.name)
                       .arg(change.offset)
                       .arg(change.size)
                       .arg(change.before, change.after)
                       .toUtf8()
                       .constData());
}
} // namespace core

namespace {

// A small snapshot whose every header field is set, and its file written out by hand from
// docs/SNAPSHOT-FORMAT.md, field by field: what the writer must produce.
Snapshot sample()
{
    Snapshot snapshot;
    snapshot.kind = Snapshot::Kind::SystemV;
    snapshot.taken = QDateTime::fromMSecsSinceEpoch(0x0102030405, Qt::UTC);
    snapshot.shmid = 32768;
    snapshot.key = 0x1234;
    snapshot.name = QStringLiteral("segment 32768");
    snapshot.stat = SnapshotStat{01640, 1000, 1001, 1002, 1003, 4242, 4343, 2, 11, 12, 13};
    snapshot.layoutName = QStringLiteral("st_pid");
    snapshot.layoutText = QStringLiteral("struct st_pid { int pid; char names[51]; };");
    snapshot.bytes = QByteArray("\x01\x02\x03", 3);
    return snapshot;
}

QByteArray sampleFile()
{
    QByteArray out("SHMSNAP", 8);                                                   // with its NUL
    out += QByteArray::fromHex("01000000");                                         // version
    out += QByteArray::fromHex("01000000");                                         // kind: System V
    out += QByteArray::fromHex("0504030201000000");                                 // time, ms
    out += QByteArray::fromHex("00800000");                                         // shmid 32768
    out += QByteArray::fromHex("34120000");                                         // key
    out += QByteArray::fromHex("01000000");                                         // flags: IPC_STAT valid
    out += QByteArray::fromHex("a0030000");                                         // mode 01640
    out += QByteArray::fromHex("e8030000e9030000ea030000eb030000");                 // uid gid cuid cgid
    out += QByteArray::fromHex("92100000f7100000");                                 // cpid 4242, lpid 4343
    out += QByteArray::fromHex("0200000000000000");                                 // nattch
    out += QByteArray::fromHex("0b000000000000000c000000000000000d00000000000000"); // atime dtime ctime
    out += QByteArray::fromHex("0300000000000000"); // bytes that follow the texts
    out += QByteArray::fromHex("0d000000") + "segment 32768";
    out += QByteArray::fromHex("06000000") + "st_pid";
    out += QByteArray::fromHex("2b000000") + "struct st_pid { int pid; char names[51]; };";
    out += QByteArray("\x01\x02\x03", 3);
    return out;
}

} // namespace

class TestSnapshotFile : public QObject
{
    Q_OBJECT

private slots:
    void writesTheDocumentedFormat()
    {
        const QByteArray expected = sampleFile();
        QCOMPARE(SnapshotFile::encode(sample()).toHex(' '), expected.toHex(' '));
        // The fixed part ends where the documentation says the first text's length starts.
        QCOMPARE(expected.indexOf(QByteArray("\x0d\x00\x00\x00segment", 11)), SnapshotFile::FixedHeaderSize);
        const auto read = SnapshotFile::decode(expected, QStringLiteral("sample.shmsnap"));
        SHM_VERIFY_OK(read);
        QVERIFY(read.value() == sample());
    }

    void takesASegmentAndReadsItBack()
    {
        const QByteArray bytes = stPidBytes(4242, "snapshot test");
        SegmentGuard guard;
        QVERIFY(guard.create(uniqueKey(1), size_t(bytes.size()), 0640));
        {
            Mapping mapping(guard.id());
            QVERIFY(mapping.ok());
            mapping.fill(0, bytes);
        }
        auto attached = Attachment::attach(guard.id(), Attachment::Mode::ReadOnly);
        SHM_VERIFY_OK(attached);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto taken = SnapshotFile::take(*attached.value());
        SHM_VERIFY_OK(taken);
        const auto ds = shmStat(guard.id()); // the kernel's word, asked without core
        QVERIFY(ds);
        const Snapshot &snapshot = taken.value();
        QCOMPARE(snapshot.bytes, bytes);
        QCOMPARE(snapshot.kind, Snapshot::Kind::SystemV);
        QCOMPARE(snapshot.shmid, guard.id());
        QCOMPARE(snapshot.key, qint32(uniqueKey(1)));
        QVERIFY(snapshot.stat);
        QCOMPARE(snapshot.stat->mode & 0777, 0640u);
        QCOMPARE(snapshot.stat->uid, quint32(geteuid()));
        QCOMPARE(snapshot.stat->cpid, qint32(getpid()));
        QCOMPARE(snapshot.stat->lpid, qint32(getpid()));
        QCOMPARE(snapshot.stat->nattch, quint64(ds->shm_nattch));
        QCOMPARE(snapshot.stat->atime, qint64(ds->shm_atime));
        QCOMPARE(snapshot.stat->ctime, qint64(ds->shm_ctime));
        QVERIFY(snapshot.taken >= before.addMSecs(-1) && snapshot.taken <= QDateTime::currentDateTimeUtc());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("st.shmsnap"));
        SHM_VERIFY_OK(SnapshotFile::save(snapshot, path));
        const auto loaded = SnapshotFile::load(path);
        SHM_VERIFY_OK(loaded);
        QVERIFY(loaded.value() == snapshot);
    }

    void refusesWhatIsNotASnapshot_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        const QString notOne =
            QStringLiteral("f is not a ShmScope snapshot: a snapshot file starts with SHMSNAP.");
        const QByteArray good = sampleFile();
        QTest::newRow("empty") << QByteArray() << notOne;
        QTest::newRow("text") << QByteArray("struct st_pid { int pid; };\n") << notOne;
        QTest::newRow("cut in the magic") << good.first(5) << notOne;
        QByteArray later = good;
        later[8] = 2;
        QTest::newRow("version 2")
            << later
            << QStringLiteral("f is a snapshot of format version 2; this ShmScope reads version 1 only.");
        QTest::newRow("cut in the version")
            << good.first(10)
            << QStringLiteral(
                   "f is truncated: it ends inside its header (10 bytes long). It may have been cut "
                   "short while it was copied or saved.");
        QTest::newRow("cut in the header")
            << good.first(60)
            << QStringLiteral(
                   "f is truncated: it ends inside its header (60 bytes long). It may have been cut "
                   "short while it was copied or saved.");
        QTest::newRow("cut in the name")
            << good.first(110)
            << QStringLiteral(
                   "f is truncated: it ends inside its name (110 bytes long). It may have been cut "
                   "short while it was copied or saved.");
        QTest::newRow("cut in the bytes")
            << good.first(good.size() - 1)
            << QStringLiteral("f is truncated: its header announces 3 bytes of the segment, the file holds 2 "
                              "bytes. It may have been cut short while it was copied or saved.");
        QTest::newRow("bytes after its end")
            << good + "xy"
            << QStringLiteral(
                   "f is damaged: 2 bytes follow the 3 bytes of the segment its header announces.");
        QByteArray kind = good;
        kind[12] = 7;
        QTest::newRow("unknown kind")
            << kind
            << QStringLiteral("f is damaged: its kind is 7, neither 1 (System V segment) "
                              "nor 2 (POSIX object).");
        QByteArray longName = good;
        qToLittleEndian(quint32(0x7fffffff), longName.data() + SnapshotFile::FixedHeaderSize);
        QTest::newRow("absurd name length")
            << longName << QStringLiteral("f is damaged: its name would be 2147483647 bytes long.");
    }

    void refusesWhatIsNotASnapshot()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        const auto read = SnapshotFile::decode(data, QStringLiteral("f"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().message, message);
    }

    void loadRefusesAFolderAndAMissingFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto folder = SnapshotFile::load(dir.path());
        QVERIFY(!folder.ok());
        QCOMPARE(folder.error().message,
                 dir.path() + QStringLiteral(" is not a regular file: a snapshot is a file."));
        const QString missing = dir.filePath(QStringLiteral("none.shmsnap"));
        const auto absent = SnapshotFile::load(missing);
        QVERIFY(!absent.ok());
        QVERIFY2(absent.error().message.startsWith(QStringLiteral("cannot open ") + missing),
                 qPrintable(absent.error().message));
    }

    void saveRefusedLeavesTheOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto refused = SnapshotFile::save(sample(), dir.filePath(QStringLiteral("no/such/folder/x")));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.startsWith(QStringLiteral("cannot save the snapshot to ")));
    }

    // Snapshot, a change made by another process, snapshot: the diff lists exactly the bytes and fields the
    // other process changed.
    void diffListsExactlyTheChangedBytesAndFields()
    {
        SegmentGuard guard;
        QVERIFY(createHolding(guard, stPidBytes(4242, "st 1")));
        auto attached = Attachment::attach(guard.id(), Attachment::Mode::ReadOnly);
        SHM_VERIFY_OK(attached);
        const auto before = SnapshotFile::take(*attached.value());
        SHM_VERIFY_OK(before);
        QVERIFY(
            poke(guard.id(), 0, QByteArray::fromHex("93100000"))); // pid 4243: only its first byte changes
        QVERIFY(poke(guard.id(), 7, QByteArray("2")));             // "st 1" -> "st 2"
        QVERIFY(poke(guard.id(), 40, QByteArray("\x07\x08", 2)));  // after the NUL: bytes, not the value
        const auto after = SnapshotFile::take(*attached.value());
        SHM_VERIFY_OK(after);
        const QByteArray &a = before.value().bytes;
        const QByteArray &b = after.value().bytes;
        const QList<SnapshotDiff::Range> expected = {{0, 1}, {7, 1}, {40, 2}};
        QCOMPARE(SnapshotDiff::ranges(a, b), expected);
        QCOMPARE(SnapshotDiff::byteCount(expected), quint64(4));
        const QList<SnapshotDiff::FieldChange> fields = {
            {QStringLiteral("pid"), 0, 4, QStringLiteral("4242"), QStringLiteral("4243")},
            {QStringLiteral("names"), 4, 51, QStringLiteral("\"st 1\""), QStringLiteral("\"st 2\"")}};
        QCOMPARE(SnapshotDiff::fields(StructParser::builtinLayout(), a, b), fields);
        QCOMPARE(SnapshotDiff::ranges(a, a), QList<SnapshotDiff::Range>());
    }

    // Runs across the comparison's blocks of 4096 bytes are one range; a difference in the last byte counts.
    void rangesAcrossBlocks()
    {
        QByteArray a(10000, 'a');
        QByteArray b = a;
        for (int i = 4090; i < 4100; ++i)
            b[i] = 'b';
        b[9999] = 'b';
        b[0] = 'b';
        const QList<SnapshotDiff::Range> expected = {{0, 1}, {4090, 10}, {9999, 1}};
        QCOMPARE(SnapshotDiff::ranges(a, b), expected);
    }

    void differentSizesCompareTheCommonPrefix()
    {
        const QByteArray small("abcd");
        const QByteArray large("abXdefgh");
        QCOMPARE(SnapshotDiff::comparedLength(small, large), quint64(4));
        const QList<SnapshotDiff::Range> expected = {{2, 1}};
        QCOMPARE(SnapshotDiff::ranges(small, large), expected);
        QCOMPARE(SnapshotDiff::ranges(large, small), expected);
        // A field past the shorter side's end is not compared: st_pid's names lie past 4 bytes.
        QCOMPARE(SnapshotDiff::fields(StructParser::builtinLayout(), stPidBytes(1, "a").first(8),
                                      stPidBytes(1, "b")),
                 QList<SnapshotDiff::FieldChange>());
    }

    // Nested names, array elements and bitfields that share a byte, through a layout clang lays out.
    void fieldsOfANestedLayout()
    {
        const auto layout = StructParser::parse(
            QStringLiteral("struct s { struct { short x, y; } pos; unsigned lo : 3, hi : 5; int arr[3]; };"));
        SHM_VERIFY_OK(layout);
        QByteArray a(20, '\0');
        QByteArray b = a;
        qToLittleEndian(qint16(-2), b.data() + 2);  // pos.y
        b[4] = char(5 << 3);                        // hi = 5, lo unchanged in the same byte
        qToLittleEndian(qint32(77), b.data() + 12); // arr[1]
        const QList<SnapshotDiff::FieldChange> expected = {
            {QStringLiteral("pos.y"), 2, 2, QStringLiteral("0"), QStringLiteral("-2")},
            {QStringLiteral("hi"), 4, 1, QStringLiteral("0"), QStringLiteral("5")},
            {QStringLiteral("arr[1]"), 12, 4, QStringLiteral("0"), QStringLiteral("77")}};
        QCOMPARE(SnapshotDiff::fields(layout.value(), a, b), expected);
    }

    void snapshotObjectIsReadOnlyAndBounded()
    {
        SnapshotObject object(sample(), QStringLiteral("/tmp/x/st.shmsnap"));
        QCOMPARE(object.name(), QStringLiteral("snapshot of segment 32768 (st.shmsnap)"));
        QCOMPARE(object.size(), quint64(3));
        QCOMPARE(object.layoutSubject().key, 0x1234);
        QVERIFY(!object.isWritable());
        const auto read = object.read(1, 2);
        SHM_VERIFY_OK(read);
        QCOMPARE(read.value(), QByteArray("\x02\x03", 2));
        QVERIFY(!object.read(2, 2).ok());
        QVERIFY(!object.read(~quint64(0), 2).ok());
        char out[4] = {};
        QCOMPARE(object.readAvailable(0, out, 4), std::nullopt);
        QCOMPARE(object.readAvailable(0, out, 3), std::optional<quint64>(3));
        const auto written = object.write(0, QByteArray("z"));
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.startsWith(QStringLiteral("A snapshot is read-only")));
        QCOMPARE(object.read(0, 3).value(), QByteArray("\x01\x02\x03", 3));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotFile)
#include "tst_snapshotfile.moc"
