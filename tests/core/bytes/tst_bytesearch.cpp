// Bytes as people paste them (hex, text, a C array) or see them in a name (escaped), and finding bytes in a
// real segment a chunk at a time.

#include "core/bytes/byteformat.h"
#include "core/bytes/bytesearch.h"
#include "core/bytes/sparsereader.h"
#include "core/kernel/attachment.h"
#include "core/segments/segmentinfo.h"
#include "testutils.h"

#include <QTest>

#include <atomic>

using core::ByteFormat;
using core::ByteSearch;

class TestByteSearch : public QObject
{
    Q_OBJECT

private slots:
    void formats();
    void escapesNames_data();
    void escapesNames();
    void find_data();
    void find();
    void sparseSegmentStaysSparse();
    void zerosAreFoundInHoles_data();
    void zerosAreFoundInHoles();
    void progressGoesToTheWhole();
    void cancelStopsAtTheNextChunk();
    void holesAreKnownOnlyWhenTheKernelAgrees_data();
    void holesAreKnownOnlyWhenTheKernelAgrees();
};

void TestByteSearch::formats()
{
    const QByteArray bytes("Bob\0\xff", 5);
    QCOMPARE(ByteFormat::hex(bytes), QStringLiteral("42 6f 62 00 ff"));
    QCOMPARE(ByteFormat::text(bytes), QStringLiteral("Bob.."));
    QCOMPARE(ByteFormat::cArray(bytes, QStringLiteral("name")),
             QStringLiteral("unsigned char name[5] = {\n    0x42, 0x6f, 0x62, 0x00, 0xff\n};\n"));
    QCOMPARE(ByteFormat::cArray(QByteArray(13, 'A')).count(QLatin1Char('\n')), 4); // 12 a line
    QCOMPARE(ByteFormat::hex({}), QString());
}

// A name from outside shown as text: nothing in it can move the cursor, colour a terminal or hide a byte,
// and every byte can be read back from what is shown.
void TestByteSearch::escapesNames_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("alsoEscaped");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QByteArray("shmdemo") << QByteArray() << QStringLiteral("shmdemo");
    QTest::newRow("spaces kept") << QByteArray("  a b  ") << QByteArray() << QStringLiteral("  a b  ");
    QTest::newRow("newline, tab") << QByteArray("a\nb\tc") << QByteArray() << QStringLiteral("a\\nb\\tc");
    QTest::newRow("ESC") << QByteArray("\x1b[31mred") << QByteArray() << QStringLiteral("\\e[31mred");
    QTest::newRow("backslash") << QByteArray("a\\nb") << QByteArray() << QStringLiteral("a\\\\nb");
    QTest::newRow("NUL, CR, DEL") << QByteArray("\0\r\x7f", 3) << QByteArray()
                                  << QStringLiteral("\\x00\\x0d\\x7f");
    QTest::newRow("UTF-8 kept") << QByteArray("caf\xc3\xa9 \xe4\xb8\xad") << QByteArray()
                                << QStringLiteral("caf\u00e9 \u4e2d");
    QTest::newRow("C1 control") << QByteArray("a\xc2\x9b"
                                              "b")
                                << QByteArray() << QStringLiteral("a\\xc2\\x9bb");
    QTest::newRow("invalid UTF-8") << QByteArray("\xff\xc3(\xe4\xb8") << QByteArray()
                                   << QStringLiteral("\\xff\\xc3(\\xe4\\xb8");
    QTest::newRow("also escaped") << QByteArray("a;b,c") << QByteArray(";") << QStringLiteral("a\\x3bb,c");
}

void TestByteSearch::escapesNames()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, alsoEscaped);
    QFETCH(QString, expected);
    QCOMPARE(ByteFormat::escaped(bytes, alsoEscaped), expected);
}

void TestByteSearch::find_data()
{
    QTest::addColumn<quint64>("at");   // where the needle is written
    QTest::addColumn<quint64>("from"); // where the search starts
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<bool>("found");
    const QByteArray needle("needle!", 7);
    const quint64 chunk = 1024 * 1024; // ByteSearch reads this much at a time
    QTest::newRow("at the start") << quint64(0) << quint64(0) << needle << true;
    QTest::newRow("after the start") << quint64(100) << quint64(0) << needle << true;
    QTest::newRow("across the chunk boundary") << chunk - 3 << quint64(0) << needle << true;
    QTest::newRow("at the very end") << 3 * chunk - 7 << quint64(5) << needle << true;
    QTest::newRow("before from: wraps round") << quint64(10) << quint64(2 * chunk) << needle << true;
    QTest::newRow("from past the end") << quint64(10) << quint64(~0ULL) << needle << true;
    QTest::newRow("absent") << quint64(~0ULL) << quint64(0) << needle << false;
    QTest::newRow("empty needle") << quint64(~0ULL) << quint64(0) << QByteArray() << false;
    QTest::newRow("longer than the segment") << quint64(~0ULL) << quint64(0) << QByteArray(3 * chunk + 1, 'x') << false;
}

void TestByteSearch::find()
{
    QFETCH(quint64, at);
    QFETCH(quint64, from);
    QFETCH(QByteArray, needle);
    QFETCH(bool, found);
    const size_t size = 3 * 1024 * 1024;
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(IPC_PRIVATE, size));
    if (at != ~0ULL)
        testutils::Mapping(segment.id()).fill(at, needle);
    auto attached = core::Attachment::attach(segment.id());
    QVERIFY(attached.ok());
    const auto result = ByteSearch::find(*attached.value(), needle, from);
    QCOMPARE(result.has_value(), found);
    if (found)
        QCOMPARE(*result, at);
}

// A 64 MiB segment of which another process wrote two pages: a search for what it does not hold, and for
// what it holds past the first hole, leaves its rss (the kernel's word, /proc/sysvipc/shm) as it was.
void TestByteSearch::sparseSegmentStaysSparse()
{
    const quint64 size = 64 * 1024 * 1024;
    const quint64 at = 40 * 1024 * 1024 + 5;
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(IPC_PRIVATE, size));
    QVERIFY(testutils::poke(segment.id(), 4096 * 3, "something else"));
    QVERIFY(testutils::poke(segment.id(), at, "needle!"));
    const auto before = testutils::sysvipcRss(segment.id());
    QCOMPARE(before, std::optional<quint64>(2 * testutils::pageSize()));
    auto attached = core::Attachment::attach(segment.id());
    QVERIFY(attached.ok());

    QCOMPARE(ByteSearch::find(*attached.value(), "absent!", 0), std::nullopt);
    QCOMPARE(testutils::sysvipcRss(segment.id()), before);
    QCOMPARE(ByteSearch::find(*attached.value(), "needle!", 100), std::optional<quint64>(at));
    QCOMPARE(testutils::sysvipcRss(segment.id()), before);
}

// Pages 0 and 2 written (all 0xff) by another process, page 1 and 3 holes: zeros are found in a hole, also
// across the edge of a page that was written and a hole, and the holes stay holes.
void TestByteSearch::zerosAreFoundInHoles_data()
{
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<quint64>("from");
    QTest::addColumn<quint64>("expected");
    const quint64 page = testutils::pageSize();
    QTest::newRow("zeros, in the first hole") << QByteArray(8, '\0') << quint64(0) << page;
    QTest::newRow("zeros, in the last hole") << QByteArray(8, '\0') << 2 * page << 3 * page;
    QTest::newRow("ff 00, written then hole") << QByteArray("\xff\x00", 2) << quint64(0) << page - 1;
    QTest::newRow("00 ff, hole then written") << QByteArray("\x00\xff", 2) << quint64(0) << 2 * page - 1;
    QTest::newRow("a whole hole and its edges")
        << QByteArray(1, '\xff') + QByteArray(qsizetype(page), '\0') + QByteArray(1, '\xff') << quint64(0) << page - 1;
}

void TestByteSearch::zerosAreFoundInHoles()
{
    QFETCH(QByteArray, needle);
    QFETCH(quint64, from);
    QFETCH(quint64, expected);
    const quint64 page = testutils::pageSize();
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(IPC_PRIVATE, 4 * page));
    const QByteArray full(qsizetype(page), '\xff');
    QVERIFY(testutils::poke(segment.id(), 0, full));
    QVERIFY(testutils::poke(segment.id(), 2 * page, full));
    QCOMPARE(testutils::sysvipcRss(segment.id()), std::optional<quint64>(2 * page));
    auto attached = core::Attachment::attach(segment.id());
    QVERIFY(attached.ok());
    QVERIFY(core::SparseReader(*attached.value()).skipsHoles());

    QCOMPARE(ByteSearch::find(*attached.value(), needle, from), std::optional<quint64>(expected));
    QCOMPARE(testutils::sysvipcRss(segment.id()), std::optional<quint64>(2 * page));
}

// Progress after each chunk, never going back, up to the whole for a needle that is not there.
void TestByteSearch::progressGoesToTheWhole()
{
    const quint64 size = 5 * ByteSearch::ChunkBytes + 123;
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(IPC_PRIVATE, size));
    auto attached = core::Attachment::attach(segment.id());
    QVERIFY(attached.ok());
    QList<double> seen;
    ByteSearch::Control control;
    control.progress = [&seen](double fraction) { seen.append(fraction); };
    QCOMPARE(ByteSearch::find(*attached.value(), "absent", 2 * ByteSearch::ChunkBytes + 7, control), std::nullopt);
    QCOMPARE(seen.size(), 7); // from the middle to the end in 4 chunks, then round from the start in 3
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), 1.0);
}

// A flag set during the first chunk stops the search before the second: the needle at the end, which the
// same search finds when not cancelled, is not reached.
void TestByteSearch::cancelStopsAtTheNextChunk()
{
    const quint64 size = 16 * ByteSearch::ChunkBytes;
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(IPC_PRIVATE, size));
    QVERIFY(testutils::poke(segment.id(), size - 6, "needle"));
    auto attached = core::Attachment::attach(segment.id());
    QVERIFY(attached.ok());

    std::atomic<bool> cancelled{false};
    int chunks = 0;
    ByteSearch::Control control;
    control.cancelled = &cancelled;
    control.progress = [&](double) {
        ++chunks;
        cancelled = true;
    };
    QCOMPARE(ByteSearch::find(*attached.value(), "needle", 0, control), std::nullopt);
    QCOMPARE(chunks, 1);
    QCOMPARE(ByteSearch::find(*attached.value(), "needle", 0), std::optional<quint64>(size - 6));
}

// The rule that lets a search skip the pages mincore() calls absent, on /proc/sysvipc/shm's figures.
void TestByteSearch::holesAreKnownOnlyWhenTheKernelAgrees_data()
{
    QTest::addColumn<quint64>("rss");
    QTest::addColumn<quint64>("swap");
    QTest::addColumn<quint64>("residentPages"); // what mincore() counted
    QTest::addColumn<bool>("known");
    QTest::newRow("untouched") << quint64(0) << quint64(0) << quint64(0) << true;
    QTest::newRow("two pages, both seen") << quint64(8192) << quint64(0) << quint64(2) << true;
    QTest::newRow("a page in swap") << quint64(4096) << quint64(4096) << quint64(1) << false;
    QTest::newRow("a page mincore did not see (hugetlbfs, or arrived since)")
        << quint64(8192) << quint64(0) << quint64(1) << false;
    QTest::newRow("no rss column (14 columns), pages in memory") << quint64(0) << quint64(0) << quint64(3) << false;
}

void TestByteSearch::holesAreKnownOnlyWhenTheKernelAgrees()
{
    QFETCH(quint64, rss);
    QFETCH(quint64, swap);
    QFETCH(quint64, residentPages);
    QFETCH(bool, known);
    core::SegmentInfo listed;
    listed.rss = rss;
    listed.swap = swap;
    QCOMPARE(core::SparseReader::holesAreKnown(listed, residentPages, 4096), known);
}

QTEST_GUILESS_MAIN(TestByteSearch)
#include "tst_bytesearch.moc"
