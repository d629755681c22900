// core::FieldCodec: every kind of field from bytes to text and back. Data-driven round trips (text ->
// bytes -> the same text), the refusals with their sentences, strings at and past their limit, bytes that
// are not UTF-8, bitfields that must change only their own bits, and a sweep over every field of the
// layout corpus filled with random bytes: what is shown encodes back to the bytes that were there.

#include "core/coretest.h"
#include "core/layout/fieldcodec.h"
#include "core/layout/structparser.h"
#include "core/translations.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <cstring>
#include <limits>

using core::FieldCodec;
using core::StructField;
using core::StructLayout;
using core::StructParser;
using Kind = StructField::Kind;

namespace {

StructField integerField(quint64 size, bool isSigned, Kind kind = Kind::Integer)
{
    StructField field;
    field.name = QStringLiteral("x");
    field.kind = kind;
    field.size = size;
    field.isSigned = isSigned;
    field.typeName = QStringLiteral("int%1").arg(size * 8);
    return field;
}

StructField bitField(int bitOffset, int bitWidth, bool isSigned)
{
    StructField field = integerField(quint64(bitOffset + bitWidth + 7) / 8, isSigned);
    field.bitOffset = bitOffset;
    field.bitWidth = bitWidth;
    return field;
}

StructField stringField(quint64 count, quint64 offset = 0)
{
    StructField field;
    field.name = QStringLiteral("name");
    field.kind = Kind::String;
    field.typeName = QStringLiteral("char[%1]").arg(count);
    field.offset = offset;
    field.size = count;
    field.arrayCount = count;
    field.isSigned = true;
    return field;
}

StructField stateEnum()
{
    StructField field = integerField(4, true, Kind::Enum);
    field.typeName = QStringLiteral("enum state");
    field.enumerators = {
        {QStringLiteral("IDLE"), 0}, {QStringLiteral("RUNNING"), 5}, {QStringLiteral("STOPPED"), -1}};
    return field;
}

QByteArray applied(QByteArray memory, const FieldCodec::Write &write)
{
    memory.replace(qsizetype(write.offset), write.bytes.size(), write.bytes);
    return memory;
}

template <typename T> QByteArray bytesOf(T value)
{
    QByteArray out(sizeof value, '\0');
    std::memcpy(out.data(), &value, sizeof value);
    return out;
}

// The bytes of a long double that carry its value: 10 of the 16 in the x87 format.
constexpr qsizetype LongDoubleValueBytes = std::numeric_limits<long double>::digits == 64 ? 10 : 16;

StructLayout corpusLayout(const QString &entry)
{
    QFile file(QStringLiteral(SHMSCOPE_TEST_DATA "/layouts/") + entry);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto parsed = StructParser::parse(QString::fromUtf8(file.readAll()));
    return parsed.ok() ? parsed.value() : StructLayout{};
}

template <typename Visit> void forEachRow(const QList<StructField> &fields, Visit &&visit)
{
    for (const StructField &field : fields) {
        visit(field);
        forEachRow(field.children, visit);
    }
}

QByteArray randomBytes(QRandomGenerator &random, quint64 size)
{
    QByteArray out(qsizetype(size), '\0');
    for (char &byte : out)
        byte = char(random.bounded(256));
    return out;
}

} // namespace

class TestFieldCodec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { coretest::failOnAnyWarning(); }

    void integers_data();
    void integers();
    void integerRefusals_data();
    void integerRefusals();
    void floats_data();
    void floats();
    void floatRefusals_data();
    void floatRefusals();
    void boolsAndChars_data();
    void boolsAndChars();
    void decodedOnly_data();
    void decodedOnly();
    void refusals_data();
    void refusals();
    void enums();
    void strings_data();
    void strings();
    void shortestStrings();
    void stringBytesShownAndKept_data();
    void stringBytesShownAndKept();
    void stringsAsCLiterals_data();
    void stringsAsCLiterals();
    void unrelatedEditKeepsOtherBytes();
    void bitfieldsChangeOnlyTheirBits_data();
    void bitfieldsChangeOnlyTheirBits();
    void bitfieldRefusals();
    void readOnlyKinds();
    void availability();
    void everyCorpusFieldRoundTrips_data();
    void everyCorpusFieldRoundTrips();
};

// As the program does at start: the English translator writes the counts ("1 byte", "7 bytes").
void TestFieldCodec::initTestCase()
{
    core::Translations::instance().use(core::Translations::Language::English);
}

void TestFieldCodec::integers_data()
{
    QTest::addColumn<quint64>("size");
    QTest::addColumn<bool>("isSigned");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");
    const auto row = [](const char *name, quint64 size, bool isSigned, const char *input, const char *hex,
                        const char *shown) {
        QTest::newRow(name) << size << isSigned << QString::fromUtf8(input) << QByteArray::fromHex(hex)
                            << QString::fromUtf8(shown);
    };
    row("u8 zero", 1, false, "0", "00", "0");
    row("u8 max", 1, false, "255", "ff", "255");
    row("u8 hex", 1, false, "0xff", "ff", "255");
    row("u8 spaces", 1, false, "  7 ", "07", "7");
    row("i8 min", 1, true, "-128", "80", "-128");
    row("i8 max", 1, true, "127", "7f", "127");
    row("i8 minus one", 1, true, "-1", "ff", "-1");
    row("i8 negative hex", 1, true, "-0x80", "80", "-128");
    row("u16 max", 2, false, "65535", "ffff", "65535");
    row("i16 min", 2, true, "-32768", "0080", "-32768");
    row("i16 plus", 2, true, "+300", "2c01", "300");
    row("u32 hex", 4, false, "0xDEADBEEF", "efbeadde", "3735928559");
    row("u32 max", 4, false, "4294967295", "ffffffff", "4294967295");
    row("i32 min", 4, true, "-2147483648", "00000080", "-2147483648");
    row("i32 leading zeros", 4, true, "007", "07000000", "7");
    row("u64 max", 8, false, "18446744073709551615", "ffffffffffffffff", "18446744073709551615");
    row("u64 hex max", 8, false, "0xffffffffffffffff", "ffffffffffffffff", "18446744073709551615");
    row("i64 min", 8, true, "-9223372036854775808", "0000000000000080", "-9223372036854775808");
    row("i64 max", 8, true, "9223372036854775807", "ffffffffffffff7f", "9223372036854775807");
}

void TestFieldCodec::integers()
{
    QFETCH(quint64, size);
    QFETCH(bool, isSigned);
    QFETCH(QString, input);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    StructField field = integerField(size, isSigned);
    field.offset = 8;
    const auto write = FieldCodec::encode(field, input);
    SHM_VERIFY_OK(write);
    QCOMPARE(write.value().offset, 8u);
    QCOMPARE(write.value().bytes.toHex(), bytes.toHex());
    QCOMPARE(FieldCodec::text(field, bytes), shown);
    QCOMPARE(FieldCodec::encode(field, shown).value().bytes.toHex(),
             bytes.toHex()); // what is shown reads back
}

void TestFieldCodec::integerRefusals_data()
{
    QTest::addColumn<StructField>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const StructField &field, const char *input, const char *message) {
        QTest::newRow(name) << field << QString::fromUtf8(input) << QString::fromUtf8(message);
    };
    row("u8 too big", integerField(1, false), "300",
        "300 does not fit in an 8-bit unsigned field (0 to 255).");
    row("u8 negative", integerField(1, false), "-1",
        "-1 does not fit in an 8-bit unsigned field (0 to 255).");
    row("i8 too big", integerField(1, true), "128",
        "128 does not fit in an 8-bit signed field (-128 to 127).");
    row("i8 too small", integerField(1, true), "-129",
        "-129 does not fit in an 8-bit signed field (-128 to 127).");
    row("i8 hex too big", integerField(1, true), "0xff",
        "0xff does not fit in an 8-bit signed field (-128 to 127).");
    row("u16 too big", integerField(2, false), "65536",
        "65536 does not fit in a 16-bit unsigned field (0 to 65535).");
    row("i32 too big", integerField(4, true), "2147483648",
        "2147483648 does not fit in a 32-bit signed field (-2147483648 to 2147483647).");
    row("i64 too big", integerField(8, true), "9223372036854775808",
        "9223372036854775808 does not fit in a 64-bit signed field (-9223372036854775808 to "
        "9223372036854775807).");
    row("u64 overflow", integerField(8, false), "18446744073709551616",
        "18446744073709551616 does not fit in a 64-bit unsigned field (0 to 18446744073709551615).");
    row("3-bit", bitField(2, 3, false), "9", "9 does not fit in a 3-bit unsigned field (0 to 7).");
    row("11-bit", bitField(0, 11, false), "2048",
        "2048 does not fit in an 11-bit unsigned field (0 to 2047).");
    row("signed 4-bit", bitField(0, 4, true), "8", "8 does not fit in a 4-bit signed field (-8 to 7).");
    row("letters", integerField(4, true), "abc",
        "\"abc\" is not a whole number: write one such as 42, -7 or 0x2a.");
    row("trailing letters", integerField(4, true), "12abc",
        "\"12abc\" is not a whole number: write one such as 42, -7 or 0x2a.");
    row("fraction", integerField(4, true), "1.5",
        "\"1.5\" is not a whole number: write one such as 42, -7 or 0x2a.");
    row("empty", integerField(4, true), "", "\"\" is not a whole number: write one such as 42, -7 or 0x2a.");
    row("bare 0x", integerField(4, true), "0x",
        "\"0x\" is not a whole number: write one such as 42, -7 or 0x2a.");
    row("sign alone", integerField(4, true), "-",
        "\"-\" is not a whole number: write one such as 42, -7 or 0x2a.");
    row("arabic digits", integerField(4, true), "\u0663", // digits, but not the ones C writes
        "\"\u0663\" is not a whole number: write one such as 42, -7 or 0x2a.");
}

void TestFieldCodec::integerRefusals()
{
    QFETCH(StructField, field);
    QFETCH(QString, input);
    QFETCH(QString, message);
    const auto write = FieldCodec::encode(field, input, QByteArray(16, '\0'));
    QVERIFY(!write.ok());
    QCOMPARE(write.error().message, message);
    QCOMPARE(write.error().errnum, 0);
}

void TestFieldCodec::floats_data()
{
    QTest::addColumn<quint64>("size");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::newRow("float 0.1") << quint64(4) << QStringLiteral("0.1") << bytesOf(0.1f)
                               << QStringLiteral("0.1");
    QTest::newRow("float 1e20") << quint64(4) << QStringLiteral("1e20") << bytesOf(1e20f)
                                << QStringLiteral("1e+20");
    QTest::newRow("float max") << quint64(4) << QStringLiteral("3.4028235e+38")
                               << bytesOf(std::numeric_limits<float>::max())
                               << QStringLiteral("3.4028235e+38");
    QTest::newRow("float minus") << quint64(4) << QStringLiteral("-2.5") << bytesOf(-2.5f)
                                 << QStringLiteral("-2.5");
    QTest::newRow("double 0.1") << quint64(8) << QStringLiteral("0.1") << bytesOf(0.1)
                                << QStringLiteral("0.1");
    QTest::newRow("double plus") << quint64(8) << QStringLiteral(" +2.5 ") << bytesOf(2.5)
                                 << QStringLiteral("2.5");
    QTest::newRow("double small") << quint64(8) << QStringLiteral("1e-3") << bytesOf(0.001)
                                  << QStringLiteral("0.001");
    QTest::newRow("double minus zero")
        << quint64(8) << QStringLiteral("-0") << bytesOf(-0.0) << QStringLiteral("-0");
    QTest::newRow("double inf") << quint64(8) << QStringLiteral("inf")
                                << bytesOf(std::numeric_limits<double>::infinity()) << QStringLiteral("inf");
    QTest::newRow("double -inf") << quint64(8) << QStringLiteral("-inf")
                                 << bytesOf(-std::numeric_limits<double>::infinity())
                                 << QStringLiteral("-inf");
    QTest::newRow("double nan") << quint64(8) << QStringLiteral("nan")
                                << bytesOf(std::numeric_limits<double>::quiet_NaN()) << QStringLiteral("nan");
    QTest::newRow("double max") << quint64(8) << QStringLiteral("1.7976931348623157e308")
                                << bytesOf(std::numeric_limits<double>::max())
                                << QStringLiteral("1.7976931348623157e+308");
    QTest::newRow("long double 0.1") << quint64(sizeof(long double)) << QStringLiteral("0.1") << bytesOf(0.1L)
                                     << QStringLiteral("0.1");
    QTest::newRow("long double big") << quint64(sizeof(long double)) << QStringLiteral("1e4000")
                                     << bytesOf(1e4000L) << QStringLiteral("1e+4000");
}

void TestFieldCodec::floats()
{
    QFETCH(quint64, size);
    QFETCH(QString, input);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    StructField field = integerField(size, false, Kind::Float);
    const qsizetype valueBytes = size == sizeof(long double) ? LongDoubleValueBytes : qsizetype(size);
    const auto write = FieldCodec::encode(field, input);
    SHM_VERIFY_OK(write);
    QCOMPARE(write.value().bytes.size(), qsizetype(size));
    QCOMPARE(write.value().bytes.first(valueBytes).toHex(), bytes.first(valueBytes).toHex());
    QCOMPARE(FieldCodec::text(field, write.value().bytes), shown);
    QCOMPARE(FieldCodec::encode(field, shown).value().bytes.first(valueBytes).toHex(),
             bytes.first(valueBytes).toHex());
}

void TestFieldCodec::floatRefusals_data()
{
    QTest::addColumn<quint64>("size");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("float too big") << quint64(4) << QStringLiteral("1e39")
                                   << QStringLiteral("1e39 does not fit in a float (magnitudes from 1e-45 to "
                                                     "3.4028235e+38, or 0).");
    QTest::newRow("double too big") << quint64(8) << QStringLiteral("-1e400")
                                    << QStringLiteral(
                                           "-1e400 does not fit in a double (magnitudes from 5e-324 to "
                                           "1.7976931348623157e+308, or 0).");
    QTest::newRow("letters") << quint64(8) << QStringLiteral("abc")
                             << QStringLiteral(
                                    "\"abc\" is not a number: write one such as 3.14, -2.5e-3, inf or nan.");
    QTest::newRow("trailing letters")
        << quint64(4) << QStringLiteral("1.5x")
        << QStringLiteral("\"1.5x\" is not a number: write one such as 3.14, -2.5e-3, "
                          "inf or nan.");
    QTest::newRow("comma") << quint64(8) << QStringLiteral("1,5")
                           << QStringLiteral(
                                  "\"1,5\" is not a number: write one such as 3.14, -2.5e-3, inf or nan.");
    QTest::newRow("empty") << quint64(8) << QString()
                           << QStringLiteral(
                                  "\"\" is not a number: write one such as 3.14, -2.5e-3, inf or nan.");
}

void TestFieldCodec::floatRefusals()
{
    QFETCH(quint64, size);
    QFETCH(QString, input);
    QFETCH(QString, message);
    const auto write = FieldCodec::encode(integerField(size, false, Kind::Float), input);
    QVERIFY(!write.ok());
    QCOMPARE(write.error().message, message);
}

void TestFieldCodec::boolsAndChars_data()
{
    QTest::addColumn<StructField>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");
    const StructField boolean = integerField(1, false, Kind::Bool);
    const StructField character = integerField(1, true, Kind::Char);
    const auto row = [](const char *name, const StructField &field, const char *input, const char *hex,
                        const char *shown) {
        QTest::newRow(name) << field << QString::fromUtf8(input) << QByteArray::fromHex(hex)
                            << QString::fromUtf8(shown);
    };
    row("true", boolean, "true", "01", "true");
    row("false", boolean, "false", "00", "false");
    row("TRUE", boolean, " TRUE ", "01", "true");
    row("1", boolean, "1", "01", "true");
    row("0", boolean, "0", "00", "false");
    StructField boolBit = bitField(5, 1, false);
    boolBit.kind = Kind::Bool;
    row("bool bitfield", boolBit, "true", "20", "true");
    row("letter", character, "'A'", "41", "'A'");
    row("number", character, "65", "41", "'A'");
    row("hex number", character, "0x41", "41", "'A'");
    row("minus one", character, "-1", "ff", "'\\xff'");
    row("newline", character, "'\\n'", "0a", "'\\n'");
    row("tab", character, "'\\t'", "09", "'\\t'");
    row("nul", character, "'\\0'", "00", "'\\x00'");
    row("control", character, "'\\x01'", "01", "'\\x01'");
    row("high byte", character, "'\\x80'", "80", "'\\x80'");
    row("quote", character, "'\\''", "27", "'\\''");
    row("bare quote", character, "'''", "27", "'\\''");
    row("backslash", character, "'\\\\'", "5c", "'\\\\'");
    row("space", character, "' '", "20", "' '");
    row("delete", character, "127", "7f", "'\\x7f'");
}

void TestFieldCodec::boolsAndChars()
{
    QFETCH(StructField, field);
    QFETCH(QString, input);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    const QByteArray window(qsizetype(field.size), '\0');
    const auto write = FieldCodec::encode(field, input, window);
    SHM_VERIFY_OK(write);
    QCOMPARE(write.value().bytes.toHex(), bytes.toHex());
    QCOMPARE(FieldCodec::text(field, bytes), shown);
    QCOMPARE(FieldCodec::encode(field, shown, window).value().bytes.toHex(), bytes.toHex());
}

void TestFieldCodec::decodedOnly_data()
{
    QTest::addColumn<StructField>("field");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");
    StructField pointer = integerField(8, false, Kind::Pointer);
    StructField padding = integerField(3, false, Kind::Padding);
    StructField opaque = integerField(16, false, Kind::Opaque);
    StructField longPadding = integerField(70, false, Kind::Padding);
    QTest::newRow("bool 2") << integerField(1, false, Kind::Bool) << QByteArray::fromHex("02")
                            << QStringLiteral("true (2)");
    QTest::newRow("pointer") << pointer << QByteArray::fromHex("78563412fd7f0000")
                             << QStringLiteral("0x00007ffd12345678");
    QTest::newRow("null pointer") << pointer << QByteArray(8, '\0') << QStringLiteral("0x0000000000000000");
    QTest::newRow("padding") << padding << QByteArray::fromHex("00ff10") << QStringLiteral("00 ff 10");
    QTest::newRow("opaque") << opaque << QByteArray::fromHex("000102030405060708090a0b0c0d0e0f")
                            << QStringLiteral("00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f");
    QTest::newRow("long padding") << longPadding << QByteArray(70, '\0')
                                  << QString(QStringLiteral("00 ").repeated(63) +
                                             QStringLiteral("00 ... (70 bytes)"));
    QTest::newRow("struct") << integerField(4, false, Kind::Struct) << QByteArray(4, 'x') << QString();
}

void TestFieldCodec::decodedOnly()
{
    QFETCH(StructField, field);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QCOMPARE(FieldCodec::text(field, bytes), shown);
}

void TestFieldCodec::refusals_data()
{
    QTest::addColumn<StructField>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    const StructField boolean = integerField(1, false, Kind::Bool);
    const StructField character = integerField(1, true, Kind::Char);
    StructField pointer = integerField(8, false, Kind::Pointer);
    pointer.name = QStringLiteral("next");
    StructField opaque = integerField(16, false, Kind::Opaque);
    opaque.typeName = QStringLiteral("__int128");
    StructField record = integerField(16, false, Kind::Struct);
    record.name = QStringLiteral("ts");
    const auto row = [](const char *name, const StructField &field, const char *input, const char *message) {
        QTest::newRow(name) << field << QString::fromUtf8(input) << QString::fromUtf8(message);
    };
    row("bool word", boolean, "maybe", "\"maybe\" is not a bool: write true or false.");
    row("bool 2", boolean, "2", "\"2\" is not a bool: write true or false.");
    row("two characters", character, "'AB'",
        "'AB' is 2 bytes in UTF-8, and a char holds one: write its bytes one by "
        "one, such as '\\xc3'.");
    row("multibyte character", character, "'é'",
        "'é' is 2 bytes in UTF-8, and a char holds one: write its bytes "
        "one by one, such as '\\xc3'.");
    row("empty quotes", character, "''",
        "'' is not a character: write one between quotes, such as 'A' or '\\n', or "
        "its number.");
    row("unclosed quote", character, "'A",
        "'A is not a character: write one between quotes, such as 'A' or '\\n', "
        "or its number.");
    row("signed char range", character, "200", "200 does not fit in an 8-bit signed field (-128 to 127).");
    row("pointer", pointer, "0x1234",
        "next is a pointer: it is shown, not edited, as an address in another process "
        "means nothing here.");
    row("padding", integerField(3, false, Kind::Padding), "00",
        "Padding belongs to no field: edit its bytes in the "
        "hex view.");
    row("struct", record, "1", "ts has no value of its own: edit its members one by one.");
    row("opaque", opaque, "1", "ShmScope cannot write a __int128 as text: edit its bytes in the hex view.");
}

void TestFieldCodec::refusals()
{
    QFETCH(StructField, field);
    QFETCH(QString, input);
    QFETCH(QString, message);
    const auto write = FieldCodec::encode(field, input, QByteArray(qsizetype(field.size), '\0'));
    QVERIFY(!write.ok());
    QCOMPARE(write.error().message, message);
}

void TestFieldCodec::enums()
{
    const StructField field = stateEnum();
    QCOMPARE(FieldCodec::text(field, QByteArray::fromHex("05000000")), QStringLiteral("RUNNING"));
    QCOMPARE(FieldCodec::text(field, QByteArray::fromHex("ffffffff")), QStringLiteral("STOPPED"));
    QCOMPARE(FieldCodec::text(field, QByteArray::fromHex("07000000")), QStringLiteral("7")); // no name has it
    QCOMPARE(FieldCodec::number(field, QByteArray::fromHex("ffffffff")), QStringLiteral("-1"));
    QCOMPARE(FieldCodec::encode(field, QStringLiteral("RUNNING")).value().bytes.toHex(),
             QByteArray("05000000"));
    QCOMPARE(FieldCodec::encode(field, QStringLiteral(" STOPPED ")).value().bytes.toHex(),
             QByteArray("ffffffff"));
    QCOMPARE(FieldCodec::encode(field, QStringLiteral("7")).value().bytes.toHex(), QByteArray("07000000"));
    QCOMPARE(FieldCodec::encode(field, QStringLiteral("0x5")).value().bytes.toHex(), QByteArray("05000000"));
    const auto unknown = FieldCodec::encode(field, QStringLiteral("RUN"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().message,
             QStringLiteral(
                 "\"RUN\" is not a value of enum state: write one of IDLE, RUNNING, STOPPED, or a number."));

    // An enum in a 2-bit bitfield: a name whose value needs more bits is refused like the number.
    StructField narrow = bitField(1, 2, false);
    narrow.kind = Kind::Enum;
    narrow.enumerators = {
        {QStringLiteral("RED"), 0}, {QStringLiteral("BLUE"), 2}, {QStringLiteral("WHITE"), 7}};
    const QByteArray window = QByteArray::fromHex("81");
    const auto blue = FieldCodec::encode(narrow, QStringLiteral("BLUE"), window);
    SHM_VERIFY_OK(blue);
    QCOMPARE(blue.value().bytes.toHex(), QByteArray("85"));
    QCOMPARE(FieldCodec::text(narrow, blue.value().bytes), QStringLiteral("BLUE"));
    const auto white = FieldCodec::encode(narrow, QStringLiteral("WHITE"), window);
    QVERIFY(!white.ok());
    QCOMPARE(white.error().message, QStringLiteral("7 does not fit in a 2-bit unsigned field (0 to 3)."));
}

void TestFieldCodec::strings_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("written"); // empty: refused
    QTest::addColumn<QString>("message");
    // name is a char[8] at offset 4 of a 16-byte window: 7 bytes of text at most, and the NUL.
    QTest::newRow("N-2 bytes") << QStringLiteral("abcdef") << QByteArray("abcdef\0", 7) << QString();
    QTest::newRow("N-1 bytes") << QStringLiteral("abcdefg") << QByteArray("abcdefg\0", 8) << QString();
    QTest::newRow("N bytes") << QStringLiteral("abcdefgh") << QByteArray()
                             << QStringLiteral(
                                    "name (char[8]) holds at most 7 bytes of text and the closing NUL; this "
                                    "text is 8 bytes in UTF-8.");
    QTest::newRow("N+4 bytes") << QStringLiteral("abcdefghijkl") << QByteArray()
                               << QStringLiteral(
                                      "name (char[8]) holds at most 7 bytes of text and the closing NUL; "
                                      "this text is 12 bytes in UTF-8.");
    QTest::newRow("empty") << QString() << QByteArray("\0", 1) << QString();
    QTest::newRow("chinese fits") << QStringLiteral("进程") << QByteArray("\xe8\xbf\x9b\xe7\xa8\x8b\0", 7)
                                  << QString();
    // Three characters, but nine bytes: the limit counts bytes, as the C array does.
    QTest::newRow("chinese too long")
        << QStringLiteral("进程编") << QByteArray()
        << QStringLiteral("name (char[8]) holds at most 7 bytes of text and the closing "
                          "NUL; this text is 9 bytes in UTF-8.");
    QTest::newRow("escaped byte") << QStringLiteral("a\\xffb")
                                  << QByteArray("a\xff"
                                                "b\0",
                                                4)
                                  << QString();
    QTest::newRow("escapes") << QStringLiteral("\\t\\n\\\\\\\"") << QByteArray("\t\n\\\"\0", 5) << QString();
    QTest::newRow("lone backslash") << QStringLiteral("ab\\") << QByteArray()
                                    << QStringLiteral(
                                           "The text ends in a lone backslash: write \\\\ for a backslash.");
    QTest::newRow("unknown escape") << QStringLiteral("\\q") << QByteArray()
                                    << QStringLiteral(
                                           "\\q is not an escape ShmScope knows: use \\\\ \\n \\t \\r \\0 or "
                                           "\\xff.");
    QTest::newRow("short hex escape")
        << QStringLiteral("\\x4") << QByteArray() << QStringLiteral("\\x wants two hex digits, as in \\xff.");
    QTest::newRow("bad hex escape") << QStringLiteral("\\xzz1") << QByteArray()
                                    << QStringLiteral("\\x wants two hex digits, as in \\xff.");
}

void TestFieldCodec::strings()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, written);
    QFETCH(QString, message);
    const StructField field = stringField(8, 4);
    const QByteArray memory(16, '\xaa');
    const auto write = FieldCodec::encode(field, input, memory);
    if (written.isEmpty()) {
        QVERIFY(!write.ok());
        QCOMPARE(write.error().message, message);
        return;
    }
    SHM_VERIFY_OK(write);
    QCOMPARE(write.value().offset, 4u);
    QCOMPARE(write.value().bytes.toHex(), written.toHex());
    // Only the text and its NUL are written: the bytes after them in the array keep what they held.
    const QByteArray after = applied(memory, write.value());
    QCOMPARE(after.first(4), memory.first(4));
    QCOMPARE(after.sliced(4 + written.size()), memory.sliced(4 + written.size()));
    const auto shown = FieldCodec::decode(field, after);
    QVERIFY(shown);
    QCOMPARE(FieldCodec::encode(field, *shown).value().bytes.toHex(), written.toHex());
}

// char[2] holds one byte of text, char[1] none at all: each said so in a whole sentence.
void TestFieldCodec::shortestStrings()
{
    const QByteArray memory(2, '\xaa');
    const auto two = FieldCodec::encode(stringField(2), QStringLiteral("ab"), memory);
    QVERIFY(!two.ok());
    QCOMPARE(two.error().message,
             QStringLiteral("name (char[2]) holds at most 1 byte of text and the closing NUL; "
                            "this text is 2 bytes in UTF-8."));
    const auto one = FieldCodec::encode(stringField(1), QStringLiteral("a"), memory);
    QVERIFY(!one.ok());
    QCOMPARE(one.error().message,
             QStringLiteral("name (char[1]) holds only the closing NUL: no text fits in it."));
    const auto empty = FieldCodec::encode(stringField(1), QString(), memory);
    SHM_VERIFY_OK(empty);
    QCOMPARE(empty.value().bytes, QByteArray(1, '\0'));
}

void TestFieldCodec::stringBytesShownAndKept_data()
{
    QTest::addColumn<QByteArray>("bytes"); // up to the NUL
    QTest::addColumn<QString>("shown");
    QTest::newRow("ascii") << QByteArray("hello") << QStringLiteral("hello");
    QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9") << QStringLiteral("café");
    QTest::newRow("chinese") << QByteArray("\xe8\xbf\x9b\xe7\xa8\x8b\xe5\x90\x8d\xe7\xa7\xb0")
                             << QStringLiteral("进程名称");
    QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80") << QStringLiteral("\U0001F600");
    QTest::newRow("not utf-8") << QByteArray("\xff\xfe") << QStringLiteral("\\xff\\xfe");
    QTest::newRow("latin-1") << QByteArray("caf\xe9") << QStringLiteral("caf\\xe9");
    QTest::newRow("overlong") << QByteArray("\xc0\x80") << QStringLiteral("\\xc0\\x80");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xed\\xa0\\x80");
    QTest::newRow("cut sequence") << QByteArray("\xe8\xbf"
                                                "a")
                                  << QStringLiteral("\\xe8\\xbfa");
    QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80")
                                   << QStringLiteral("\\xf4\\x90\\x80\\x80");
    QTest::newRow("control") << QByteArray("a\x01\n\t\r\x7f") << QStringLiteral("a\\x01\\n\\t\\r\\x7f");
    QTest::newRow("backslash") << QByteArray("a\\xff") << QStringLiteral("a\\\\xff");
}

// Bytes that are not text are shown escaped, and an edit of what is shown writes the very same bytes.
void TestFieldCodec::stringBytesShownAndKept()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    const StructField field = stringField(16);
    QByteArray memory(16, '\x5a');
    memory.replace(0, bytes.size() + 1, QByteArray(bytes + '\0'));
    QCOMPARE(FieldCodec::decode(field, memory).value_or(QStringLiteral("(unavailable)")), shown);
    const auto write = FieldCodec::encode(field, shown);
    SHM_VERIFY_OK(write);
    QCOMPARE(write.value().bytes.toHex(), QByteArray(bytes + '\0').toHex());
    QCOMPARE(applied(memory, write.value()).toHex(), memory.toHex());
}

// The literal a C compiler reads back to the same bytes (checked with gcc for the hex-digit splits).
void TestFieldCodec::stringsAsCLiterals_data()
{
    QTest::addColumn<QByteArray>("bytes"); // the whole field, 8 bytes
    QTest::addColumn<QString>("literal");
    QTest::newRow("empty") << QByteArray(8, '\0') << QStringLiteral("\"\"");
    QTest::newRow("no NUL: all of it") << QByteArray("abcdefgh") << QStringLiteral("\"abcdefgh\"");
    QTest::newRow("quote and backslash") << QByteArray("\"a\\\"\0zz", 8)
                                         << QStringLiteral("\"\\\"a\\\\\\\"\"");
    QTest::newRow("hex digit after an escape") << QByteArray("\x01" "Ab\0zzzz", 8)
                                               << QStringLiteral("\"\\x01\" \"Ab\"");
    QTest::newRow("other letter after an escape") << QByteArray("\x01gh\0zzzz", 8)
                                                  << QStringLiteral("\"\\x01gh\"");
    QTest::newRow("digit after a byte that is no UTF-8") << QByteArray("\xff" "0\0zzzzz", 8)
                                                         << QStringLiteral("\"\\xff\" \"0\"");
    QTest::newRow("quote after an escape") << QByteArray("\x7f\"\0zzzzz", 8)
                                           << QStringLiteral("\"\\x7f\\\"\"");
    QTest::newRow("utf-8 and controls") << QByteArray("\xc3\xa9\n\t\r\0zz", 8)
                                        << QStringLiteral("\"é\\n\\t\\r\"");
}

void TestFieldCodec::stringsAsCLiterals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, literal);
    QCOMPARE(FieldCodec::cString(stringField(8), bytes), literal);
}

// A name holding bytes that are not UTF-8, after its NUL too: editing the number next to it writes the
// number's four bytes and nothing else, and the name still shows (and holds) what it held.
void TestFieldCodec::unrelatedEditKeepsOtherBytes()
{
    const auto parsed = StructParser::parse(QStringLiteral("struct rec { char name[8]; int n; };"));
    SHM_VERIFY_OK(parsed);
    const StructLayout &layout = parsed.value();
    const StructField &name = layout.fields.at(0);
    const StructField &n = layout.fields.at(1);
    const QByteArray memory = QByteArray("\xff\xfeok\0\x80\x81\x82", 8) + QByteArray::fromHex("01000000");
    QCOMPARE(FieldCodec::decode(name, memory).value(), QStringLiteral("\\xff\\xfeok"));

    const auto write = FieldCodec::encode(n, QStringLiteral("42"), memory);
    SHM_VERIFY_OK(write);
    QCOMPARE(write.value().offset, 8u);
    QCOMPARE(write.value().bytes.size(), 4);
    const QByteArray after = applied(memory, write.value());
    QCOMPARE(after.first(8).toHex(), memory.first(8).toHex());
    QCOMPARE(FieldCodec::decode(name, after).value(), QStringLiteral("\\xff\\xfeok"));
    QCOMPARE(FieldCodec::decode(n, after).value(), QStringLiteral("42"));

    // Editing the name itself keeps the bytes after its new NUL.
    const auto renamed = FieldCodec::encode(name, QStringLiteral("\\xff\\xfeOK"), after);
    SHM_VERIFY_OK(renamed);
    const QByteArray again = applied(after, renamed.value());
    QCOMPARE(again.toHex(),
             QByteArray(QByteArray("\xff\xfeOK\0\x80\x81\x82", 8) + QByteArray::fromHex("2a000000")).toHex());
}

void TestFieldCodec::bitfieldsChangeOnlyTheirBits_data()
{
    QTest::addColumn<QString>("entry");
    for (const char *entry :
         {"bitfields_basic.h", "bitfields_signed.h", "bitfields_types.h", "bitfields_packed.h",
          "bitfields_zero_width.h", "bitfields_bool_enum.h", "system_mix.h"})
        QTest::newRow(entry) << QString::fromLatin1(entry);
}

// Each bitfield of a struct full of random bits gets its smallest, largest and some random values: the
// write covers the field's bytes only, the field reads back the value, and no other bit of the struct moves.
void TestFieldCodec::bitfieldsChangeOnlyTheirBits()
{
    QFETCH(QString, entry);
    const StructLayout layout = corpusLayout(entry);
    QVERIFY(layout.sizeOf > 0);
    QRandomGenerator random(7);
    int checked = 0;
    forEachRow(layout.fields, [&](const StructField &field) {
        if (!field.isBitField() || QTest::currentTestFailed())
            return;
        const int width = field.bitWidth;
        const quint64 mask = width == 64 ? ~quint64(0) : (quint64(1) << width) - 1;
        QStringList values;
        if (field.kind == Kind::Bool)
            values = {QStringLiteral("true"), QStringLiteral("false")};
        else if (field.isSigned)
            values = {QString::number(-(qint64(1) << (width - 1))),
                      QString::number((qint64(1) << (width - 1)) - 1), QStringLiteral("0"),
                      QStringLiteral("-1")};
        else
            values = {QStringLiteral("0"), QString::number(mask),
                      QString::number(random.generate64() & mask)};
        for (const QString &value : values) {
            const QByteArray memory = randomBytes(random, layout.sizeOf);
            const auto write = FieldCodec::encode(field, value, memory);
            QVERIFY2(write.ok(), qPrintable(field.name + QLatin1Char('=') + value + QStringLiteral(": ") +
                                            (write.ok() ? QString() : write.error().message)));
            QCOMPARE(write.value().offset, field.offset);
            QCOMPARE(quint64(write.value().bytes.size()), field.size);
            const QByteArray after = applied(memory, write.value());
            const QString shown = FieldCodec::decode(field, after).value_or(QString());
            if (field.kind == Kind::Enum)
                QCOMPARE(FieldCodec::number(field, *FieldCodec::bytesOf(field, after)), value);
            else
                QCOMPARE(shown, value);
            const quint64 firstBit = field.offset * 8 + quint64(field.bitOffset);
            for (quint64 bit = 0; bit < layout.sizeOf * 8; ++bit) {
                if (bit >= firstBit && bit < firstBit + quint64(width))
                    continue;
                const bool before = (uchar(memory.at(qsizetype(bit / 8))) >> (bit % 8)) & 1;
                const bool now = (uchar(after.at(qsizetype(bit / 8))) >> (bit % 8)) & 1;
                QVERIFY2(before == now,
                         qPrintable(QStringLiteral("%1=%2 changed bit %3").arg(field.name, value).arg(bit)));
            }
            ++checked;
        }
    });
    QVERIFY(checked > 0);
}

void TestFieldCodec::bitfieldRefusals()
{
    const StructField field = bitField(3, 4, true);
    const auto tooBig = FieldCodec::encode(field, QStringLiteral("8"), QByteArray(1, '\0'));
    QVERIFY(!tooBig.ok());
    QCOMPARE(tooBig.error().message, QStringLiteral("8 does not fit in a 4-bit signed field (-8 to 7)."));
    // Its neighbours' bits are read from the window: without them nothing can be written.
    StructField named = field;
    named.name = QStringLiteral("mode");
    named.offset = 4;
    const auto blind = FieldCodec::encode(named, QStringLiteral("1"), QByteArray(4, '\0'));
    QVERIFY(!blind.ok());
    QCOMPARE(blind.error().message,
             QStringLiteral("The bytes around the bitfield mode are not in view: read them "
                            "before changing its bits."));
    const auto seen = FieldCodec::encode(named, QStringLiteral("-8"), QByteArray::fromHex("ff"), 4);
    SHM_VERIFY_OK(seen);
    QCOMPARE(seen.value().bytes.toHex(), QByteArray("c7")); // bits 3..6 = 1000, the others as they were
}

void TestFieldCodec::readOnlyKinds()
{
    const auto parsed = StructParser::parse(QStringLiteral(
        "struct s { char c; char *p; __int128 big; struct timespec ts; int a[2]; char d[]; };"));
    SHM_VERIFY_OK(parsed);
    QStringList editable;
    forEachRow(parsed.value().fields, [&](const StructField &field) {
        if (FieldCodec::isEditable(field))
            editable << field.displayName();
    });
    QCOMPARE(editable, QStringList({QStringLiteral("c"), QStringLiteral("tv_sec"), QStringLiteral("tv_nsec"),
                                    QStringLiteral("[0]"), QStringLiteral("[1]")}));
}

void TestFieldCodec::availability()
{
    StructField field = integerField(4, false);
    field.offset = 4;
    const QByteArray memory = QByteArray::fromHex("0000000001000000");
    QVERIFY(FieldCodec::isAvailable(field, 0, 8));
    QVERIFY(!FieldCodec::isAvailable(field, 0, 7));
    QVERIFY(FieldCodec::isAvailable(field, 4, 4));
    QVERIFY(!FieldCodec::isAvailable(field, 5, 100));
    QVERIFY(!FieldCodec::isAvailable(field, 0, 0));
    QCOMPARE(FieldCodec::decode(field, memory), std::optional<QString>(QStringLiteral("1")));
    QVERIFY(!FieldCodec::decode(field, memory.first(7))); // past the end: not read
    QCOMPARE(FieldCodec::decode(field, memory.sliced(4), 4), std::optional<QString>(QStringLiteral("1")));
    QCOMPARE(FieldCodec::decode(field, memory.sliced(2), 2), std::optional<QString>(QStringLiteral("1")));
    // Offsets near 2^64 do not wrap around into the window.
    field.offset = ~quint64(0) - 1;
    QVERIFY(!FieldCodec::isAvailable(field, 0, ~quint64(0)));
}

void TestFieldCodec::everyCorpusFieldRoundTrips_data()
{
    QTest::addColumn<QString>("entry");
    for (const QString &entry : QDir(QStringLiteral(SHMSCOPE_TEST_DATA "/layouts"))
                                    .entryList({QStringLiteral("*.h")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(entry)) << entry;
}

// Random bytes through every editable field of the corpus: the text shown encodes to the bytes that were
// there (a string: up to and with its NUL), and reads back as the same text. The only refusals allowed are
// values the field cannot be given by text: a bool byte other than 0 and 1, a string without its NUL.
void TestFieldCodec::everyCorpusFieldRoundTrips()
{
    QFETCH(QString, entry);
    const StructLayout layout = corpusLayout(entry);
    QVERIFY(layout.sizeOf > 0);
    QRandomGenerator random(qHash(entry));
    const QByteArray memory = randomBytes(random, layout.sizeOf);
    int checked = 0;
    forEachRow(layout.fields, [&](const StructField &field) {
        if (QTest::currentTestFailed())
            return;
        const auto shown = FieldCodec::decode(field, memory);
        QVERIFY(shown);
        if (!FieldCodec::isEditable(field))
            return;
        const QByteArrayView before = *FieldCodec::bytesOf(field, memory);
        const auto write = FieldCodec::encode(field, *shown, memory);
        if (!write.ok()) {
            const bool boolOutOfRange =
                field.kind == Kind::Bool && shown->startsWith(QLatin1String("true ("));
            const bool noNul = field.kind == Kind::String && !before.contains('\0');
            QVERIFY2(boolOutOfRange || noNul,
                     qPrintable(field.displayName() + QStringLiteral(" \"") + *shown +
                                QStringLiteral("\": ") + write.error().message));
            return;
        }
        // The write lies within the field's own bytes (a string's may end early): applied to them, they
        // show the same text, and hold the same bytes.
        const FieldCodec::Write &w = write.value();
        QCOMPARE(w.offset, field.offset);
        QVERIFY(quint64(w.bytes.size()) <= field.size);
        QByteArray now = before.toByteArray();
        now.replace(0, w.bytes.size(), w.bytes);
        QCOMPARE(FieldCodec::text(field, now), *shown);
        const bool exactBytes = field.kind != Kind::Float ||
                                (field.size != sizeof(long double) && !shown->contains(QLatin1String("nan")));
        if (exactBytes)
            QCOMPARE(now.toHex(), before.toByteArray().toHex());
        ++checked;
    });
    QVERIFY(checked > 0);
}

QTEST_GUILESS_MAIN(TestFieldCodec)
#include "tst_fieldcodec.moc"
