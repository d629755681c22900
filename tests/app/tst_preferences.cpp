// View > Preferences in the real window, with a real settings file in a temporary folder: the dialog shows
// the defaults (100 ms, 16 MiB: the figures, written here as literals), OK stores what was chosen
// and tells the tabs once, Cancel stores nothing, and a stored value out of range or not a number is
// ignored with a warning.

#include "app/mainwindow.h"
#include "app/preferencesdialog.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/settings.h"
#include "guitest.h"
#include "testutils.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using app::MainWindow;
using app::PreferencesDialog;
using app::Settings;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void defaultsAreShown();
    void okStoresAndTellsOnce();
    void cancelStoresNothing();
    void badStoredValuesAreIgnored();
    void viewMenuOpensTheDialog();
    void openTabsAndNewTabsFollow();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
}

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
    QVERIFY(QSettings().fileName().startsWith(m_dir->path()));
}

void TestPreferences::cleanup()
{
    guitest::removeModalPolls();
    m_dir.reset();
}

void TestPreferences::defaultsAreShown()
{
    Settings settings;
    PreferencesDialog dialog(&settings);
    QCOMPARE(dialog.freezeIntervalBox()->value(), 100);
    QCOMPARE(dialog.recorderBudgetBox()->value(), 16);
}

void TestPreferences::okStoresAndTellsOnce()
{
    Settings settings;
    QSignalSpy told(&settings, &Settings::preferencesChanged);
    PreferencesDialog dialog(&settings);
    dialog.freezeIntervalBox()->setValue(250);
    dialog.recorderBudgetBox()->setValue(64);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(told.count(), 1);
    // Another reader of the same file sees it: it was written, not only kept in this object.
    Settings other;
    QCOMPARE(other.freezeIntervalMs(), 250);
    QCOMPARE(other.recorderBudgetMiB(), 64);
    QCOMPARE(QSettings().value(QStringLiteral("freeze/intervalMs")).toInt(), 250);
    QCOMPARE(QSettings().value(QStringLiteral("recorder/budgetMiB")).toInt(), 64);
}

void TestPreferences::cancelStoresNothing()
{
    Settings settings;
    QSignalSpy told(&settings, &Settings::preferencesChanged);
    PreferencesDialog dialog(&settings);
    dialog.freezeIntervalBox()->setValue(500);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(told.count(), 0);
    QVERIFY(!QSettings().contains(QStringLiteral("freeze/intervalMs")));
    QCOMPARE(settings.freezeIntervalMs(), 100);
}

void TestPreferences::badStoredValuesAreIgnored()
{
    {
        QSettings file;
        file.setValue(QStringLiteral("freeze/intervalMs"), 3); // below 10 ms: would busy the machine
        file.setValue(QStringLiteral("recorder/budgetMiB"), QStringLiteral("lots"));
    }
    Settings settings;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("freeze/intervalMs.*\"3\".*10 to 10000")));
    QCOMPARE(settings.freezeIntervalMs(), 100);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("recorder/budgetMiB.*\"lots\"")));
    QCOMPARE(settings.recorderBudgetMiB(), 16);
}

void TestPreferences::viewMenuOpensTheDialog()
{
    MainWindow window;
    window.show();
    QAction *preferences = window.findChild<QAction *>(QStringLiteral("actionPreferences"));
    QVERIFY(preferences);
    QCOMPARE(preferences->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
    bool shown = false;
    guitest::whenModalShows([&](QWidget *modal) {
        auto *dialog = qobject_cast<PreferencesDialog *>(modal);
        shown = dialog != nullptr;
        if (dialog) {
            dialog->freezeIntervalBox()->setValue(200);
            dialog->accept();
        } else {
            modal->close();
        }
    });
    preferences->trigger();
    QVERIFY(shown);
    QCOMPARE(window.settings()->freezeIntervalMs(), 200);
}

// A tab open when the preferences change takes them at once; one opened later starts with them.
void TestPreferences::openTabsAndNewTabsFollow()
{
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(IPC_PRIVATE, 56));
    MainWindow window;
    window.settings()->restore();
    window.show();
    app::SegmentTab *first = window.attachSegment(segment.id(), core::Attachment::Mode::ReadWrite);
    QVERIFY(first);
    QCOMPARE(first->document()->freezer().interval(), 100);
    QCOMPARE(first->document()->recorder().budget(), 16ULL * 1024 * 1024);
    window.settings()->setPreferences(300, 2);
    QCOMPARE(first->document()->freezer().interval(), 300);
    QCOMPARE(first->document()->recorder().budget(), 2ULL * 1024 * 1024);
    app::SegmentTab *second = window.attachSegment(segment.id(), core::Attachment::Mode::ReadOnly);
    QVERIFY(second);
    QCOMPARE(second->document()->freezer().interval(), 300);
    QCOMPARE(second->document()->recorder().budget(), 2ULL * 1024 * 1024);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
