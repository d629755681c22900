// Bytes as people paste them (hex, text, a C array) or see them in a name (escaped), and finding bytes in a
// real segment a chunk at a time.

#include "core/bytes/byteformat.h"
#include "core/bytes/bytesearch.h"
#include "core/kernel/attachment.h"
#include "testutils.h"

#include <QTest>

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

QTEST_GUILESS_MAIN(TestByteSearch)
#include "tst_bytesearch.moc"
