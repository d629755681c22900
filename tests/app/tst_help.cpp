// Help > Guide (F1) and Help > About in the real window, offscreen, in English and in Chinese.

#include "app/aboutbox.h"
#include "app/guitest.h"
#include "app/helpdialog.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "core/race/racerecord.h"
#include "testutils.h"

#include <QFile>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using app::HelpDialog;
using app::LanguageManager;
using app::MainWindow;

namespace {

// What the guide must explain, in both languages: the calls and programs keep their names.
const QStringList GuideWords = {
    QStringLiteral("shmget"),    QStringLiteral("shmat"),         QStringLiteral("shmdt"),
    QStringLiteral("shmctl"),    QStringLiteral("shmdemo write"), QStringLiteral("IPC_RMID"),
    QStringLiteral("Ctrl+L"),    QStringLiteral("shm_open"),      QStringLiteral("ftruncate"),
    QStringLiteral("mmap"),      QStringLiteral("munmap"),        QStringLiteral("shm_unlink"),
    QStringLiteral("/dev/shm"),  QStringLiteral("memfd_create"),  QStringLiteral("--posix"),
    QStringLiteral("--type all")};

// The sequel's: semaphores guarding the segment, the race and its cure, message queues, their shell twins.
const QStringList SequelWords = {QStringLiteral("semget"),
                                 QStringLiteral("semctl"),
                                 QStringLiteral("semop"),
                                 QStringLiteral("SETVAL"),
                                 QStringLiteral("GETALL"),
                                 QStringLiteral("SEM_UNDO"),
                                 QStringLiteral("EIDRM"),
                                 QStringLiteral("ipcs -s -i"),
                                 QStringLiteral("ipcmk -S"),
                                 QStringLiteral("ipcrm -s"),
                                 QStringLiteral("ipcmk -Q"),
                                 QStringLiteral("ipcrm -q"),
                                 QStringLiteral("msgget"),
                                 QStringLiteral("msgsnd"),
                                 QStringLiteral("msgrcv"),
                                 QStringLiteral("msgctl"),
                                 QStringLiteral("PID:NAME:PID"),
                                 QStringLiteral("shmdemo read --watch"),
                                 QStringLiteral("torn: bytes from pid 5151 and pid 4242"),
                                 QStringLiteral("--type sem"),
                                 QStringLiteral("--type msg")};

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// What the guides say shmdemo takes and prints, in both languages (its output is not translated).
const QStringList GuideShmdemoWords = {
    QStringLiteral("--slow"),  QStringLiteral("--lock"),
    QStringLiteral("--watch"), QStringLiteral("--count"),
    QStringLiteral("--every"), QStringLiteral("300 reads, 41 distinct records, 6 torn")};

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void guidesCoverTheSameGround_data();
    void guidesCoverTheSameGround();
    void raceExamplesAreJudgedAsTheGuideSays();
    void shmdemoKnowsWhatTheGuideSaysOfIt();
    void f1ShowsTheGuideInTheWindowsLanguage();
    void aboutTellsVersionLicenceQtAndHomepage();
};

void TestHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the language choice is saved: to a test folder
}

void TestHelp::cleanup()
{
    guitest::removeModalPolls();
    LanguageManager::instance()->setChoice(LanguageManager::Choice::English);
}

void TestHelp::guidesCoverTheSameGround_data()
{
    QTest::addColumn<LanguageManager::Choice>("language");
    QTest::addColumn<QString>("heading"); // a word of the first heading
    QTest::addColumn<QString>("sequel");  // the heading of the semaphores' chapter
    QTest::newRow("en") << LanguageManager::Choice::English << QStringLiteral("System V shared memory")
                        << QStringLiteral("<h2>Semaphores and message queues</h2>");
    QTest::newRow("zh_CN") << LanguageManager::Choice::SimplifiedChinese << QStringLiteral("共享内存")
                           << QStringLiteral("<h2>信号量与消息队列</h2>");
}

void TestHelp::guidesCoverTheSameGround()
{
    QFETCH(LanguageManager::Choice, language);
    QFETCH(QString, heading);
    QFETCH(QString, sequel);
    const QString html = resourceText(HelpDialog::guideFile(language));
    QVERIFY2(!html.isEmpty(),
             qPrintable(HelpDialog::guideFile(language) + QStringLiteral(" is not in the program")));
    for (const QStringList &words : {GuideWords, SequelWords}) {
        for (const QString &word : words)
            QVERIFY2(html.contains(word), qPrintable(word));
    }
    QVERIFY(html.contains(heading));
    QVERIFY(html.contains(sequel));
    // The same sections as the English guide: one translated, not one shortened.
    const QString english = resourceText(HelpDialog::guideFile(LanguageManager::Choice::English));
    const QRegularExpression section(QStringLiteral("<h2>"));
    QCOMPARE(html.count(section), english.count(section));
    QCOMPARE(html.count(section), 9);
    QCOMPARE(html.count(QStringLiteral("<li>")), english.count(QStringLiteral("<li>")));
    QCOMPARE(html.count(QStringLiteral("<h3>")), english.count(QStringLiteral("<h3>")));
    QCOMPARE(html.count(QStringLiteral("<pre>")), english.count(QStringLiteral("<pre>")));
}

// The guide's own examples of the race, read by the rule the reader and the window use (core::RaceRecord):
// the tagged name of Alice's write, her whole record, and Bob's tear of it, told the way the guide tells it.
void TestHelp::raceExamplesAreJudgedAsTheGuideSays()
{
    for (const auto language :
         {LanguageManager::Choice::English, LanguageManager::Choice::SimplifiedChinese}) {
        const QString html = resourceText(HelpDialog::guideFile(language));
        for (const char *example :
             {"4242:Alice 7:4242", "pid = 5151", "5151:Boice 7:4242",
              "torn: bytes from pid 5151 and pid 4242", "whole: pid=4242, name=\"Alice 7\""})
            QVERIFY2(html.contains(QLatin1String(example)), example);
    }
    QCOMPARE(core::RaceRecord::taggedName(4242, "Alice 7"), QByteArray("4242:Alice 7:4242"));

    const core::RaceRecord::Reading whole =
        core::RaceRecord::read(testutils::stPidBytes(4242, "4242:Alice 7:4242"));
    QCOMPARE(whole.verdict, core::RaceRecord::Verdict::Whole);
    QCOMPARE(whole.name, QByteArray("Alice 7"));

    // Bob (5151) wrote his pid and his first 7 bytes, "5151:Bo", over Alice's record.
    QByteArray torn = testutils::stPidBytes(4242, "4242:Alice 7:4242");
    const QByteArray bob = testutils::stPidBytes(5151, "5151:Bob 3:5151");
    torn.replace(0, 4 + 7, bob.first(4 + 7));
    QCOMPARE(torn.sliced(4, 17), QByteArray("5151:Boice 7:4242"));
    const core::RaceRecord::Reading reading = core::RaceRecord::read(torn);
    QCOMPARE(reading.verdict, core::RaceRecord::Verdict::Torn);
    QCOMPARE(reading.pid, qint64(5151));
    QCOMPARE(reading.pids, (QList<qint64>{5151, 4242}));

    // A plain name, as the lesson writes it: neither whole nor torn.
    QCOMPARE(core::RaceRecord::read(testutils::stPidBytes(4242, "Alice 7")).verdict,
             core::RaceRecord::Verdict::Untagged);
}

// The options and the summary line the guides give shmdemo are the ones its --help lists.
void TestHelp::shmdemoKnowsWhatTheGuideSaysOfIt()
{
    const testutils::Run help =
        testutils::run(QStringLiteral(SHMSCOPE_BIN_DIR "/shmdemo"), {QStringLiteral("--help")});
    QVERIFY2(help.exitStatus == QProcess::NormalExit && help.exitCode == 0, help.err.constData());
    const QString text = QString::fromUtf8(help.out).simplified();
    for (const auto language :
         {LanguageManager::Choice::English, LanguageManager::Choice::SimplifiedChinese}) {
        const QString html = resourceText(HelpDialog::guideFile(language));
        for (const QString &word : GuideShmdemoWords) {
            QVERIFY2(html.contains(word), qPrintable(word));
            QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" is not in shmdemo --help")));
        }
    }
}

void TestHelp::f1ShowsTheGuideInTheWindowsLanguage()
{
    LanguageManager::instance()->setChoice(LanguageManager::Choice::English);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    auto *dialog = window.findChild<HelpDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->browser()->source().toString(), QStringLiteral("qrc:/help/guide_en.html"));
    QVERIFY(dialog->browser()->toPlainText().contains(QLatin1String("The four calls")));

    // Switching the language shows the guide in the new one, in the same dialog.
    LanguageManager::instance()->setChoice(LanguageManager::Choice::SimplifiedChinese);
    QTRY_COMPARE(dialog->browser()->source().toString(), QStringLiteral("qrc:/help/guide_zh_CN.html"));
    QVERIFY(dialog->browser()->toPlainText().contains(QStringLiteral("四个系统调用")));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("ShmScope 指南"));

    // F1 again raises the guide already open rather than opening another.
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(window.findChildren<HelpDialog *>().size(), 1);
}

void TestHelp::aboutTellsVersionLicenceQtAndHomepage()
{
    const QString text = app::AboutBox::text();
    QVERIFY(text.contains(QLatin1String("ShmScope " SHMSCOPE_VERSION)));
    QVERIFY(text.contains(QLatin1String("MIT License")));
    QVERIFY(text.contains(QLatin1String("Copyright (c) 2026 the ShmScope authors")));
    QVERIFY(text.contains(QLatin1String(qVersion())));
    QVERIFY(text.contains(QLatin1String("<a href=\"" SHMSCOPE_HOMEPAGE "\">")));

    // From the menu, in the window.
    MainWindow window;
    window.show();
    QString shown;
    guitest::whenModalShows([&shown](QWidget *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
            shown = box->text();
            box->accept();
        }
    });
    guitest::action(window, "actionAbout")->trigger();
    QCOMPARE(shown, text);
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
