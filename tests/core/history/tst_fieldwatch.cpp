// core::FieldWatch, core::SampleRing and core::WatchList: a bounded history, its CSV, field names found in a
// layout, and a real writer (shmdemo renaming itself) whose every name a watch records.
#include "core/history/fieldwatch.h"
#include "core/history/watchlist.h"
#include "core/kernel/attachment.h"
#include "core/layout/structparser.h"

#include "../../testutils.h"
#include "../coretest.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <QtTest>

#include <cstring>

using namespace core;

namespace {

const QString ShmdemoPath = QStringLiteral(SHMSCOPE_BIN_DIR "/shmdemo");

StructLayout layoutOf(const QString &cText)
{
    auto parsed = StructParser::parse(cText);
    if (!parsed.ok())
        qFatal("layout: %s", qPrintable(parsed.error().message));
    return parsed.value();
}

// st_pid's 56 bytes with this pid and name.
QByteArray stPid(qint32 pid, const QByteArray &name)
{
    QByteArray bytes(56, '\0');
    std::memcpy(bytes.data(), &pid, sizeof pid);
    std::memcpy(bytes.data() + 4, name.constData(), size_t(name.size()));
    return bytes;
}

} // namespace

class TestFieldWatch : public QObject
{
    Q_OBJECT

private slots:
    void ringKeepsTheNewestAndDropsTheOldest();
    void aValueIsRecordedOnlyWhenItChanges();
    void csvIsTimeFieldAndValue();
    void bytesOfASelectionReadAsAnUnsignedNumber();
    void rowsWithoutAValueAreRefused();
    void fieldsAreFoundByTheirCNames();
    void aMissingFieldIsRefusedWithTheFieldsThereAre();
    void everyFieldOfALayoutIsItsLeaves();
    void aWatchRecordsEveryNameAWriterWrote();
};

void TestFieldWatch::ringKeepsTheNewestAndDropsTheOldest()
{
    SampleRing ring(3);
    for (int i = 1; i <= 5; ++i)
        ring.append(HistorySample{i, double(i), QString::number(i)});
    QCOMPARE(ring.size(), 3);
    QCOMPARE(ring.dropped(), quint64(2));
    QCOMPARE(ring.at(0).text, QStringLiteral("3"));
    QCOMPARE(ring.at(1).text, QStringLiteral("4"));
    QCOMPARE(ring.last().text, QStringLiteral("5"));
}

void TestFieldWatch::aValueIsRecordedOnlyWhenItChanges()
{
    const StructLayout layout = layoutOf(StructParser::builtinStPid());
    auto found = WatchList::findField(layout, QStringLiteral("pid"));
    SHM_VERIFY_OK(found);
    auto watch = FieldWatch::ofField(found.value(), QStringLiteral("pid"), 2);
    SHM_VERIFY_OK(watch);
    FieldWatch &pid = watch.value();
    QVERIFY(!pid.observe(stPid(7, "Ada").left(4), 1000)); // the first read is no change
    QVERIFY(!pid.observe(stPid(7, "Ada").left(4), 1100)); // the same bytes again
    QVERIFY(pid.observe(stPid(-8, "Ada").left(4), 1200));
    QCOMPARE(pid.previousText(), QStringLiteral("7"));
    QCOMPARE(pid.text(), QStringLiteral("-8"));
    QVERIFY(pid.observe(stPid(9, "Ada").left(4), 1300));
    // Capacity 2: the first sample went.
    QCOMPARE(pid.samples().size(), 2);
    QCOMPARE(pid.samples().at(0).msecs, 1200);
    QCOMPARE(pid.samples().at(0).value, -8.0);
    QCOMPARE(pid.samples().at(1).value, 9.0);
    QVERIFY(!pid.observe(QByteArray(3, '\0'), 1400)); // a short read is no value
    QCOMPARE(pid.text(), QStringLiteral("9"));
}

void TestFieldWatch::csvIsTimeFieldAndValue()
{
    const StructLayout layout = layoutOf(StructParser::builtinStPid());
    auto found = WatchList::findField(layout, QStringLiteral("names"));
    SHM_VERIFY_OK(found);
    auto watch = FieldWatch::ofField(found.value(), QStringLiteral("names"));
    SHM_VERIFY_OK(watch);
    QVERIFY(!watch.value().isNumeric());
    const qint64 t0 = 1796312400123; // 2026-12-03T15:40:00.123Z
    watch.value().observe(stPid(1, "Ada").mid(4, 51), t0);
    watch.value().observe(stPid(1, "Bo, \"the\" 2nd").mid(4, 51), t0 + 1001);
    QCOMPARE(watch.value().csv(), QStringLiteral("time,field,value\n"
                                                 "2026-12-03T15:40:00.123Z,names,Ada\n"
                                                 "2026-12-03T15:40:01.124Z,names,\"Bo, \"\"the\"\" 2nd\"\n"));
    QVERIFY(std::isnan(watch.value().samples().last().value));
}

void TestFieldWatch::bytesOfASelectionReadAsAnUnsignedNumber()
{
    auto watch = FieldWatch::ofBytes(16, 2);
    SHM_VERIFY_OK(watch);
    QCOMPARE(watch.value().offset(), quint64(16));
    QCOMPARE(watch.value().readLength(), quint64(2));
    const quint16 value = 0xfffe;
    watch.value().observe(QByteArrayView(reinterpret_cast<const char *>(&value), 2), 1);
    QCOMPARE(watch.value().text(), QStringLiteral("65534"));
    QCOMPARE(watch.value().samples().last().value, 65534.0);
    const auto three = FieldWatch::ofBytes(0, 3);
    QVERIFY(!three.ok());
    QCOMPARE(three.error().message, QStringLiteral("3 bytes cannot be read as a number: select 1, 2, 4 or 8 bytes."));
}

void TestFieldWatch::rowsWithoutAValueAreRefused()
{
    const StructLayout layout =
        layoutOf(QStringLiteral("struct p { int x, y; }; struct rec { struct p pos; int items[4]; char c; };"));
    const auto pos = WatchList::findField(layout, QStringLiteral("pos"));
    SHM_VERIFY_OK(pos);
    const auto refused = FieldWatch::ofField(pos.value(), QStringLiteral("pos"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message, QStringLiteral("pos is a struct and has no value of its own: watch one of its "
                                                     "fields."));
    const auto items = WatchList::findField(layout, QStringLiteral("items"));
    SHM_VERIFY_OK(items);
    QVERIFY(!FieldWatch::ofField(items.value(), QStringLiteral("items")).ok());
}

void TestFieldWatch::fieldsAreFoundByTheirCNames()
{
    const StructLayout layout = layoutOf(QStringLiteral(
        "struct p { short x, y; }; struct rec { char tag; struct p pos; struct p grid[2][3]; union { int a; "
        "float f; }; };"));
    const auto check = [&](const QString &path, quint64 offset, quint64 size) {
        const auto found = WatchList::findField(layout, path);
        SHM_VERIFY_OK(found);
        QCOMPARE(found.value().offset, offset);
        QCOMPARE(found.value().size, size);
    };
    check(QStringLiteral("tag"), 0, 1);
    check(QStringLiteral("pos.y"), 4, 2);
    check(QStringLiteral("grid[1][2].x"), 6 + 4 * 3 + 4 * 2, 2); // 2 + 4 (pos) = 6; rows of 3 × 4 bytes
    check(QStringLiteral("a"), 32, 4);                            // a member of the anonymous union
    check(QStringLiteral("f"), 32, 4);
}

void TestFieldWatch::aMissingFieldIsRefusedWithTheFieldsThereAre()
{
    const StructLayout layout = layoutOf(StructParser::builtinStPid());
    const auto missing = WatchList::findField(layout, QStringLiteral("age"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().message, QStringLiteral("st_pid has no field \"age\"; its fields: pid, names."));
    const auto element = WatchList::findField(layout, QStringLiteral("pid[2]"));
    QVERIFY(!element.ok());
    QCOMPARE(element.error().message, QStringLiteral("pid is not an array: it has no element [2]."));
    const auto member = WatchList::findField(layout, QStringLiteral("pid.x"));
    QVERIFY(!member.ok());
    QCOMPARE(member.error().message, QStringLiteral("pid is not a struct or union: it has no field \"x\"."));
    const auto past = WatchList::findField(
        layoutOf(QStringLiteral("struct r { int v[4]; };")), QStringLiteral("v[4]"));
    QVERIFY(!past.ok());
    QCOMPARE(past.error().message, QStringLiteral("v has 4 elements: there is no v[4]."));
    for (const char *bad : {"", ".pid", "pid.", "pid names", "[0]"})
        QVERIFY2(!WatchList::findField(layout, QLatin1String(bad)).ok(), bad);
}

void TestFieldWatch::everyFieldOfALayoutIsItsLeaves()
{
    const StructLayout layout =
        layoutOf(QStringLiteral("struct p { int x, y; }; struct rec { char c; struct p pos; short v[2]; };"));
    QStringList names;
    for (const auto &[name, field] : WatchList::valueFields(layout))
        names << QStringLiteral("%1@%2").arg(name).arg(field.offset);
    QCOMPARE(names, (QStringList{QStringLiteral("c@0"), QStringLiteral("pos.x@4"), QStringLiteral("pos.y@8"),
                                 QStringLiteral("v[0]@12"), QStringLiteral("v[1]@14")}));
}

// shmdemo renames itself every 100 ms while a watch of names is polled every 5 ms through our own attach: the
// watch's values are the names the writer says it wrote, each once, in order.
void TestFieldWatch::aWatchRecordsEveryNameAWriterWrote()
{
    const key_t key = testutils::uniqueKey(0x17);
    testutils::SegmentGuard guard;
    QVERIFY2(guard.create(key, 56, 0640), strerror(errno));
    auto attached = Attachment::attach(guard.id(), Attachment::Mode::ReadOnly);
    SHM_VERIFY_OK(attached);
    const Attachment &segment = *attached.value();

    const StructLayout layout = layoutOf(StructParser::builtinStPid());
    auto names = WatchList::findField(layout, QStringLiteral("names"));
    SHM_VERIFY_OK(names);
    auto watch = FieldWatch::ofField(names.value(), QStringLiteral("names"));
    SHM_VERIFY_OK(watch);
    WatchList watches;
    watches.add(std::move(watch.value()));
    const WatchList::Reader read = [&](quint64 offset, char *out, quint64 length) {
        return segment.readAvailable(offset, out, length) == length;
    };
    QTimer poller;
    poller.setInterval(5);
    connect(&poller, &QTimer::timeout, this,
            [&] { watches.poll(read, QDateTime::currentMSecsSinceEpoch()); });
    watches.poll(read, QDateTime::currentMSecsSinceEpoch());
    poller.start();

    QProcess writer;
    writer.setProcessEnvironment(testutils::headlessEnvironment());
    writer.start(ShmdemoPath, {QStringLiteral("write"), QStringLiteral("Dora"), QStringLiteral("--key"),
                               QStringLiteral("0x%1").arg(quint32(key), 0, 16), QStringLiteral("--hold"),
                               QStringLiteral("1"), QStringLiteral("--every"), QStringLiteral("100")});
    QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(writer.state() == QProcess::NotRunning, 30000);
    poller.stop();
    watches.poll(read, QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(writer.exitCode(), 0);

    // "new: pid=1234, name="Dora 3"": what the writer wrote, in order.
    QStringList written;
    static const QRegularExpression newLine(QStringLiteral("^new: pid=\\d+, name=\"(.*)\"$"));
    for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
        const auto match = newLine.match(QString::fromUtf8(line));
        if (match.hasMatch())
            written << match.captured(1);
    }
    QCOMPARE(written.size(), 10); // Dora, then 9 renames within the 1 s hold
    QStringList recorded;
    const SampleRing &samples = watches.at(0).samples();
    for (qsizetype i = 0; i < samples.size(); ++i)
        recorded << samples.at(i).text;
    QCOMPARE(recorded.value(0), QString()); // the segment's zeros before the writer's first name
    recorded.removeFirst();
    QCOMPARE(recorded, written);
    for (qsizetype i = 1; i < samples.size(); ++i)
        QVERIFY(samples.at(i).msecs >= samples.at(i - 1).msecs);
}

QTEST_GUILESS_MAIN(TestFieldWatch)
#include "tst_fieldwatch.moc"
