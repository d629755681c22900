// core::ChangeRecorder on made-up memory: no kernel involved. The test plays a writer on a QByteArray
// standing in for a segment, reads ranges of it at each tick as the panes would, keeps its own copy of what
// each tick read, and checks every moment the recorder gives back against that copy.

#include "core/snapshots/changerecorder.h"

#include <QTest>

using core::ChangeRecorder;

namespace {

struct Range
{
    quint64 offset;
    quint64 length;
};

// What the test saw at one tick: the whole memory then, and which bytes the tick read.
struct Seen
{
    qint64 ms;
    QByteArray memory;
    QByteArray read; // 1 a byte read
};

Seen tick(ChangeRecorder &recorder, const QByteArray &memory, qint64 ms, const QList<Range> &ranges)
{
    Seen seen{ms, memory, QByteArray(memory.size(), '\0')};
    recorder.beginTick(ms);
    for (const Range &range : ranges) {
        recorder.record(range.offset,
                        QByteArrayView(memory).sliced(qsizetype(range.offset), qsizetype(range.length)));
        for (quint64 at = range.offset; at < range.offset + range.length; ++at)
            seen.read[qsizetype(at)] = 1;
    }
    recorder.endTick();
    return seen;
}

// The lesson's writer: "NAME n" into names at 4, its pid at 0.
void rename(QByteArray &memory, int n)
{
    const QByteArray name = "writer " + QByteArray::number(n);
    memory.replace(4, name.size() + 1, QByteArray(name).append('\0'));
    memory[0] = char(n);
}

// The recorder's moment equals what the test saw: bytes the tick read known and equal, the others unknown.
void compareMoment(const ChangeRecorder &recorder, const Seen &seen)
{
    const ChangeRecorder::Moment moment = recorder.at(seen.ms, 0, quint64(seen.memory.size()));
    for (qsizetype at = 0; at < seen.memory.size(); ++at) {
        const bool read = seen.read.at(at) != 0;
        QVERIFY2((moment.known.at(at) != 0) == read,
                 qPrintable(QStringLiteral("byte %1 at %2 ms: known %3, read %4")
                                .arg(at)
                                .arg(seen.ms)
                                .arg(int(moment.known.at(at)))
                                .arg(read)));
        if (read)
            QCOMPARE(moment.bytes.at(at), seen.memory.at(at));
        else
            QCOMPARE(moment.bytes.at(at), '\0');
    }
}

} // namespace

class TestChangeRecorder : public QObject
{
    Q_OBJECT

private slots:
    void everyTickRebuiltExactly()
    {
        ChangeRecorder recorder;
        QByteArray memory(56, '\0');
        QList<Seen> seen;
        for (int n = 1; n <= 50; ++n) {
            rename(memory, n);
            seen.append(tick(recorder, memory, n * 100, {{0, 56}}));
        }
        for (const Seen &then : std::as_const(seen))
            compareMoment(recorder, then);
        // Between two ticks the bytes are those of the tick before.
        const ChangeRecorder::Moment between = recorder.at(1250, 0, 56);
        QVERIFY(between.allKnown());
        QCOMPARE(between.bytes, seen.at(11).memory);
        QCOMPARE(QByteArrayView(between.bytes).sliced(4, 10), QByteArrayView("writer 12\0", 10));
        QCOMPARE(recorder.firstMs(), 100);
        QCOMPARE(recorder.lastMs(), 5000);
    }

    void bytesNotReadAreUnknown()
    {
        ChangeRecorder recorder;
        QByteArray memory(64, '\0');
        for (qsizetype i = 0; i < memory.size(); ++i)
            memory[i] = char(i + 1);
        QCOMPARE(recorder.at(0, 0, 64).known, QByteArray(64, '\0')); // nothing recorded yet
        QList<Seen> seen;
        seen.append(tick(recorder, memory, 10, {{0, 16}}));
        memory[12] = 'x';
        memory[20] = 'y';
        seen.append(tick(recorder, memory, 20, {{8, 16}})); // scrolled: 0..8 left, 16..24 came
        memory[9] = 'z';
        seen.append(tick(recorder, memory, 30, {{40, 4}, {8, 4}})); // two ranges, out of order
        seen.append(tick(recorder, memory, 40, {}));                // nothing on screen
        for (const Seen &then : std::as_const(seen))
            compareMoment(recorder, then);
        QVERIFY(!recorder.at(9, 0, 16).known.contains(1)); // before the first tick
        // A range asked for that is only partly recorded: the rest is unknown, not zero bytes posing as
        // known.
        const ChangeRecorder::Moment part = recorder.at(25, 10, 10);
        QCOMPARE(part.known, QByteArray("\1\1\1\1\1\1\1\1\1\1", 10));
        QCOMPARE(part.bytes.at(2), 'x');
    }

    void laterReadOfATickWins()
    {
        ChangeRecorder recorder;
        recorder.beginTick(5);
        recorder.record(0, "abcd");
        recorder.record(2, "XYZ"); // the struct pane read after the hex window, the writer in between
        recorder.endTick();
        QCOMPARE(recorder.at(5, 0, 5).bytes, QByteArray("abXYZ"));
        QVERIFY(recorder.at(5, 0, 5).allKnown());
    }

    void readsOutsideATickAreNotRecorded()
    {
        ChangeRecorder recorder;
        recorder.record(0, "abcd");
        QCOMPARE(recorder.lastMs(), ChangeRecorder::Never);
        QCOMPARE(recorder.firstMs(), ChangeRecorder::Never);
        recorder.beginTick(1);
        recorder.record(0, "ab");
        recorder.endTick();
        recorder.record(0, "zz");
        QCOMPARE(recorder.at(1, 0, 2).bytes, QByteArray("ab"));
    }

    void budgetDropsTheOldest()
    {
        constexpr quint64 Budget = 8 * 1024;
        ChangeRecorder recorder(Budget);
        QByteArray memory(56, '\0');
        QList<Seen> seen;
        for (int n = 1; n <= 2000; ++n) {
            rename(memory, n);
            seen.append(tick(recorder, memory, n * 100, {{0, 56}}));
            QVERIFY2(recorder.memoryUsed() <= Budget, qPrintable(QString::number(recorder.memoryUsed())));
        }
        // The span starts later than the first tick, and what it still holds is exact.
        QVERIFY(recorder.firstMs() > 100);
        QVERIFY(recorder.runCount() > 10);
        for (const Seen &then : std::as_const(seen)) {
            if (then.ms >= recorder.firstMs())
                compareMoment(recorder, then);
            else
                QVERIFY(!recorder.at(then.ms, 0, 56).known.contains(1));
        }
        // A smaller budget drops more at once.
        const qint64 first = recorder.firstMs();
        recorder.setBudget(Budget / 4);
        QVERIFY(recorder.memoryUsed() <= Budget / 4);
        QVERIFY(recorder.firstMs() > first);
        compareMoment(recorder, seen.last());
    }

    void clearStartsAgain()
    {
        ChangeRecorder recorder;
        tick(recorder, "abc", 1, {{0, 3}});
        recorder.clear();
        QCOMPARE(recorder.memoryUsed(), 0U);
        QVERIFY(!recorder.at(1, 0, 3).known.contains(1));
    }
};

QTEST_GUILESS_MAIN(TestChangeRecorder)
#include "tst_changerecorder.moc"
