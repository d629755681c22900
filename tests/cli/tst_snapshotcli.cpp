// `shmscope --snapshot` and `--diff` end to end: real segments changed by another process
// (tests/helpers/shmpoke), the real executable without a display, the file checked against the format's
// documented bytes (docs/SNAPSHOT-FORMAT.md), and the refusals of bad input.

#include "testutils.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace testutils;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What the diff of the test's change prints of its bytes.
const QString ChangedRanges = QStringLiteral("0x00000000  1 byte  92 → 93\n"
                                             "0x00000007  1 byte  31 → 32\n"
                                             "0x00000014  2 bytes  00 00 → 01 02\n");

// The A: and B: lines name the time a snapshot was taken, which the test does not know to the millisecond.
QString withoutTimes(const QByteArray &out)
{
    static const QRegularExpression time(
        QStringLiteral("taken \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
    return QString::fromUtf8(out).replace(time, QStringLiteral("taken T"));
}

} // namespace

class TestSnapshotCli : public QObject
{
    Q_OBJECT

private slots:
    void snapshotThenChangeThenDiff()
    {
        SegmentGuard guard;
        QVERIFY(createHolding(guard, stPidBytes(4242, "st 1")));
        const QString id = QString::number(guard.id());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString before = dir.filePath(QStringLiteral("before.shmsnap"));

        const Run taken = run(shmscopePath, {QStringLiteral("--snapshot"), id, QStringLiteral("-o"), before});
        QCOMPARE(taken.err, QByteArray());
        QCOMPARE(taken.exitCode, 0);
        QCOMPARE(QString::fromUtf8(taken.out),
                 QStringLiteral("segment %1: 56 bytes saved to %2\n").arg(id, before));
        // The file as docs/SNAPSHOT-FORMAT.md lays it out: magic, version 1, kind 1, the shmid at 24, the
        // segment's size at 96, and the bytes last.
        const QByteArray file = fileBytes(before);
        QCOMPARE(file.first(8), QByteArray("SHMSNAP\0", 8));
        QCOMPARE(qFromLittleEndian<quint32>(file.constData() + 8), 1u);
        QCOMPARE(qFromLittleEndian<quint32>(file.constData() + 12), 1u);
        QCOMPARE(qFromLittleEndian<qint32>(file.constData() + 24), qint32(guard.id()));
        QCOMPARE(qFromLittleEndian<quint64>(file.constData() + 96), quint64(56));
        QCOMPARE(file.last(56), stPidBytes(4242, "st 1"));

        QVERIFY(poke(guard.id(), 0, QByteArray::fromHex("93")));    // pid 4243
        QVERIFY(poke(guard.id(), 7, QByteArray("2")));              // "st 2"
        QVERIFY(poke(guard.id(), 20, QByteArray::fromHex("0102"))); // after the NUL: bytes but no value
        const Run diff = run(shmscopePath, {QStringLiteral("--diff"), before, id, QStringLiteral("--layout"),
                                            QStringLiteral("st_pid")});
        QCOMPARE(diff.err, QByteArray());
        QCOMPARE(diff.exitCode, 0);
        QCOMPARE(withoutTimes(diff.out), QStringLiteral("A: %1 (segment %2, 56 bytes, taken T)\n"
                                                        "B: %2 (segment %2, 56 bytes, taken T)\n"
                                                        "%3"
                                                        "Fields of struct st_pid that differ: 2\n"
                                                        "  pid    4242 → 4243\n"
                                                        "  names  \"st 1\" → \"st 2\"\n"
                                                        "4 bytes differ in 3 ranges.\n")
                                             .arg(before, id, ChangedRanges));

        // Two files: the same ranges, without a layout no fields.
        const QString after = dir.filePath(QStringLiteral("after.shmsnap"));
        QCOMPARE(
            run(shmscopePath, {QStringLiteral("--snapshot"), id, QStringLiteral("--output"), after}).exitCode,
            0);
        const Run files = run(shmscopePath, {QStringLiteral("--diff"), before, after});
        QCOMPARE(files.exitCode, 0);
        QCOMPARE(withoutTimes(files.out), QStringLiteral("A: %1 (segment %2, 56 bytes, taken T)\n"
                                                         "B: %3 (segment %2, 56 bytes, taken T)\n")
                                                  .arg(before, id, after) +
                                              ChangedRanges +
                                              QStringLiteral("4 bytes differ in 3 ranges.\n"));
        const Run same = run(shmscopePath, {QStringLiteral("--diff"), after, after});
        QVERIFY(same.out.endsWith("No bytes differ.\n"));
    }

    // A POSIX object by its path: kind 2, no shmid, no IPC_STAT, its bytes.
    void posixObjectByPath()
    {
        PosixNameGuard object("snapshot");
        QVERIFY(object.create(QByteArray("hello, world")));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("posix.shmsnap"));
        const Run taken =
            run(shmscopePath, {QStringLiteral("--snapshot"), object.path(), QStringLiteral("-o"), path});
        QCOMPARE(taken.err, QByteArray());
        QCOMPARE(QString::fromUtf8(taken.out),
                 QStringLiteral("%1: 12 bytes saved to %2\n").arg(object.path(), path));
        const QByteArray file = fileBytes(path);
        QCOMPARE(qFromLittleEndian<quint32>(file.constData() + 12), 2u); // kind: POSIX
        QCOMPARE(qFromLittleEndian<qint32>(file.constData() + 24), -1);  // no shmid
        QCOMPARE(qFromLittleEndian<quint32>(file.constData() + 32), 0u); // no IPC_STAT
        QCOMPARE(qFromLittleEndian<quint64>(file.constData() + 96), quint64(12));
        QCOMPARE(file.last(12), QByteArray("hello, world"));
    }

    // A diff of two segments of different sizes compares what both have, and says so.
    void differentSizesSaySo()
    {
        SegmentGuard small;
        SegmentGuard large;
        QVERIFY(createHolding(small, QByteArray("abcd")));
        QVERIFY(createHolding(large, QByteArray("abXdefgh")));
        const Run diff = run(shmscopePath, {QStringLiteral("--diff"), QString::number(small.id()),
                                            QString::number(large.id())});
        QCOMPARE(diff.exitCode, 0);
        QCOMPARE(withoutTimes(diff.out),
                 QStringLiteral("A: %1 (segment %1, 4 bytes, taken T)\n"
                                "B: %2 (segment %2, 8 bytes, taken T)\n"
                                "A has 4 bytes, B has 8 bytes: the first 4 are compared.\n"
                                "0x00000002  1 byte  63 → 58\n"
                                "1 byte differs in 1 range.\n")
                     .arg(small.id())
                     .arg(large.id()));
    }

    void refusals()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SegmentGuard guard;
        QVERIFY(createHolding(guard, stPidBytes(1, "x")));
        const QString id = QString::number(guard.id());
        const QString good = dir.filePath(QStringLiteral("good.shmsnap"));
        QCOMPARE(run(shmscopePath, {QStringLiteral("--snapshot"), id, QStringLiteral("-o"), good}).exitCode,
                 0);
        const QString cut = dir.filePath(QStringLiteral("cut.shmsnap"));
        QVERIFY(writeFile(cut, fileBytes(good).first(20)));
        const QString later = dir.filePath(QStringLiteral("later.shmsnap"));
        QByteArray version = fileBytes(good);
        version[8] = 9;
        QVERIFY(writeFile(later, version));
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(text, "hello\n"));
        const QString unwritten = dir.filePath(QStringLiteral("none.shmsnap"));

        SHM_COMPARE_REFUSED(
            run(shmscopePath, {QStringLiteral("--diff"), good, cut}),
            "shmscope: " + cut.toUtf8() +
                " is truncated: it ends inside its header (20 bytes long). It may have been cut short "
                "while it was copied or saved.\n");
        SHM_COMPARE_REFUSED(run(shmscopePath, {QStringLiteral("--diff"), later, good}),
                            "shmscope: " + later.toUtf8() +
                                " is a snapshot of format version 9; this ShmScope reads version 1 only.\n");
        SHM_COMPARE_REFUSED(run(shmscopePath, {QStringLiteral("--diff"), good, text}),
                            "shmscope: " + text.toUtf8() +
                                " is not a ShmScope snapshot: a snapshot file starts with SHMSNAP.\n");
        SHM_COMPARE_REFUSED(
            run(shmscopePath, {QStringLiteral("--diff"), good}),
            "shmscope: --diff wants two snapshots: --diff A B, each a snapshot file or a shmid.\n");
        SHM_COMPARE_REFUSED(run(shmscopePath, {QStringLiteral("--snapshot"), id}),
                            "shmscope: --snapshot SHMID wants --output FILE, the snapshot file to write.\n");
        SHM_COMPARE_REFUSED(
            run(shmscopePath, {QStringLiteral("--dump"), id, QStringLiteral("-o"), unwritten}),
            "shmscope: --output goes with --dump SHMID --format raw; the hex dump goes to standard output.\n");
        // A layout that cannot be loaded: refused before anything is written.
        const Run noLayout =
            run(shmscopePath, {QStringLiteral("--snapshot"), id, QStringLiteral("-o"), unwritten,
                               QStringLiteral("--layout"), QStringLiteral("no_such_layout_here")});
        QCOMPARE(noLayout.exitCode, 1);
        QVERIFY2(noLayout.err.startsWith("shmscope: Cannot read "), noLayout.err.constData());
        QVERIFY(!QFile::exists(unwritten));
        // A segment that is not there: refused, and no file written.
        const Run missing = run(shmscopePath, {QStringLiteral("--snapshot"), QStringLiteral("2147483647"),
                                               QStringLiteral("-o"), unwritten});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.startsWith("shmscope: There is no segment 2147483647"), missing.err.constData());
        QVERIFY(!QFile::exists(unwritten));
        // A folder that cannot be written: the message names it.
        const QString nowhere = dir.filePath(QStringLiteral("no/such/folder.shmsnap"));
        const Run unsaved =
            run(shmscopePath, {QStringLiteral("--snapshot"), id, QStringLiteral("-o"), nowhere});
        QCOMPARE(unsaved.exitCode, 1);
        QVERIFY2(unsaved.err.startsWith(
                     QByteArray(QByteArray("shmscope: cannot save the snapshot to ") + nowhere.toUtf8())),
                 unsaved.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotCli)
#include "tst_snapshotcli.moc"
