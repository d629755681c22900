// The parsers over the kernel's text, fed captured and hand-broken input. The expected values below are
// written out from the fixture text (tests/data), not taken from the parser.

#include "core/coretest.h"
#include "core/segments/procparser.h"
#include "core/segments/segmentformat.h"
#include "core/translations.h"

#include <QFile>
#include <QTest>

#include <limits>

using core::ProcParser;
using core::SegmentFormat;
using core::SegmentInfo;

namespace {

QByteArray dataFile(const char *name)
{
    QFile file(QStringLiteral(SHMSCOPE_TEST_DATA "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The line of a text, counting from 1, with its newline.
QByteArray lineOf(const QByteArray &text, int number)
{
    return text.split('\n').value(number - 1) + '\n';
}

QByteArray withoutFirstLine(const QByteArray &text)
{
    return text.mid(text.indexOf('\n') + 1);
}

// One segment from the numbers of a kernel line, in the kernel's column order.
SegmentInfo fromColumns(qint32 key, int shmid, quint32 mode, quint64 size, qint64 cpid, qint64 lpid,
                        quint64 nattch, uint uid, uint gid, uint cuid, uint cgid, qint64 atime, qint64 dtime,
                        qint64 ctime, quint64 rss, quint64 swap)
{
    SegmentInfo s;
    s.key = key;
    s.shmid = shmid;
    s.mode = mode;
    s.size = size;
    s.cpid = cpid;
    s.lpid = lpid;
    s.nattch = nattch;
    s.uid = uid;
    s.gid = gid;
    s.cuid = cuid;
    s.cgid = cgid;
    s.atime = atime;
    s.dtime = dtime;
    s.ctime = ctime;
    s.rss = rss;
    s.swap = swap;
    return s;
}

// The five segments of tests/data/sysvipc_shm_16col.txt, in file order, copied from the file by eye. The
// 14-column capture holds the same lines without rss and swap, which then stay 0.
QList<SegmentInfo> capturedSegments(bool withUsage)
{
    constexpr qint32 maxKey = std::numeric_limits<qint32>::max();
    constexpr qint32 minKey = std::numeric_limits<qint32>::min();
    // A table: one kernel line a segment, in the kernel's column order.
    // clang-format off
    QList<SegmentInfo> segments = {
        //          key     shmid   mode         size  cpid     lpid nattch
        //          uid       gid  cuid  cgid       atime       dtime       ctime          rss  swap
        fromColumns(4660,       0, 00640,          56, 2708,    2708,   1,
                    0,          0,    0,    0, 1795752406,          0, 1795752406,        4096,    0),
        // The kernel prints keys with %d: -5 is the key 0xfffffffb.
        fromColumns(-5,     32769, 00600,     1048576, 3001,    3050,   2,
                    1000,    1000, 1000, 1000, 1795752500, 1795752490, 1795752400,        8192, 4096),
        // Removed while attached: the kernel shows key 0 and the dest bit (01000).
        fromColumns(0,      65538, 01600,        4096, 3100,    3100,   1,
                    1000,     100, 1000,  100, 1795752600,          0, 1795752599,        4096,    0),
        // Locked (02000), 16 GiB, a 7-digit lpid that fills its column.
        fromColumns(maxKey, 98307, 02666, 17179869184,    1, 4194304,   0,
                    54321,  54321,    0,    0,          0,          0, 1795752000, 17179869184,    0),
        // dest and locked together; -2147483648 is one character wider than its column.
        fromColumns(minKey, 131076, 03644,          1,   77,      78,   3,
                    0,          0,    0,    0, 1795752700, 1795752701, 1795752650,        4096,    0),
    };
    // clang-format on
    if (!withUsage) {
        for (SegmentInfo &s : segments)
            s.rss = s.swap = 0;
    }
    return segments;
}

} // namespace

class TestProcParser : public QObject
{
    Q_OBJECT

private slots:
    // The program installs the English translator at start (core::Translations): it writes the counts.
    void initTestCase() { core::Translations::instance().use(core::Translations::Language::English); }
    void init() { coretest::failOnAnyWarning(); }

    void parseSysvipcShm_data();
    void parseSysvipcShm();
    void parseSysvipcShmWithoutWarningList();
    void parsedLineReadsLikeIpcs_data();
    void parsedLineReadsLikeIpcs();

    void parseMapsLine_data();
    void parseMapsLine();

    void parseSysctl_data();
    void parseSysctl();

    void formatKey_data();
    void formatKey();
    void formatPerms_data();
    void formatPerms();
    void formatStatus_data();
    void formatStatus();
    void formatHumanSize_data();
    void formatHumanSize();
    void formatByteCount_data();
    void formatByteCount();
    void formatByteLimit_data();
    void formatByteLimit();
    void formatPercent_data();
    void formatPercent();
    void formatCreationKey_data();
    void formatCreationKey();
};

void TestProcParser::parseSysvipcShm_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<SegmentInfo>>("expected");
    QTest::addColumn<QList<int>>("warnedLines"); // lines that must be skipped, each with one warning

    const QByteArray text16 = dataFile("sysvipc_shm_16col.txt");
    const QByteArray text14 = dataFile("sysvipc_shm_14col.txt");
    const QList<SegmentInfo> all16 = capturedSegments(true);
    const QList<SegmentInfo> all14 = capturedSegments(false);

    QTest::newRow("16 columns, header") << text16 << all16 << QList<int>();
    QTest::newRow("16 columns, no header") << withoutFirstLine(text16) << all16 << QList<int>();
    QTest::newRow("14 columns, header") << text14 << all14 << QList<int>();
    QTest::newRow("14 columns, no header") << withoutFirstLine(text14) << all14 << QList<int>();
    // Not the kernel's way (it prints %d), but the same 32 bits: taken as written unsigned.
    QTest::newRow("key printed unsigned")
        << QByteArray(lineOf(text16, 3).replace("        -5 ", "4294967291 ")) << all16.mid(1, 1)
        << QList<int>();
    QTest::newRow("empty") << QByteArray() << QList<SegmentInfo>() << QList<int>();
    QTest::newRow("header only") << lineOf(text16, 1) << QList<SegmentInfo>() << QList<int>();
    QTest::newRow("blank lines, tabs, no final newline")
        << (QByteArray("\n") + lineOf(text16, 2).replace("     ", "\t") + "\n  \n" +
            lineOf(text16, 3).trimmed())
        << all16.first(2) << QList<int>();

    // Each broken line sits between two good ones (file lines 2 and 3), as line 3 of the input.
    const QByteArray good = lineOf(text16, 2);
    const QByteArray alsoGood = lineOf(text16, 3);
    const auto broken = [&](const char *name, const QByteArray &line) {
        QTest::newRow(name) << (lineOf(text16, 1) + good + line + '\n' + alsoGood) << all16.first(2)
                            << QList<int>{3};
    };
    const QByteArray fullLine = good.trimmed();
    broken("too few columns", "      4660          7   640                    56  2708");
    broken("15 columns", fullLine.left(fullLine.lastIndexOf(' ')));
    broken("17 columns", fullLine + " 0");
    broken("size not a number", QByteArray(fullLine).replace(" 56 ", " 56k "));
    broken("perms not octal", QByteArray(fullLine).replace(" 640 ", " 680 "));
    broken("negative shmid", QByteArray(fullLine).replace(" 0   640 ", " -7   640 "));
    broken("negative size", QByteArray(fullLine).replace(" 56 ", " -56 "));
    broken("key wider than 32 bits", QByteArray(fullLine).replace("4660 ", "4294967296 "));
    broken("binary garbage", QByteArrayLiteral("\x01\x02\xff\x00 garbage %1 %s"));
    broken("header again", lineOf(text14, 1).trimmed());

    QTest::newRow("nothing but garbage")
        << QByteArray("garbage\n\n\t\t\nkey\n") << QList<SegmentInfo>() << QList<int>{1, 4};
}

void TestProcParser::parseSysvipcShm()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<SegmentInfo>, expected);
    QFETCH(QList<int>, warnedLines);

    // Each skipped line is also logged; the pattern names its line so that a wrong line fails the test.
    for (int line : warnedLines)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("\\bline %1\\b").arg(line)));

    QStringList warnings;
    const QList<SegmentInfo> segments = ProcParser::parseSysvipcShm(text, &warnings);
    QCOMPARE(segments, expected);
    QCOMPARE(warnings.size(), warnedLines.size());
    for (qsizetype i = 0; i < warnings.size(); ++i)
        QVERIFY2(warnings[i].contains(QStringLiteral("line %1 ").arg(warnedLines[i])),
                 qPrintable(warnings[i]));
}

// The warning list is optional: without one, a bad line is still skipped (and logged), nothing crashes.
void TestProcParser::parseSysvipcShmWithoutWarningList()
{
    const QByteArray text16 = dataFile("sysvipc_shm_16col.txt");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("\\bline 1\\b")));
    const QList<SegmentInfo> segments =
        ProcParser::parseSysvipcShm(QByteArray(QByteArray("not a segment\n") + lineOf(text16, 2)));
    QCOMPARE(segments, capturedSegments(true).first(1));
}

// What a student sees for a line of kernel text must be what `ipcs -m` prints for it: the key as the
// 32-bit value in hex, the permission bits without the flags, and the flags as status words.
void TestProcParser::parsedLineReadsLikeIpcs_data()
{
    QTest::addColumn<int>("fileLine");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("perms");
    QTest::addColumn<QString>("status");

    QTest::newRow("plain") << 2 << QStringLiteral("0x00001234") << QStringLiteral("640") << QString();
    QTest::newRow("negative key") << 3 << QStringLiteral("0xfffffffb") << QStringLiteral("600") << QString();
    QTest::newRow("dest") << 4 << QStringLiteral("0x00000000") << QStringLiteral("600")
                          << QStringLiteral("dest");
    QTest::newRow("locked") << 5 << QStringLiteral("0x7fffffff") << QStringLiteral("666")
                            << QStringLiteral("locked");
    QTest::newRow("dest and locked") << 6 << QStringLiteral("0x80000000") << QStringLiteral("644")
                                     << QStringLiteral("dest locked");
}

void TestProcParser::parsedLineReadsLikeIpcs()
{
    QFETCH(int, fileLine);
    QFETCH(QString, key);
    QFETCH(QString, perms);
    QFETCH(QString, status);

    for (const char *file : {"sysvipc_shm_16col.txt", "sysvipc_shm_14col.txt"}) {
        const QList<SegmentInfo> segments = ProcParser::parseSysvipcShm(lineOf(dataFile(file), fileLine));
        QCOMPARE(segments.size(), 1);
        const SegmentInfo &s = segments.first();
        QCOMPARE(SegmentFormat::key(s.key), key);
        QCOMPARE(SegmentFormat::perms(s.mode), perms);
        QCOMPARE(SegmentFormat::status(s), status);
        QCOMPARE(s.isDestroyed(), status.contains(QLatin1String("dest")));
        QCOMPARE(s.isLocked(), status.contains(QLatin1String("locked")));
    }
}

void TestProcParser::parseMapsLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("isSysv");
    QTest::addColumn<quint64>("start");
    QTest::addColumn<bool>("writable");
    QTest::addColumn<quint64>("offset");
    QTest::addColumn<int>("shmid");
    QTest::addColumn<qint32>("key");

    // The kernel's shm files are never linked anywhere, so even a live segment's mapping ends " (deleted)".
    const auto sysv = [](const char *name, const char *line, quint64 start, bool writable, quint64 offset,
                         int shmid, qint32 key) {
        QTest::newRow(name) << QByteArray(line) << true << start << writable << offset << shmid << key;
    };
    sysv("rw-s",
         "7fd9cc6f0000-7fd9cc6f1000 rw-s 00000000 00:01 32769                      /SYSV00001234 (deleted)",
         0x7fd9cc6f0000, true, 0, 32769, 0x1234);
    sysv("r--s",
         "7fd9cc6f0000-7fd9cc6f1000 r--s 00000000 00:01 0                          /SYSV00001234 (deleted)",
         0x7fd9cc6f0000, false, 0, 0, 0x1234);
    sysv("without (deleted)", "7f0000001000-7f0000002000 rw-s 00000000 00:01 5 /SYSV0000abcd", 0x7f0000001000,
         true, 0, 5, 0xabcd);
    sysv("second piece after mprotect",
         "7f0000002000-7f0000003000 r--s 00001000 00:01 5 /SYSV0000abcd (deleted)", 0x7f0000002000, false,
         0x1000, 5, 0xabcd);
    sysv("key with the high bit", "7f0000001000-7f0000002000 rw-s 00000000 00:01 9 /SYSVfffffffb (deleted)",
         0x7f0000001000, true, 0, 9, -5);
    sysv("private segment", "7f0000001000-7f0000002000 rw-s 00000000 00:01 9 /SYSV00000000 (deleted)",
         0x7f0000001000, true, 0, 9, 0);

    const auto notSysv = [](const char *name, const char *line) {
        QTest::newRow(name) << QByteArray(line) << false << quint64(0) << false << quint64(0) << -1 << 0;
    };
    notSysv("anonymous", "7ffd1000-7ffd2000 rw-p 00000000 00:00 0 ");
    notSysv("heap", "55d0c000-55d2d000 rw-p 00000000 00:00 0                          [heap]");
    notSysv("library",
            "7f3a5c000000-7f3a5c028000 r--p 00000000 fe:01 1234 /usr/lib/x86_64-linux-gnu/libc.so.6");
    notSysv("file named like SYSV", "7f0000001000-7f0000002000 rw-s 00000000 fe:01 77 /tmp/SYSV00001234");
    notSysv("short key", "7f0000001000-7f0000002000 rw-s 00000000 00:01 9 /SYSV1234");
    notSysv("long key", "7f0000001000-7f0000002000 rw-s 00000000 00:01 9 /SYSV000012345");
    notSysv("key not hex", "7f0000001000-7f0000002000 rw-s 00000000 00:01 9 /SYSVzzzzzzzz");
    notSysv("address not hex", "zz-yy rw-s 00000000 00:01 9 /SYSV00001234 (deleted)");
    notSysv("no dash in address", "7f0000001000 rw-s 00000000 00:01 9 /SYSV00001234");
    notSysv("offset not hex", "7f0000001000-7f0000002000 rw-s 0000zz00 00:01 9 /SYSV00001234");
    notSysv("inode not a number", "7f0000001000-7f0000002000 rw-s 00000000 00:01 x9 /SYSV00001234");
    notSysv("negative inode", "7f0000001000-7f0000002000 rw-s 00000000 00:01 -1 /SYSV00001234");
    notSysv("empty", "");
    notSysv("garbage", "hello world");
    notSysv("only SYSV", "/SYSV00001234");
}

void TestProcParser::parseMapsLine()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, isSysv);

    const auto mapping = ProcParser::parseMapsLine(line);
    QCOMPARE(mapping.has_value(), isSysv);
    if (!isSysv)
        return;
    QTEST(mapping->start, "start");
    QTEST(mapping->writable, "writable");
    QTEST(mapping->fileOffset, "offset");
    QTEST(mapping->shmid, "shmid");
    QTEST(mapping->key, "key");
}

void TestProcParser::parseSysctl_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint64>("value");

    QTest::newRow("with newline") << QByteArray("4096\n") << true << quint64(4096);
    QTest::newRow("without newline") << QByteArray("32000") << true << quint64(32000);
    QTest::newRow("padded") << QByteArray("  7 \n") << true << quint64(7);
    QTest::newRow("zero") << QByteArray("0\n") << true << quint64(0);
    // The default shmmax and shmall on 64-bit: ULONG_MAX - 2^24.
    QTest::newRow("default shmmax") << QByteArray("18446744073692774399\n") << true
                                    << quint64(18446744073692774399ULL);
    QTest::newRow("empty") << QByteArray() << false << quint64(0);
    QTest::newRow("newline only") << QByteArray("\n") << false << quint64(0);
    QTest::newRow("two numbers") << QByteArray("1 2\n") << false << quint64(0);
    QTest::newRow("negative") << QByteArray("-1\n") << false << quint64(0);
    QTest::newRow("word") << QByteArray("unlimited\n") << false << quint64(0);
    QTest::newRow("trailing junk") << QByteArray("12k\n") << false << quint64(0);
    QTest::newRow("beyond 64 bits") << QByteArray("18446744073709551616\n") << false << quint64(0);
}

void TestProcParser::parseSysctl()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);

    const auto value = ProcParser::parseSysctl(text);
    QCOMPARE(value.has_value(), valid);
    if (valid)
        QTEST(*value, "value");
}

void TestProcParser::formatKey_data()
{
    QTest::addColumn<qint32>("key");
    QTest::addColumn<QString>("text");

    QTest::newRow("private") << 0 << QStringLiteral("0x00000000");
    QTest::newRow("small") << 0x1234 << QStringLiteral("0x00001234");
    QTest::newRow("largest positive") << std::numeric_limits<qint32>::max() << QStringLiteral("0x7fffffff");
    QTest::newRow("-1") << -1 << QStringLiteral("0xffffffff");
    QTest::newRow("-5") << -5 << QStringLiteral("0xfffffffb");
    QTest::newRow("most negative") << std::numeric_limits<qint32>::min() << QStringLiteral("0x80000000");
}

void TestProcParser::formatKey()
{
    QFETCH(qint32, key);
    QTEST(SegmentFormat::key(key), "text");
}

void TestProcParser::formatPerms_data()
{
    QTest::addColumn<quint32>("mode");
    QTest::addColumn<QString>("text");

    QTest::newRow("0600") << 0600u << QStringLiteral("600");
    QTest::newRow("0777") << 0777u << QStringLiteral("777");
    // ipcs prints the octal number without padding: 066 reads "66", 0 reads "0".
    QTest::newRow("066") << 066u << QStringLiteral("66");
    QTest::newRow("0") << 0u << QStringLiteral("0");
    QTest::newRow("dest") << (0640u | core::ShmDestFlag) << QStringLiteral("640");
    QTest::newRow("locked") << (0644u | core::ShmLockedFlag) << QStringLiteral("644");
    QTest::newRow("dest and locked") << (0400u | core::ShmDestFlag | core::ShmLockedFlag)
                                     << QStringLiteral("400");
}

void TestProcParser::formatPerms()
{
    QFETCH(quint32, mode);
    QTEST(SegmentFormat::perms(mode), "text");
}

void TestProcParser::formatStatus_data()
{
    QTest::addColumn<quint32>("mode");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("none") << 0666u << QStringList();
    QTest::newRow("dest") << 01600u << QStringList{QStringLiteral("dest")};
    QTest::newRow("locked") << 02600u << QStringList{QStringLiteral("locked")};
    QTest::newRow("both") << 03600u << QStringList{QStringLiteral("dest"), QStringLiteral("locked")};
    // Higher bits are not ours to name.
    QTest::newRow("other bits") << 04600u << QStringList();
}

void TestProcParser::formatStatus()
{
    QFETCH(quint32, mode);
    QFETCH(QStringList, words);

    SegmentInfo segment;
    segment.mode = mode;
    QCOMPARE(SegmentFormat::statusWords(segment), words);
    QCOMPARE(SegmentFormat::status(segment), words.join(QLatin1Char(' ')));
}

void TestProcParser::formatHumanSize_data()
{
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("0") << quint64(0) << QStringLiteral("0 B");
    QTest::newRow("56") << quint64(56) << QStringLiteral("56 B");
    QTest::newRow("1023") << quint64(1023) << QStringLiteral("1023 B");
    QTest::newRow("1 KiB") << quint64(1024) << QStringLiteral("1.0 KiB");
    QTest::newRow("1.5 KiB") << quint64(1536) << QStringLiteral("1.5 KiB");
    QTest::newRow("4 KiB + 1") << quint64(4097) << QStringLiteral("4.0 KiB");
    // One byte short of a MiB rounds to one decimal as 1024.0 KiB: it must move up a unit instead.
    QTest::newRow("1 MiB - 1") << quint64(1048575) << QStringLiteral("1.0 MiB");
    QTest::newRow("1 MiB") << (quint64(1) << 20) << QStringLiteral("1.0 MiB");
    QTest::newRow("1 GiB") << (quint64(1) << 30) << QStringLiteral("1.0 GiB");
    QTest::newRow("1 TiB") << (quint64(1) << 40) << QStringLiteral("1.0 TiB");
    QTest::newRow("16 GiB") << quint64(17179869184) << QStringLiteral("16.0 GiB");
    QTest::newRow("largest") << std::numeric_limits<quint64>::max() << QStringLiteral("16.0 EiB");
}

void TestProcParser::formatHumanSize()
{
    QFETCH(quint64, bytes);
    QTEST(SegmentFormat::humanSize(bytes), "text");
}

void TestProcParser::formatByteCount_data()
{
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << quint64(0) << QStringLiteral("0 bytes");
    QTest::newRow("1, no \"(1 B)\"") << quint64(1) << QStringLiteral("1 byte");
    QTest::newRow("56") << quint64(56) << QStringLiteral("56 bytes");
    QTest::newRow("1023") << quint64(1023) << QStringLiteral("1023 bytes");
    QTest::newRow("1 KiB") << quint64(1024) << QStringLiteral("1024 bytes (1.0 KiB)");
    QTest::newRow("64 MiB") << quint64(67108864) << QStringLiteral("67108864 bytes (64.0 MiB)");
    // tr() counts in int: past INT_MAX the plural must still be the plural.
    QTest::newRow("4 GiB + 1") << quint64(4294967297) << QStringLiteral("4294967297 bytes (4.0 GiB)");
}

void TestProcParser::formatByteCount()
{
    QFETCH(quint64, bytes);
    QTEST(SegmentFormat::byteCount(bytes), "text");
}

void TestProcParser::formatByteLimit_data()
{
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("32 MiB, an old default") << quint64(33554432)
                                            << QStringLiteral("33554432 bytes (32.0 MiB)");
    QTest::newRow("1 byte") << quint64(1) << QStringLiteral("1 byte");
    // The kernel's default shmmax, ULONG_MAX - 2^24 (include/uapi/linux/shm.h).
    QTest::newRow("the kernel's unlimited") << quint64(18446744073692774399ULL)
                                            << QStringLiteral("16 EiB (no practical limit)");
    QTest::newRow("largest") << std::numeric_limits<quint64>::max()
                             << QStringLiteral("16 EiB (no practical limit)");
    QTest::newRow("1 EiB") << (quint64(1) << 60) << QStringLiteral("1 EiB (no practical limit)");
    QTest::newRow("just under 1 EiB") << ((quint64(1) << 60) - 1)
                                      << QStringLiteral("1152921504606846975 bytes (1.0 EiB)");
}

void TestProcParser::formatByteLimit()
{
    QFETCH(quint64, bytes);
    QTEST(SegmentFormat::byteLimit(bytes), "text");
}

void TestProcParser::formatPercent_data()
{
    QTest::addColumn<quint64>("part");
    QTest::addColumn<quint64>("whole");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << quint64(0) << quint64(4096) << QStringLiteral("0 %");
    QTest::newRow("all") << quint64(4096) << quint64(4096) << QStringLiteral("100 %");
    QTest::newRow("half") << quint64(1) << quint64(2) << QStringLiteral("50 %");
    QTest::newRow("a third") << quint64(1) << quint64(3) << QStringLiteral("33.33 %");
    QTest::newRow("5 of shmmni 4096") << quint64(5) << quint64(4096) << QStringLiteral("0.12 %");
    QTest::newRow("one in ten thousand") << quint64(1) << quint64(10000) << QStringLiteral("0.01 %");
    // 28 pages of the kernel's default shmall: 1.51e-12 %, which is not for people.
    QTest::newRow("28 pages of an unlimited shmall") << quint64(28) << quint64(18446744073692774399ULL)
                                                     << QStringLiteral("< 0.01 %");
    QTest::newRow("all but a few") << quint64(999999) << quint64(1000000) << QStringLiteral("> 99.99 %");
    QTest::newRow("of nothing") << quint64(0) << quint64(0) << QString();
}

void TestProcParser::formatPercent()
{
    QFETCH(quint64, part);
    QFETCH(quint64, whole);
    QTEST(SegmentFormat::percent(part, whole), "text");
}

void TestProcParser::formatCreationKey_data()
{
    QTest::addColumn<qint32>("key");
    QTest::addColumn<bool>("hasOriginalKey");
    QTest::addColumn<qint32>("originalKey");
    QTest::addColumn<QString>("text");

    QTest::newRow("live") << 0x1234 << false << 0 << QStringLiteral("0x00001234");
    QTest::newRow("removed, key from the mapping") << 0 << true << -5 << QStringLiteral("0xfffffffb");
    QTest::newRow("removed, not mapped by anyone we can read")
        << 0 << false << 0 << QStringLiteral("0x00000000");
}

void TestProcParser::formatCreationKey()
{
    SegmentInfo segment;
    QFETCH(qint32, key);
    QFETCH(bool, hasOriginalKey);
    QFETCH(qint32, originalKey);
    segment.key = key;
    segment.hasOriginalKey = hasOriginalKey;
    segment.originalKey = originalKey;
    QTEST(SegmentFormat::creationKey(segment), "text");
}

QTEST_GUILESS_MAIN(TestProcParser)
#include "tst_procparser.moc"
