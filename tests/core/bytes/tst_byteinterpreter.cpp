// core::ByteInterpreter, the data inspector's rows, on literal bytes: each expected text was worked out
// outside the code (python3's struct, datetime and the Unicode tables), never by running it. Both
// endiannesses, every row, the segment's end cutting the bytes short, UTF-8's edge cases, and every refusal
// of a typed value.

#include "core/bytes/byteinterpreter.h"
#include "core/coretest.h"

#include <QTest>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using core::ByteInterpreter;
using Type = ByteInterpreter::Type;
using Endian = ByteInterpreter::Endian;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

QStringList textsOf(const QByteArray &bytes, Endian endian)
{
    QStringList texts;
    for (int row = 0; row < ByteInterpreter::TypeCount; ++row)
        texts << ByteInterpreter::text(ByteInterpreter::typeAt(row), bytes, endian);
    return texts;
}

} // namespace

class TestByteInterpreter : public QObject
{
    Q_OBJECT

private slots:
    void labelsAndSizes()
    {
        QStringList labels;
        QList<qsizetype> sizes;
        for (int row = 0; row < ByteInterpreter::TypeCount; ++row) {
            labels << ByteInterpreter::label(ByteInterpreter::typeAt(row));
            sizes << ByteInterpreter::sizeOf(ByteInterpreter::typeAt(row));
        }
        QCOMPARE(labels, QStringList({u"int8"_s, u"uint8"_s, u"int16"_s, u"uint16"_s, u"int32"_s, u"uint32"_s, u"int64"_s, u"uint64"_s,
                                      u"float"_s, u"double"_s, u"binary"_s, u"char"_s, u"UTF-8"_s, u"time_t"_s, u"IPv4"_s, u"pointer"_s}));
        QCOMPARE(sizes, QList<qsizetype>({1, 1, 2, 2, 4, 4, 8, 8, 4, 8, 1, 1, 1, 8, 4, 8}));
        // x86-64 and arm64 Linux, where ShmScope runs, are little-endian.
        QCOMPARE(ByteInterpreter::nativeEndian(), Endian::Little);
        QVERIFY(ByteInterpreter::followsEndian(Type::Int16));
        QVERIFY(ByteInterpreter::followsEndian(Type::TimeT));
        QVERIFY(ByteInterpreter::followsEndian(Type::Pointer));
        QVERIFY(!ByteInterpreter::followsEndian(Type::Ipv4));
        QVERIFY(!ByteInterpreter::followsEndian(Type::UInt8));
        QVERIFY(!ByteInterpreter::followsEndian(Type::Utf8));
    }

    void everyRowInBothEndians_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("little");
        QTest::addColumn<QStringList>("big");
        // python3: struct.unpack('<h', bytes.fromhex('c3a9')) == (-22077,), '>h' (-15447,), and so on; a float or
        // double as the shortest text python3's float() reads back to it, written as std::to_chars writes it:
        // fixed or scientific, whichever is shorter, a fixed integer part in full (int() of it).
        QTest::newRow("c3 a9 ff 7f 80 00 00 00")
            << hex("c3a9ff7f80000000")
            << QStringList{u"-61"_s, u"195"_s, u"-22077"_s, u"43459"_s, u"2147461571"_s, u"2147461571"_s, u"551903275459"_s,
                           u"551903275459"_s, u"nan"_s, u"2.726764482316e-312"_s, u"11000011"_s, u"'\\xc3'"_s, u"U+00E9 é"_s,
                           u"out of range"_s, u"195.169.255.127"_s, u"0x000000807fffa9c3"_s}
            << QStringList{u"-61"_s, u"195"_s, u"-15447"_s, u"50089"_s, u"-1012269185"_s, u"3282698111"_s, u"-4347663042176090112"_s,
                           u"14099081031533461504"_s, u"-339.99606"_s, u"-936678078870978560"_s, u"11000011"_s,
                           u"'\\xc3'"_s, u"U+00E9 é"_s, u"out of range"_s, u"195.169.255.127"_s, u"0xc3a9ff7f80000000"_s};
        // 1796412263 s: 2026-12-04 19:24:23 UTC (python3 datetime.datetime.utcfromtimestamp).
        QTest::newRow("time_t little") << hex("6713136b00000000")
                                       << QStringList{u"103"_s, u"103"_s, u"4967"_s, u"4967"_s, u"1796412263"_s, u"1796412263"_s,
                                                      u"1796412263"_s, u"1796412263"_s, u"1.7780372e+26"_s, u"8.87545585e-315"_s,
                                                      u"01100111"_s, u"'g'"_s, u"U+0067 g"_s, u"2026-12-04 19:24:23 UTC"_s,
                                                      u"103.19.19.107"_s, u"0x000000006b131367"_s}
                                       << QStringList{u"103"_s, u"103"_s, u"26387"_s, u"26387"_s, u"1729303403"_s, u"1729303403"_s,
                                                      u"7427301560746508288"_s, u"7427301560746508288"_s,
                                                      u"6.945461e+23"_s, u"3.3200240870492274e+188"_s, u"01100111"_s, u"'g'"_s,
                                                      u"U+0067 g"_s, u"out of range"_s, u"103.19.19.107"_s,
                                                      u"0x6713136b00000000"_s};
        QTest::newRow("time_t big") << hex("000000006b131367")
                                    << QStringList{u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"7427301560746508288"_s,
                                                   u"7427301560746508288"_s, u"0"_s, u"3.3200240870492274e+188"_s,
                                                   u"00000000"_s, u"'\\x00'"_s, u"U+0000"_s, u"out of range"_s, u"0.0.0.0"_s,
                                                   u"0x6713136b00000000"_s}
                                    << QStringList{u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"1796412263"_s, u"1796412263"_s, u"0"_s,
                                                   u"8.87545585e-315"_s, u"00000000"_s, u"'\\x00'"_s, u"U+0000"_s,
                                                   u"2026-12-04 19:24:23 UTC"_s, u"0.0.0.0"_s, u"0x000000006b131367"_s};
    }

    void everyRowInBothEndians()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, little);
        QFETCH(QStringList, big);
        QCOMPARE(textsOf(bytes, Endian::Little), little);
        QCOMPARE(textsOf(bytes, Endian::Big), big);
    }

    void floatsAndDoubles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("endian");
        QTest::addColumn<QString>("asFloat");
        QTest::addColumn<QString>("asDouble");
        // struct.pack('<f', 1.5) == 0000c03f, struct.pack('<d', 0.1) == 9a9999999999b93f; the other texts are
        // the shortest that python3's float() reads back to the same float or double, written as
        // std::to_chars writes it (fixed or scientific, whichever is shorter).
        QTest::newRow("1.5f little") << hex("0000c03f00000000") << int(Endian::Little) << u"1.5"_s << u"5.28426686e-315"_s;
        QTest::newRow("1.5f big") << hex("3fc0000000000000") << int(Endian::Big) << u"1.5"_s << u"0.125"_s;
        QTest::newRow("0.1 little") << hex("9a9999999999b93f") << int(Endian::Little) << u"-1.5881868e-23"_s << u"0.1"_s;
        QTest::newRow("0.1 big") << hex("3fb999999999999a") << int(Endian::Big) << u"1.4499999"_s << u"0.1"_s;
        QTest::newRow("-inf little") << hex("000000000000f0ff") << int(Endian::Little) << u"0"_s << u"-inf"_s;
        QTest::newRow("1e+20 little") << hex("408cb5781daf1544") << int(Endian::Little) << u"2.9457823e+34"_s
                                      << u"1e+20"_s;
        QTest::newRow("1e+20 big") << hex("408cb5781daf1544") << int(Endian::Big) << u"4.397152"_s
                                   << u"918.6836503675809"_s;
        QTest::newRow("42 little") << hex("2a00000000000000") << int(Endian::Little) << u"5.9e-44"_s << u"2.08e-322"_s;
    }

    void floatsAndDoubles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, endian);
        QFETCH(QString, asFloat);
        QFETCH(QString, asDouble);
        QCOMPARE(ByteInterpreter::text(Type::Float, bytes, Endian(endian)), asFloat);
        QCOMPARE(ByteInterpreter::text(Type::Double, bytes, Endian(endian)), asDouble);
    }

    void theEndCutsTheBytesShort()
    {
        // Three bytes left before the segment's end: the rows of more than three say so and read nothing.
        const QByteArray bytes = hex("414243");
        const QString past = QStringLiteral("past the end");
        QCOMPARE(textsOf(bytes, Endian::Little),
                 QStringList({u"65"_s, u"65"_s, u"16961"_s, u"16961"_s, past, past, past, past, past, past, u"01000001"_s, u"'A'"_s,
                              u"U+0041 A"_s, past, past, past}));
        QCOMPARE(textsOf(bytes, Endian::Big),
                 QStringList({u"65"_s, u"65"_s, u"16706"_s, u"16706"_s, past, past, past, past, past, past, u"01000001"_s, u"'A'"_s,
                              u"U+0041 A"_s, past, past, past}));
        for (int row = 0; row < ByteInterpreter::TypeCount; ++row) {
            const auto read = ByteInterpreter::interpret(ByteInterpreter::typeAt(row), bytes, Endian::Little);
            QCOMPARE(read.pastEnd, read.size > 3);
            // Nothing at all: every row past the end.
            const auto none = ByteInterpreter::interpret(ByteInterpreter::typeAt(row), {}, Endian::Little);
            QVERIFY(none.pastEnd);
            QCOMPARE(none.text, past);
        }
        // More than 8 bytes given: only the first 8 count.
        QCOMPARE(ByteInterpreter::text(Type::UInt64, hex("0100000000000000ff"), Endian::Big), u"72057594037927936"_s);
    }

    void utf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("size");
        QTest::newRow("ASCII") << hex("41") << u"U+0041 A"_s << 1;
        QTest::newRow("newline") << hex("0a41") << u"U+000A"_s << 1;
        QTest::newRow("space") << hex("20") << u"U+0020"_s << 1;
        QTest::newRow("é") << hex("c3a9") << u"U+00E9 é"_s << 2;
        QTest::newRow("€") << hex("e282ac00") << u"U+20AC €"_s << 3;
        QTest::newRow("中") << hex("e4b8ad") << u"U+4E2D 中"_s << 3;
        QTest::newRow("😀") << hex("f09f9880") << u"U+1F600 😀"_s << 4;
        QTest::newRow("U+FFFD itself") << hex("efbfbd") << u"U+FFFD \uFFFD"_s << 3;
        QTest::newRow("U+10FFFF") << hex("f48fbfbf") << u"U+10FFFF"_s << 4;
        QTest::newRow("continuation byte") << hex("a9") << u"not UTF-8"_s << 1;
        QTest::newRow("overlong C0") << hex("c080") << u"not UTF-8"_s << 1;
        QTest::newRow("overlong E0") << hex("e08080") << u"not UTF-8"_s << 3;
        QTest::newRow("surrogate") << hex("eda080") << u"not UTF-8"_s << 3;
        QTest::newRow("past U+10FFFF") << hex("f4908080") << u"not UTF-8"_s << 4;
        QTest::newRow("F5") << hex("f5808080") << u"not UTF-8"_s << 1;
        QTest::newRow("FF") << hex("ff") << u"not UTF-8"_s << 1;
        QTest::newRow("cut by ASCII") << hex("e24141") << u"not UTF-8"_s << 3;
        QTest::newRow("cut by the end") << hex("e282") << u"past the end"_s << 3;
    }

    void utf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(int, size);
        const auto row = ByteInterpreter::interpret(Type::Utf8, bytes, Endian::Big);
        QCOMPARE(row.text, text);
        QCOMPARE(row.size, qsizetype(size));
    }

    void timeT_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("epoch") << qint64(0) << u"1970-01-01 00:00:00 UTC"_s;
        QTest::newRow("-1") << qint64(-1) << u"1969-12-31 23:59:59 UTC"_s;
        QTest::newRow("2038") << qint64(2147483648) << u"2038-01-19 03:14:08 UTC"_s;
        QTest::newRow("year 1") << qint64(-62135596800) << u"0001-01-01 00:00:00 UTC"_s;
        QTest::newRow("before year 1") << qint64(-62135596801) << u"out of range"_s;
        QTest::newRow("year 9999") << qint64(253402300799) << u"9999-12-31 23:59:59 UTC"_s;
        QTest::newRow("year 10000") << qint64(253402300800) << u"out of range"_s;
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << u"out of range"_s;
    }

    void timeT()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QByteArray little(8, '\0');
        for (int i = 0; i < 8; ++i)
            little[i] = char(quint64(seconds) >> (8 * i));
        QByteArray big = little;
        std::reverse(big.begin(), big.end());
        QCOMPARE(ByteInterpreter::text(Type::TimeT, little, Endian::Little), text);
        QCOMPARE(ByteInterpreter::text(Type::TimeT, big, Endian::Big), text);
    }

    void encodes_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("little");
        QTest::addColumn<QByteArray>("big");
        QTest::newRow("int32 42") << int(Type::Int32) << u"42"_s << hex("2a000000") << hex("0000002a");
        QTest::newRow("int32 -1") << int(Type::Int32) << u"-1"_s << hex("ffffffff") << hex("ffffffff");
        QTest::newRow("int8 -128") << int(Type::Int8) << u"-128"_s << hex("80") << hex("80");
        QTest::newRow("uint8 255") << int(Type::UInt8) << u"255"_s << hex("ff") << hex("ff");
        QTest::newRow("uint16 0x1234") << int(Type::UInt16) << u"0x1234"_s << hex("3412") << hex("1234");
        QTest::newRow("int16 -0x2a") << int(Type::Int16) << u"-0x2a"_s << hex("d6ff") << hex("ffd6");
        QTest::newRow("uint64 max") << int(Type::UInt64) << u"18446744073709551615"_s << hex("ffffffffffffffff")
                                    << hex("ffffffffffffffff");
        QTest::newRow("int64 704643072") << int(Type::Int64) << u"704643072"_s << hex("0000002a00000000")
                                         << hex("000000002a000000");
        QTest::newRow("float 1.5") << int(Type::Float) << u"1.5"_s << hex("0000c03f") << hex("3fc00000");
        QTest::newRow("double 0.1") << int(Type::Double) << u" 0.1 "_s << hex("9a9999999999b93f")
                                    << hex("3fb999999999999a");
        QTest::newRow("double -inf") << int(Type::Double) << u"-inf"_s << hex("000000000000f0ff") << hex("fff0000000000000");
        QTest::newRow("char 'A'") << int(Type::Char) << u"'A'"_s << hex("41") << hex("41");
        QTest::newRow("char '\\n'") << int(Type::Char) << u"'\\n'"_s << hex("0a") << hex("0a");
        QTest::newRow("char '\\x90'") << int(Type::Char) << u"'\\x90'"_s << hex("90") << hex("90");
        QTest::newRow("char 200") << int(Type::Char) << u"200"_s << hex("c8") << hex("c8");
        QTest::newRow("binary") << int(Type::Binary) << u"01000001"_s << hex("41") << hex("41");
        QTest::newRow("binary 0b101") << int(Type::Binary) << u"0b101"_s << hex("05") << hex("05");
        QTest::newRow("binary spaced") << int(Type::Binary) << u"1111 0000"_s << hex("f0") << hex("f0");
        QTest::newRow("IPv4") << int(Type::Ipv4) << u"192.168.1.10"_s << hex("c0a8010a") << hex("c0a8010a");
        QTest::newRow("IPv4 spaces round") << int(Type::Ipv4) << u" 0.0.0.255 "_s << hex("000000ff") << hex("000000ff");
    }

    void encodes()
    {
        QFETCH(int, type);
        QFETCH(QString, text);
        QFETCH(QByteArray, little);
        QFETCH(QByteArray, big);
        const auto asLittle = ByteInterpreter::encode(Type(type), text, Endian::Little);
        SHM_VERIFY_OK(asLittle);
        QCOMPARE(asLittle.value().toHex(), little.toHex());
        const auto asBig = ByteInterpreter::encode(Type(type), text, Endian::Big);
        SHM_VERIFY_OK(asBig);
        QCOMPARE(asBig.value().toHex(), big.toHex());
        // And read back, the same text (as the inspector writes it).
        QCOMPARE(ByteInterpreter::text(Type(type), asBig.value(), Endian::Big),
                 ByteInterpreter::text(Type(type), asLittle.value(), Endian::Little));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("out of range") << int(Type::UInt8) << u"300"_s
                                      << u"300 does not fit in an 8-bit unsigned field (0 to 255)."_s;
        QTest::newRow("below int8") << int(Type::Int8) << u"-129"_s
                                    << u"-129 does not fit in an 8-bit signed field (-128 to 127)."_s;
        QTest::newRow("negative unsigned") << int(Type::UInt32) << u"-1"_s
                                           << u"-1 does not fit in a 32-bit unsigned field (0 to 4294967295)."_s;
        QTest::newRow("past uint64") << int(Type::UInt64) << u"18446744073709551616"_s
                                     << u"18446744073709551616 does not fit in a 64-bit unsigned field (0 to "
                                        "18446744073709551615)."_s;
        QTest::newRow("not a number") << int(Type::Int32) << u"abc"_s
                                      << u"\"abc\" is not a whole number: write one such as 42, -7 or 0x2a."_s;
        QTest::newRow("a float into an int") << int(Type::Int32) << u"2.5"_s
                                             << u"\"2.5\" is not a whole number: write one such as 42, -7 or 0x2a."_s;
        QTest::newRow("empty") << int(Type::Int16) << u""_s
                               << u"\"\" is not a whole number: write one such as 42, -7 or 0x2a."_s;
        QTest::newRow("float not a number") << int(Type::Float) << u"abc"_s
                                            << u"\"abc\" is not a number: write one such as 3.14, -2.5e-3, inf or nan."_s;
        QTest::newRow("double too big") << int(Type::Double) << u"1e999"_s
                                        << u"1e999 does not fit in a double (magnitudes from 5e-324 to "
                                           "1.7976931348623157e+308, or 0)."_s;
        QTest::newRow("char of two bytes") << int(Type::Char) << u"'é'"_s
                                           << u"'é' is 2 bytes in UTF-8, and a char holds one: write its bytes one "
                                              "by one, such as '\\xc3'."_s;
        QTest::newRow("char out of range") << int(Type::Char) << u"256"_s
                                           << u"256 does not fit in an 8-bit unsigned field (0 to 255)."_s;
        QTest::newRow("binary of 9 digits") << int(Type::Binary) << u"101010101"_s
                                            << u"\"101010101\" is not a byte in binary: write up to 8 digits 0 and "
                                               "1, such as 01000001."_s;
        QTest::newRow("binary 2") << int(Type::Binary) << u"012"_s
                                  << u"\"012\" is not a byte in binary: write up to 8 digits 0 and 1, such as "
                                     "01000001."_s;
        const QString notIp = QStringLiteral(" is not an IPv4 address: write four numbers from 0 to 255 with dots "
                                             "between them, such as 192.168.1.10.");
        QTest::newRow("IPv4 256") << int(Type::Ipv4) << u"256.1.1.1"_s << u"\"256.1.1.1\""_s + notIp;
        QTest::newRow("IPv4 three") << int(Type::Ipv4) << u"1.2.3"_s << u"\"1.2.3\""_s + notIp;
        QTest::newRow("IPv4 five") << int(Type::Ipv4) << u"1.2.3.4.5"_s << u"\"1.2.3.4.5\""_s + notIp;
        QTest::newRow("IPv4 sign") << int(Type::Ipv4) << u"1.2.+3.4"_s << u"\"1.2.+3.4\""_s + notIp;
        QTest::newRow("IPv4 words") << int(Type::Ipv4) << u"a.b.c.d"_s << u"\"a.b.c.d\""_s + notIp;
        QTest::newRow("time_t") << int(Type::TimeT) << u"0"_s
                                << u"time_t is shown as a date, not edited: edit it as int64 (seconds since 1970)."_s;
        QTest::newRow("UTF-8") << int(Type::Utf8) << u"é"_s
                               << u"UTF-8 is shown, not edited: edit its bytes in the hex view or another row."_s;
        QTest::newRow("pointer") << int(Type::Pointer) << u"0x10"_s
                                 << u"pointer is shown, not edited: edit its bytes in the hex view or another row."_s;
    }

    void refusals()
    {
        QFETCH(int, type);
        QFETCH(QString, text);
        QFETCH(QString, message);
        QVERIFY(ByteInterpreter::isEditable(Type(type)) == !message.contains(QLatin1String("not edited")));
        for (const Endian endian : {Endian::Little, Endian::Big}) {
            const auto encoded = ByteInterpreter::encode(Type(type), text, endian);
            QVERIFY(!encoded.ok());
            QCOMPARE(encoded.error().message, message);
        }
    }

    // Every integer row reads back what it wrote, in both orders, at its extremes.
    void integersRoundTrip()
    {
        const QList<std::pair<Type, QStringList>> values = {
            {Type::Int8, {u"-128"_s, u"127"_s, u"0"_s, u"-1"_s}},
            {Type::UInt8, {u"0"_s, u"255"_s}},
            {Type::Int16, {u"-32768"_s, u"32767"_s, u"-2"_s}},
            {Type::UInt16, {u"65535"_s, u"258"_s}},
            {Type::Int32, {u"-2147483648"_s, u"2147483647"_s}},
            {Type::UInt32, {u"4294967295"_s, u"16909060"_s}},
            {Type::Int64, {u"-9223372036854775808"_s, u"9223372036854775807"_s}},
            {Type::UInt64, {u"18446744073709551615"_s, u"72623859790382856"_s}},
        };
        for (const auto &[type, texts] : values) {
            for (const QString &text : texts) {
                for (const Endian endian : {Endian::Little, Endian::Big}) {
                    const auto bytes = ByteInterpreter::encode(type, text, endian);
                    SHM_VERIFY_OK(bytes);
                    QCOMPARE(bytes.value().size(), ByteInterpreter::sizeOf(type));
                    QCOMPARE(ByteInterpreter::text(type, bytes.value(), endian), text);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestByteInterpreter)
#include "tst_byteinterpreter.moc"
