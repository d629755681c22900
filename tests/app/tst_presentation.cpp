// Presentation mode and zoom of the real window, offscreen: F11 and Ctrl +/- as a teacher presses them. The
// offscreen platform is given two screens (tests/data/screens.json): a 1280x720 projector and a 1024x600
// netbook, so that full screen means those sizes.

#include "app/lesson/calllogpane.h"
#include "app/mainwindow.h"
#include "app/segment/hexview.h"
#include "app/segment/segmenttab.h"
#include "app/structs/structpane.h"
#include "app/table/refreshcontroller.h"
#include "app/table/rowhighlightdelegate.h"
#include "app/columnfitter.h"
#include "app/languagemanager.h"
#include "app/settings.h"
#include "app/structs/structmodel.h"
#include "app/table/segmenttablemodel.h"
#include "core/layout/stpid.h"
#include "guitest.h"
#include "testutils.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenuBar>
#include <QProcess>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

using app::MainWindow;

class TestPresentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void zoomStaysBetween100And300();
    void zoomReachesTheBytes();
    void f11ShowsTheLessonLayoutAndGivesItBack();
    void theZoomIsForgottenOutsidePresentation();
    void theRoomSeesTheRecordWhole_data();
    void theRoomSeesTheRecordWhole();
    void aSmallScreenAtTripleSizeScrolls();
    void manyFieldsAndAHugeValueScroll();
    void emptyTableThatFillsShowsWholeKeys();
    void draggedWidthSurvivesARestartAndAFittedOneIsNotSaved();
};

namespace {

// The lesson's writer: `shmdemo write NAME`, a real process that makes the segment of `key` (56 bytes, an
// st_pid) and holds it, with its pid and NAME written. Stopped (SIGTERM: it detaches) and the segment
// removed when the scope ends.
class LessonWriter
{
public:
    LessonWriter(key_t key, const QString &name) : m_key(key)
    {
        m_process.start(QStringLiteral(SHMSCOPE_BIN_DIR "/shmdemo"),
                        {QStringLiteral("write"), name, QStringLiteral("--key"), QString::number(key),
                         QStringLiteral("--hold"), QStringLiteral("600")});
    }
    ~LessonWriter()
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
        const int shmid = shmget(m_key, 0, 0);
        if (shmid >= 0)
            shmctl(shmid, IPC_RMID, nullptr);
    }
    // The segment's id once the writer has made it and written the name (it prints its steps: "new: pid=...").
    int waitForShmid()
    {
        while (!m_output.contains("\nnew: ") && m_process.waitForReadyRead(10000))
            m_output += m_process.readAllStandardOutput();
        m_output += m_process.readAllStandardOutput();
        return shmget(m_key, 0, 0);
    }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }

private:
    key_t m_key;
    QProcess m_process;
    QByteArray m_output;
};

// The rows of a tree, top to bottom, as expanded.
QModelIndexList rowsOf(const QTreeView *view, int column)
{
    QModelIndexList rows;
    for (QModelIndex index = view->model()->index(0, 0); index.isValid(); index = view->indexBelow(index))
        rows << index.siblingAtColumn(column);
    return rows;
}

QString headerProblem(const QHeaderView *header, int column)
{
    const QString text = header->model()->headerData(column, Qt::Horizontal).toString();
    int needed = QFontMetrics(header->font()).horizontalAdvance(text)
                 + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == column)
        needed += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    if (needed > header->sectionSize(column))
        return QStringLiteral("header \"%1\" needs %2 px, has %3").arg(text).arg(needed).arg(header->sectionSize(column));
    return {};
}

// With SHMSCOPE_SHOTS set to a folder, the window as it looks, for a person to see.
void saveShot(QWidget &window, const QString &name)
{
    const QByteArray folder = qgetenv("SHMSCOPE_SHOTS");
    if (!folder.isEmpty())
        window.grab().save(QString::fromLocal8Bit(folder) + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// A name of 50 bytes, all names[] holds, as a student might type it.
const QString LongName = QStringLiteral("Lovelace-Babbage-1843-Analytical-Engine-Notes-G-42");

} // namespace

void TestPresentation::zoomStaysBetween100And300()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.zoom(), 100);
    const qreal basePoints = window.font().pointSizeF();
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(window.zoom(), MainWindow::MaximumZoom);
    QCOMPARE(window.font().pointSizeF(), basePoints * 3);
    auto *zoomIn = window.findChild<QAction *>(QStringLiteral("actionZoomIn"));
    QVERIFY(!zoomIn->isEnabled());
    QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(window.zoom(), 275);
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window.zoom(), 100);
    QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(window.zoom(), MainWindow::MinimumZoom);
    QCOMPARE(window.font().pointSizeF(), basePoints);
    // The table's rows grow with the text.
    auto *table = window.findChild<QTableView *>(QStringLiteral("segmentTable"));
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    window.setZoom(200);
    QVERIFY(table->verticalHeader()->defaultSectionSize() > rowHeight);
}

void TestPresentation::zoomReachesTheBytes()
{
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(testutils::uniqueKey(70), 56, 0600));
    MainWindow window;
    window.show();
    app::SegmentTab *tab = window.attachSegment(segment.id(), core::Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    const qreal before = tab->hexView()->font().pointSizeF();
    window.setZoom(200);
    QCOMPARE(tab->hexView()->font().pointSizeF(), before * 2);
    QVERIFY(tab->hexView()->font().fixedPitch()); // still the fixed-width font
}

void TestPresentation::f11ShowsTheLessonLayoutAndGivesItBack()
{
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(testutils::uniqueKey(71), 56, 0600));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    app::SegmentTab *tab = window.attachSegment(segment.id(), core::Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    auto *details = window.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    auto *callLog = window.findChild<QDockWidget *>(QStringLiteral("callLogDock"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("segmentTable"));
    auto *rows = qobject_cast<app::RowHighlightDelegate *>(table->itemDelegate());
    callLog->hide();
    QVERIFY(details->isVisible());
    const auto shownColumns = [table] {
        QList<int> shown;
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            if (!table->isColumnHidden(column))
                shown << column;
        }
        return shown;
    };
    const QList<int> columnsBefore = shownColumns();
    QVERIFY(columnsBefore.contains(app::SegmentTableModel::OwnerColumn));
    const int bytesPerLine = tab->hexView()->bytesPerLine();
    auto *info = tab->findChild<QWidget *>(QStringLiteral("segmentInfo"));
    auto *note = window.callLog()->findChild<QWidget *>(QStringLiteral("callLogNote"));
    QVERIFY(info->isVisible());

    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(window.isPresenting());
    QVERIFY(window.windowState() & Qt::WindowFullScreen);
    QVERIFY(window.zoom() >= 150);
    QVERIFY(callLog->isVisible());
    QVERIFY(!details->isVisible());
    QVERIFY(table->isVisible());
    QVERIFY(tab->structPane()->isVisible());
    QVERIFY(rows->highContrast());
    QVERIFY(tab->hexView()->highContrast());
    // The explanations fold away; the table lists the attached segment only.
    QVERIFY(!info->isVisible());
    QVERIFY(!note->isVisible());
    QVERIFY(!window.statusBar()->isVisible());
    QVERIFY(table->isColumnHidden(app::SegmentTableModel::OwnerColumn));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    // A segment attached while presenting gets the same highlight.
    testutils::SegmentGuard second;
    QVERIFY(second.create(testutils::uniqueKey(72), 56, 0600));
    app::SegmentTab *secondTab = window.attachSegment(second.id(), core::Attachment::Mode::ReadOnly);
    QVERIFY(secondTab->hexView()->highContrast());

    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(!window.isPresenting());
    QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
    QCOMPARE(window.zoom(), 100);
    QVERIFY(details->isVisible());
    QVERIFY(!callLog->isVisible());
    QVERIFY(!rows->highContrast());
    QVERIFY(!tab->hexView()->highContrast());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionPresentation"))->isChecked());
    QCOMPARE(shownColumns(), columnsBefore);
    QCOMPARE(tab->hexView()->bytesPerLine(), bytesPerLine);
    QVERIFY(info->isVisibleTo(tab)); // the second tab is the current one
    QVERIFY(secondTab->findChild<QWidget *>(QStringLiteral("segmentInfo"))->isVisible());
    QVERIFY(window.statusBar()->isVisible());
    QVERIFY(window.menuBar()->isVisible());
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("filterEdit"))->isVisible());
    // Every segment again, both of ours among them.
    QTRY_VERIFY(window.segmentModel()->rowOfShmid(second.id()) >= 0);
    QCOMPARE(table->model()->rowCount(), window.segmentModel()->rowCount());
    QVERIFY(table->model()->rowCount() >= 2);
}

void TestPresentation::theZoomIsForgottenOutsidePresentation()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setPresentation(true);
    window.setZoom(200);
    window.setPresentation(false);
    QCOMPARE(window.statusBar()->currentMessage(), QString());
}

void TestPresentation::theRoomSeesTheRecordWhole_data()
{
    QTest::addColumn<int>("zoom");
    QTest::addColumn<QString>("language");
    QTest::newRow("100%") << 100 << QStringLiteral("en");
    QTest::newRow("150%") << 150 << QStringLiteral("en");
    QTest::newRow("200%") << 200 << QStringLiteral("en");
    QTest::newRow("300%") << 300 << QStringLiteral("en");
    QTest::newRow("200% Chinese") << 200 << QStringLiteral("zh");
}

void TestPresentation::theRoomSeesTheRecordWhole()
{
    QFETCH(int, zoom);
    QFETCH(QString, language);
    QCOMPARE(LongName.toUtf8().size(), core::StPid::MaxNameBytes);
    auto *languages = app::LanguageManager::instance();
    languages->setChoice(language == QStringLiteral("zh") ? app::LanguageManager::Choice::SimplifiedChinese
                                                          : app::LanguageManager::Choice::English);
    LessonWriter writer(testutils::uniqueKey(73), LongName);
    const int shmid = writer.waitForShmid();
    QVERIFY2(shmid >= 0, "shmdemo did not make its segment");
    QScreen *projector = guitest::screenNamed(QStringLiteral("projector"));
    QVERIFY(projector);
    QCOMPARE(projector->geometry().size(), QSize(1280, 720));

    MainWindow window;
    window.setScreen(projector);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    app::SegmentTab *tab = window.attachSegment(shmid, core::Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    window.setPresentation(true);
    window.setZoom(zoom);
    QTRY_COMPARE(window.geometry(), projector->geometry());
    QTreeView *fields = tab->structPane()->view();
    const QModelIndexList values = rowsOf(fields, app::StructModel::ValueColumn);
    QVERIFY(values.size() >= 2);
    QTRY_COMPARE(values.at(1).data().toString(), LongName);
    QTRY_COMPARE(values.at(0).data().toString(), QString::number(writer.pid()));
    QTableView *table = window.segmentTable();
    QTRY_COMPARE(table->model()->rowCount(), 1);
    app::HexView *hex = tab->hexView();
    // Every problem the room would see, one a line: the layout settles as the fonts and sizes do.
    const auto problems = [&] {
        QStringList found;
        const auto add = [&found](const QString &problem) {
            if (!problem.isEmpty())
                found << problem;
        };
        for (int column : {app::StructModel::TypeColumn, app::StructModel::OffsetColumn,
                           app::StructModel::ValueColumn}) {
            if (fields->isColumnHidden(column))
                found << QStringLiteral("struct column %1 hidden").arg(column);
        }
        for (int column = 0; column < app::StructModel::ColumnCount; ++column) {
            if (fields->isColumnHidden(column))
                continue;
            for (const QModelIndex &cell : rowsOf(fields, column))
                add(guitest::cellProblem(fields, cell));
            add(headerProblem(fields->header(), column));
        }
        for (int column : {app::SegmentTableModel::KeyColumn, app::SegmentTableModel::ShmidColumn,
                           app::SegmentTableModel::NattchColumn, app::SegmentTableModel::StatusColumn}) {
            if (table->isColumnHidden(column))
                found << QStringLiteral("table column %1 hidden").arg(column);
            else
                add(guitest::cellProblem(table, table->model()->index(0, column)));
        }
        for (int column = 0; column < app::SegmentTableModel::ColumnCount; ++column) {
            if (!table->isColumnHidden(column))
                add(headerProblem(table->horizontalHeader(), column));
        }
        // The record's 56 bytes: every one of their rows whole in the hex view, and each row whole across.
        const int rows = (int(core::StPid::Size) + hex->bytesPerLine() - 1) / hex->bytesPerLine();
        if (hex->viewport()->height() < rows * QFontMetrics(hex->font()).height())
            found << QStringLiteral("%1 hex rows of %2 bytes in %3 px")
                         .arg(rows)
                         .arg(hex->bytesPerLine())
                         .arg(hex->viewport()->height());
        if (hex->horizontalScrollBar()->maximum() > 0)
            found << QStringLiteral("hex rows cut across");
        return found.join(QLatin1Char('\n'));
    };
    const bool settled = QTest::qWaitFor([&] { return problems().isEmpty(); });
    saveShot(window, QStringLiteral("presentation-%1-%2").arg(zoom).arg(language)); // what is wrong, if anything
    QVERIFY2(settled, qPrintable(problems()));
    // The call log's latest line in view.
    auto *log = window.callLog()->findChild<QTableView *>(QStringLiteral("callLogView"));
    QVERIFY(log->isVisible());
    QVERIFY(log->viewport()->height() >= log->verticalHeader()->defaultSectionSize());
    const QModelIndex last = log->model()->index(log->model()->rowCount() - 1, 0);
    QVERIFY(log->viewport()->rect().contains(log->visualRect(last)));
    // F11 leaves, whatever bars the space took away, and gives them back.
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(!window.isPresenting());
    QVERIFY(window.menuBar()->isVisible());
    QVERIFY(window.statusBar()->isVisible());
    QVERIFY(!fields->isColumnHidden(app::StructModel::NameColumn));
    QVERIFY(!fields->isColumnHidden(app::StructModel::DescriptionColumn));
    QTRY_VERIFY(!(window.windowState() & Qt::WindowFullScreen));
    saveShot(window, QStringLiteral("after-presentation-%1-%2").arg(zoom).arg(language));
    languages->setChoice(app::LanguageManager::Choice::English);
}

void TestPresentation::aSmallScreenAtTripleSizeScrolls()
{
    LessonWriter writer(testutils::uniqueKey(74), LongName);
    const int shmid = writer.waitForShmid();
    QVERIFY(shmid >= 0);
    QScreen *netbook = guitest::screenNamed(QStringLiteral("netbook"));
    QVERIFY(netbook);
    MainWindow window;
    window.setScreen(netbook);
    window.move(netbook->geometry().topLeft());
    window.show();
    app::SegmentTab *tab = window.attachSegment(shmid, core::Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    window.setPresentation(true);
    window.setZoom(300);
    QTRY_COMPARE(window.geometry(), netbook->geometry());
    QApplication::processEvents();
    saveShot(window, QStringLiteral("netbook-300"));
    // Nothing wider than the screen, and what does not fit scrolls.
    QTreeView *fields = tab->structPane()->view();
    QVERIFY(tab->width() <= 1024);
    QVERIFY(fields->width() <= 1024);
    const QModelIndexList values = rowsOf(fields, app::StructModel::ValueColumn);
    const QRect name = fields->visualRect(values.at(1));
    QVERIFY(name.right() < fields->viewport()->width() || fields->horizontalScrollBar()->maximum() > 0
            || name.width() < QFontMetrics(fields->font()).horizontalAdvance(values.at(1).data().toString()));
    window.setPresentation(false);
}

void TestPresentation::manyFieldsAndAHugeValueScroll()
{
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(testutils::uniqueKey(75), 8192, 0600));
    QString fields = QStringLiteral("struct many {\n  char huge[4000];\n");
    for (int i = 0; i < 500; ++i)
        fields += QStringLiteral("  int field%1;\n").arg(i);
    fields += QStringLiteral("};\n");
    {
        testutils::Mapping mapping(segment.id());
        QVERIFY(mapping.ok());
        mapping.fill(0, QByteArray(3999, 'x'));
    }
    QScreen *projector = guitest::screenNamed(QStringLiteral("projector"));
    MainWindow window;
    window.setScreen(projector);
    window.show();
    app::SegmentTab *tab = window.attachSegment(segment.id(), core::Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    QString error;
    QVERIFY2(guitest::layOut(tab->structPane(), QStringLiteral("many"), fields, &error), qPrintable(error));
    window.setPresentation(true);
    window.setZoom(200);
    QTRY_COMPARE(window.geometry(), projector->geometry());
    QTreeView *view = tab->structPane()->view();
    // The segment's row whole above them.
    QTableView *table = window.segmentTable();
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTRY_VERIFY(table->viewport()->rect().contains(table->visualRect(table->model()->index(0, 0))));
    // The bytes and the fields share the height: a few rows of each, the rest scrolls.
    QTRY_VERIFY(view->viewport()->height() >= 3 * view->sizeHintForRow(0));
    QTRY_VERIFY(tab->hexView()->viewport()->height() >= 3 * QFontMetrics(tab->hexView()->font()).height());
    saveShot(window, QStringLiteral("many-fields-200"));
    QCOMPARE(view->model()->rowCount(), 501);
    QVERIFY(view->verticalScrollBar()->maximum() > 0); // the fields scroll
    QVERIFY(window.width() <= 1280);
    // The 4,000 characters: elided in the middle in a cell no wider than the screen, whole in the tooltip.
    const QModelIndex huge = view->model()->index(0, app::StructModel::ValueColumn);
    QTRY_COMPARE(huge.data().toString(), QString(3999, QLatin1Char('x')));
    QVERIFY(view->visualRect(huge).width() < QFontMetrics(view->font()).horizontalAdvance(huge.data().toString()));
    QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
    const QPoint at = view->visualRect(huge).center();
    QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), QString(3999, QLatin1Char('x')));
    // A value that fits keeps the model's own tooltip (or none).
    const QModelIndex offset = view->model()->index(0, app::StructModel::OffsetColumn);
    const QPoint offsetAt = view->visualRect(offset).center();
    QHelpEvent offsetHelp(QEvent::ToolTip, offsetAt, view->viewport()->mapToGlobal(offsetAt));
    QApplication::sendEvent(view->viewport(), &offsetHelp);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("0x0"));
    window.setPresentation(false);
}

void TestPresentation::emptyTableThatFillsShowsWholeKeys()
{
    // A window whose table starts empty (a filter that nothing matches), then fills.
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(0x7fedcba9, 64, 0600));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    filter->setText(QStringLiteral("nothing has this"));
    QTRY_VERIFY(window.segmentModel()->rowOfShmid(segment.id()) >= 0);
    QTableView *table = window.segmentTable();
    QCOMPARE(table->model()->rowCount(), 0);
    filter->setText(QStringLiteral("0x7fedcba9"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    const QModelIndex key = table->model()->index(0, app::SegmentTableModel::KeyColumn);
    QCOMPARE(key.data().toString(), QStringLiteral("0x7fedcba9"));
    const QString problem = guitest::cellProblem(table, key);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    window.setZoom(250);
    QApplication::processEvents();
    const QString zoomed = guitest::cellProblem(table, table->model()->index(0, app::SegmentTableModel::KeyColumn));
    QVERIFY2(zoomed.isEmpty(), qPrintable(zoomed));
}

void TestPresentation::draggedWidthSurvivesARestartAndAFittedOneIsNotSaved()
{
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(testutils::uniqueKey(76), 64, 0600));
    QTemporaryDir folder; // the settings file, in a fresh folder, never the user's
    QVERIFY(folder.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    {
        MainWindow first;
        first.settings()->restore();
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        QTRY_VERIFY(first.segmentModel()->rowOfShmid(segment.id()) >= 0);
        QHeaderView *header = first.segmentTable()->horizontalHeader();
        guitest::dragColumnWidth(header, app::SegmentTableModel::OwnerColumn, 173);
        QCOMPARE(header->sectionSize(app::SegmentTableModel::OwnerColumn), 173);
        first.close();
    }
    QSettings saved;
    saved.beginGroup(app::Settings::ColumnWidthsGroup);
    QCOMPARE(saved.childKeys(), QStringList{QStringLiteral("OwnerColumn")});
    QCOMPARE(saved.value(QStringLiteral("OwnerColumn")).toInt(), 173);
    saved.endGroup();

    MainWindow second;
    second.settings()->restore();
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QTRY_VERIFY(second.segmentModel()->rowOfShmid(segment.id()) >= 0);
    QTableView *table = second.segmentTable();
    QCOMPARE(table->horizontalHeader()->sectionSize(app::SegmentTableModel::OwnerColumn), 173);
    // The key, never dragged, is as wide as a key, whatever the header state saved.
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QString problem = guitest::cellProblem(table, table->model()->index(r, app::SegmentTableModel::KeyColumn));
        if (table->visualRect(table->model()->index(r, 0)).bottom() < table->viewport()->height())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    // Double-clicking the handle gives the width back to the fitting, and it is no longer saved.
    QHeaderView *header = table->horizontalHeader();
    const int edge = header->sectionViewportPosition(app::SegmentTableModel::OwnerColumn)
                     + header->sectionSize(app::SegmentTableModel::OwnerColumn) - 1;
    QTest::mouseDClick(header->viewport(), Qt::LeftButton, {}, QPoint(edge, header->height() / 2));
    QVERIFY(second.tableColumns()->chosenWidths().isEmpty());
    QCOMPARE(header->sectionSize(app::SegmentTableModel::OwnerColumn),
             second.tableColumns()->neededWidth(app::SegmentTableModel::OwnerColumn));
    second.close();
    QSettings after;
    after.beginGroup(app::Settings::ColumnWidthsGroup);
    QCOMPARE(after.childKeys(), QStringList());
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" SHMSCOPE_TEST_DATA "/screens.json");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShmScope")); // else QSettings() keeps nothing
    TestPresentation test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_presentation.moc"
