// core::RangeTracker on made-up memory: no kernel involved. The test shows the tracker scattered ranges of a
// QByteArray standing in for a record, changes bytes in and out of them between ticks, and checks what the
// tracker says about each against what the test changed.

#include "core/bytes/rangetracker.h"

#include <QTest>

using core::ChangeTracker;
using core::RangeTracker;
using Range = RangeTracker::Range;

namespace {

QByteArray makeMemory(qsizetype size)
{
    QByteArray memory(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        memory[i] = char((i * 31 + 7) & 0xff);
    return memory;
}

// One tick: every range read from `memory`; the bytes changed, summed.
qsizetype tick(RangeTracker &tracker, const QByteArray &memory, qint64 now)
{
    qsizetype changed = 0;
    for (qsizetype at = 0; at < tracker.ranges().size(); ++at) {
        const Range range = tracker.ranges().at(at);
        changed += tracker.update(at, QByteArrayView(memory).sliced(qsizetype(range.offset), qsizetype(range.length)),
                                  now);
    }
    return changed;
}

} // namespace

class TestRangeTracker : public QObject
{
    Q_OBJECT

private slots:
    void mergedSortsAndJoinsNearRanges();
    void onlyKeptBytesAreComparedAndStamped();
    void movedRangesKeepTheirStampsAndNewBytesAreNoChange();
    void ownWritesAreStampedAsOursAndUncounted();
};

void TestRangeTracker::mergedSortsAndJoinsNearRanges()
{
    const QList<Range> merged = RangeTracker::merged({{100, 4}, {0, 8}, {10, 0}, {6, 10}, {200, 1}, {108, 2}}, 4);
    // {0,8} and {6,10} overlap: 0..16; {100,4} and {108,2} are 4 apart: 100..110; the empty one is gone.
    const QList<Range> expected{{0, 16}, {100, 10}, {200, 1}};
    QCOMPARE(merged, expected);
    QCOMPARE(RangeTracker::merged({{0, 4}, {9, 1}}, 4).size(), 2); // 5 apart
}

void TestRangeTracker::onlyKeptBytesAreComparedAndStamped()
{
    QByteArray memory = makeMemory(1 << 20);
    RangeTracker tracker;
    tracker.setRanges({{16, 8}, {500000, 100}});
    QCOMPARE(tracker.keptBytes(), 108u);
    QCOMPARE(tick(tracker, memory, 10), 0); // the first read is no change
    QCOMPARE(tracker.latest(0, 1 << 20).at, ChangeTracker::Never);
    QCOMPARE(tracker.bytes(500010, 4)->toByteArray(), memory.mid(500010, 4));
    QVERIFY(!tracker.bytes(10, 8)); // not all kept

    memory[20] = char(memory.at(20) + 1);
    memory[500099] = char(memory.at(500099) + 1);
    memory[300000] = char(memory.at(300000) + 1); // not kept: never seen
    QCOMPARE(tick(tracker, memory, 20), 2);
    QCOMPARE(tracker.latest(20, 1).at, 20);
    QCOMPARE(tracker.latest(16, 4).at, ChangeTracker::Never);
    QCOMPARE(tracker.latest(0, 400000).at, 20);
    QCOMPARE(tracker.latest(300000, 1).at, ChangeTracker::Never);
    QCOMPARE(tracker.latest(500099, 1).at, 20);
    QVERIFY(!tracker.latest(20, 1).ours);
    QCOMPARE(tracker.lastChangeMs(), 20);
    QCOMPARE(tick(tracker, memory, 30), 0);
    QCOMPARE(tracker.latest(20, 1).at, 20);
}

void TestRangeTracker::movedRangesKeepTheirStampsAndNewBytesAreNoChange()
{
    QByteArray memory = makeMemory(4096);
    RangeTracker tracker;
    tracker.setRanges({{100, 20}});
    tick(tracker, memory, 10);
    memory[110] = 'x';
    QCOMPARE(tick(tracker, memory, 20), 1);

    // Scrolled: 110 is still kept, 200..210 is new and was changed before it was ever read.
    memory[205] = 'y';
    tracker.setRanges({{105, 10}, {200, 10}});
    QCOMPARE(tracker.latest(110, 1).at, 20);
    QCOMPARE(tick(tracker, memory, 30), 0);
    QCOMPARE(tracker.latest(200, 10).at, ChangeTracker::Never);
    memory[205] = 'z';
    QCOMPARE(tick(tracker, memory, 40), 1);
    QCOMPARE(tracker.latest(205, 1).at, 40);

    tracker.reset();
    QCOMPARE(tracker.keptBytes(), 0u);
    QCOMPARE(tracker.latest(0, 4096).at, ChangeTracker::Never);
}

void TestRangeTracker::ownWritesAreStampedAsOursAndUncounted()
{
    QByteArray memory = makeMemory(4096);
    RangeTracker tracker;
    tracker.setRanges({{0, 8}, {1000, 8}});
    tick(tracker, memory, 10);
    // Our write covers kept and unkept bytes; one byte of it is what it was.
    QByteArray written = memory.mid(4, 1000);
    written[0] = char(written.at(0) + 1);
    written[1] = char(written.at(1) + 1);
    written[997] = char(written.at(997) + 1); // offset 1001
    QCOMPARE(tracker.ownWrite(4, written, 50), 3);
    QCOMPARE(tracker.latest(4, 2).at, 50);
    QVERIFY(tracker.latest(4, 2).ours);
    QVERIFY(tracker.latest(1001, 1).ours);
    QCOMPARE(tracker.latest(6, 2).at, ChangeTracker::Never);
    QCOMPARE(tracker.lastChangeMs(), 50);
    // The next read of the same bytes sees no change: our write is in the copy.
    memory.replace(4, written.size(), written);
    QCOMPARE(tick(tracker, memory, 60), 0);
    // Another process's change of a byte we wrote is theirs.
    memory[4] = char(memory.at(4) + 1);
    QCOMPARE(tick(tracker, memory, 70), 1);
    QVERIFY(!tracker.latest(4, 1).ours);
}

QTEST_GUILESS_MAIN(TestRangeTracker)
#include "tst_rangetracker.moc"
