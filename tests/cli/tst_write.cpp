// `shmscope --write SHMID|PATH [--offset N] FILE|-` end to end: the real executable without a display writes a
// file's (or standard input's) bytes into a real segment or POSIX object; another process (shmpeek) reads them
// back. Every refusal is one line on stderr, and the segment's bytes are compared before and after: nothing
// was written.

#include "foreignsegment.h"
#include "testutils.h"

#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/shm.h>
#include <sys/stat.h>

using namespace testutils;

namespace {

// The segment every test starts from: 56 bytes of 'o', written through a mapping of the test's own.
const QByteArray Before(56, 'o');

} // namespace

class TestWrite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void atTheEndExactly();
    void acrossTheEndIsRefused_data();
    void acrossTheEndIsRefused();
    void fromStandardInput();
    void tooMuchOnStandardInputIsRefused();
    void emptyFileWritesNothing();
    void verboseTellsEachCall();
    void posixObject();
    void refusals_data();
    void refusals();
    void readOnlyForUs_data();
    void readOnlyForUs();
    void rmidForcedRefuses();
    void anotherNamespace();

private:
    // A file in the test's folder holding `bytes`, readable by everyone (the runs as nobody read it too).
    QString fileHolding(const QString &name, const QByteArray &bytes);
    // Runs shmscope with `input` on its standard input, closed after it.
    Run runWithInput(const QStringList &args, const QByteArray &input);

    QTemporaryDir m_dir;
};

void TestWrite::initTestCase()
{
    QVERIFY2(QFile::exists(shmscopePath), "build the shmscope target first");
    QVERIFY(m_dir.isValid());
    // Everyone may enter it: the runs as user nobody read files from it.
    QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                    | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                    | QFile::ExeOther));
}

QString TestWrite::fileHolding(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    if (!writeFile(path, bytes))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return path;
}

Run TestWrite::runWithInput(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(headlessEnvironment());
    process.start(shmscopePath, args);
    if (process.waitForStarted(10000)) {
        process.write(input);
        process.closeWriteChannel();
    }
    return finish(process, shmscopePath);
}

// The last 6 bytes of a 56-byte segment, from a file: they are there (read by another process), the 50 before
// are as they were, and nothing is printed.
void TestWrite::atTheEndExactly()
{
    SegmentGuard segment;
    QVERIFY(createHolding(segment, Before));
    const QString file = fileHolding(QStringLiteral("six.bin"), QByteArray("\x00\xff\n\x01ta", 6));
    const Run result = run(shmscopePath, {QStringLiteral("--write"), QString::number(segment.id()),
                                          QStringLiteral("--offset"), QStringLiteral("50"), file});
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(peek(segment.id(), 0, 56), QByteArray(50, 'o') + QByteArray("\x00\xff\n\x01ta", 6));
}

// One byte too many, at the start or at the end: refused in one line naming the sizes, and not a byte
// changes.
void TestWrite::acrossTheEndIsRefused_data()
{
    QTest::addColumn<qsizetype>("fileSize");
    QTest::addColumn<QString>("offset");
    QTest::addColumn<QString>("expected"); // after "shmscope: FILE is "
    QTest::newRow("57 bytes at 0") << qsizetype(57) << QStringLiteral("0")
                                   << QStringLiteral("57 bytes; segment %1 has 56 bytes from offset 0: 1 byte too "
                                                     "many. Nothing was written.");
    QTest::newRow("7 bytes at 50") << qsizetype(7) << QStringLiteral("50")
                                   << QStringLiteral("7 bytes; segment %1 has 6 bytes from offset 50: 1 byte too "
                                                     "many. Nothing was written.");
    QTest::newRow("100 bytes at 0x10") << qsizetype(100) << QStringLiteral("0x10")
                                       << QStringLiteral("100 bytes; segment %1 has 40 bytes from offset 16: 60 "
                                                         "bytes too many. Nothing was written.");
    QTest::newRow("1 byte at the end") << qsizetype(1) << QStringLiteral("56")
                                       << QStringLiteral("1 byte; segment %1 has 0 bytes from offset 56: 1 byte "
                                                         "too many. Nothing was written.");
}

void TestWrite::acrossTheEndIsRefused()
{
    QFETCH(qsizetype, fileSize);
    QFETCH(QString, offset);
    QFETCH(QString, expected);
    SegmentGuard segment;
    QVERIFY(createHolding(segment, Before));
    const QString file = fileHolding(QStringLiteral("long.bin"), QByteArray(fileSize, 'X'));
    SHM_COMPARE_REFUSED(run(shmscopePath, {QStringLiteral("--write"), QString::number(segment.id()),
                                           QStringLiteral("--offset"), offset, file}),
                        (QStringLiteral("shmscope: ") + file + QStringLiteral(" is ")
                         + expected.arg(segment.id()) + QLatin1Char('\n'))
                            .toUtf8());
    QCOMPARE(peek(segment.id(), 0, 56), Before);
}

// `producer | shmscope --write ID -`: the bytes of a pipe, every value, at an offset.
void TestWrite::fromStandardInput()
{
    SegmentGuard segment;
    QVERIFY(createHolding(segment, Before));
    const QByteArray bytes("\x00\x01\x02\n\r\x7f\x80\xfe\xff piped", 15);
    const Run result =
        runWithInput({QStringLiteral("--write"), QString::number(segment.id()), QStringLiteral("--offset=0x10"),
                      QStringLiteral("-")},
                     bytes);
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.err.constData());
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(peek(segment.id(), 0, 56), QByteArray(16, 'o') + bytes + QByteArray(56 - 16 - bytes.size(), 'o'));
}

// A pipe that holds more than the room: its size is not known before it is read, so it is read up to one
// byte past the room, refused, and nothing is written. A pipe that holds exactly the room is written.
void TestWrite::tooMuchOnStandardInputIsRefused()
{
    SegmentGuard segment;
    QVERIFY(createHolding(segment, Before));
    const QString id = QString::number(segment.id());
    SHM_COMPARE_REFUSED(runWithInput({QStringLiteral("--write"), id, QStringLiteral("--offset"), QStringLiteral("8"),
                                      QStringLiteral("-")},
                                     QByteArray(49, 'P')),
                        QStringLiteral("shmscope: standard input holds more than 48 bytes; segment %1 has 48 bytes "
                                       "from offset 8. Nothing was written.\n")
                            .arg(id)
                            .toUtf8());
    QCOMPARE(peek(segment.id(), 0, 56), Before);
    // A megabyte, far more than the room, is refused the same way (and is not read to its end).
    const Run large = runWithInput({QStringLiteral("--write"), id, QStringLiteral("-")}, QByteArray(1 << 20, 'P'));
    QCOMPARE(large.exitCode, 1);
    QVERIFY2(large.err.contains("holds more than 56 bytes"), large.err.constData());
    QCOMPARE(peek(segment.id(), 0, 56), Before);

    const Run exact = runWithInput({QStringLiteral("--write"), id, QStringLiteral("--offset"), QStringLiteral("8"),
                                    QStringLiteral("-")},
                                   QByteArray(48, 'P'));
    QVERIFY2(exact.exitCode == 0 && exact.err.isEmpty(), exact.err.constData());
    QCOMPARE(peek(segment.id(), 0, 56), QByteArray(8, 'o') + QByteArray(48, 'P'));
}

// An empty file fits anywhere, the end included, and changes nothing; --verbose shows no memcpy for it.
void TestWrite::emptyFileWritesNothing()
{
    SegmentGuard segment;
    QVERIFY(createHolding(segment, Before));
    const QString file = fileHolding(QStringLiteral("empty.bin"), {});
    const Run result = run(shmscopePath, {QStringLiteral("--write"), QString::number(segment.id()),
                                          QStringLiteral("--offset"), QStringLiteral("56"), file,
                                          QStringLiteral("--verbose")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(!result.err.contains("memcpy"), result.err.constData());
    QCOMPARE(peek(segment.id(), 0, 56), Before);
}

// --verbose: the attach, the IPC_STAT that sizes it, the memcpy and the detach as C on stderr, one a line, in
// the call log's words, the address the same in each; stdout stays empty.
void TestWrite::verboseTellsEachCall()
{
    SegmentGuard segment;
    QVERIFY(createHolding(segment, Before));
    const QString id = QString::number(segment.id());
    const QString file = fileHolding(QStringLiteral("hello.bin"), "hello world");
    const Run result = run(shmscopePath, {QStringLiteral("--write"), id, QStringLiteral("--offset"),
                                          QStringLiteral("45"), file, QStringLiteral("--verbose")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out, QByteArray());
    const QStringList lines = QString::fromUtf8(result.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    const QRegularExpression attach(QStringLiteral("^shmat\\(%1, NULL, 0\\) = (0x[0-9a-f]+)$").arg(id));
    const QRegularExpressionMatch attached = attach.match(lines.at(0));
    QVERIFY2(attached.hasMatch(), qPrintable(lines.at(0)));
    const QString address = attached.captured(1);
    QCOMPARE(lines.at(1), QStringLiteral("shmctl(%1, IPC_STAT, &ds) = 0").arg(id));
    QCOMPARE(lines.at(2), QStringLiteral("memcpy(%1 + 0x2d, \"hello world\", 11)").arg(address));
    QCOMPARE(lines.at(3), QStringLiteral("shmdt(%1) = 0").arg(address));
    QCOMPARE(peek(segment.id(), 45, 11), QByteArray("hello world"));

    // --dump --verbose tells its read-only attach and detach the same way.
    const Run dumped = run(shmscopePath, {QStringLiteral("--dump"), id, QStringLiteral("--format"),
                                          QStringLiteral("raw"), QStringLiteral("--verbose")});
    QVERIFY2(dumped.exitCode == 0, dumped.err.constData());
    QCOMPARE(dumped.out, QByteArray(45, 'o') + "hello world");
    QVERIFY2(dumped.err.startsWith(QByteArray("shmat(" + id.toUtf8() + ", NULL, SHM_RDONLY) = 0x")),
             dumped.err.constData());
    QVERIFY2(dumped.err.contains("\nshmdt(0x"), dumped.err.constData());
    // Other actions make no call worth telling, and say so rather than ignore it.
    SHM_COMPARE_REFUSED(run(shmscopePath, {QStringLiteral("--list"), QStringLiteral("--verbose")}),
                        "shmscope: --verbose goes with --dump SHMID or --write SHMID.\n");
}

// A POSIX object by its path: written, read back with a plain read(); across its end refused.
void TestWrite::posixObject()
{
    const PosixNameGuard object("write");
    QVERIFY(object.create(QByteArray(20, 'o')));
    const QString file = fileHolding(QStringLiteral("obj.bin"), "12345");
    const Run result = run(shmscopePath, {QStringLiteral("--write"), object.path(), QStringLiteral("--offset"),
                                          QStringLiteral("15"), file});
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.err.constData());
    QCOMPARE(object.contents(), QByteArray(15, 'o') + "12345");
    SHM_COMPARE_REFUSED(run(shmscopePath, {QStringLiteral("--write"), object.path(), QStringLiteral("--offset"),
                                           QStringLiteral("16"), file}),
                        (QStringLiteral("shmscope: %1 is 5 bytes; %2 has 4 bytes from offset 16: 1 byte too many. "
                                        "Nothing was written.\n")
                             .arg(file, object.path()))
                            .toUtf8());
    QCOMPARE(object.contents(), QByteArray(15, 'o') + "12345");
}

void TestWrite::refusals_data()
{
    QTest::addColumn<QStringList>("args"); // after --write ID; "FILE" is a good file of 4 bytes
    QTest::addColumn<QString>("expected");  // the one line; %1 is the segment's id, %2 the folder, %3 FILE

    QTest::newRow("a directory") << QStringList{QStringLiteral("%2")}
                                 << QStringLiteral("%2 is a directory, not a file.");
    QTest::newRow("/dev/null") << QStringList{QStringLiteral("/dev/null")}
                               << QStringLiteral("/dev/null is a character device, not a file.");
    QTest::newRow("/dev/zero") << QStringList{QStringLiteral("/dev/zero")}
                               << QStringLiteral("/dev/zero is a character device, not a file.");
    QTest::newRow("a FIFO") << QStringList{QStringLiteral("%2/fifo")}
                            << QStringLiteral("%2/fifo is a FIFO (named pipe), not a file.");
    QTest::newRow("a missing file") << QStringList{QStringLiteral("%2/missing.bin")}
                                    << QStringLiteral("%2/missing.bin does not exist.");
    QTest::newRow("no file") << QStringList{}
                             << QStringLiteral("--write SHMID wants the file to write: --write SHMID [--offset N] "
                                               "FILE, or - for standard input.");
    QTest::newRow("two files") << QStringList{QStringLiteral("FILE"), QStringLiteral("FILE")}
                               << QStringLiteral("unexpected argument \"%3\".");
    QTest::newRow("offset past the end")
        << QStringList{QStringLiteral("--offset"), QStringLiteral("57"), QStringLiteral("FILE")}
        << QStringLiteral("Offset 57 is past the end of segment %1, which has 56 bytes. Nothing was written.");
    QTest::newRow("offset not a number")
        << QStringList{QStringLiteral("--offset"), QStringLiteral("abc"), QStringLiteral("FILE")}
        << QStringLiteral("--offset wants a number of bytes, such as 4096, 0x1000 or 4k, not \"abc\".");
    QTest::newRow("--observe") << QStringList{QStringLiteral("--observe"), QStringLiteral("FILE")}
                               << QStringLiteral("--observe reads without attaching; --write attaches.");
    QTest::newRow("--length") << QStringList{QStringLiteral("--length"), QStringLiteral("2"), QStringLiteral("FILE")}
                              << QStringLiteral("--length goes with --dump SHMID; --write writes the whole file.");
    QTest::newRow("--format") << QStringList{QStringLiteral("--format"), QStringLiteral("raw"), QStringLiteral("FILE")}
                              << QStringLiteral("--format goes with --list, --read SHMID or --dump SHMID; --write "
                                                "prints nothing.");
    QTest::newRow("--even-if-destroyed")
        << QStringList{QStringLiteral("--even-if-destroyed"), QStringLiteral("FILE")}
        << QStringLiteral("--even-if-destroyed goes with --dump SHMID or --read SHMID.");
    QTest::newRow("with --dump") << QStringList{QStringLiteral("--dump"), QStringLiteral("1"), QStringLiteral("FILE")}
                                 << QStringLiteral("use --dump or --write, not both.");
}

void TestWrite::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    SegmentGuard segment;
    QVERIFY(createHolding(segment, Before));
    const QString file = fileHolding(QStringLiteral("four.bin"), "FOUR");
    const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
    QVERIFY(QFile::exists(fifo) || mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (QString &arg : args)
        arg = arg == QLatin1String("FILE") ? file : arg.replace(QLatin1String("%2"), m_dir.path());
    const QString id = QString::number(segment.id());
    SHM_COMPARE_REFUSED(run(shmscopePath, QStringList{QStringLiteral("--write"), id} + args),
                        (QStringLiteral("shmscope: ")
                         + expected.replace(QLatin1String("%1"), id)
                               .replace(QLatin1String("%2"), m_dir.path())
                               .replace(QLatin1String("%3"), file)
                         + QLatin1Char('\n'))
                            .toUtf8());
    QCOMPARE(peek(segment.id(), 0, 56), Before);
}

// As user nobody: a segment nobody may read but not write (0444), and one only its owner may use (0600): the
// kernel's EACCES, told in one line, nothing written. The file is nobody's to read, so only the segment is
// in the way.
void TestWrite::readOnlyForUs_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("mention");
    QTest::newRow("mode 0444") << 0444 << QByteArray("may not write it");
    QTest::newRow("mode 0600, root's") << 0600 << QByteArray("may not read or write it");
}

void TestWrite::readOnlyForUs()
{
    QFETCH(int, mode);
    QFETCH(QByteArray, mention);
    if (const QString reason = Unprivileged::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    Unprivileged nobody;
    QVERIFY(nobody.prepare(shmscopePath));
    SegmentGuard segment;
    QVERIFY(segment.create(IPC_PRIVATE, size_t(Before.size()), mode));
    QVERIFY(poke(segment.id(), 0, Before));
    const QString file = fileHolding(QStringLiteral("nobody.bin"), "NOBODY");
    const Run result = nobody.run({QStringLiteral("--write"), QString::number(segment.id()), file});
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QByteArray());
    QVERIFY2(result.err.startsWith("shmscope: ") && result.err.count('\n') == 1, result.err.constData());
    QVERIFY2(result.err.contains("EACCES"), result.err.constData());
    QVERIFY2(result.err.contains(mention), result.err.constData());
    QCOMPARE(peek(segment.id(), 0, 56), Before);
}

// kernel.shm_rmid_forced is 1 only in the private IPC namespace of the tst_write_rmid_forced entry: there the
// detach after the write would destroy a segment nobody else has attached, and the bytes with it. Refused
// before attaching; the segment stays, unchanged.
void TestWrite::rmidForcedRefuses()
{
    if (!rmidForced())
        QSKIP("kernel.shm_rmid_forced is 0 here; ctest runs this again as tst_write_rmid_forced, where it is 1");
    SegmentGuard segment;
    QVERIFY(createUnattached(segment, uniqueKey(42), Before));
    const QString id = QString::number(segment.id());
    const QString file = fileHolding(QStringLiteral("lost.bin"), "LOST");
    SHM_COMPARE_REFUSED(run(shmscopePath, {QStringLiteral("--write"), id, file}),
                        QStringLiteral("shmscope: kernel.shm_rmid_forced is 1 and nobody has segment %1 attached: our "
                                       "detach after the write would destroy it, and the bytes with it. Nothing was "
                                       "written.\n")
                            .arg(id)
                            .toUtf8());
    QVERIFY(ipcsLists(segment.id()));
    QCOMPARE(shmStat(segment.id())->shm_nattch, shmatt_t(0));
    // --even-if-destroyed does not force a write.
    const Run forced = run(shmscopePath, {QStringLiteral("--write"), id, file, QStringLiteral("--even-if-destroyed")});
    QCOMPARE(forced.exitCode, 1);
    QVERIFY(ipcsLists(segment.id()));
}

// A segment of another IPC namespace, by --namespace PID: written there, read back inside by a peer; ours with
// the same id (where ids can be chosen) is untouched.
void TestWrite::anotherNamespace()
{
    if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    ForeignNamespace container;
    QVERIFY2(container.start(), qPrintable(container.errorText()));
    SegmentGuard ours;
    QVERIFY(createHolding(ours, Before));
    ForeignSegment theirs(container);
    const bool sameId = idReuseUnavailableReason().isEmpty();
    QVERIFY(theirs.create(size_t(Before.size()), sameId ? ours.id() : -1));
    const QString file = fileHolding(QStringLiteral("inside.bin"), "inside");
    const Run result = run(shmscopePath, {QStringLiteral("--write"), QString::number(theirs.id()),
                                          QStringLiteral("--namespace"), QString::number(container.pid()),
                                          QStringLiteral("--offset"), QStringLiteral("3"), file});
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), result.err.constData());
    QCOMPARE(theirs.peek(0, 12), QByteArray(3, '\0') + "inside" + QByteArray(3, '\0'));
    QCOMPARE(peek(ours.id(), 0, 56), Before);
    QCOMPARE(theirs.stat()->shm_nattch, shmatt_t(0));
}

QTEST_GUILESS_MAIN(TestWrite)
#include "tst_write.moc"
