// `shmscope --read` end to end: real segments holding the lesson's struct, read by the real executable
// without a display, through the built-in st_pid layout or a header file, as text and as JSON.

#include "foreignsegment.h"
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <QTest>

#include <cstring>

using namespace testutils;

namespace {

// st_pid as the lesson's writer leaves it: pid 1234, names "bob", and leftovers after the NUL.
QByteArray stPidBytes(qsizetype size)
{
    QByteArray bytes(size, '\0');
    const qint32 pid = 1234;
    std::memcpy(bytes.data(), &pid, sizeof pid);
    bytes.replace(4, 8, QByteArray("bob\0junk", 8));
    return bytes.first(size);
}

// What --read prints of stPidBytes(56) through the built-in layout, in English.
const QString StPidText = QStringLiteral("struct st_pid: 56 bytes, segment 56 bytes\n"
                                         "offset  size  type      name   value\n"
                                         "     0     4  int       pid    1234   // process id\n"
                                         "     4    51  char[51]  names  \"bob\"  // process name\n");

} // namespace

class TestRead : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void text();
    void textInAChineseLocale();
    void json();
    void segmentShorterThanLayout();
    void posixObjectByPath();
    void layoutFromFile();
    void textEscapesStringsAsC();
    void oneByteIsOneByte();
    void refusals_data();
    void refusals();
    void compileErrorsInOneLine();
    void writeFailureIsTold_data();
    void writeFailureIsTold();
    void rmidForcedRefusesUnlessAccepted();
    void anotherNamespace();

private:
    [[nodiscard]] QString id(const SegmentGuard &guard) const { return QString::number(guard.id()); }

    SegmentGuard m_full;  // 56 bytes: the whole struct
    SegmentGuard m_short; // 30 bytes: pid and part of names
    QTemporaryDir m_dir;
    QTemporaryDir m_scratch; // files that are not layouts: a FIFO, a folder, a file too large
};

void TestRead::initTestCase()
{
    QVERIFY(QFile::exists(shmscopePath));
    QVERIFY(m_dir.isValid());
    QVERIFY(createHolding(m_full, stPidBytes(56)));
    QVERIFY(createHolding(m_short, stPidBytes(30)));
    QVERIFY(m_scratch.isValid());
    QVERIFY(mkfifo(QFile::encodeName(m_scratch.filePath(QStringLiteral("fifo.h"))).constData(), 0600) == 0);
    QVERIFY(QDir(m_scratch.path()).mkdir(QStringLiteral("folder.h")));
    QFile large(m_scratch.filePath(QStringLiteral("large.h")));
    QVERIFY(large.open(QIODevice::WriteOnly));
    QVERIFY(large.write(QByteArray(1024 * 1024 + 1, ' ')) == 1024 * 1024 + 1);
}

void TestRead::text()
{
    const Run run = testutils::run(shmscopePath, {QStringLiteral("--read"), id(m_full)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out), StPidText);
    QCOMPARE(run.err, QByteArray());
}

// The built-in st_pid's comments speak the locale's language, as the command line does: in Chinese, the
// lesson's own words.
void TestRead::textInAChineseLocale()
{
    QProcessEnvironment chinese = headlessEnvironment();
    chinese.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(chinese);
    process.start(shmscopePath, {QStringLiteral("--read"), id(m_full)});
    const Run run = finish(process, shmscopePath);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out),
             QStringLiteral("struct st_pid: 56 bytes, segment 56 bytes\n"
                            "offset  size  type      name   value\n"
                            "     0     4  int       pid    1234   // 进程编号\n"
                            "     4    51  char[51]  names  \"bob\"  // 进程名称\n"));
    QCOMPARE(run.err, QByteArray());
}

void TestRead::json()
{
    const Run run = testutils::run(shmscopePath, {QStringLiteral("--read"), id(m_full),
                                                  QStringLiteral("--layout"), QStringLiteral("st_pid"),
                                                  QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("layout")).toString(), QStringLiteral("st_pid"));
    QCOMPARE(root.value(QStringLiteral("sizeof")).toInteger(), 56);
    QCOMPARE(root.value(QStringLiteral("segment_bytes")).toInteger(), 56);
    const QJsonArray fields = root.value(QStringLiteral("fields")).toArray();
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(0).toObject().value(QStringLiteral("value")).toInteger(), 1234);
    QCOMPARE(fields.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("bob"));
}

void TestRead::segmentShorterThanLayout()
{
    const Run run = testutils::run(shmscopePath, {QStringLiteral("--read"), id(m_short),
                                                  QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("segment_bytes")).toInteger(), 30);
    const QJsonArray fields = root.value(QStringLiteral("fields")).toArray();
    QCOMPARE(fields.at(0).toObject().value(QStringLiteral("value")).toInteger(), 1234);
    QVERIFY(fields.at(1).toObject().value(QStringLiteral("value")).isNull());
    QCOMPARE(fields.at(1).toObject().value(QStringLiteral("unavailable")).toBool(), true);
}

// A POSIX object by its path: the same output as a segment's; a shorter one leaves the rest unavailable; a
// missing one is one line on stderr.
void TestRead::posixObjectByPath()
{
    const PosixNameGuard full("read_full");
    QVERIFY(full.create(stPidBytes(56)));
    const Run run = testutils::run(shmscopePath, {QStringLiteral("--read"), full.path()});
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out), StPidText);

    const PosixNameGuard shorter("read_short");
    QVERIFY(shorter.create(stPidBytes(30)));
    const Run json = testutils::run(shmscopePath, {QStringLiteral("--read"), shorter.path(),
                                                   QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root.value(QStringLiteral("segment_bytes")).toInteger(), 30);
    const QJsonArray fields = root.value(QStringLiteral("fields")).toArray();
    QCOMPARE(fields.at(0).toObject().value(QStringLiteral("value")).toInteger(), 1234);
    QCOMPARE(fields.at(1).toObject().value(QStringLiteral("unavailable")).toBool(), true);

    const PosixNameGuard missing("read_missing");
    const Run refused = testutils::run(shmscopePath, {QStringLiteral("--read"), missing.path()});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.out, QByteArray());
    QVERIFY2(refused.err.startsWith("shmscope: ") && refused.err.count('\n') == 1, refused.err.constData());
    QVERIFY2(refused.err.contains("does not exist"), refused.err.constData());
}

void TestRead::layoutFromFile()
{
    QFile header(m_dir.filePath(QStringLiteral("record.h")));
    QVERIFY(header.open(QIODevice::WriteOnly));
    header.write("#include <stdint.h>\n"
                 "typedef struct { int32_t pid; char first[3]; } record_t; // the first bytes only\n");
    header.close();
    const Run run = testutils::run(
        shmscopePath, {QStringLiteral("--read"), id(m_full), QStringLiteral("--layout"), header.fileName()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("record_t: 8 bytes, segment 56 bytes\n"), run.out.constData());
    QVERIFY2(run.out.contains("char[3]  first  \"bob\""), run.out.constData());

    // A layout clang refuses: its diagnostics, placed in the file, and nothing on stdout.
    QFile broken(m_dir.filePath(QStringLiteral("broken.h")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("struct s {\n    foo_t x;\n};\n");
    broken.close();
    const Run refused = testutils::run(
        shmscopePath, {QStringLiteral("--read"), id(m_full), QStringLiteral("--layout"), broken.fileName()});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(QString::fromUtf8(refused.err),
             QStringLiteral("shmscope: the layout %1 does not compile: %1:2:5: unknown type name 'foo_t'\n")
                 .arg(broken.fileName()));
    QCOMPARE(refused.out, QByteArray());
}

// A string holding what a C string literal must escape, read as text: the value is a literal that a C
// compiler reads back to the same bytes.
void TestRead::textEscapesStringsAsC()
{
    QFile header(m_dir.filePath(QStringLiteral("message.h")));
    QVERIFY(header.open(QIODevice::WriteOnly));
    header.write("struct message { char text[32]; };\n");
    header.close();
    SegmentGuard segment;
    // a " b \ c, newline, tab, CR, 0x01 then the hex digit f, DEL, é in UTF-8, a byte that is no UTF-8, then
    // the digit 9; the NUL ends the text, and what follows it is not shown.
    static const char text[] = "a\"b\\c\n\t\r\x01" "f\x7f\xc3\xa9\xff" "9\0hidden";
    QByteArray bytes(text, sizeof text); // the literal's own bytes, its closing NUL too
    bytes.resize(32, '\0');              // then NULs to the end of text[32]
    QVERIFY(createHolding(segment, bytes));
    const Run run = testutils::run(
        shmscopePath, {QStringLiteral("--read"), id(segment), QStringLiteral("--layout"), header.fileName()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out),
             QStringLiteral("struct message: 32 bytes, segment 32 bytes\n"
                            "offset  size  type      name  value\n"
                            "     0    32  char[32]  text  "
                            "\"a\\\"b\\\\c\\n\\t\\r\\x01\" \"f\\x7fé\\xff\" \"9\"\n"));
    QCOMPARE(run.err, QByteArray());
}

// Counts of one in the text's head: "1 byte", not "1 bytes".
void TestRead::oneByteIsOneByte()
{
    QFile header(m_dir.filePath(QStringLiteral("one.h")));
    QVERIFY(header.open(QIODevice::WriteOnly));
    header.write("struct one { char c; };\n");
    header.close();
    SegmentGuard segment;
    QVERIFY(createHolding(segment, QByteArray("A")));
    const Run run = testutils::run(
        shmscopePath, {QStringLiteral("--read"), id(segment), QStringLiteral("--layout"), header.fileName()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("struct one: 1 byte, segment 1 byte\n"
                                                        "offset  size  type  name  value\n"
                                                        "     0     1  char  c     'A'\n"));

    const Run shorter = testutils::run(shmscopePath, {QStringLiteral("--read"), id(segment)});
    QCOMPARE(shorter.exitCode, 0);
    QVERIFY2(shorter.out.startsWith("struct st_pid: 56 bytes, segment 1 byte\n"
                                    "The segment is 55 bytes shorter than the layout: fields past its end "
                                    "are not read.\n"),
             shorter.out.constData());
}

void TestRead::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("not an id") << QStringList{QStringLiteral("--read"), QStringLiteral("abc")}
                               << QStringLiteral(
                                      "--read wants a segment id, a number from the shmid column of --list, "
                                      "not \"abc\".");
    QTest::newRow("csv") << QStringList{QStringLiteral("--read"), QStringLiteral("0"),
                                        QStringLiteral("--format"), QStringLiteral("csv")}
                         << QStringLiteral("unknown --format \"csv\" for --read; use text or json.");
    QTest::newRow("with --list") << QStringList{QStringLiteral("--read"), QStringLiteral("0"),
                                                QStringLiteral("--list")}
                                 << QStringLiteral("use --list or --read, not both.");
    QTest::newRow("all three") << QStringList{QStringLiteral("--read"), QStringLiteral("0"),
                                              QStringLiteral("--list"), QStringLiteral("--dump"),
                                              QStringLiteral("0")}
                               << QStringLiteral("use one of --list, --dump, --read and --watch.");
    QTest::newRow("layout alone") << QStringList{QStringLiteral("--list"), QStringLiteral("--layout"),
                                                 QStringLiteral("x.h")}
                                  << QStringLiteral("--layout goes with --read SHMID (or --attach or --key in the window).");
    QTest::newRow("missing file") << QStringList{QStringLiteral("--read"), QStringLiteral("0"),
                                                 QStringLiteral("--layout"),
                                                 QStringLiteral("/nonexistent/x.h")}
                                  << QStringLiteral("Cannot read /nonexistent/x.h: No such file or directory.");
    // A device's size is 0, and reading it never ends (or, for /dev/zero, fills memory); a FIFO blocks: each
    // is refused by its type, at once. The FIFO is made by init().
    const auto layoutAt = [](const QString &path) {
        return QStringList{QStringLiteral("--read"), QStringLiteral("0"), QStringLiteral("--layout"), path};
    };
    QTest::newRow("/dev/zero") << layoutAt(QStringLiteral("/dev/zero"))
                               << QStringLiteral("/dev/zero is a device, not a file: only a regular file is read.");
    QTest::newRow("/dev/urandom") << layoutAt(QStringLiteral("/dev/urandom"))
                                  << QStringLiteral("/dev/urandom is a device, not a file: only a regular file is "
                                                    "read.");
    QTest::newRow("a FIFO") << layoutAt(m_scratch.filePath(QStringLiteral("fifo.h")))
                            << m_scratch.filePath(QStringLiteral("fifo.h"))
                                   + QStringLiteral(" is a FIFO (named pipe), not a file: only a regular file is "
                                                    "read.");
    QTest::newRow("a folder") << layoutAt(m_scratch.path() + QStringLiteral("/folder.h"))
                              << m_scratch.path()
                                     + QStringLiteral("/folder.h is a folder, not a file: only a regular file is "
                                                      "read.");
    QTest::newRow("over 1 MiB") << layoutAt(m_scratch.filePath(QStringLiteral("large.h")))
                                << m_scratch.filePath(QStringLiteral("large.h"))
                                       + QStringLiteral(" is larger than 1048576 bytes, the most that is read.");
    // Options that --read does not take, and one given twice, are refused rather than ignored.
    const auto withRead = [](std::initializer_list<const char *> more) {
        QStringList list{QStringLiteral("--read"), QStringLiteral("0")};
        for (const char *arg : more)
            list << QLatin1String(arg);
        return list;
    };
    QTest::newRow("--offset") << withRead({"--offset", "5"})
                              << QStringLiteral("--offset and --length go with --dump SHMID.");
    QTest::newRow("--length") << withRead({"--length=5"})
                              << QStringLiteral("--offset and --length go with --dump SHMID.");
    QTest::newRow("--read twice") << withRead({"--read", "1"})
                                  << QStringLiteral("--read is given more than once; give it once.");
    QTest::newRow("--layout twice") << withRead({"--layout", "st_pid", "--layout", "st_pid"})
                                    << QStringLiteral("--layout is given more than once; give it once.");
    QTest::newRow("--attach") << withRead({"--attach", "0"})
                              << QStringLiteral("--attach is for the window; it does not go with --read.");
}

void TestRead::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = testutils::run(shmscopePath, arguments);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QString::fromUtf8(run.err), QStringLiteral("shmscope: ") + message + QLatin1Char('\n'));
    QCOMPARE(run.out, QByteArray());
}

// A layout with several errors: the first, placed as compilers place it, and how many more, in one line;
// --all-errors adds the others, one a line.
void TestRead::compileErrorsInOneLine()
{
    QFile broken(m_dir.filePath(QStringLiteral("three.h")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("struct s {\n    foo_t x;\n    bar_t y;\n    baz_t z;\n};\n");
    broken.close();
    const QStringList args{QStringLiteral("--read"), id(m_full), QStringLiteral("--layout"), broken.fileName()};
    const Run summary = testutils::run(shmscopePath, args);
    QCOMPARE(summary.exitCode, 1);
    QCOMPARE(summary.out, QByteArray());
    QCOMPARE(QString::fromUtf8(summary.err),
             QStringLiteral("shmscope: the layout %1 does not compile: %1:2:5: unknown type name 'foo_t' (and 2 "
                            "more; --all-errors shows them)\n")
                 .arg(broken.fileName()));

    const Run all = testutils::run(shmscopePath, args + QStringList{QStringLiteral("--all-errors")});
    QCOMPARE(all.exitCode, 1);
    QCOMPARE(all.out, QByteArray());
    QCOMPARE(QString::fromUtf8(all.err), QStringLiteral("shmscope: the layout %1 does not compile: %1:2:5: unknown "
                                                        "type name 'foo_t'\n"
                                                        "%1:3:5: unknown type name 'bar_t'\n"
                                                        "%1:4:5: unknown type name 'baz_t'\n")
                                             .arg(broken.fileName()));
}

// Fields that cannot be written are a failure told in one line, not exit code 0 or a silent SIGPIPE.
void TestRead::writeFailureIsTold_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<BrokenOutput>("output");
    for (const char *format : {"text", "json"}) {
        QTest::addRow("%s into /dev/full", format) << QString::fromLatin1(format) << BrokenOutput::FullDevice;
        QTest::addRow("%s into a closed pipe", format) << QString::fromLatin1(format) << BrokenOutput::ClosedPipe;
    }
}

void TestRead::writeFailureIsTold()
{
    QFETCH(QString, format);
    QFETCH(BrokenOutput, output);
    const Run result = runIntoBrokenOutput(
        shmscopePath, {QStringLiteral("--read"), id(m_full), QStringLiteral("--format"), format}, output);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, brokenOutputMessage(output));
}

// kernel.shm_rmid_forced is 1 only in the private IPC namespace of the tst_read_rmid_forced entry: there the
// detach after a read destroys a segment nobody else has attached, so --read refuses before attaching.
void TestRead::rmidForcedRefusesUnlessAccepted()
{
    if (!testutils::rmidForced())
        QSKIP("kernel.shm_rmid_forced is 0 here; ctest runs this again as tst_read_rmid_forced, where it is 1");
    QByteArray bytes(56, '\0');
    bytes.replace(4, 5, "carol");
    SegmentGuard segment;
    QVERIFY(testutils::createUnattached(segment, testutils::uniqueKey(42), bytes));

    SHM_COMPARE_REFUSED(testutils::run(shmscopePath, {QStringLiteral("--read"), id(segment)}),
                        testutils::rmidForcedRefusal(id(segment)).toUtf8());
    QVERIFY(testutils::ipcsLists(segment.id()));

    const Run accepted = testutils::run(
        shmscopePath, {QStringLiteral("--read"), id(segment), QStringLiteral("--even-if-destroyed")});
    QVERIFY2(accepted.exitCode == 0 && accepted.err.isEmpty(), accepted.err.constData());
    QVERIFY2(accepted.out.contains("names  \"carol\""), accepted.out.constData());
    QVERIFY(!testutils::ipcsLists(segment.id()));
}

// The lesson's struct in a segment of another IPC namespace, written by a peer inside, read with
// --namespace PID; where the kernel lets us choose ids, ours under the same shmid holds other bytes.
void TestRead::anotherNamespace()
{
    if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    ForeignNamespace container;
    QVERIFY2(container.start(), qPrintable(container.errorText()));
    SegmentGuard ours;
    QVERIFY(createHolding(ours, QByteArray(56, '\x7f')));
    ForeignSegment theirs(container);
    QVERIFY(theirs.create(56, idReuseUnavailableReason().isEmpty() ? ours.id() : -1));
    QVERIFY(theirs.poke(0, stPidBytes(56)));
    const Run read =
        testutils::run(shmscopePath, {QStringLiteral("--read"), QString::number(theirs.id()),
                                      QStringLiteral("--namespace"), QString::number(container.pid())});
    QCOMPARE(read.err, QByteArray());
    QCOMPARE(read.exitCode, 0);
    QCOMPARE(QString::fromUtf8(read.out), StPidText);
}

QTEST_GUILESS_MAIN(TestRead)
#include "tst_read.moc"
