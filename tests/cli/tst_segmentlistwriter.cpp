// core::SegmentListWriter over made-up segments: the JSON of `shmscope --list --format json` compared whole,
// against literal text and against what QJsonDocument writes for the same values (which wrote it before the
// writer wrote its text itself), with names and commands that need escaping.

#include "cli/segmentlistwriter.h"
#include "core/coretest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using core::AttachedProcess;
using core::SegmentInfo;
using core::SegmentListWriter;

namespace {

QByteArray json(const QList<SegmentInfo> &segments)
{
    return SegmentListWriter::write(SegmentListWriter::Format::Json, segments);
}

// A removed, locked segment of key 0xfffffffe that two processes hold, one of them writable.
SegmentInfo heldSegment()
{
    SegmentInfo s;
    s.key = -2;
    s.shmid = 98304;
    s.mode = 0640 | core::ShmDestFlag | core::ShmLockedFlag;
    s.size = 4096;
    s.cpid = 4242;
    s.lpid = 4343;
    s.nattch = 2;
    s.uid = 1000;
    s.gid = 100;
    s.cuid = 0;
    s.cgid = 0;
    s.atime = 1700000000;
    s.dtime = 1700000001;
    s.ctime = 1699999999;
    s.rss = 4096;
    s.swap = 0;
    s.ownerName = QStringLiteral("alice");
    s.ipcNamespace = 4026532201;
    s.attached = {{4242, QByteArray("writer"), 0x7f0000001000, true},
                  {4343, QByteArray("a \"b\"\\c"), 0x7f0000002000, false}};
    return s;
}

// The most a quint64 holds in size, rss and swap: exact, as the kernel gave them.
SegmentInfo hugeSegment()
{
    SegmentInfo s;
    s.shmid = 1;
    s.mode = 0600;
    s.size = std::numeric_limits<quint64>::max();
    s.nattch = std::numeric_limits<quint64>::max();
    s.rss = quint64(std::numeric_limits<qint64>::max()) + 1;
    s.cpid = 1;
    s.ownerName = QStringLiteral("1234");
    return s;
}

// The array QJsonDocument wrote for the segments, as `--list --format json` did through Qt 6.4's JSON classes.
QByteArray qtJson(const QList<SegmentInfo> &segments)
{
    QJsonArray array;
    for (const SegmentInfo &s : segments) {
        QJsonArray attached;
        for (const AttachedProcess &a : s.attached)
            attached.append(QJsonObject{{QStringLiteral("pid"), a.pid},
                                        {QStringLiteral("command"), QString::fromUtf8(a.command)},
                                        {QStringLiteral("address"), QString(QStringLiteral("0x") + QString::number(a.address, 16))},
                                        {QStringLiteral("writable"), a.writable}});
        QJsonArray status;
        if (s.isDestroyed())
            status.append(QStringLiteral("dest"));
        if (s.isLocked())
            status.append(QStringLiteral("locked"));
        array.append(QJsonObject{
            {QStringLiteral("key"), QStringLiteral("0x%1").arg(quint32(s.key), 8, 16, QLatin1Char('0'))},
            {QStringLiteral("shmid"), s.shmid},
            {QStringLiteral("owner"), s.ownerName},
            {QStringLiteral("perms"), QString::number(s.mode & 0777, 8)},
            {QStringLiteral("bytes"), qint64(s.size)},
            {QStringLiteral("nattch"), qint64(s.nattch)},
            {QStringLiteral("status"), status},
            {QStringLiteral("cpid"), s.cpid},
            {QStringLiteral("lpid"), s.lpid},
            {QStringLiteral("uid"), qint64(s.uid)},
            {QStringLiteral("gid"), qint64(s.gid)},
            {QStringLiteral("cuid"), qint64(s.cuid)},
            {QStringLiteral("cgid"), qint64(s.cgid)},
            {QStringLiteral("atime"), s.atime},
            {QStringLiteral("dtime"), s.dtime},
            {QStringLiteral("ctime"), s.ctime},
            {QStringLiteral("rss"), qint64(s.rss)},
            {QStringLiteral("swap"), qint64(s.swap)},
            {QStringLiteral("attached"), attached},
            {QStringLiteral("orphan"), s.orphan},
            {QStringLiteral("ipc_namespace"), qint64(s.ipcNamespace)},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace

class TestSegmentListWriter : public QObject
{
    Q_OBJECT

private slots:
    void init() { coretest::failOnAnyWarning(); }
    void jsonIsTheTextQtWrote();
    void jsonOfNoSegments();
    void jsonKeepsHugeNumbersExact();
    void jsonEscapesNames_data();
    void jsonEscapesNames();
};

void TestSegmentListWriter::jsonIsTheTextQtWrote()
{
    SegmentInfo plain;
    plain.key = 0x1234;
    plain.shmid = 7;
    plain.mode = 0600;
    plain.size = 1;
    plain.cpid = 99;
    plain.ctime = 1700000002;
    plain.ownerName = QStringLiteral("root");
    plain.orphan = true;
    const QByteArray expected = R"([
    {
        "atime": 1700000000,
        "attached": [
            {
                "address": "0x7f0000001000",
                "command": "writer",
                "pid": 4242,
                "writable": true
            },
            {
                "address": "0x7f0000002000",
                "command": "a \"b\"\\c",
                "pid": 4343,
                "writable": false
            }
        ],
        "bytes": 4096,
        "cgid": 0,
        "cpid": 4242,
        "ctime": 1699999999,
        "cuid": 0,
        "dtime": 1700000001,
        "gid": 100,
        "ipc_namespace": 4026532201,
        "key": "0xfffffffe",
        "lpid": 4343,
        "nattch": 2,
        "orphan": false,
        "owner": "alice",
        "perms": "640",
        "rss": 4096,
        "shmid": 98304,
        "status": [
            "dest",
            "locked"
        ],
        "swap": 0,
        "uid": 1000
    },
    {
        "atime": 0,
        "attached": [
        ],
        "bytes": 1,
        "cgid": 0,
        "cpid": 99,
        "ctime": 1700000002,
        "cuid": 0,
        "dtime": 0,
        "gid": 0,
        "ipc_namespace": 0,
        "key": "0x00001234",
        "lpid": 0,
        "nattch": 0,
        "orphan": true,
        "owner": "root",
        "perms": "600",
        "rss": 0,
        "shmid": 7,
        "status": [
        ],
        "swap": 0,
        "uid": 0
    }
]
)";
    const QList<SegmentInfo> segments = {heldSegment(), plain};
    QCOMPARE(json(segments), expected);
    QCOMPARE(json(segments), qtJson(segments));
}

void TestSegmentListWriter::jsonOfNoSegments()
{
    QCOMPARE(json({}), QByteArray("[\n]\n"));
    QCOMPARE(json({}), qtJson({}));
}

// QJsonValue kept a number above 2^63 - 1 only as a double; the text now says each exactly.
void TestSegmentListWriter::jsonKeepsHugeNumbersExact()
{
    const QByteArray text = json({hugeSegment()});
    QVERIFY2(text.contains("\"bytes\": 18446744073709551615,\n"), text.constData());
    QVERIFY2(text.contains("\"nattch\": 18446744073709551615,\n"), text.constData());
    QVERIFY2(text.contains("\"rss\": 9223372036854775808,\n"), text.constData());
    QJsonParseError error{};
    QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestSegmentListWriter::jsonEscapesNames_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("ownerText"); // as it must appear in the output, between its quotes

    QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << QByteArray("x\"y\\z")
                                         << QByteArray(R"(a\"b\\c)");
    QTest::newRow("short escapes") << QStringLiteral("\b\f\n\r\t") << QByteArray("cmd\n")
                                   << QByteArray(R"(\b\f\n\r\t)");
    QTest::newRow("other controls") << QString::fromLatin1("\x01\x1f\x7f", 3) << QByteArray("\x1b[31m", 5)
                                    << QByteArray("\\u0001\\u001f\x7f");
    QTest::newRow("NUL") << QString(QChar(u'\0')) << QByteArray("a\0b", 3) << QByteArray(R"(\u0000)");
    QTest::newRow("two-, three-, four-byte UTF-8")
        << QStringLiteral("é中😀") << QByteArray("\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80")
        << QByteArray("\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80");
    QTest::newRow("bytes that are not UTF-8") << QStringLiteral("bob") << QByteArray("\xff\xfe")
                                              << QByteArray("bob");
    QTest::newRow("lone surrogates") << (QString(QChar(0xd800)) + QLatin1Char('x') + QChar(0xdfff))
                                     << QByteArray("ok") << QByteArray(R"(\ud800x\udfff)");
    QTest::newRow("empty") << QString() << QByteArray() << QByteArray();
}

void TestSegmentListWriter::jsonEscapesNames()
{
    QFETCH(QString, owner);
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, ownerText);
    SegmentInfo s = heldSegment();
    s.ownerName = owner;
    s.attached[1].command = command;
    const QByteArray text = json({s});
    QVERIFY2(text.contains(QByteArray("\"owner\": \"" + ownerText + "\",\n")), text.constData());
    QCOMPARE(text, qtJson({s}));
    // Read back, the names are what was written (a command's bytes that are not UTF-8 read as U+FFFD).
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject segment = document.array().at(0).toObject();
    if (!owner.contains(QChar(0xd800)))
        QCOMPARE(segment.value(QStringLiteral("owner")).toString(), owner);
    QCOMPARE(segment.value(QStringLiteral("attached")).toArray().at(1).toObject().value(QStringLiteral("command")).toString(),
             QString::fromUtf8(command));
}

QTEST_GUILESS_MAIN(TestSegmentListWriter)
#include "tst_segmentlistwriter.moc"
