// `shmscope --dump --format raw` end to end: the real executable without a display writes a real segment's (or
// POSIX object's) bytes unchanged, to standard output or to -o FILE; the bytes are compared with those the test
// wrote through a mapping of its own or a child process (shmpoke) wrote, and with cmp(1) on a file.

#include "testutils.h"

#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/shm.h>
#include <sys/stat.h>

using namespace testutils;

namespace {

constexpr qsizetype MiB = 1024 * 1024;

// The offset after the first byte where a and b differ, for a failure message that can be read.
QByteArray firstDifference(const QByteArray &ours, const QByteArray &expected)
{
    if (ours == expected)
        return {};
    qsizetype at = 0;
    while (at < ours.size() && at < expected.size() && ours.at(at) == expected.at(at))
        ++at;
    return "sizes " + QByteArray::number(ours.size()) + " and " + QByteArray::number(expected.size())
           + ", first difference at offset " + QByteArray::number(at);
}

// shmscope run with its standard output going into the file `path`, as `shmscope ARGS > path` does.
Run runIntoFile(const QStringList &args, const QString &path)
{
    QProcess process;
    process.setProcessEnvironment(headlessEnvironment());
    process.setStandardOutputFile(path);
    process.start(shmscopePath, args);
    return finish(process, shmscopePath);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(cannot read " + path.toUtf8() + ')');
}

// Blocks of 512 bytes the file has on disk (st_blocks): what tells a sparse file from one full of zeros.
qint64 allocatedBlocks(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? qint64(st.st_blocks) : -1;
}

} // namespace

class TestDumpRaw : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void equalsTheBytes_data();
    void equalsTheBytes();
    void hexIsTheDefault();
    void childWrittenBytesEqualCmp();
    void sparseSegmentStaysSparse();
    void outputFileIsReplaced();
    void badInputFails_data();
    void badInputFails();
    void refusedRangeMakesNoFile();

private:
    QTemporaryDir m_dir;
    SegmentGuard m_small; // 100 bytes
    QByteArray m_smallBytes;
};

void TestDumpRaw::initTestCase()
{
    QVERIFY2(QFile::exists(shmscopePath), "build the shmscope target first");
    QVERIFY(m_dir.isValid());
    m_smallBytes = randomBytes(100, 4);
    QVERIFY(createHolding(m_small, m_smallBytes));
}

void TestDumpRaw::equalsTheBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("options"); // after --dump ID --format raw
    QTest::addColumn<qint64>("from");         // the bytes expected: bytes.mid(from, count)
    QTest::addColumn<qint64>("count");        // -1: to the end

    const QStringList none;
    QTest::newRow("one byte") << QByteArray("A") << none << qint64(0) << qint64(-1);
    QTest::newRow("every byte value") << everyByteValue() << none << qint64(0) << qint64(-1);
    QTest::newRow("zeros") << QByteArray(4096, '\0') << none << qint64(0) << qint64(-1);
    // More than a chunk (64 KiB) and not a multiple of one.
    QTest::newRow("random 1 MiB + 7") << randomBytes(MiB + 7, 5) << none << qint64(0) << qint64(-1);
    const QByteArray values = everyByteValue();
    QTest::newRow("offset 0x10, length 0x20")
        << values << QStringList{QStringLiteral("--offset"), QStringLiteral("0x10"), QStringLiteral("--length"),
                                 QStringLiteral("0x20")}
        << qint64(16) << qint64(32);
    QTest::newRow("offset 5") << values << QStringList{QStringLiteral("--offset=5")} << qint64(5) << qint64(-1);
    QTest::newRow("offset at the end") << values << QStringList{QStringLiteral("--offset"), QStringLiteral("512")}
                                       << qint64(512) << qint64(-1);
    QTest::newRow("length 0") << values << QStringList{QStringLiteral("--length"), QStringLiteral("0")}
                              << qint64(0) << qint64(0);
    QTest::newRow("1 MiB, across a chunk, length 1k")
        << randomBytes(MiB, 6)
        << QStringList{QStringLiteral("--offset"), QStringLiteral("65000"), QStringLiteral("--length"),
                       QStringLiteral("1k")}
        << qint64(65000) << qint64(1024);
}

// A segment and a POSIX object holding the same bytes: stdout and -o FILE are those bytes, exactly.
void TestDumpRaw::equalsTheBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, options);
    QFETCH(qint64, from);
    QFETCH(qint64, count);
    const QByteArray expected = bytes.mid(from, count);

    SegmentGuard segment;
    QVERIFY(createHolding(segment, bytes));
    const PosixNameGuard object("raw");
    QVERIFY(object.create(bytes));
    for (const QString &named : {QString::number(segment.id()), object.path()}) {
        const QStringList args = QStringList{QStringLiteral("--dump"), named, QStringLiteral("--format"),
                                             QStringLiteral("raw")}
                                 + options;
        const Run ours = run(shmscopePath, args);
        QCOMPARE(ours.exitStatus, QProcess::NormalExit);
        QVERIFY2(ours.err.isEmpty(), ours.err.constData());
        QCOMPARE(ours.exitCode, 0);
        QVERIFY2(ours.out == expected, firstDifference(ours.out, expected).constData());

        const QString path = m_dir.filePath(QStringLiteral("out.bin"));
        const Run toFile = run(shmscopePath, args + QStringList{QStringLiteral("-o"), path});
        QVERIFY2(toFile.exitCode == 0 && toFile.err.isEmpty(), toFile.err.constData());
        QCOMPARE(toFile.out, QByteArray()); // nothing extra on stdout
        const QByteArray written = fileBytes(path);
        QVERIFY2(written == expected, firstDifference(written, expected).constData());
    }
}

// `--format hex` is what --dump prints without --format.
void TestDumpRaw::hexIsTheDefault()
{
    const QString id = QString::number(m_small.id());
    const Run plain = run(shmscopePath, {QStringLiteral("--dump"), id});
    const Run hex = run(shmscopePath, {QStringLiteral("--dump"), id, QStringLiteral("--format"), QStringLiteral("hex")});
    QVERIFY2(plain.exitCode == 0 && hex.exitCode == 0, hex.err.constData());
    QVERIFY(plain.out.startsWith("00000000  "));
    QCOMPARE(hex.out, plain.out);
}

// Bytes another process wrote (shmpoke) and a file holding the same bytes: cmp(1), not our own comparison, says
// they are equal, for the dump to stdout and to -o.
void TestDumpRaw::childWrittenBytesEqualCmp()
{
    if (QStandardPaths::findExecutable(QStringLiteral("cmp")).isEmpty())
        QSKIP("cmp (Debian package diffutils) is not installed: it is what the dump is checked with.");
    // Two writes: an argument holds at most 128 KiB of hex, and the bytes cross a 64 KiB chunk of the dump.
    const QByteArray bytes = randomBytes(80000, 7);
    SegmentGuard segment;
    QVERIFY(segment.create(IPC_PRIVATE, size_t(bytes.size())));
    QVERIFY(poke(segment.id(), 0, bytes.first(40000)));
    QVERIFY(poke(segment.id(), 40000, bytes.sliced(40000)));
    const QString expected = m_dir.filePath(QStringLiteral("expected.bin"));
    QVERIFY(writeFile(expected, bytes));

    const QString viaStdout = m_dir.filePath(QStringLiteral("stdout.bin"));
    const Run dumped = runIntoFile({QStringLiteral("--dump"), QString::number(segment.id()),
                                    QStringLiteral("--format"), QStringLiteral("raw")},
                                   viaStdout);
    QVERIFY2(dumped.exitCode == 0 && dumped.err.isEmpty(), dumped.err.constData());
    const Run same = run(QStringLiteral("cmp"), {expected, viaStdout});
    QVERIFY2(same.exitCode == 0, same.out.constData());

    const QString viaOutput = m_dir.filePath(QStringLiteral("output.bin"));
    const Run toFile = run(shmscopePath, {QStringLiteral("--dump"), QString::number(segment.id()),
                                          QStringLiteral("--format"), QStringLiteral("raw"),
                                          QStringLiteral("--output"), viaOutput});
    QVERIFY2(toFile.exitCode == 0 && toFile.err.isEmpty(), toFile.err.constData());
    const Run sameToo = run(QStringLiteral("cmp"), {expected, viaOutput});
    QVERIFY2(sameToo.exitCode == 0, sameToo.out.constData());
}

// A 256 MiB segment of which another process wrote three places: the raw dump, to a pipe-like stdout and to a
// file, holds those bytes and zeros everywhere else, and the segment's rss in /proc/sysvipc/shm is what it
// was: the holes were never read. Into a file they stay holes there too.
void TestDumpRaw::sparseSegmentStaysSparse()
{
    const qsizetype size = 256 * MiB;
    const qsizetype page = qsizetype(pageSize());
    SegmentGuard segment;
    QVERIFY(segment.create(IPC_PRIVATE, size_t(size)));
    const QList<std::pair<qsizetype, QByteArray>> writes{
        {5, "at the start"}, {100 * MiB - 4, "across a page"}, {size - 7, "the end"}};
    for (const auto &[at, text] : writes)
        QVERIFY(poke(segment.id(), quint64(at), text));
    const std::optional<quint64> before = sysvipcRss(segment.id());
    QCOMPARE(before, std::optional<quint64>(4 * page));

    const auto checkBytes = [&](const QString &path) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.size(), qint64(size));
        // Chunk by chunk: each is the zeros it should be but where a write went.
        const qsizetype chunk = 4 * MiB;
        for (qsizetype at = 0; at < size; at += chunk) {
            QByteArray expected(chunk, '\0');
            for (const auto &[where, text] : writes) {
                for (qsizetype i = 0; i < text.size(); ++i) {
                    if (where + i >= at && where + i < at + chunk)
                        expected[where + i - at] = text.at(i);
                }
            }
            const QByteArray got = file.read(chunk);
            QVERIFY2(got == expected, qPrintable(QStringLiteral("chunk at %1: ").arg(at)
                                                 + QString::fromUtf8(firstDifference(got, expected))));
        }
    };

    // Standard output, as `> seg.bin` or a pipe gives it: every byte is written, the holes as zeros.
    const QString viaStdout = m_dir.filePath(QStringLiteral("sparse-stdout.bin"));
    const auto removeFiles = qScopeGuard([&] {
        QFile::remove(viaStdout);
        QFile::remove(m_dir.filePath(QStringLiteral("sparse-output.bin")));
    });
    const Run dumped = runIntoFile({QStringLiteral("--dump"), QString::number(segment.id()),
                                    QStringLiteral("--format"), QStringLiteral("raw")},
                                   viaStdout);
    QVERIFY2(dumped.exitCode == 0 && dumped.err.isEmpty(), dumped.err.constData());
    QCOMPARE(sysvipcRss(segment.id()), before);
    checkBytes(viaStdout);

    // -o FILE: the same bytes, and the file is sparse where the segment is (far fewer blocks than 256 MiB).
    const QString viaOutput = m_dir.filePath(QStringLiteral("sparse-output.bin"));
    const Run toFile = run(shmscopePath, {QStringLiteral("--dump"), QString::number(segment.id()),
                                          QStringLiteral("--format"), QStringLiteral("raw"), QStringLiteral("-o"),
                                          viaOutput});
    QVERIFY2(toFile.exitCode == 0 && toFile.err.isEmpty(), toFile.err.constData());
    QCOMPARE(sysvipcRss(segment.id()), before);
    checkBytes(viaOutput);
    const qint64 blocks = allocatedBlocks(viaOutput);
    QVERIFY2(blocks >= 0 && blocks * 512 < 16 * MiB, qPrintable(QString::number(blocks)));
}

// -o replaces a longer file that was there: its old tail does not survive after the bytes.
void TestDumpRaw::outputFileIsReplaced()
{
    const QString path = m_dir.filePath(QStringLiteral("replaced.bin"));
    QVERIFY(writeFile(path, QByteArray(5000, 'x')));
    const Run result = run(shmscopePath, {QStringLiteral("--dump"), QString::number(m_small.id()),
                                          QStringLiteral("--format=raw"), QStringLiteral("-o"), path});
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.err.constData());
    QCOMPARE(fileBytes(path), m_smallBytes);
}

void TestDumpRaw::badInputFails_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected"); // the one line on stderr
    const QString id = QString::number(m_small.id());
    const auto raw = [&](const QStringList &more) {
        return QStringList{QStringLiteral("--dump"), id, QStringLiteral("--format"), QStringLiteral("raw")} + more;
    };
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("--dump"), id, QStringLiteral("--format"), QStringLiteral("bin")}
        << QStringLiteral("shmscope: unknown --format \"bin\" for --dump; use hex or raw.\n");
    QTest::newRow("-o without raw") << QStringList{QStringLiteral("--dump"), id, QStringLiteral("-o"),
                                                   m_dir.filePath(QStringLiteral("never"))}
                                    << QStringLiteral("shmscope: --output goes with --dump SHMID --format raw; the "
                                                      "hex dump goes to standard output.\n");
    QTest::newRow("-o a directory") << raw({QStringLiteral("-o"), m_dir.path()})
                                    << QStringLiteral("shmscope: cannot write %1: Is a directory\n").arg(m_dir.path());
    QTest::newRow("-o in a missing folder")
        << raw({QStringLiteral("-o"), m_dir.filePath(QStringLiteral("no/such/file"))})
        << QStringLiteral("shmscope: cannot write %1: No such file or directory\n")
               .arg(m_dir.filePath(QStringLiteral("no/such/file")));
    QTest::newRow("-o a full device") << raw({QStringLiteral("-o"), QStringLiteral("/dev/full")})
                                      << QStringLiteral("shmscope: cannot write /dev/full: No space left on device\n");
    QTest::newRow("offset past the end")
        << raw({QStringLiteral("--offset"), QStringLiteral("101")})
        << QStringLiteral("shmscope: Offset 101 is past the end of segment %1, which has 100 bytes.\n").arg(id);
    QTest::newRow("--format raw with --read")
        << QStringList{QStringLiteral("--read"), id, QStringLiteral("--format"), QStringLiteral("raw")}
        << QStringLiteral("shmscope: unknown --format \"raw\" for --read; use text or json.\n");
}

void TestDumpRaw::badInputFails()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    SHM_COMPARE_REFUSED(run(shmscopePath, args), expected.toUtf8());
}

// A range the object does not have is refused before -o's file is made: no empty file is left behind.
void TestDumpRaw::refusedRangeMakesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("not-made.bin"));
    const Run result = run(shmscopePath, {QStringLiteral("--dump"), QString::number(m_small.id()),
                                          QStringLiteral("--format"), QStringLiteral("raw"), QStringLiteral("--length"),
                                          QStringLiteral("101"), QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("--length can be at most 100"), result.err.constData());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestDumpRaw)
#include "tst_dumpraw.moc"
