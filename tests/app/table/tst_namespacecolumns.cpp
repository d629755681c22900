// The tables' side of namespaces, likely users and orphans, from the values a scan hands over: the Namespace,
// Likely user and orphan cells with their tooltips, the filter box matching them, rows of two namespaces with
// one shmid kept apart through refreshes (selection and sort included), Details' lines, and the namespace
// selector's entries, choice and fallback. The window with real namespaces is tst_namespacewindow.

#include "app/table/detailspanel.h"
#include "app/table/namespaceselector.h"
#include "app/table/posixfilterproxy.h"
#include "app/table/posixtablemodel.h"
#include "app/table/segmentfilterproxy.h"
#include "app/table/segmenttablemodel.h"
#include "core/translations.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using app::NamespaceSelector;
using app::SegmentTableModel;
using core::IpcNamespace;
using core::NamespaceChoice;
using core::SegmentInfo;

namespace {

constexpr quint64 HostInode = 4026531839; // the inode the first IPC namespace of a boot gets
constexpr quint64 ContainerInode = 4026532301;
const QString ContainerId = QStringLiteral("3f2a1b9c7d10e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9");

SegmentInfo segment(quint64 ns, int shmid, quint64 bytes)
{
    SegmentInfo s;
    s.ipcNamespace = ns;
    s.shmid = shmid;
    s.size = bytes;
    s.ownerName = QStringLiteral("alice");
    s.mode = 0600;
    return s;
}

IpcNamespace host()
{
    IpcNamespace ns;
    ns.inode = HostInode;
    ns.ours = true;
    ns.pids = {1, 200, 300};
    return ns;
}

IpcNamespace container()
{
    IpcNamespace ns;
    ns.inode = ContainerInode;
    ns.pids = {4242, 4250};
    ns.engine = QStringLiteral("docker");
    ns.container = ContainerId;
    return ns;
}

IpcNamespace bare(quint64 inode, QList<qint64> pids)
{
    IpcNamespace ns;
    ns.inode = inode;
    ns.pids = std::move(pids);
    return ns;
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

// (namespace inode, shmid) of each row a model shows, top to bottom.
QList<std::pair<quint64, int>> rowsOf(const QAbstractItemModel &model)
{
    QList<std::pair<quint64, int>> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        rows.append({index.data(SegmentTableModel::NamespaceRole).toULongLong(),
                     index.data(SegmentTableModel::ShmidRole).toInt()});
    }
    return rows;
}

// Picks an entry as a click in the open list does: it becomes current, and activated() says so.
void pick(NamespaceSelector &selector, int index)
{
    selector.setCurrentIndex(index);
    emit selector.activated(index);
}

} // namespace

class TestNamespaceColumns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namespaceColumnNamesTheContainer();
    void likelyUserAndOrphanCells();
    void filterMatchesNamespaceLikelyUserAndOrphan();
    void rowsOfTwoNamespacesWithOneShmid();
    void posixLikelyUserAndOrphan();
    void detailsTellNamespaceLikelyUserAndOrphan();
    void selectorListsOtherNamespaces();
    void selectorFallsBackWhenTheChosenVanishes();
    void selectorRemembersItsChoice();
};

// The program installs the English translator at start (core::Translations): it writes the counts.
void TestNamespaceColumns::initTestCase()
{
    core::Translations::instance().use(core::Translations::Language::English);
}

void TestNamespaceColumns::namespaceColumnNamesTheContainer()
{
    SegmentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.merge({segment(HostInode, 0, 100), segment(ContainerInode, 0, 200)});
    // Before the scan has said which namespaces there are, the inode alone.
    QCOMPARE(cell(model, 1, SegmentTableModel::NamespaceColumn), QStringLiteral("ipc:[4026532301]"));
    QSignalSpy changed(&model, &SegmentTableModel::dataChanged);
    model.setNamespaces({host(), container()});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(model, 0, SegmentTableModel::NamespaceColumn), QStringLiteral("ipc:[4026531839]"));
    QCOMPARE(cell(model, 1, SegmentTableModel::NamespaceColumn), QStringLiteral("docker 3f2a1b9c7d10"));
    const QString tip = cell(model, 1, SegmentTableModel::NamespaceColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(QStringLiteral("ipc:[4026532301]")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("docker ") + ContainerId), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("2 process")), qPrintable(tip)); // "processes" once the .ts has it
    QVERIFY(cell(model, 0, SegmentTableModel::NamespaceColumn, Qt::ToolTipRole).contains(QStringLiteral("ipcs")));
    // Rows of our namespace are what the window creates and selects by shmid.
    QCOMPARE(model.rowOfShmid(0), 0);
    QCOMPARE(model.rowOf(0, ContainerInode), 1);
    model.setNamespaces({host(), container()});
    QCOMPARE(changed.count(), 1); // the same namespaces: nothing to paint again
}

void TestNamespaceColumns::likelyUserAndOrphanCells()
{
    SegmentInfo x11 = segment(HostInode, 3, 1 << 20);
    x11.likelyUser = QStringLiteral("X11 MIT-SHM image");
    x11.likelyUserEvidence = QStringLiteral("private key, attached by Xorg (pid 977)");
    SegmentInfo left = segment(HostInode, 4, 4096);
    left.cpid = 31337;
    left.orphan = true;
    SegmentInfo lockedLeft = segment(HostInode, 5, 4096);
    lockedLeft.mode = 0600 | core::ShmLockedFlag;
    lockedLeft.orphan = true;
    SegmentTableModel model;
    model.merge({x11, left, lockedLeft});
    QCOMPARE(cell(model, 0, SegmentTableModel::LikelyUserColumn), QStringLiteral("X11 MIT-SHM image"));
    QCOMPARE(cell(model, 0, SegmentTableModel::LikelyUserColumn, Qt::ToolTipRole),
             QStringLiteral("private key, attached by Xorg (pid 977)"));
    QCOMPARE(cell(model, 0, SegmentTableModel::StatusColumn), QString());
    QCOMPARE(cell(model, 1, SegmentTableModel::StatusColumn), QStringLiteral("orphan"));
    QCOMPARE(cell(model, 2, SegmentTableModel::StatusColumn), QStringLiteral("locked, orphan"));
    const QString tip = cell(model, 1, SegmentTableModel::StatusColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(QStringLiteral("nobody has it attached and its creator (pid 31337) has exited")),
             qPrintable(tip));
    QCOMPARE(model.headerData(SegmentTableModel::LikelyUserColumn, Qt::Horizontal).toString(),
             QStringLiteral("Likely user"));
    QCOMPARE(model.headerData(SegmentTableModel::NamespaceColumn, Qt::Horizontal).toString(),
             QStringLiteral("Namespace"));
}

void TestNamespaceColumns::filterMatchesNamespaceLikelyUserAndOrphan()
{
    SegmentInfo postgres = segment(HostInode, 1, 4096);
    postgres.likelyUser = QStringLiteral("PostgreSQL");
    SegmentInfo left = segment(HostInode, 2, 4096);
    left.orphan = true;
    SegmentTableModel model;
    app::SegmentFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setNamespaces({host(), container()});
    model.merge({postgres, left, segment(ContainerInode, 7, 4096)});
    const auto shown = [&](const QString &text) {
        proxy.setFilterText(text);
        return rowsOf(proxy);
    };
    using Row = std::pair<quint64, int>;
    QCOMPARE(shown(QStringLiteral("postgres")), (QList<Row>{{HostInode, 1}}));
    QCOMPARE(shown(QStringLiteral("orphan")), (QList<Row>{{HostInode, 2}}));
    QCOMPARE(shown(QStringLiteral("docker 3f2a")), (QList<Row>{{ContainerInode, 7}}));
    QCOMPARE(shown(QStringLiteral("ipc:[4026532301]")), (QList<Row>{{ContainerInode, 7}}));
}

// Two namespaces both have a segment 0 and a segment 2: four rows, each kept apart from its twin through a
// refresh that changes one twin, removes the other and adds a row between them; the selection stays on its
// row and the proxy sorted by shmid puts equal shmids next to each other.
void TestNamespaceColumns::rowsOfTwoNamespacesWithOneShmid()
{
    SegmentTableModel model;
    app::SegmentFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(SegmentTableModel::ShmidColumn, Qt::AscendingOrder);
    // The scan's order: namespace, then shmid.
    model.merge({segment(HostInode, 0, 100), segment(HostInode, 2, 300), segment(ContainerInode, 0, 200),
                 segment(ContainerInode, 2, 400)});
    using Row = std::pair<quint64, int>;
    QCOMPARE(rowsOf(proxy), (QList<Row>{{HostInode, 0}, {ContainerInode, 0}, {HostInode, 2}, {ContainerInode, 2}}));

    QItemSelectionModel selection(&proxy);
    const int selectedRow = int(rowsOf(proxy).indexOf(Row{ContainerInode, 0}));
    selection.setCurrentIndex(proxy.index(selectedRow, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy resets(&model, &SegmentTableModel::modelReset);

    // The container's 0 changes, the host's segments go, a 1 comes in the container. Were rows told apart by
    // shmid alone, the host's 0 would become the container's, and the selected row would go.
    model.merge({segment(ContainerInode, 0, 250), segment(ContainerInode, 1, 50), segment(ContainerInode, 2, 400)});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(rowsOf(proxy), (QList<Row>{{ContainerInode, 0}, {ContainerInode, 1}, {ContainerInode, 2}}));
    const QModelIndexList selected = selection.selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(SegmentTableModel::NamespaceRole).toULongLong(), ContainerInode);
    QCOMPARE(selected.first().data(SegmentTableModel::ShmidRole).toInt(), 0);
    QCOMPARE(proxy.index(selected.first().row(), SegmentTableModel::BytesColumn).data().toULongLong(), 250u);
    const SegmentInfo *twin = model.segmentAt(model.rowOf(2, ContainerInode));
    QVERIFY(twin);
    QCOMPARE(twin->size, 400u);
    QCOMPARE(model.rowOf(0, HostInode), -1);
}

void TestNamespaceColumns::posixLikelyUserAndOrphan()
{
    core::PosixObject chromium;
    chromium.kind = core::PosixObject::Kind::Posix;
    chromium.name = QStringLiteral("/.org.chromium.Chromium.abc");
    chromium.inode = 11;
    chromium.likelyUser = QStringLiteral("Chromium");
    chromium.likelyUserEvidence = QStringLiteral("its name starts with .org.chromium.");
    core::PosixObject left;
    left.kind = core::PosixObject::Kind::Posix;
    left.name = QStringLiteral("/left-behind");
    left.inode = 12;
    left.orphan = true;
    core::PosixScanResult scan;
    scan.objects = {chromium, left};
    app::PosixTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.merge(scan);
    using app::PosixTableModel;
    QCOMPARE(cell(model, 0, PosixTableModel::LikelyUserColumn), QStringLiteral("Chromium"));
    QCOMPARE(cell(model, 0, PosixTableModel::LikelyUserColumn, Qt::ToolTipRole),
             QStringLiteral("its name starts with .org.chromium."));
    QCOMPARE(cell(model, 0, PosixTableModel::HoldersColumn), QStringLiteral("0 processes"));
    QCOMPARE(cell(model, 1, PosixTableModel::HoldersColumn), QStringLiteral("0 processes, orphan"));
    QVERIFY(cell(model, 1, PosixTableModel::HoldersColumn, Qt::ToolTipRole).startsWith(QStringLiteral("orphan")));

    app::PosixFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setKinds({core::PosixObject::Kind::Posix});
    proxy.setFilterText(QStringLiteral("chromium"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("orphan"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, PosixTableModel::NameColumn).data().toString(), QStringLiteral("/left-behind"));
}

void TestNamespaceColumns::detailsTellNamespaceLikelyUserAndOrphan()
{
    SegmentInfo s = segment(ContainerInode, 0, 4096);
    s.cpid = 31337;
    s.orphan = true;
    s.likelyUser = QStringLiteral("PostgreSQL");
    s.likelyUserEvidence = QStringLiteral("its first bytes are PostgreSQL's magic number");
    app::DetailsPanel panel;
    const IpcNamespace where = container();
    panel.showSegment(s, {}, {}, &where);
    const QString text = panel.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Namespace\nipc:[4026532301]")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Container\ndocker ") + ContainerId), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Processes in it\n2")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Likely user\nPostgreSQL: its first bytes are PostgreSQL's magic number")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Orphan\nnobody has it attached and its creator (pid 31337) has exited; "
                                          "it stays until removed")),
             qPrintable(text));

    core::PosixObject o;
    o.kind = core::PosixObject::Kind::Posix;
    o.name = QStringLiteral("/left-behind");
    o.orphan = true;
    o.likelyUser = QStringLiteral("PipeWire");
    panel.showPosixObject(o, 0);
    const QString posix = panel.toPlainText();
    QVERIFY2(posix.contains(QStringLiteral("Likely user\nPipeWire")), qPrintable(posix));
    QVERIFY2(posix.contains(QStringLiteral("Orphan\nnobody maps it or holds it open")), qPrintable(posix));

    // A scan of ours alone lists no processes by namespace: the count is left out, not shown as 0.
    IpcNamespace ours;
    ours.inode = ContainerInode;
    ours.ours = true;
    panel.showSegment(s, {}, {}, &ours);
    const QString oursText = panel.toPlainText();
    QVERIFY2(!oursText.contains(QStringLiteral("Processes in it")), qPrintable(oursText));
}

void TestNamespaceColumns::selectorListsOtherNamespaces()
{
    NamespaceSelector selector;
    QList<IpcNamespace> listed = {host(), container(), bare(4026532400, {5000, 5001, 5002})};
    selector.setLister([&listed] { return listed; });
    QSignalSpy changed(&selector, &NamespaceSelector::choiceChanged);
    QCOMPARE(selector.count(), 2); // nothing listed yet: this namespace, all
    QCOMPARE(selector.choice(), NamespaceChoice{});
    selector.relist();
    QStringList entries;
    for (int i = 0; i < selector.count(); ++i)
        entries << selector.itemText(i);
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.mid(0, 3), (QStringList{QStringLiteral("This namespace"), QStringLiteral("All namespaces"),
                                             QStringLiteral("docker 3f2a1b9c7d10")}));
    // "processes" once the .ts gives the English plural
    QVERIFY2(entries.at(3).startsWith(QStringLiteral("ipc:[4026532400] (3 process")), qPrintable(entries.at(3)));
    QCOMPARE(changed.count(), 0);
    pick(selector, 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(selector.choice(), (NamespaceChoice{NamespaceChoice::Which::OfProcess, 5000}));
    // Its first process exited: the scan is asked through the next.
    listed[2].pids = {5001, 5002};
    selector.update({listed[2]});
    QCOMPARE(changed.count(), 2);
    QCOMPARE(selector.choice(), (NamespaceChoice{NamespaceChoice::Which::OfProcess, 5001}));
    pick(selector, 1);
    QCOMPARE(selector.choice(), (NamespaceChoice{NamespaceChoice::Which::All, 0}));
    QCOMPARE(selector.currentText(), QStringLiteral("All namespaces"));
}

void TestNamespaceColumns::selectorFallsBackWhenTheChosenVanishes()
{
    NamespaceSelector selector;
    QList<IpcNamespace> listed = {host(), container()};
    selector.setLister([&listed] { return listed; });
    selector.relist();
    pick(selector, 2);
    QCOMPARE(selector.choice().which, NamespaceChoice::Which::OfProcess);
    QSignalSpy vanished(&selector, &NamespaceSelector::vanished);
    QSignalSpy changed(&selector, &NamespaceSelector::choiceChanged);
    listed.removeLast();
    selector.relist();
    QCOMPARE(vanished.count(), 1);
    QCOMPARE(vanished.first().first().toString(), QStringLiteral("docker 3f2a1b9c7d10"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(selector.choice(), NamespaceChoice{});
    QCOMPARE(selector.currentText(), QStringLiteral("This namespace"));
    QCOMPARE(selector.count(), 2);
}

void TestNamespaceColumns::selectorRemembersItsChoice()
{
    NamespaceSelector selector;
    QCOMPARE(selector.settingValue(), QStringLiteral("ours"));
    QVERIFY(selector.setSettingValue(QStringLiteral("all")));
    QCOMPARE(selector.choice().which, NamespaceChoice::Which::All);
    QVERIFY(!selector.setSettingValue(QStringLiteral("containers")));
    QVERIFY(!selector.setSettingValue(QStringLiteral("0")));
    QCOMPARE(selector.settingValue(), QStringLiteral("all"));

    // A namespace of the last run, not listed yet: all are scanned until the lister says where it is.
    QVERIFY(selector.setSettingValue(QStringLiteral("4026532301")));
    QCOMPARE(selector.settingValue(), QStringLiteral("4026532301"));
    QCOMPARE(selector.choice().which, NamespaceChoice::Which::All);
    QCOMPARE(selector.currentText(), QStringLiteral("ipc:[4026532301]"));
    selector.setNamespaces({host(), container()});
    QCOMPARE(selector.choice(), (NamespaceChoice{NamespaceChoice::Which::OfProcess, 4242}));
    QCOMPARE(selector.currentText(), QStringLiteral("docker 3f2a1b9c7d10"));
}

QTEST_MAIN(TestNamespaceColumns)
#include "tst_namespacecolumns.moc"
