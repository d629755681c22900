// core::ChangeTracker on made-up memory: no kernel involved. Each tick shows the tracker a window of a
// QByteArray standing in for the segment; the test knows which bytes it changed between ticks and when,
// and what a tracker must then say about each byte. A random run at the end compares the tracker with a
// reference written byte by byte.

#include "core/bytes/changetracker.h"
#include "core/coretest.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

using core::ChangeTracker;

namespace {

constexpr qint64 Never = ChangeTracker::Never;
constexpr quint64 MemorySize = 4096;

// Varied known bytes, so that a window at another offset holds other bytes.
QByteArray makeMemory()
{
    QByteArray memory(qsizetype(MemorySize), Qt::Uninitialized);
    for (qsizetype i = 0; i < memory.size(); ++i)
        memory[i] = char((i * 31 + 7) & 0xff);
    return memory;
}

QByteArrayView windowOf(const QByteArray &memory, quint64 offset, quint64 size)
{
    return QByteArrayView(memory).sliced(qsizetype(offset), qsizetype(size));
}

// Always a different value, so every flip is a change the tracker must see.
void flip(QByteArray &memory, quint64 offset)
{
    memory[qsizetype(offset)] = char(memory.at(qsizetype(offset)) ^ 0x5a);
}

// The first byte in [from, to) whose stamp is not the expected one; empty when none. Built only on a
// mismatch, so that it is cheap to call for every byte of every tick.
template <typename Expected>
QString firstWrongStamp(const ChangeTracker &tracker, quint64 from, quint64 to, Expected expected)
{
    for (quint64 offset = from; offset < to; ++offset) {
        const qint64 want = expected(offset);
        if (tracker.changedAt(offset) != want)
            return QStringLiteral("changedAt(%1) is %2, expected %3")
                .arg(offset)
                .arg(tracker.changedAt(offset))
                .arg(want);
    }
    return {};
}

// The tracker's contract restated byte by byte, keyed by absolute offset and without any overlap
// arithmetic: a byte is compared only when the previous window held it too; one that differs gets the
// tick's time, one that does not keeps its stamp, one new to the window has none.
class ReferenceTracker
{
public:
    qsizetype update(quint64 offset, QByteArrayView window, qint64 now)
    {
        QHash<quint64, char> bytes;
        QHash<quint64, qint64> stamps;
        qsizetype changed = 0;
        for (qsizetype i = 0; i < window.size(); ++i) {
            const quint64 at = offset + quint64(i);
            bytes.insert(at, window.at(i));
            const auto before = m_bytes.constFind(at);
            if (before == m_bytes.cend())
                continue;
            if (*before != window.at(i)) {
                stamps.insert(at, now);
                ++changed;
            } else if (m_stamps.contains(at)) {
                stamps.insert(at, m_stamps.value(at));
            }
        }
        m_bytes = bytes;
        m_stamps = stamps;
        if (changed > 0) {
            m_total += quint64(changed);
            ++m_events;
            m_last = now;
        }
        return changed;
    }
    [[nodiscard]] qint64 changedAt(quint64 offset) const { return m_stamps.value(offset, Never); }
    [[nodiscard]] quint64 total() const { return m_total; }
    [[nodiscard]] quint64 events() const { return m_events; }
    [[nodiscard]] qint64 last() const { return m_last; }
    void reset() { *this = ReferenceTracker(); }

private:
    QHash<quint64, char> m_bytes;
    QHash<quint64, qint64> m_stamps;
    quint64 m_total = 0;
    quint64 m_events = 0;
    qint64 m_last = Never;
};

} // namespace

class TestChangeTracker : public QObject
{
    Q_OBJECT

private slots:
    void init() { coretest::failOnAnyWarning(); }

    void firstUpdateMarksNothing();
    void stampsExactlyTheChangedBytes_data();
    void stampsExactlyTheChangedBytes();
    void windowMoves_data();
    void windowMoves();
    void countersAcrossTicksAndReset();
    void ownWritesAreStampedApartAndNotCounted();
    void matchesReferenceModel();
};

void TestChangeTracker::firstUpdateMarksNothing()
{
    const QByteArray memory = makeMemory();
    ChangeTracker tracker;
    // Nothing was seen before, so nothing can have changed, whatever the bytes are.
    QCOMPARE(tracker.update(1000, windowOf(memory, 1000, 64), 100), 0);
    QCOMPARE(firstWrongStamp(tracker, 990, 1074, [](quint64) { return Never; }), QString());
    QCOMPARE(tracker.windowOffset(), quint64(1000));
    QCOMPARE(tracker.window(), windowOf(memory, 1000, 64).toByteArray());
    QCOMPARE(tracker.totalChangedBytes(), quint64(0));
    QCOMPARE(tracker.changeEvents(), quint64(0));
    QCOMPARE(tracker.lastChangeMs(), Never);
}

void TestChangeTracker::stampsExactlyTheChangedBytes_data()
{
    QTest::addColumn<QList<quint64>>("changes"); // offsets within a 64-byte window

    QList<quint64> all;
    for (quint64 i = 0; i < 64; ++i)
        all.append(i);
    QTest::newRow("same bytes again") << QList<quint64>{};
    QTest::newRow("first byte") << QList<quint64>{0};
    QTest::newRow("one byte in the middle") << QList<quint64>{31};
    QTest::newRow("last byte") << QList<quint64>{63};
    QTest::newRow("scattered") << QList<quint64>{1, 7, 30, 62};
    QTest::newRow("a run") << QList<quint64>{20, 21, 22, 23, 24};
    QTest::newRow("all bytes") << all;
}

void TestChangeTracker::stampsExactlyTheChangedBytes()
{
    QFETCH(QList<quint64>, changes);
    constexpr quint64 offset = 1000;
    constexpr quint64 size = 64;
    const QSet<quint64> changed(changes.cbegin(), changes.cend());
    const bool any = !changes.isEmpty();

    QByteArray memory = makeMemory();
    ChangeTracker tracker;
    QCOMPARE(tracker.update(offset, windowOf(memory, offset, size), 100), 0);

    for (const quint64 i : std::as_const(changes))
        flip(memory, offset + i);
    QCOMPARE(tracker.update(offset, windowOf(memory, offset, size), 200), qsizetype(changes.size()));
    const auto stampedAt200 = [&](quint64 at) {
        return at >= offset && changed.contains(at - offset) ? qint64(200) : Never;
    };
    // A little around the window as well: outside it nothing is ever marked.
    QCOMPARE(firstWrongStamp(tracker, offset - 4, offset + size + 4, stampedAt200), QString());
    QCOMPARE(tracker.totalChangedBytes(), quint64(changes.size()));
    QCOMPARE(tracker.changeEvents(), quint64(any ? 1 : 0));
    QCOMPARE(tracker.lastChangeMs(), any ? qint64(200) : Never);

    // A quiet tick keeps the stamps (the view fades them by age) and counts nothing.
    QCOMPARE(tracker.update(offset, windowOf(memory, offset, size), 300), 0);
    QCOMPARE(firstWrongStamp(tracker, offset - 4, offset + size + 4, stampedAt200), QString());
    QCOMPARE(tracker.totalChangedBytes(), quint64(changes.size()));
    QCOMPARE(tracker.changeEvents(), quint64(any ? 1 : 0));
    QCOMPARE(tracker.lastChangeMs(), any ? qint64(200) : Never);
}

void TestChangeTracker::windowMoves_data()
{
    QTest::addColumn<quint64>("oldOffset");
    QTest::addColumn<quint64>("oldSize");
    QTest::addColumn<quint64>("newOffset");
    QTest::addColumn<quint64>("newSize");

    QTest::newRow("same window") << quint64(1000) << quint64(64) << quint64(1000) << quint64(64);
    QTest::newRow("scroll down by one byte") << quint64(1000) << quint64(64) << quint64(1001) << quint64(64);
    QTest::newRow("scroll down by a quarter") << quint64(1000) << quint64(64) << quint64(1016) << quint64(64);
    QTest::newRow("scroll up by a quarter") << quint64(1000) << quint64(64) << quint64(984) << quint64(64);
    QTest::newRow("scroll down by a whole window")
        << quint64(1000) << quint64(64) << quint64(1064) << quint64(64);
    QTest::newRow("scroll up by a whole window")
        << quint64(1000) << quint64(64) << quint64(936) << quint64(64);
    QTest::newRow("jump far down") << quint64(1000) << quint64(64) << quint64(3000) << quint64(64);
    QTest::newRow("jump to the start") << quint64(1000) << quint64(64) << quint64(0) << quint64(64);
    QTest::newRow("shrink at the end") << quint64(1000) << quint64(64) << quint64(1000) << quint64(32);
    QTest::newRow("shrink at the start") << quint64(1000) << quint64(64) << quint64(1032) << quint64(32);
    QTest::newRow("shrink to the middle") << quint64(1000) << quint64(64) << quint64(1016) << quint64(32);
    QTest::newRow("grow at the end") << quint64(1000) << quint64(64) << quint64(1000) << quint64(128);
    QTest::newRow("grow at both ends") << quint64(1000) << quint64(64) << quint64(984) << quint64(128);
    QTest::newRow("shrink and scroll") << quint64(1000) << quint64(64) << quint64(1040) << quint64(48);
    QTest::newRow("to an empty window") << quint64(1000) << quint64(64) << quint64(1000) << quint64(0);
    QTest::newRow("from an empty window") << quint64(1000) << quint64(0) << quint64(1000) << quint64(64);
    QTest::newRow("empty to empty") << quint64(1000) << quint64(0) << quint64(2000) << quint64(0);
}

// Three ticks: the old window, the old window with some bytes changed (stamped 200), then the new window
// after more bytes changed all over both windows (stamped 300 where the tracker can know it).
void TestChangeTracker::windowMoves()
{
    QFETCH(quint64, oldOffset);
    QFETCH(quint64, oldSize);
    QFETCH(quint64, newOffset);
    QFETCH(quint64, newSize);

    const auto inOld = [&](quint64 at) { return at >= oldOffset && at - oldOffset < oldSize; };
    const auto inNew = [&](quint64 at) { return at >= newOffset && at - newOffset < newSize; };
    const auto changedAt200 = [&](quint64 at) { return inOld(at) && at % 7 == 0; };
    const auto changedAt300 = [](quint64 at) { return at % 5 == 0; };
    const quint64 from = std::min(oldOffset, newOffset);
    const quint64 to = std::max(oldOffset + oldSize, newOffset + newSize);

    QByteArray memory = makeMemory();
    ChangeTracker tracker;
    QCOMPARE(tracker.update(oldOffset, windowOf(memory, oldOffset, oldSize), 100), 0);
    qsizetype expected200 = 0;
    for (quint64 at = from; at < to; ++at) {
        if (changedAt200(at)) {
            flip(memory, at);
            ++expected200;
        }
    }
    QCOMPARE(tracker.update(oldOffset, windowOf(memory, oldOffset, oldSize), 200), expected200);

    // Changed everywhere, also where the new window reaches bytes the tracker has never seen: those it
    // cannot call changes.
    qsizetype expected300 = 0;
    for (quint64 at = from; at < to; ++at) {
        if (changedAt300(at)) {
            flip(memory, at);
            expected300 += inOld(at) && inNew(at) ? 1 : 0;
        }
    }
    QCOMPARE(tracker.update(newOffset, windowOf(memory, newOffset, newSize), 300), expected300);
    QCOMPARE(tracker.windowOffset(), newOffset);
    QCOMPARE(tracker.window(), windowOf(memory, newOffset, newSize).toByteArray());

    const auto expected = [&](quint64 at) {
        if (!inNew(at) || !inOld(at))
            return Never;
        if (changedAt300(at))
            return qint64(300);
        return changedAt200(at) ? qint64(200) : Never;
    };
    // Around both windows: whatever the old window held outside the new one is forgotten.
    QCOMPARE(firstWrongStamp(tracker, from > 8 ? from - 8 : 0, to + 8, expected), QString());
    QCOMPARE(tracker.totalChangedBytes(), quint64(expected200 + expected300));
}

void TestChangeTracker::countersAcrossTicksAndReset()
{
    QByteArray memory = makeMemory();
    ChangeTracker tracker;
    const auto tick = [&](quint64 offset, qint64 now) {
        return tracker.update(offset, windowOf(memory, offset, 64), now);
    };
    const auto counters = [&] {
        return QStringLiteral("%1 bytes in %2 events, last at %3")
            .arg(tracker.totalChangedBytes())
            .arg(tracker.changeEvents())
            .arg(tracker.lastChangeMs());
    };
    const auto expect = [](quint64 bytes, quint64 events, qint64 last) {
        return QStringLiteral("%1 bytes in %2 events, last at %3").arg(bytes).arg(events).arg(last);
    };

    QCOMPARE(tick(0, 10), 0);
    QCOMPARE(counters(), expect(0, 0, Never));
    flip(memory, 1);
    flip(memory, 2);
    flip(memory, 3);
    QCOMPARE(tick(0, 20), 3);
    QCOMPARE(counters(), expect(3, 1, 20));
    QCOMPARE(tick(0, 30), 0); // a quiet tick moves nothing
    QCOMPARE(counters(), expect(3, 1, 20));
    flip(memory, 1); // changing back is a change too
    QCOMPARE(tick(0, 40), 1);
    QCOMPARE(counters(), expect(4, 2, 40));
    QCOMPARE(tracker.changedAt(1), qint64(40));
    QCOMPARE(tracker.changedAt(2), qint64(20));
    // Scrolling onto bytes that changed while out of view counts nothing.
    flip(memory, 100);
    QCOMPARE(tick(64, 50), 0);
    QCOMPARE(counters(), expect(4, 2, 40));

    tracker.reset();
    QCOMPARE(counters(), expect(0, 0, Never));
    QCOMPARE(tracker.windowOffset(), quint64(0));
    QVERIFY(tracker.window().isEmpty());
    QCOMPARE(tracker.changedAt(64), Never);
    // The old window is forgotten: the next tick is a first tick, even with other bytes at the same offset.
    flip(memory, 65);
    QCOMPARE(tick(64, 60), 0);
    QCOMPARE(counters(), expect(0, 0, Never));
}

// Random windows (stay, scroll, jump, resize, empty) over memory that changes at random (some writes store
// the value already there, which is no change), with occasional resets; after every tick the tracker must
// agree with ReferenceTracker on every byte and every counter. The seed is printed; set
// SHMSCOPE_TEST_SEED to replay another one.
// Our write goes into the copy as we make it: stamped as ours, not counted, and the next tick sees only
// what another process changed, on our bytes too.
void TestChangeTracker::ownWritesAreStampedApartAndNotCounted()
{
    QByteArray memory = makeMemory();
    ChangeTracker tracker;
    QCOMPARE(tracker.update(100, windowOf(memory, 100, 64), 10), 0);

    // We write 4 bytes at 98: two fall before the window, one of the four holds its value already.
    QByteArray ours = memory.mid(98, 4);
    ours[0] = char(ours.at(0) ^ 1);
    ours[2] = char(ours.at(2) ^ 1);
    ours[3] = char(ours.at(3) ^ 1);
    memory.replace(98, 4, ours);
    QCOMPARE(tracker.ownWrite(98, ours, 20), 2); // 100 and 101 are in the window
    QCOMPARE(tracker.changedAt(100), qint64(20));
    QVERIFY(tracker.changedByUs(100));
    QCOMPARE(tracker.changedAt(99), Never);                          // outside the window
    QCOMPARE(tracker.update(100, windowOf(memory, 100, 64), 30), 0); // ours are not seen again
    QCOMPARE(tracker.totalChangedBytes(), quint64(0));
    QCOMPARE(tracker.changeEvents(), quint64(0));
    QCOMPARE(tracker.lastChangeMs(), qint64(20)); // the highlight of ours still fades

    // Another process writes over one of our bytes and beside them.
    flip(memory, 101);
    flip(memory, 102);
    QCOMPARE(tracker.update(100, windowOf(memory, 100, 64), 40), 2);
    QCOMPARE(tracker.changedAt(101), qint64(40));
    QVERIFY(!tracker.changedByUs(101));
    QVERIFY(!tracker.changedByUs(102));
    QVERIFY(tracker.changedByUs(100));
    QCOMPARE(tracker.totalChangedBytes(), quint64(2));
    QCOMPARE(tracker.changeEvents(), quint64(1));

    // A write that misses the window changes nothing the tracker holds.
    QCOMPARE(tracker.ownWrite(2000, QByteArray(8, 'x'), 50), 0);
    QCOMPARE(tracker.lastChangeMs(), qint64(40));
}

void TestChangeTracker::matchesReferenceModel()
{
    bool seedGiven = false;
    const quint32 envSeed = quint32(qEnvironmentVariableIntValue("SHMSCOPE_TEST_SEED", &seedGiven));
    const quint32 seed = seedGiven ? envSeed : 20240611u;
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    constexpr int ticks = 3000;
    constexpr quint64 maxWindow = 300;

    QByteArray memory = makeMemory();
    ChangeTracker tracker;
    ReferenceTracker reference;
    quint64 offset = 0;
    quint64 size = 64;
    qint64 now = 0;
    for (int tick = 0; tick < ticks; ++tick) {
        switch (random.bounded(6)) {
        case 0: // stay
            break;
        case 1: { // scroll by up to a window either way
            const qint64 by = qint64(random.bounded(quint32(2 * size + 1))) - qint64(size);
            offset = quint64(std::clamp<qint64>(qint64(offset) + by, 0, qint64(MemorySize - size)));
            break;
        }
        case 2: // jump
            offset = random.bounded(quint32(MemorySize - size + 1));
            break;
        case 3: // resize, sometimes to nothing
            size = random.bounded(8) == 0 ? quint64(0) : quint64(random.bounded(quint32(maxWindow + 1)));
            offset = std::min(offset, MemorySize - size);
            break;
        case 4: // a burst over the whole window
            for (quint64 i = 0; i < size; ++i)
                memory[qsizetype(offset + i)] = char(random.bounded(256));
            break;
        default: // a few writes anywhere, of few distinct values so that some store what is there
            for (quint32 n = random.bounded(8); n > 0; --n)
                memory[qsizetype(random.bounded(quint32(MemorySize)))] = char(random.bounded(4));
            break;
        }
        if (random.bounded(200) == 0) {
            tracker.reset();
            reference.reset();
        }
        now += qint64(random.bounded(1000)) + 1;

        const QByteArrayView window = windowOf(memory, offset, size);
        const qsizetype got = tracker.update(offset, window, now);
        const qsizetype want = reference.update(offset, window, now);
        QString wrong;
        if (got != want)
            wrong = QStringLiteral("update returned %1, expected %2").arg(got).arg(want);
        else if (tracker.windowOffset() != offset || QByteArrayView(tracker.window()) != window)
            wrong = QStringLiteral("the window kept is not the one shown");
        else if (tracker.totalChangedBytes() != reference.total() ||
                 tracker.changeEvents() != reference.events() || tracker.lastChangeMs() != reference.last())
            wrong = QStringLiteral("counters %1/%2/%3, expected %4/%5/%6")
                        .arg(tracker.totalChangedBytes())
                        .arg(tracker.changeEvents())
                        .arg(tracker.lastChangeMs())
                        .arg(reference.total())
                        .arg(reference.events())
                        .arg(reference.last());
        else
            wrong = firstWrongStamp(tracker, 0, MemorySize + 8,
                                    [&](quint64 at) { return reference.changedAt(at); });
        if (!wrong.isEmpty())
            QFAIL(qPrintable(QStringLiteral("seed %1, tick %2 (window %3 + %4): ")
                                 .arg(seed)
                                 .arg(tick)
                                 .arg(offset)
                                 .arg(size) +
                             wrong));
    }
}

QTEST_GUILESS_MAIN(TestChangeTracker)
#include "tst_changetracker.moc"
