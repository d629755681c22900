// A segment observed in a tab of the real window, offscreen: read through a real process that maps it
// (shmattach), never attached by us. The headline says how it reads, the call log shows the open, mmap and
// close as C, the kernel's nattch and lpid stay as they were (a plain IPC_STAT of the test's); when the holder
// exits the tab says so and offers to attach; a refusal offers to attach instead, and does only when asked.
#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "core/kernel/calllog.h"
#include "testutils.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using app::MainWindow;
using app::SegmentTab;
using Mode = core::Attachment::Mode;
using testutils::AttachedPeer;
using testutils::SegmentGuard;

namespace {

QString infoText(const SegmentTab *tab)
{
    return tab->findChild<QLabel *>(QStringLiteral("segmentInfo"))->text();
}

// The bar's action button, when it shows one with this text.
QPushButton *actionButton(const app::MessageBar *bar, const QString &text)
{
    for (QPushButton *button : bar->findChildren<QPushButton *>()) {
        if (button->isVisible() && button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

class TestObserveTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headlineSaysHowAndNattchStays();
    void holderExitIsToldWithAttach();
    void refusalOffersAttachInstead();

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestObserveTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
}

void TestObserveTab::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
}

void TestObserveTab::cleanup()
{
    m_window.reset();
    m_settingsDir.reset();
}

void TestObserveTab::headlineSaysHowAndNattchStays()
{
    SegmentGuard segment;
    QVERIFY(testutils::createHolding(segment, QByteArray("observed bytes")));
    AttachedPeer holder;
    QVERIFY2(holder.start(segment.id(), false), qPrintable(holder.errorText()));
    const auto before = testutils::shmStat(segment.id());
    QSignalSpy calls(&core::CallLog::instance(), &core::CallLog::recorded);

    SegmentTab *tab = m_window->observeSegment(segment.id(), Mode::ReadOnly);
    QVERIFY(tab);
    QVERIFY(tab->isObserving());
    // As root map_files opens; the headline names the holder by pid and command, and how.
    QVERIFY2(infoText(tab).contains(QStringLiteral("observing through pid %1 (shmattach), map_files, read-only")
                                        .arg(holder.pid())),
             qPrintable(infoText(tab)));
    QVERIFY2(infoText(tab).contains(QStringLiteral("Not attached: nattch, lpid and atime stay as they were")),
             qPrintable(infoText(tab)));
    QCOMPARE(tab->document()->read(0, 14).value(), QByteArray("observed bytes"));
    QStringList texts;
    for (const QList<QVariant> &call : std::as_const(calls))
        texts << call.at(0).value<core::CallRecord>().text;
    const QString mapFiles = QStringLiteral("/proc/%1/map_files/%2-").arg(holder.pid()).arg(holder.address(), 0, 16);
    QCOMPARE(texts.size(), 3);
    QVERIFY2(texts.at(0).startsWith(QStringLiteral("open(\"") + mapFiles), qPrintable(texts.at(0)));
    QVERIFY2(texts.at(1).startsWith(QStringLiteral("mmap(NULL, 14, PROT_READ, MAP_SHARED, ")), qPrintable(texts.at(1)));
    QVERIFY2(texts.at(2).startsWith(QStringLiteral("close(")), qPrintable(texts.at(2)));
    // A refresh or two later, nothing of ours shows in the kernel's fields.
    QTRY_VERIFY(tab->document()->state() == core::MappedObject::State::Alive);
    const auto after = testutils::shmStat(segment.id());
    QCOMPARE(after->shm_nattch, before->shm_nattch);
    QCOMPARE(after->shm_lpid, before->shm_lpid);
    QCOMPARE(after->shm_atime, before->shm_atime);
    // Observing and attaching are two tabs of one segment.
    SegmentTab *attached = m_window->attachSegment(segment.id(), Mode::ReadOnly);
    QVERIFY(attached && attached != tab && !attached->isObserving());
    QCOMPARE(m_window->observeSegment(segment.id(), Mode::ReadOnly), tab);
}

void TestObserveTab::holderExitIsToldWithAttach()
{
    SegmentGuard segment;
    QVERIFY(testutils::createHolding(segment, QByteArray("still here")));
    AttachedPeer holder;
    QVERIFY2(holder.start(segment.id(), false), qPrintable(holder.errorText()));
    const qint64 pid = holder.pid();
    SegmentTab *tab = m_window->observeSegment(segment.id(), Mode::ReadOnly);
    QVERIFY(tab);
    holder.stop();
    const QString told = QStringLiteral("pid %1 exited or unmapped segment %2: no process holds it to read through. "
                                        "Our map_files mapping still shows its bytes.")
                             .arg(pid)
                             .arg(segment.id());
    QTRY_COMPARE_WITH_TIMEOUT(tab->messageBar()->text(), told, 10000);
    QCOMPARE(tab->document()->read(0, 10).value(), QByteArray("still here"));
    QCOMPARE(testutils::shmStat(segment.id())->shm_nattch, shmatt_t(0));
    QPushButton *attach = actionButton(tab->messageBar(), QStringLiteral("Attach"));
    QVERIFY(attach);
    attach->click();
    QCOMPARE(m_window->segmentTabs()->count(), 2);
    auto *attached = qobject_cast<SegmentTab *>(m_window->segmentTabs()->currentWidget());
    QVERIFY(attached && !attached->isObserving());
    QCOMPARE(testutils::shmStat(segment.id())->shm_nattch, shmatt_t(1));
}

void TestObserveTab::refusalOffersAttachInstead()
{
    SegmentGuard segment;
    QVERIFY(testutils::createHolding(segment, QByteArray("nobody maps me")));
    QVERIFY(!m_window->observeSegment(segment.id(), Mode::ReadOnly));
    QCOMPARE(m_window->segmentTabs()->count(), 0);
    const QString message = m_window->messageBar()->text();
    QVERIFY2(message.startsWith(QStringLiteral("No process that we may look at maps segment %1: there is nobody to "
                                               "observe it through.")
                                    .arg(segment.id())),
             qPrintable(message));
    QCOMPARE(testutils::shmStat(segment.id())->shm_nattch, shmatt_t(0)); // not attached without asking
    QPushButton *instead = actionButton(m_window->messageBar(), QStringLiteral("Attach Instead"));
    QVERIFY(instead);
    instead->click();
    QCOMPARE(m_window->segmentTabs()->count(), 1);
    QCOMPARE(testutils::shmStat(segment.id())->shm_nattch, shmatt_t(1));
}

QTEST_MAIN(TestObserveTab)
#include "tst_observetab.moc"
