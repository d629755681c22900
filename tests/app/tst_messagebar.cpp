// The message bars of the real window, offscreen, against the real kernel: an information goes away by itself,
// an error stays, even one that replaced an information; a language switch says a message again in the new
// language, or takes away one it cannot say again.

#include "app/guitest.h"
#include "app/languagemanager.h"
#include "app/lesson/calllogpane.h"
#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "testutils.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using app::LanguageManager;
using app::MainWindow;
using app::MessageBar;
using testutils::SegmentGuard;

namespace {

// Long enough for an information to go, with room for a slow machine.
constexpr int ExpiryTimeoutMs = MessageBar::InformationMs + 10000;

// New Segment, filled and confirmed as a user does: a private segment of 4096 bytes. Its id, or -1.
int createThroughDialog(MainWindow &window)
{
    guitest::whenModalShows([](QWidget *dialog) {
        guitest::fillDialog(dialog, QString(), QStringLiteral("4096"), QStringLiteral("600"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    guitest::action(window, "actionNewSegment")->trigger();
    const QString text = window.messageBar()->text();
    const QString prefix = QStringLiteral("Created segment ");
    return text.startsWith(prefix) ? text.mid(prefix.size()).section(QLatin1Char(':'), 0, 0).toInt() : -1;
}

// An attach refused by the kernel: the id of a segment that was removed.
int goneShmid()
{
    SegmentGuard gone;
    if (!gone.create(IPC_PRIVATE, 56))
        return -1;
    return gone.id(); // removed as the guard goes
}

void switchTo(LanguageManager::Choice choice)
{
    LanguageManager::instance()->setChoice(choice);
    // Qt posts QEvent::LanguageChange to each window: deliver them before looking.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

} // namespace

class TestMessageBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup();

    void informationGoesAwayByItself();
    void errorStays();
    void languageSwitchSaysItAgainOrTakesItAway();
};

void TestMessageBar::cleanup()
{
    guitest::removeModalPolls();
    LanguageManager::instance()->setChoice(LanguageManager::Choice::System);
}

// "Created segment 1: shmget(...)" used to stay all session, long after the segment was gone.
void TestMessageBar::informationGoesAwayByItself()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SegmentGuard created;
    created.adopt(createThroughDialog(window));
    QVERIFY2(created.id() >= 0, qPrintable(window.messageBar()->text()));
    QVERIFY(window.messageBar()->text().contains(QStringLiteral(": shmget(IPC_PRIVATE, 4096, ")));
    QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Information);
    QVERIFY(window.messageBar()->isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->isHidden(), ExpiryTimeoutMs);
}

// A refused attach replaces the information about a new segment; an information said after it, in the call
// log's bar, comes and goes, and the error is still there.
void TestMessageBar::errorStays()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SegmentGuard created;
    created.adopt(createThroughDialog(window));
    QVERIFY2(created.id() >= 0, qPrintable(window.messageBar()->text()));
    const int gone = goneShmid();
    QVERIFY(gone >= 0);
    QVERIFY(!window.attachSegment(gone, core::Attachment::Mode::ReadOnly));
    QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
    const QString error = window.messageBar()->text();
    QVERIFY2(error.contains(QString::number(gone)), qPrintable(error));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(window.callLog()->saveTo(dir.filePath(QStringLiteral("calls.txt"))));
    auto *logBar = window.callLog()->findChild<MessageBar *>();
    QCOMPARE(logBar->kind(), MessageBar::Kind::Information);
    QVERIFY(logBar->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(logBar->isHidden(), ExpiryTimeoutMs);

    QVERIFY(window.messageBar()->isVisible());
    QCOMPARE(window.messageBar()->text(), error);
}

// The information about a new segment follows the language to Chinese and back; an error the kernel's words
// make up, which cannot be said again, goes with the switch.
void TestMessageBar::languageSwitchSaysItAgainOrTakesItAway()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SegmentGuard created;
    created.adopt(createThroughDialog(window));
    QVERIFY2(created.id() >= 0, qPrintable(window.messageBar()->text()));
    const QString call = window.messageBar()->text().section(QStringLiteral(": "), 1);

    switchTo(LanguageManager::Choice::SimplifiedChinese);
    QVERIFY(window.messageBar()->isVisible());
    // The Chinese of "Created segment %1: %2 = %1", as the .ts gives it.
    QCOMPARE(window.messageBar()->text(), QStringLiteral("已创建段 %1：%2").arg(created.id()).arg(call));
    switchTo(LanguageManager::Choice::English);
    QCOMPARE(window.messageBar()->text(), QStringLiteral("Created segment %1: %2").arg(created.id()).arg(call));

    const int gone = goneShmid();
    QVERIFY(gone >= 0);
    QVERIFY(!window.attachSegment(gone, core::Attachment::Mode::ReadOnly));
    QVERIFY(window.messageBar()->isVisible());
    switchTo(LanguageManager::Choice::SimplifiedChinese);
    QVERIFY2(window.messageBar()->isHidden(), qPrintable(window.messageBar()->text()));
}

QTEST_MAIN(TestMessageBar)
#include "tst_messagebar.moc"
