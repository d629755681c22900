// Segment > Checksums and Statistics… in the real window, offscreen, against real segments filled by another
// process: the sums of the selection and of the whole segment equal what sha256sum, sha1sum, md5sum and
// python3's zlib print for the same bytes; a 256 MiB segment is hashed while the event loop keeps turning; a
// sparse one stays sparse; Cancel and closing the tab stop the run and leave no thread; the histogram and the
// entropy; a segment of no bytes is told in the message bar.

#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/checksumdialog.h"
#include "app/segment/checksumjob.h"
#include "app/segment/histogramview.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "core/digest/digest.h"
#include "core/posix/posixscanner.h"
#include "core/translations.h"
#include "digesttools.h"
#include "testutils.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTimer>
#include <QToolButton>

#include <sys/stat.h>

using app::ChecksumDialog;
using app::ChecksumJob;
using app::MainWindow;
using app::SegmentTab;
using Algorithm = core::Digest::Algorithm;
using testutils::SegmentGuard;

namespace {

constexpr qsizetype MiB = 1024 * 1024;

// The threads of this process named `name` (QThread gives its objectName to the kernel: /proc/self/task/*/comm).
int threadsNamed(const QByteArray &name)
{
    int count = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name)
            ++count;
    }
    return count;
}

} // namespace

class TestChecksums : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectionSumsMatchTheTools();
    void wholeSegmentOf256MiBWhileTheWindowAnswers();
    void sparseSegmentStaysSparse();
    void cancelStopsAndLeavesNoThread();
    void closingTheTabMidRunDetaches();
    void histogramAndEntropy();
    void copyPutsTheSumOnTheClipboard();
    void objectOfNoBytesIsToldInTheMessageBar();

private:
    // A segment of `bytes`, copied in by another process (shmfill) from a file of the test's; attached
    // read-only in a tab.
    SegmentTab *attachHolding(const QByteArray &bytes);
    // Triggers the tab's action: the dialog it opens.
    static ChecksumDialog *openDialog(SegmentTab *tab);
    // Waits for the run to end (two minutes at most: a 256 MiB run takes a few seconds here, many more
    // under a sanitizer on a loaded machine).
    static bool waitForSums(ChecksumDialog *dialog);
    void compareWithTools(ChecksumDialog *dialog, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
    SegmentGuard m_segment;
    QTemporaryDir m_files;
};

void TestChecksums::initTestCase()
{
    core::Translations::instance().use(core::Translations::Language::English);
    QVERIFY(m_files.isValid());
}

void TestChecksums::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestChecksums::cleanup()
{
    m_window.reset(); // detaches every tab (and ends every run) before the segment goes
    m_segment.reset();
    m_settingsDir.reset();
}

SegmentTab *TestChecksums::attachHolding(const QByteArray &bytes)
{
    const QString path = m_files.filePath(QStringLiteral("segment.bin"));
    if (!testutils::writeFile(path, bytes) || !m_segment.create(IPC_PRIVATE, size_t(bytes.size()))
        || !digesttools::fillFromFile(m_segment.id(), path))
        return nullptr;
    return m_window->attachSegment(m_segment.id(), core::Attachment::Mode::ReadOnly);
}

ChecksumDialog *TestChecksums::openDialog(SegmentTab *tab)
{
    auto *action = tab->findChild<QAction *>(QStringLiteral("checksumsAction"));
    if (!action)
        return nullptr;
    action->trigger();
    return tab->findChild<ChecksumDialog *>(QStringLiteral("checksumDialog"));
}

bool TestChecksums::waitForSums(ChecksumDialog *dialog)
{
    return QTest::qWaitFor([dialog] { return !dialog->job()->isRunning(); }, 120000);
}

void TestChecksums::compareWithTools(ChecksumDialog *dialog, const QByteArray &bytes)
{
    const QString path = m_files.filePath(QStringLiteral("expected.bin"));
    QVERIFY(testutils::writeFile(path, bytes));
    const std::array<QString, 5> tools = digesttools::toolSums(path);
    for (const Algorithm algorithm : core::Digest::AllAlgorithms)
        QCOMPARE(dialog->sum(algorithm), tools[size_t(core::Digest::index(algorithm))]);
}

// A selection of a segment another process filled: the five sums are the tools' of the selected bytes; the
// Whole segment choice gives the tools' of every byte.
void TestChecksums::selectionSumsMatchTheTools()
{
    const QByteArray bytes = testutils::randomBytes(3 * MiB + 11, 19);
    SegmentTab *tab = attachHolding(bytes);
    QVERIFY2(tab, qPrintable(m_window->messageBar()->text()));
    tab->hexView()->setSelection(0x10, 2 * MiB + 1);
    ChecksumDialog *dialog = openDialog(tab);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Checksums and Statistics"));
    auto *selection = dialog->findChild<QRadioButton *>(QStringLiteral("selectionChoice"));
    auto *whole = dialog->findChild<QRadioButton *>(QStringLiteral("wholeChoice"));
    QVERIFY(selection->isChecked());
    QVERIFY(selection->text().contains(QStringLiteral("from 0x10 to 0x200010")));
    QVERIFY(waitForSums(dialog));
    compareWithTools(dialog, bytes.mid(0x10, 2 * MiB + 1));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("status"))->text().startsWith(QStringLiteral("Sums of ")));

    whole->click();
    QVERIFY(waitForSums(dialog));
    compareWithTools(dialog, bytes);

    // Asked again with no selection: the whole segment alone is offered.
    tab->hexView()->setCursorOffset(5);
    QVERIFY(!tab->hexView()->hasSelection());
    QCOMPARE(openDialog(tab), dialog);
    QVERIFY(whole->isChecked());
    QVERIFY(!selection->isVisible());
    QVERIFY(waitForSums(dialog));
    compareWithTools(dialog, bytes);
}

// The 256 MiB: the whole segment hashed by the dialog equals sha256sum and python3's zlib.crc32 of
// the same bytes, and a 10 ms timer keeps ticking while it runs (the event loop is never held for long).
void TestChecksums::wholeSegmentOf256MiBWhileTheWindowAnswers()
{
    const qint64 size = 256 * MiB;
    const QString path = m_files.filePath(QStringLiteral("256mib.bin"));
    QVERIFY(digesttools::writeRandomFile(path, size));
    QVERIFY(m_segment.create(IPC_PRIVATE, size_t(size)));
    QVERIFY(digesttools::fillFromFile(m_segment.id(), path));
    SegmentTab *tab = m_window->attachSegment(m_segment.id(), core::Attachment::Mode::ReadOnly);
    QVERIFY(tab);

    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start();
    QElapsedTimer took;
    took.start();
    ChecksumDialog *dialog = openDialog(tab);
    QVERIFY(dialog);
    QVERIFY(dialog->job()->isRunning());
    QVERIFY(dialog->findChild<QProgressBar *>(QStringLiteral("progress"))->isVisible());
    QVERIFY(waitForSums(dialog));
    const qint64 ms = took.elapsed();
    timer.stop();
    // At least one tick in every 100 ms of the run: the run is not on the GUI thread.
    QVERIFY2(ticks >= ms / 100, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(ms)));
    QVERIFY(!dialog->findChild<QProgressBar *>(QStringLiteral("progress"))->isVisible());

    const std::array<QString, 5> tools = digesttools::toolSums(path);
    QCOMPARE(dialog->sum(Algorithm::Sha256), tools[size_t(core::Digest::index(Algorithm::Sha256))]);
    QCOMPARE(dialog->sum(Algorithm::Crc32), tools[size_t(core::Digest::index(Algorithm::Crc32))]);
    QCOMPARE(dialog->sum(Algorithm::Md5), tools[size_t(core::Digest::index(Algorithm::Md5))]);
    // Random bytes: every value about as common, nearly 8 bits per byte.
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("entropy"))->text(),
             QStringLiteral("Entropy: 8.00 bits per byte"));
}

// An untouched 256 MiB segment but for one place another process wrote: the dialog's sums are those of the
// same bytes in a file, and the segment's rss in /proc/sysvipc/shm is what it was (its holes not read).
void TestChecksums::sparseSegmentStaysSparse()
{
    const qsizetype size = 256 * MiB;
    QVERIFY(m_segment.create(IPC_PRIVATE, size_t(size)));
    QVERIFY(testutils::poke(m_segment.id(), 100 * MiB, "written"));
    SegmentTab *tab = m_window->attachSegment(m_segment.id(), core::Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    QTest::qWait(300); // the hex view's first ticks read the rows on screen: a page or two
    const std::optional<quint64> before = testutils::sysvipcRss(m_segment.id());
    QVERIFY(before && *before <= 4 * testutils::pageSize());
    ChecksumDialog *dialog = openDialog(tab);
    QVERIFY(dialog);
    QVERIFY(waitForSums(dialog));
    QCOMPARE(testutils::sysvipcRss(m_segment.id()), before);

    const QString path = m_files.filePath(QStringLiteral("sparse.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(size) && file.seek(100 * MiB));
    QCOMPARE(file.write("written"), qint64(7));
    file.close();
    const std::array<QString, 5> tools = digesttools::toolSums(path);
    for (const Algorithm algorithm : core::Digest::AllAlgorithms)
        QCOMPARE(dialog->sum(algorithm), tools[size_t(core::Digest::index(algorithm))]);
}

// Cancel mid-run: the job stops at once, its thread is gone, nothing is shown, and the status says so.
void TestChecksums::cancelStopsAndLeavesNoThread()
{
    SegmentTab *tab = attachHolding(testutils::randomBytes(64 * MiB, 5));
    QVERIFY(tab);
    QCOMPARE(threadsNamed("checksums"), 0);
    ChecksumDialog *dialog = openDialog(tab);
    QVERIFY(dialog);
    QVERIFY(dialog->job()->isRunning());
    QTRY_COMPARE(threadsNamed("checksums"), 2); // named by each thread itself as it starts
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isVisible());
    QTRY_VERIFY(dialog->findChild<QProgressBar *>(QStringLiteral("progress"))->value() > 0);
    cancel->click();
    QVERIFY(!dialog->job()->isRunning());
    QTRY_COMPARE(threadsNamed("checksums"), 0); // the thread ends just after wait() returns
    QVERIFY(!cancel->isVisible());
    for (const Algorithm algorithm : core::Digest::AllAlgorithms)
        QCOMPARE(dialog->sum(algorithm), QString());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("status"))->text(),
             QStringLiteral("Cancelled: nothing was computed."));
    // Nothing more comes of the run cancelled.
    QSignalSpy computed(dialog->job(), &ChecksumJob::computed);
    QTest::qWait(200);
    QCOMPARE(computed.count(), 0);

    // Compute Again runs anew; closing the dialog mid-run cancels too.
    dialog->findChild<QPushButton *>(QStringLiteral("computeButton"))->click();
    QVERIFY(dialog->job()->isRunning());
    dialog->close();
    QVERIFY(!dialog->job()->isRunning());
    QTRY_COMPARE(threadsNamed("checksums"), 0); // the thread ends just after wait() returns
}

// The tab closed while its dialog hashes: the run is stopped and waited for before the detach, so nothing
// reads a mapping that is gone; the segment is detached (nattch 0).
void TestChecksums::closingTheTabMidRunDetaches()
{
    SegmentTab *tab = attachHolding(testutils::randomBytes(64 * MiB, 6));
    QVERIFY(tab);
    ChecksumDialog *dialog = openDialog(tab);
    QVERIFY(dialog && dialog->job()->isRunning());
    auto *tabs = m_window->segmentTabs();
    QCOMPARE(tabs->count(), 1);
    QMetaObject::invokeMethod(tabs, "tabCloseRequested", Q_ARG(int, 0));
    QTRY_COMPARE(tabs->count(), 0);
    QTRY_COMPARE(threadsNamed("checksums"), 0); // the thread ends just after wait() returns
    QTRY_COMPARE(testutils::shmStat(m_segment.id())->shm_nattch, shmatt_t(0));
}

// Bytes of two values, 0x41 thrice as common as 0x00 and one 0xff: the bars' heights follow the counts
// (linear: 0x41 the full height), the logarithmic scale lifts the rare one, and the entropy is the one of
// those shares.
void TestChecksums::histogramAndEntropy()
{
    QByteArray bytes = QByteArray(3000, 'A') + QByteArray(1000, '\0');
    bytes[5] = '\xff';
    SegmentTab *tab = attachHolding(bytes);
    QVERIFY(tab);
    ChecksumDialog *dialog = openDialog(tab);
    QVERIFY(dialog);
    QVERIFY(waitForSums(dialog));
    app::HistogramView *histogram = dialog->histogram();
    const int full = histogram->barHeight(0x41);
    QVERIFY(full > 20);
    QVERIFY(qAbs(histogram->barHeight(0x00) - full / 3) <= 1);
    QCOMPARE(histogram->barHeight(0x42), 0);
    const int rareLinear = histogram->barHeight(0xff);
    QCOMPARE(rareLinear, 1);
    dialog->findChild<QCheckBox *>(QStringLiteral("logScale"))->setChecked(true);
    QVERIFY(histogram->barHeight(0xff) > rareLinear);
    QCOMPARE(histogram->barHeight(0x41), full);
    QVERIFY(histogram->textFor(0x41).startsWith(QStringLiteral("0x41 'A': 2,999 ")));
    // A bar is painted where the view says: a column of 0x41 has the bar's colour at its foot, none of 0x42.
    const QImage image = histogram->grab().toImage();
    const int bottom = histogram->height() - histogram->fontMetrics().height() - 5;
    const auto paintedAt = [&](int value) {
        for (int x = 0; x < image.width(); ++x) {
            if (histogram->valueAt(x) == value && image.pixelColor(x, bottom) == histogram->palette().color(QPalette::Highlight))
                return true;
        }
        return false;
    };
    QVERIFY(paintedAt(0x41));
    QVERIFY(!paintedAt(0x42));

    // -(0.74975 log2 0.74975 + 0.25 log2 0.25 + 0.00025 log2 0.00025), as python3 prints it: 0.8145...
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("entropy"))->text(),
             QStringLiteral("Entropy: 0.81 bits per byte"));
}

void TestChecksums::copyPutsTheSumOnTheClipboard()
{
    SegmentTab *tab = attachHolding(QByteArray("abc"));
    QVERIFY(tab);
    ChecksumDialog *dialog = openDialog(tab);
    QVERIFY(dialog);
    QVERIFY(waitForSums(dialog));
    dialog->findChild<QToolButton *>(QStringLiteral("sha256Copy"))->click();
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("status"))->text(),
             QStringLiteral("SHA-256 copied to the clipboard."));
    dialog->findChild<QToolButton *>(QStringLiteral("crc32Copy"))->click();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("352441c2"));
}

// A POSIX object of no bytes in a tab: nothing to hash, said in the tab's message bar, and no dialog.
void TestChecksums::objectOfNoBytesIsToldInTheMessageBar()
{
    const testutils::PosixNameGuard guard("nobytes");
    QVERIFY(guard.create(QByteArray()));
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(guard.path()).constData(), &st), 0);
    std::optional<core::PosixObject> listed;
    for (const core::PosixObject &object : core::PosixScanner().scan().objects) {
        if (object.inode == quint64(st.st_ino))
            listed = object;
    }
    QVERIFY(listed);
    SegmentTab *tab = m_window->openPosixObject(*listed, core::PosixMapping::Mode::ReadOnly);
    QVERIFY2(tab, qPrintable(m_window->messageBar()->text()));
    QCOMPARE(openDialog(tab), nullptr);
    QCOMPARE(tab->messageBar()->text(),
             QStringLiteral("%1 has no bytes: there is nothing to checksum.").arg(guard.path()));
}

QTEST_MAIN(TestChecksums)
#include "tst_checksums.moc"
