// What the program remembers between runs, with real windows and a real settings file in a temporary folder
// (never the user's): set, close, open a new window and find it as it was; a file of garbage or of wrong
// values changes nothing but a warning; the layouts used per key are kept there too; and app::Settings is
// the only code that reads or writes the file.

#include "app/columnfitter.h"
#include "app/mainwindow.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/settings.h"
#include "app/table/refreshcontroller.h"
#include "app/table/segmenttablemodel.h"
#include "core/layout/layoutlibrary.h"
#include "core/layout/structparser.h"
#include "guitest.h"
#include "testutils.h"

#include <QDirIterator>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>

#include <memory>

#include <sys/stat.h>

using app::MainWindow;
using app::SegmentTableModel;
using app::Settings;

namespace {

QDockWidget *dock(const MainWindow &window, const char *name)
{
    return window.findChild<QDockWidget *>(QLatin1String(name));
}

QTableView *table(const MainWindow &window)
{
    return window.findChild<QTableView *>(QStringLiteral("segmentTable"));
}

// A window as the user starts it: made, its settings restored, shown.
struct Started
{
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>();

    Started()
    {
        window->settings()->restore();
        window->show();
    }
};

// Each column: hidden, or its place on screen, and its width when the user chose it. The others are as wide
// as what they hold (which changes from one scan to the next), and the spare one takes what is left.
QString columnsOf(const MainWindow &window)
{
    const QHeaderView &header = *table(window)->horizontalHeader();
    const QMap<int, int> chosen = window.tableColumns()->chosenWidths();
    QStringList columns;
    for (int column = 0; column < header.count(); ++column) {
        if (header.isSectionHidden(column))
            columns << QStringLiteral("hidden");
        else if (chosen.contains(column))
            columns << QStringLiteral("%1@%2").arg(header.sectionSize(column)).arg(header.visualIndex(column));
        else
            columns << QStringLiteral("fitted@%1").arg(header.visualIndex(column));
    }
    return columns.join(QLatin1Char(' ')) + QStringLiteral(" sort %1 %2")
                                                .arg(header.sortIndicatorSection())
                                                .arg(int(header.sortIndicatorOrder()));
}

// What the settings cover, read from a window: equal for two windows that the user would call the same.
struct Look
{
    QSize size;
    bool detailsShown = false;
    bool callLogShown = false;
    QString columns; // each column: its place on screen (or "hidden") and width; then the sort
    int refreshMs = 0;
    double refreshShown = 0;
    int zoom = 0;

    explicit Look(const MainWindow &window)
        : size(window.size()), detailsShown(dock(window, "detailsDock")->isVisible()),
          callLogShown(dock(window, "callLogDock")->isVisible()),
          columns(columnsOf(window)),
          refreshMs(window.refreshController()->intervalMs()),
          refreshShown(window.findChild<QDoubleSpinBox *>(QStringLiteral("refreshInterval"))->value()),
          zoom(window.zoom())
    {
    }
    bool operator==(const Look &) const = default;
};

char *toString(const Look &look)
{
    return qstrdup(QStringLiteral("%1x%2 details %3 call log %4 columns %5 refresh %6 ms (%7 s) zoom %8")
                       .arg(look.size.width())
                       .arg(look.size.height())
                       .arg(look.detailsShown)
                       .arg(look.callLogShown)
                       .arg(look.columns)
                       .arg(look.refreshMs)
                       .arg(look.refreshShown)
                       .arg(look.zoom)
                       .toUtf8()
                       .constData());
}

QSpinBox *tabSpin(app::SegmentTab *tab, const char *name)
{
    return tab->findChild<QSpinBox *>(QLatin1String(name));
}

} // namespace

class TestWindowSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyDockAndToolbarHasAName();
    void closingSavesAndTheNextStartRestores();
    void presentationModeIsNotRemembered();
    void garbageFileIsIgnored_data();
    void garbageFileIsIgnored();
    void unreadableFileIsSetAside_data();
    void unreadableFileIsSetAside();
    void unreadableFileThatCannotBeMovedIsNeverRead();
    void wrongValuesAreIgnored_data();
    void wrongValuesAreIgnored();
    void layoutMemorySurvivesARestartOfTheSettings();
    void onlyTheSettingsClassUsesQSettings();

private:
    // The settings file every QSettings() of the test reads and writes.
    [[nodiscard]] QString settingsFile() const { return QSettings().fileName(); }
    void writeSettingsFile(const QByteArray &bytes) const;
    // The look of a window started without any settings, once it lists `shmid`.
    [[nodiscard]] static Look pristineLook(int shmid);

    std::unique_ptr<QTemporaryDir> m_dir;
    testutils::SegmentGuard m_segment;
};

void TestWindowSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // saved layouts and other paths: a test folder too
    // Without an organization, QSettings() reads and writes nothing (AccessError).
    QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
}

void TestWindowSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A fresh folder each test: QSettings() then names a file that nothing has read yet.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
    QVERIFY(settingsFile().startsWith(m_dir->path()));
    QVERIFY(m_segment.create(testutils::uniqueKey(90), 4096, 0600));
}

void TestWindowSettings::cleanup()
{
    m_segment.reset();
    m_dir.reset();
}

void TestWindowSettings::writeSettingsFile(const QByteArray &bytes) const
{
    QDir().mkpath(QFileInfo(settingsFile()).path());
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// After its first scan, which fits the columns to the rows.
Look TestWindowSettings::pristineLook(int shmid)
{
    MainWindow window;
    window.show();
    // Should it not come, the look compared with differs, and the test says how.
    if (!QTest::qWaitFor([&] { return window.segmentModel()->rowOfShmid(shmid) >= 0; }, 5000))
        qWarning("the window without settings never listed segment %d", shmid);
    return Look(window);
}

void TestWindowSettings::everyDockAndToolbarHasAName()
{
    // saveState() finds docks and toolbars by objectName; one without a name is not restored, silently.
    MainWindow window;
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    const QList<QToolBar *> toolBars = window.findChildren<QToolBar *>();
    QVERIFY(docks.size() >= 3); // details, call log, lesson writers
    QVERIFY(!toolBars.isEmpty());
    for (const QDockWidget *dock : docks)
        QVERIFY2(!dock->objectName().isEmpty(), qPrintable(dock->windowTitle()));
    for (const QToolBar *toolBar : toolBars)
        QVERIFY2(!toolBar->objectName().isEmpty(), qPrintable(toolBar->windowTitle()));
}

void TestWindowSettings::closingSavesAndTheNextStartRestores()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("settings:")));
    {
        Started first;
        QVERIFY(QTest::qWaitForWindowExposed(first.window.get()));
        first.window->resize(900, 560);
        dock(*first.window, "detailsDock")->hide();
        dock(*first.window, "callLogDock")->show();
        QTableView *firstTable = table(*first.window);
        // The first scan has fitted the columns to its rows.
        QTRY_VERIFY(first.window->segmentModel()->rowOfShmid(m_segment.id()) >= 0);
        QHeaderView *header = firstTable->horizontalHeader();
        firstTable->setColumnHidden(SegmentTableModel::OwnerColumn, true);
        firstTable->setColumnHidden(SegmentTableModel::SizeColumn, false);
        header->moveSection(header->visualIndex(SegmentTableModel::NattchColumn), 0);
        guitest::dragColumnWidth(header, SegmentTableModel::KeyColumn, 211);
        QCOMPARE(header->sectionSize(SegmentTableModel::KeyColumn), 211);
        firstTable->sortByColumn(SegmentTableModel::BytesColumn, Qt::DescendingOrder);
        first.window->findChild<QDoubleSpinBox *>(QStringLiteral("refreshInterval"))->setValue(2.5);
        first.window->setZoom(150);
        app::SegmentTab *tab = first.window->attachSegment(m_segment.id(), core::Attachment::Mode::ReadOnly);
        QVERIFY(tab);
        tabSpin(tab, "tickInterval")->setValue(250);
        tabSpin(tab, "bytesPerLine")->setValue(8);
        const Look before(*first.window);
        QVERIFY(first.window->close());

        const QSettings saved;
        QCOMPARE(saved.value(Settings::ZoomKey).toInt(), 150);
        QCOMPARE(saved.value(Settings::RefreshIntervalKey).toInt(), 2500);
        QCOMPARE(saved.value(Settings::TickIntervalKey).toInt(), 250);
        QCOMPARE(saved.value(Settings::BytesPerLineKey).toInt(), 8);

        Started second;
        QVERIFY(QTest::qWaitForWindowExposed(second.window.get()));
        QCOMPARE(second.window->size(), QSize(900, 560));
        QVERIFY(!dock(*second.window, "detailsDock")->isVisible());
        QVERIFY(dock(*second.window, "callLogDock")->isVisible());
        QCOMPARE(second.window->zoom(), 150);
        QCOMPARE(second.window->refreshController()->intervalMs(), 2500);
        // The columns, after the first scan has fitted them to its rows: the saved widths stay.
        QTRY_VERIFY(second.window->segmentModel()->rowOfShmid(m_segment.id()) >= 0);
        QHeaderView *restored = table(*second.window)->horizontalHeader();
        QVERIFY(table(*second.window)->isColumnHidden(SegmentTableModel::OwnerColumn));
        QVERIFY(!table(*second.window)->isColumnHidden(SegmentTableModel::SizeColumn));
        QCOMPARE(restored->visualIndex(SegmentTableModel::NattchColumn), 0);
        QCOMPARE(restored->sectionSize(SegmentTableModel::KeyColumn), 211);
        QCOMPARE(restored->sortIndicatorSection(), int(SegmentTableModel::BytesColumn));
        QCOMPARE(restored->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(Look(*second.window), before);
        QVERIFY(restored->length() >= restored->viewport()->width()); // no gap right of the last column

        // A new tab starts with the hex pane as it was last set, and so does the document behind it.
        app::SegmentTab *again =
            second.window->attachSegment(m_segment.id(), core::Attachment::Mode::ReadOnly);
        QVERIFY(again);
        QCOMPARE(tabSpin(again, "tickInterval")->value(), 250);
        QCOMPARE(again->document()->tickInterval(), 250);
        QCOMPARE(tabSpin(again, "bytesPerLine")->value(), 8);
        QCOMPARE(again->hexView()->bytesPerLine(), 8);
    }
}

void TestWindowSettings::presentationModeIsNotRemembered()
{
    {
        Started first;
        QVERIFY(QTest::qWaitForWindowExposed(first.window.get()));
        first.window->setZoom(125);
        first.window->setPresentation(true);
        QVERIFY(first.window->zoom() >= 150);
        first.window->close();
    }
    Started second;
    QVERIFY(QTest::qWaitForWindowExposed(second.window.get()));
    QVERIFY(!second.window->isPresenting());
    QVERIFY(!(second.window->windowState() & Qt::WindowFullScreen));
    QCOMPARE(second.window->zoom(), 125);
    QVERIFY(dock(*second.window, "detailsDock")->isVisible());
}

void TestWindowSettings::garbageFileIsIgnored_data()
{
    QTest::addColumn<QByteArray>("file");
    QByteArray binary(8192, '\0');
    QRandomGenerator random(6); // the same garbage every run
    for (char &byte : binary)
        byte = char(random.bounded(256));
    QTest::newRow("binary") << binary;
    QTest::newRow("text") << QByteArray("[[[ nonsense\n=== \\x\nzoom\n[view\nzoom=125\n");
    QTest::newRow("json") << QByteArray(R"({"view": {"zoom": 150}})");
}

void TestWindowSettings::garbageFileIsIgnored()
{
    QFETCH(QByteArray, file);
    writeSettingsFile(file);
    const Look pristine = pristineLook(m_segment.id());

    const QString path = settingsFile();
    const QString aside = path + QStringLiteral(".corrupt");
    QTest::ignoreMessage(QtWarningMsg,
                         qPrintable(QStringLiteral("settings: ignoring %1: not a settings file (kept as "
                                                   "%2); the window starts as new")
                                        .arg(path, aside)));
    {
        Started started;
        QVERIFY(QTest::qWaitForWindowExposed(started.window.get()));
        QTRY_VERIFY(started.window->segmentModel()->rowOfShmid(m_segment.id()) >= 0);
        QCOMPARE(Look(*started.window), pristine);
        QFile kept(aside); // for the user to look at, byte for byte
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), file);
        started.window->setZoom(175);
        started.window->close();
    }
    // A clean file, with the window's keys and nothing of the garbage.
    const QStringList ours = {Settings::TableHeaderKey, Settings::TableKindKey, Settings::NamespaceKey,
                              Settings::PosixTableHeaderKey, Settings::RefreshIntervalKey, Settings::ZoomKey,
                              Settings::GeometryKey, Settings::WindowStateKey};
    QStringList written = QSettings().allKeys();
    written.sort();
    QCOMPARE(written, ours);
    QTest::failOnWarning(QRegularExpression(QStringLiteral("settings:")));
    Started next;
    QCOMPARE(next.window->zoom(), 175);
}

void TestWindowSettings::unreadableFileIsSetAside_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("why");
    // QSettings would wait for a writer to open a FIFO, forever, with the window not yet shown.
    QTest::newRow("FIFO") << QStringLiteral("fifo") << QStringLiteral("a FIFO, not a regular file");
    // /dev/zero never ends: QSettings would read it until the memory is gone.
    QTest::newRow("link to /dev/zero")
        << QStringLiteral("zero")
        << QStringLiteral("a symbolic link to /dev/zero, a device, not a regular file");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("a folder, not a regular file");
    // Good settings, but 2 MiB of them: no file of ours is that large.
    QTest::newRow("2 MiB") << QStringLiteral("large")
                           << QStringLiteral("2097152 bytes, more than the 1048576 a settings file may have");
}

void TestWindowSettings::unreadableFileIsSetAside()
{
    QFETCH(QString, kind);
    QFETCH(QString, why);
    const Look pristine = pristineLook(m_segment.id());
    const QString path = settingsFile();
    const QByteArray name = QFile::encodeName(path);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    constexpr qsizetype Large = 2 * 1024 * 1024;
    if (kind == QLatin1String("fifo")) {
        QCOMPARE(mkfifo(name.constData(), 0600), 0);
    } else if (kind == QLatin1String("zero")) {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkdir(path));
    } else {
        QByteArray large("[view]\nzoom=150\n");
        while (large.size() < Large)
            large += "; a comment line that QSettings skips, as many as make 2 MiB\n";
        large.resize(Large - 1);
        large += '\n';
        writeSettingsFile(large);
    }

    const QString aside = path + QStringLiteral(".corrupt");
    QTest::ignoreMessage(
        QtWarningMsg,
        qPrintable(QStringLiteral("settings: ignoring %1: %2 (kept as %3); the window starts as new")
                       .arg(path, why, aside)));
    {
        Started started; // restore() came back
        QVERIFY(QTest::qWaitForWindowExposed(started.window.get()));
        QTRY_VERIFY(started.window->segmentModel()->rowOfShmid(m_segment.id()) >= 0);
        QCOMPARE(Look(*started.window), pristine);
        // Set aside as it was: the link itself, not what it leads to.
        struct stat kept = {};
        QCOMPARE(lstat(QFile::encodeName(aside).constData(), &kept), 0);
        if (kind == QLatin1String("fifo"))
            QVERIFY(S_ISFIFO(kept.st_mode));
        else if (kind == QLatin1String("zero"))
            QCOMPARE(QFile::symLinkTarget(aside), QStringLiteral("/dev/zero"));
        else if (kind == QLatin1String("folder"))
            QVERIFY(S_ISDIR(kept.st_mode));
        else
            QCOMPARE(qsizetype(kept.st_size), Large);
        started.window->setZoom(175);
        started.window->close();
    }
    // The next start reads the clean file the window wrote, without a word.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("settings:")));
    Started next;
    QCOMPARE(next.window->zoom(), 175);
}

// Where the file cannot be moved aside (a folder of that name is in the way), the window reads and writes no
// settings at all rather than wait on the FIFO.
void TestWindowSettings::unreadableFileThatCannotBeMovedIsNeverRead()
{
    const QString path = settingsFile();
    QVERIFY(QDir().mkpath(path + QStringLiteral(".corrupt/full")));
    QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const QRegularExpression warning(
        QStringLiteral("^settings: ignoring %1: a FIFO, not a regular file \\(it could "
                       "not be moved aside: .+\\); the window starts as new$")
            .arg(QRegularExpression::escape(path)));
    QTest::ignoreMessage(QtWarningMsg, warning);
    {
        Started started;
        QVERIFY(QTest::qWaitForWindowExposed(started.window.get()));
        QTest::ignoreMessage(QtWarningMsg, warning); // and again when it closes, instead of saving
        started.window->close();
    }
    struct stat still = {};
    QCOMPARE(lstat(QFile::encodeName(path).constData(), &still), 0);
    QVERIFY(S_ISFIFO(still.st_mode));
}

void TestWindowSettings::wrongValuesAreIgnored_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("warning");
    QTest::newRow("geometry as text")
        << QByteArray("[window]\ngeometry=abc\n")
        << QStringLiteral("ignoring window/geometry = \"abc\": not saved state data");
    QTest::newRow("geometry of garbage")
        << QByteArray("[window]\ngeometry=@ByteArray(abc)\n")
        << QStringLiteral("ignoring window/geometry = 3 bytes of data: not a window geometry");
    QTest::newRow("dock state as a number")
        << QByteArray("[window]\nstate=12\n")
        << QStringLiteral("ignoring window/state = \"12\": not saved state data");
    QTest::newRow("dock state of garbage")
        << QByteArray("[window]\nstate=@ByteArray(\\0\\0\\0\\xff)\n")
        << QStringLiteral("ignoring window/state = 4 bytes of data: not a state of this window");
    QTest::newRow("columns as a list")
        << QByteArray("[table]\nheader=a, b\n")
        << QStringLiteral("ignoring table/header = \"a, b\": not saved state data");
    QTest::newRow("columns of garbage")
        << QByteArray("[table]\nheader=@ByteArray(xyz)\n")
        << QStringLiteral(
               "ignoring table/header = 3 bytes of data: not a state of the segment table's columns");
    QTest::newRow("namespace as a word")
        << QByteArray("[table]\nnamespace=containers\n")
        << QStringLiteral("ignoring table/namespace = \"containers\": not ours, all or a namespace's inode");
    QTest::newRow("negative interval")
        << QByteArray("[table]\nrefreshIntervalMs=-5\n")
        << QStringLiteral("ignoring table/refreshIntervalMs = \"-5\": not a whole number from 100 to 60000");
    QTest::newRow("tick as a word")
        << QByteArray("[hex]\ntickIntervalMs=fast\n")
        << QStringLiteral("ignoring hex/tickIntervalMs = \"fast\": not a whole number from 16 to 10000");
    QTest::newRow("too many bytes per line")
        << QByteArray("[hex]\nbytesPerLine=1000\n")
        << QStringLiteral("ignoring hex/bytesPerLine = \"1000\": not a whole number from 1 to 64");
    QTest::newRow("zoom as a letter")
        << QByteArray("[view]\nzoom=x\n")
        << QStringLiteral("ignoring view/zoom = \"x\": not a whole number from 100 to 300");
    QTest::newRow("zoom as a fraction")
        << QByteArray("[view]\nzoom=1.5\n")
        << QStringLiteral("ignoring view/zoom = \"1.5\": not a whole number from 100 to 300");
}

void TestWindowSettings::wrongValuesAreIgnored()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, warning);
    writeSettingsFile(file);
    const Look pristine = pristineLook(m_segment.id());

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^settings: ") +
                                                          QRegularExpression::escape(warning)));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("settings:")));
    Started started;
    QVERIFY(QTest::qWaitForWindowExposed(started.window.get()));
    QTRY_VERIFY(started.window->segmentModel()->rowOfShmid(m_segment.id()) >= 0);
    QCOMPARE(Look(*started.window), pristine);
    app::SegmentTab *tab = started.window->attachSegment(m_segment.id(), core::Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    QCOMPARE(tab->document()->tickInterval(), app::SegmentDocument::DefaultTickMs);
    QCOMPARE(tab->hexView()->bytesPerLine(), 16);
}

// core::LayoutLibrary writes no settings itself: what it remembers goes through app::Settings, to the file.
void TestWindowSettings::layoutMemorySurvivesARestartOfTheSettings()
{
    const qint32 key = 0x1234;
    QTemporaryDir headers;
    const QString header = headers.filePath(QStringLiteral("pair.h"));
    QVERIFY(testutils::writeFile(header, "struct pair { short a; double b; };\n"));
    {
        Settings settings;
        core::LayoutLibrary layouts(settings);
        layouts.remember(key, header);
        layouts.remember(0, core::StructParser::builtinName()); // IPC_PRIVATE: recent, for no key
    }
    QFile saved(settingsFile()); // as written, not as our own code reads it back
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    QVERIFY2(text.contains(QByteArray("[layoutForKey]\n0x00001234=" + header.toUtf8() + '\n')),
             text.constData());
    QVERIFY2(text.contains(QByteArray("recentLayouts=st_pid, " + header.toUtf8() + '\n')), text.constData());

    Settings restarted;
    const core::LayoutLibrary layouts(restarted);
    QCOMPARE(layouts.layoutFor(key), header);
    QCOMPARE(layouts.layoutFor(0x4321), QString());
    QCOMPARE(layouts.recent(), QStringList({QStringLiteral("st_pid"), header}));
}

// Every key in one class: no other file of the program names QSettings.
void TestWindowSettings::onlyTheSettingsClassUsesQSettings()
{
    const QDir sources(QStringLiteral(SHMSCOPE_SOURCE_DIR "/src"));
    QStringList users;
    QDirIterator files(sources.path(), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile source(files.next());
        QVERIFY(source.open(QIODevice::ReadOnly));
        if (source.readAll().contains("QSettings"))
            users << sources.relativeFilePath(source.fileName());
    }
    users.sort();
    QCOMPARE(users, QStringList({QStringLiteral("app/settings.cpp"), QStringLiteral("app/settings.h")}));
}

QTEST_MAIN(TestWindowSettings)
#include "tst_windowsettings.moc"
