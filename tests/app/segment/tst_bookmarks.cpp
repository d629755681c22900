// Bookmarks in the real window, offscreen, on real segments: added from the hex selection, the cursor and a
// struct field, listed with live previews of another process's writes (shmpoke), painted in their colour
// under the bytes and named by the tooltip there, stepped through with Ctrl+B and Ctrl+Shift+B round the
// ends, renamed, recoloured and removed, and remembered for the key in a real settings file in a temporary
// folder: after a detach, after a restart of the window, but not for a private segment. A bookmark that a
// smaller segment of the same key has no bytes for says "past the end" and is neither drawn nor stepped to.

#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/bookmarkmodel.h"
#include "app/segment/bookmarkpane.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/settings.h"
#include "app/structs/structmodel.h"
#include "app/structs/structpane.h"
#include "core/posix/posixscanner.h"
#include "core/translations.h"
#include "app/guitest.h"
#include "testutils.h"

#include <QColorDialog>
#include <QHelpEvent>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>

#include <memory>

#include <sys/stat.h>

using app::BookmarkModel;
using app::BookmarkPane;
using app::HexView;
using app::MainWindow;
using app::SegmentTab;
using core::Attachment;
using testutils::SegmentGuard;

namespace {

constexpr int Size = 256;

// Fills the Add Bookmark dialog once it shows: the name (unless null), a preset swatch's colour, then OK.
// The dialog's error line when it refused (it is cancelled then), in `error`.
void answerAddBookmark(const std::optional<QString> &name, const QString &colour, QString *error = nullptr)
{
    guitest::whenModalShows([name, colour, error](QWidget *dialog) {
        if (name)
            dialog->findChild<QLineEdit *>(QStringLiteral("bookmarkName"))->setText(*name);
        if (auto *swatch = dialog->findChild<QToolButton *>(QStringLiteral("swatch") + colour.mid(1)))
            swatch->click();
        const QString refused = guitest::acceptOrCancel(dialog);
        if (error)
            *error = refused;
    });
}

// What the pane's row says, column by column: "header | 00000010 | 4 | 10 11 12 13 = 319951120".
QString rowText(const BookmarkModel *model, int row)
{
    QStringList cells;
    for (int column = 0; column < BookmarkModel::ColumnCount; ++column)
        cells << model->index(row, column).data().toString();
    return cells.join(QStringLiteral(" | "));
}

// The colour `over` painted with `alpha` on `base`, as QPainter blends a translucent fill on an opaque one.
QColor blended(const QColor &base, const QColor &over, float alpha)
{
    const auto mix = [alpha](int b, int o) { return int(b + (o - b) * alpha + 0.5f); };
    return {mix(base.red(), over.red()), mix(base.green(), over.green()), mix(base.blue(), over.blue())};
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 3 && std::abs(a.green() - b.green()) <= 3 && std::abs(a.blue() - b.blue()) <= 3;
}

} // namespace

class TestBookmarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addFromTheSelectionAndTheCursor();
    void emptyNameIsRefused();
    void addFromAStructField();
    void previewFollowsAnotherProcessesWrites();
    void hexViewPaintsTheColourAndNamesTheBookmark();
    void ctrlBAndCtrlShiftBStepRoundTheEnds();
    void renameRecolourAndRemove();
    void surviveADetachAndARestart();
    void privateSegmentIsNotRemembered();
    void pastTheEndIsShownButNeverDrawnNorSteppedTo();
    void posixObjectKeepsItsBookmarksByName();
    void badStoredLinesAreSkippedWithAWarning();
    void presentationModeFoldsThePaneAway();

private:
    SegmentTab *attach(int shmid, Attachment::Mode mode = Attachment::Mode::ReadOnly);
    // Adds a bookmark of [offset, offset + size) through the action and its dialog; false when refused.
    bool add(SegmentTab *tab, quint64 offset, quint64 size, const QString &name,
             const QString &colour = QStringLiteral("#c0392b"));
    void restart();
    [[nodiscard]] QString settingsText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    SegmentGuard m_segment;
    key_t m_key = 0;
};

void TestBookmarks::initTestCase()
{
    core::Translations::instance().use(core::Translations::Language::English);
    QStandardPaths::setTestModeEnabled(true);
    // Without an organization, QSettings() reads and writes nothing: the bookmarks would not be kept.
    QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
}

void TestBookmarks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A settings file of this test's own, never the user's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
    QVERIFY(QSettings().fileName().startsWith(m_dir->path()));
    m_key = testutils::uniqueKey(19);
    QVERIFY(m_segment.create(m_key, Size, 0600));
    testutils::Mapping mapping(m_segment.id());
    QVERIFY(mapping.ok());
    QByteArray pattern(Size, '\0');
    for (int i = 0; i < Size; ++i)
        pattern[i] = char(i);
    mapping.fill(0, pattern);
    restart();
}

void TestBookmarks::cleanup()
{
    guitest::removeModalPolls();
    m_window.reset(); // detaches before the segment goes
    m_segment.reset();
    m_dir.reset();
}

void TestBookmarks::restart()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->settings()->restore();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QString TestBookmarks::settingsText() const
{
    QFile file(QSettings().fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

SegmentTab *TestBookmarks::attach(int shmid, Attachment::Mode mode)
{
    SegmentTab *tab = m_window->attachSegment(shmid, mode);
    if (tab)
        tab->hexView()->setFocus();
    return tab;
}

bool TestBookmarks::add(SegmentTab *tab, quint64 offset, quint64 size, const QString &name, const QString &colour)
{
    tab->hexView()->setSelection(offset, size);
    const int before = tab->bookmarkPane()->model()->rowCount();
    answerAddBookmark(name, colour);
    guitest::action(*tab, "addBookmarkAction")->trigger();
    // The dialog gone, the window is the active one again, the bytes in the focus: keys go to the tab.
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        qWarning("the window did not become active again");
    tab->hexView()->setFocus();
    return tab->bookmarkPane()->model()->rowCount() == before + 1;
}

void TestBookmarks::addFromTheSelectionAndTheCursor()
{
    SegmentTab *tab = attach(m_segment.id());
    QVERIFY(tab);
    BookmarkPane *pane = tab->bookmarkPane();
    QCOMPARE(pane->objectName(), QStringLiteral("bookmarkPane"));
    // Right of the bytes, with the other side panes; hidden while there is no bookmark.
    QCOMPARE(pane->parentWidget()->objectName(), QStringLiteral("sidePanes"));
    QVERIFY(!pane->isVisible());

    // Ctrl+D on a selection, the dialog's default name kept.
    tab->hexView()->setSelection(0x10, 4);
    QString refused;
    answerAddBookmark(std::nullopt, QStringLiteral("#2d7dd2"), &refused);
    QTest::keyClick(tab->hexView(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    QVERIFY(pane->isVisible());
    const BookmarkModel *model = pane->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(rowText(model, 0), QStringLiteral("Bookmark 1 | 00000010 | 4 | 10 11 12 13 = 319951120"));
    QCOMPARE(model->bookmark(0).colour, QStringLiteral("#2d7dd2"));
    QCOMPARE(model->index(0, 0).data(Qt::DecorationRole).value<QColor>(), QColor(0x2d, 0x7d, 0xd2));
    QCOMPARE(pane->findChild<QLabel *>()->text(), QStringLiteral("Bookmarks"));
    QVERIFY(!pane->findChild<QLabel *>(QStringLiteral("bookmarkNote"))->isVisible());

    // No selection: the byte at the cursor.
    tab->hexView()->setCursorOffset(0x40);
    answerAddBookmark(QStringLiteral("flag"), QStringLiteral("#27ae60"), &refused);
    guitest::action(*tab, "addBookmarkAction")->trigger();
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(rowText(model, 1), QStringLiteral("flag | 00000040 | 1 | 40 = 64"));

    // More than 16 bytes: the first 16 and "…", no number.
    QVERIFY(add(tab, 0x80, 20, QStringLiteral("long")));
    QCOMPARE(rowText(model, 2),
             QStringLiteral("long | 00000080 | 20 | 80 81 82 83 84 85 86 87 88 89 8a 8b 8c 8d 8e 8f …"));
    // Remembered at once, before any close.
    QVERIFY2(settingsText().contains(QStringLiteral("0x10 4 #2d7dd2 Bookmark 1")), qPrintable(settingsText()));
}

void TestBookmarks::emptyNameIsRefused()
{
    SegmentTab *tab = attach(m_segment.id());
    QVERIFY(tab);
    tab->hexView()->setSelection(0x10, 4);
    QString refused;
    answerAddBookmark(QStringLiteral("   "), QStringLiteral("#c0392b"), &refused);
    guitest::action(*tab, "addBookmarkAction")->trigger();
    QCOMPARE(refused, QStringLiteral("A bookmark needs a name."));
    QCOMPARE(tab->bookmarkPane()->model()->rowCount(), 0);
    QVERIFY(!settingsText().contains(QStringLiteral("bookmarks")));
    // Cancelled: nothing either.
    guitest::whenModalShows([](QWidget *dialog) {
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    });
    guitest::action(*tab, "addBookmarkAction")->trigger();
    QCOMPARE(tab->bookmarkPane()->model()->rowCount(), 0);
}

void TestBookmarks::addFromAStructField()
{
    SegmentTab *tab = attach(m_segment.id());
    QVERIFY(tab);
    QString error;
    QVERIFY2(guitest::layOut(tab->structPane(), QStringLiteral("rec"),
                             QStringLiteral("struct rec { int id; char name[12]; unsigned short port; };"), &error),
             qPrintable(error));
    const app::StructModel *fields = tab->structPane()->model();
    const QModelIndexList found =
        fields->match(fields->index(0, app::StructModel::NameColumn), Qt::DisplayRole, QStringLiteral("name"), 1,
                      Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    tab->structPane()->view()->setCurrentIndex(found.first());
    // The field's own name is offered: OK keeps it.
    QString refused;
    answerAddBookmark(std::nullopt, QStringLiteral("#e67e22"), &refused);
    guitest::action(*tab->structPane(), "bookmarkFieldAction")->trigger();
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    const BookmarkModel *model = tab->bookmarkPane()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(rowText(model, 0), QStringLiteral("name | 00000004 | 12 | 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f"));
    QCOMPARE(model->bookmark(0).colour, QStringLiteral("#e67e22"));
}

void TestBookmarks::previewFollowsAnotherProcessesWrites()
{
    // 64 KiB: with the hex view at the end, the bookmark's bytes are read for the pane alone.
    SegmentGuard big;
    QVERIFY(big.create(IPC_PRIVATE, 65536, 0600));
    QVERIFY(testutils::poke(big.id(), 0x20, QByteArrayLiteral("\x20\x21")));
    SegmentTab *tab = attach(big.id());
    QVERIFY(tab);
    app::SegmentDocument *document = tab->document();
    document->setTickInterval(50);
    QVERIFY(add(tab, 0x20, 2, QStringLiteral("port")));
    const BookmarkModel *model = tab->bookmarkPane()->model();
    const QModelIndex value = model->index(0, BookmarkModel::ValueColumn);
    QCOMPARE(value.data().toString(), QStringLiteral("20 21 = 8480"));
    tab->hexView()->setCursorOffset(65535);
    QTRY_VERIFY(document->windowOffset() > 0x1000);
    // A few ticks read the bytes as they are, then another process writes them.
    const qint64 before = document->clockMs();
    QTRY_VERIFY(document->recorder().lastMs() > before);
    QVERIFY(testutils::poke(big.id(), 0x20, QByteArrayLiteral("\xaa\xbb")));
    QTRY_COMPARE(value.data().toString(), QStringLiteral("aa bb = 48042"));
    QVERIFY(document->windowOffset() > 0x1000); // not through the hex view's window

    // The time slider's moment before the write: the preview as the pane read it then.
    document->showMoment(before);
    QCOMPARE(value.data().toString(), QStringLiteral("20 21 = 8480"));
    document->showMoment(std::nullopt);
    QCOMPARE(value.data().toString(), QStringLiteral("aa bb = 48042"));
    m_window.reset(); // detaches before `big` goes
}

void TestBookmarks::hexViewPaintsTheColourAndNamesTheBookmark()
{
    SegmentTab *tab = attach(m_segment.id());
    QVERIFY(tab);
    QVERIFY(add(tab, 0x12, 3, QStringLiteral("header"), QStringLiteral("#c0392b")));
    HexView *view = tab->hexView();
    view->setCursorOffset(0x60); // the selection, which would cover the fill, elsewhere
    QTRY_VERIFY(quint64(tab->document()->window().size()) > 0x20);
    const QImage image = view->viewport()->grab().toImage();
    const QColor base = view->palette().color(QPalette::Base);
    const QColor expected = blended(base, QColor(0xc0, 0x39, 0x2b), HexView::BookmarkAlpha);
    const auto pixelOf = [&](quint64 offset, HexView::Area area) {
        const QRect cell = view->cellRect(offset, area);
        return image.pixelColor(cell.topLeft() + QPoint(1, 1));
    };
    for (const quint64 offset : {0x12, 0x13, 0x14}) {
        QVERIFY2(near(pixelOf(offset, HexView::Area::Hex), expected),
                 qPrintable(QStringLiteral("hex 0x%1: %2, not %3")
                                .arg(offset, 0, 16)
                                .arg(pixelOf(offset, HexView::Area::Hex).name(), expected.name())));
        QVERIFY(near(pixelOf(offset, HexView::Area::Text), expected));
    }
    for (const quint64 offset : {0x11, 0x15}) {
        QVERIFY2(near(pixelOf(offset, HexView::Area::Hex), base),
                 qPrintable(QStringLiteral("hex 0x%1: %2").arg(offset, 0, 16).arg(pixelOf(offset, HexView::Area::Hex).name())));
        QVERIFY(near(pixelOf(offset, HexView::Area::Text), base));
    }

    // The tooltip over a bookmarked byte names it; over another, none.
    const QPoint over = view->cellRect(0x13, HexView::Area::Hex).center();
    QHelpEvent help(QEvent::ToolTip, over, view->viewport()->mapToGlobal(over));
    QApplication::sendEvent(view->viewport(), &help);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Bookmark: header"));
    const QPoint away = view->cellRect(0x30, HexView::Area::Hex).center();
    QHelpEvent elsewhere(QEvent::ToolTip, away, view->viewport()->mapToGlobal(away));
    QApplication::sendEvent(view->viewport(), &elsewhere);
    QTRY_COMPARE(QToolTip::text(), QString());
}

void TestBookmarks::ctrlBAndCtrlShiftBStepRoundTheEnds()
{
    SegmentTab *tab = attach(m_segment.id());
    QVERIFY(tab);
    QVERIFY(add(tab, 0x30, 8, QStringLiteral("c")));
    QVERIFY(add(tab, 0x10, 4, QStringLiteral("a")));
    QVERIFY(add(tab, 0x20, 1, QStringLiteral("b")));
    QVERIFY(add(tab, 0x20, 1, QStringLiteral("b twin"))); // at the same offset: visited too
    HexView *view = tab->hexView();
    view->setCursorOffset(0);
    const auto step = [view](Qt::KeyboardModifiers modifiers) {
        QTest::keyClick(view, Qt::Key_B, modifiers);
        return QStringLiteral("0x%1+%2").arg(view->selectionStart(), 0, 16).arg(std::max<quint64>(1, view->selectionLength()));
    };
    const Qt::KeyboardModifiers next = Qt::ControlModifier;
    const Qt::KeyboardModifiers previous = Qt::ControlModifier | Qt::ShiftModifier;
    QCOMPARE(step(next), QStringLiteral("0x10+4"));
    QCOMPARE(view->cursorOffset(), 0x10u); // the cursor on the bookmark's first byte
    QCOMPARE(step(next), QStringLiteral("0x20+1"));
    QCOMPARE(tab->bookmarkPane()->view()->currentIndex().row(), 1);
    QCOMPARE(step(next), QStringLiteral("0x20+1"));
    QCOMPARE(tab->bookmarkPane()->view()->currentIndex().row(), 2);
    QCOMPARE(step(next), QStringLiteral("0x30+8"));
    QCOMPARE(step(next), QStringLiteral("0x10+4")); // round to the first
    QCOMPARE(step(previous), QStringLiteral("0x30+8")); // round to the last
    QCOMPARE(step(previous), QStringLiteral("0x20+1"));
    // From a cursor between bookmarks.
    view->setCursorOffset(0x18);
    QCOMPARE(step(previous), QStringLiteral("0x10+4"));
    view->setCursorOffset(0x18);
    QCOMPARE(step(next), QStringLiteral("0x20+1"));
}

void TestBookmarks::renameRecolourAndRemove()
{
    SegmentTab *tab = attach(m_segment.id());
    QVERIFY(tab);
    QVERIFY(add(tab, 0x10, 4, QStringLiteral("header")));
    QVERIFY(add(tab, 0x20, 4, QStringLiteral("body")));
    BookmarkPane *pane = tab->bookmarkPane();
    BookmarkModel *model = pane->model();

    // Renamed in place: an empty name is refused in the message bar, the name kept.
    QVERIFY(!model->setData(model->index(0, BookmarkModel::NameColumn), QStringLiteral(" ")));
    QCOMPARE(tab->messageBar()->text(), QStringLiteral("A bookmark needs a name."));
    QCOMPARE(model->bookmark(0).name, QStringLiteral("header"));
    QVERIFY(model->setData(model->index(0, BookmarkModel::NameColumn), QStringLiteral("magic")));
    QVERIFY2(settingsText().contains(QStringLiteral("0x10 4 #c0392b magic")), qPrintable(settingsText()));

    // Recoloured through the colour dialog.
    pane->view()->setCurrentIndex(model->index(1, 0));
    guitest::whenModalShows([](QWidget *dialog) {
        auto *colours = qobject_cast<QColorDialog *>(dialog);
        QVERIFY(colours);
        colours->setCurrentColor(QColor(0x16, 0xa0, 0x85));
        colours->accept();
    });
    pane->findChild<QAction *>(QStringLiteral("recolourBookmarkAction"))->trigger();
    QCOMPARE(model->bookmark(1).colour, QStringLiteral("#16a085"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY2(settingsText().contains(QStringLiteral("0x20 4 #16a085 body")), qPrintable(settingsText()));

    // Removed with Delete, and the pane goes with the last one.
    pane->view()->setFocus();
    pane->view()->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(pane->view(), Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->bookmark(0).name, QStringLiteral("body"));
    QVERIFY(!settingsText().contains(QStringLiteral("magic")));
    pane->view()->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(pane->view(), Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!pane->isVisible());
    QVERIFY2(!settingsText().contains(QStringLiteral("bookmarksForKey")), qPrintable(settingsText()));
}

void TestBookmarks::surviveADetachAndARestart()
{
    SegmentTab *tab = attach(m_segment.id());
    QVERIFY(tab);
    QVERIFY(add(tab, 0x10, 4, QStringLiteral("header, with a comma"), QStringLiteral("#8e44ad")));
    QVERIFY(add(tab, 0x40, 1, QStringLiteral("flag")));
    const QList<core::Bookmark> added = tab->bookmarkPane()->model()->bookmarks().bookmarks();

    // Detached and attached again (read-write, this time): the same bookmarks.
    guitest::action(*m_window, "actionDetach")->trigger();
    QCOMPARE(m_window->segmentTabs()->count(), 0);
    tab = attach(m_segment.id(), Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    QCOMPARE(tab->bookmarkPane()->model()->bookmarks().bookmarks(), added);
    QVERIFY(tab->bookmarkPane()->isVisible());

    // A new window with the same settings file, as the next start of the program.
    restart();
    tab = attach(m_segment.id());
    QVERIFY(tab);
    QCOMPARE(tab->bookmarkPane()->model()->bookmarks().bookmarks(), added);
    QCOMPARE(rowText(tab->bookmarkPane()->model(), 0),
             QStringLiteral("header, with a comma | 00000010 | 4 | 10 11 12 13 = 319951120"));
    // Kept under the segment's key, as the layouts are.
    const QString key = QStringLiteral("0x%1").arg(quint32(m_key), 8, 16, QLatin1Char('0'));
    QVERIFY2(settingsText().contains(QStringLiteral("[bookmarksForKey]\n") + key + QLatin1Char('=')),
             qPrintable(settingsText()));
}

void TestBookmarks::privateSegmentIsNotRemembered()
{
    SegmentGuard scratch;
    QVERIFY(scratch.create(IPC_PRIVATE, 64, 0600));
    SegmentTab *tab = attach(scratch.id());
    QVERIFY(tab);
    QVERIFY(add(tab, 0x8, 2, QStringLiteral("local")));
    auto *note = tab->bookmarkPane()->findChild<QLabel *>(QStringLiteral("bookmarkNote"));
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("Bookmarks of a private segment (key 0) are not remembered after it is closed."));
    QVERIFY2(!settingsText().contains(QStringLiteral("bookmarks")), qPrintable(settingsText()));
    guitest::action(*m_window, "actionDetach")->trigger();
    tab = attach(scratch.id());
    QVERIFY(tab);
    QCOMPARE(tab->bookmarkPane()->model()->rowCount(), 0);
    m_window.reset();
}

void TestBookmarks::pastTheEndIsShownButNeverDrawnNorSteppedTo()
{
    SegmentTab *tab = attach(m_segment.id());
    QVERIFY(tab);
    QVERIFY(add(tab, 0x10, 4, QStringLiteral("inside")));
    QVERIFY(add(tab, 0x3c, 8, QStringLiteral("straddles")));
    QVERIFY(add(tab, 0xf0, 8, QStringLiteral("beyond")));
    guitest::action(*m_window, "actionDetach")->trigger();

    // The same key, a segment of 64 bytes.
    m_segment.reset();
    QVERIFY(m_segment.create(m_key, 64, 0600));
    tab = attach(m_segment.id());
    QVERIFY(tab);
    const BookmarkModel *model = tab->bookmarkPane()->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(rowText(model, 0), QStringLiteral("inside | 00000010 | 4 | 00 00 00 00 = 0"));
    QCOMPARE(rowText(model, 1), QStringLiteral("straddles | 0000003c | 8 | past the end"));
    QCOMPARE(rowText(model, 2), QStringLiteral("beyond | 000000f0 | 8 | past the end"));
    QCOMPARE(model->index(2, 0).data(Qt::ForegroundRole).value<QColor>(),
             QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));

    // The straddling one's bytes in the segment are not painted.
    HexView *view = tab->hexView();
    view->setCursorOffset(0);
    QTRY_COMPARE(tab->document()->window().size(), 64);
    const QImage image = view->viewport()->grab().toImage();
    const QColor base = view->palette().color(QPalette::Base);
    QVERIFY(near(image.pixelColor(view->cellRect(0x3d, HexView::Area::Hex).topLeft() + QPoint(1, 1)), base));
    QVERIFY(!near(image.pixelColor(view->cellRect(0x11, HexView::Area::Hex).topLeft() + QPoint(1, 1)), base));

    // Ctrl+B visits only the one inside, round and round.
    QTest::keyClick(view, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(view->selectionStart(), 0x10u);
    QTest::keyClick(view, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(view->selectionStart(), 0x10u);
    QTest::keyClick(view, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(view->selectionStart(), 0x10u);
    // A click on one past the end says why nothing moves.
    tab->bookmarkPane()->jumpTo(2);
    QCOMPARE(tab->messageBar()->text(),
             QStringLiteral("The bookmark beyond (0xf0, 8 bytes) lies past the end of this segment, which has 64 "
                            "bytes: it is kept for the key, but there is nothing to show."));
    QCOMPARE(view->selectionStart(), 0x10u);
    // Still remembered, all three, for the key's next, bigger segment.
    QVERIFY2(settingsText().contains(QStringLiteral("0xf0 8 #")), qPrintable(settingsText()));
}

void TestBookmarks::posixObjectKeepsItsBookmarksByName()
{
    const testutils::PosixNameGuard guard("bookmarks");
    QByteArray bytes(100, '\0');
    bytes.replace(0, 4, QByteArrayLiteral("\x2a\x00\x00\x00"));
    QVERIFY(guard.create(bytes));
    const auto open = [this, &guard]() -> SegmentTab * {
        struct stat st = {};
        if (::stat(QFile::encodeName(guard.path()).constData(), &st) != 0)
            return nullptr;
        for (const core::PosixObject &object : core::PosixScanner().scan().objects) {
            if (object.inode == quint64(st.st_ino))
                return m_window->openPosixObject(object, core::PosixMapping::Mode::ReadOnly);
        }
        return nullptr;
    };
    SegmentTab *tab = open();
    QVERIFY(tab);
    QVERIFY(add(tab, 0, 4, QStringLiteral("answer")));
    QCOMPARE(rowText(tab->bookmarkPane()->model(), 0), QStringLiteral("answer | 00000000 | 4 | 2a 00 00 00 = 42"));
    QVERIFY(!tab->bookmarkPane()->findChild<QLabel *>(QStringLiteral("bookmarkNote"))->isVisible());
    guitest::action(*m_window, "actionDetach")->trigger();
    QCOMPARE(m_window->segmentTabs()->count(), 0);
    restart();
    tab = open();
    QVERIFY(tab);
    QCOMPARE(rowText(tab->bookmarkPane()->model(), 0), QStringLiteral("answer | 00000000 | 4 | 2a 00 00 00 = 42"));
    // By the name, percent-encoded as the layouts are ("%2Fshmscope_test_...").
    QCOMPARE(QSettings().value(QStringLiteral("bookmarksForName/%2F") + QString::fromUtf8(guard.name().mid(1))).toString(),
             QStringLiteral("0x0 4 #c0392b answer"));
    m_window.reset(); // unmaps before the guard unlinks
}

void TestBookmarks::badStoredLinesAreSkippedWithAWarning()
{
    // A settings file edited by hand: the good line is shown, the other skipped with a warning naming it.
    {
        QSettings settings;
        settings.setValue(QStringLiteral("bookmarksForKey/0x%1").arg(quint32(m_key), 8, 16, QLatin1Char('0')),
                          QStringList({QStringLiteral("0x10 4 #c0392b good"), QStringLiteral("0x20 four #c0392b bad")}));
    }
    QTest::ignoreMessage(QtWarningMsg, "bookmarks: skipping \"0x20 four #c0392b bad\": not \"0xOFFSET SIZE #rrggbb name\"");
    SegmentTab *tab = attach(m_segment.id());
    QVERIFY(tab);
    QCOMPARE(tab->bookmarkPane()->model()->rowCount(), 1);
    QCOMPARE(rowText(tab->bookmarkPane()->model(), 0), QStringLiteral("good | 00000010 | 4 | 10 11 12 13 = 319951120"));
    // A value that is not lines at all: ignored with a warning, the window as without it.
    {
        QSettings settings;
        settings.setValue(QStringLiteral("bookmarksForKey/0x%1").arg(quint32(m_key), 8, 16, QLatin1Char('0')),
                          QByteArray("\x01\x02"));
    }
    guitest::action(*m_window, "actionDetach")->trigger();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^settings: ignoring bookmarksForKey/.*: not lines of bookmarks$")));
    tab = attach(m_segment.id());
    QVERIFY(tab);
    QCOMPARE(tab->bookmarkPane()->model()->rowCount(), 0);
}

void TestBookmarks::presentationModeFoldsThePaneAway()
{
    SegmentTab *tab = attach(m_segment.id());
    QVERIFY(tab);
    QVERIFY(add(tab, 0x10, 4, QStringLiteral("header")));
    QVERIFY(tab->bookmarkPane()->isVisible());
    m_window->setPresentation(true);
    QVERIFY(!tab->bookmarkPane()->isVisible());
    // The bytes are still drawn in its colour, and Ctrl+B still steps.
    tab->hexView()->setCursorOffset(0);
    tab->nextBookmark();
    QCOMPARE(tab->hexView()->selectionStart(), 0x10u);
    m_window->setPresentation(false);
    QVERIFY(tab->bookmarkPane()->isVisible());
}

QTEST_MAIN(TestBookmarks)
#include "tst_bookmarks.moc"
