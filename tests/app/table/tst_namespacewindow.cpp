// The window with real IPC namespaces (`unshare -i` processes standing in for containers) and real segments:
// the Namespace column names a segment's namespace as stat(2) of /proc/self/ns/ipc does; the selector lists
// the other namespaces, shows one of them alone or every one (two segments with one shmid as two rows),
// keeps its choice over a restart of the window, and falls back to this namespace when the chosen one dies;
// Remove removes another namespace's segment from inside it; a segment whose creator exited is marked orphan.
// Settings go to a temporary folder, never the user's.

#include "app/guitest.h"
#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/settings.h"
#include "app/table/namespaceselector.h"
#include "app/table/segmenttablemodel.h"
#include "core/kernel/ipcnamespaceentry.h"
#include "core/translations.h"
#include "foreignsegment.h"
#include "testutils.h"

#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/shm.h>

using app::MainWindow;
using app::NamespaceSelector;
using app::SegmentTableModel;
using testutils::ForeignNamespace;

namespace {

// A window as the user starts it: made, its settings restored, shown.
std::unique_ptr<MainWindow> startWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->settings()->restore();
    window->show();
    return window;
}

// A segment made inside a foreign namespace; it dies with the namespace. -1 when it could not be made.
int createInside(const ForeignNamespace &ns, size_t bytes)
{
    auto entry = core::IpcNamespaceEntry::open(ns.pid());
    if (!entry.ok())
        return -1;
    int shmid = -1;
    const auto ran = entry.value().run([&] { shmid = ::shmget(IPC_PRIVATE, bytes, IPC_CREAT | 0600); });
    return ran.ok() ? shmid : -1;
}

// Chooses the selector's entry for a namespace as a user does: the list is opened (which lists the
// namespaces of now), and the entry named by its inode picked. False when there is no such entry.
bool choose(NamespaceSelector *selector, quint64 inode)
{
    selector->showPopup();
    selector->hidePopup();
    const int index = selector->findText(QStringLiteral("ipc:[%1]").arg(inode), Qt::MatchStartsWith);
    if (index < 0)
        return false;
    selector->setCurrentIndex(index);
    emit selector->activated(index);
    return true;
}

bool chooseAll(NamespaceSelector *selector)
{
    const int index = selector->findText(QStringLiteral("All namespaces"));
    if (index < 0)
        return false;
    selector->setCurrentIndex(index);
    emit selector->activated(index);
    return true;
}

// Each row's (namespace, shmid, bytes), as the model holds them.
struct Row
{
    quint64 ns;
    int shmid;
    quint64 bytes;
    bool operator==(const Row &) const = default;
};

QList<Row> rowsOf(const SegmentTableModel &model)
{
    QList<Row> rows;
    for (const core::SegmentInfo &s : model.segments())
        rows.append({s.ipcNamespace, s.shmid, s.size});
    return rows;
}

} // namespace

class TestNamespaceWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void namespaceColumnShowsOurInode();
    void selectorShowsOneNamespaceOrAll();
    void restoredChoiceShowsTheNamespaceColumn();
    void vanishedNamespaceFallsBack();
    void removeActsInsideAnotherNamespace();
    void orphanIsMarked();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestNamespaceWindow::initTestCase()
{
    core::Translations::instance().use(core::Translations::Language::English);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
}

void TestNamespaceWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
}

void TestNamespaceWindow::cleanup()
{
    guitest::removeModalPolls();
    m_dir.reset();
}

void TestNamespaceWindow::namespaceColumnShowsOurInode()
{
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(testutils::uniqueKey(161), 4096));
    const quint64 ours = ForeignNamespace::inodeOf(QStringLiteral("/proc/self/ns/ipc"));
    QVERIFY(ours != 0);
    const auto window = startWindow();
    SegmentTableModel *model = window->segmentModel();
    QTRY_VERIFY(model->rowOfShmid(segment.id()) >= 0);
    const QModelIndex cell = model->index(model->rowOfShmid(segment.id()), SegmentTableModel::NamespaceColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("ipc:[%1]").arg(ours));
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("inode %1").arg(ours)),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
}

// Two fresh namespaces each number their first segment 0: the same shmid twice, told apart by namespace.
void TestNamespaceWindow::selectorShowsOneNamespaceOrAll()
{
    if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    ForeignNamespace first;
    ForeignNamespace second;
    QVERIFY2(first.start(), qPrintable(first.errorText()));
    QVERIFY2(second.start(), qPrintable(second.errorText()));
    const int firstId = createInside(first, 12345);
    const int secondId = createInside(second, 23456);
    QVERIFY(firstId >= 0);
    QCOMPARE(secondId, firstId);
    testutils::SegmentGuard ours;
    QVERIFY(ours.create(testutils::uniqueKey(162), 777));
    const quint64 ourInode = ForeignNamespace::inodeOf(QStringLiteral("/proc/self/ns/ipc"));
    const Row firstRow{first.inode(), firstId, 12345};
    const Row secondRow{second.inode(), secondId, 23456};
    const Row ourRow{ourInode, ours.id(), 777};

    {
        const auto window = startWindow();
        SegmentTableModel *model = window->segmentModel();
        NamespaceSelector *selector = window->namespaceSelector();
        QTRY_VERIFY(model->rowOfShmid(ours.id()) >= 0);
        QVERIFY(!rowsOf(*model).contains(firstRow)); // this namespace by default

        QVERIFY(choose(selector, first.inode()));
        QTRY_COMPARE(rowsOf(*model), QList<Row>{firstRow});
        QVERIFY(!window->segmentTable()->isColumnHidden(SegmentTableModel::NamespaceColumn));

        QVERIFY(chooseAll(selector));
        QTRY_VERIFY(rowsOf(*model).contains(firstRow) && rowsOf(*model).contains(secondRow));
        QVERIFY(rowsOf(*model).contains(ourRow));
        QVERIFY(model->rowOf(firstId, first.inode()) != model->rowOf(secondId, second.inode()));

        QVERIFY(choose(selector, second.inode()));
        QTRY_COMPARE(rowsOf(*model), QList<Row>{secondRow});
        window->close(); // saves the settings
    }
    const auto again = startWindow();
    QCOMPARE(again->namespaceSelector()->settingValue(), QString::number(second.inode()));
    QTRY_COMPARE(rowsOf(*again->segmentModel()), QList<Row>{secondRow});
}

// A settings file that names "all" and no header (written by hand, or by a version before the column): the
// rows of several namespaces come with the column that tells them apart, as when the user chooses "all".
void TestNamespaceWindow::restoredChoiceShowsTheNamespaceColumn()
{
    {
        QSettings settings;
        settings.setValue(QStringLiteral("table/namespace"), QStringLiteral("all"));
    }
    const auto window = startWindow();
    QCOMPARE(window->namespaceSelector()->settingValue(), QStringLiteral("all"));
    QVERIFY(!window->segmentTable()->isColumnHidden(SegmentTableModel::NamespaceColumn));
}

void TestNamespaceWindow::vanishedNamespaceFallsBack()
{
    if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    auto doomed = std::make_unique<ForeignNamespace>();
    QVERIFY2(doomed->start(), qPrintable(doomed->errorText()));
    const quint64 inode = doomed->inode();
    const int shmid = createInside(*doomed, 4321);
    QVERIFY(shmid >= 0);
    testutils::SegmentGuard ours;
    QVERIFY(ours.create(testutils::uniqueKey(163), 888));

    const auto window = startWindow();
    SegmentTableModel *model = window->segmentModel();
    QVERIFY(choose(window->namespaceSelector(), inode));
    QTRY_COMPARE(rowsOf(*model), (QList<Row>{{inode, shmid, 4321}}));
    doomed.reset(); // its only process ends, and the namespace with it
    QTRY_COMPARE(window->namespaceSelector()->settingValue(), QStringLiteral("ours"));
    QCOMPARE(window->namespaceSelector()->currentText(), QStringLiteral("This namespace"));
    QTRY_VERIFY(model->rowOfShmid(ours.id()) >= 0);
    QVERIFY2(window->messageBar()->text().contains(QStringLiteral("ipc:[%1]").arg(inode)),
             qPrintable(window->messageBar()->text()));
}

// Remove acts in the segment's own namespace: shmctl(IPC_RMID) of ours on that shmid would remove whatever
// segment of ours has it. Our segment of the very same shmid stays; theirs goes, asked from inside.
void TestNamespaceWindow::removeActsInsideAnotherNamespace()
{
    if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    ForeignNamespace other;
    QVERIFY2(other.start(), qPrintable(other.errorText()));
    testutils::SegmentGuard ours;
    QVERIFY(ours.create(testutils::uniqueKey(165), 4096));
    testutils::ForeignSegment theirs(other);
    if (!theirs.create(5555, ours.id()))
        QSKIP("kernel.shm_next_id cannot give the other namespace our segment's shmid here");
    const auto window = startWindow();
    QVERIFY(choose(window->namespaceSelector(), other.inode()));
    QTRY_COMPARE(rowsOf(*window->segmentModel()), (QList<Row>{{other.inode(), ours.id(), 5555}}));
    window->segmentTable()->selectRow(0);
    QString question;
    guitest::whenModalShows([&question](QWidget *dialog) {
        question = qobject_cast<QMessageBox *>(dialog)->text();
        guitest::clickDestructive(dialog);
    });
    guitest::action(*window, "actionRemoveSegment")->trigger();
    QVERIFY2(question.contains(QStringLiteral("in ipc:[%1]").arg(other.inode())), qPrintable(question));
    QVERIFY(!theirs.stat().has_value());
    QVERIFY(testutils::shmStat(ours.id()).has_value());
}

// A segment whose creator (tests/helpers/shmorphan) exited at once, nobody attached: Status says orphan, and
// its tooltip names the creator's pid, as the helper reported it.
void TestNamespaceWindow::orphanIsMarked()
{
    testutils::OrphanSegment orphan;
    QVERIFY2(orphan.make(6789), qPrintable(orphan.errorText()));
    testutils::SegmentGuard alive;
    QVERIFY(alive.create(testutils::uniqueKey(164), 4096)); // its creator, this test, lives
    const auto window = startWindow();
    SegmentTableModel *model = window->segmentModel();
    QTRY_VERIFY(model->rowOfShmid(orphan.id()) >= 0 && model->rowOfShmid(alive.id()) >= 0);
    const QModelIndex status = model->index(model->rowOfShmid(orphan.id()), SegmentTableModel::StatusColumn);
    QTRY_COMPARE(status.data().toString(), QStringLiteral("orphan"));
    QVERIFY2(status.data(Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("its creator (pid %1) has exited").arg(orphan.creatorPid())),
             qPrintable(status.data(Qt::ToolTipRole).toString()));
    QCOMPARE(model->index(model->rowOfShmid(alive.id()), SegmentTableModel::StatusColumn).data().toString(),
             QString());
}

QTEST_MAIN(TestNamespaceWindow)
#include "tst_namespacewindow.moc"
