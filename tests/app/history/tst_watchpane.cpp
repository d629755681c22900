// The watch pane against a real segment, offscreen: a field of the struct pane and a hex selection watched
// while another process (shmpoke) writes them, pause, export to CSV, remove, and the plot's hover text.

#include "app/history/historyplot.h"
#include "app/history/watchpane.h"
#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/hexview.h"
#include "app/segment/segmenttab.h"
#include "app/structs/structmodel.h"
#include "app/structs/structpane.h"
#include "testutils.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using app::SegmentTab;
using testutils::SegmentGuard;

namespace {

QModelIndex fieldIndex(const app::StructModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, app::StructModel::NameColumn);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

QStringList textsOf(const core::FieldWatch &watch)
{
    QStringList texts;
    for (qsizetype i = 0; i < watch.samples().size(); ++i)
        texts << watch.samples().at(i).text;
    return texts;
}

QByteArray littleEndian(qint32 value)
{
    return QByteArray(reinterpret_cast<const char *>(&value), sizeof value);
}

} // namespace

class TestWatchPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fieldOfTheStructPaneFollowsAWriter();
    void selectionIsWatchedAsANumber();
    void pauseStopsRecordingThatWatchOnly();
    void exportWritesTheCsvAndRemoveForgets();

private:
    SegmentTab *attach();

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<app::MainWindow> m_window;
    SegmentGuard m_segment;
};

void TestWatchPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
}

void TestWatchPane::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    m_window = std::make_unique<app::MainWindow>();
    m_window->show();
}

void TestWatchPane::cleanup()
{
    m_window.reset();
    m_segment.reset();
    m_settingsDir.reset();
}

// A 56-byte segment (st_pid) attached read-only, its struct pane showing st_pid.
SegmentTab *TestWatchPane::attach()
{
    if (!m_segment.create(testutils::uniqueKey(0x47), 56, 0640))
        return nullptr;
    SegmentTab *tab = m_window->attachSegment(m_segment.id(), core::Attachment::Mode::ReadOnly);
    if (tab && !QTest::qWaitFor([&] { return fieldIndex(tab->structPane()->model(), QStringLiteral("names")).isValid(); }))
        return nullptr;
    return tab;
}

void TestWatchPane::fieldOfTheStructPaneFollowsAWriter()
{
    SegmentTab *tab = attach();
    QVERIFY(tab);
    app::WatchPane *pane = tab->watchPane();
    QVERIFY(pane->isHidden()); // nothing watched yet
    tab->watchField(fieldIndex(tab->structPane()->model(), QStringLiteral("names")));
    QVERIFY(pane->isVisible());
    QCOMPARE(pane->watches().size(), 1);
    const core::FieldWatch &names = pane->watches().at(0);
    QCOMPARE(names.name(), QStringLiteral("names"));
    QCOMPARE(names.offset(), quint64(4));
    for (const QByteArray &name : {QByteArray("Ada"), QByteArray("Bo\0", 3), QByteArray("Cy")}) {
        QVERIFY(testutils::poke(m_segment.id(), 4, name));
        QTRY_COMPARE(names.text(), QString::fromLatin1(name.constData()));
    }
    QCOMPARE(textsOf(names), (QStringList{QString(), QStringLiteral("Ada"), QStringLiteral("Bo"), QStringLiteral("Cy")}));
    // Watching it again is refused, in the message bar; the one watch stays.
    tab->watchField(fieldIndex(tab->structPane()->model(), QStringLiteral("names")));
    QCOMPARE(pane->watches().size(), 1);
    QCOMPARE(tab->messageBar()->text(), QStringLiteral("names is watched already."));
    // Hovering the right end reads the last value; the left end, the first sample's.
    app::HistoryPlot *plot = pane->plot(0);
    pane->setPaused(0, true); // the time axis stops running on to now
    QVERIFY2(plot->textAt(plot->width() - 1 - 4).endsWith(QLatin1String("  Cy")),
             qPrintable(plot->textAt(plot->width() - 1 - 4)));
    QVERIFY(plot->grab().width() > 0);
}

void TestWatchPane::selectionIsWatchedAsANumber()
{
    SegmentTab *tab = attach();
    QVERIFY(tab);
    tab->hexView()->setSelection(0, 4);
    tab->watchSelection();
    app::WatchPane *pane = tab->watchPane();
    QCOMPARE(pane->watches().size(), 1);
    QCOMPARE(pane->watches().at(0).name(), QStringLiteral("4 bytes at 0x0"));
    QVERIFY(testutils::poke(m_segment.id(), 0, littleEndian(4242)));
    QTRY_COMPARE(pane->watches().at(0).text(), QStringLiteral("4242"));
    QCOMPARE(pane->watches().at(0).samples().last().value, 4242.0);
    // Three bytes are no number.
    tab->hexView()->setSelection(8, 3);
    tab->watchSelection();
    QCOMPARE(pane->watches().size(), 1);
    QCOMPARE(tab->messageBar()->text(), QStringLiteral("3 bytes cannot be read as a number: select 1, 2, 4 or 8 bytes."));
}

void TestWatchPane::pauseStopsRecordingThatWatchOnly()
{
    SegmentTab *tab = attach();
    QVERIFY(tab);
    const app::StructModel *model = tab->structPane()->model();
    tab->watchField(fieldIndex(model, QStringLiteral("pid")));
    tab->watchField(fieldIndex(model, QStringLiteral("names")));
    app::WatchPane *pane = tab->watchPane();
    QCOMPARE(pane->watches().size(), 2);
    pane->setPaused(1, true);
    const qsizetype namesKept = pane->watches().at(1).samples().size();
    QVERIFY(testutils::poke(m_segment.id(), 4, QByteArray("Dee")));
    QVERIFY(testutils::poke(m_segment.id(), 0, littleEndian(77)));
    // Once the pid is seen, the tick that saw it read names too, had it not been paused.
    QTRY_COMPARE(pane->watches().at(0).text(), QStringLiteral("77"));
    QCOMPARE(pane->watches().at(1).samples().size(), namesKept);
    pane->setPaused(1, false);
    QTRY_COMPARE(pane->watches().at(1).text(), QStringLiteral("Dee"));
}

void TestWatchPane::exportWritesTheCsvAndRemoveForgets()
{
    SegmentTab *tab = attach();
    QVERIFY(tab);
    tab->watchField(fieldIndex(tab->structPane()->model(), QStringLiteral("names")));
    app::WatchPane *pane = tab->watchPane();
    QVERIFY(testutils::poke(m_segment.id(), 4, QByteArray("Eve, \"the\" 1st")));
    QTRY_COMPARE(pane->watches().at(0).samples().size(), 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("names.csv"));
    QVERIFY(pane->exportCsv(0, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QByteArray("time,field,value"));
    QVERIFY2(lines.at(1).endsWith("Z,names,"), lines.at(1).constData());
    QVERIFY2(lines.at(2).endsWith("Z,names,\"Eve, \"\"the\"\" 1st\""), lines.at(2).constData());
    QVERIFY(!pane->exportCsv(0, dir.filePath(QStringLiteral("no/such/folder.csv"))).ok());
    pane->remove(0);
    QVERIFY(pane->watches().isEmpty());
    QVERIFY(pane->isHidden());
}

QTEST_MAIN(TestWatchPane)
#include "tst_watchpane.moc"
