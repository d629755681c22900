// core::BookmarkList and core::BookmarkMemory: kept sorted by offset, Ctrl+B and Ctrl+Shift+B wrapping round
// and skipping what lies past a smaller segment's end, the bookmarks a range of rows overlaps (checked against
// a plain scan of every bookmark), the stored lines read back as written, and every line that is not one
// skipped with a warning. Expected values are written out by hand.

#include "core/bookmarks/bookmarklist.h"
#include "core/bookmarks/bookmarkmemory.h"

#include "../coretest.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace core;

namespace {

Bookmark mark(const QString &name, quint64 offset, quint64 size, const QString &colour = QStringLiteral("#c0392b"))
{
    return Bookmark{name, offset, size, colour};
}

// The project builds with QT_NO_CAST_FROM_ASCII: a literal list as one text, "a|b|c"; "" for none.
QStringList strings(const char *joined)
{
    const QString text = QString::fromUtf8(joined);
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('|'));
}

QStringList namesOf(const BookmarkList &list)
{
    QStringList names;
    for (const Bookmark &b : list.bookmarks())
        names << b.name;
    return names;
}

QStringList namesOf(const BookmarkList &list, const QList<qsizetype> &indexes)
{
    QStringList names;
    for (qsizetype i : indexes)
        names << list.at(i).name;
    return names;
}

// A memory in a map, as app::Settings is one in a file.
class MapMemory : public BookmarkMemory
{
public:
    QMap<QString, QStringList> stored;

protected:
    [[nodiscard]] static QString keyOf(const LayoutSubject &subject)
    {
        return subject.name.isEmpty() ? QString::number(subject.key) : subject.name;
    }
    QStringList storedBookmarks(const LayoutSubject &subject) const override { return stored.value(keyOf(subject)); }
    void storeBookmarks(const LayoutSubject &subject, const QStringList &lines) override
    {
        if (lines.isEmpty())
            stored.remove(keyOf(subject));
        else
            stored.insert(keyOf(subject), lines);
    }
};

} // namespace

class TestBookmarkList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keptInOffsetOrder();
    void checkedRefusesBadBookmarks_data();
    void checkedRefusesBadBookmarks();
    void renameAndRecolourCheckToo();
    void fullListRefusesMore();
    void nextAndPreviousWrapRound();
    void nextAndPreviousSkipWhatIsPastTheEnd();
    void nextAndPreviousOfAnEmptyList();
    void nextAfterAndPreviousBeforeVisitTwins();
    void overlappingFindsExactlyTheBookmarksOfARange();
    void overlappingAgreesWithAPlainScan();
    void linesRoundTrip();
    void badLinesAreSkippedWithAWarning_data();
    void badLinesAreSkippedWithAWarning();
    void memoryKeepsKeysAndNamesButNotPrivateSegments();
};

void TestBookmarkList::keptInOffsetOrder()
{
    BookmarkList list;
    QCOMPARE(list.add(mark(QStringLiteral("c"), 0x20, 4)).value(), 0);
    QCOMPARE(list.add(mark(QStringLiteral("a"), 0x0, 8)).value(), 0);
    QCOMPARE(list.add(mark(QStringLiteral("b"), 0x10, 2)).value(), 1);
    // At the offset of another: after it.
    QCOMPARE(list.add(mark(QStringLiteral("b2"), 0x10, 1)).value(), 2);
    QCOMPARE(namesOf(list), strings("a|b|b2|c"));
    QCOMPARE(list.indexOf(0x10, 1), 2);
    QCOMPARE(list.indexOf(0x10, 2), 1);
    QCOMPARE(list.indexOf(0x10, 3), -1);
    list.remove(1);
    QCOMPARE(namesOf(list), strings("a|b2|c"));
    // The name is kept trimmed, the colour in lower case.
    const auto at = list.add(mark(QStringLiteral("  padded  "), 0x30, 1, QStringLiteral("#C0392B")));
    SHM_VERIFY_OK(at);
    QCOMPARE(list.at(at.value()).name, QStringLiteral("padded"));
    QCOMPARE(list.at(at.value()).colour, QStringLiteral("#c0392b"));
}

void TestBookmarkList::checkedRefusesBadBookmarks_data()
{
    QTest::addColumn<Bookmark>("bookmark");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty name") << mark(QString(), 0, 1) << QStringLiteral("A bookmark needs a name.");
    QTest::newRow("blank name") << mark(QStringLiteral("   "), 0, 1) << QStringLiteral("A bookmark needs a name.");
    QTest::newRow("two lines") << mark(QStringLiteral("a\nb"), 0, 1)
                               << QStringLiteral("A bookmark's name is one line of text, without control characters.");
    QTest::newRow("tab") << mark(QStringLiteral("a\tb"), 0, 1)
                         << QStringLiteral("A bookmark's name is one line of text, without control characters.");
    QTest::newRow("long name") << mark(QString(81, QLatin1Char('x')), 0, 1)
                               << QStringLiteral("A bookmark's name has at most 80 characters; \"xxxxxxxxxxxxxxxxxxxx…\" "
                                                 "has 81.");
    QTest::newRow("no bytes") << mark(QStringLiteral("a"), 0, 0) << QStringLiteral("A bookmark marks one byte at least.");
    QTest::newRow("wraps") << mark(QStringLiteral("a"), 0xfffffffffffffff0ull, 0x11)
                           << QStringLiteral("A bookmark of 17 bytes at 0xfffffffffffffff0 would end past the last "
                                             "offset there can be.");
    QTest::newRow("colour name") << mark(QStringLiteral("a"), 0, 1, QStringLiteral("red"))
                                 << QStringLiteral("\"red\" is not a colour: write it as #rrggbb, e.g. #c0392b.");
    QTest::newRow("short colour") << mark(QStringLiteral("a"), 0, 1, QStringLiteral("#fff"))
                                  << QStringLiteral("\"#fff\" is not a colour: write it as #rrggbb, e.g. #c0392b.");
}

void TestBookmarkList::checkedRefusesBadBookmarks()
{
    QFETCH(Bookmark, bookmark);
    QFETCH(QString, message);
    BookmarkList list;
    const auto added = list.add(bookmark);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().message, message);
    QVERIFY(list.isEmpty());
    // The last offset there is, one byte: fine.
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("last"), 0xfffffffffffffffeull, 1)));
}

void TestBookmarkList::renameAndRecolourCheckToo()
{
    BookmarkList list;
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("pid"), 0, 4)));
    QCOMPARE(list.rename(0, QStringLiteral(" ")).error().message, QStringLiteral("A bookmark needs a name."));
    QCOMPARE(list.recolour(0, QStringLiteral("#12345g")).error().message,
             QStringLiteral("\"#12345g\" is not a colour: write it as #rrggbb, e.g. #c0392b."));
    QCOMPARE(list.at(0), mark(QStringLiteral("pid"), 0, 4));
    SHM_VERIFY_OK(list.rename(0, QStringLiteral(" owner pid ")));
    SHM_VERIFY_OK(list.recolour(0, QStringLiteral("#2D7DD2")));
    QCOMPARE(list.at(0), mark(QStringLiteral("owner pid"), 0, 4, QStringLiteral("#2d7dd2")));
}

void TestBookmarkList::fullListRefusesMore()
{
    BookmarkList list;
    for (qsizetype i = 0; i < BookmarkList::MaximumCount; ++i)
        SHM_VERIFY_OK(list.add(mark(QStringLiteral("b%1").arg(i), quint64(i), 1)));
    const auto more = list.add(mark(QStringLiteral("one more"), 0, 1));
    QVERIFY(!more.ok());
    QCOMPARE(more.error().message, QStringLiteral("A segment keeps at most 256 bookmarks: remove one first."));
    QCOMPARE(list.size(), 256);
}

void TestBookmarkList::nextAndPreviousWrapRound()
{
    BookmarkList list;
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("a"), 0x10, 4)));
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("b"), 0x20, 4)));
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("c"), 0x30, 4)));
    QCOMPARE(list.next(0x0), 0);
    QCOMPARE(list.next(0x10), 1); // from a bookmark's start: the next one
    QCOMPARE(list.next(0x11), 1);
    QCOMPARE(list.next(0x30), 0); // from the last: round to the first
    QCOMPARE(list.next(0xffff), 0);
    QCOMPARE(list.previous(0xffff), 2);
    QCOMPARE(list.previous(0x30), 1);
    QCOMPARE(list.previous(0x21), 1);
    QCOMPARE(list.previous(0x10), 2); // from the first: round to the last
    QCOMPARE(list.previous(0x0), 2);
}

void TestBookmarkList::nextAndPreviousSkipWhatIsPastTheEnd()
{
    BookmarkList list;
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("a"), 0x10, 4)));
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("straddles"), 0x3e, 4))); // ends at 0x42
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("past"), 0x80, 1)));
    // In 64 bytes only "a" fits: every step lands on it.
    QCOMPARE(list.next(0x10, 64), 0);
    QCOMPARE(list.next(0x3e, 64), 0);
    QCOMPARE(list.previous(0x10, 64), 0);
    QCOMPARE(list.previous(0x80, 64), 0);
    // In 0x42 bytes the straddling one fits exactly.
    QCOMPARE(list.next(0x10, 0x42), 1);
    QCOMPARE(list.previous(0x10, 0x42), 1);
    // In 16 bytes none does.
    QCOMPARE(list.next(0, 16), std::nullopt);
    QCOMPARE(list.previous(0, 16), std::nullopt);
}

void TestBookmarkList::nextAndPreviousOfAnEmptyList()
{
    const BookmarkList list;
    QCOMPARE(list.next(0), std::nullopt);
    QCOMPARE(list.previous(0), std::nullopt);
    QVERIFY(list.overlapping(0, 100).isEmpty());
}

void TestBookmarkList::nextAfterAndPreviousBeforeVisitTwins()
{
    BookmarkList list;
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("a"), 0x10, 4)));
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("twin 1"), 0x20, 1)));
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("twin 2"), 0x20, 1)));
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("past"), 0x40, 1)));
    // From an offset, a twin's partner is not "after" it; from its index, it is.
    QCOMPARE(list.next(0x20), 3);
    QCOMPARE(list.nextAfter(1), 2);
    QCOMPARE(list.nextAfter(2), 3);
    QCOMPARE(list.nextAfter(3), 0);
    QCOMPARE(list.previousBefore(2), 1);
    QCOMPARE(list.previousBefore(0), 3);
    // In 0x30 bytes "past" does not fit: skipped both ways.
    QCOMPARE(list.nextAfter(2, 0x30), 0);
    QCOMPARE(list.previousBefore(0, 0x30), 2);
}

void TestBookmarkList::overlappingFindsExactlyTheBookmarksOfARange()
{
    BookmarkList list;
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("whole"), 0x0, 0x100))); // reaches over everything
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("short"), 0x4, 2)));
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("row1"), 0x10, 0x10)));
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("byte"), 0x25, 1)));
    QCOMPARE(namesOf(list, list.overlapping(0x10, 0x20)), strings("whole|row1"));
    QCOMPARE(namesOf(list, list.overlapping(0x20, 0x30)), strings("whole|byte"));
    QCOMPARE(namesOf(list, list.overlapping(0x5, 0x6)), strings("whole|short"));
    QCOMPARE(namesOf(list, list.overlapping(0x6, 0x10)), strings("whole"));
    QCOMPARE(namesOf(list, list.overlapping(0x26, 0x27)), strings("whole"));
    QCOMPARE(namesOf(list, list.overlapping(0x100, 0x200)), QStringList());
    QCOMPARE(namesOf(list, list.overlapping(0x20, 0x20)), QStringList()); // an empty range holds none
    list.remove(0);
    QCOMPARE(namesOf(list, list.overlapping(0x6, 0x10)), QStringList());
    QCOMPARE(namesOf(list, list.overlapping(0x1f, 0x26)), strings("row1|byte"));
}

void TestBookmarkList::overlappingAgreesWithAPlainScan()
{
    QRandomGenerator random(19); // the same list every run
    BookmarkList list;
    for (int i = 0; i < 200; ++i)
        SHM_VERIFY_OK(list.add(mark(QStringLiteral("b%1").arg(i), random.bounded(4096), 1 + random.bounded(i % 10 == 0 ? 512 : 16))));
    for (int i = 0; i < 20; ++i)
        list.remove(random.bounded(int(list.size())));
    for (int query = 0; query < 500; ++query) {
        const quint64 from = random.bounded(4200);
        const quint64 to = from + random.bounded(300);
        QList<qsizetype> scanned;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).offset < to && list.at(i).end() > from)
                scanned.append(i);
        }
        QCOMPARE(list.overlapping(from, to), scanned);
    }
}

void TestBookmarkList::linesRoundTrip()
{
    BookmarkList list;
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("pid"), 0x0, 4, QStringLiteral("#2d7dd2"))));
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("name, with spaces and 名字"), 0x4, 52)));
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("far"), 0xfffffffffffffffeull, 1)));
    const QStringList lines = list.toLines();
    QCOMPARE(lines, strings("0x0 4 #2d7dd2 pid|"
                            "0x4 52 #c0392b name, with spaces and 名字|"
                            "0xfffffffffffffffe 1 #c0392b far"));
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
    const BookmarkList back = BookmarkList::fromLines(lines);
    QCOMPARE(back.bookmarks(), list.bookmarks());
}

void TestBookmarkList::badLinesAreSkippedWithAWarning_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("why");
    QTest::newRow("garbage") << QStringLiteral("hello") << QStringLiteral("not \"0xOFFSET SIZE #rrggbb name\"");
    QTest::newRow("no name") << QStringLiteral("0x10 4 #c0392b") << QStringLiteral("not \"0xOFFSET SIZE #rrggbb name\"");
    QTest::newRow("blank name") << QStringLiteral("0x10 4 #c0392b  ") << QStringLiteral("A bookmark needs a name.");
    QTest::newRow("decimal offset") << QStringLiteral("16 4 #c0392b a") << QStringLiteral("not \"0xOFFSET SIZE #rrggbb name\"");
    QTest::newRow("zero size") << QStringLiteral("0x10 0 #c0392b a") << QStringLiteral("A bookmark marks one byte at least.");
    QTest::newRow("huge size") << QStringLiteral("0x10 99999999999999999999 #c0392b a") << QStringLiteral("a number past 2^64");
    QTest::newRow("bad colour") << QStringLiteral("0x10 4 red a") << QStringLiteral("not \"0xOFFSET SIZE #rrggbb name\"");
}

void TestBookmarkList::badLinesAreSkippedWithAWarning()
{
    QFETCH(QString, line);
    QFETCH(QString, why);
    QTest::ignoreMessage(QtWarningMsg, qPrintable(QStringLiteral("bookmarks: skipping \"%1\": %2").arg(line, why)));
    const BookmarkList list =
        BookmarkList::fromLines({QStringLiteral("0x0 4 #2d7dd2 before"), line, QStringLiteral("0x8 1 #27ae60 after")});
    QCOMPARE(namesOf(list), strings("before|after"));
}

void TestBookmarkList::memoryKeepsKeysAndNamesButNotPrivateSegments()
{
    MapMemory memory;
    BookmarkList list;
    SHM_VERIFY_OK(list.add(mark(QStringLiteral("pid"), 0, 4)));
    memory.setBookmarksFor(LayoutSubject(0x1234), list);
    memory.setBookmarksFor(LayoutSubject(QStringLiteral("/st_pid")), list);
    memory.setBookmarksFor(LayoutSubject(0), list); // IPC_PRIVATE: nothing to find it again by
    QCOMPARE(memory.stored.keys(), strings("/st_pid|4660"));
    QVERIFY(!BookmarkMemory::remembers(LayoutSubject(0)));
    QCOMPARE(memory.bookmarksFor(LayoutSubject(0x1234)).bookmarks(), list.bookmarks());
    QCOMPARE(memory.bookmarksFor(LayoutSubject(QStringLiteral("/st_pid"))).bookmarks(), list.bookmarks());
    QVERIFY(memory.bookmarksFor(LayoutSubject(0x4321)).isEmpty());
    memory.setBookmarksFor(LayoutSubject(0x1234), BookmarkList());
    QCOMPARE(memory.stored.keys(), strings("/st_pid"));
}

QTEST_GUILESS_MAIN(TestBookmarkList)
#include "tst_bookmarklist.moc"
