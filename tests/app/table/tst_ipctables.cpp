// The real main window, offscreen, with real System V semaphore sets and message queues made by this test (in
// its private IPC namespace) and real processes using them (semwaiter blocked in semop, msgsender): the
// Semaphore Sets and Message Queues tabs and their cells against ipcs, a value changed by another process lit,
// Details with each semaphore and its waiters, the pairing of a segment, set and queue of one key, and New
// Semaphore Set…, Set Semaphore Value…, New Message Queue… and Remove driven through their dialogs, checked
// against the kernel (semctl, ipcs). Bad input is refused with a message and changes nothing.

#include "app/guitest.h"
#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/table/ipctables.h"
#include "app/table/ipctableview.h"
#include "app/table/kindtabbar.h"
#include "app/table/messagequeuetablemodel.h"
#include "app/table/semaphoresettablemodel.h"
#include "core/kernel/calllog.h"
#include "core/sysvipc/sysvipctest.h"
#include "testutils.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTextBrowser>

#include <sys/sem.h>

using app::IpcTableModel;
using app::IpcTableView;
using app::KindTabBar;
using app::MainWindow;
using app::MessageQueueTableModel;
using app::SemaphoreSetTableModel;
using guitest::action;
using guitest::whenModalShows;
using testutils::MessageQueueGuard;
using testutils::SegmentGuard;
using testutils::SemaphoreSetGuard;
using Kind = KindTabBar::TableKind;

namespace {

const QString MsgSender = QStringLiteral(SHMSCOPE_BIN_DIR "/msgsender");

using Waiter = testutils::SemWaiterProcess;

// semctl GETVAL / GETNCNT / GETZCNT, straight to the kernel.
int semctlOf(int semid, int semnum, int command)
{
    return semctl(semid, semnum, command);
}

// The fields of the line of `ipcs -s` or `ipcs -q` whose id is `id`: key, id, owner, perms, and nsems or
// used-bytes and messages. Empty when not listed.
QStringList ipcsLine(const char *kind, int id)
{
    const testutils::Run run = testutils::run(QStringLiteral("ipcs"), {QLatin1String(kind)});
    for (const QString &line : QString::fromUtf8(run.out).split(QLatin1Char('\n'))) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() >= 5 && fields.at(0).startsWith(QLatin1String("0x")) && fields.at(1).toInt() == id)
            return fields;
    }
    return {};
}

// How many objects /proc/sysvipc/sem or msg lists (its lines less the header).
int listed(const char *file)
{
    QFile proc(QStringLiteral("/proc/sysvipc/") + QLatin1String(file));
    if (!proc.open(QIODevice::ReadOnly))
        return -1;
    return int(proc.readAll().trimmed().split('\n').size()) - 1;
}

IpcTableView *tableOf(MainWindow &window, Kind kind)
{
    return kind == Kind::SemaphoreSets ? window.ipcTables()->semaphoreSetTable()
                                       : window.ipcTables()->messageQueueTable();
}

int shownRow(const IpcTableView *table, int id)
{
    const QAbstractItemModel *shown = table->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, 0).data(IpcTableModel::IdRole).toInt() == id)
            return row;
    }
    return -1;
}

QString cell(const IpcTableView *table, int id, int column)
{
    return table->model()->index(shownRow(table, id), column).data().toString();
}

// Shows the tab of `kind` and selects the row of `id` once a scan lists it.
bool selectRow(MainWindow &window, Kind kind, int id)
{
    window.kindTabBar()->setCurrentKind(kind);
    IpcTableView *table = tableOf(window, kind);
    if (!QTest::qWaitFor([&] { return shownRow(table, id) >= 0; }, 10000))
        return false;
    table->selectRow(shownRow(table, id));
    return table->selectedRows().size() == 1;
}

QString details(MainWindow &window)
{
    return window.findChild<QTextBrowser *>(QStringLiteral("detailsPanel"))->toPlainText();
}

// Details' line of one semaphore, as its plain text has it: semnum, value, last pid (and its command when
// known), ncnt, zcnt.
bool hasSemaphoreRow(const QString &text, int semnum, int value, qint64 pid, int ncnt, int zcnt)
{
    const QRegularExpression row(QStringLiteral("\nsem %1 = %2 · last pid %3( \\([^)]*\\))? · ncnt %4 · zcnt %5\n")
                                     .arg(semnum)
                                     .arg(value)
                                     .arg(pid)
                                     .arg(ncnt)
                                     .arg(zcnt));
    return row.match(text).hasMatch();
}

QString detailsHtml(MainWindow &window)
{
    return window.findChild<QTextBrowser *>(QStringLiteral("detailsPanel"))->toHtml();
}


void setText(QWidget *dialog, const char *name, const QString &text)
{
    dialog->findChild<QLineEdit *>(QLatin1String(name))->setText(text);
}

QString keyText(key_t key)
{
    return QStringLiteral("0x%1").arg(quint32(key), 8, 16, QLatin1Char('0'));
}

// The calls the call log records while it lives.
struct LogSpy
{
    explicit LogSpy(QObject *context) : m_context(context)
    {
        QObject::connect(&core::CallLog::instance(), &core::CallLog::recorded, context,
                         [this](const core::CallRecord &record) { records << record; });
    }
    ~LogSpy() { QObject::disconnect(&core::CallLog::instance(), nullptr, m_context, nullptr); }
    [[nodiscard]] bool has(const QString &text, const QString &shell = {}) const
    {
        return std::any_of(records.cbegin(), records.cend(), [&](const core::CallRecord &r) {
            return r.text == text && (shell.isEmpty() || r.shell == shell);
        });
    }
    QObject *m_context;
    QList<core::CallRecord> records;
};

} // namespace

class TestIpcTables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { guitest::removeModalPolls(); }
    void tabsNameEachKind();
    void setsListedAsIpcsShowsThem();
    void queuesListedAsIpcsShowsThem();
    void valueSetByAnotherProcessIsLit();
    void detailsNameTheWaiters();
    void removeSetWakesItsWaitersWithEidrm();
    void createSetFromTheWindow();
    void createSetRefusesBadInput_data();
    void createSetRefusesBadInput();
    void setValueFromTheWindow();
    void createAndRemoveQueueFromTheWindow();
    void pairedByKeyInBothDetails();
    void filterNarrowsSets();
    void removeOfAVanishedSetIsRefused();
};

void TestIpcTables::tabsNameEachKind()
{
    SemaphoreSetGuard set;
    QVERIFY(set.create(testutils::uniqueKey(1), {1}));
    MainWindow window;
    window.show();
    const KindTabBar *bar = window.kindTabBar();
    QCOMPARE(bar->count(), KindTabBar::KindCount);
    QTRY_COMPARE(bar->tabText(int(Kind::SemaphoreSets)), QStringLiteral("Semaphore Sets (1)"));
    QVERIFY(bar->tabText(int(Kind::Segments)).startsWith(QLatin1String("Segments (")));
    QCOMPARE(bar->tabText(int(Kind::MessageQueues)), QStringLiteral("Message Queues (0)"));
    QVERIFY(bar->tabText(int(Kind::PosixSemaphores)).startsWith(QLatin1String("POSIX Semaphores (")));
    // The saved names of the old tabs stay, so that a saved choice restores.
    QCOMPARE(KindTabBar::settingName(Kind::Segments), QStringLiteral("sysv"));
    QCOMPARE(KindTabBar::settingName(Kind::PosixSemaphores), QStringLiteral("semaphores"));
    QCOMPARE(KindTabBar::fromSettingName(QStringLiteral("semsets")), Kind::SemaphoreSets);
    QCOMPARE(KindTabBar::fromSettingName(QStringLiteral("msgqueues")), Kind::MessageQueues);
    // One table shown at a time.
    window.kindTabBar()->setCurrentKind(Kind::SemaphoreSets);
    QVERIFY(window.ipcTables()->semaphoreSetTable()->isVisible());
    QVERIFY(!window.segmentTable()->isVisible());
    QVERIFY(!window.ipcTables()->messageQueueTable()->isVisible());
    window.kindTabBar()->setCurrentKind(Kind::MessageQueues);
    QVERIFY(window.ipcTables()->messageQueueTable()->isVisible());
    QVERIFY(!window.ipcTables()->semaphoreSetTable()->isVisible());
}

void TestIpcTables::setsListedAsIpcsShowsThem()
{
    SemaphoreSetGuard one;
    SemaphoreSetGuard many;
    QVERIFY(one.create(testutils::uniqueKey(2), {1, 0, 3}, 0640));
    QList<unsigned short> values;
    for (int i = 0; i < 250; ++i)
        values << static_cast<unsigned short>(i * 7 % 32768);
    QVERIFY(many.create(0, values, 0600));
    MainWindow window;
    window.show();
    window.kindTabBar()->setCurrentKind(Kind::SemaphoreSets);
    IpcTableView *table = window.ipcTables()->semaphoreSetTable();
    QTRY_VERIFY(shownRow(table, one.id()) >= 0 && shownRow(table, many.id()) >= 0);
    for (const int semid : {one.id(), many.id()}) {
        const QStringList ipcs = ipcsLine("-s", semid);
        QVERIFY2(ipcs.size() == 5, qPrintable(ipcs.join(QLatin1Char(' '))));
        QCOMPARE(cell(table, semid, SemaphoreSetTableModel::KeyColumn), ipcs.at(0));
        QCOMPARE(cell(table, semid, SemaphoreSetTableModel::SemidColumn), ipcs.at(1));
        QCOMPARE(cell(table, semid, SemaphoreSetTableModel::OwnerColumn), ipcs.at(2));
        QCOMPARE(cell(table, semid, SemaphoreSetTableModel::PermsColumn), ipcs.at(3));
        QCOMPARE(cell(table, semid, SemaphoreSetTableModel::NsemsColumn), ipcs.at(4));
        // The values, in order, as ipcs -s -i reads them.
        const testutils::IpcsDetails detailed = testutils::ipcsDetails("-s", semid);
        QVERIFY(detailed.ok);
        QStringList expected;
        for (const testutils::IpcsDetails::Row &row : detailed.rows)
            expected << QString::number(row.value);
        QCOMPARE(cell(table, semid, SemaphoreSetTableModel::ValuesColumn), expected.join(QLatin1Char(' ')));
    }
    QCOMPARE(cell(table, one.id(), SemaphoreSetTableModel::ValuesColumn), QStringLiteral("1 0 3"));
    QCOMPARE(cell(table, one.id(), SemaphoreSetTableModel::OtimeColumn), QStringLiteral("never"));
    // Every column explains itself.
    for (int column = 0; column < SemaphoreSetTableModel::ColumnCount; ++column)
        QVERIFY(!table->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    // Sorted by raw values: Nsems 250 after 3 (as numbers, not text).
    table->sortByColumn(SemaphoreSetTableModel::NsemsColumn, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, 0).data(IpcTableModel::IdRole).toInt(), many.id());
    // Details lists each semaphore, as ipcs -s -i does.
    QVERIFY(selectRow(window, Kind::SemaphoreSets, many.id()));
    QTRY_VERIFY(details(window).contains(QStringLiteral("Semaphore set %1").arg(many.id())));
    const QString text = details(window);
    const testutils::IpcsDetails ipcs = testutils::ipcsDetails("-s", many.id());
    QCOMPARE(ipcs.rows.size(), 250);
    for (const testutils::IpcsDetails::Row &row : ipcs.rows)
        QVERIFY2(hasSemaphoreRow(text, row.semnum, row.value, row.pid, row.ncount, row.zcount),
                 qPrintable(QString::number(row.semnum)));
}

void TestIpcTables::queuesListedAsIpcsShowsThem()
{
    MessageQueueGuard queue;
    QVERIFY(queue.create(testutils::uniqueKey(3), 0620));
    const testutils::Run sent =
        testutils::run(MsgSender, {QString::number(queue.id()), QStringLiteral("send"), QStringLiteral("10"),
                                   QStringLiteral("20")});
    QCOMPARE(sent.exitCode, 0);
    MainWindow window;
    window.show();
    window.kindTabBar()->setCurrentKind(Kind::MessageQueues);
    IpcTableView *table = window.ipcTables()->messageQueueTable();
    QTRY_VERIFY(shownRow(table, queue.id()) >= 0);
    const QStringList ipcs = ipcsLine("-q", queue.id());
    QVERIFY2(ipcs.size() == 6, qPrintable(ipcs.join(QLatin1Char(' '))));
    QCOMPARE(cell(table, queue.id(), MessageQueueTableModel::KeyColumn), ipcs.at(0));
    QCOMPARE(cell(table, queue.id(), MessageQueueTableModel::MsqidColumn), ipcs.at(1));
    QCOMPARE(cell(table, queue.id(), MessageQueueTableModel::OwnerColumn), ipcs.at(2));
    QCOMPARE(cell(table, queue.id(), MessageQueueTableModel::PermsColumn), ipcs.at(3));
    QCOMPARE(cell(table, queue.id(), MessageQueueTableModel::UsedBytesColumn), ipcs.at(4));
    QCOMPARE(cell(table, queue.id(), MessageQueueTableModel::MessagesColumn), ipcs.at(5));
    QCOMPARE(ipcs.at(4), QStringLiteral("30"));
    // The last sender is the helper, which has exited: its pid as ipcs -q -i gives it.
    const testutils::IpcsDetails detailed = testutils::ipcsDetails("-q", queue.id());
    QVERIFY(detailed.ok);
    QVERIFY(cell(table, queue.id(), MessageQueueTableModel::LspidColumn).contains(detailed.fields.value(QStringLiteral("lspid"))));
    QCOMPARE(cell(table, queue.id(), MessageQueueTableModel::LrpidColumn), QStringLiteral("none"));
    // The messages are not read, and the tooltip says why.
    const QString tip = table->model()
                            ->index(shownRow(table, queue.id()), MessageQueueTableModel::MessagesColumn)
                            .data(Qt::ToolTipRole)
                            .toString();
    QVERIFY2(tip.contains(QLatin1String("takes it off the queue")), qPrintable(tip));
    QVERIFY(selectRow(window, Kind::MessageQueues, queue.id()));
    QTRY_VERIFY(details(window).contains(QStringLiteral("Message queue %1").arg(queue.id())));
    QVERIFY(details(window).contains(QLatin1String("takes it off the queue")));
    // Still two messages: looking took none.
    QCOMPARE(ipcsLine("-q", queue.id()).value(5), QStringLiteral("2"));
}

void TestIpcTables::valueSetByAnotherProcessIsLit()
{
    SemaphoreSetGuard set;
    QVERIFY(set.create(testutils::uniqueKey(4), {1, 0, 3}));
    MainWindow window;
    window.show();
    window.refreshIntervalBox()->setValue(0.5);
    QVERIFY(selectRow(window, Kind::SemaphoreSets, set.id()));
    IpcTableView *table = window.ipcTables()->semaphoreSetTable();
    // Let the row's insertion highlight fade, so that a lit row is the change's.
    const QModelIndex first = table->model()->index(shownRow(table, set.id()), 0);
    QTRY_VERIFY_WITH_TIMEOUT(first.data(IpcTableModel::HighlightAgeRole).toLongLong() < 0
                                 || first.data(IpcTableModel::HighlightAgeRole).toLongLong()
                                        >= IpcTableModel::HighlightMs,
                             10000);
    // Another process: semop +2 on semaphore 1 (which never blocks).
    Waiter other;
    QVERIFY(other.start(set.id(), 1, 2));
    const qint64 otherPid = other.pid(); // QProcess forgets it once the process has finished
    QCOMPARE(other.outcome(), QByteArray("ok"));
    QCOMPARE(semctlOf(set.id(), 1, GETVAL), 2);
    QTRY_COMPARE(cell(table, set.id(), SemaphoreSetTableModel::ValuesColumn), QStringLiteral("1 2 3"));
    const QModelIndex changed = table->model()->index(shownRow(table, set.id()), 0);
    const qint64 age = changed.data(IpcTableModel::HighlightAgeRole).toLongLong();
    QVERIFY2(age >= 0 && age < IpcTableModel::HighlightMs, qPrintable(QString::number(age)));
    // Details lights the value that changed, and names the process that changed it.
    QVERIFY(window.ipcTables()->semaphoreSetModel()->recentlyChanged(
                *window.ipcTables()->semaphoreSetModel()->setAt(window.ipcTables()->semaphoreSetModel()->rowOfOurs(set.id())))
            == QList<int>{1});
    QTRY_VERIFY2(hasSemaphoreRow(details(window), 1, 2, otherPid, 0, 0), qPrintable(details(window)));
    QVERIFY(detailsHtml(window).contains(QLatin1String("#e67e22")));
    QCOMPARE(cell(table, set.id(), SemaphoreSetTableModel::OtimeColumn) == QLatin1String("never"), false);
}

void TestIpcTables::detailsNameTheWaiters()
{
    SemaphoreSetGuard set;
    QVERIFY(set.create(testutils::uniqueKey(5), {0, 1}));
    Waiter increase;
    Waiter zero;
    QVERIFY(increase.start(set.id(), 0, -1));
    QVERIFY(zero.start(set.id(), 1, 0));
    QTRY_COMPARE(semctlOf(set.id(), 0, GETNCNT), 1);
    QTRY_COMPARE(semctlOf(set.id(), 1, GETZCNT), 1);
    MainWindow window;
    window.show();
    QVERIFY(selectRow(window, Kind::SemaphoreSets, set.id()));
    IpcTableView *table = window.ipcTables()->semaphoreSetTable();
    QTRY_VERIFY(details(window).contains(
        QStringLiteral("semwaiter (%1) waits for semaphore 0 to increase").arg(increase.pid())));
    QVERIFY(details(window).contains(
        QStringLiteral("semwaiter (%1) waits for semaphore 1 to become zero").arg(zero.pid())));
    // ncnt and zcnt as ipcs -s -i counts them.
    const testutils::IpcsDetails ipcs = testutils::ipcsDetails("-s", set.id());
    QCOMPARE(ipcs.rows.size(), 2);
    QCOMPARE(ipcs.rows.at(0).ncount, 1);
    QCOMPARE(ipcs.rows.at(1).zcount, 1);
    for (const testutils::IpcsDetails::Row &row : ipcs.rows)
        QVERIFY2(hasSemaphoreRow(details(window), row.semnum, row.value, row.pid, row.ncount, row.zcount),
                 qPrintable(details(window)));
    const QString waiting = cell(table, set.id(), SemaphoreSetTableModel::WaitersColumn);
    QVERIFY2(waiting.contains(QStringLiteral("semwaiter (%1)").arg(increase.pid()))
                 && waiting.contains(QStringLiteral("semwaiter (%1)").arg(zero.pid())),
             qPrintable(waiting));
    // The filter finds a set by its waiters' command.
    window.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->setText(QStringLiteral("semwaiter"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
}

void TestIpcTables::removeSetWakesItsWaitersWithEidrm()
{
    SemaphoreSetGuard set;
    QVERIFY(set.create(testutils::uniqueKey(6), {0}));
    Waiter waiter;
    QVERIFY(waiter.start(set.id(), 0, -1));
    QTRY_COMPARE(semctlOf(set.id(), 0, GETNCNT), 1);
    MainWindow window;
    window.show();
    QVERIFY(selectRow(window, Kind::SemaphoreSets, set.id()));
    QTRY_VERIFY(details(window).contains(QStringLiteral("semwaiter (%1)").arg(waiter.pid())));
    QAction *remove = action(window, "actionRemoveSegment");
    QVERIFY(remove->isEnabled());
    QCOMPARE(remove->text(), QStringLiteral("&Remove Semaphore Set…"));
    LogSpy log(this);
    QString question;
    whenModalShows([&question](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        question = box ? box->text() + QLatin1Char('\n') + box->informativeText() : QString();
        guitest::clickDestructive(dialog);
    });
    remove->trigger();
    QVERIFY2(question.contains(QLatin1String("EIDRM")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("semwaiter (%1) waits for semaphore 0 to increase").arg(waiter.pid())),
             qPrintable(question));
    QCOMPARE(waiter.outcome(), QByteArray("EIDRM"));
    QVERIFY(ipcsLine("-s", set.id()).isEmpty());
    QVERIFY(log.has(QStringLiteral("semctl(%1, 0, IPC_RMID)").arg(set.id()),
                    QStringLiteral("ipcrm -s %1").arg(set.id())));
    set.release();
    QTRY_COMPARE(shownRow(window.ipcTables()->semaphoreSetTable(), set.id()), -1);
}

void TestIpcTables::createSetFromTheWindow()
{
    const key_t key = testutils::uniqueKey(7);
    SemaphoreSetGuard made; // adopts the set once made, so that it goes even if a check fails
    MainWindow window;
    window.show();
    window.kindTabBar()->setCurrentKind(Kind::SemaphoreSets);
    LogSpy log(this);
    whenModalShows([key](QWidget *dialog) {
        setText(dialog, "keyEdit", keyText(key));
        setText(dialog, "nsemsEdit", QStringLiteral("2"));
        setText(dialog, "valuesEdit", QStringLiteral("2 5"));
        setText(dialog, "modeEdit", QStringLiteral("640"));
        QCOMPARE(guitest::acceptOrCancel(dialog), QString());
    });
    action(window, "actionNewSemaphoreSet")->trigger();
    const int semid = semget(key, 0, 0);
    QVERIFY2(semid >= 0, "the dialog made no set");
    QVERIFY(ipcsLine("-s", semid).size() == 5);
    const QStringList ipcs = ipcsLine("-s", semid);
    QCOMPARE(ipcs.at(0), keyText(key));
    QCOMPARE(ipcs.at(3), QStringLiteral("640"));
    QCOMPARE(ipcs.at(4), QStringLiteral("2"));
    QCOMPARE(semctlOf(semid, 0, GETVAL), 2);
    QCOMPARE(semctlOf(semid, 1, GETVAL), 5);
    QVERIFY(log.has(QStringLiteral("semget(%1, 2, 0640|IPC_CREAT|IPC_EXCL)").arg(QStringLiteral("0x%1").arg(quint32(key), 0, 16))));
    QVERIFY(log.has(QStringLiteral("semctl(%1, 0, SETALL, (unsigned short[]){2, 5})").arg(semid)));
    // The new row is selected once listed, so that Set Value and Delete act on it.
    IpcTableView *table = window.ipcTables()->semaphoreSetTable();
    QTRY_VERIFY(table->selectedRows().size() == 1 && shownRow(table, semid) >= 0);
    QCOMPARE(table->selectionModel()->selectedRows().constFirst().data(IpcTableModel::IdRole).toInt(), semid);
    QCOMPARE(window.messageBar()->kind(), app::MessageBar::Kind::Information);
    // Cleaned up even if what follows fails.
    semctl(semid, 0, IPC_RMID);
}

void TestIpcTables::createSetRefusesBadInput_data()
{
    QTest::addColumn<QString>("nsems");
    QTest::addColumn<QString>("values");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("said");
    QTest::newRow("no semaphores") << "0" << "1" << "" << "1 to";
    QTest::newRow("value above SEMVMX") << "1" << "32768" << "" << "32767";
    QTest::newRow("negative value") << "2" << "1 -1" << "" << "32767";
    QTest::newRow("too few values") << "3" << "1 2" << "" << "3 value";
    QTest::newRow("key 0") << "1" << "1" << "0" << "IPC_PRIVATE";
    QTest::newRow("not a number") << "two" << "1" << "" << "two";
}

void TestIpcTables::createSetRefusesBadInput()
{
    QFETCH(QString, nsems);
    QFETCH(QString, values);
    QFETCH(QString, key);
    QFETCH(QString, said);
    const int before = listed("sem");
    MainWindow window;
    QString error;
    whenModalShows([&](QWidget *dialog) {
        setText(dialog, "keyEdit", key.isEmpty() ? keyText(testutils::uniqueKey(8)) : key);
        setText(dialog, "nsemsEdit", nsems);
        setText(dialog, "valuesEdit", values);
        error = guitest::acceptOrCancel(dialog);
    });
    action(window, "actionNewSemaphoreSet")->trigger();
    QVERIFY2(error.contains(said), qPrintable(error));
    QCOMPARE(listed("sem"), before);
}

void TestIpcTables::setValueFromTheWindow()
{
    SemaphoreSetGuard set;
    QVERIFY(set.create(testutils::uniqueKey(9), {1, 0, 3}));
    MainWindow window;
    window.show();
    QAction *setValue = action(window, "actionSetSemaphoreValue");
    QVERIFY(!setValue->isEnabled()); // nothing selected
    QVERIFY(selectRow(window, Kind::SemaphoreSets, set.id()));
    QVERIFY(setValue->isEnabled());
    LogSpy log(this);
    whenModalShows([](QWidget *dialog) {
        setText(dialog, "semnumEdit", QStringLiteral("2"));
        setText(dialog, "valueEdit", QStringLiteral("9"));
        QCOMPARE(guitest::acceptOrCancel(dialog), QString());
    });
    setValue->trigger();
    QCOMPARE(semctlOf(set.id(), 2, GETVAL), 9);
    QVERIFY(log.has(QStringLiteral("semctl(%1, 2, SETVAL, 9)").arg(set.id())));
    QTRY_COMPARE(cell(window.ipcTables()->semaphoreSetTable(), set.id(), SemaphoreSetTableModel::ValuesColumn),
                 QStringLiteral("1 0 9"));
    // Out of range: said in the dialog, nothing changed.
    for (const auto &[semnum, value, said] :
         {std::tuple{QStringLiteral("0"), QStringLiteral("32768"), QStringLiteral("32767")},
          std::tuple{QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("0 to 2")},
          std::tuple{QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("32767")}}) {
        QString error;
        whenModalShows([&, semnum = semnum, value = value](QWidget *dialog) {
            setText(dialog, "semnumEdit", semnum);
            setText(dialog, "valueEdit", value);
            error = guitest::acceptOrCancel(dialog);
        });
        setValue->trigger();
        QVERIFY2(error.contains(said), qPrintable(error));
    }
    QCOMPARE(semctlOf(set.id(), 0, GETVAL), 1);
    QCOMPARE(semctlOf(set.id(), 2, GETVAL), 9);
}

void TestIpcTables::createAndRemoveQueueFromTheWindow()
{
    const key_t key = testutils::uniqueKey(10);
    MainWindow window;
    window.show();
    window.kindTabBar()->setCurrentKind(Kind::MessageQueues);
    LogSpy log(this);
    whenModalShows([key](QWidget *dialog) {
        setText(dialog, "keyEdit", keyText(key));
        setText(dialog, "modeEdit", QStringLiteral("660"));
        QCOMPARE(guitest::acceptOrCancel(dialog), QString());
    });
    action(window, "actionNewMessageQueue")->trigger();
    MessageQueueGuard guard;
    const int msqid = msgget(key, 0);
    QVERIFY2(msqid >= 0, "the dialog made no queue");
    const QStringList ipcs = ipcsLine("-q", msqid);
    QCOMPARE(ipcs.value(0), keyText(key));
    QCOMPARE(ipcs.value(3), QStringLiteral("660"));
    QVERIFY(log.has(QStringLiteral("msgget(0x%1, 0660|IPC_CREAT|IPC_EXCL)").arg(quint32(key), 0, 16)));
    // A message in it, then Remove: the question says it is lost.
    QCOMPARE(testutils::run(MsgSender, {QString::number(msqid), QStringLiteral("send"), QStringLiteral("5")}).exitCode, 0);
    IpcTableView *table = window.ipcTables()->messageQueueTable();
    QTRY_COMPARE(cell(table, msqid, MessageQueueTableModel::MessagesColumn), QStringLiteral("1"));
    QVERIFY(selectRow(window, Kind::MessageQueues, msqid));
    QString question;
    whenModalShows([&question](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        question = box ? box->informativeText() : QString();
        guitest::clickDestructive(dialog);
    });
    action(window, "actionRemoveSegment")->trigger();
    QVERIFY2(question.contains(QLatin1String("lost")), qPrintable(question));
    QVERIFY(ipcsLine("-q", msqid).isEmpty());
    QVERIFY(log.has(QStringLiteral("msgctl(%1, IPC_RMID, NULL)").arg(msqid), QStringLiteral("ipcrm -q %1").arg(msqid)));
    QTRY_COMPARE(shownRow(table, msqid), -1);
}

void TestIpcTables::pairedByKeyInBothDetails()
{
    const key_t key = testutils::uniqueKey(11);
    SegmentGuard segment;
    SemaphoreSetGuard set;
    MessageQueueGuard queue;
    QVERIFY(segment.create(key, 56));
    QVERIFY(set.create(key, {1}));
    QVERIFY(queue.create(key));
    MainWindow window;
    window.show();
    QVERIFY(selectRow(window, Kind::SemaphoreSets, set.id()));
    QTRY_VERIFY(details(window).contains(QStringLiteral("segment %1").arg(segment.id())));
    QVERIFY(details(window).contains(QStringLiteral("message queue %1").arg(queue.id())));
    QVERIFY(selectRow(window, Kind::MessageQueues, queue.id()));
    QTRY_VERIFY(details(window).contains(QStringLiteral("semaphore set %1").arg(set.id())));
    window.kindTabBar()->setCurrentKind(Kind::Segments);
    QVERIFY(guitest::selectSegment(window, segment.id()));
    QTRY_VERIFY(details(window).contains(QStringLiteral("Paired with")));
    QVERIFY(details(window).contains(QStringLiteral("semaphore set %1").arg(set.id())));
    QVERIFY(details(window).contains(QStringLiteral("message queue %1").arg(queue.id())));
}

void TestIpcTables::filterNarrowsSets()
{
    SemaphoreSetGuard a;
    SemaphoreSetGuard b;
    QVERIFY(a.create(testutils::uniqueKey(12), {1}));
    QVERIFY(b.create(testutils::uniqueKey(13), {1}));
    MainWindow window;
    window.show();
    window.kindTabBar()->setCurrentKind(Kind::SemaphoreSets);
    IpcTableView *table = window.ipcTables()->semaphoreSetTable();
    QTRY_COMPARE(table->model()->rowCount(), 2);
    window.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->setText(keyText(testutils::uniqueKey(13)));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data(IpcTableModel::IdRole).toInt(), b.id());
}

void TestIpcTables::removeOfAVanishedSetIsRefused()
{
    SemaphoreSetGuard set;
    SemaphoreSetGuard other;
    QVERIFY(set.create(testutils::uniqueKey(14), {1}));
    QVERIFY(other.create(testutils::uniqueKey(15), {1}));
    MainWindow window;
    window.show();
    QVERIFY(selectRow(window, Kind::SemaphoreSets, set.id()));
    action(window, "actionPause")->setChecked(true);
    set.reset(); // removed behind the window's back, before a refresh says so
    whenModalShows([](QWidget *dialog) { guitest::clickDestructive(dialog); });
    action(window, "actionRemoveSegment")->trigger();
    QCOMPARE(window.messageBar()->kind(), app::MessageBar::Kind::Error);
    QVERIFY2(window.messageBar()->text().contains(QLatin1String("does not exist any more")),
             qPrintable(window.messageBar()->text()));
    // The rest is intact.
    QVERIFY(ipcsLine("-s", other.id()).size() == 5);
}

QTEST_MAIN(TestIpcTables)
#include "tst_ipctables.moc"
