// The real main window, offscreen, when the kernel's segments misbehave under it: an id that names another
// segment at the next refresh, a writer killed in the middle of its writes, a segment of 1 GiB. The other
// faults of issue 7 are tested where their code is (see tests/fault/CMakeLists.txt for the list).

#include "app/mainwindow.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/table/refreshcontroller.h"
#include "app/table/segmenttablemodel.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>

using app::MainWindow;
using app::SegmentTab;
using app::SegmentTableModel;
using core::Attachment;
using testutils::Mapping;
using testutils::SegmentGuard;

namespace {

constexpr quint64 GiB = quint64(1) << 30;

// The segment's row as the window's table shows it now; null when it is not listed.
const core::SegmentInfo *listed(const SegmentTableModel *model, int shmid)
{
    const int row = model->rowOfShmid(shmid);
    return row < 0 ? nullptr : model->segmentAt(row);
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void idReusedBetweenRefreshes();
    void writerKilledMidWrite();
    void oneGibSegment();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the window's settings go to a test folder, not the user's
}

void TestFaults::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->refreshController()->setIntervalMs(app::RefreshController::MinimumIntervalMs);
    m_window->resize(1280, 1000); // room for rows of bytes below the table
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFaults::cleanup()
{
    m_window.reset(); // detaches every tab before the tests' guards remove their segments
}

// The kernel hands an id out again only once its sequence number wraps; kernel.shm_next_id (root, in the
// private IPC namespace ctest gives each test) forces it. Between two refreshes the segment goes and
// another, with another key and size, takes its id: the same row must then say the new segment's words,
// changed in place (no reset, the row not lost).
void TestFaults::idReusedBetweenRefreshes()
{
    if (const QString why = testutils::idReuseUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QFile nextId(testutils::ShmNextIdPath);

    SegmentGuard first;
    const key_t firstKey = testutils::uniqueKey(1);
    QVERIFY2(first.create(firstKey, 56, 0600), strerror(errno));
    const int shmid = first.id();
    SegmentTableModel *model = m_window->segmentModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(listed(model, shmid));
    QCOMPARE(listed(model, shmid)->key, qint32(firstKey));
    const int rowsBefore = model->rowCount();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);

    m_window->refreshController()->setPaused(true);
    QTRY_VERIFY(!m_window->refreshController()->isScanning());
    first.reset();
    QVERIFY(nextId.open(QIODevice::WriteOnly));
    QVERIFY(nextId.write(QByteArray::number(shmid)) > 0 && nextId.flush());
    nextId.close();
    SegmentGuard second;
    const key_t secondKey = testutils::uniqueKey(2);
    QVERIFY2(second.create(secondKey, 8192, 0644), strerror(errno));
    if (second.id() != shmid)
        QSKIP(qPrintable(QStringLiteral("another process created a segment first and took id %1; ours got %2")
                             .arg(shmid)
                             .arg(second.id())));
    m_window->refreshController()->setPaused(false);

    QTRY_VERIFY(listed(model, shmid) && listed(model, shmid)->key == qint32(secondKey));
    const core::SegmentInfo *now = listed(model, shmid);
    QCOMPARE(now->size, quint64(8192));
    QCOMPARE(now->mode & 0777u, 0644u);
    QCOMPARE(model->rowCount(), rowsBefore);
    QCOMPARE(resets.count(), 0);
    const QModelIndex keyIndex = model->index(model->rowOfShmid(shmid), SegmentTableModel::KeyColumn);
    QCOMPARE(keyIndex.data().toString(),
             QStringLiteral("0x%1").arg(quint32(secondKey), 8, 16, QLatin1Char('0')));
}

// Another process writes the segment in a tight loop and is killed (SIGKILL) in the middle of it: its
// bytes are left as they fell, maybe half of one round and half of the next. The tab attached to the
// segment goes on working and shows exactly those bytes, the kernel's count of attaches drops the dead
// writer, and the table says so.
void TestFaults::writerKilledMidWrite()
{
    constexpr quint64 Size = 256; // all of it on screen
    SegmentGuard segment;
    QVERIFY2(segment.create(testutils::uniqueKey(3), Size, 0600), strerror(errno));
    SegmentTab *tab = m_window->attachSegment(segment.id(), Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    app::SegmentDocument *document = tab->document();

    QProcess writer;
    writer.start(QStringLiteral(SHMSCOPE_BIN_DIR "/shmscribble"), {QString::number(segment.id())});
    QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
    QVERIFY2(writer.waitForReadyRead(5000) && writer.readLine().trimmed() == "writing",
             writer.readAllStandardError().constData());
    QTRY_VERIFY(document->changeEvents() >= 3); // the tab sees the writes
    QTRY_COMPARE(listed(m_window->segmentModel(), segment.id())->nattch, quint64(2));

    QCOMPARE(::kill(pid_t(writer.processId()), SIGKILL), 0);
    QVERIFY(writer.waitForFinished(5000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    const QByteArray last = Mapping(segment.id()).bytes(0, Size);
    const bool torn = last.count(last.at(0)) != last.size() || last.count(last.back()) != last.size();
    qInfo("the writer was killed %s",
          torn ? "in the middle of a round (the bytes are torn)" : "between two rounds");

    // The window on screen (the rows the view shows) is those bytes, and so is all of the segment read
    // through the tab's attachment.
    const auto onScreen = [document, &last] {
        return last.mid(qsizetype(document->windowOffset()), document->window().size());
    };
    QVERIFY(!document->window().isEmpty());
    QTRY_COMPARE(document->window(), onScreen());
    QCOMPARE(document->read(0, Size).value(), last);
    // And it stays so: three more ticks see no change.
    const quint64 changes = document->changeEvents();
    QSignalSpy ticks(document, &app::SegmentDocument::ticked);
    QTRY_VERIFY(ticks.count() >= 3);
    QCOMPARE(document->changeEvents(), changes);
    QCOMPARE(document->window(), onScreen());
    QCOMPARE(document->state(), Attachment::State::Alive);
    QCOMPARE(tab->hexView()->rowText(0).section(QLatin1Char(' '), 1, 16),
             QString::fromLatin1(last.left(16).toHex(' ')));
    QVERIFY(!tab->hexView()->grab().isNull());

    // The kernel detached the dead writer; our attach is the one left.
    QCOMPARE(testutils::shmStat(segment.id())->shm_nattch, shmatt_t(1));
    QTRY_COMPARE(listed(m_window->segmentModel(), segment.id())->nattch, quint64(1));
}

// A segment of 1 GiB in the window: listed with its size, attached, its last byte shown and followed, and a
// refresh tick that reads what is on screen, not the whole segment. Skipped, with the reason, where the
// kernel will not make such a segment.
void TestFaults::oneGibSegment()
{
    SegmentGuard segment;
    if (!segment.create(testutils::uniqueKey(4), GiB, 0600)) {
        const int errnum = errno;
        if (errnum == ENOMEM || errnum == ENOSPC || errnum == EINVAL)
            QSKIP(qPrintable(
                QStringLiteral("the kernel will not create a 1 GiB segment here (shmmax, shmall or "
                               "memory): %1")
                    .arg(QString::fromLocal8Bit(strerror(errnum)))));
        QFAIL(strerror(errnum));
    }
    QTRY_VERIFY(listed(m_window->segmentModel(), segment.id()));
    QCOMPARE(listed(m_window->segmentModel(), segment.id())->size, GiB);

    SegmentTab *tab = m_window->attachSegment(segment.id(), Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    app::SegmentDocument *document = tab->document();
    QCOMPARE(document->size(), GiB);
    QTRY_VERIFY(tab->hexView()->height() > 0); // laid out: the window below is what a screen shows

    // The view moved to the last byte; another process writes it, and the window on screen shows it.
    tab->hexView()->setCursorOffset(GiB - 1);
    QVERIFY(testutils::poke(segment.id(), GiB - 1, QByteArray("\x5a", 1)));
    const auto lastByteShown = [document]() -> int {
        const QByteArray &window = document->window();
        return document->windowOffset() + quint64(window.size()) == GiB ? window.back() : -1;
    };
    QTRY_COMPARE(lastByteShown(), 0x5a);
    QVERIFY(!tab->hexView()->grab().isNull());

    // A tick reads the window on screen, not the segment: a few rows of bytes out of 1 GiB. What a tick
    // costs in time and resident memory is bench_hexpane's figure (tick, attach memory), not a limit here.
    QVERIFY(quint64(document->window().size()) <= quint64(tab->hexView()->visibleRowCount()) * 16);
    QSignalSpy ticks(document, &app::SegmentDocument::ticked);
    QTRY_VERIFY(ticks.count() >= 3);
    QVERIFY(quint64(document->window().size()) <= quint64(tab->hexView()->visibleRowCount()) * 16);
    QCOMPARE(lastByteShown(), 0x5a);
}

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
