// `shmscope --dump` end to end: real segments filled with known bytes, dumped by the real executable without a
// display, compared byte for byte with util-linux's `hexdump -C` run on a file holding the same bytes.

#include "cli/hexdumpwriter.h"
#include "core/bytes/sparsereader.h"
#include "core/kernel/attachment.h"
#include "foreignsegment.h"
#include "testutils.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryFile>
#include <QTest>

#include <climits>
#include <cstring>
#include <sys/shm.h>
#include <sys/stat.h>

using namespace testutils;

// A run refused in one line on stderr that mentions `mention`: exit code 1, nothing on stdout.
#define SHM_VERIFY_REFUSED_IN_ONE_LINE(runResult, mention)                                                   \
    do {                                                                                                     \
        const Run &result = (runResult);                                                                     \
        QCOMPARE(result.exitStatus, QProcess::NormalExit);                                                   \
        QCOMPARE(result.exitCode, 1);                                                                        \
        QCOMPARE(result.out, QByteArray());                                                                  \
        QVERIFY2(result.err.startsWith("shmscope: "), result.err.constData());                               \
        QVERIFY2(result.err.endsWith('\n') && result.err.count('\n') == 1, result.err.constData());          \
        QVERIFY2(result.err.contains(mention), result.err.constData());                                      \
    } while (false)

namespace {

constexpr qsizetype MiB = 1024 * 1024;

// Runs of equal lines in every position squeezing cares about: right after the first line, between
// different lines, a run of non-zero lines, a run ended by a short line, and equal lines that are not aligned.
QByteArray zeroRuns()
{
    QByteArray bytes = QByteArray(1000, '\0');
    bytes += "between the runs";          // one full line that breaks the run
    bytes += QByteArray(16, '\0');        // equal to the line before the text, not to the text: printed
    bytes += QByteArray(48, 'A');         // a non-zero run
    bytes += "x";                         // shifts everything after it off the 16-byte grid
    bytes += QByteArray(700, '\0');
    bytes += QByteArray(9, '\0');         // ends in a short line of zeros, which is never squeezed
    return bytes;
}

// The lesson's kind of record: 56 bytes with a name, padding and numbers in host byte order.
QByteArray studentRecord()
{
    struct Record
    {
        qint32 pid;
        char name[32];
        // 4 bytes of padding here, left 0 by the value-initialisation below
        double value;
        quint64 counter;
    };
    static_assert(sizeof(Record) == 56);
    Record record = {};
    record.pid = 4242;
    std::strcpy(record.name, "server\tone\n");
    record.value = 3.14159;
    record.counter = 0x0123456789abcdefULL;
    return QByteArray(reinterpret_cast<const char *>(&record), sizeof record);
}

// 1 MiB, so that the default 64 KiB chunks split runs: zeros across two chunk boundaries, a run that ends
// exactly at one (131072) and starts again after it, a repeated text line across another, and a final short
// line.
QByteArray mixedMebibyte()
{
    QByteArray bytes(MiB, '\0');
    bytes.replace(0, 10000, randomBytes(10000, 1));
    bytes.replace(131072, 16, randomBytes(16, 2));
    for (qsizetype at = 200000; at < 300000; at += 16)
        bytes.replace(at, 16, "shared memory!\n", 16);
    bytes.replace(300000, 300000, randomBytes(300000, 3));
    bytes.replace(600000, MiB - 7 - 600000, QByteArray(MiB - 7 - 600000, '\xff'));
    bytes.replace(MiB - 7, 7, "the end");
    return bytes;
}

// The first line where two dumps differ, for a failure message that can be read. QVERIFY2 evaluates its
// message even when the check passes, so the equal case costs one comparison only.
QByteArray firstDifference(const QByteArray &ours, const QByteArray &theirs)
{
    if (ours == theirs)
        return {};
    const QList<QByteArray> a = ours.split('\n');
    const QList<QByteArray> b = theirs.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            return "line " + QByteArray::number(i + 1) + ": shmscope \"" + a.value(i) + "\", hexdump \"" + b.value(i)
                   + '"';
    }
    return {};
}

// The error of a Result, or nothing when it holds a value (QVERIFY2 evaluates its message either way).
template<typename T>
QByteArray errorOf(const core::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

} // namespace

class TestDump : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void matchesHexdump_data();
    void matchesHexdump();
    void chunkSizeDoesNotShow_data();
    void chunkSizeDoesNotShow();
    void sparseSegmentStaysSparse();
    void memfdByProcFdMatchesHexdump();
    void shrinkDuringADumpIsTold();
    void badPathsFail_data();
    void badPathsFail();
    void equalsSignFormWorks();
    void badInputFails_data();
    void badInputFails();
    void unreadableSegmentFails();
    void writeFailureIsTold_data();
    void writeFailureIsTold();
    void readerGoneEarlyIsTold();
    void rmidForcedRefusesUnlessAccepted();
    void anotherNamespaceMatchesHexdump();
    void namespaceRefusals_data();
    void namespaceRefusals();
    void namespaceNotOursIsRefused();

private:
    // `hexdump -C ARGS FILE` on a file holding `bytes`.
    Run hexdump(const QByteArray &bytes, const QStringList &args);

    SegmentGuard m_small; // 100 bytes, for the bad-input rows
    QByteArray m_mebibyte;
};

Run TestDump::hexdump(const QByteArray &bytes, const QStringList &args)
{
    QTemporaryFile file;
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        return Run{QProcess::CrashExit, -1, {}, "cannot write the temporary file for hexdump"};
    return run(QStringLiteral("hexdump"), QStringList{QStringLiteral("-C")} + args + QStringList{file.fileName()});
}

void TestDump::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("hexdump")).isEmpty())
        QSKIP("hexdump (Debian package bsdextrautils) is not installed: it is what --dump is checked against.");
    QVERIFY2(QFile::exists(shmscopePath), "build the shmscope target first");
    QVERIFY(createHolding(m_small, randomBytes(100, 4)));
    m_mebibyte = mixedMebibyte();
}

void TestDump::matchesHexdump_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("options");        // for shmscope, after --dump ID
    QTest::addColumn<QStringList>("hexdumpOptions"); // the same range for hexdump, after -C

    const auto none = QStringList();
    const QByteArray zeros = zeroRuns();
    const QByteArray record = studentRecord();

    QTest::newRow("one byte") << QByteArray("A") << none << none;
    QTest::newRow("every byte value") << everyByteValue() << none << none;
    QTest::newRow("random 4 KiB") << randomBytes(4096, 5) << none << none;
    QTest::newRow("text, 299 bytes")
        << QByteArray("Shared memory is the fastest IPC there is: two processes map the same pages, and a store by "
                      "one is a load away for the other.\nNo copy, no system call per message; but no order either, "
                      "so the lesson adds a semaphore.\t~ DEL follows:\x7f and then a last line that is short.")
        << none << none;
    QTest::newRow("zeros, 4 KiB") << QByteArray(4096, '\0') << none << none;
    QTest::newRow("zeros, 100 bytes") << QByteArray(100, '\0') << none << none;
    QTest::newRow("runs between data") << zeros << none << none;
    QTest::newRow("56-byte record") << record << none << none;
    QTest::newRow("1 MiB") << m_mebibyte << none << none;

    // Ranges: shmscope's spellings on the left, the same numbers for hexdump on the right.
    auto range = [](const char *offset, const char *length) {
        QStringList args;
        if (offset)
            args << QStringLiteral("--offset") << QLatin1String(offset);
        if (length)
            args << QStringLiteral("--length") << QLatin1String(length);
        return args;
    };
    auto hexRange = [](qint64 skip, qint64 count) {
        QStringList args;
        if (skip >= 0)
            args << QStringLiteral("-s") << QString::number(skip);
        if (count >= 0)
            args << QStringLiteral("-n") << QString::number(count);
        return args;
    };
    QTest::newRow("offset 5, off the grid") << QByteArray(100, '\0') << range("5", nullptr) << hexRange(5, -1);
    QTest::newRow("offset inside a run") << zeros << range("48", nullptr) << hexRange(48, -1);
    QTest::newRow("offset 0x10, length 0x20") << zeros << range("0x10", "0x20") << hexRange(16, 32);
    QTest::newRow("offset 4k") << randomBytes(16384, 6) << range("4k", nullptr) << hexRange(4096, -1);
    QTest::newRow("length 1") << record << range(nullptr, "1") << hexRange(-1, 1);
    QTest::newRow("length 17") << record << range(nullptr, "17") << hexRange(-1, 17);
    QTest::newRow("offset 8, length 40") << record << range("8", "40") << hexRange(8, 40);
    QTest::newRow("last byte") << record << range("55", nullptr) << hexRange(55, -1);
    QTest::newRow("offset at the end") << record << range("56", nullptr) << hexRange(56, -1);
    QTest::newRow("length 0") << record << range(nullptr, "0") << hexRange(-1, 0);
    QTest::newRow("offset 20, length 0") << record << range("20", "0") << hexRange(20, 0);
    QTest::newRow("offset at the end, length 0") << record << range("56", "0") << hexRange(56, 0);
    QTest::newRow("1 MiB, across a chunk boundary")
        << m_mebibyte << range("65530", "20") << hexRange(65530, 20);
    QTest::newRow("1 MiB, from 1000 to the end") << m_mebibyte << range("1000", nullptr) << hexRange(1000, -1);
    QTest::newRow("1 MiB, the runs off the grid")
        << m_mebibyte << range("9999", "600000") << hexRange(9999, 600000);
}

void TestDump::matchesHexdump()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, options);
    QFETCH(QStringList, hexdumpOptions);

    SegmentGuard segment;
    QVERIFY(createHolding(segment, bytes));
    const Run theirs = hexdump(bytes, hexdumpOptions);
    QVERIFY2(theirs.exitCode == 0 && theirs.err.isEmpty(), theirs.err.constData());

    const Run ours =
        run(shmscopePath, QStringList{QStringLiteral("--dump"), QString::number(segment.id())} + options);
    QCOMPARE(ours.exitStatus, QProcess::NormalExit);
    QVERIFY2(ours.err.isEmpty(), ours.err.constData());
    QCOMPARE(ours.exitCode, 0);
    QVERIFY2(ours.out == theirs.out, firstDifference(ours.out, theirs.out).constData());

    // The same bytes in a POSIX object: --dump /dev/shm/NAME is what hexdump prints of that very file.
    const PosixNameGuard object("dump");
    QVERIFY(object.create(bytes));
    const Run theirsOfObject =
        run(QStringLiteral("hexdump"),
            QStringList{QStringLiteral("-C")} + hexdumpOptions + QStringList{object.path()});
    QVERIFY2(theirsOfObject.exitCode == 0 && theirsOfObject.err.isEmpty(), theirsOfObject.err.constData());
    const Run oursOfObject =
        run(shmscopePath, QStringList{QStringLiteral("--dump"), object.path()} + options);
    QVERIFY2(oursOfObject.exitCode == 0 && oursOfObject.err.isEmpty(), oursOfObject.err.constData());
    QVERIFY2(oursOfObject.out == theirsOfObject.out,
             firstDifference(oursOfObject.out, theirsOfObject.out).constData());
}

// A memfd that only a helper holds, by its /proc/PID/fd/N: hexdump's output of the same path.
void TestDump::memfdByProcFdMatchesHexdump()
{
    PosixPeer holder({QStringLiteral("memfd"), QStringLiteral("shmscope_test"), QStringLiteral("5000"),
                        QStringLiteral("5a")});
    const QStringList ready = holder.ready();
    QVERIFY2(ready.size() == 3, holder.errors().constData());
    const QString path = QStringLiteral("/proc/%1/fd/%2").arg(ready.at(1), ready.at(2));
    const Run theirs = run(QStringLiteral("hexdump"), {QStringLiteral("-C"), path});
    QVERIFY2(theirs.exitCode == 0 && theirs.out.contains("5a 5a 5a"), theirs.err.constData());
    const Run ours = run(shmscopePath, {QStringLiteral("--dump"), path});
    QVERIFY2(ours.exitCode == 0 && ours.err.isEmpty(), ours.err.constData());
    QVERIFY2(ours.out == theirs.out, firstDifference(ours.out, theirs.out).constData());
}

// A helper shrinks the object and grows it back as fast as it can while shmscope dumps it: never a crash
// (SIGBUS); a dump that met the shrink prints the lines up to the new end, closes with the offset after its
// last byte, and says so in one line with exit code 1.
void TestDump::shrinkDuringADumpIsTold()
{
    constexpr qint64 Big = 16 * MiB;
    constexpr qint64 Small = 4096 + 100;
    const PosixNameGuard object("shrinking");
    QVERIFY(object.create(QByteArray(Big, char(0xab))));
    PosixPeer holder(
        {QStringLiteral("shrink"), object.path(), QString::number(Big), QString::number(Small)});
    QVERIFY2(!holder.ready().isEmpty(), holder.errors().constData());
    bool sawShrink = false;
    for (int i = 0; i < 200 && !sawShrink; ++i) {
        const Run result = run(shmscopePath, {QStringLiteral("--dump"), object.path()});
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        if (result.exitCode == 0)
            continue; // it met the object whole, or opened it small
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(
            result.err.startsWith(QByteArray("shmscope: " + object.path().toUtf8() + " shrank while it was")),
            result.err.constData());
        QVERIFY2(result.err.count('\n') == 1, result.err.constData());
        // The first line is the object's first bytes, the last the offset after the last byte printed.
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QVERIFY2(lines.first().startsWith("00000000  ab ab ab ab"), result.out.constData());
        bool isNumber = false;
        const qint64 end = lines.last().toLongLong(&isNumber, 16);
        QVERIFY2(isNumber && end >= Small && end < Big, result.out.constData());
        sawShrink = true;
    }
    QVERIFY(sawShrink);
}

// Paths that name no shared memory object: one line on stderr, exit 1, nothing on stdout.
void TestDump::badPathsFail_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QByteArray>("mention");
    QTest::newRow("missing") << QStringLiteral("missing") << QByteArray("does not exist");
    QTest::newRow("directory") << QStringLiteral("directory")
                               << QByteArray("is a directory, not a shared memory object");
    QTest::newRow("FIFO") << QStringLiteral("fifo")
                          << QByteArray("is a FIFO (named pipe), not a shared memory object");
    QTest::newRow("not under /dev/shm")
        << QStringLiteral("/etc/hostname")
        << QByteArray("/etc/hostname is not a path of a shared memory object");
    QTest::newRow("a subdirectory's") << QStringLiteral("/dev/shm/a/b") << QByteArray("has no other /");
    QTest::newRow("with --even-if-destroyed")
        << QStringLiteral("even") << QByteArray("--even-if-destroyed is for System V");
}

void TestDump::badPathsFail()
{
    QFETCH(QString, what);
    QFETCH(QByteArray, mention);
    const PosixNameGuard guard("badpath");
    const QByteArray made = guard.path().toUtf8();
    const auto removeMade = qScopeGuard([&] { ::remove(made.constData()); });
    QStringList args{QStringLiteral("--dump"), what.startsWith(QLatin1Char('/')) ? what : guard.path()};
    if (what == QLatin1String("directory"))
        QVERIFY(mkdir(made.constData(), 0700) == 0);
    else if (what == QLatin1String("fifo"))
        QVERIFY(mkfifo(made.constData(), 0600) == 0);
    else if (what == QLatin1String("even")) {
        QVERIFY(guard.create("abc"));
        args << QStringLiteral("--even-if-destroyed");
    }
    SHM_VERIFY_REFUSED_IN_ONE_LINE(run(shmscopePath, args), mention);
}

// The squeeze state and the line being filled cross write() calls: chunks of any size, on and off the
// 16-byte grid, give the output of one whole read. In process, so that the small sizes cost nothing.
void TestDump::chunkSizeDoesNotShow_data()
{
    QTest::addColumn<quint64>("chunkSize");
    QTest::addColumn<quint64>("offset");
    for (const quint64 chunkSize : std::initializer_list<quint64>{1, 7, 15, 16, 17, 4096, 65536, 2 * MiB}) {
        for (const quint64 offset : std::initializer_list<quint64>{0, 3}) {
            QTest::addRow("chunk %llu, offset %llu", chunkSize, offset) << chunkSize << offset;
        }
    }
}

void TestDump::chunkSizeDoesNotShow()
{
    QFETCH(quint64, chunkSize);
    QFETCH(quint64, offset);

    SegmentGuard segment;
    QVERIFY(createHolding(segment, m_mebibyte));
    const Run theirs = hexdump(m_mebibyte, {QStringLiteral("-s"), QString::number(offset)});
    QCOMPARE(theirs.exitCode, 0);

    auto attached = core::Attachment::attach(segment.id(), core::Attachment::Mode::ReadOnly);
    QVERIFY2(attached.ok(), errorOf(attached).constData());
    QBuffer ours;
    QVERIFY(ours.open(QIODevice::WriteOnly));
    const auto dumped = core::HexDumpWriter::dump(core::SparseReader(*attached.value()), offset, std::nullopt,
                                                  &ours, chunkSize);
    QVERIFY2(dumped.ok(), errorOf(dumped).constData());
    QVERIFY2(ours.data() == theirs.out, firstDifference(ours.data(), theirs.out).constData());
}

// A 16 MiB segment of which another process wrote three places: the dump is hexdump's of the same bytes (the
// holes as the zeros they read as, folded into "*" lines), and the holes stay holes: the segment's rss in
// /proc/sysvipc/shm is what it was.
void TestDump::sparseSegmentStaysSparse()
{
    const qsizetype size = 16 * MiB;
    const qsizetype page = qsizetype(pageSize());
    SegmentGuard segment;
    QVERIFY(segment.create(IPC_PRIVATE, size_t(size)));
    QByteArray bytes(size, '\0');
    const QList<std::pair<qsizetype, QByteArray>> writes{
        {5, "at the start"}, {3 * MiB - 4, "across a page"}, {size - 7, "the end"}};
    for (const auto &[at, text] : writes) {
        QVERIFY(poke(segment.id(), quint64(at), text));
        bytes.replace(at, text.size(), text);
    }
    const std::optional<quint64> before = sysvipcRss(segment.id());
    QCOMPARE(before, std::optional<quint64>(4 * page));

    const Run theirs = hexdump(bytes, {});
    QCOMPARE(theirs.exitCode, 0);
    const Run ours = run(shmscopePath, {QStringLiteral("--dump"), QString::number(segment.id())});
    QCOMPARE(ours.exitCode, 0);
    QVERIFY2(ours.err.isEmpty(), ours.err.constData());
    QVERIFY2(ours.out == theirs.out, firstDifference(ours.out, theirs.out).constData());
    QCOMPARE(sysvipcRss(segment.id()), before);
}

// QCommandLineParser also takes "--dump=ID"; the display check before it must see that form too, or the
// run would stop at "no display".
void TestDump::equalsSignFormWorks()
{
    const QString id = QString::number(m_small.id());
    const Run spaced = run(shmscopePath, {QStringLiteral("--dump"), id, QStringLiteral("--offset"),
                                          QStringLiteral("16"), QStringLiteral("--length"), QStringLiteral("32")});
    const Run joined = run(shmscopePath, {QStringLiteral("--dump=") + id, QStringLiteral("--offset=16"),
                                          QStringLiteral("--length=32")});
    QCOMPARE(spaced.exitCode, 0);
    QVERIFY2(joined.err.isEmpty(), joined.err.constData());
    QCOMPARE(joined.exitCode, 0);
    QCOMPARE(joined.out, spaced.out);
    QVERIFY(joined.out.startsWith("00000010  "));
}

void TestDump::badInputFails_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mention"); // a piece of the one stderr line that says what is wrong

    // An id no segment has now: one we made and removed again. The kernel adds a sequence number to each new
    // id, so it is not handed out again straight away.
    SegmentGuard removed;
    QVERIFY(removed.create(IPC_PRIVATE, 16));
    const QString removedId = QString::number(removed.id());
    removed.reset();
    QVERIFY(!shmStat(removedId.toInt()));
    QVERIFY2(!shmStat(INT_MAX), "a segment with id INT_MAX exists; the row below needs one that does not");

    const QString dump = QStringLiteral("--dump");
    const QString id = QString::number(m_small.id()); // 100 bytes
    auto args = [&](std::initializer_list<const char *> more) {
        QStringList list{dump, id};
        for (const char *arg : more)
            list << QLatin1String(arg);
        return list;
    };
    QTest::newRow("nonexistent id") << QStringList{dump, QString::number(INT_MAX)} << QByteArray("no segment");
    QTest::newRow("removed segment") << QStringList{dump, removedId} << QByteArray("no segment");
    QTest::newRow("negative id") << QStringList{dump, QStringLiteral("-1")} << QByteArray("\"-1\"");
    QTest::newRow("id not a number") << QStringList{dump, QStringLiteral("abc")} << QByteArray("\"abc\"");
    QTest::newRow("id with junk") << QStringList{dump, id + QLatin1Char('x')} << QByteArray("--dump");
    QTest::newRow("offset past the end") << args({"--offset", "101"}) << QByteArray("past the end");
    QTest::newRow("offset far past the end") << args({"--offset", "1G"}) << QByteArray("past the end");
    QTest::newRow("length past the end") << args({"--length", "101"}) << QByteArray("past the end");
    QTest::newRow("offset + length past the end") << args({"--offset", "10", "--length", "91"})
                                                   << QByteArray("at most 90");
    QTest::newRow("offset + length past 2^64")
        << args({"--offset", "8", "--length", "18446744073709551615"}) << QByteArray("past the end");
    QTest::newRow("offset past 2^64") << args({"--offset", "18446744073709551616"}) << QByteArray("--offset");
    QTest::newRow("offset abc") << args({"--offset", "abc"}) << QByteArray("\"abc\"");
    QTest::newRow("length abc") << args({"--length", "abc"}) << QByteArray("--length");
    QTest::newRow("negative offset") << args({"--offset", "-5"}) << QByteArray("\"-5\"");
    QTest::newRow("negative length") << args({"--length", "-1"}) << QByteArray("\"-1\"");
    QTest::newRow("negative hex offset") << args({"--offset", "0x-5"}) << QByteArray("\"0x-5\"");
    QTest::newRow("unknown unit") << args({"--offset", "4q"}) << QByteArray("\"4q\"");
    QTest::newRow("no id") << QStringList{dump} << QByteArray("--dump");
    QTest::newRow("offset without --dump") << QStringList{QStringLiteral("--offset"), QStringLiteral("5")}
                                           << QByteArray("--dump");
    QTest::newRow("--dump with --list") << args({"--list"}) << QByteArray("not both");
    // A size that is not whole bytes is refused, however close to whole: no rounding to 2048.
    QTest::newRow("offset a hair under 2k") << args({"--offset", "1.999999999999999999999k"})
                                            << QByteArray("--offset: 1.999999999999999999999k is not a whole "
                                                          "number of bytes.");
    QTest::newRow("length half a byte") << args({"--length", "0.5"})
                                        << QByteArray("--length: 0.5 is not a whole number of bytes.");
    // Options that --dump does not take, and one given twice, are refused rather than ignored.
    QTest::newRow("--format json") << args({"--format", "json"})
                                   << QByteArray("unknown --format \"json\" for --dump; use hex or raw.");
    QTest::newRow("-o with hex") << args({"-o", "/nonexistent/x"})
                                 << QByteArray("--output goes with --dump SHMID --format raw; the hex dump goes to "
                                               "standard output.");
    QTest::newRow("--dump twice") << args({"--dump", "1"})
                                  << QByteArray("--dump is given more than once; give it once.");
    QTest::newRow("--offset twice") << args({"--offset", "1", "--offset=2"})
                                    << QByteArray("--offset is given more than once; give it once.");
    QTest::newRow("--layout") << args({"--layout", "st_pid"}) << QByteArray("--layout goes with --read");
    QTest::newRow("--key") << args({"--key", "0x1234"})
                           << QByteArray("--key is for the window; it does not go with --dump.");
    QTest::newRow("an argument") << args({"more"}) << QByteArray("unexpected argument \"more\".");
}

void TestDump::badInputFails()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mention);

    SHM_VERIFY_REFUSED_IN_ONE_LINE(run(shmscopePath, args), mention);
}

// A segment its mode hides from us: the kernel's EACCES, told as one line, and not a byte on stdout. Root
// reads everything, so the dump runs as user nobody (Unprivileged).
void TestDump::unreadableSegmentFails()
{
    if (const QString reason = Unprivileged::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    Unprivileged nobody;
    QVERIFY(nobody.prepare(shmscopePath));

    SegmentGuard segment;
    QVERIFY(createHolding(segment, QByteArray("secret")));
    const Run result = nobody.run({QStringLiteral("--dump"), QString::number(segment.id())});
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QByteArray());
    QVERIFY2(result.err.startsWith("shmscope: "), result.err.constData());
    QVERIFY2(result.err.count('\n') == 1, result.err.constData());
    QVERIFY2(result.err.contains("EACCES"), result.err.constData());
}

// A dump that cannot be written is a failure told in one line, not exit code 0 or a silent SIGPIPE.
void TestDump::writeFailureIsTold_data()
{
    QTest::addColumn<BrokenOutput>("output");
    QTest::addColumn<QString>("format");
    QTest::newRow("into /dev/full") << BrokenOutput::FullDevice << QStringLiteral("hex");
    QTest::newRow("into a closed pipe") << BrokenOutput::ClosedPipe << QStringLiteral("hex");
    QTest::newRow("raw into /dev/full") << BrokenOutput::FullDevice << QStringLiteral("raw");
    QTest::newRow("raw into a closed pipe") << BrokenOutput::ClosedPipe << QStringLiteral("raw");
}

void TestDump::writeFailureIsTold()
{
    QFETCH(BrokenOutput, output);
    QFETCH(QString, format);
    const Run result = runIntoBrokenOutput(
        shmscopePath, {QStringLiteral("--dump"), QString::number(m_small.id()), QStringLiteral("--format"), format},
        output);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, brokenOutputMessage(output));
}

// `shmscope --dump ID | head -c1`: head goes after one byte, long before the dump's 1.5 MB of lines are written.
void TestDump::readerGoneEarlyIsTold()
{
    SegmentGuard large;
    QVERIFY(createHolding(large, m_mebibyte));
    QProcess dump;
    QProcess head;
    dump.setProcessEnvironment(headlessEnvironment());
    dump.setStandardOutputProcess(&head);
    head.start(QStringLiteral("head"), {QStringLiteral("-c1")});
    dump.start(shmscopePath, {QStringLiteral("--dump"), QString::number(large.id())});
    const Run dumped = finish(dump, shmscopePath);
    const Run headed = finish(head, QStringLiteral("head"));
    QCOMPARE(headed.exitCode, 0);
    QCOMPARE(headed.out, QByteArray("0"));
    QCOMPARE(dumped.exitStatus, QProcess::NormalExit);
    QCOMPARE(dumped.exitCode, 1);
    QCOMPARE(dumped.err, brokenOutputMessage(BrokenOutput::ClosedPipe));
}

// kernel.shm_rmid_forced is 1 only in the private IPC namespace of the tst_dump_rmid_forced entry: there the
// detach after a dump destroys a segment nobody else has attached, so --dump refuses before attaching.
void TestDump::rmidForcedRefusesUnlessAccepted()
{
    if (!rmidForced())
        QSKIP("kernel.shm_rmid_forced is 0 here; ctest runs this again as tst_dump_rmid_forced, where it is 1");
    const QByteArray bytes("written, then left");
    SegmentGuard segment;
    QVERIFY(createUnattached(segment, uniqueKey(41), bytes));
    const QString id = QString::number(segment.id());
    const pid_t writer = shmStat(segment.id())->shm_lpid;

    SHM_COMPARE_REFUSED(testutils::run(shmscopePath, {QStringLiteral("--dump"), id}),
                        testutils::rmidForcedRefusal(id).toUtf8());
    QVERIFY(ipcsLists(segment.id()));
    QCOMPARE(shmStat(segment.id())->shm_lpid, writer); // nobody attached since the writer

    const Run theirs = hexdump(bytes, {});
    const Run accepted = run(shmscopePath, {QStringLiteral("--dump"), id, QStringLiteral("--even-if-destroyed")});
    QVERIFY2(accepted.exitCode == 0 && accepted.err.isEmpty(), accepted.err.constData());
    QCOMPARE(accepted.out, theirs.out);
    QVERIFY(!ipcsLists(segment.id())); // as the refusal said: gone with the dump's detach
}

// A segment of another IPC namespace, written by a peer inside, dumped with --namespace PID: what hexdump
// prints of the same bytes. Where the kernel lets us choose ids, ours has the same shmid and other bytes.
void TestDump::anotherNamespaceMatchesHexdump()
{
    if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    ForeignNamespace container;
    QVERIFY2(container.start(), qPrintable(container.errorText()));
    const QByteArray theirBytes = randomBytes(3000, 8);
    SegmentGuard ours;
    QVERIFY(createHolding(ours, QByteArray(3000, 'o')));
    ForeignSegment theirs(container);
    const bool sameId = idReuseUnavailableReason().isEmpty();
    QVERIFY(theirs.create(size_t(theirBytes.size()), sameId ? ours.id() : -1));
    QVERIFY(theirs.poke(0, theirBytes));

    const Run expected = hexdump(theirBytes, {QStringLiteral("-s"), QStringLiteral("100"),
                                              QStringLiteral("-n"), QStringLiteral("2000")});
    const Run dumped = run(shmscopePath, {QStringLiteral("--dump"), QString::number(theirs.id()),
                                          QStringLiteral("--namespace"), QString::number(container.pid()),
                                          QStringLiteral("--offset"), QStringLiteral("100"),
                                          QStringLiteral("--length"), QStringLiteral("2000")});
    QVERIFY2(dumped.exitCode == 0 && dumped.err.isEmpty(), dumped.err.constData());
    QVERIFY2(dumped.out == expected.out, firstDifference(dumped.out, expected.out).constData());
    // Our own namespace, named by our pid, is ours.
    const Run ownDumped = run(shmscopePath, {QStringLiteral("--dump"), QString::number(ours.id()),
                                             QStringLiteral("--namespace"), QString::number(getpid())});
    QVERIFY2(ownDumped.exitCode == 0, ownDumped.err.constData());
    QVERIFY2(ownDumped.out == hexdump(QByteArray(3000, 'o'), {}).out, ownDumped.out.constData());
    // Our attach left nothing behind inside.
    QCOMPARE(theirs.stat()->shm_nattch, shmatt_t(0));
}

void TestDump::namespaceRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mention");
    const QString id = QString::number(m_small.id());
    const auto dump = [&](const QStringList &more) {
        return QStringList{QStringLiteral("--dump"), id} + more;
    };
    // pid_max is at most 4194304 (PID_MAX_LIMIT): this id is never a process.
    QTest::newRow("no such process") << dump({QStringLiteral("--namespace"), QStringLiteral("4194305")})
                                     << QByteArray("No process has this id");
    QTest::newRow("not a number") << dump({QStringLiteral("--namespace"), QStringLiteral("docker")})
                                  << QByteArray("--namespace wants a process id");
    QTest::newRow("zero") << dump({QStringLiteral("--namespace=0")})
                          << QByteArray("--namespace wants a process id");
    QTest::newRow("all") << dump({QStringLiteral("--namespace"), QStringLiteral("all")})
                         << QByteArray("lives in one IPC namespace");
    QTest::newRow("a path") << QStringList{QStringLiteral("--dump"), QStringLiteral("/dev/shm/x"),
                                           QStringLiteral("--namespace"), QStringLiteral("1")}
                            << QByteArray("--namespace is for System V segments");
    QTest::newRow("without an action") << QStringList{QStringLiteral("--namespace"), QStringLiteral("1")}
                                       << QByteArray("--namespace goes with");
}

void TestDump::namespaceRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mention);
    SHM_VERIFY_REFUSED_IN_ONE_LINE(run(shmscopePath, args), mention);
}

// As nobody, the namespace of root's process is not ours to enter: one line, nothing printed.
void TestDump::namespaceNotOursIsRefused()
{
    if (const QString reason = Unprivileged::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    ForeignNamespace container;
    QVERIFY2(container.start(), qPrintable(container.errorText()));
    ForeignSegment theirs(container);
    QVERIFY(theirs.create(100, -1, 0666));
    Unprivileged nobody;
    QVERIFY(nobody.prepare(shmscopePath));
    const Run refused = nobody.run({QStringLiteral("--dump"), QString::number(theirs.id()),
                                    QStringLiteral("--namespace"), QString::number(container.pid())});
    SHM_VERIFY_REFUSED_IN_ONE_LINE(refused, "not ours to open");
    QCOMPARE(theirs.stat()->shm_nattch, shmatt_t(0));
}

QTEST_GUILESS_MAIN(TestDump)
#include "tst_dump.moc"
