// core::LayoutWriter: the text and JSON of `shmscope --read` over made-up segment bytes. The JSON is read
// back with QJsonDocument, so it is checked as JSON and not as a string; the text form is compared whole.

#include "cli/layoutwriter.h"
#include "core/coretest.h"
#include "core/layout/structparser.h"
#include "core/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstring>

using core::LayoutWriter;
using core::StructLayout;
using core::StructParser;

namespace {

StructLayout layoutOf(const QString &text)
{
    const auto parsed = StructParser::parse(text);
    return parsed.ok() ? parsed.value() : StructLayout{};
}

// The lesson's struct as the lesson has it, comments in Chinese: wide characters in the text output.
StructLayout lessonStPid()
{
    return layoutOf(StructParser::builtinStPid(core::Translations::Language::SimplifiedChinese));
}

// The lesson's segment: pid 1234, names "bob" and leftovers after its NUL.
QByteArray stPidBytes()
{
    QByteArray bytes(56, '\0');
    const qint32 pid = 1234;
    std::memcpy(bytes.data(), &pid, sizeof pid);
    bytes.replace(4, 8, QByteArray("bob\0junk", 8));
    return bytes;
}

QJsonObject parsedJson(const QString &text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(text));
    return document.object();
}

} // namespace

class TestLayoutWriter : public QObject
{
    Q_OBJECT

private slots:
    void init() { coretest::failOnAnyWarning(); }

    void formatNames();
    void stPidJson();
    void stPidText();
    void shortSegment();
    void jsonValueTypes();
};

void TestLayoutWriter::formatNames()
{
    QCOMPARE(LayoutWriter::formatFromName(QStringLiteral("text")), LayoutWriter::Format::Text);
    QCOMPARE(LayoutWriter::formatFromName(QStringLiteral("json")), LayoutWriter::Format::Json);
    QVERIFY(!LayoutWriter::formatFromName(QStringLiteral("csv")));
}

void TestLayoutWriter::stPidJson()
{
    const StructLayout layout = lessonStPid();
    const QJsonObject root =
        parsedJson(LayoutWriter::write(LayoutWriter::Format::Json, layout, stPidBytes(), 4096));
    QCOMPARE(root.value(QStringLiteral("layout")).toString(), QStringLiteral("st_pid"));
    QCOMPARE(root.value(QStringLiteral("sizeof")).toInteger(), 56);
    QCOMPARE(root.value(QStringLiteral("segment_bytes")).toInteger(), 4096);
    const QJsonArray fields = root.value(QStringLiteral("fields")).toArray();
    QCOMPARE(fields.size(), 2); // the padding byte is left out
    const QJsonObject pid = fields.at(0).toObject();
    QCOMPARE(pid.value(QStringLiteral("name")).toString(), QStringLiteral("pid"));
    QCOMPARE(pid.value(QStringLiteral("type")).toString(), QStringLiteral("int"));
    QCOMPARE(pid.value(QStringLiteral("offset")).toInteger(), 0);
    QCOMPARE(pid.value(QStringLiteral("size")).toInteger(), 4);
    QVERIFY(pid.value(QStringLiteral("value")).isDouble());
    QCOMPARE(pid.value(QStringLiteral("value")).toInteger(), 1234);
    QCOMPARE(pid.value(QStringLiteral("description")).toString(), QStringLiteral("进程编号"));
    QCOMPARE(pid.value(QStringLiteral("children")).toArray().size(), 0);
    const QJsonObject names = fields.at(1).toObject();
    QCOMPARE(names.value(QStringLiteral("offset")).toInteger(), 4);
    QCOMPARE(names.value(QStringLiteral("size")).toInteger(), 51);
    QCOMPARE(names.value(QStringLiteral("value")).toString(), QStringLiteral("bob")); // up to the NUL
    QVERIFY(!names.contains(QStringLiteral("unavailable")));
}

void TestLayoutWriter::stPidText()
{
    const StructLayout layout = lessonStPid();
    QCOMPARE(LayoutWriter::write(LayoutWriter::Format::Text, layout, stPidBytes(), 4096),
             QStringLiteral("struct st_pid: 56 bytes, segment 4096 bytes\n"
                            "offset  size  type      name   value\n"
                            "     0     4  int       pid    1234   // 进程编号\n"
                            "     4    51  char[51]  names  \"bob\"  // 进程名称\n"));
}

// A segment of 30 bytes under a 56-byte layout: names lies past its end, is not read and says so.
void TestLayoutWriter::shortSegment()
{
    const StructLayout layout = lessonStPid();
    const QByteArray segment = stPidBytes().first(30);
    const QJsonObject root = parsedJson(LayoutWriter::write(LayoutWriter::Format::Json, layout, segment, 30));
    QCOMPARE(root.value(QStringLiteral("segment_bytes")).toInteger(), 30);
    const QJsonArray fields = root.value(QStringLiteral("fields")).toArray();
    QCOMPARE(fields.at(0).toObject().value(QStringLiteral("value")).toInteger(), 1234);
    const QJsonObject names = fields.at(1).toObject();
    QVERIFY(names.value(QStringLiteral("value")).isNull());
    QCOMPARE(names.value(QStringLiteral("unavailable")).toBool(), true);

    const QString text = LayoutWriter::write(LayoutWriter::Format::Text, layout, segment, 30);
    QVERIFY2(text.contains(QLatin1String("The segment is 26 bytes shorter than the layout")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("names  (past the end of the segment)")), qPrintable(text));
}

void TestLayoutWriter::jsonValueTypes()
{
    const StructLayout layout = layoutOf(QStringLiteral("enum state { IDLE, RUNNING };\n"
                                                        "struct all {\n"
                                                        "    bool on;\n"
                                                        "    char letter;\n"
                                                        "    enum state s;\n"
                                                        "    enum state unnamed;\n"
                                                        "    double ratio;\n"
                                                        "    double broken;\n"
                                                        "    unsigned flags : 3;\n"
                                                        "    struct timespec ts;\n"
                                                        "    short list[2];\n"
                                                        "    void *p;\n"
                                                        "    uint64_t big;\n"
                                                        "    int many[2000];\n"
                                                        "};\n"));
    QVERIFY(layout.sizeOf > 0);
    QByteArray bytes(qsizetype(layout.sizeOf), '\0');
    const auto put = [&bytes](qsizetype offset, const auto &value) {
        std::memcpy(bytes.data() + offset, &value, sizeof value);
    };
    const auto offsetOf = [&layout](const char *name) {
        for (const auto &field : layout.fields) {
            if (field.name == QLatin1String(name))
                return qsizetype(field.offset);
        }
        return qsizetype(-1);
    };
    put(offsetOf("on"), char(1));
    put(offsetOf("letter"), 'A');
    put(offsetOf("s"), qint32(1));
    put(offsetOf("unnamed"), qint32(9));
    put(offsetOf("ratio"), 0.5);
    put(offsetOf("broken"), std::numeric_limits<double>::quiet_NaN());
    put(offsetOf("flags"), char(5));
    put(offsetOf("big"), ~quint64(0));

    const QString json = LayoutWriter::write(LayoutWriter::Format::Json, layout, bytes, layout.sizeOf);
    const QJsonObject root = parsedJson(json);
    QVERIFY(!root.isEmpty());
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &field : root.value(QStringLiteral("fields")).toArray())
        byName.insert(field.toObject().value(QStringLiteral("name")).toString(), field.toObject());
    QCOMPARE(byName.value(QStringLiteral("on")).value(QStringLiteral("value")), QJsonValue(true));
    QCOMPARE(byName.value(QStringLiteral("letter")).value(QStringLiteral("value")), QJsonValue(65));
    QCOMPARE(byName.value(QStringLiteral("s")).value(QStringLiteral("value")),
             QJsonValue(QStringLiteral("RUNNING")));
    QCOMPARE(byName.value(QStringLiteral("unnamed")).value(QStringLiteral("value")), QJsonValue(9));
    QCOMPARE(byName.value(QStringLiteral("ratio")).value(QStringLiteral("value")), QJsonValue(0.5));
    QCOMPARE(byName.value(QStringLiteral("broken")).value(QStringLiteral("value")),
             QJsonValue(QStringLiteral("nan")));
    QCOMPARE(byName.value(QStringLiteral("flags")).value(QStringLiteral("value")), QJsonValue(5));
    QCOMPARE(byName.value(QStringLiteral("flags")).value(QStringLiteral("bit_width")), QJsonValue(3));
    QCOMPARE(byName.value(QStringLiteral("p")).value(QStringLiteral("value")),
             QJsonValue(QStringLiteral("0x0000000000000000")));
    // Past 2^63 a JSON reader may round, but the text holds every digit.
    QVERIFY(json.contains(QLatin1String("\"value\": 18446744073709551615")));
    const QJsonObject ts = byName.value(QStringLiteral("ts"));
    QVERIFY(ts.value(QStringLiteral("value")).isNull());
    QCOMPARE(ts.value(QStringLiteral("children")).toArray().size(), 2);
    QCOMPARE(ts.value(QStringLiteral("children")).toArray().at(0).toObject().value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("tv_sec")));
    const QJsonArray list = byName.value(QStringLiteral("list")).value(QStringLiteral("children")).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("name")), QJsonValue(QStringLiteral("[1]")));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("offset")).toInteger(),
             byName.value(QStringLiteral("list")).value(QStringLiteral("offset")).toInteger() + 2);
    QCOMPARE(byName.value(QStringLiteral("many")).value(QStringLiteral("omitted_elements")),
             QJsonValue(1000));
    QCOMPARE(root.value(QStringLiteral("notes")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestLayoutWriter)
#include "tst_layoutwriter.moc"
