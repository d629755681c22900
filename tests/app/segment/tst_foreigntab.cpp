// A segment of another IPC namespace (a real `unshare -i` process standing in for a container) in a tab of
// the real window, offscreen: attached through the namespace's entry (MainWindow::attachSegment with a pid of
// the namespace), its title and headline say where it lives, its bytes are those a peer inside wrote, the
// live refresh asks its state inside, a read-write tab's edit is read back inside, and a refusal opens
// nothing.
#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "foreignsegment.h"

#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

#include <memory>

using app::MainWindow;
using app::SegmentTab;
using Mode = core::Attachment::Mode;
using testutils::ForeignNamespace;
using testutils::ForeignSegment;

class TestForeignTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readOnlyTabSaysWhereAndFollowsTheSegmentInside();
    void readWriteTabEditIsReadBackInside();
    void ourSegmentOfTheSameShmidIsAnotherTab();
    void refusedAsNobodyOpensNothing();

private:
    [[nodiscard]] QString infoText(const SegmentTab *tab) const
    {
        return tab->findChild<QLabel *>(QStringLiteral("segmentInfo"))->text();
    }
    [[nodiscard]] QString where() const
    {
        return QStringLiteral("IPC namespace ipc:[%1]").arg(m_namespace->inode());
    }

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<ForeignNamespace> m_namespace;
    std::unique_ptr<MainWindow> m_window;
};

void TestForeignTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
}

void TestForeignTab::init()
{
    if (const QString why = ForeignNamespace::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    m_namespace = std::make_unique<ForeignNamespace>();
    QVERIFY2(m_namespace->start(), qPrintable(m_namespace->errorText()));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
}

void TestForeignTab::cleanup()
{
    m_window.reset(); // detaches before the segments and the namespace go
    m_namespace.reset();
    m_settingsDir.reset();
}

void TestForeignTab::readOnlyTabSaysWhereAndFollowsTheSegmentInside()
{
    ForeignSegment segment(*m_namespace);
    QVERIFY(segment.create(4096));
    QVERIFY(segment.poke(16, "container bytes"));
    SegmentTab *tab = m_window->attachSegment(segment.id(), Mode::ReadOnly, m_namespace->pid());
    QVERIFY2(tab, qPrintable(m_window->messageBar()->text()));
    QVERIFY(!tab->document()->isWritable());
    QCOMPARE(tab->foreignNamespace(), m_namespace->inode());
    QCOMPARE(m_window->segmentTabs()->tabText(0), tab->title());
    QVERIFY2(tab->title().endsWith(QStringLiteral(" RO in ") + where()), qPrintable(tab->title()));
    QVERIFY2(infoText(tab).contains(QStringLiteral("in ") + where()), qPrintable(infoText(tab)));
    QVERIFY2(m_window->segmentTabs()->tabToolTip(0).startsWith(QStringLiteral("setns(")),
             qPrintable(m_window->segmentTabs()->tabToolTip(0)));
    QCOMPARE(tab->document()->read(16, 15).value(), QByteArray("container bytes"));
    QCOMPARE(segment.stat()->shm_nattch, shmatt_t(1));

    // The live refresh asks IPC_STAT inside: removed there, the tab says dest.
    QCOMPARE(tab->document()->state(), core::MappedObject::State::Alive);
    QVERIFY(segment.remove());
    QTRY_COMPARE(tab->document()->state(), core::MappedObject::State::Removed);
    // Asked again in the same mode: the same tab.
    QCOMPARE(m_window->attachSegment(segment.id(), Mode::ReadOnly, m_namespace->pid()), tab);
}

void TestForeignTab::readWriteTabEditIsReadBackInside()
{
    ForeignSegment segment(*m_namespace);
    QVERIFY(segment.create(4096));
    SegmentTab *tab = m_window->attachSegment(segment.id(), Mode::ReadWrite, m_namespace->pid());
    QVERIFY2(tab, qPrintable(m_window->messageBar()->text()));
    QVERIFY(tab->document()->isWritable());
    QVERIFY2(tab->title().endsWith(QStringLiteral(" RW in ") + where()), qPrintable(tab->title()));
    QVERIFY(tab->document()->write(100, QByteArray("\xca\xfe", 2), QStringLiteral("edit")).ok());
    QCOMPARE(segment.peek(100, 2), QByteArray("\xca\xfe", 2));
}

void TestForeignTab::ourSegmentOfTheSameShmidIsAnotherTab()
{
    if (const QString why = testutils::idReuseUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    testutils::SegmentGuard ours;
    QVERIFY(ours.create(IPC_PRIVATE, 4096));
    ForeignSegment theirs(*m_namespace);
    QVERIFY(theirs.create(4096, ours.id()));
    QVERIFY(theirs.poke(0, "theirs"));
    SegmentTab *ourTab = m_window->attachSegment(ours.id(), Mode::ReadOnly);
    QVERIFY(ourTab);
    SegmentTab *theirTab = m_window->attachSegment(theirs.id(), Mode::ReadOnly, m_namespace->pid());
    QVERIFY2(theirTab && theirTab != ourTab, qPrintable(m_window->messageBar()->text()));
    QCOMPARE(m_window->segmentTabs()->count(), 2);
    QCOMPARE(theirTab->document()->read(0, 6).value(), QByteArray("theirs"));
    QCOMPARE(ourTab->document()->read(0, 6).value(), QByteArray(6, '\0'));
    QCOMPARE(ourTab->foreignNamespace(), quint64(0));
    QVERIFY2(!ourTab->title().contains(QStringLiteral("ipc:[")), qPrintable(ourTab->title()));
    // Our pid names our own namespace: the tab we have.
    QCOMPARE(m_window->attachSegment(ours.id(), Mode::ReadOnly, getpid()), ourTab);
}

void TestForeignTab::refusedAsNobodyOpensNothing()
{
    ForeignSegment segment(*m_namespace);
    QVERIFY(segment.create(4096, -1, 0666));
    SegmentTab *tab = nullptr;
    {
        testutils::AsNobody nobody;
        QVERIFY(nobody.switched());
        tab = m_window->attachSegment(segment.id(), Mode::ReadOnly, m_namespace->pid());
    }
    QVERIFY(!tab);
    QCOMPARE(m_window->segmentTabs()->count(), 0);
    QCOMPARE(m_window->messageBar()->kind(), app::MessageBar::Kind::Error);
    QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("not ours to open")),
             qPrintable(m_window->messageBar()->text()));
    QCOMPARE(segment.stat()->shm_nattch, shmatt_t(0));
    // A process that does not exist: said, nothing opened.
    QVERIFY(!m_window->attachSegment(segment.id(), Mode::ReadOnly, 4194305));
    QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("No process has this id")),
             qPrintable(m_window->messageBar()->text()));
    QCOMPARE(m_window->segmentTabs()->count(), 0);
}

QTEST_MAIN(TestForeignTab)
#include "tst_foreigntab.moc"
