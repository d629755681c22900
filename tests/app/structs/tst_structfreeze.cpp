// Freeze in the window, offscreen, against real segments: a field of the struct pane held against shmdemo
// renaming itself, with its marker and fight count; a hex selection held against shmpoke; the refusals; and
// every freeze gone with the tab. Expected bytes come from the test's own attach and the writer's own pid.

#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/structs/structmodel.h"
#include "app/structs/structpane.h"
#include "core/kernel/calllog.h"
#include "renamingwriter.h"
#include "structrows.h"
#include "testutils.h"

#include <QAction>
#include <QIcon>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using app::MainWindow;
using app::SegmentTab;
using app::StructModel;
using core::Attachment;
using structrows::fieldIndex;
using structrows::littleEndian;
using testutils::RenamingWriter;
using testutils::SegmentGuard;

namespace {

// Pixels of the freeze's blue (resources/icons/frozen.svg) in the hex pane as it paints now.
int frozenPixels(app::HexView *view)
{
    const QImage image = view->viewport()->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y) == QColor(45, 125, 210) ? 1 : 0;
    }
    return count;
}

QByteArray namesBytes(const QByteArray &text)
{
    return text + QByteArray(51 - text.size(), '\0');
}

} // namespace

class TestStructFreeze : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fieldIsHeldAgainstAWriterWithAMarkerAndAFightCount();
    void ourRewritesAreNotLitAsAnotherProcesssChange();
    void hexSelectionIsHeldUntilUnfrozen();
    void closingTheTabEndsEveryFreeze();
    void readOnlyTabRefuses();
    void valueOutOfTheFieldsRangeIsRefused();

private:
    SegmentTab *attach(int shmid, Attachment::Mode mode) { return m_window->attachSegment(shmid, mode); }
    static StructModel *model(SegmentTab *tab) { return tab->structPane()->model(); }
    static QAction *action(QObject *owner, const char *name)
    {
        return owner->findChild<QAction *>(QLatin1String(name));
    }

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
    SegmentGuard m_segment;
};

void TestStructFreeze::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
}

void TestStructFreeze::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
}

void TestStructFreeze::cleanup()
{
    m_window.reset();
    m_segment.reset();
    m_settingsDir.reset();
}

// The writer renames itself every 20 ms, its pid in the same memcpy. names frozen at a typed "FROZEN" is
// fought; pid frozen at its value now (the writer's own pid, which it writes again each time) never is. The
// row shows the frozen mark and the count; once the writer has gone the segment holds our name and its pid.
// The call log tells each freeze once, as C with its period.
void TestStructFreeze::fieldIsHeldAgainstAWriterWithAMarkerAndAFightCount()
{
    RenamingWriter writer;
    QString why;
    const int shmid = writer.start(testutils::uniqueKey(171), 20, &why);
    QVERIFY2(shmid >= 0, qPrintable(why));
    m_segment.adopt(shmid);
    SegmentTab *tab = attach(shmid, Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    tab->setFreezeInterval(20);
    StructModel *fields = model(tab);
    QSignalSpy recorded(&core::CallLog::instance(), &core::CallLog::recorded);
    const QModelIndex names = fieldIndex(fields, QStringLiteral("names"));
    const QModelIndex pid = fieldIndex(fields, QStringLiteral("pid"));
    QCOMPARE(names.data(StructModel::FoughtRole).toLongLong(), -1);
    QVERIFY(fields->freeze(names, QStringLiteral("FROZEN")).ok());
    QVERIFY(fields->freeze(pid).ok());
    writer.takeWrites();
    qsizetype writes = 0;
    QTRY_VERIFY_WITH_TIMEOUT((writes += writer.takeWrites()) >= 10, 30000);
    QTRY_VERIFY(names.data(StructModel::FoughtRole).toLongLong() >= 1);
    QVERIFY(writer.stop());
    writes += writer.takeWrites();

    const testutils::Mapping mapping(shmid);
    QVERIFY(mapping.ok());
    QTRY_COMPARE(mapping.bytes(4, 51), namesBytes("FROZEN"));
    QCOMPARE(mapping.bytes(0, 4), littleEndian(qint32(writer.pid())));
    const qint64 fought = names.data(StructModel::FoughtRole).toLongLong();
    QVERIFY2(fought >= 1 && fought <= writes, qPrintable(QStringLiteral("%1 of %2").arg(fought).arg(writes)));
    QCOMPARE(pid.data(StructModel::FoughtRole).toLongLong(), 0);
    QVERIFY(!names.siblingAtColumn(StructModel::NameColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(pid.siblingAtColumn(StructModel::NameColumn).data(Qt::DecorationRole).isValid());
    QVERIFY(!fieldIndex(fields, QStringLiteral("names"), StructModel::NameColumn)
                 .siblingAtRow(2)
                 .data(Qt::DecorationRole)
                 .isValid()); // the padding after names is not frozen
    const QString tip = names.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("every 20 ms")) && tip.contains(QString::number(fought)),
             qPrintable(tip));

    QStringList told;
    for (const QList<QVariant> &arguments : std::as_const(recorded)) {
        const auto record = arguments.at(0).value<core::CallRecord>();
        if (record.code.contains(QLatin1String("frozen")))
            told << record.code;
    }
    QCOMPARE(told.size(), 2);
    QVERIFY2(told.at(0).startsWith(QLatin1String("memcpy(stpid->names, \"FROZEN")) &&
                 told.at(0).endsWith(
                     QLatin1String("/* frozen: rewritten every 20 ms while another process changes it */")),
             qPrintable(told.at(0)));
    QVERIFY2(told.at(1).startsWith(QStringLiteral("stpid->pid = %1; /* frozen:").arg(writer.pid())),
             qPrintable(told.at(1)));

    // Unfreeze: another process's write stays.
    tab->structPane()->view()->setCurrentIndex(names);
    action(tab->structPane(), "unfreezeAction")->trigger();
    QVERIFY(testutils::poke(shmid, 4, QByteArray("Bob", 4)));
    QCOMPARE(names.data(StructModel::FoughtRole).toLongLong(), -1);
    action(tab->structPane(), "unfreezeAllAction")->trigger();
    QVERIFY(tab->document()->freezer().isEmpty());
    QTRY_COMPARE(names.data().toString(), QStringLiteral("Bob"));
}

// Another process writes the frozen field; the freeze writes ours back. What lights the field and the bytes
// last is our write (green), and only the other process's write is counted as a change.
void TestStructFreeze::ourRewritesAreNotLitAsAnotherProcesssChange()
{
    QVERIFY(testutils::createHolding(m_segment, QByteArray(56, '\0')));
    SegmentTab *tab = attach(m_segment.id(), Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    tab->setFreezeInterval(1000); // the test's poke lands between two periods
    StructModel *fields = model(tab);
    const QModelIndex pid = fieldIndex(fields, QStringLiteral("pid"));
    QVERIFY(fields->freeze(pid, QStringLiteral("4242")).ok());
    const quint64 changesBefore = tab->document()->changeEvents();
    QVERIFY(testutils::poke(m_segment.id(), 0, littleEndian(7)));
    QTRY_COMPARE(pid.data().toString(), QStringLiteral("7")); // the tick saw the other process's write
    QTRY_COMPARE(testutils::peek(m_segment.id(), 0, 4), littleEndian(4242));
    QTRY_COMPARE(pid.data().toString(), QStringLiteral("4242"));
    QCOMPARE(pid.data(StructModel::FoughtRole).toLongLong(), 1);
    QVERIFY(pid.data(StructModel::ChangedByUsRole).toBool());
    QVERIFY(tab->document()->changedByUs(0));
    QCOMPARE(tab->document()->changeEvents(), changesBefore + 1);
}

void TestStructFreeze::hexSelectionIsHeldUntilUnfrozen()
{
    QVERIFY(testutils::createHolding(m_segment, QByteArray("0123456789abcdef", 16)));
    SegmentTab *tab = attach(m_segment.id(), Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    tab->setFreezeInterval(10);
    QAction *unfreeze = action(tab, "unfreezeSelectionAction");
    QVERIFY(!unfreeze->isEnabled());
    tab->hexView()->setSelection(4, 4);
    QTRY_VERIFY(!tab->hexView()->viewport()->size().isEmpty()); // laid out, so that it paints
    QCOMPARE(frozenPixels(tab->hexView()), 0);
    action(tab, "freezeSelectionAction")->trigger();
    QVERIFY(unfreeze->isEnabled());
    QVERIFY(frozenPixels(tab->hexView()) > 0); // the frozen bytes are underlined
    QVERIFY(tab->document()->freezer().find(4, 4));
    QVERIFY(testutils::poke(m_segment.id(), 2, QByteArrayLiteral("ZZZZZZZZ")));
    QTRY_COMPARE(testutils::peek(m_segment.id(), 0, 16), QByteArrayLiteral("01ZZ4567ZZabcdef"));
    QCOMPARE(tab->document()->freezer().find(4, 4)->fought, quint64(1));

    tab->hexView()->setSelection(6, 1); // one byte of it lets go of the whole range
    unfreeze->trigger();
    QVERIFY(tab->document()->freezer().isEmpty());
    QVERIFY(!unfreeze->isEnabled());
    QCOMPARE(frozenPixels(tab->hexView()), 0);
    QVERIFY(testutils::poke(m_segment.id(), 4, QByteArrayLiteral("YY")));
    tab->document()->freezer().enforce();
    QCOMPARE(testutils::peek(m_segment.id(), 0, 16), QByteArrayLiteral("01ZZYY67ZZabcdef"));
}

// The freezer goes with the document: once the tab is closed we hold no attach, so nothing can be rewritten.
void TestStructFreeze::closingTheTabEndsEveryFreeze()
{
    QVERIFY(testutils::createHolding(m_segment, QByteArray(56, '\0')));
    SegmentTab *tab = attach(m_segment.id(), Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    QVERIFY(model(tab)->freeze(fieldIndex(model(tab), QStringLiteral("pid")), QStringLiteral("99")).ok());
    QCOMPARE(testutils::peek(m_segment.id(), 0, 4), littleEndian(99));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("segmentTabs"));
    QVERIFY(tabs);
    QPointer<SegmentTab> closing = tab;
    emit tabs->tabCloseRequested(tabs->indexOf(tab));
    QTRY_VERIFY(!closing);
    QCOMPARE(testutils::shmStat(m_segment.id())->shm_nattch, shmatt_t(0));
    QVERIFY(testutils::poke(m_segment.id(), 0, littleEndian(5)));
    QCOMPARE(testutils::peek(m_segment.id(), 0, 4), littleEndian(5));
}

void TestStructFreeze::readOnlyTabRefuses()
{
    QVERIFY(testutils::createHolding(m_segment, QByteArray(56, 'x')));
    SegmentTab *tab = attach(m_segment.id(), Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    tab->structPane()->view()->setCurrentIndex(fieldIndex(model(tab), QStringLiteral("pid")));
    action(tab->structPane(), "freezeAction")->trigger();
    QVERIFY2(tab->messageBar()->text().contains(QLatin1String("read-only")),
             qPrintable(tab->messageBar()->text()));
    QVERIFY(!action(tab, "freezeSelectionAction")->isEnabled());
    tab->freezeSelection();
    QVERIFY(tab->document()->freezer().isEmpty());
    QCOMPARE(testutils::peek(m_segment.id(), 0, 56), QByteArray(56, 'x'));
}

void TestStructFreeze::valueOutOfTheFieldsRangeIsRefused()
{
    QVERIFY(testutils::createHolding(m_segment, QByteArray(56, '\0')));
    SegmentTab *tab = attach(m_segment.id(), Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    const auto refused =
        model(tab)->freeze(fieldIndex(model(tab), QStringLiteral("pid")), QStringLiteral("4294967296"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.startsWith(QLatin1String("pid: 4294967296 does not fit")),
             qPrintable(refused.error().message));
    QVERIFY(tab->document()->freezer().isEmpty());
    QCOMPARE(testutils::peek(m_segment.id(), 0, 56), QByteArray(56, '\0'));
}

QTEST_MAIN(TestStructFreeze)
#include "tst_structfreeze.moc"
