// The Leaks view in the real main window, offscreen: Segment > Leaks… lists the orphans real helpers left
// (tests/helpers/shmorphan), a removed segment a shmattach keeps alive, a POSIX object nobody holds; Remove
// Selected asks once, listing exactly what goes, and removes exactly that (checked with IPC_STAT and stat(2));
// logind's RemoveIPC note from a logind.conf laid out in a test folder.

#include "app/guitest.h"
#include "app/leaks/leaksdialog.h"
#include "app/leaks/leaksmodel.h"
#include "app/mainwindow.h"
#include "app/table/posixtablemodel.h"
#include "app/table/posixtableview.h"
#include "app/table/namespaceselector.h"
#include "app/table/refreshcontroller.h"
#include "core/kernel/ipcnamespaceentry.h"
#include "testutils.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using app::LeaksDialog;
using app::LeaksModel;
using app::MainWindow;
using core::LeakItem;

namespace {

// The row of segment shmid in the view, or -1.
int segmentRow(const LeaksModel *model, int shmid)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const LeakItem &item = model->itemAt(row);
        if (item.kind != LeakItem::Kind::OrphanObject && item.segment.shmid == shmid)
            return row;
    }
    return -1;
}

int objectRow(const LeaksModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const LeakItem &item = model->itemAt(row);
        if (item.kind == LeakItem::Kind::OrphanObject && item.object.name == name)
            return row;
    }
    return -1;
}

QString cell(const LeaksModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

LeaksDialog *openLeaks(MainWindow &window)
{
    guitest::action(window, "actionLeaks")->trigger();
    auto *dialog = window.findChild<LeaksDialog *>(QStringLiteral("leaksDialog"));
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

bool pathExists(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0;
}

} // namespace

class TestLeaksDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { guitest::removeModalPolls(); }
    void listsOrphansWithWhy();
    void removeSelectedRemovesExactlyIt();
    void removedSegmentIsListedWithItsKeeper();
    void orphanObjectIsRemovedByName();
    void removeIpcNote();
    void anotherNamespacesOrphanIsRemovedInsideIt();
};

void TestLeaksDialog::listsOrphansWithWhy()
{
    testutils::OrphanSegment orphan;
    QVERIFY2(orphan.make(3 * 4096), qPrintable(orphan.errorText()));
    testutils::SegmentGuard alive; // its creator, this test, lives: not listed
    QVERIFY(alive.create(IPC_PRIVATE, 4096));
    MainWindow window;
    window.show();
    LeaksDialog *dialog = openLeaks(window);
    QVERIFY(dialog);
    const LeaksModel *model = dialog->model();
    QTRY_VERIFY(segmentRow(model, orphan.id()) >= 0);
    const int row = segmentRow(model, orphan.id());
    QCOMPARE(cell(model, row, LeaksModel::KindColumn), QStringLiteral("Segment"));
    QCOMPARE(cell(model, row, LeaksModel::IdColumn), QString::number(orphan.id()));
    QCOMPARE(cell(model, row, LeaksModel::NameColumn), QStringLiteral("0x00000000"));
    QCOMPARE(cell(model, row, LeaksModel::BytesColumn), QStringLiteral("12.0 KiB"));
    QCOMPARE(cell(model, row, LeaksModel::WhyColumn), QStringLiteral("creator %1 exited").arg(orphan.creatorPid()));
    QCOMPARE(segmentRow(model, alive.id()), -1);
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("leaksTotals"))->text().isEmpty());
}

void TestLeaksDialog::removeSelectedRemovesExactlyIt()
{
    testutils::OrphanSegment gone;
    testutils::OrphanSegment stays;
    QVERIFY2(gone.make(4096), qPrintable(gone.errorText()));
    QVERIFY2(stays.make(4096), qPrintable(stays.errorText()));
    MainWindow window;
    window.show();
    LeaksDialog *dialog = openLeaks(window);
    QVERIFY(dialog);
    QTRY_VERIFY(segmentRow(dialog->model(), gone.id()) >= 0 && segmentRow(dialog->model(), stays.id()) >= 0);
    dialog->table()->selectRow(segmentRow(dialog->model(), gone.id()));
    QString asked;
    QString informed;
    guitest::whenModalShows([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (box && box->objectName() == QLatin1String("removeLeaksConfirmation")) {
            asked = box->text();
            informed = box->informativeText();
        }
        guitest::clickDestructive(modal);
    });
    dialog->findChild<QPushButton *>(QStringLiteral("removeSelectedLeaks"))->click();
    QVERIFY(!testutils::shmStat(gone.id()));
    QVERIFY(testutils::shmStat(stays.id()));
    QVERIFY2(asked.contains(QStringLiteral("segment %1, key 0x00000000 (4.0 KiB)").arg(gone.id())), qPrintable(asked));
    QVERIFY2(!asked.contains(QStringLiteral("segment %1,").arg(stays.id())), qPrintable(asked));
    QVERIFY2(informed.contains(QLatin1String("shmctl(IPC_RMID)")), qPrintable(informed));
    QTRY_COMPARE(segmentRow(dialog->model(), gone.id()), -1);
}

// A removed segment cannot be removed again: listed with its keeper, left alone by Remove All.
void TestLeaksDialog::removedSegmentIsListedWithItsKeeper()
{
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(IPC_PRIVATE, 4096));
    testutils::AttachedPeer peer;
    QVERIFY2(peer.start(segment.id(), false), qPrintable(peer.errorText()));
    QCOMPARE(shmctl(segment.id(), IPC_RMID, nullptr), 0);
    QVERIFY(testutils::shmStat(segment.id())->shm_perm.mode & SHM_DEST);
    MainWindow window;
    window.show();
    LeaksDialog *dialog = openLeaks(window);
    QVERIFY(dialog);
    QTRY_VERIFY(segmentRow(dialog->model(), segment.id()) >= 0);
    const int row = segmentRow(dialog->model(), segment.id());
    QCOMPARE(cell(dialog->model(), row, LeaksModel::KindColumn), QStringLiteral("Removed segment"));
    QCOMPARE(cell(dialog->model(), row, LeaksModel::WhyColumn),
             QStringLiteral("removed, kept by pid %1 (shmattach)").arg(peer.pid()));
    // Alone in the selection: nothing to ask, the pid to end is said instead.
    dialog->table()->selectRow(row);
    dialog->findChild<QPushButton *>(QStringLiteral("removeSelectedLeaks"))->click();
    const QString status = dialog->findChild<QLabel *>(QStringLiteral("leaksStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("pid %1 (shmattach)").arg(peer.pid())), qPrintable(status));
    QCOMPARE(testutils::shmStat(segment.id())->shm_nattch, shmatt_t(1));
    peer.stop();
}

void TestLeaksDialog::orphanObjectIsRemovedByName()
{
    testutils::PosixNameGuard name("leak");
    testutils::PosixNameGuard kept("kept");
    QVERIFY(name.create(QByteArray(64, 'x')));
    QVERIFY(kept.create(QByteArray(64, 'y')));
    MainWindow window;
    window.show();
    LeaksDialog *dialog = openLeaks(window);
    QVERIFY(dialog);
    const QString shown = QString::fromUtf8(name.name());
    // Every scan lists the object, made before the window. A process we may not read (a container's PID 1)
    // might hold it: then nothing is called an orphan, and the ctest entry in a pid namespace of its own runs this.
    QTRY_VERIFY(window.refreshController()->scansFinished() >= 1);
    if (window.posixTable()->posixModel()->unreadableProcesses() > 0)
        QSKIP("no POSIX object is called an orphan here: some processes may not be read");
    QTRY_VERIFY(objectRow(dialog->model(), shown) >= 0);
    const int row = objectRow(dialog->model(), shown);
    QCOMPARE(cell(dialog->model(), row, LeaksModel::IdColumn), name.path());
    QCOMPARE(cell(dialog->model(), row, LeaksModel::WhyColumn), QStringLiteral("nobody maps or holds it"));
    dialog->table()->selectRow(row);
    QString asked;
    guitest::whenModalShows([&](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            asked = box->text();
        guitest::clickDestructive(modal);
    });
    dialog->findChild<QPushButton *>(QStringLiteral("removeSelectedLeaks"))->click();
    QVERIFY(!pathExists(name.path()));
    QVERIFY(pathExists(kept.path()));
    QVERIFY2(asked.contains(QStringLiteral("POSIX object %1 (64 B)").arg(shown)), qPrintable(asked));
}

void TestLeaksDialog::removeIpcNote()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("usr/lib/systemd")));
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("etc/systemd")));
    QVERIFY(testutils::writeFile(root.filePath(QStringLiteral("usr/lib/systemd/systemd-logind")), "\x7f" "ELF"));
    const QString conf = root.filePath(QStringLiteral("etc/systemd/logind.conf"));
    QVERIFY(testutils::writeFile(conf, "[Login]\nRemoveIPC=yes\n"));
    app::RefreshController refresh;
    LeaksDialog dialog(&refresh, nullptr, root.path());
    dialog.showView();
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("removeIpcNote"));
    QTRY_VERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(QStringLiteral("logind removes a user's segments and POSIX objects when their "
                                                    "last session ends (RemoveIPC=yes in %1)")
                                         .arg(conf)),
             qPrintable(note->text()));
    QVERIFY(testutils::writeFile(conf, "[Login]\nRemoveIPC=no\n"));
    dialog.hide();
    dialog.showView();
    QTRY_VERIFY(!note->isVisible());
}

// With every namespace listed, a container's orphan is named with its place (its shmid may be ours too), and
// Remove Selected removes it from inside its namespace: ours of the same number, if any, is not touched.
void TestLeaksDialog::anotherNamespacesOrphanIsRemovedInsideIt()
{
    if (const QString why = testutils::ForeignNamespace::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    testutils::ForeignNamespace other;
    QVERIFY2(other.start(), qPrintable(other.errorText()));
    // Made inside by a creator that exits at once, as a container's program would leave it.
    const testutils::Run made =
        testutils::run(QStringLiteral("nsenter"), {QStringLiteral("--ipc=/proc/%1/ns/ipc").arg(other.pid()),
                                                   QStringLiteral(SHMSCOPE_BIN_DIR "/shmorphan"),
                                                   QStringLiteral("make"), QStringLiteral("4096")});
    const QList<QByteArray> words = made.out.trimmed().split(' ');
    QVERIFY2(made.exitCode == 0 && words.size() == 3, made.err.constData());
    const int shmid = words.at(1).toInt();
    const auto listedInside = [&] {
        auto entry = core::IpcNamespaceEntry::open(other.pid());
        bool listed = false;
        return entry.ok() && entry.value().run([&] { listed = testutils::shmStat(shmid).has_value(); }).ok()
               && listed;
    };
    QVERIFY(listedInside());

    MainWindow window;
    window.show();
    QVERIFY(window.namespaceSelector()->setSettingValue(QStringLiteral("all")));
    LeaksDialog *dialog = openLeaks(window);
    QVERIFY(dialog);
    const QString place = QStringLiteral("%1 in ipc:[%2]").arg(shmid).arg(other.inode());
    const auto rowOfTheirs = [&] {
        for (int row = 0; row < dialog->model()->rowCount(); ++row) {
            if (cell(dialog->model(), row, LeaksModel::IdColumn) == place)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY(rowOfTheirs() >= 0);
    dialog->table()->selectRow(rowOfTheirs());
    guitest::whenModalShows([](QWidget *modal) { guitest::clickDestructive(modal); });
    dialog->findChild<QPushButton *>(QStringLiteral("removeSelectedLeaks"))->click();
    QVERIFY(!listedInside());
}

QTEST_MAIN(TestLeaksDialog)
#include "tst_leaksdialog.moc"
