// Help > Guide (F1) and Help > About in the real window, offscreen, in English and in Chinese.

#include "app/aboutbox.h"
#include "app/guitest.h"
#include "app/helpdialog.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"

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
    QStringLiteral("--type all"),
    // The sequel: semaphores guarding the segment, the race, message queues.
    QStringLiteral("semget"),    QStringLiteral("semctl"),        QStringLiteral("semop"),
    QStringLiteral("SETVAL"),    QStringLiteral("GETALL"),        QStringLiteral("SEM_UNDO"),
    QStringLiteral("EIDRM"),     QStringLiteral("ipcs -s -i"),    QStringLiteral("ipcmk -S"),
    QStringLiteral("ipcrm -s"),  QStringLiteral("ipcmk -Q"),      QStringLiteral("ipcrm -q"),
    QStringLiteral("msgget"),    QStringLiteral("msgsnd"),        QStringLiteral("msgrcv"),
    QStringLiteral("msgctl"),    QStringLiteral("--slow"),        QStringLiteral("--lock"),
    QStringLiteral("PID:NAME:PID"), QStringLiteral("shmdemo read --watch"),
    QStringLiteral("torn: bytes from pid 5151 and pid 4242"),
    QStringLiteral("300 reads, 41 distinct records, 6 torn"),
    QStringLiteral("--type sem"), QStringLiteral("--type msg")};

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void guidesCoverTheSameGround_data();
    void guidesCoverTheSameGround();
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
    for (const QString &word : GuideWords)
        QVERIFY2(html.contains(word), qPrintable(word));
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
