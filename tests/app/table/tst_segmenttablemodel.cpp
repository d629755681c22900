// SegmentTableModel and SegmentFilterProxy: incremental merges (what views are told, and that it is
// consistent), selection and sort surviving refreshes, numeric sorting, the filter box, highlight ages,
// and one round trip through the real kernel.

#include "app/table/segmentfilterproxy.h"
#include "app/table/segmenttablemodel.h"
#include "core/segments/segmentscanner.h"
#include "core/translations.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <functional>
#include <memory>

using app::SegmentFilterProxy;
using app::SegmentTableModel;
using core::SegmentInfo;

namespace {

// A segment from the few fields a test cares about. Everything else keeps SegmentInfo's defaults, so two
// segments built from the same arguments compare equal and the model must see them as unchanged.
SegmentInfo makeSegment(int shmid, quint64 bytes, quint32 key = 0,
                        const QString &owner = QStringLiteral("alice"), quint32 mode = 0600)
{
    SegmentInfo s;
    s.shmid = shmid;
    s.size = bytes;
    s.key = qint32(key); // the kernel's 32 bits; tests write keys as they read, unsigned
    s.ownerName = owner;
    s.creatorName = owner;
    s.groupName = owner;
    s.mode = mode;
    return s;
}

// The segment `shmid` as a scan sees it after `version` changes. A change moves Bytes too (besides nattch
// and lpid), so changed rows also move in a proxy sorted by Bytes; the multipliers only scatter the sizes.
SegmentInfo scanSegment(int shmid, int version)
{
    SegmentInfo s =
        makeSegment(shmid, quint64((shmid * 7919 + version * 104729) % 65536), 0x1000u + quint32(shmid));
    s.nattch = quint64(version);
    s.lpid = 1000 + version;
    return s;
}

QList<int> idsOf(const QList<SegmentInfo> &segments)
{
    QList<int> ids;
    for (const SegmentInfo &s : segments)
        ids << s.shmid;
    return ids;
}

// The shmids a model (the table or a proxy over it) shows, top to bottom.
QList<int> shmidsIn(const QAbstractItemModel &model)
{
    QList<int> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(SegmentTableModel::ShmidRole).toInt();
    return ids;
}

QList<int> sorted(QList<int> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qulonglong> bytesIn(const QAbstractItemModel &model)
{
    QList<qulonglong> bytes;
    for (int row = 0; row < model.rowCount(); ++row)
        bytes << model.index(row, SegmentTableModel::BytesColumn)
                     .data(SegmentTableModel::SortRole)
                     .toULongLong();
    return bytes;
}

bool bytesDescending(const QAbstractItemModel &model)
{
    const QList<qulonglong> bytes = bytesIn(model);
    return std::is_sorted(bytes.cbegin(), bytes.cend(), std::greater<>());
}

int rowOfShmid(const QAbstractItemModel &model, int shmid)
{
    const QList<int> ids = shmidsIn(model);
    return int(ids.indexOf(shmid));
}

QString eventText(QLatin1String kind, int first, int last)
{
    return kind + QLatin1Char(' ') + QString::number(first) + QLatin1Char('-') + QString::number(last);
}

// The signals a merge from oldIds to newIds must send, worked out from the lists alone. The contract:
// the merge goes through the shmids in ascending order, so when it reports a run of rows, every shmid
// before that run already has its new state (that fixes the row numbers); and each report covers a
// maximal run of neighbouring shmids (in the union of both lists) that share one fate.
QStringList expectedEvents(const QList<int> &oldIds, const QList<int> &newIds, const QList<int> &changed)
{
    enum class Fate { Kept, Removed, Inserted, Changed };
    const auto fateOf = [&](int id) {
        if (!newIds.contains(id))
            return Fate::Removed;
        if (!oldIds.contains(id))
            return Fate::Inserted;
        return changed.contains(id) ? Fate::Changed : Fate::Kept;
    };
    QList<int> all = sorted(oldIds + newIds);
    all.erase(std::unique(all.begin(), all.end()), all.end());

    QStringList events;
    int rowsBefore = 0; // shmids before the current run that are in the model once the merge is done
    for (qsizetype i = 0; i < all.size();) {
        const Fate fate = fateOf(all.at(i));
        qsizetype end = i + 1;
        while (fate != Fate::Kept && end < all.size() && fateOf(all.at(end)) == fate)
            ++end;
        const int count = int(end - i);
        const int last = rowsBefore + count - 1;
        switch (fate) {
        case Fate::Removed:
            events << eventText(QLatin1String("remove"), rowsBefore, last);
            break;
        case Fate::Inserted:
            events << eventText(QLatin1String("insert"), rowsBefore, last);
            break;
        case Fate::Changed:
            events << eventText(QLatin1String("change"), rowsBefore, last);
            break;
        case Fate::Kept:
            break;
        }
        if (fate != Fate::Removed)
            rowsBefore += count;
        i = end;
    }
    return events;
}

// Listens to a model during one merge. Besides the list of events, it keeps a mirror of the model's
// shmids and replays each removal and insertion on it: if the signals are consistent, the mirror ends
// equal to the model. The shmids each signal covers are read when it is sent, because the rows shift
// as the merge goes on.
class MergeRecorder
{
public:
    explicit MergeRecorder(const QAbstractItemModel *model) : m_model(model), m_mirror(shmidsIn(*model))
    {
        QObject::connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, &m_context,
                         [this](const QModelIndex &parent, int first, int last) {
                             QVERIFY(!parent.isValid());
                             const QList<int> ids = shmidsAt(first, last);
                             QCOMPARE(m_mirror.mid(first, last - first + 1), ids);
                             m_mirror.remove(first, last - first + 1);
                             m_removed << ids;
                             m_events << eventText(QLatin1String("remove"), first, last);
                         });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &m_context,
                         [this](const QModelIndex &parent, int first, int last) {
                             QVERIFY(!parent.isValid());
                             const QList<int> ids = shmidsAt(first, last);
                             for (int i = 0; i < ids.size(); ++i)
                                 m_mirror.insert(first + i, ids.at(i));
                             m_inserted << ids;
                             m_events << eventText(QLatin1String("insert"), first, last);
                         });
        QObject::connect(model, &QAbstractItemModel::dataChanged, &m_context,
                         [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                             // Any field of a SegmentInfo may have changed, so a narrower range would
                             // leave stale cells on screen.
                             QCOMPARE(topLeft.column(), 0);
                             QCOMPARE(bottomRight.column(), SegmentTableModel::ColumnCount - 1);
                             const QList<int> ids = shmidsAt(topLeft.row(), bottomRight.row());
                             QCOMPARE(m_mirror.mid(topLeft.row(), ids.size()), ids);
                             m_changed << ids;
                             m_events << eventText(QLatin1String("change"), topLeft.row(), bottomRight.row());
                         });
    }

    [[nodiscard]] const QStringList &events() const { return m_events; }
    [[nodiscard]] const QList<int> &mirror() const { return m_mirror; }
    [[nodiscard]] QList<int> removed() const { return sorted(m_removed); }
    [[nodiscard]] QList<int> inserted() const { return sorted(m_inserted); }
    [[nodiscard]] QList<int> changed() const { return sorted(m_changed); }

private:
    QList<int> shmidsAt(int first, int last) const
    {
        QList<int> ids;
        for (int row = first; row <= last; ++row)
            ids << m_model->index(row, 0).data(SegmentTableModel::ShmidRole).toInt();
        return ids;
    }

    const QAbstractItemModel *m_model;
    QList<int> m_mirror;
    QStringList m_events;
    QList<int> m_removed;
    QList<int> m_inserted;
    QList<int> m_changed;
    QObject m_context; // last, so it goes first and takes the connections with it
};

// The table and a proxy over it sorted by Bytes (largest first), both watched by
// QAbstractItemModelTester, which fails the running test as soon as either breaks the model rules.
struct WatchedModel
{
    WatchedModel()
    {
        proxy.setSourceModel(&model);
        proxy.sort(SegmentTableModel::BytesColumn, Qt::DescendingOrder);
        modelTester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    SegmentTableModel model;
    SegmentFilterProxy proxy;
    std::unique_ptr<QAbstractItemModelTester> modelTester; // after the models: destroyed before them
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
};

// Merges `next` (a refresh after the first fill) and checks everything the views depend on: the exact
// signals, their consistency, no reset or layout change of the table, dataChanged for exactly the
// changed shmids, the table's contents, and the proxy still holding every row in Bytes order.
void mergeAndCheck(WatchedModel &w, const QList<SegmentInfo> &next, const QList<int> &changed)
{
    const QList<int> oldIds = shmidsIn(w.model);
    const QList<int> newIds = idsOf(next);
    // The expectations below are worked out from `changed`; make sure it names exactly the shmids whose
    // values differ, so that a slip in the test data cannot pass for a model bug or hide one.
    QList<int> differing;
    for (const SegmentInfo &s : next) {
        const SegmentInfo *old = w.model.segmentAt(int(oldIds.indexOf(s.shmid)));
        if (old && !(*old == s))
            differing << s.shmid;
    }
    QVERIFY2(differing == sorted(changed),
             "test data: `changed` must list exactly the shmids whose values differ");

    QSignalSpy resets(&w.model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&w.model, &QAbstractItemModel::layoutChanged);
    QSignalSpy proxyResets(&w.proxy, &QAbstractItemModel::modelReset); // would drop the view's selection
    MergeRecorder recorder(&w.model);
    w.model.merge(next);
    if (QTest::currentTestFailed())
        return; // a tester or the recorder has already said what broke, during the merge

    QCOMPARE(recorder.events(), expectedEvents(oldIds, newIds, changed));
    QCOMPARE(recorder.mirror(), newIds);
    QCOMPARE(shmidsIn(w.model), newIds);
    QVERIFY(w.model.segments() == next);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(proxyResets.count(), 0);
    QCOMPARE(recorder.changed(), sorted(changed));

    QCOMPARE(sorted(shmidsIn(w.proxy)), newIds);
    QVERIFY2(bytesDescending(w.proxy), "the proxy lost its Bytes order");
}

struct MergeStep
{
    const char *name;
    QList<int> ids;     // shmids after the merge
    QList<int> changed; // shmids in the lists before and after whose SegmentInfo differs
};

// One history of refreshes, each step starting where the one before ended. mergeSignals() takes each
// step on its own on a fresh model; mergeSequence() plays them all on one model.
const QList<MergeStep> &mergeSteps()
{
    static const QList<MergeStep> steps = {
        {"fill from empty", {10, 20, 30, 40, 50}, {}},
        {"insert at start", {3, 5, 10, 20, 30, 40, 50}, {}},
        {"insert in middle", {3, 5, 10, 15, 17, 20, 30, 40, 50}, {}},
        {"insert at end", {3, 5, 10, 15, 17, 20, 30, 40, 50, 60, 70}, {}},
        {"insert at start, middle and end", {1, 3, 5, 10, 12, 15, 17, 20, 30, 40, 50, 60, 70, 80}, {}},
        {"nothing changed", {1, 3, 5, 10, 12, 15, 17, 20, 30, 40, 50, 60, 70, 80}, {}},
        {"change one", {1, 3, 5, 10, 12, 15, 17, 20, 30, 40, 50, 60, 70, 80}, {15}},
        {"change first and last", {1, 3, 5, 10, 12, 15, 17, 20, 30, 40, 50, 60, 70, 80}, {1, 80}},
        {"change a run", {1, 3, 5, 10, 12, 15, 17, 20, 30, 40, 50, 60, 70, 80}, {10, 12, 15}},
        {"change scattered rows", {1, 3, 5, 10, 12, 15, 17, 20, 30, 40, 50, 60, 70, 80}, {3, 12, 20, 40, 70}},
        {"remove at start", {3, 5, 10, 12, 15, 17, 20, 30, 40, 50, 60, 70, 80}, {}},
        {"remove in middle", {3, 5, 10, 12, 17, 20, 30, 40, 50, 60, 70, 80}, {}},
        {"remove at end", {3, 5, 10, 12, 17, 20, 30, 40, 50, 60, 70}, {}},
        {"remove runs at start, middle and end", {10, 12, 40, 50}, {}},
        {"insert, remove and change in one merge", {8, 10, 11, 40, 45, 50, 55}, {10, 50}},
        {"replace all, interleaved", {9, 41, 46, 56}, {}},
        {"merge to empty", {}, {}},
        {"refill", {7, 8, 9}, {}},
        {"change every row", {7, 8, 9}, {7, 8, 9}},
    };
    return steps;
}

} // namespace

class TestSegmentTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mergeSignals_data();
    void mergeSignals();
    void mergeSequence();
    void identicalMergeIsSilent();
    void selectionSurvivesMerges();
    void sortByValue_data();
    void sortByValue();
    void sortByShmidFollowsMerges();
    void filter_data();
    void filter();
    void filterSurvivesMerges();
    void realKernelSegments();
    void oddCommandNamesAreShownEscaped_data();
    void oddCommandNamesAreShownEscaped();
    void highlightAge();
    void everyColumnAndStatusExplainsItself();
};

// The program installs the English translator at start (core::Translations): it writes the counts.
void TestSegmentTableModel::initTestCase()
{
    core::Translations::instance().use(core::Translations::Language::English);
}

void TestSegmentTableModel::mergeSignals_data()
{
    QTest::addColumn<QList<int>>("oldIds");
    QTest::addColumn<QList<int>>("newIds");
    QTest::addColumn<QList<int>>("changed");
    QList<int> previous;
    for (const MergeStep &step : mergeSteps()) {
        QTest::newRow(step.name) << previous << step.ids << step.changed;
        previous = step.ids;
    }
}

// Each kind of merge on its own, from a table filled with oldIds: the exact rowsRemoved, rowsInserted
// and dataChanged ranges, with both testers watching the table and the sorted proxy.
void TestSegmentTableModel::mergeSignals()
{
    QFETCH(QList<int>, oldIds);
    QFETCH(QList<int>, newIds);
    QFETCH(QList<int>, changed);

    QList<SegmentInfo> before;
    for (int id : oldIds)
        before << scanSegment(id, 0);
    QList<SegmentInfo> after;
    for (int id : newIds)
        after << scanSegment(id, changed.contains(id) ? 1 : 0);

    WatchedModel w;
    w.model.merge(before); // the first fill: what it sends is not the subject here
    QCOMPARE(shmidsIn(w.model), oldIds);
    mergeAndCheck(w, after, changed);
}

// The whole history on one table and proxy: state carried from merge to merge (row bookkeeping, the
// proxy's mapping) must stay right, and no merge after the first fill may reset.
void TestSegmentTableModel::mergeSequence()
{
    WatchedModel w;
    QHash<int, int> versions; // shmid -> how often it has changed
    const auto scanOf = [&versions](const MergeStep &step) {
        QList<SegmentInfo> scan;
        for (int id : step.ids) {
            if (step.changed.contains(id))
                ++versions[id];
            scan << scanSegment(id, versions.value(id));
        }
        return scan;
    };

    const QList<MergeStep> &steps = mergeSteps();
    w.model.merge(scanOf(steps.first()));
    QCOMPARE(shmidsIn(w.model), steps.first().ids);
    for (qsizetype i = 1; i < steps.size(); ++i) {
        mergeAndCheck(w, scanOf(steps.at(i)), steps.at(i).changed);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(
                QStringLiteral("the failure above was in step \"%1\"").arg(QLatin1String(steps.at(i).name))));
    }
}

// A refresh that finds the same segments (equal values in a new list, as a new scan gives) must not make
// any view repaint or relayout.
void TestSegmentTableModel::identicalMergeIsSilent()
{
    const auto scan = [] {
        return QList<SegmentInfo>{scanSegment(1, 0), scanSegment(2, 3), scanSegment(9, 1)};
    };
    WatchedModel w;
    w.model.merge(scan());

    QSignalSpy dataChanged(&w.model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&w.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&w.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&w.model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&w.model, &QAbstractItemModel::layoutChanged);
    QSignalSpy proxyLayouts(&w.proxy, &QAbstractItemModel::layoutChanged);
    w.model.merge(scan());
    QCOMPARE(dataChanged.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(proxyLayouts.count(), 0);
}

// A selected row in the proxy, sorted by Bytes descending, stays selected (and current) while rows come
// and go on both sides of it, in shmid order and in sort order, and while it and others change so that
// they move in the sort.
void TestSegmentTableModel::selectionSurvivesMerges()
{
    constexpr int selectedId = 30;
    WatchedModel w;
    w.model.merge({makeSegment(10, 1000), makeSegment(20, 2000), makeSegment(selectedId, 3000),
                   makeSegment(40, 4000), makeSegment(50, 5000)});
    QItemSelectionModel selection(&w.proxy);
    selection.setCurrentIndex(w.proxy.index(rowOfShmid(w.proxy, selectedId), 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(selection.selectedRows().size(), 1);

    SegmentInfo twenty = makeSegment(20, 2500);
    twenty.nattch = 2;
    SegmentInfo forty = makeSegment(40, 4000);
    forty.nattch = 1;
    struct Round
    {
        const char *what;
        QList<SegmentInfo> scan;
    };
    const QList<Round> rounds = {
        // 5: lower shmid, above it in the sort; 25: lower, below; 35: higher shmid, above; 60: higher, below.
        {"insert around it; change 20 and 40",
         {makeSegment(5, 6000), makeSegment(10, 1000), twenty, makeSegment(25, 500),
          makeSegment(selectedId, 3000), makeSegment(35, 3500), forty, makeSegment(50, 5000),
          makeSegment(60, 100)}},
        // Removes 5 and 20 (lower shmids, above and below) and 40 and 60 (higher, above and below); 10 jumps
        // from below the selected row to the top of the sort.
        {"remove around it; move 10 across it",
         {makeSegment(10, 9000), makeSegment(25, 500), makeSegment(selectedId, 3000), makeSegment(35, 3500),
          makeSegment(50, 5000)}},
        {"the selected row itself moves to the bottom of the sort",
         {makeSegment(10, 9000), makeSegment(25, 500), makeSegment(selectedId, 50), makeSegment(35, 3500),
          makeSegment(50, 5000)}},
    };
    for (const Round &round : rounds) {
        w.model.merge(round.scan);
        const QModelIndexList rows = selection.selectedRows();
        QVERIFY2(rows.size() == 1, round.what);
        QVERIFY2(rows.first().data(SegmentTableModel::ShmidRole).toInt() == selectedId, round.what);
        QVERIFY2(selection.currentIndex().data(SegmentTableModel::ShmidRole).toInt() == selectedId,
                 round.what);
        QVERIFY2(bytesDescending(w.proxy), round.what);
        QVERIFY2(sorted(shmidsIn(w.proxy)) == idsOf(round.scan), round.what);
    }
    QCOMPARE(rowOfShmid(w.proxy, selectedId), w.proxy.rowCount() - 1);
}

void TestSegmentTableModel::sortByValue_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QList<int>>("ascending"); // shmids, smallest value first

    // The segments sortByValue() uses (shmid: value), and how sorting the shown text would order them.
    QTest::newRow("shmid") << int(SegmentTableModel::ShmidColumn) << QList<int>{9, 10, 100, 1000};
    // Bytes 9:9 10:4096 100:100 1000:10; as text "10" < "100" < "4096" < "9".
    QTest::newRow("bytes") << int(SegmentTableModel::BytesColumn) << QList<int>{9, 1000, 100, 10};
    // The same sizes read "9 B", "10 B", "100 B", "4.0 KiB".
    QTest::newRow("size") << int(SegmentTableModel::SizeColumn) << QList<int>{9, 1000, 100, 10};
    // Keys 9:0x00001234 10:0x80000000 100:0xfffffffb 1000:0x7fffffff; as signed 32-bit numbers 0x80000000
    // and 0xfffffffb would come first.
    QTest::newRow("key") << int(SegmentTableModel::KeyColumn) << QList<int>{9, 1000, 10, 100};
    // Nattch 9:100 10:0 100:10 1000:9; as text "0" < "10" < "100" < "9".
    QTest::newRow("nattch") << int(SegmentTableModel::NattchColumn) << QList<int>{10, 1000, 100, 9};
    // The Attached column sorts by nattch too: the process list it shows is only the part we could see.
    QTest::newRow("attached") << int(SegmentTableModel::AttachedColumn) << QList<int>{10, 1000, 100, 9};
    // Attach times 9:1700000200 10:1700000100 100:never(0) 1000:1600000000; as text "never" sorts last.
    QTest::newRow("attach time") << int(SegmentTableModel::AttachTimeColumn) << QList<int>{100, 1000, 10, 9};
    // Detach times 9:1700000500 10:never(0) 100:5 1000:1700000000; as text "never" sorts last.
    QTest::newRow("detach time") << int(SegmentTableModel::DetachTimeColumn) << QList<int>{10, 100, 1000, 9};
    // Change times 9:1000000000 10:999999999 100:1700000300 1000:1700000000.
    QTest::newRow("changed time") << int(SegmentTableModel::CreatedColumn) << QList<int>{10, 9, 1000, 100};
}

// Sorting the proxy compares the values, not the text shown: numbers as numbers, keys as unsigned 32-bit
// values, times as times (with "never" first), in both directions.
void TestSegmentTableModel::sortByValue()
{
    QFETCH(int, column);
    QFETCH(QList<int>, ascending);

    struct Values
    {
        int shmid;
        quint64 bytes;
        quint32 key;
        quint64 nattch;
        qint64 atime, dtime, ctime;
    };
    const Values table[] = {
        {9, 9, 0x00001234u, 100, 1700000200, 1700000500, 1000000000},
        {10, 4096, 0x80000000u, 0, 1700000100, 0, 999999999},
        {100, 100, 0xfffffffbu, 10, 0, 5, 1700000300},
        {1000, 10, 0x7fffffffu, 9, 1600000000, 1700000000, 1700000000},
    };
    QList<SegmentInfo> scan;
    for (const Values &v : table) {
        SegmentInfo s = makeSegment(v.shmid, v.bytes, v.key);
        s.nattch = v.nattch;
        s.atime = v.atime;
        s.dtime = v.dtime;
        s.ctime = v.ctime;
        scan << s;
    }

    WatchedModel w;
    w.model.merge(scan);
    w.proxy.sort(column, Qt::AscendingOrder);
    QCOMPARE(shmidsIn(w.proxy), ascending);
    w.proxy.sort(column, Qt::DescendingOrder);
    std::reverse(ascending.begin(), ascending.end());
    QCOMPARE(shmidsIn(w.proxy), ascending);
}

// The proxy sorts by shmid from the model's row order (SegmentFilterProxy::lessThan): rows merged in between,
// before and after the others, and rows removed, keep the order of their shmids either way round.
void TestSegmentTableModel::sortByShmidFollowsMerges()
{
    const auto scanOf = [](const QList<int> &shmids) {
        QList<SegmentInfo> scan;
        for (int shmid : shmids) // bytes in the opposite order, so that no other order is the shmids' by chance
            scan << makeSegment(shmid, quint64(100000 - shmid), 0x1000u + quint32(shmid));
        return scan;
    };
    WatchedModel w;
    w.proxy.sort(SegmentTableModel::ShmidColumn, Qt::DescendingOrder);
    w.model.merge(scanOf({10, 1000}));
    QCOMPARE(shmidsIn(w.proxy), (QList<int>{1000, 10}));
    w.model.merge(scanOf({5, 10, 100, 1000, 2000}));
    QCOMPARE(shmidsIn(w.proxy), (QList<int>{2000, 1000, 100, 10, 5}));
    w.model.merge(scanOf({5, 100, 2000, 3000}));
    QCOMPARE(shmidsIn(w.proxy), (QList<int>{3000, 2000, 100, 5}));
    w.proxy.sort(SegmentTableModel::ShmidColumn, Qt::AscendingOrder);
    QCOMPARE(shmidsIn(w.proxy), (QList<int>{5, 100, 2000, 3000}));
}

namespace {

// Segments whose key, shmid, owner and status each match exactly one filter word below (no shmid holds
// the digits of a key, no owner name holds "dest" or "locked").
QList<SegmentInfo> filterSegments()
{
    SegmentInfo removed = makeSegment(8, 4096, 0, QStringLiteral("bob"), core::ShmDestFlag | 0600);
    removed.nattch = 1;
    removed.hasOriginalKey = true;
    removed.originalKey = qint32(0x0000beefu);
    return {makeSegment(7, 4096, 0x00001234u, QStringLiteral("alice")), removed,
            makeSegment(9, 4096, 0x00005678u, QStringLiteral("carol"), core::ShmLockedFlag | 0600),
            makeSegment(424242, 4096, 0xfffffffbu, QStringLiteral("dave"))};
}

} // namespace

void TestSegmentTableModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("shown");

    QTest::newRow("key as shown") << QStringLiteral("0x00001234") << QList<int>{7};
    QTest::newRow("part of a key") << QStringLiteral("1234") << QList<int>{7};
    QTest::newRow("key in capitals") << QStringLiteral("0XFFFFFFFB") << QList<int>{424242};
    QTest::newRow("shmid") << QStringLiteral("424242") << QList<int>{424242};
    QTest::newRow("owner") << QStringLiteral("carol") << QList<int>{9};
    QTest::newRow("owner, other case, spaces around") << QStringLiteral("  ALICE ") << QList<int>{7};
    QTest::newRow("dest") << QStringLiteral("dest") << QList<int>{8};
    QTest::newRow("locked") << QStringLiteral("locked") << QList<int>{9};
    // The kernel shows key 0 for a removed segment; the user still knows it by the key it was made with.
    QTest::newRow("original key of a dest segment") << QStringLiteral("0x0000beef") << QList<int>{8};
    QTest::newRow("part of an original key") << QStringLiteral("beef") << QList<int>{8};
    QTest::newRow("no match") << QStringLiteral("no-such-segment") << QList<int>{};
    QTest::newRow("empty") << QString() << QList<int>{7, 8, 9, 424242};
    QTest::newRow("blank") << QStringLiteral("   ") << QList<int>{7, 8, 9, 424242};
}

void TestSegmentTableModel::filter()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, shown);

    WatchedModel w;
    w.model.merge(filterSegments());
    w.proxy.setFilterText(text);
    QCOMPARE(sorted(shmidsIn(w.proxy)), shown);

    w.proxy.setFilterText(QString());
    QCOMPARE(sorted(shmidsIn(w.proxy)), idsOf(filterSegments()));
}

// The filter stays applied through refreshes: a new matching row shows up, a new other row stays hidden,
// and a row whose owner changes comes into or goes out of view.
void TestSegmentTableModel::filterSurvivesMerges()
{
    const QString alice = QStringLiteral("alice");
    const QString bob = QStringLiteral("bob");
    WatchedModel w;
    w.model.merge({makeSegment(1, 100, 0, alice), makeSegment(2, 200, 0, bob)});
    w.proxy.setFilterText(alice);
    QCOMPARE(shmidsIn(w.proxy), QList<int>{1});

    w.model.merge({makeSegment(1, 100, 0, alice), makeSegment(2, 200, 0, bob), makeSegment(3, 300, 0, alice),
                   makeSegment(4, 400, 0, bob)});
    QCOMPARE(sorted(shmidsIn(w.proxy)), (QList<int>{1, 3}));

    w.model.merge({makeSegment(1, 100, 0, bob), makeSegment(2, 200, 0, alice), makeSegment(3, 300, 0, alice),
                   makeSegment(4, 400, 0, bob)});
    QCOMPARE(sorted(shmidsIn(w.proxy)), (QList<int>{2, 3}));

    w.proxy.setFilterText(QString());
    QCOMPARE(sorted(shmidsIn(w.proxy)), (QList<int>{1, 2, 3, 4}));
}

// Real segments through the real scanner: the table follows the kernel's list across a removal and a
// creation without a reset. Other processes may add or remove segments meanwhile; each comparison is
// with the scan that was merged, so that does not matter.
void TestSegmentTableModel::realKernelSegments()
{
    testutils::SegmentGuard segments[4];
    const auto create = [&segments](int i) {
        if (segments[i].create(IPC_PRIVATE, size_t(4096 * (i + 1))))
            return QString();
        return QStringLiteral("shmget(IPC_PRIVATE, %1): %2").arg(4096 * (i + 1)).arg(qt_error_string(errno));
    };
    for (int i = 0; i < 3; ++i) {
        const QString error = create(i);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    core::SegmentScanner scanner;
    const auto scanAndMerge = [&scanner](SegmentTableModel &model) -> QList<int> {
        const core::Result<core::ScanResult> scan = scanner.scan();
        if (!scan.ok()) {
            QTest::qFail(qPrintable(scan.error().toString()), __FILE__, __LINE__);
            return {};
        }
        const QList<int> ids = idsOf(scan.value().segments);
        if (!std::is_sorted(ids.cbegin(), ids.cend()))
            QTest::qFail("the scanner must list segments by shmid: merge() relies on it", __FILE__, __LINE__);
        model.merge(scan.value().segments);
        return ids;
    };

    WatchedModel w;
    QList<int> scanned = scanAndMerge(w.model);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(shmidsIn(w.model), scanned);
    for (int i = 0; i < 3; ++i)
        QVERIFY(scanned.contains(segments[i].id()));

    QSignalSpy resets(&w.model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&w.model, &QAbstractItemModel::layoutChanged);
    const int removedId = segments[1].id();
    segments[1].reset();
    const QString error = create(3);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    scanned = scanAndMerge(w.model);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(shmidsIn(w.model), scanned);
    QVERIFY(!scanned.contains(removedId));
    QVERIFY(scanned.contains(segments[3].id()));
    QCOMPARE(w.model.rowOfShmid(removedId), -1);
    QVERIFY(w.model.rowOfShmid(segments[3].id()) >= 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(sorted(shmidsIn(w.proxy)), scanned);
}

// A process names itself (prctl(PR_SET_NAME)) with a newline, an ESC or spaces around: the Attached cell
// shows it on one line, escaped, with its spaces.
void TestSegmentTableModel::oddCommandNamesAreShownEscaped_data()
{
    testutils::addOddNameRows();
}

void TestSegmentTableModel::oddCommandNamesAreShownEscaped()
{
    QFETCH(QString, name);
    QFETCH(QString, shown);
    testutils::SegmentGuard segment;
    QVERIFY2(segment.create(IPC_PRIVATE, 4096), qPrintable(qt_error_string(errno)));
    testutils::AttachedPeer peer;
    QVERIFY2(peer.start(segment.id(), false, {QStringLiteral("name"), name}), qPrintable(peer.errorText()));
    const core::Result<core::ScanResult> scan = core::SegmentScanner().scan();
    QVERIFY2(scan.ok(), scan.ok() ? "" : qPrintable(scan.error().toString()));
    WatchedModel w;
    w.model.merge(scan.value().segments);
    const int row = w.model.rowOfShmid(segment.id());
    QVERIFY(row >= 0);
    QCOMPARE(w.model.index(row, SegmentTableModel::AttachedColumn).data().toString(),
             QStringLiteral("%1 (%2)").arg(shown).arg(peer.pid()));
}

// The first fill is not news (-1); rows a later merge inserts or changes carry an age from that merge;
// the ages stay with their rows when rows before them are removed.
void TestSegmentTableModel::highlightAge()
{
    const auto ageOf = [](const SegmentTableModel &model, int shmid) {
        return model.index(model.rowOfShmid(shmid), 0).data(SegmentTableModel::HighlightAgeRole).toLongLong();
    };

    WatchedModel w;
    w.model.merge({scanSegment(1, 0), scanSegment(2, 0), scanSegment(3, 0)});
    for (int id : {1, 2, 3})
        QCOMPARE(ageOf(w.model, id), qint64(-1));
    QVERIFY(!w.model.hasActiveHighlights());

    w.model.merge({scanSegment(1, 1), scanSegment(2, 0), scanSegment(3, 0), scanSegment(4, 0)});
    // Checked at once after the merge, well inside HighlightMs; the fading itself is the view's business
    // and is not waited for here.
    QVERIFY(w.model.hasActiveHighlights());
    QVERIFY(ageOf(w.model, 1) >= 0); // changed
    QVERIFY(ageOf(w.model, 4) >= 0); // inserted
    QCOMPARE(ageOf(w.model, 2), qint64(-1));
    QCOMPARE(ageOf(w.model, 3), qint64(-1));

    w.model.merge({scanSegment(1, 1), scanSegment(3, 0), scanSegment(4, 0)});
    QVERIFY(ageOf(w.model, 1) >= 0);
    QCOMPARE(ageOf(w.model, 3), qint64(-1));
    QVERIFY(ageOf(w.model, 4) >= 0);
}

// Tooltips in plain words: every header, and the cells whose values puzzle a student (a key of 0, dest,
// nattch, lpid, the permission bits, which also say what this user may do).
void TestSegmentTableModel::everyColumnAndStatusExplainsItself()
{
    SegmentTableModel model;
    for (int column = 0; column < SegmentTableModel::ColumnCount; ++column)
        QVERIFY2(model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().size() > 10,
                 qPrintable(model.headerData(column, Qt::Horizontal).toString()));
    QVERIFY(model.headerData(SegmentTableModel::KeyColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("IPC_RMID")));

    SegmentInfo removed = makeSegment(1, 56, 0, QStringLiteral("alice"), 0640 | core::ShmDestFlag);
    removed.hasOriginalKey = true;
    removed.originalKey = 0x1234;
    removed.nattch = 2;
    removed.lpid = 4242;
    model.merge({removed});
    const auto tip = [&model](int column) { return model.index(0, column).data(Qt::ToolTipRole).toString(); };
    QVERIFY2(tip(SegmentTableModel::KeyColumn).contains(QStringLiteral("0x00001234")), qPrintable(tip(0)));
    QCOMPARE(tip(SegmentTableModel::StatusColumn),
             QStringLiteral(
                 "dest: removed with IPC_RMID, but still attached by 2 processes. The memory is freed when "
                 "the last one detaches."));
    QVERIFY2(tip(SegmentTableModel::NattchColumn).startsWith(QStringLiteral("2 attachments in force now")),
             qPrintable(tip(SegmentTableModel::NattchColumn)));
    QVERIFY(tip(SegmentTableModel::LpidColumn).contains(QStringLiteral("4242")));
    QVERIFY2(tip(SegmentTableModel::PermsColumn).contains(QStringLiteral("Mode 640: owner alice"))
                 && tip(SegmentTableModel::PermsColumn).contains(QStringLiteral("You are")),
             qPrintable(tip(SegmentTableModel::PermsColumn)));

    removed.nattch = 1;
    model.merge({removed});
    QCOMPARE(tip(SegmentTableModel::StatusColumn),
             QStringLiteral(
                 "dest: removed with IPC_RMID, but still attached by 1 process. The memory is freed when it "
                 "detaches."));
    QVERIFY2(tip(SegmentTableModel::NattchColumn).startsWith(QStringLiteral("1 attachment in force now")),
             qPrintable(tip(SegmentTableModel::NattchColumn)));
}

QTEST_MAIN(TestSegmentTableModel)
#include "tst_segmenttablemodel.moc"
