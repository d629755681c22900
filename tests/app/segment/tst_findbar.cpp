// The find bar against real segments, offscreen: a search runs in the background while the window keeps
// answering, Esc stops it, a sparse segment stays sparse, and bad patterns are refused with a message.

#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/findjob.h"
#include "app/segment/hexview.h"
#include "app/segment/segmenttab.h"
#include "core/translations.h"
#include "testutils.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

#include <cstring>

using app::FindJob;
using app::MainWindow;
using app::SegmentTab;
using core::Attachment;
using testutils::SegmentGuard;

class TestFindBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void findsInTheBackground_data();
    void findsInTheBackground();
    void escapeCancelsMidway();
    void sparseSegmentStaysSparse();
    void removedSegmentIsStillSearched();
    void closingTheTabMidSearchDetaches();
    void badPatternsAreRefused_data();
    void badPatternsAreRefused();

private:
    // A segment of `size` bytes, every byte 0x5a (written through a mapping of the test's own, so that every
    // page is resident), or an untouched one when `fill` is false. Skips when the kernel will not make it.
    void makeSegment(quint64 size, bool fill);
    SegmentTab *attach();
    // Types `text` into the find bar (as hex, or as text) and starts a search.
    static void find(SegmentTab *tab, const QString &text, bool asText = false);
    static FindJob *job(SegmentTab *tab) { return tab->findChild<FindJob *>(QStringLiteral("findJob")); }
    static QString status(SegmentTab *tab) { return tab->findChild<QLabel *>(QStringLiteral("findStatus"))->text(); }

    std::unique_ptr<MainWindow> m_window;
    SegmentGuard m_segment;
    static constexpr quint64 Big = 256 * 1024 * 1024;
    static constexpr quint64 Chunk = 1024 * 1024; // core::ByteSearch's
};

void TestFindBar::initTestCase()
{
    core::Translations::instance().use(core::Translations::Language::English);
}

void TestFindBar::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFindBar::cleanup()
{
    m_window.reset(); // detaches every tab before the segment goes
    m_segment.reset();
}

void TestFindBar::makeSegment(quint64 size, bool fill)
{
    if (!m_segment.create(IPC_PRIVATE, size_t(size))) {
        const int errnum = errno;
        if (errnum == ENOMEM || errnum == ENOSPC || errnum == EINVAL)
            QSKIP(qPrintable(QStringLiteral("the kernel will not make a segment of %1 bytes here (shmmax, "
                                            "shmall or memory): %2")
                                 .arg(size)
                                 .arg(QString::fromLocal8Bit(std::strerror(errnum)))));
        QFAIL(qPrintable(QStringLiteral("shmget: ") + QString::fromLocal8Bit(std::strerror(errnum))));
    }
    if (fill) {
        testutils::Mapping mapping(m_segment.id());
        QVERIFY(mapping.ok());
        std::memset(mapping.data(), 0x5a, size);
    }
}

SegmentTab *TestFindBar::attach()
{
    SegmentTab *tab = m_window->attachSegment(m_segment.id(), Attachment::Mode::ReadOnly);
    if (tab)
        tab->showFindBar();
    return tab;
}

void TestFindBar::find(SegmentTab *tab, const QString &text, bool asText)
{
    tab->findChild<QComboBox *>(QStringLiteral("findMode"))->setCurrentIndex(asText ? 1 : 0);
    tab->findChild<QLineEdit *>(QStringLiteral("findText"))->setText(text);
    tab->findNext();
}

// In a 256 MiB segment, with the needle written by another process at the very end, across a chunk boundary,
// or nowhere: found (or said absent), and a 10 ms timer ticks while the search runs, which it could not if the
// search held the event loop.
void TestFindBar::findsInTheBackground_data()
{
    QTest::addColumn<quint64>("at"); // where shmpoke writes the needle; ~0 for nowhere
    QTest::newRow("at the end") << Big - 8;
    QTest::newRow("across a chunk boundary") << 100 * Chunk - 3;
    QTest::newRow("absent") << ~quint64(0);
}

void TestFindBar::findsInTheBackground()
{
    QFETCH(quint64, at);
    makeSegment(Big, true);
    const QByteArray needle("\x01needle\x02", 8);
    if (at != ~quint64(0))
        QVERIFY(testutils::poke(m_segment.id(), at, needle));
    SegmentTab *tab = attach();
    QVERIFY(tab);
    FindJob *search = job(tab);
    QVERIFY(search);

    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&] {
        if (search->isRunning())
            ++ticks;
    });
    timer.start();
    tab->hexView()->setCursorOffset(5);
    find(tab, QString::fromLatin1(needle.toHex(' ')));
    QVERIFY(search->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!search->isRunning(), 60000);
    timer.stop();
    QVERIFY2(ticks > 0, "the event loop did not turn while the search ran");
    if (at == ~quint64(0)) {
        QVERIFY2(tab->messageBar()->text().contains(QLatin1String("01 6e 65 65 64 6c 65 02 is not in the segment")),
                 qPrintable(tab->messageBar()->text()));
        QVERIFY(!tab->hexView()->hasSelection());
    } else {
        QCOMPARE(tab->hexView()->selectionStart(), at);
        QCOMPARE(tab->hexView()->selectionLength(), quint64(needle.size()));
    }
    QCOMPARE(status(tab), QString());
}

// Esc, pressed as soon as the search tells its first progress, stops it: no selection comes, the bar says
// so, and the Cancel button goes again.
void TestFindBar::escapeCancelsMidway()
{
    makeSegment(Big, true);
    QVERIFY(testutils::poke(m_segment.id(), Big - 6, "needle"));
    SegmentTab *tab = attach();
    QVERIFY(tab);
    FindJob *search = job(tab);
    auto *cancel = tab->findChild<QPushButton *>(QStringLiteral("findCancel"));
    QVERIFY(cancel);
    QVERIFY(!cancel->isVisible());
    double progressWhenPressed = -1;
    QString statusWhenPressed;
    connect(search, &FindJob::progressed, tab, [&](double fraction) {
        if (progressWhenPressed >= 0)
            return;
        progressWhenPressed = fraction;
        statusWhenPressed = status(tab);
        QVERIFY(cancel->isVisible());
        QTest::keyClick(tab->findChild<QLineEdit *>(QStringLiteral("findText")), Qt::Key_Escape);
    });
    find(tab, QStringLiteral("needle"), true);
    QTRY_VERIFY_WITH_TIMEOUT(progressWhenPressed >= 0, 60000);
    QVERIFY2(progressWhenPressed < 1, "the search ended before Esc");
    QVERIFY2(statusWhenPressed.startsWith(QStringLiteral("searching… ")), qPrintable(statusWhenPressed));
    QVERIFY(!search->isRunning());
    QCOMPARE(status(tab), QStringLiteral("Search cancelled."));
    QVERIFY(!cancel->isVisible());
    QVERIFY(!tab->hexView()->hasSelection());

    // The Cancel button does the same, and Find Next afterwards finds the needle.
    find(tab, QStringLiteral("needle"), true);
    QVERIFY(cancel->isVisible());
    cancel->click();
    QVERIFY(!search->isRunning());
    QCOMPARE(status(tab), QStringLiteral("Search cancelled."));
    tab->findNext();
    QTRY_VERIFY_WITH_TIMEOUT(!search->isRunning(), 60000);
    QCOMPARE(tab->hexView()->selectionStart(), Big - 6);
}

// A 256 MiB segment of which another process wrote page 0 (all 0xff) and a word far in: a find for what it
// does not hold leaves its rss (the kernel's, /proc/sysvipc/shm) as it was, and zeros are found in the first
// hole, also without making it resident.
void TestFindBar::sparseSegmentStaysSparse()
{
    makeSegment(Big, false);
    const quint64 page = testutils::pageSize();
    QVERIFY(testutils::poke(m_segment.id(), 0, QByteArray(qsizetype(page), '\xff')));
    QVERIFY(testutils::poke(m_segment.id(), 100 * Chunk + 1, "far in"));
    const std::optional<quint64> before = testutils::sysvipcRss(m_segment.id());
    QCOMPARE(before, std::optional<quint64>(2 * page));
    SegmentTab *tab = attach();
    QVERIFY(tab);
    QVERIFY(testutils::sysvipcRss(m_segment.id()) <= before); // the hex pane reads what it shows: page 0

    find(tab, QStringLiteral("not here"), true);
    QTRY_VERIFY_WITH_TIMEOUT(!job(tab)->isRunning(), 60000);
    QVERIFY2(tab->messageBar()->text().contains(QLatin1String("is not in the segment")),
             qPrintable(tab->messageBar()->text()));
    QCOMPARE(testutils::sysvipcRss(m_segment.id()), before);

    // Found in the written page far in; the hex pane then reads the rows it shows about it, which may reach
    // into the page before: that page, not the search, may come in. So with the zeros after it.
    const auto atMostAPageMore = [this](std::optional<quint64> than) {
        const std::optional<quint64> now = testutils::sysvipcRss(m_segment.id());
        QVERIFY2(now && *now <= *than + testutils::pageSize(),
                 qPrintable(QStringLiteral("rss %1 before, %2 after").arg(*than).arg(now.value_or(0))));
    };
    find(tab, QStringLiteral("far in"), true);
    QTRY_VERIFY_WITH_TIMEOUT(!job(tab)->isRunning(), 60000);
    QCOMPARE(tab->hexView()->selectionStart(), 100 * Chunk + 1);
    atMostAPageMore(before);
    tab->hexView()->setCursorOffset(0);
    const std::optional<quint64> beforeZeros = testutils::sysvipcRss(m_segment.id());
    find(tab, QStringLiteral("00 00 00 00"));
    QTRY_VERIFY_WITH_TIMEOUT(!job(tab)->isRunning(), 60000);
    QCOMPARE(tab->hexView()->selectionStart(), page);
    atMostAPageMore(beforeZeros);
}

// IPC_RMID while attached: our mapping still works, and so does Find.
void TestFindBar::removedSegmentIsStillSearched()
{
    makeSegment(4 * Chunk, false);
    QVERIFY(testutils::poke(m_segment.id(), 3 * Chunk + 11, "still here"));
    SegmentTab *tab = attach();
    QVERIFY(tab);
    const int shmid = m_segment.id();
    m_segment.reset(); // IPC_RMID: the kernel keeps it while we are attached
    QVERIFY(testutils::shmStat(shmid) && (testutils::shmStat(shmid)->shm_perm.mode & SHM_DEST));
    find(tab, QStringLiteral("still here"), true);
    QTRY_VERIFY_WITH_TIMEOUT(!job(tab)->isRunning(), 60000);
    QCOMPARE(tab->hexView()->selectionStart(), 3 * Chunk + 11);
}

// Closing the tab while a search runs stops the search before the detach: the segment ends with no attach
// of ours (nattch 0), and nothing reads the mapping after shmdt (ASan would say so).
void TestFindBar::closingTheTabMidSearchDetaches()
{
    makeSegment(Big, true);
    SegmentTab *tab = attach();
    QVERIFY(tab);
    QPointer<FindJob> search = job(tab);
    find(tab, QStringLiteral("not in it"), true);
    QVERIFY(search->isRunning());
    m_window->findChild<QAction *>(QStringLiteral("actionDetach"))->trigger();
    QCOMPARE(m_window->segmentTabs()->count(), 0);
    QTRY_VERIFY(search.isNull());
    QCOMPARE(testutils::shmStat(m_segment.id())->shm_nattch, 0u);
}

void TestFindBar::badPatternsAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("asText");
    QTest::addColumn<QString>("message");
    QTest::newRow("no hex at all") << QStringLiteral("   ") << false << QStringLiteral("Enter bytes in hex");
    QTest::newRow("longer than the segment")
        << QString(200, QLatin1Char('x')) << true << QStringLiteral("A pattern of 200 bytes cannot be in segment");
    QTest::newRow("megabytes of pasted hex")
        << QStringLiteral("ab ").repeated(1000000) << false << QStringLiteral("The find box holds fewer than");
}

// Refused before any search, with a message; nothing selected, nothing running.
void TestFindBar::badPatternsAreRefused()
{
    QFETCH(QString, text);
    QFETCH(bool, asText);
    QFETCH(QString, message);
    makeSegment(100, true);
    SegmentTab *tab = attach();
    QVERIFY(tab);
    find(tab, text, asText);
    QVERIFY(!job(tab)->isRunning());
    QVERIFY2(tab->messageBar()->text().contains(message), qPrintable(tab->messageBar()->text()));
    QVERIFY(!tab->hexView()->hasSelection());
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
