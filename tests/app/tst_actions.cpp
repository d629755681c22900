// Every action of the main window's menus and of a segment's tab has a keyboard shortcut, shown in its
// menu, that no other action of the window shares, and an icon of the program's own set that really paints.
// (An SVG icon without Qt's SVG plugin, libqt6svg6, is not null but paints nothing, and nothing warns.)

#include "app/mainwindow.h"
#include "app/segment/segmenttab.h"
#include "testutils.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QIcon>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>

using app::MainWindow;

namespace {

// At least a few dozen opaque pixels at 16x16, the size menus use.
bool paints(const QIcon &icon)
{
    const QImage image = icon.pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32);
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
    }
    return opaque >= 24;
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}

// The actions of the menu bar's menus, as "Menu > Action". A submenu (View > Language) is a list of
// choices, each named in its own language: the submenu itself is reached by its mnemonic.
QList<std::pair<QString, QAction *>> menuActions(const MainWindow &window)
{
    QList<std::pair<QString, QAction *>> actions;
    for (const QAction *menuAction : window.menuBar()->actions()) {
        const QMenu *menu = menuAction->menu();
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator() && !action->menu())
                actions.append(
                    {plain(menu->title()) + QStringLiteral(" > ") + plain(action->text()), action});
        }
    }
    return actions;
}

// What an action lacks, or nothing.
QStringList lacks(const QString &name, const QAction *action)
{
    QStringList missing;
    if (action->shortcut().isEmpty())
        missing << name + QStringLiteral(": no shortcut");
    if (!paints(action->icon()))
        missing << name + QStringLiteral(": no icon that paints");
    return missing;
}

} // namespace

class TestActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void menuActionsHaveShortcutsAndIcons();
    void tabActionsHaveShortcutsAndIcons();
    void iconsAreOneSet();
};

void TestActions::menuActionsHaveShortcutsAndIcons()
{
    MainWindow window;
    const auto actions = menuActions(window);
    QStringList names;
    QStringList missing;
    QHash<QKeySequence, QString> owners;
    for (const auto &[name, action] : actions) {
        names << name;
        missing << lacks(name, action);
        // Two actions on one key: Qt runs neither and says only "Ambiguous shortcut overload".
        for (const QKeySequence &key : action->shortcuts()) {
            if (owners.contains(key))
                missing << QStringLiteral("%1 and %2 share %3").arg(owners.value(key), name, key.toString());
            owners.insert(key, name);
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    // The menus hold what the issue lists, the docks' toggles and the guide.
    for (const char *expected :
         {"Segment > New Segment", "Segment > Detach", "Segment > Quit", "View > Refresh Now",
          "View > Presentation Mode", "View > Zoom In", "View > Actual Size", "View > Call Log",
          "View > Details", "Lesson > Run Lesson Writer", "Lesson > Stop All Writers",
          "Lesson > Lesson Writers", "Help > ShmScope Guide", "Help > About ShmScope"})
        QVERIFY2(names.contains(QLatin1String(expected)), qPrintable(names.join(QStringLiteral(", "))));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionHelp"))->shortcut(), QKeySequence(Qt::Key_F1));
}

void TestActions::tabActionsHaveShortcutsAndIcons()
{
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(testutils::uniqueKey(95), 256, 0600));
    MainWindow window;
    window.show();
    app::SegmentTab *tab = window.attachSegment(segment.id(), core::Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    QHash<QKeySequence, QString> windowKeys;
    for (const auto &[name, action] : menuActions(window)) {
        for (const QKeySequence &key : action->shortcuts())
            windowKeys.insert(key, name);
    }
    QStringList missing;
    int count = 0;
    for (QAction *action : tab->actions()) {
        if (action->isSeparator())
            continue;
        ++count;
        const QString name = plain(action->text());
        missing << lacks(name, action);
        // The hex view's context menu lists them: with their keys.
        if (!action->isShortcutVisibleInContextMenu())
            missing << name + QStringLiteral(": shortcut hidden in the context menu");
        // A key of the window's, or of another action of the tab, would do nothing while the tab has the
        // focus.
        for (const QKeySequence &key : action->shortcuts()) {
            if (windowKeys.contains(key))
                missing
                    << QStringLiteral("%1 and %2 share %3").arg(name, windowKeys.value(key), key.toString());
            windowKeys.insert(key, name);
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    QVERIFY(count >= 8); // undo, redo, go to, find, find next, copy as hex, text and C array
}

// One set: the same 24-unit grid and the same few colours and stroke widths in every toolbar icon.
void TestActions::iconsAreOneSet()
{
    const QDir icons(QStringLiteral(":/icons"));
    const QStringList files = icons.entryList({QStringLiteral("*.svg")});
    QVERIFY(files.size() >= 25);
    const QStringList colours = {QStringLiteral("#2d7dd2"), QStringLiteral("#27ae60"),
                                 QStringLiteral("#c0392b"), QStringLiteral("#e67e22"),
                                 QStringLiteral("none")};
    const QRegularExpression colour(QStringLiteral("(?:fill|stroke)=\"([^\"]*)\""));
    const QRegularExpression width(QStringLiteral("stroke-width=\"([^\"]*)\""));
    for (const QString &name : files) {
        if (name == QLatin1String("shmscope.svg"))
            continue; // the application's own icon, drawn at 64 units
        QFile file(icons.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY2(svg.contains(QLatin1String("viewBox=\"0 0 24 24\"")), qPrintable(name));
        for (const QRegularExpressionMatch &match : colour.globalMatch(svg))
            QVERIFY2(colours.contains(match.captured(1)),
                     qPrintable(name + QLatin1Char(' ') + match.captured(1)));
        for (const QRegularExpressionMatch &match : width.globalMatch(svg))
            QVERIFY2(match.captured(1) == QLatin1String("2") || match.captured(1) == QLatin1String("2.5"),
                     qPrintable(name + QLatin1Char(' ') + match.captured(1)));
        QVERIFY2(paints(QIcon(icons.filePath(name))), qPrintable(name));
    }
}

QTEST_MAIN(TestActions)
#include "tst_actions.moc"
