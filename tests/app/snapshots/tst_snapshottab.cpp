// Snapshots in the window, offscreen, against real segments changed by another process (tests/helpers/
// shmpoke): Take Snapshot saves the tab's bytes, Compare with Snapshot marks exactly the bytes and fields
// that differ (old → new) until Stop Comparing, Open Snapshot shows a file alone and read-only, and a bad
// file is refused with its message and nothing opened.

#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/snapshots/snapshotcommands.h"
#include "app/snapshots/snapshotcomparison.h"
#include "app/structs/structmodel.h"
#include "app/structs/structpane.h"
#include "testutils.h"

#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

using app::MainWindow;
using app::SegmentTab;
using app::StructModel;
using core::Attachment;
using core::SnapshotDiff;
using testutils::SegmentGuard;

namespace core {
inline char *toString(const SnapshotDiff::Range &range)
{
    return qstrdup(QStringLiteral("{%1, %2}").arg(range.offset).arg(range.length).toUtf8().constData());
}
} // namespace core

namespace {

QString valueOf(const StructModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, StructModel::NameColumn);
        if (index.data().toString() == name)
            return index.siblingAtColumn(StructModel::ValueColumn).data().toString();
    }
    return {};
}

} // namespace

class TestSnapshotTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
    }

    void init()
    {
        m_settingsDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_settingsDir->isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_settingsDir.reset();
    }

    void takeThenCompareMarksExactlyWhatChanged()
    {
        SegmentGuard segment;
        QVERIFY(testutils::createHolding(segment, testutils::stPidBytes(4242, "st 1")));
        SegmentTab *tab = m_window->attachSegment(segment.id(), Attachment::Mode::ReadOnly);
        QVERIFY(tab);
        const QString path = m_settingsDir->filePath(QStringLiteral("st.shmsnap"));
        QVERIFY(m_window->snapshots()->save(tab, path));
        QCOMPARE(
            tab->messageBar()->text(),
            QStringLiteral("Snapshot of segment %1 (56 bytes) saved to %2.").arg(segment.id()).arg(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QCOMPARE(saved.first(8), QByteArray("SHMSNAP\0", 8));
        QCOMPARE(saved.last(56), testutils::stPidBytes(4242, "st 1"));

        QVERIFY(testutils::poke(segment.id(), 0, QByteArray::fromHex("93"))); // pid 4243
        QVERIFY(testutils::poke(segment.id(), 7, QByteArray("2")));           // "st 2"
        QVERIFY(m_window->snapshots()->compare(tab, path));
        app::SnapshotComparison *comparison = tab->comparison();
        QVERIFY(comparison);
        const QList<SnapshotDiff::Range> changed = {{0, 1}, {7, 1}};
        QCOMPARE(comparison->ranges(), changed);
        QVERIFY(comparison->bar()->isVisibleTo(tab));
        QVERIFY2(comparison->bar()->text().startsWith(QStringLiteral("Compared with st.shmsnap (taken ")),
                 qPrintable(comparison->bar()->text()));
        app::HexView *hex = tab->hexView();
        QTRY_VERIFY(hex->differsFromComparison(0));
        for (quint64 offset = 0; offset < 56; ++offset)
            QCOMPARE(hex->differsFromComparison(offset), offset == 0 || offset == 7);
        const StructModel *fields = tab->structPane()->model();
        QTRY_COMPARE(valueOf(fields, QStringLiteral("pid")), QStringLiteral("4242 → 4243"));
        QCOMPARE(valueOf(fields, QStringLiteral("names")), QStringLiteral("st 1 → st 2"));

        // Another change while comparing: counted again at the next count.
        QVERIFY(testutils::poke(segment.id(), 20, QByteArray("xy")));
        QTRY_COMPARE(hex->differsFromComparison(21), true);
        comparison->recount();
        const QList<SnapshotDiff::Range> more = {{0, 1}, {7, 1}, {20, 2}};
        QCOMPARE(comparison->ranges(), more);

        // Stop Comparing, the bar's button: marks and old values gone.
        auto *stop = comparison->bar()->findChild<QPushButton *>();
        QVERIFY(stop);
        QCOMPARE(stop->text(), QStringLiteral("Stop Comparing"));
        stop->click();
        QTRY_VERIFY(!tab->comparison());
        QVERIFY(!hex->differsFromComparison(0));
        QCOMPARE(valueOf(fields, QStringLiteral("pid")), QStringLiteral("4243"));
    }

    // A snapshot opened alone: no segment needed (it is removed first), read-only, its bytes and its layout.
    void openAloneIsReadOnly()
    {
        const QString first = m_settingsDir->filePath(QStringLiteral("first.shmsnap"));
        const QString second = m_settingsDir->filePath(QStringLiteral("second.shmsnap"));
        {
            SegmentGuard segment;
            QVERIFY(testutils::createHolding(segment, testutils::stPidBytes(7, "alpha")));
            SegmentTab *live = m_window->attachSegment(segment.id(), Attachment::Mode::ReadOnly);
            QVERIFY(live);
            QVERIFY(m_window->snapshots()->save(live, first));
            QVERIFY(testutils::poke(segment.id(), 4, QByteArray("beta"))); // "betaa": no NUL written
            QVERIFY(m_window->snapshots()->save(live, second));
        } // the segment is removed: the files are all there is
        QTabWidget *tabs = m_window->segmentTabs();
        const int before = tabs->count();
        SegmentTab *tab = m_window->snapshots()->open(first);
        QVERIFY(tab);
        QCOMPARE(tabs->count(), before + 1);
        QCOMPARE(tabs->tabText(tabs->indexOf(tab)), QStringLiteral("first.shmsnap RO"));
        QVERIFY(!tab->document()->isWritable());
        QCOMPARE(tab->document()->read(0, 56).value(), testutils::stPidBytes(7, "alpha"));
        const StructModel *fields = tab->structPane()->model();
        QTRY_COMPARE(valueOf(fields, QStringLiteral("names")), QStringLiteral("alpha"));
        const auto refused = tab->document()->write(0, QByteArray("x"), QStringLiteral("edit"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.startsWith(QStringLiteral("A snapshot is read-only")));
        QCOMPARE(tab->document()->read(0, 56).value(), testutils::stPidBytes(7, "alpha"));

        // Two snapshots compared: the bytes "beta" wrote over "alpha".
        QVERIFY(m_window->snapshots()->compare(tab, second));
        const QList<SnapshotDiff::Range> changed = {{4, 4}};
        QCOMPARE(tab->comparison()->ranges(), changed);
        QTRY_COMPARE(valueOf(fields, QStringLiteral("names")), QStringLiteral("betaa → alpha"));
    }

    void badFilesAreRefused()
    {
        const QString text = m_settingsDir->filePath(QStringLiteral("notes.txt"));
        QVERIFY(testutils::writeFile(text, "not a snapshot\n"));
        QTabWidget *tabs = m_window->segmentTabs();
        const int before = tabs->count();
        QVERIFY(!m_window->snapshots()->open(text));
        QCOMPARE(tabs->count(), before);
        QCOMPARE(m_window->messageBar()->text(),
                 text + QStringLiteral(" is not a ShmScope snapshot: a snapshot file starts with SHMSNAP."));

        SegmentGuard segment;
        QVERIFY(testutils::createHolding(segment, testutils::stPidBytes(1, "x")));
        SegmentTab *tab = m_window->attachSegment(segment.id(), Attachment::Mode::ReadOnly);
        QVERIFY(tab);
        const QString good = m_settingsDir->filePath(QStringLiteral("good.shmsnap"));
        QVERIFY(m_window->snapshots()->save(tab, good));
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString cut = m_settingsDir->filePath(QStringLiteral("cut.shmsnap"));
        QVERIFY(testutils::writeFile(cut, file.readAll().first(30)));
        QVERIFY(!m_window->snapshots()->compare(tab, cut));
        QVERIFY(!tab->comparison());
        QCOMPARE(
            tab->messageBar()->text(),
            cut + QStringLiteral(" is truncated: it ends inside its header (30 bytes long). It may have been "
                                 "cut short while it was copied or saved."));
        // A folder that does not exist: nothing saved, the reason shown.
        QVERIFY(
            !m_window->snapshots()->save(tab, m_settingsDir->filePath(QStringLiteral("no/such/x.shmsnap"))));
        QVERIFY(tab->messageBar()->text().startsWith(QStringLiteral("cannot save the snapshot to ")));
    }

    // A snapshot of 56 bytes compared with a segment of 64: the first 56 are compared, and the bar says so.
    void differentSizesCompareThePrefix()
    {
        const QString path = m_settingsDir->filePath(QStringLiteral("small.shmsnap"));
        SegmentGuard small;
        QVERIFY(testutils::createHolding(small, testutils::stPidBytes(1, "x")));
        SegmentTab *smallTab = m_window->attachSegment(small.id(), Attachment::Mode::ReadOnly);
        QVERIFY(smallTab);
        QVERIFY(m_window->snapshots()->save(smallTab, path));
        SegmentGuard large;
        QVERIFY(testutils::createHolding(large, testutils::stPidBytes(1, "y") + QByteArray(8, 'z')));
        SegmentTab *tab = m_window->attachSegment(large.id(), Attachment::Mode::ReadOnly);
        QVERIFY(tab);
        QVERIFY(m_window->snapshots()->compare(tab, path));
        const QList<SnapshotDiff::Range> changed = {{4, 1}};
        QCOMPARE(tab->comparison()->ranges(), changed);
        QVERIFY2(tab->comparison()->bar()->text().endsWith(
                     QStringLiteral("The snapshot has 56 bytes, this 64: the first 56 are compared.")),
                 qPrintable(tab->comparison()->bar()->text()));
        QVERIFY(!tab->hexView()->differsFromComparison(60)); // past the snapshot: not marked
    }

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestSnapshotTab)
#include "tst_snapshottab.moc"
