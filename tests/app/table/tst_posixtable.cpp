// The real main window, offscreen, with real POSIX objects, memfds and semaphores made by this test or by a
// posixholder child: the kind selector and its counts, the POSIX table, its Details, and New POSIX Object and
// Remove by point-and-click, each checked against stat(2) and the helper's own report.

#include "app/guitest.h"
#include "app/lesson/calllogpane.h"
#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/settings.h"
#include "app/table/kindtabbar.h"
#include "app/table/posixfilterproxy.h"
#include "app/table/posixtablemodel.h"
#include "app/table/posixtableview.h"
#include "app/table/refreshcontroller.h"
#include "core/kernel/calllog.h"
#include "testutils.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTextBrowser>

#include <QScopeGuard>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using app::KindTabBar;
using app::MainWindow;
using app::PosixTableModel;
using app::PosixTableView;
using guitest::action;
using guitest::whenModalShows;
using testutils::PosixHolderPeer;
using testutils::PosixNameGuard;
using testutils::ShmPathGuard;
using Kind = KindTabBar::TableKind;

namespace {

// The proxy row of the object named `name` in the POSIX table as shown, or -1.
int shownRow(const PosixTableView *table, const QString &name)
{
    const QAbstractItemModel *shown = table->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, PosixTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

QString cell(const PosixTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

bool selectName(PosixTableView *table, const QString &name)
{
    if (!QTest::qWaitFor([&] { return shownRow(table, name) >= 0; }, 10000))
        return false;
    table->selectRow(shownRow(table, name));
    return table->selectedObjects().size() == 1 && table->selectedObjects().first().name == name;
}

std::optional<struct stat> statOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return st;
}

mode_t currentUmask()
{
    const mode_t mask = umask(0);
    umask(mask);
    return mask;
}

QString details(MainWindow &window)
{
    return window.findChild<QTextBrowser *>(QStringLiteral("detailsPanel"))->toPlainText();
}

// The count a tab of the selector shows: "POSIX (5)" is 5.
int tabCount(const KindTabBar *bar, Kind kind)
{
    const QString text = bar->tabText(int(kind));
    const qsizetype open = text.lastIndexOf(QLatin1Char('('));
    return text.mid(open + 1, text.size() - open - 2).toInt();
}


// A window showing the POSIX table of `kind`, its first scan merged.
void showKind(MainWindow &window, Kind kind)
{
    window.show();
    window.kindTabBar()->setCurrentKind(kind);
}

} // namespace

class TestPosixTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void listsCreatedObjectWithItsStat();
    void selectorCountsWhatEachTableShows();
    void holderAppearsInDetails();
    void unlinkedWhileMappedLivesOn();
    void createFromTheWindow();
    void createEmptyObject();
    void dialogRefusesBadInput_data();
    void dialogRefusesBadInput();
    void dialogRefusesExistingName();
    void chosenKindAndColumnsAreRemembered();
    void removeFromTheWindow();
    void removeDisabledWithoutAName();
    void openFromTheTable();
    void oddNamesShownOnceAndRemovedByTheirBytes();
    void sortsBytesAsNumbers();
    void mergeKeepsSelectionAcrossRefresh();
    void systemVTableUnchanged();
    void columnsShowFromHeaderMenu();
};

void TestPosixTable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPosixTable::cleanup()
{
    guitest::removeModalPolls();
}

void TestPosixTable::listsCreatedObjectWithItsStat()
{
    PosixNameGuard object("listed");
    QVERIFY(object.create(QByteArray(1234, 'x'), 0640));
    const auto st = statOf(object.path());
    QVERIFY(st);
    MainWindow window;
    showKind(window, Kind::Posix);
    PosixTableView *table = window.posixTable();
    const QString name = QString::fromUtf8(object.name());
    QTRY_VERIFY(shownRow(table, name) >= 0);
    const int row = shownRow(table, name);
    QCOMPARE(cell(table, row, PosixTableModel::BytesColumn), QString::number(st->st_size));
    QCOMPARE(cell(table, row, PosixTableModel::PermsColumn), QString::number(st->st_mode & 0777, 8));
    QCOMPARE(cell(table, row, PosixTableModel::PathColumn), object.path());
    QCOMPARE(cell(table, row, PosixTableModel::InodeColumn), QString::number(st->st_ino));
    QCOMPARE(cell(table, row, PosixTableModel::KindColumn), QStringLiteral("POSIX"));
    // Every column explains itself, in its header and in the object's cells that need it.
    for (int column = 0; column < PosixTableModel::ColumnCount; ++column)
        QVERIFY2(!table->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                 qPrintable(QString::number(column)));
    QVERIFY(table->model()
                ->index(row, PosixTableModel::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("shm_open(\"%1\")").arg(name)));
    // The System V table does not list it.
    QVERIFY(table->isVisible());
    QVERIFY(!window.segmentTable()->isVisible());
}

void TestPosixTable::selectorCountsWhatEachTableShows()
{
    PosixHolderPeer peer;
    const QString shm = testutils::uniquePosixName(QStringLiteral("counted"));
    const QString sem = testutils::uniquePosixName(QStringLiteral("countedsem"));
    QVERIFY2(peer.start({QStringLiteral("shm:%1:64:600:none").arg(shm),
                         QStringLiteral("memfd:countedmemfd:64:fd"), QStringLiteral("sem:%1:2").arg(sem)}),
             qPrintable(peer.errorText()));
    MainWindow window;
    window.show();
    KindTabBar *bar = window.kindTabBar();
    PosixTableView *table = window.posixTable();
    const PosixTableModel *model = table->posixModel();
    QTRY_VERIFY(model->rowOf(peer.held().at(2).device, peer.held().at(2).inode) >= 0);
    // No scan between the counts and the rows compared.
    window.refreshController()->setPaused(true);
    QTRY_VERIFY(!window.refreshController()->isScanning());
    QVERIFY(model->rowOf(peer.held().at(0).device, peer.held().at(0).inode) >= 0);
    QVERIFY(model->rowOf(peer.held().at(1).device, peer.held().at(1).inode) >= 0);
    QCOMPARE(tabCount(bar, Kind::Segments), window.segmentTable()->model()->rowCount());
    for (const Kind kind : {Kind::Posix, Kind::Memfd, Kind::PosixSemaphores}) {
        bar->setCurrentKind(kind);
        QVERIFY(tabCount(bar, kind) >= 1);
        QCOMPARE(tabCount(bar, kind), table->model()->rowCount());
    }
    // Each of ours under its own tab, and only there.
    bar->setCurrentKind(Kind::PosixSemaphores);
    QVERIFY(shownRow(table, sem) >= 0);
    QCOMPARE(cell(table, shownRow(table, sem), PosixTableModel::ValueColumn),
             QString::number(*peer.held().at(2).value));
    QCOMPARE(shownRow(table, shm), -1);
    bar->setCurrentKind(Kind::Memfd);
    QVERIFY(shownRow(table, QStringLiteral("memfd:countedmemfd")) >= 0);
    bar->setCurrentKind(Kind::Posix);
    QVERIFY(shownRow(table, shm) >= 0);
    QCOMPARE(shownRow(table, sem), -1);
}

void TestPosixTable::holderAppearsInDetails()
{
    PosixHolderPeer peer;
    const QString name = testutils::uniquePosixName(QStringLiteral("held"));
    QVERIFY2(peer.start({QStringLiteral("shm:%1:8192:600:rwfd").arg(name)}), qPrintable(peer.errorText()));
    const PosixHolderPeer::Held &held = peer.held().first();
    MainWindow window;
    showKind(window, Kind::Posix);
    PosixTableView *table = window.posixTable();
    QVERIFY(selectName(table, name));
    // The helper's own word for where it mapped it and which descriptor it keeps.
    const QString address = QStringLiteral("0x%1").arg(*held.address, 0, 16);
    QTRY_VERIFY2(details(window).contains(QStringLiteral("%1 posixholder").arg(peer.pid())),
                 qPrintable(details(window)));
    const QString text = details(window);
    QVERIFY2(text.contains(address), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("fd %1 (O_RDWR)").arg(*held.fd)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("read-write")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("shared")), qPrintable(text));
    QVERIFY2(text.contains(QString::number(held.inode)), qPrintable(text));
    QCOMPARE(cell(table, shownRow(table, name), PosixTableModel::HoldersColumn).left(2),
             QStringLiteral("1 "));
}

void TestPosixTable::unlinkedWhileMappedLivesOn()
{
    PosixHolderPeer peer;
    const QString name = testutils::uniquePosixName(QStringLiteral("unlinked"));
    QVERIFY2(peer.start({QStringLiteral("shm:%1:4096:600:unlink").arg(name)}), qPrintable(peer.errorText()));
    const PosixHolderPeer::Held &held = peer.held().first();
    QVERIFY(!statOf(QStringLiteral("/dev/shm") + name)); // the helper's unlink took the name
    MainWindow window;
    showKind(window, Kind::Posix);
    PosixTableView *table = window.posixTable();
    const PosixTableModel *model = table->posixModel();
    QTRY_VERIFY(model->rowOf(held.device, held.inode) >= 0);
    const core::PosixObject *object = model->objectAt(model->rowOf(held.device, held.inode));
    QCOMPARE(object->kind, core::PosixObject::Kind::PosixDeleted);
    QVERIFY(selectName(table, object->name));
    QCOMPARE(cell(table, shownRow(table, object->name), PosixTableModel::KindColumn),
             QStringLiteral("POSIX, unlinked"));
    QTRY_VERIFY(details(window).contains(QStringLiteral("was unlinked (shm_unlink) but lives on while 1 ")));
    QVERIFY(details(window).contains(QStringLiteral("it goes when the last one lets go")));
    // Nothing to unlink: Remove says why instead of acting.
    QAction *remove = action(window, "actionRemoveSegment");
    QVERIFY(!remove->isEnabled());
    QVERIFY2(remove->toolTip().contains(QStringLiteral("unlinked already")), qPrintable(remove->toolTip()));
}

void TestPosixTable::createFromTheWindow()
{
    const QString name = testutils::uniquePosixName(QStringLiteral("made"));
    const QString path = QStringLiteral("/dev/shm") + name;
    ShmPathGuard guard(path);
    MainWindow window;
    showKind(window, Kind::Posix);
    QList<core::CallRecord> records;
    connect(&core::CallLog::instance(), &core::CallLog::recorded, this,
            [&records](const core::CallRecord &record) { records << record; });
    whenModalShows([&name](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
        dialog->findChild<QLineEdit *>(QStringLiteral("sizeEdit"))->setText(QStringLiteral("3 KiB"));
        dialog->findChild<QLineEdit *>(QStringLiteral("modeEdit"))->setText(QStringLiteral("640"));
        QCOMPARE(guitest::acceptOrCancel(dialog), QString());
    });
    action(window, "actionNewPosixObject")->trigger();
    disconnect(&core::CallLog::instance(), nullptr, this, nullptr);
    const auto st = statOf(path);
    QVERIFY2(st, "the dialog made no file");
    QCOMPARE(quint64(st->st_size), quint64(3072));
    QCOMPARE(st->st_mode & 0777, 0640u & ~currentUmask());
    QVERIFY(S_ISREG(st->st_mode));
    // The calls as C with their results, and what a shell does the same with.
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).text, QStringLiteral("shm_open(\"%1\", O_CREAT|O_EXCL|O_RDWR, 0640)").arg(name));
    QCOMPARE(records.at(0).shell, QStringLiteral("ls -l %1").arg(path));
    const QString fd = records.at(0).result;
    QVERIFY(fd.toInt() >= 0);
    QCOMPARE(records.at(1).text, QStringLiteral("ftruncate(%1, 3072)").arg(fd));
    QCOMPARE(records.at(1).result, QStringLiteral("0"));
    QCOMPARE(records.at(1).shell, QStringLiteral("truncate -s 3072 %1").arg(path));
    QCOMPARE(records.at(2).text, QStringLiteral("close(%1)").arg(fd));
    // The new row is selected once listed, and the call log pane shows the shell column.
    PosixTableView *table = window.posixTable();
    QTRY_COMPARE(table->selectedObjects().size(), 1);
    QCOMPARE(table->selectedObjects().first().name, name);
    QCOMPARE(table->selectedObjects().first().bytes, quint64(3072));
}

void TestPosixTable::createEmptyObject()
{
    const QString name = testutils::uniquePosixName(QStringLiteral("empty"));
    const QString path = QStringLiteral("/dev/shm") + name;
    ShmPathGuard guard(path);
    MainWindow window;
    showKind(window, Kind::Posix);
    whenModalShows([&name](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
        dialog->findChild<QLineEdit *>(QStringLiteral("sizeEdit"))->setText(QStringLiteral("0"));
        QCOMPARE(guitest::acceptOrCancel(dialog), QString());
    });
    action(window, "actionNewPosixObject")->trigger();
    const auto st = statOf(path);
    QVERIFY2(st, "size 0 was refused");
    QCOMPARE(quint64(st->st_size), quint64(0));
}

void TestPosixTable::dialogRefusesBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("expected"); // in the dialog's error line
    const QString good = testutils::uniquePosixName(QStringLiteral("refused"));
    QTest::newRow("empty") << QString() << QStringLiteral("64") << QStringLiteral("is not empty");
    QTest::newRow("no slash") << QStringLiteral("noslash") << QStringLiteral("64")
                              << QStringLiteral("starts with /");
    QTest::newRow("second slash") << good + QStringLiteral("/x") << QStringLiteral("64")
                                  << QStringLiteral("no other /");
    QTest::newRow("longer than NAME_MAX") << QLatin1Char('/') + QString(256, QLatin1Char('n'))
                                          << QStringLiteral("64") << QStringLiteral("at most 255 bytes");
    QTest::newRow("not UTF-8") << good + QChar(0xd800) << QStringLiteral("64") << QStringLiteral("UTF-8");
    QTest::newRow("size not a size") << good << QStringLiteral("lots") << QStringLiteral("is not a size");
    QTest::newRow("size past off_t") << good << QStringLiteral("9223372036854775808")
                                     << QStringLiteral("more than a file may hold");
}

void TestPosixTable::dialogRefusesBadInput()
{
    QFETCH(QString, name);
    QFETCH(QString, size);
    QFETCH(QString, expected);
    const QString good = testutils::uniquePosixName(QStringLiteral("refused"));
    ShmPathGuard guard(QStringLiteral("/dev/shm") + good);
    MainWindow window;
    window.show();
    QList<core::CallRecord> records;
    connect(&core::CallLog::instance(), &core::CallLog::recorded, this,
            [&records](const core::CallRecord &record) { records << record; });
    QString error;
    bool stayedOpen = false;
    whenModalShows([&](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
        dialog->findChild<QLineEdit *>(QStringLiteral("sizeEdit"))->setText(size);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        stayedOpen = dialog->isVisible();
        error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
        if (stayedOpen)
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    });
    action(window, "actionNewPosixObject")->trigger();
    disconnect(&core::CallLog::instance(), nullptr, this, nullptr);
    QVERIFY(stayedOpen);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!statOf(QStringLiteral("/dev/shm") + good));
    // Refused before any call: not even made and unlinked again.
    QCOMPARE(records.size(), 0);
}

void TestPosixTable::dialogRefusesExistingName()
{
    PosixNameGuard existing("existing");
    QVERIFY(existing.create(QByteArray("kept"), 0600));
    MainWindow window;
    window.show();
    QString error;
    whenModalShows([&](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
            ->setText(QString::fromUtf8(existing.name()));
        dialog->findChild<QLineEdit *>(QStringLiteral("sizeEdit"))->setText(QStringLiteral("1 MiB"));
        error = guitest::acceptOrCancel(dialog);
    });
    action(window, "actionNewPosixObject")->trigger();
    QVERIFY2(error.contains(QStringLiteral("exists already")), qPrintable(error));
    QCOMPARE(existing.contents(), QByteArray("kept"));
}

// The kind chosen is the one the next start shows, and the POSIX table's columns as they were.
void TestPosixTable::chosenKindAndColumnsAreRemembered()
{
    // A settings file of this test's own, in a folder that goes when it ends.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    {
        MainWindow window;
        window.settings()->restore();
        window.show();
        QCOMPARE(window.kindTabBar()->currentKind(), Kind::Segments);
        window.kindTabBar()->setCurrentKind(Kind::Memfd);
        QVERIFY(window.posixTable()->isColumnHidden(PosixTableModel::InodeColumn));
        window.posixTable()->setColumnHidden(PosixTableModel::InodeColumn, false);
        window.close();
    }
    MainWindow next;
    next.settings()->restore();
    QCOMPARE(next.kindTabBar()->currentKind(), Kind::Memfd);
    next.show();
    QVERIFY(next.posixTable()->isVisible());
    QVERIFY(!next.posixTable()->isColumnHidden(PosixTableModel::InodeColumn));
}

void TestPosixTable::removeFromTheWindow()
{
    // Held by a mapping: the name goes, the object lives on, unlinked, until the helper lets go.
    PosixHolderPeer peer;
    const QString name = testutils::uniquePosixName(QStringLiteral("removed"));
    const QString path = QStringLiteral("/dev/shm") + name;
    QVERIFY2(peer.start({QStringLiteral("shm:%1:4096:600:rw").arg(name)}), qPrintable(peer.errorText()));
    const PosixHolderPeer::Held &held = peer.held().first();
    MainWindow window;
    showKind(window, Kind::Posix);
    PosixTableView *table = window.posixTable();
    QVERIFY(selectName(table, name));
    QTRY_VERIFY(action(window, "actionRemoveSegment")->isEnabled());
    QString question;
    QString info;
    whenModalShows([&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        question = box->text();
        info = box->informativeText();
        guitest::clickDestructive(box);
    });
    QList<core::CallRecord> records;
    connect(&core::CallLog::instance(), &core::CallLog::recorded, this,
            [&records](const core::CallRecord &record) { records << record; });
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    disconnect(&core::CallLog::instance(), nullptr, this, nullptr);
    QCOMPARE(question, QStringLiteral("Remove %1?").arg(name));
    QVERIFY2(info.contains(QStringLiteral("the object lives on, unlinked, until the last one lets go")),
             qPrintable(info));
    errno = 0;
    QVERIFY(!statOf(path));
    QCOMPARE(errno, ENOENT);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().text, QStringLiteral("shm_unlink(\"%1\")").arg(name));
    QCOMPARE(records.first().result, QStringLiteral("0"));
    QCOMPARE(records.first().shell, QStringLiteral("rm %1").arg(path));
    // Still mapped: the same object, now without a name.
    const PosixTableModel *model = table->posixModel();
    QTRY_COMPARE(model->objectAt(model->rowOf(held.device, held.inode))->kind,
                 core::PosixObject::Kind::PosixDeleted);
}

void TestPosixTable::removeDisabledWithoutAName()
{
    PosixHolderPeer peer;
    QVERIFY2(peer.start({QStringLiteral("memfd:unremovable:4096:rw")}), qPrintable(peer.errorText()));
    MainWindow window;
    showKind(window, Kind::Memfd);
    PosixTableView *table = window.posixTable();
    const PosixTableModel *model = table->posixModel();
    const PosixHolderPeer::Held &held = peer.held().first();
    QTRY_VERIFY(model->rowOf(held.device, held.inode) >= 0);
    QVERIFY(selectName(table, model->objectAt(model->rowOf(held.device, held.inode))->name));
    QAction *remove = action(window, "actionRemoveSegment");
    QTRY_VERIFY(!remove->isEnabled());
    QVERIFY2(remove->toolTip().contains(QStringLiteral("A memfd has no name to remove")),
             qPrintable(remove->toolTip()));
    QTRY_VERIFY(details(window).contains(QStringLiteral("A memfd never had a name in /dev/shm")));
}

void TestPosixTable::openFromTheTable()
{
    PosixNameGuard object("opened");
    QVERIFY(object.create(QByteArrayLiteral("hello from the test"), 0600));
    MainWindow window;
    showKind(window, Kind::Posix);
    PosixTableView *table = window.posixTable();
    const QString name = QString::fromUtf8(object.name());
    QVERIFY(selectName(table, name));
    QAction *open = action(window, "actionAttach");
    QAction *openReadWrite = action(window, "actionAttachReadWrite");
    QTRY_VERIFY(open->isEnabled());
    // The words of the POSIX calls, not shmat's; System V's come back with its table.
    QCOMPARE(open->text(), QStringLiteral("&Open"));
    QVERIFY2(open->toolTip().contains(QStringLiteral("mmap(PROT_READ)")), qPrintable(open->toolTip()));
    open->trigger();
    QCOMPARE(window.segmentTabs()->count(), 1);
    auto *tab = qobject_cast<app::SegmentTab *>(window.segmentTabs()->widget(0));
    QVERIFY(tab);
    QVERIFY2(window.segmentTabs()->tabText(0).contains(name), qPrintable(window.segmentTabs()->tabText(0)));
    QVERIFY(!tab->document()->isWritable());
    QCOMPARE(tab->document()->read(0, 19).value(), QByteArrayLiteral("hello from the test"));
    openReadWrite->trigger();
    QCOMPARE(window.segmentTabs()->count(), 2);
    QVERIFY(qobject_cast<app::SegmentTab *>(window.segmentTabs()->widget(1))->document()->isWritable());
    window.kindTabBar()->setCurrentKind(Kind::Segments);
    QCOMPARE(open->text(), QStringLiteral("&Attach"));
    QVERIFY2(open->toolTip().contains(QStringLiteral("shmat(SHM_RDONLY)")), qPrintable(open->toolTip()));
}

void TestPosixTable::oddNamesShownOnceAndRemovedByTheirBytes()
{
    const QByteArray base = QFile::encodeName(testutils::uniquePosixName(QStringLiteral("odd")));
    const QByteArray backslash = "/dev/shm" + base + "a\\b";
    const QByteArray notUtf8 = "/dev/shm" + base + "\xff";
    const auto removeBoth = qScopeGuard([&] {
        ::unlink(backslash.constData());
        ::unlink(notUtf8.constData());
    });
    for (const QByteArray &path : {backslash, notUtf8}) {
        const int fd = ::open(path.constData(), O_CREAT | O_EXCL | O_RDWR, 0600);
        QVERIFY2(fd >= 0, strerror(errno));
        ::close(fd);
    }
    MainWindow window;
    showKind(window, Kind::Posix);
    PosixTableView *table = window.posixTable();
    QAction *remove = action(window, "actionRemoveSegment");
    // Each odd byte written once as an escape: the backslash as two, the byte 0xff as four characters.
    QVERIFY(selectName(table, QString::fromUtf8(base) + QStringLiteral("\\xff")));
    QTRY_VERIFY(!remove->isEnabled());
    QVERIFY2(remove->toolTip().contains(QStringLiteral("not valid UTF-8")), qPrintable(remove->toolTip()));
    QVERIFY(selectName(table, QString::fromUtf8(base) + QStringLiteral("a\\\\b")));
    QTRY_VERIFY(remove->isEnabled());
    whenModalShows([](QWidget *dialog) { guitest::clickDestructive(dialog); });
    remove->trigger();
    // The name unlinked is the file's own, one backslash, not the two it is shown with.
    errno = 0;
    QVERIFY(::access(backslash.constData(), F_OK) != 0);
    QCOMPARE(errno, ENOENT);
    QVERIFY(::access(notUtf8.constData(), F_OK) == 0);
}

void TestPosixTable::sortsBytesAsNumbers()
{
    PosixNameGuard nine("sort_a");
    PosixNameGuard hundred("sort_b");
    PosixNameGuard ten("sort_c");
    QVERIFY(nine.create(QByteArray(9, 'x')));
    QVERIFY(hundred.create(QByteArray(100, 'x')));
    QVERIFY(ten.create(QByteArray(10, 'x')));
    MainWindow window;
    showKind(window, Kind::Posix);
    PosixTableView *table = window.posixTable();
    // Only ours: the name's prefix holds this process's pid.
    window.findChild<QLineEdit *>(QStringLiteral("filterEdit"))
        ->setText(QStringLiteral("/shmscope_test_%1_sort_").arg(getpid()));
    QTRY_COMPARE(table->model()->rowCount(), 3);
    table->sortByColumn(PosixTableModel::BytesColumn, Qt::AscendingOrder);
    QStringList sizes;
    for (int row = 0; row < 3; ++row)
        sizes << cell(table, row, PosixTableModel::BytesColumn);
    QCOMPARE(sizes, QStringList({QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("100")}));
}

void TestPosixTable::mergeKeepsSelectionAcrossRefresh()
{
    PosixNameGuard kept("kept");
    QVERIFY(kept.create(QByteArray(16, 'k')));
    MainWindow window;
    showKind(window, Kind::Posix);
    PosixTableView *table = window.posixTable();
    const QString name = QString::fromUtf8(kept.name());
    QVERIFY(selectName(table, name));
    QSignalSpy resets(table->posixModel(), &QAbstractItemModel::modelReset);
    // Rows come and go around it, and it changes itself.
    PosixNameGuard before("kep");
    PosixNameGuard after("keq");
    QVERIFY(before.create(QByteArray(1, 'b')));
    QVERIFY(after.create(QByteArray(1, 'a')));
    QSignalSpy scanned(window.refreshController(), &app::RefreshController::scanned);
    window.refreshController()->refreshNow();
    QTRY_VERIFY(shownRow(table, QString::fromUtf8(after.name())) >= 0);
    QVERIFY(::truncate(kept.path().toUtf8().constData(), 32) == 0);
    const int scansSoFar = int(scanned.size());
    QTRY_VERIFY(scanned.size() >= scansSoFar + 2);
    QTRY_COMPARE(table->selectedObjects().value(0).bytes, quint64(32));
    QCOMPARE(table->selectedObjects().size(), 1);
    QCOMPARE(table->selectedObjects().first().name, name);
    QCOMPARE(resets.size(), 0);
    // A changed row is lit, as in the System V table.
    QVERIFY(table->model()
                ->index(shownRow(table, name), 0)
                .data(PosixTableModel::HighlightAgeRole)
                .toLongLong() >= 0);
}

void TestPosixTable::systemVTableUnchanged()
{
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(testutils::uniqueKey(61), 128, 0600));
    MainWindow window;
    showKind(window, Kind::Posix);
    window.kindTabBar()->setCurrentKind(Kind::Segments);
    QVERIFY(window.segmentTable()->isVisible());
    QVERIFY(!window.posixTable()->isVisible());
    QVERIFY(guitest::selectSegment(window, segment.id()));
    QTRY_VERIFY(details(window).contains(QStringLiteral("Segment %1").arg(segment.id())));
    QAction *remove = action(window, "actionRemoveSegment");
    QVERIFY(remove->isEnabled());
    QCOMPARE(remove->text(), QStringLiteral("&Remove Segment…"));
}

// The columns hidden at first are there to switch on, from the header's menu as in the segment table.
void TestPosixTable::columnsShowFromHeaderMenu()
{
    MainWindow window;
    showKind(window, Kind::Posix);
    PosixTableView *table = window.posixTable();
    QVERIFY(table->isColumnHidden(PosixTableModel::InodeColumn));
    QTimer::singleShot(0, &window, [] {
        QMenu *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QAction *inode = menu->actions().at(PosixTableModel::InodeColumn);
        QCOMPARE(inode->text(), QStringLiteral("Inode"));
        inode->trigger();
        menu->close();
    });
    emit table->horizontalHeader()->customContextMenuRequested(QPoint(10, 5));
    QVERIFY(!table->isColumnHidden(PosixTableModel::InodeColumn));
}

QTEST_MAIN(TestPosixTable)
#include "tst_posixtable.moc"
