// Presentation mode and zoom of the real window, offscreen: F11 and Ctrl +/- as a teacher presses them.

#include "app/lesson/calllogpane.h"
#include "app/mainwindow.h"
#include "app/segment/hexview.h"
#include "app/segment/segmenttab.h"
#include "app/structs/structpane.h"
#include "app/table/refreshcontroller.h"
#include "app/table/rowhighlightdelegate.h"
#include "testutils.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using app::MainWindow;

class TestPresentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void zoomStaysBetween100And300();
    void zoomReachesTheBytes();
    void f11ShowsTheLessonLayoutAndGivesItBack();
};

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
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
