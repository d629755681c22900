// core::LeakReport, pure: made from ScanResults written out here, its items, totals and sentences checked
// against literal numbers and text.

#include "core/leaks/leakreport.h"
#include "core/segments/segmentscanner.h"
#include "core/translations.h"

#include <QTest>

using core::LeakItem;
using core::LeakReport;
using core::LeakTotals;
using core::PosixObject;
using core::SegmentInfo;

namespace {

constexpr qint64 Now = 1764720000;

// The English forms of a count ("3 segments") come from shmscope_en.ts, which the lead's lupdate fills for
// new messages after a merge: until then a count reads "3 segment(s)", and the sentences cannot be compared.
bool englishFormsOfNewMessages()
{
    return !LeakReport::tr("%n segment(s), %1 held by nobody", nullptr, 3).contains(QLatin1String("(s)"));
}

#define SKIP_WITHOUT_ENGLISH_FORMS()                                                                         \
    if (!englishFormsOfNewMessages())                                                                        \
        QSKIP("shmscope_en.ts has no English forms of the new counts yet (the lead's lupdate adds them)");

SegmentInfo segment(int shmid, quint64 size, qint64 ctime, bool orphan, bool dest = false)
{
    SegmentInfo s;
    s.shmid = shmid;
    s.key = 0x1234 + shmid;
    s.size = size;
    s.ctime = ctime;
    s.cpid = 4242;
    s.orphan = orphan;
    s.mode = 0600 | (dest ? core::ShmDestFlag : 0);
    s.nattch = dest ? 1 : 0;
    return s;
}

PosixObject object(const QString &name, quint64 bytes, qint64 mtime, bool orphan)
{
    PosixObject o;
    o.name = name;
    o.path = QStringLiteral("/dev/shm") + name;
    o.bytes = bytes;
    o.mtime = mtime;
    o.attributesKnown = true;
    o.orphan = orphan;
    return o;
}

} // namespace

class TestLeakReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // As the program does at start: the English translator writes the counts.
    void initTestCase() { core::Translations::instance().use(core::Translations::Language::English); }
    void itemsAndTotals();
    void summary_data();
    void summary();
    void why();
    void age_data();
    void age();
};

void TestLeakReport::itemsAndTotals()
{
    core::ScanResult scan;
    SegmentInfo removed = segment(3, 4096, Now - 30, false, true);
    removed.attached = {core::AttachedProcess{77, "sleep", 0x7f0000000000, false}};
    scan.segments = {segment(1, 8 * 1024 * 1024, Now - 3600, true), segment(2, 1000, Now - 10, false),
                     removed, segment(4, 10 * 1024 * 1024, Now - 90000, true),
                     segment(5, 2 * 1024 * 1024, Now - 5, true)};
    core::PosixScanResult posix;
    posix.objects = {object(QStringLiteral("/held"), 500, Now - 1, false),
                     object(QStringLiteral("/left"), 65536, Now - 120, true)};
    scan.posix = posix;

    const LeakReport report = LeakReport::of(scan, Now);
    LeakTotals expected;
    expected.orphanSegments = 3;
    expected.orphanSegmentBytes = 20 * 1024 * 1024;
    expected.removedSegments = 1;
    expected.removedSegmentBytes = 4096;
    expected.orphanObjects = 1;
    expected.orphanObjectBytes = 65536;
    QCOMPARE(report.totals(), expected);
    QCOMPARE(report.items().size(), 5);
    QList<int> shmids;
    for (const LeakItem &item : report.items()) {
        if (item.kind != LeakItem::Kind::OrphanObject)
            shmids << item.segment.shmid;
    }
    QCOMPARE(shmids, QList<int>({1, 3, 4, 5}));
    QCOMPARE(report.items().at(0).kind, LeakItem::Kind::OrphanSegment);
    QCOMPARE(report.items().at(0).age, std::optional<qint64>(3600));
    QCOMPARE(report.items().at(1).kind, LeakItem::Kind::RemovedSegment);
    QVERIFY(!report.items().at(1).removable());
    QCOMPARE(report.items().at(4).kind, LeakItem::Kind::OrphanObject);
    QCOMPARE(report.items().at(4).object.name, QStringLiteral("/left"));
    QCOMPARE(report.items().at(4).age, std::optional<qint64>(120));
    QCOMPARE(report.items().at(4).bytes, quint64(65536));
    SKIP_WITHOUT_ENGLISH_FORMS();
    QCOMPARE(report.summary(), QStringLiteral("3 segments, 20.0 MiB held by nobody; 1 POSIX object, 64.0 KiB held "
                                              "by nobody; 1 removed segment, 4.0 KiB kept by the processes still "
                                              "attached"));
}

void TestLeakReport::summary_data()
{
    QTest::addColumn<QList<SegmentInfo>>("segments");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing") << QList<SegmentInfo>{segment(1, 100, Now, false)}
                             << QStringLiteral("Nothing is left behind.");
    QTest::newRow("one") << QList<SegmentInfo>{segment(1, 100, Now, true)}
                         << QStringLiteral("1 segment, 100 B held by nobody");
    QTest::newRow("three, 18 MiB") << QList<SegmentInfo>{segment(1, 6 << 20, Now, true), segment(2, 6 << 20, Now, true),
                                                         segment(3, 6 << 20, Now, true)}
                                   << QStringLiteral("3 segments, 18.0 MiB held by nobody");
}

void TestLeakReport::summary()
{
    QFETCH(QList<SegmentInfo>, segments);
    QFETCH(QString, text);
    if (text.contains(QLatin1String("held")))
        SKIP_WITHOUT_ENGLISH_FORMS();
    core::ScanResult scan;
    scan.segments = segments;
    QCOMPARE(LeakReport::of(scan, Now).summary(), text);
}

void TestLeakReport::why()
{
    core::ScanResult scan;
    SegmentInfo removed = segment(3, 4096, Now, false, true);
    removed.nattch = 3;
    removed.visibleMappings = 2;
    removed.attached = {core::AttachedProcess{77, "sleep", 0x1000, false},
                        core::AttachedProcess{78, "new\nline", 0x1000, true}};
    scan.segments = {segment(1, 100, Now, true), removed};
    core::PosixScanResult posix;
    posix.objects = {object(QStringLiteral("/left"), 1, Now, true)};
    scan.posix = posix;
    const LeakReport report = LeakReport::of(scan, Now);
    QCOMPARE(LeakReport::why(report.items().at(0)), QStringLiteral("creator 4242 exited"));
    QCOMPARE(LeakReport::why(report.items().at(2)), QStringLiteral("nobody maps or holds it"));
    SKIP_WITHOUT_ENGLISH_FORMS();
    QCOMPARE(LeakReport::why(report.items().at(1)),
             QStringLiteral("removed, kept by pid 77 (sleep), pid 78 (new\\nline), 1 attach of processes we may "
                            "not read"));
}

void TestLeakReport::age_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("59") << qint64(59) << QStringLiteral("59 s");
    QTest::newRow("60") << qint64(60) << QStringLiteral("1 min");
    QTest::newRow("3599") << qint64(3599) << QStringLiteral("59 min");
    QTest::newRow("3h20") << qint64(3 * 3600 + 20 * 60 + 7) << QStringLiteral("3 h 20 min");
    QTest::newRow("5d2h") << qint64(5 * 86400 + 2 * 3600 + 59) << QStringLiteral("5 d 2 h");
}

void TestLeakReport::age()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(LeakReport::age(seconds), text);
}

QTEST_GUILESS_MAIN(TestLeakReport)
#include "tst_leakreport.moc"
