// The real main window, offscreen, against the real kernel: create and remove segments by point-and-click,
// and see every refusal in the window with nothing changed.

#include "app/guitest.h"
#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/table/createsegmentdialog.h"
#include "app/table/refreshcontroller.h"
#include "app/table/segmenttablemodel.h"
#include "core/segments/segmentscanner.h"
#include "testutils.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

#include <array>
#include <functional>
#include <sys/stat.h>

using app::CreateSegmentDialog;
using app::MainWindow;
using app::SegmentTableModel;
using guitest::action;
using guitest::fillDialog;
using guitest::whenModalShows;
using testutils::SegmentGuard;

namespace {

QString dialogError(QWidget *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
}

int countSegments()
{
    core::SegmentScanner scanner;
    const auto scan = scanner.scan();
    return scan.ok() ? int(scan.value().segments.size()) : -1;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void createAndRemoveByPointAndClick();
    void selectionWaitsForAScanThatListsTheSegment();
    void removingAttachedSegmentLeavesItDest();
    void attachedProcessesAreNeverCut();
    void dialogRefusesBadInput_data();
    void dialogRefusesBadInput();
    void dialogRefusesKeyInUse();
    void dialogRefusesSizeAboveShmmax();
    void dialogStartsOnTheKeyAndFollowsTypedUnits();
    void removingVanishedSegmentSaysSo();
    void unreadableProcFallsBackToShmctl();
    void devNullOverProcIsShown();
    void thousandsOfSegments();
    void columnsHideFromHeaderMenu();
};

void TestMainWindow::cleanup()
{
    guitest::removeModalPolls();
}

void TestMainWindow::createAndRemoveByPointAndClick()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SegmentTableModel *model = window.segmentModel();
    const key_t key = testutils::uniqueKey(1);

    SegmentGuard guard;
    whenModalShows([key](QWidget *dialog) {
        fillDialog(dialog, QStringLiteral("0x%1").arg(uint(key), 0, 16), QStringLiteral("4096"), QStringLiteral("600"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    action(window, "actionNewSegment")->trigger();

    const int shmid = shmget(key, 0, 0);
    QVERIFY2(shmid >= 0, "the dialog did not create the segment");
    guard.adopt(shmid);
    QTRY_VERIFY(model->rowOfShmid(shmid) >= 0);
    const core::SegmentInfo *segment = model->segmentAt(model->rowOfShmid(shmid));
    QCOMPARE(segment->size, 4096u);
    QCOMPARE(segment->permissions(), 0600u);
    QCOMPARE(quint32(segment->key), quint32(key));

    // The new row is selected, so the Delete key acts on it.
    auto *table = window.findChild<QTableView *>(QStringLiteral("segmentTable"));
    QTRY_COMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().data(SegmentTableModel::ShmidRole).toInt(), shmid);

    QString question;
    whenModalShows([&question](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        question = box->text();
        guitest::clickDestructive(box);
    });
    // The Delete shortcut works in the active window only, and offscreen nothing reactivates it after the dialog.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    const QString keyText = QStringLiteral("0x%1").arg(uint(key), 8, 16, QLatin1Char('0'));
    QCOMPARE(question, QStringLiteral("Remove segment %1 (key %2)?").arg(shmid).arg(keyText));
    QTRY_COMPARE(model->rowOfShmid(shmid), -1);
    QCOMPARE(shmctl(shmid, IPC_STAT, nullptr), -1);
    QVERIFY(window.messageBar()->text().isEmpty() || window.messageBar()->kind() != app::MessageBar::Kind::Error);
}

// A segment made while a scan runs: that scan started before it existed and does not list it. Its row is
// selected all the same, by the scan after, which does.
void TestMainWindow::selectionWaitsForAScanThatListsTheSegment()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    app::RefreshController *refresh = window.refreshController();
    SegmentTableModel *model = window.segmentModel();
    QSignalSpy scans(refresh, &app::RefreshController::scanned);
    QTRY_VERIFY(scans.count() >= 1 && !refresh->isScanning());

    refresh->refreshNow();
    QVERIFY(refresh->isScanning());
    // The scan runs on the thread pool; its result is handed out through the event loop, which does not run
    // again before the segment exists and is attached: that result is in flight, and without the segment.
    QThreadPool::globalInstance()->waitForDone();
    SegmentGuard guard;
    QVERIFY(guard.create(testutils::uniqueKey(7), 4096));
    QVERIFY(window.attachSegment(guard.id(), core::Attachment::Mode::ReadOnly));
    QVERIFY(refresh->isScanning());
    QCOMPARE(model->rowOfShmid(guard.id()), -1);

    auto *table = window.findChild<QTableView *>(QStringLiteral("segmentTable"));
    QTRY_VERIFY(model->rowOfShmid(guard.id()) >= 0);
    QTRY_COMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().data(SegmentTableModel::ShmidRole).toInt(),
             guard.id());
}

void TestMainWindow::removingAttachedSegmentLeavesItDest()
{
    SegmentGuard guard;
    QVERIFY(guard.create(testutils::uniqueKey(2), 56));
    testutils::AttachedPeer peer;
    QVERIFY(peer.start(guard.id(), false));

    MainWindow window;
    window.show();
    SegmentTableModel *model = window.segmentModel();
    QTRY_VERIFY(model->rowOfShmid(guard.id()) >= 0);
    auto *table = window.findChild<QTableView *>(QStringLiteral("segmentTable"));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, QString::number(guard.id()));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);

    QString explanation;
    whenModalShows([&explanation](QWidget *dialog) {
        explanation = qobject_cast<QMessageBox *>(dialog)->informativeText();
        guitest::clickDestructive(dialog);
    });
    action(window, "actionRemoveSegment")->trigger();
    QCOMPARE(explanation,
             QStringLiteral("This is shmctl(IPC_RMID), what ipcrm -m does. It cannot be undone.\n"
                            "It is still attached, so it is not freed at once: its key becomes 0x00000000, "
                            "its status dest, and the kernel frees it when the last process detaches."));

    // Still listed while the peer holds it: key 0, status dest; the filter still finds it by id.
    QTRY_VERIFY(model->segmentAt(model->rowOfShmid(guard.id())) && model->segmentAt(model->rowOfShmid(guard.id()))->isDestroyed());
    const int row = model->rowOfShmid(guard.id());
    QCOMPARE(model->index(row, SegmentTableModel::StatusColumn).data().toString(), QStringLiteral("dest"));
    QCOMPARE(model->index(row, SegmentTableModel::KeyColumn).data().toString(), QStringLiteral("0x00000000"));
    peer.stop();
    QTRY_COMPARE(model->rowOfShmid(guard.id()), -1);
}

// The processes attached are a list that grows: in the last column, where a list too long for the room left
// makes the table scroll sideways instead of cutting a name or a pid (on a 1280x720 projector, as in class).
void TestMainWindow::attachedProcessesAreNeverCut()
{
    SegmentGuard guard;
    QVERIFY(guard.create(testutils::uniqueKey(3), 56));
    std::array<testutils::AttachedPeer, 8> peers;
    for (testutils::AttachedPeer &peer : peers)
        QVERIFY2(peer.start(guard.id(), false), qPrintable(peer.errorText()));

    MainWindow window;
    window.resize(1280, 720);
    window.show();
    SegmentTableModel *model = window.segmentModel();
    auto *table = window.findChild<QTableView *>(QStringLiteral("segmentTable"));
    const auto attachedCell = [&] {
        return model->index(model->rowOfShmid(guard.id()), SegmentTableModel::AttachedColumn);
    };
    QTRY_VERIFY(model->rowOfShmid(guard.id()) >= 0);
    for (const testutils::AttachedPeer &peer : peers)
        QTRY_VERIFY2(attachedCell().data().toString().contains(QStringLiteral("shmattach (%1)").arg(peer.pid())),
                     qPrintable(attachedCell().data().toString()));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, QString::number(guard.id()));
    QTRY_COMPARE(table->model()->rowCount(), 1);

    QHeaderView *header = table->horizontalHeader();
    int lastShown = -1;
    for (int visual = 0; visual < header->count(); ++visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            lastShown = header->logicalIndex(visual);
    }
    QCOMPARE(lastShown, int(SegmentTableModel::AttachedColumn));
    const QString text = attachedCell().data().toString();
    const int textWidth = table->fontMetrics().horizontalAdvance(text);
    const auto widthSaid = [&] {
        return QStringLiteral("%1 px for %2 px of text")
            .arg(header->sectionSize(SegmentTableModel::AttachedColumn))
            .arg(textWidth);
    };
    QTRY_VERIFY2(header->sectionSize(SegmentTableModel::AttachedColumn) > textWidth, qPrintable(widthSaid()));
    QVERIFY2(table->horizontalScrollBar()->maximum() > 0, "eight processes fit beside the other columns?");
}

void TestMainWindow::dialogRefusesBadInput_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("message"); // a part of the sentence the user must see

    QTest::newRow("size 0") << QStringLiteral("0x%1").arg(uint(testutils::uniqueKey(3)), 0, 16)
                            << QStringLiteral("0") << QStringLiteral("600") << QStringLiteral("at least 1 byte");
    QTest::newRow("key not a number") << QStringLiteral("12zz") << QStringLiteral("56") << QStringLiteral("600")
                                      << QStringLiteral("is not a key");
    QTest::newRow("key too wide") << QStringLiteral("0x123456789") << QStringLiteral("56") << QStringLiteral("600")
                                  << QStringLiteral("32 bits");
    QTest::newRow("key 0") << QStringLiteral("0") << QStringLiteral("56") << QStringLiteral("600")
                           << QStringLiteral("IPC_PRIVATE");
    QTest::newRow("size not a number") << QStringLiteral("0x%1").arg(uint(testutils::uniqueKey(3)), 0, 16)
                                       << QStringLiteral("lots") << QStringLiteral("600") << QStringLiteral("not a size");
    QTest::newRow("mode not octal") << QStringLiteral("0x%1").arg(uint(testutils::uniqueKey(3)), 0, 16)
                                    << QStringLiteral("56") << QStringLiteral("689") << QStringLiteral("not a mode");
    QTest::newRow("size beyond memory") << QString() << QStringLiteral("1099511627776000")
                                        << QStringLiteral("600") << QStringLiteral("bytes");
}

void TestMainWindow::dialogRefusesBadInput()
{
    QFETCH(QString, key);
    QFETCH(QString, size);
    QFETCH(QString, mode);
    QFETCH(QString, message);

    core::SegmentScanner scanner;
    const auto scan = scanner.scan();
    QVERIFY(scan.ok());
    CreateSegmentDialog dialog(scan.value().limits,
                               core::usageOf(scan.value().segments, scan.value().limits.pageSize));
    dialog.show();
    fillDialog(&dialog, key, size, mode);
    const int before = countSegments();
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    QVERIFY2(dialogError(&dialog).contains(message, Qt::CaseInsensitive), qPrintable(dialogError(&dialog)));
    QVERIFY2(dialog.isVisible(), "the dialog must stay open so the input can be corrected");
    QCOMPARE(dialog.createdShmid(), -1);
    QCOMPARE(countSegments(), before);
}

void TestMainWindow::dialogRefusesKeyInUse()
{
    SegmentGuard existing;
    const key_t key = testutils::uniqueKey(4);
    QVERIFY(existing.create(key, 100, 0644));

    CreateSegmentDialog dialog(core::SegmentScanner().limits(), core::ShmUsage{});
    dialog.show();
    fillDialog(&dialog, QString::number(key), QStringLiteral("56"), QStringLiteral("600"));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    QVERIFY2(dialogError(&dialog).contains(QLatin1String("already exists")), qPrintable(dialogError(&dialog)));
    QVERIFY(dialogError(&dialog).contains(QLatin1String("EEXIST")));
    struct shmid_ds ds = {};
    QCOMPARE(shmctl(existing.id(), IPC_STAT, &ds), 0);
    QCOMPARE(ds.shm_segsz, size_t(100)); // the old segment is untouched
    QCOMPARE(ds.shm_perm.mode & 0777, 0644u);
}

void TestMainWindow::dialogRefusesSizeAboveShmmax()
{
    core::ShmLimits limits = core::SegmentScanner().limits();
    QVERIFY(limits.shmmax > 0);
    if (limits.shmmax == std::numeric_limits<quint64>::max())
        QSKIP("shmmax is the largest 64-bit number here: no size can be above it");
    CreateSegmentDialog dialog(limits, core::ShmUsage{});
    dialog.show();
    fillDialog(&dialog, QString(), QString::number(limits.shmmax + 1), QStringLiteral("600"));
    const int before = countSegments();
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY2(dialogError(&dialog).contains(QLatin1String("shmmax")), qPrintable(dialogError(&dialog)));
    QCOMPARE(countSegments(), before);
}

// Typed as a user types, into the real dialog: the key first, then a size whose unit the unit box follows.
void TestMainWindow::dialogStartsOnTheKeyAndFollowsTypedUnits()
{
    CreateSegmentDialog dialog(core::SegmentScanner().limits(), core::ShmUsage{});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *keyEdit = dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    auto *sizeEdit = dialog.findChild<QLineEdit *>(QStringLiteral("sizeEdit"));
    auto *unit = dialog.findChild<QComboBox *>(QStringLiteral("unitCombo"));
    auto *preview = dialog.findChild<QLabel *>(QStringLiteral("callPreview"));
    QVERIFY(keyEdit && sizeEdit && unit && preview);

    // Keys typed before anything is clicked go to whatever has the focus: the key field, replacing its
    // example.
    const key_t key = testutils::uniqueKey(9);
    const QString keyText = QStringLiteral("0x%1").arg(uint(key), 0, 16);
    QTest::keyClicks(nullptr, keyText);
    QCOMPARE(keyEdit->text(), keyText);

    const auto typeSize = [&](const QString &text) {
        sizeEdit->clear();
        QTest::keyClicks(sizeEdit, text);
    };
    typeSize(QStringLiteral("64 MiB"));
    QCOMPARE(unit->currentText(), QStringLiteral("MiB"));
    QVERIFY2(preview->text().contains(QLatin1String(", 67108864, ")), qPrintable(preview->text()));
    typeSize(QStringLiteral("100")); // a plain number keeps the unit
    QCOMPARE(unit->currentText(), QStringLiteral("MiB"));
    QVERIFY2(preview->text().contains(QLatin1String(", 104857600, ")), qPrintable(preview->text()));
    unit->setCurrentIndex(unit->findText(QStringLiteral("KiB")));
    QCOMPARE(sizeEdit->text(), QStringLiteral("100"));
    QVERIFY2(preview->text().contains(QLatin1String(", 102400, ")), qPrintable(preview->text()));
    typeSize(QStringLiteral("2 GB"));
    QCOMPARE(unit->currentText(), QStringLiteral("GB"));
    QVERIFY2(preview->text().contains(QLatin1String(", 2000000000, ")), qPrintable(preview->text()));
    typeSize(QStringLiteral("4k"));
    QCOMPARE(unit->currentText(), QStringLiteral("KiB"));
    typeSize(QStringLiteral("512 B"));
    QCOMPARE(unit->currentIndex(), 0); // bytes
    // A unit chosen while the size has its own replaces the typed one.
    typeSize(QStringLiteral("64 MB"));
    unit->setCurrentIndex(unit->findText(QStringLiteral("MiB")));
    QCOMPARE(sizeEdit->text(), QStringLiteral("64 MiB"));

    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    SegmentGuard created(dialog.createdShmid());
    QVERIFY2(dialog.createdShmid() >= 0, qPrintable(dialogError(&dialog)));
    const auto ds = testutils::shmStat(dialog.createdShmid());
    QVERIFY(ds);
    QCOMPARE(quint64(ds->shm_segsz), 67108864u);
    QCOMPARE(quint32(ds->shm_perm.__key), quint32(key));
}

void TestMainWindow::removingVanishedSegmentSaysSo()
{
    SegmentGuard guard;
    QVERIFY(guard.create(testutils::uniqueKey(5), 56));
    MainWindow window;
    window.show();
    SegmentTableModel *model = window.segmentModel();
    QTRY_VERIFY(model->rowOfShmid(guard.id()) >= 0);
    action(window, "actionPause")->setChecked(true);
    QTRY_VERIFY(!window.refreshController()->isScanning());

    auto *table = window.findChild<QTableView *>(QStringLiteral("segmentTable"));
    window.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->setText(QString::number(guard.id()));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);
    const int shmid = guard.id();
    guard.reset(); // another process removes it between two refreshes

    whenModalShows(guitest::clickDestructive);
    action(window, "actionRemoveSegment")->trigger();
    QCOMPARE(window.messageBar()->kind(), app::MessageBar::Kind::Error);
    QVERIFY2(window.messageBar()->text().contains(QLatin1String("does not exist any more")),
             qPrintable(window.messageBar()->text()));
    QTRY_COMPARE(model->rowOfShmid(shmid), -1);
}

void TestMainWindow::unreadableProcFallsBackToShmctl()
{
    SegmentGuard guard;
    QVERIFY(guard.create(testutils::uniqueKey(6), 56));
    QTemporaryDir emptyProc; // no sysvipc/shm in it: as if /proc could not be read
    QVERIFY(emptyProc.isValid());
    MainWindow window(emptyProc.path());
    window.show();
    QTRY_VERIFY(window.segmentModel()->rowOfShmid(guard.id()) >= 0);
    QCOMPARE(window.messageBar()->kind(), app::MessageBar::Kind::Warning);
    QVERIFY2(window.messageBar()->text().contains(QLatin1String("could not be read")),
             qPrintable(window.messageBar()->text()));
}

// Run by the ctest entry tst_mainwindow_devnull_over_proc, in a private mount and IPC namespace with
// /dev/null bound over /proc/sysvipc/shm: an empty table while the kernel holds our segment. The window
// lists the segment all the same and says in its message bar why the list came another way.
void TestMainWindow::devNullOverProcIsShown()
{
    struct stat st = {};
    if (::stat("/proc/sysvipc/shm", &st) != 0 || !S_ISCHR(st.st_mode))
        QSKIP("/dev/null is not bound over /proc/sysvipc/shm: the ctest entry "
              "tst_mainwindow_devnull_over_proc runs this in a private mount namespace");
    SegmentGuard guard;
    QVERIFY(guard.create(testutils::uniqueKey(8), 56));
    MainWindow window;
    window.show();
    QTRY_VERIFY(window.segmentModel()->rowOfShmid(guard.id()) >= 0);
    QCOMPARE(window.messageBar()->kind(), app::MessageBar::Kind::Warning);
    QVERIFY2(window.messageBar()->isVisible(), "the message bar is hidden");
    QVERIFY2(window.messageBar()->text().contains(QLatin1String("/proc/sysvipc/shm")),
             qPrintable(window.messageBar()->text()));
    auto *count = window.findChild<QLabel *>(QStringLiteral("segmentCountLabel"));
    QTRY_COMPARE(count->text(), QStringLiteral("1 segment"));
}

// Many segments at once (the issue asks for 4,000): the window lists them all and says how many.
void TestMainWindow::thousandsOfSegments()
{
    const quint64 shmmni = core::SegmentScanner().limits().shmmni;
    const int existing = countSegments();
    const int wanted = int(std::min<quint64>(4000, shmmni > quint64(existing) + 50 ? shmmni - existing - 50 : 0));
    if (wanted < 1000)
        QSKIP("shmmni leaves room for fewer than 1000 more segments on this machine");
    std::vector<std::unique_ptr<SegmentGuard>> guards;
    for (int i = 0; i < wanted; ++i) {
        guards.push_back(std::make_unique<SegmentGuard>());
        QVERIFY(guards.back()->create(IPC_PRIVATE, 1));
    }
    MainWindow window;
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.segmentModel()->rowCount() >= wanted, 10000);
    for (const auto &guard : guards)
        QVERIFY(window.segmentModel()->rowOfShmid(guard->id()) >= 0);
    // The status bar's count is the kernel's (SHM_STAT_ANY, as ipcs counts), whatever else exists: thousands, so "segments".
    auto *count = window.findChild<QLabel *>(QStringLiteral("segmentCountLabel"));
    QTRY_COMPARE(count->text(), QStringLiteral("%1 segments").arg(testutils::kernelSegments().size()));
    guards.clear();
    QTRY_VERIFY_WITH_TIMEOUT(window.segmentModel()->rowCount() < wanted, 10000);
}

void TestMainWindow::columnsHideFromHeaderMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("segmentTable"));
    QVERIFY(!table->isColumnHidden(SegmentTableModel::OwnerColumn));
    QTimer::singleShot(0, &window, [] {
        QMenu *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QAction *owner = menu->actions().at(SegmentTableModel::OwnerColumn);
        QCOMPARE(owner->text(), QStringLiteral("Owner"));
        owner->trigger();
        menu->close();
    });
    QHeaderView *header = table->horizontalHeader();
    emit header->customContextMenuRequested(QPoint(10, 5));
    QVERIFY(table->isColumnHidden(SegmentTableModel::OwnerColumn));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
