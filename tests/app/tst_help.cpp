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
#include <QTemporaryDir>
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

// The chapter on inspecting bytes: the names the window and the command line use, in both languages.
const QStringList InspectingWords = {QStringLiteral("int32"),
                                     QStringLiteral("uint64"),
                                     QStringLiteral("double"),
                                     QStringLiteral("time_t"),
                                     QStringLiteral("IPv4"),
                                     QStringLiteral("pointer"),
                                     QStringLiteral("U+00E9"),
                                     QStringLiteral("2a 00 00 00"),
                                     QStringLiteral("704643072"),
                                     QStringLiteral("F2"),
                                     QStringLiteral("Ctrl+D"),
                                     QStringLiteral("Ctrl+B"),
                                     QStringLiteral("Ctrl+Shift+B"),
                                     QStringLiteral("Ctrl+Alt+H"),
                                     QStringLiteral("Ctrl+E"),
                                     QStringLiteral("Ctrl+Alt+I"),
                                     QStringLiteral("Ctrl+Alt+F"),
                                     QStringLiteral("CRC-32"),
                                     QStringLiteral("Adler-32"),
                                     QStringLiteral("SHA-256"),
                                     QStringLiteral("sha256sum"),
                                     QStringLiteral("sha1sum"),
                                     QStringLiteral("md5sum"),
                                     QStringLiteral("zlib.crc32"),
                                     QStringLiteral("zlib.adler32"),
                                     QStringLiteral("--format raw"),
                                     QStringLiteral("--write"),
                                     QStringLiteral("--verbose"),
                                     QStringLiteral("Nothing was written.")};

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

// The text of a guide's chapter: from its heading to the next one.
QString chapterOf(const QString &html, const QString &heading)
{
    const qsizetype start = html.indexOf(heading);
    if (start < 0)
        return {};
    const qsizetype end = html.indexOf(QLatin1String("<h2>"), start + heading.size());
    return html.mid(start, end < 0 ? -1 : end - start);
}

// The headings of the chapter on inspecting bytes.
const QString InspectingEn =
    QStringLiteral("<h2>Inspecting bytes: the data inspector, bookmarks, checksums, files</h2>");
const QString InspectingZh = QStringLiteral("<h2>检查字节：数据检查器、书签、校验和、文件</h2>");

// The chapter on inspecting bytes of the guide in a language.
QString inspectingChapter(LanguageManager::Choice language)
{
    return chapterOf(resourceText(HelpDialog::guideFile(language)),
                     language == LanguageManager::Choice::English ? InspectingEn : InspectingZh);
}

// What a <code> element says, as a shell reads it.
QString plainText(QString code)
{
    return code.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

// Every <code> of the text that starts with the words given, as a shell reads it.
QStringList commandsOf(const QString &html, const QString &start)
{
    QStringList commands;
    const QRegularExpression code(
        QStringLiteral("<code>(%1[^<]*)</code>").arg(QRegularExpression::escape(start)));
    for (auto match = code.globalMatch(html); match.hasNext();)
        commands.append(plainText(match.next().captured(1)));
    return commands;
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
    void raceExamplesAreJudgedAsTheGuideSays();
    void shmdemoKnowsWhatTheGuideSaysOfIt();
    void shmscopeKnowsTheOptionsTheGuideGivesIt();
    void shellTwinsPrintWhatTheGuideSays();
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
    QTest::addColumn<QString>("heading");    // a word of the first heading
    QTest::addColumn<QString>("sequel");     // the heading of the semaphores' chapter
    QTest::addColumn<QString>("inspecting"); // the heading of the chapter on inspecting bytes
    QTest::newRow("en") << LanguageManager::Choice::English << QStringLiteral("System V shared memory")
                        << QStringLiteral("<h2>Semaphores and message queues</h2>") << InspectingEn;
    QTest::newRow("zh_CN") << LanguageManager::Choice::SimplifiedChinese << QStringLiteral("共享内存")
                           << QStringLiteral("<h2>信号量与消息队列</h2>") << InspectingZh;
}

void TestHelp::guidesCoverTheSameGround()
{
    QFETCH(LanguageManager::Choice, language);
    QFETCH(QString, heading);
    QFETCH(QString, sequel);
    QFETCH(QString, inspecting);
    const QString html = resourceText(HelpDialog::guideFile(language));
    QVERIFY2(!html.isEmpty(),
             qPrintable(HelpDialog::guideFile(language) + QStringLiteral(" is not in the program")));
    for (const QStringList &words : {GuideWords, SequelWords}) {
        for (const QString &word : words)
            QVERIFY2(html.contains(word), qPrintable(word));
    }
    QVERIFY(html.contains(heading));
    QVERIFY(html.contains(sequel));
    const QString chapter = chapterOf(html, inspecting);
    QVERIFY2(!chapter.isEmpty(), qPrintable(inspecting));
    for (const QString &word : InspectingWords)
        QVERIFY2(chapter.contains(word), qPrintable(word));
    // The same sections as the English guide: one translated, not one shortened.
    const QString english = resourceText(HelpDialog::guideFile(LanguageManager::Choice::English));
    const QRegularExpression section(QStringLiteral("<h2>"));
    QCOMPARE(html.count(section), english.count(section));
    QCOMPARE(html.count(section), 10);
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

// Every option the chapter on inspecting bytes gives shmscope is one its --help lists, and --format takes
// raw.
void TestHelp::shmscopeKnowsTheOptionsTheGuideGivesIt()
{
    const testutils::Run help = testutils::run(testutils::shmscopePath, {QStringLiteral("--help")});
    QVERIFY2(help.exitStatus == QProcess::NormalExit && help.exitCode == 0, help.err.constData());
    const QString text = QString::fromUtf8(help.out);
    const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*"));
    for (const auto language :
         {LanguageManager::Choice::English, LanguageManager::Choice::SimplifiedChinese}) {
        const QString chapter = inspectingChapter(language);
        QVERIFY(!chapter.isEmpty());
        QStringList options;
        for (auto match = option.globalMatch(chapter); match.hasNext();)
            options.append(match.next().captured());
        options.removeDuplicates();
        // At least --dump --format --offset --length --write --verbose.
        QVERIFY2(options.size() >= 6, qPrintable(options.join(u' ')));
        for (const QString &name : std::as_const(options))
            QVERIFY2(QRegularExpression(QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(name))
                         .match(text)
                         .hasMatch(),
                     qPrintable(name + QStringLiteral(" is not in shmscope --help")));
    }
    QVERIFY2(text.contains(QLatin1String("--format raw")), "shmscope --help does not say --format raw");
}

// The guide's one-liners run as it gives them and print what it says: the byte order's example, and CRC-32
// and Adler-32 of the bytes "abc" as 8 hex digits (literal text, as the window's dialog shows them).
void TestHelp::shellTwinsPrintWhatTheGuideSays()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile bytes(dir.filePath(QStringLiteral("seg.bin")));
    QVERIFY(bytes.open(QIODevice::WriteOnly));
    QVERIFY(bytes.write("abc") == 3);
    bytes.close();
    const auto shell = [&dir](const QString &command) {
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        return testutils::finish(process, command);
    };
    for (const auto language :
         {LanguageManager::Choice::English, LanguageManager::Choice::SimplifiedChinese}) {
        const QString chapter = inspectingChapter(language);
        const QStringList commands = commandsOf(chapter, QStringLiteral("python3 -c "));
        QCOMPARE(commands.size(), 3); // the byte order, CRC-32, Adler-32
        for (const QString &command : commands) {
            const testutils::Run run = shell(command);
            QVERIFY2(run.exitStatus == QProcess::NormalExit && run.exitCode == 0,
                     qPrintable(command + QLatin1Char('\n') + QString::fromUtf8(run.err)));
            QByteArray expected;
            if (command.contains(QLatin1String("from_bytes")))
                expected = "42 704643072\n";
            else if (command.contains(QLatin1String("zlib.crc32")))
                expected = "352441c2\n";
            else if (command.contains(QLatin1String("zlib.adler32")))
                expected = "024d0127\n";
            QVERIFY2(!expected.isEmpty(), qPrintable(command));
            QCOMPARE(run.out, expected);
            if (expected.startsWith("42 "))
                QVERIFY(chapter.contains(QLatin1String("<code>42 704643072</code>")));
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
