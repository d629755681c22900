// core::RaceRecord: the tagged names and the whole / torn / untagged verdict, on literal records and on
// records made the way writers make them: one write's bytes laid over another's, first byte to last, cut at
// every byte boundary.

#include "core/race/racerecord.h"
#include "testutils.h"

#include <QTest>

using core::RaceRecord;
using Verdict = RaceRecord::Verdict;

namespace {

constexpr qsizetype RecordSize = 56;
// pid (4 bytes) and names[51]: what a writer writes; the last byte is padding nobody writes.
constexpr qsizetype WrittenSize = 55;

struct Write
{
    qint32 pid;
    QByteArray text; // names[] up to its NUL
    [[nodiscard]] QByteArray bytes() const { return testutils::stPidBytes(pid, text); }
};

// The record while `later` is being written over `earlier`: its first `written` bytes, then the rest of
// earlier's.
QByteArray overlay(const Write &earlier, const Write &later, qsizetype written)
{
    QByteArray bytes = earlier.bytes();
    bytes.replace(0, written, later.bytes().first(written));
    return bytes;
}

// The pid field and the text of a record, read with the test's own memcpy: what "equal to a write" means.
QByteArray pidAndText(const QByteArray &record)
{
    const QByteArray names = record.sliced(4, 51);
    return record.first(4) + names.left(names.indexOf('\0'));
}

const char *verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Whole:
        return "Whole";
    case Verdict::Torn:
        return "Torn";
    case Verdict::Untagged:
        return "Untagged";
    }
    return "?";
}

QByteArray describe(const RaceRecord::Reading &reading, const QByteArray &record)
{
    QByteArray pids;
    for (const qint64 pid : reading.pids)
        pids += QByteArray::number(pid) + ' ';
    return QByteArray(verdictName(reading.verdict)) + " pid " + QByteArray::number(reading.pid) + " name \"" +
           reading.name + "\" pids [" + pids.trimmed() + "] of record " + record.toHex(' ');
}

// Tagged names as writers tag them, of the lengths that matter: shorter, longer, numbered past a new digit.
const QList<QByteArray> Names = {"A",        "Bo",       "Alice",     "Alice 9",
                                 "Alice 10", "Alice 99", "Alice 100", "Alexandra of the long name 12"};
// Pids of 1 to 7 digits (pid_max is at most 4194304), some sharing digits.
const QList<qint32> Pids = {7, 42, 1000, 1234, 5634, 12345, 99999, 100000, 4194303};

} // namespace

class TestRaceRecord : public QObject
{
    Q_OBJECT

private slots:
    void taggedNameIsPidNamePid();
    void taggedNameRefusesWhatCannotBeTold_data();
    void taggedNameRefusesWhatCannotBeTold();
    void literalRecords_data();
    void literalRecords();
    void tornAtEveryBoundaryOfTwoWrites_data();
    void tornAtEveryBoundaryOfTwoWrites();
    void unequalNamesTellWhatTheyCan();
    void ownWriteOverOwnWriteIsNeverTorn();
    void twoWritersAreNeverCalledWholeUnlessOneWroteItAll();
};

void TestRaceRecord::taggedNameIsPidNamePid()
{
    QCOMPARE(RaceRecord::taggedName(4242, "Alice"), QByteArray("4242:Alice:4242"));
    QCOMPARE(RaceRecord::taggedName(7, "Alice 12"), QByteArray("7:Alice 12:7"));
    // 50 bytes of text is what names[51] holds.
    const QByteArray fits(50 - 2 * 7 - 2, 'n');
    QCOMPARE(RaceRecord::taggedName(4194303, fits), QByteArray("4194303:" + fits + ":4194303"));
    QCOMPARE(RaceRecord::taggedName(4194303, fits).size(), 50);
    // Each whole tagged record reads back as it was written.
    for (const qint32 pid : Pids) {
        for (const QByteArray &name : Names) {
            const QByteArray tagged = RaceRecord::taggedName(pid, name);
            if (tagged.isEmpty())
                continue;
            const QByteArray record = testutils::stPidBytes(pid, tagged);
            const RaceRecord::Reading reading = RaceRecord::read(record);
            QVERIFY2(reading.verdict == Verdict::Whole, describe(reading, record).constData());
            QCOMPARE(reading.pid, qint64(pid));
            QCOMPARE(reading.name, name);
            QCOMPARE(reading.pids, QList<qint64>());
        }
    }
}

void TestRaceRecord::taggedNameRefusesWhatCannotBeTold_data()
{
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("51 bytes") << qint64(4194303) << QByteArray(50 - 2 * 7 - 1, 'n');
    QTest::newRow("empty") << qint64(42) << QByteArray();
    QTest::newRow("a colon") << qint64(42) << QByteArray("a:b");
    QTest::newRow("a NUL") << qint64(42) << QByteArray("a\0b", 3);
    QTest::newRow("pid 0") << qint64(0) << QByteArray("Alice");
    QTest::newRow("negative pid") << qint64(-5) << QByteArray("Alice");
}

void TestRaceRecord::taggedNameRefusesWhatCannotBeTold()
{
    QFETCH(qint64, pid);
    QFETCH(QByteArray, name);
    QCOMPARE(RaceRecord::taggedName(pid, name), QByteArray());
}

void TestRaceRecord::literalRecords_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QList<qint64>>("pids");
    const auto row = [](const char *what, qint32 pid, const QByteArray &text, Verdict verdict,
                        const QByteArray &name, const QList<qint64> &pids = {}) {
        QTest::newRow(what) << testutils::stPidBytes(pid, text) << int(verdict) << qint64(pid) << name
                            << pids;
    };
    row("whole", 4242, "4242:Alice:4242", Verdict::Whole, "Alice");
    row("whole, a name of digits", 4242, "4242:1234:4242", Verdict::Whole, "1234");
    row("the lesson's plain name", 4242, "Alice", Verdict::Untagged, "Alice");
    row("empty names", 0, "", Verdict::Untagged, "");
    row("digits without a colon", 4242, "4242", Verdict::Untagged, "4242");
    row("a colon first", 4242, ":Alice:4242", Verdict::Untagged, ":Alice:4242");
    row("19 digits are no tag", 42, "1234567890123456789:x:42", Verdict::Untagged,
        "1234567890123456789:x:42");
    // The later writer (5678) wrote its pid and nothing more over 1234's whole record.
    row("pid field of another", 5678, "1234:Alice:1234", Verdict::Torn, "1234:Alice:1234", {5678, 1234});
    // ... and then "56" of its tag: the leading tag 5634 is nobody's, so it is not named.
    row("half a tag over another", 5678, "5634:Alice:1234", Verdict::Torn, "5634:Alice:1234", {5678, 1234});
    // ... and then its tag and "Bo" over "Al": the earlier writer's tail holds its tag.
    row("a name over another's tail", 5678, "5678:Boice:1234", Verdict::Torn, "5678:Boice:1234",
        {5678, 1234});
    // 28277 wrote its pid over 28276's name in progress, which lies over 28277's earlier name: its tail "277"
    // is made of the others' digits, nobody's pid.
    row("a tail half written", 28277, "28276:Alice 4:277", Verdict::Torn, "28276:Alice 4:277",
        {28277, 28276});
    // Half written over a writer the record holds nowhere else: named as it is.
    row("a tail half written over a lost tag", 5678, "5678:Bobby:5234", Verdict::Torn, "5678:Bobby:5234",
        {5678, 5234});
    // 5678's whole name over 1234's longer one, its NUL not written yet: two tags run together. Nothing
    // tells where one ends, and no other pid is there to name: named as it is.
    row("two tags run together", 5678, "5678:Bo:56781234", Verdict::Torn, "5678:Bo:56781234",
        {5678, 56781234});
    row("two tags run together, a third pid", 1234, "5678:Bo:56781234", Verdict::Torn, "5678:Bo:56781234",
        {1234, 5678});
    // Three writers: 1234's pid, 987's leading tag (complete: it is followed by ':'), 5678's tail.
    row("three pids", 1234, "987:Bob:5678", Verdict::Torn, "987:Bob:5678", {1234, 987, 5678});
    // A writer renaming itself from "Alice 9" to "Alice 10", cut after "4242:Alice 10:42" (its old NUL
    // follows): its own digits, not another's.
    row("own name cut short", 4242, "4242:Alice 10:42", Verdict::Untagged, "4242:Alice 10:42");
    row("own tail joined", 4242, "4242:Alice 10:4242242", Verdict::Untagged, "4242:Alice 10:4242242");
    row("no trailing tag yet", 4242, "4242:Ali", Verdict::Untagged, "4242:Ali");
    row("nothing after the last colon", 4242, "4242:Alice:", Verdict::Untagged, "4242:Alice:");
    row("negative pid field", -1, "1:Alice:1", Verdict::Torn, "1:Alice:1", {-1, 1});

    QTest::newRow("55 bytes are untagged")
        << testutils::stPidBytes(4242, "4242:Alice:4242").first(55) << int(Verdict::Untagged) << qint64(4242)
        << QByteArray("4242:Alice:4242") << QList<qint64>{};
    QTest::newRow("no bytes") << QByteArray() << int(Verdict::Untagged) << qint64(0) << QByteArray()
                              << QList<qint64>{};
    QByteArray unterminated = testutils::stPidBytes(42, {});
    unterminated.replace(4, 51, QByteArray(51, 'x'));
    QTest::newRow("no NUL in names[51]")
        << unterminated << int(Verdict::Untagged) << qint64(42) << QByteArray(51, 'x') << QList<qint64>{};
    QByteArray longer = testutils::stPidBytes(4242, "4242:Alice:4242") + "more bytes";
    QTest::newRow("bytes after the record are not read")
        << longer << int(Verdict::Whole) << qint64(4242) << QByteArray("Alice") << QList<qint64>{};
}

void TestRaceRecord::literalRecords()
{
    QFETCH(QByteArray, record);
    QFETCH(int, verdict);
    QFETCH(qint64, pid);
    QFETCH(QByteArray, name);
    QFETCH(QList<qint64>, pids);
    const RaceRecord::Reading reading = RaceRecord::read(record);
    QVERIFY2(int(reading.verdict) == verdict, describe(reading, record).constData());
    QCOMPARE(reading.pid, pid);
    QCOMPARE(reading.name, name);
    QCOMPARE(reading.pids, pids);
}

void TestRaceRecord::tornAtEveryBoundaryOfTwoWrites_data()
{
    QTest::addColumn<qint32>("earlierPid");
    QTest::addColumn<QByteArray>("earlierName");
    QTest::addColumn<qint32>("laterPid");
    QTest::addColumn<QByteArray>("laterName");
    // Names of equal length, pids of as many digits that differ in each: every cut leaves a foreign tag.
    QTest::newRow("Alice then Bobby")
        << qint32(1234) << QByteArray("Alice") << qint32(5678) << QByteArray("Bobby");
    QTest::newRow("Bobby then Alice")
        << qint32(5678) << QByteArray("Bobby") << qint32(1234) << QByteArray("Alice");
    QTest::newRow("7-digit pids, renamed")
        << qint32(4194303) << QByteArray("Alice 17") << qint32(1000000) << QByteArray("Alice 18");
    QTest::newRow("1-digit pids") << qint32(3) << QByteArray("x") << qint32(9) << QByteArray("y");
}

// Every state of one write over another, from its first byte to its last: whole before the first byte that
// differs, torn from there until the later write's text is all there, whole (the later writer's) from then
// on.
void TestRaceRecord::tornAtEveryBoundaryOfTwoWrites()
{
    QFETCH(qint32, earlierPid);
    QFETCH(QByteArray, earlierName);
    QFETCH(qint32, laterPid);
    QFETCH(QByteArray, laterName);
    const Write earlier{earlierPid, RaceRecord::taggedName(earlierPid, earlierName)};
    const Write later{laterPid, RaceRecord::taggedName(laterPid, laterName)};
    QCOMPARE(earlier.text.size(), later.text.size());
    for (qsizetype written = 0; written <= WrittenSize; ++written) {
        const QByteArray record = overlay(earlier, later, written);
        const RaceRecord::Reading reading = RaceRecord::read(record);
        const QByteArray what =
            "after " + QByteArray::number(written) + " bytes: " + describe(reading, record);
        if (written == 0 || pidAndText(record) == pidAndText(earlier.bytes())) {
            QVERIFY2(reading.verdict == Verdict::Whole && reading.pid == earlierPid &&
                         reading.name == earlierName,
                     what.constData());
        } else if (pidAndText(record) == pidAndText(later.bytes())) {
            QVERIFY2(reading.verdict == Verdict::Whole && reading.pid == laterPid &&
                         reading.name == laterName,
                     what.constData());
        } else {
            QVERIFY2(reading.verdict == Verdict::Torn, what.constData());
            // Once the pid field is the later writer's, the record names it first, then the earlier writer,
            // unless the later writer is halfway through the earlier one's trailing tag: digits of both.
            if (written >= 4) {
                QVERIFY2(reading.pids.size() == 2 && reading.pids.first() == laterPid, what.constData());
                if (pidAndText(record).endsWith(QByteArray(":" + QByteArray::number(earlierPid))))
                    QVERIFY2(reading.pids.last() == earlierPid, what.constData());
            }
        }
    }
}

// Names of different lengths and pids of different lengths: some tears leave no foreign tag (the later name's
// middle over the earlier one's tag); those are Untagged, never Whole; the rest are Torn.
void TestRaceRecord::unequalNamesTellWhatTheyCan()
{
    const Write earlier{987, RaceRecord::taggedName(987, "Al")};       // "987:Al:987"
    const Write later{1234, RaceRecord::taggedName(1234, "Bobby 12")}; // "1234:Bobby 12:1234"
    struct Expected
    {
        qsizetype written;
        Verdict verdict;
        QByteArray text;
    };
    const Expected expected[] = {
        {4, Verdict::Torn, "987:Al:987"},     // 1234's pid over 987's record
        {5, Verdict::Torn, "187:Al:987"},     // "1" of 1234's tag: 187 is nobody's
        {8, Verdict::Untagged, "1234Al:987"}, // digits without their ':': no tag at all
        {9, Verdict::Torn, "1234:l:987"},     // 1234 leads, 987 trails
        {10, Verdict::Torn, "1234:B:987"},
        {11, Verdict::Untagged, "1234:Bo987"},       // "Bo" over 987's ':': its tag is no tag now
        {14, Verdict::Untagged, "1234:Bobby"},       // the earlier NUL ends the text: no tail to tell by
        {18, Verdict::Untagged, "1234:Bobby 12:"},   // the trailing tag not begun
        {20, Verdict::Untagged, "1234:Bobby 12:12"}, // its own digits so far
        {22, Verdict::Whole, "1234:Bobby 12:1234"},  // the later NUL not written, but the earlier zeros are
    };
    for (const Expected &e : expected) {
        const QByteArray record = overlay(earlier, later, e.written);
        const RaceRecord::Reading reading = RaceRecord::read(record);
        const QByteArray what =
            "after " + QByteArray::number(e.written) + " bytes: " + describe(reading, record);
        QVERIFY2(pidAndText(record).sliced(4) == e.text, what.constData());
        QVERIFY2(reading.verdict == e.verdict, what.constData());
    }
    // And at no cut is a record that neither writer wrote whole called whole.
    for (qsizetype written = 0; written <= WrittenSize; ++written) {
        const QByteArray record = overlay(earlier, later, written);
        const RaceRecord::Reading reading = RaceRecord::read(record);
        const bool someonesWrite = pidAndText(record) == pidAndText(earlier.bytes()) ||
                                   pidAndText(record) == pidAndText(later.bytes());
        QVERIFY2((reading.verdict == Verdict::Whole) == someonesWrite, describe(reading, record).constData());
    }
}

// The property the reader rests on: a writer writing over its own earlier write (renaming itself, longer or
// shorter) never makes a record that is called torn, at any byte.
void TestRaceRecord::ownWriteOverOwnWriteIsNeverTorn()
{
    qsizetype checked = 0;
    for (const qint32 pid : Pids) {
        for (const QByteArray &earlierName : Names) {
            for (const QByteArray &laterName : Names) {
                const Write earlier{pid, RaceRecord::taggedName(pid, earlierName)};
                const Write later{pid, RaceRecord::taggedName(pid, laterName)};
                if (earlier.text.isEmpty() || later.text.isEmpty())
                    continue; // too long to tag with this pid
                for (qsizetype written = 0; written <= WrittenSize; ++written) {
                    const QByteArray record = overlay(earlier, later, written);
                    const RaceRecord::Reading reading = RaceRecord::read(record);
                    QVERIFY2(reading.verdict != Verdict::Torn, describe(reading, record).constData());
                    QCOMPARE(reading.pid, qint64(pid));
                    ++checked;
                }
            }
        }
    }
    QVERIFY(checked > 3000);
}

// Two writers of different pids, every pair of names and every cut: a record is called whole only when its
// pid and text are one writer's whole write.
void TestRaceRecord::twoWritersAreNeverCalledWholeUnlessOneWroteItAll()
{
    qsizetype torn = 0;
    for (const qint32 earlierPid : Pids) {
        for (const qint32 laterPid : Pids) {
            if (earlierPid == laterPid)
                continue;
            for (const QByteArray &earlierName : Names) {
                for (const QByteArray &laterName : Names) {
                    const Write earlier{earlierPid, RaceRecord::taggedName(earlierPid, earlierName)};
                    const Write later{laterPid, RaceRecord::taggedName(laterPid, laterName)};
                    if (earlier.text.isEmpty() || later.text.isEmpty())
                        continue;
                    for (qsizetype written = 0; written <= WrittenSize; ++written) {
                        const QByteArray record = overlay(earlier, later, written);
                        const RaceRecord::Reading reading = RaceRecord::read(record);
                        const bool someonesWrite = pidAndText(record) == pidAndText(earlier.bytes()) ||
                                                   pidAndText(record) == pidAndText(later.bytes());
                        QVERIFY2((reading.verdict == Verdict::Whole) == someonesWrite,
                                 describe(reading, record).constData());
                        torn += reading.verdict == Verdict::Torn;
                    }
                }
            }
        }
    }
    QVERIFY(torn > 10000);
}

QTEST_APPLESS_MAIN(TestRaceRecord)
#include "tst_racerecord.moc"
