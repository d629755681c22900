// The models of the semaphore sets' and message queues' tables on literal rows: merged in place (one reset,
// then inserts, removes and changed rows), the semaphores whose value changed remembered, cells and
// tooltips in plain words, rows of two namespaces with one id told apart by the Namespace column, the filter's
// words, and the window's namespace selector showing that column.

#include "app/guitest.h"
#include "app/mainwindow.h"
#include "app/table/ipctables.h"
#include "app/table/ipctableview.h"
#include "app/table/messagequeuetablemodel.h"
#include "app/table/namespaceselector.h"
#include "app/table/segmentfilterproxy.h"
#include "app/table/segmenttablemodel.h"
#include "app/table/semaphoresettablemodel.h"
#include "core/segments/segmentscanner.h"
#include "core/translations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>

using app::IpcTableModel;
using app::MessageQueueTableModel;
using app::SegmentTableModel;
using app::SemaphoreSetTableModel;
using core::IpcNamespace;
using core::MessageQueueInfo;
using core::SemaphoreSetInfo;

namespace {

constexpr quint64 HostInode = 4026531839;
constexpr quint64 ContainerInode = 4026532301;

SemaphoreSetInfo set(quint64 ns, int semid, QList<int> values)
{
    SemaphoreSetInfo s;
    s.ipcNamespace = ns;
    s.semid = semid;
    s.key = 0x1234;
    s.mode = 0640;
    s.nsems = int(values.size());
    s.ownerName = QStringLiteral("alice");
    for (int i = 0; i < values.size(); ++i) {
        core::SemaphoreInfo info;
        info.num = i;
        info.value = values.at(i);
        s.semaphores << info;
    }
    return s;
}

QList<IpcNamespace> namespaces()
{
    IpcNamespace host;
    host.inode = HostInode;
    host.ours = true;
    IpcNamespace container;
    container.inode = ContainerInode;
    container.engine = QStringLiteral("docker");
    container.container = QStringLiteral("3f2a1b9c7d10");
    container.pids = {4242};
    return {host, container};
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestIpcTableModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        core::Translations::instance().use(core::Translations::Language::English);
    }
    void setsMergeInPlace();
    void setCellsInPlainWords();
    void rowsOfTwoNamespacesWithOneId();
    void queueCells();
    void selectorShowsTheNamespaceColumns();
    void scanOfSeveralNamespacesShowsTheColumns();
};

void TestIpcTableModels::setsMergeInPlace()
{
    SegmentTableModel segments;
    SemaphoreSetTableModel model(&segments);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.merge({set(0, 1, {1, 0}), set(0, 3, {5})});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.recentlyChanged(*model.setAt(0)).isEmpty()); // new, not changed
    // The same scan again: nothing at all.
    model.merge({set(0, 1, {1, 0}), set(0, 3, {5})});
    QCOMPARE(changed.count(), 0);
    // Set 1's second semaphore changes, set 3 goes, set 7 comes: never a reset.
    model.merge({set(0, 1, {1, 4}), set(0, 7, {0})});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(model.recentlyChanged(*model.setAt(0)), QList<int>{1});
    QCOMPARE(cell(model, 0, SemaphoreSetTableModel::ValuesColumn), QStringLiteral("1 4"));
    const qint64 age = model.index(0, 0).data(IpcTableModel::HighlightAgeRole).toLongLong();
    QVERIFY(age >= 0 && age < IpcTableModel::HighlightMs);
    QCOMPARE(model.rowOf(7, 0), 1);
    QCOMPARE(model.rowOf(3, 0), -1);
}

void TestIpcTableModels::setCellsInPlainWords()
{
    SegmentTableModel segments;
    SemaphoreSetTableModel model(&segments);
    SemaphoreSetInfo waited = set(0, 2, {0, 1});
    waited.semaphores[0].ncnt = 2; // two wait, one of them named
    waited.semaphores[1].zcnt = 0;
    core::SemaphoreWaiter w;
    w.pid = 1234;
    w.command = "writer";
    w.semnum = 0;
    w.waitsFor = core::SemaphoreWaiter::For::Increase;
    waited.waiters = {w};
    SemaphoreSetInfo unreadable = set(0, 5, {});
    unreadable.nsems = 3;
    unreadable.semaphoresError = QStringLiteral("no read permission: mode 600, owner bob, you are uid 1000");
    model.merge({waited, unreadable});
    QCOMPARE(cell(model, 0, SemaphoreSetTableModel::KeyColumn), QStringLiteral("0x00001234"));
    QCOMPARE(cell(model, 0, SemaphoreSetTableModel::PermsColumn), QStringLiteral("640"));
    QCOMPARE(cell(model, 0, SemaphoreSetTableModel::WaitersColumn), QStringLiteral("writer (1234), 1 waiting"));
    QVERIFY(cell(model, 0, SemaphoreSetTableModel::WaitersColumn, Qt::ToolTipRole)
                .contains(QStringLiteral("writer (1234) waits for semaphore 0 to increase")));
    QCOMPARE(cell(model, 0, SemaphoreSetTableModel::OtimeColumn), QStringLiteral("never"));
    QCOMPARE(cell(model, 1, SemaphoreSetTableModel::ValuesColumn), QStringLiteral("?"));
    QVERIFY(cell(model, 1, SemaphoreSetTableModel::ValuesColumn, Qt::ToolTipRole).contains(QStringLiteral("owner bob")));
    // The filter box finds a set by its waiter's command, its key or its owner.
    app::SegmentFilterProxy proxy;
    proxy.setSourceModel(&model);
    for (const auto &[text, rows] : {std::pair{QStringLiteral("writer"), 1}, std::pair{QStringLiteral("1234"), 2},
                                     std::pair{QStringLiteral("alice"), 2}, std::pair{QStringLiteral("nobody"), 0}}) {
        proxy.setFilterText(text);
        QCOMPARE(proxy.rowCount(), rows);
    }
    // Sorted by the raw value: waiting processes as a number.
    proxy.setFilterText({});
    proxy.sort(SemaphoreSetTableModel::WaitersColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(IpcTableModel::IdRole).toInt(), 2);
}

void TestIpcTableModels::rowsOfTwoNamespacesWithOneId()
{
    SegmentTableModel segments;
    segments.setNamespaces(namespaces());
    SemaphoreSetTableModel sets(&segments);
    MessageQueueTableModel queues(&segments);
    sets.merge({set(HostInode, 0, {1}), set(ContainerInode, 0, {0})});
    QCOMPARE(sets.rowCount(), 2);
    QCOMPARE(cell(sets, 0, SemaphoreSetTableModel::NamespaceColumn), QStringLiteral("ipc:[4026531839]"));
    QCOMPARE(cell(sets, 1, SemaphoreSetTableModel::NamespaceColumn), QStringLiteral("docker 3f2a1b9c7d10"));
    QCOMPARE(sets.rowOfOurs(0), 0);
    QVERIFY(!sets.isOurs(ContainerInode));
    MessageQueueInfo q;
    q.msqid = 0;
    q.ipcNamespace = ContainerInode;
    queues.merge({q});
    QCOMPARE(cell(queues, 0, MessageQueueTableModel::NamespaceColumn), QStringLiteral("docker 3f2a1b9c7d10"));
    QCOMPARE(queues.rowOfOurs(0), -1);
}

void TestIpcTableModels::queueCells()
{
    SegmentTableModel segments;
    MessageQueueTableModel model(&segments);
    MessageQueueInfo q;
    q.msqid = 4;
    q.key = 0;
    q.mode = 0620;
    q.cbytes = 30;
    q.qnum = 2;
    q.lspid = 777;
    q.lspidCommand = "msgsender";
    q.lrpid = 778;
    model.merge({q});
    QCOMPARE(cell(model, 0, MessageQueueTableModel::KeyColumn), QStringLiteral("0x00000000"));
    QVERIFY(cell(model, 0, MessageQueueTableModel::KeyColumn, Qt::ToolTipRole).contains(QStringLiteral("IPC_PRIVATE")));
    QCOMPARE(cell(model, 0, MessageQueueTableModel::UsedBytesColumn), QStringLiteral("30"));
    QCOMPARE(cell(model, 0, MessageQueueTableModel::MessagesColumn), QStringLiteral("2"));
    QCOMPARE(cell(model, 0, MessageQueueTableModel::LspidColumn), QStringLiteral("msgsender (777)"));
    QCOMPARE(cell(model, 0, MessageQueueTableModel::LrpidColumn), QStringLiteral("778"));
    QCOMPARE(cell(model, 0, MessageQueueTableModel::RtimeColumn), QStringLiteral("never"));
    // "2 messages" once the .ts gives the English plural.
    const QString tip = cell(model, 0, MessageQueueTableModel::MessagesColumn, Qt::ToolTipRole);
    QVERIFY2(tip.startsWith(QStringLiteral("2 message")) && tip.contains(QStringLiteral("30 bytes in all"))
                 && tip.contains(QStringLiteral("takes it off the queue")),
             qPrintable(tip));
    for (int column = 0; column < MessageQueueTableModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

// Choosing more namespaces than ours shows the tables' Namespace column, as it does the segments'.
void TestIpcTableModels::selectorShowsTheNamespaceColumns()
{
    app::MainWindow window;
    const QList<app::IpcTableView *> tables = window.ipcTables()->tables();
    for (const app::IpcTableView *table : tables)
        QVERIFY(table->isColumnHidden(table->ipcModel()->namespaceColumn()));
    app::NamespaceSelector *selector = window.namespaceSelector();
    selector->setCurrentIndex(1); // all namespaces
    emit selector->activated(1);
    for (const app::IpcTableView *table : tables)
        QVERIFY(!table->isColumnHidden(table->ipcModel()->namespaceColumn()));
}

// A scan that lists more namespaces than ours (a choice restored from the settings) shows it too, once.
void TestIpcTableModels::scanOfSeveralNamespacesShowsTheColumns()
{
    app::MainWindow window;
    app::IpcTableView *sets = window.ipcTables()->semaphoreSetTable();
    core::ScanResult result;
    result.namespaces = namespaces().mid(0, 1);
    result.semaphoreSets = {set(HostInode, 0, {1})};
    window.ipcTables()->merge(result);
    QVERIFY(sets->isColumnHidden(SemaphoreSetTableModel::NamespaceColumn));
    result.namespaces = namespaces();
    result.semaphoreSets << set(ContainerInode, 0, {1});
    window.ipcTables()->merge(result);
    QVERIFY(!sets->isColumnHidden(SemaphoreSetTableModel::NamespaceColumn));
    // Hidden by the user, it stays hidden while the list is the same.
    sets->setColumnHidden(SemaphoreSetTableModel::NamespaceColumn, true);
    window.ipcTables()->merge(result);
    QVERIFY(sets->isColumnHidden(SemaphoreSetTableModel::NamespaceColumn));
}

QTEST_MAIN(TestIpcTableModels)
#include "tst_ipctablemodels.moc"
