// `shmscope --watch` end to end: a real writer (shmdemo renaming itself) watched by the real executable
// without a display; each change a line of CSV or JSON, --count ending the run, and bad input refused.

#include "renamingwriter.h"
#include "testutils.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace testutils;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *arg : list)
        out << QString::fromUtf8(arg);
    return out;
}

// "Dora 12" -> 12, "Dora" -> 0, anything else -> -1.
int renameNumber(const QString &name)
{
    if (name == QLatin1String("Dora"))
        return 0;
    static const QRegularExpression numbered(QStringLiteral("^Dora (\\d+)$"));
    const auto match = numbered.match(name);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestWatch : public QObject
{
    Q_OBJECT

private slots:
    void countFiveChangesAndExit();
    void everyFieldWithoutField();
    void observedWithoutAttaching();
    void jsonLines();
    void refusals_data();
    void refusals();
};

// --count 5: five lines after the header, each a change of names from the name before to the next the writer
// wrote, and exit 0 though the writer goes on.
void TestWatch::countFiveChangesAndExit()
{
    const key_t key = uniqueKey(0x31);
    SegmentGuard guard;
    QVERIFY(guard.create(key, 56, 0640));
    RenamingWriter writer;
    QString why;
    QVERIFY2(writer.start(key, 50, &why, QStringLiteral("Dora")) >= 0, qPrintable(why));

    const Run result = run(shmscopePath, {QStringLiteral("--watch"), QString::number(guard.id()),
                                          QStringLiteral("--field"), QStringLiteral("names"),
                                          QStringLiteral("--interval"), QStringLiteral("10"),
                                          QStringLiteral("--count"), QStringLiteral("5")});
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.err, QByteArray());
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 7); // header, five changes, and the empty rest after the last line break
    QCOMPARE(lines.first(), QStringLiteral("time,field,old,new"));
    QCOMPARE(lines.last(), QString());
    static const QRegularExpression change(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z,names,(Dora(?: \\d+)?),(Dora \\d+)$"));
    int previous = -1;
    for (int i = 1; i <= 5; ++i) {
        const auto match = change.match(lines.at(i));
        QVERIFY2(match.hasMatch(), qPrintable(lines.at(i)));
        const int before = renameNumber(match.captured(1));
        const int after = renameNumber(match.captured(2));
        QVERIFY2(after > before, qPrintable(lines.at(i)));
        if (previous >= 0) // each change starts from the value the line before ended with
            QCOMPARE(before, previous);
        previous = after;
    }
}

// Without --field every field of st_pid is watched: the writer's pid stays, so only names changes.
void TestWatch::everyFieldWithoutField()
{
    const key_t key = uniqueKey(0x32);
    SegmentGuard guard;
    QVERIFY(guard.create(key, 56, 0640));
    RenamingWriter writer;
    QString why;
    QVERIFY2(writer.start(key, 50, &why, QStringLiteral("Dora")) >= 0, qPrintable(why));
    const Run result = run(shmscopePath, {QStringLiteral("--watch"), QString::number(guard.id()),
                                          QStringLiteral("--interval"), QStringLiteral("10"),
                                          QStringLiteral("--count"), QStringLiteral("2")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QByteArray> lines = result.out.split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(1).contains("Z,names,Dora"), lines.at(1).constData());
    QVERIFY2(lines.at(2).contains("Z,names,Dora"), lines.at(2).constData());
}

// --observe: the changes come through the writer's own mapping, and the kernel's nattch, lpid and atime of the
// segment (IPC_STAT, asked by the test) stay as the writer's attach left them.
void TestWatch::observedWithoutAttaching()
{
    const key_t key = uniqueKey(0x34);
    SegmentGuard guard;
    QVERIFY(guard.create(key, 56, 0640));
    RenamingWriter writer;
    QString why;
    QVERIFY2(writer.start(key, 50, &why, QStringLiteral("Dora")) >= 0, qPrintable(why));
    const auto before = testutils::shmStat(guard.id());
    QVERIFY(before);
    QCOMPARE(before->shm_nattch, shmatt_t(1));
    const Run result = run(shmscopePath, {QStringLiteral("--watch"), QString::number(guard.id()),
                                          QStringLiteral("--observe"), QStringLiteral("--field"),
                                          QStringLiteral("names"), QStringLiteral("--interval"),
                                          QStringLiteral("10"), QStringLiteral("--count"), QStringLiteral("3")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QByteArray> lines = result.out.split('\n');
    QCOMPARE(lines.size(), 5); // header, three changes, the empty rest
    for (int i = 1; i <= 3; ++i)
        QVERIFY2(lines.at(i).contains("Z,names,Dora"), lines.at(i).constData());
    const auto after = testutils::shmStat(guard.id());
    QVERIFY(after);
    QCOMPARE(after->shm_nattch, before->shm_nattch);
    QCOMPARE(after->shm_lpid, before->shm_lpid);
    QCOMPARE(after->shm_atime, before->shm_atime);
}

void TestWatch::jsonLines()
{
    const key_t key = uniqueKey(0x33);
    SegmentGuard guard;
    QVERIFY(guard.create(key, 56, 0640));
    RenamingWriter writer;
    QString why;
    QVERIFY2(writer.start(key, 50, &why, QStringLiteral("Dora")) >= 0, qPrintable(why));
    const Run result = run(shmscopePath, {QStringLiteral("--watch"), QString::number(guard.id()),
                                          QStringLiteral("--field"), QStringLiteral("names"),
                                          QStringLiteral("--format"), QStringLiteral("json"),
                                          QStringLiteral("--interval"), QStringLiteral("10"),
                                          QStringLiteral("--count"), QStringLiteral("3")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QByteArray> lines = result.out.split('\n');
    QCOMPARE(lines.size(), 4); // no header: each line is a JSON object of its own
    for (int i = 0; i < 3; ++i) {
        QJsonParseError error{};
        const QJsonObject object = QJsonDocument::fromJson(lines.at(i), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, lines.at(i).constData());
        QCOMPARE(object.keys(), args({"field", "new", "old", "time"}));
        QCOMPARE(object.value(QLatin1String("field")).toString(), QStringLiteral("names"));
        QVERIFY(renameNumber(object.value(QLatin1String("new")).toString()) >
                renameNumber(object.value(QLatin1String("old")).toString()));
    }
}

void TestWatch::refusals_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such field") << args({"--field", "age"})
                                   << QStringLiteral("st_pid has no field \"age\"; its fields: pid, names.");
    QTest::newRow("not a field name") << args({"--field", "names..x"})
                                      << QStringLiteral("\"names..x\" is not a field name such as names, pos.x or "
                                                        "items[3].");
    QTest::newRow("interval 0") << args({"--interval", "0"})
                                << QStringLiteral("--interval wants milliseconds from 1 to 3600000, not \"0\".");
    QTest::newRow("count 0") << args({"--count", "0"})
                             << QStringLiteral("--count wants a number of changes, 1 or more, not \"0\".");
    QTest::newRow("format") << args({"--format", "table"})
                            << QStringLiteral("unknown --format \"table\" for --watch; use csv or json.");
    QTest::newRow("with read") << args({"--read", "1", "--field", "names"})
                               << QStringLiteral("use --read or --watch, not both.");
}

// Each refusal: exit 1, one line on stderr, nothing printed.
void TestWatch::refusals()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    SegmentGuard guard;
    QVERIFY(guard.create(uniqueKey(0x34), 56, 0640));
    const Run result = run(shmscopePath, QStringList{QStringLiteral("--watch"), QString::number(guard.id())} + extra);
    SHM_COMPARE_REFUSED(result, (QStringLiteral("shmscope: ") + message + QLatin1Char(0x0a)).toUtf8());
}

QTEST_GUILESS_MAIN(TestWatch)
#include "tst_watch.moc"
