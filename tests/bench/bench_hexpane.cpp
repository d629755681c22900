// Benchmark of the hex pane: painting a screen of bytes, one refresh tick, the memory that attaching a
// 1 GiB segment costs, and how long another process's write takes to show.
//
// Prints figures; fails only when a measurement cannot be made or what it measured is wrong (a blank
// paint, highlights missing, a write never seen). The Markdown table at the end is written to stdout
// without the Qt Test prefix, ready to paste into docs/PERFORMANCE.md.
//
//   cd build && QT_QPA_PLATFORM=offscreen ctest -R bench_hexpane -V        (or ./test.sh --bench)
//   BENCH_PAINTS=500 BENCH_TICKS=20000 BENCH_WRITES=500 ./bin/bench_hexpane   (defaults 200, 5000, 200)
//
// Every segment is made IPC_PRIVATE, attached once by the benchmark and marked for removal (IPC_RMID) at
// once. Linux still lets a process attach a removed segment by id while someone has it attached, so the
// window and the writer process can attach it as any other; the kernel destroys it with the last detach,
// however the run ends (even SIGKILL from a ctest timeout). The panes show such a segment as "removed",
// which changes none of the figures.

#include "app/mainwindow.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/table/refreshcontroller.h"
#include "core/bytes/byteformat.h"
#include "core/kernel/attachment.h"
#include "testutils.h"

#include "benchutils.h"

#include <QApplication>
#include <QEventLoop>
#include <QFontDatabase>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <random>
#include <sys/shm.h>
#include <unistd.h>

using app::HexView;
using app::MainWindow;
using app::SegmentDocument;
using app::SegmentTab;
using core::Attachment;

namespace {

using namespace benchutils;

constexpr int ViewportWidth = 1200;
constexpr int ViewportHeight = 800;
constexpr quint64 KiB = 1024;
constexpr quint64 MiB = 1024 * KiB;
constexpr quint64 GiB = 1024 * MiB;
constexpr double PaintGoalMs = 2.0;
constexpr double TickGoalUs = 200.0;
constexpr double RssGoalMB = 10.0;

qint64 monotonicNs()
{
    timespec ts = {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Keeps the compiler from dropping a copy whose result nobody reads.
void keep(const void *p)
{
    __asm__ __volatile__("" : : "r"(p) : "memory");
}

// What the segments hold: every byte value, printable and not, so the text column has both.
char patternByte(quint64 offset)
{
    return char((offset * 7 + (offset >> 8) * 13) & 0xff);
}

QString humanSize(quint64 bytes)
{
    if (bytes >= GiB && bytes % GiB == 0)
        return QStringLiteral("%1 GiB").arg(bytes / GiB);
    if (bytes >= MiB && bytes % MiB == 0)
        return QStringLiteral("%1 MiB").arg(bytes / MiB);
    return QStringLiteral("%1 B").arg(bytes);
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString us(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" µs");
}

// ---- Segments that cannot outlive the run ------------------------------------------------------------

using testutils::ScratchSegment; // see the top of the file

void fillPattern(ScratchSegment &segment, quint64 offset, quint64 length)
{
    for (quint64 i = offset; i < offset + length && i < segment.size(); ++i)
        segment.memory()[i] = patternByte(i);
}

// ---- The process and the machine ----------------------------------------------------------------------

struct Memory
{
    qint64 rss = 0, anon = 0, file = 0, shmem = 0, vmSize = 0; // KiB
};

Memory memoryNow()
{
    using testutils::statusKiB;
    return {statusKiB("VmRSS"), statusKiB("RssAnon"), statusKiB("RssFile"), statusKiB("RssShmem"),
            statusKiB("VmSize")};
}

// Resident KiB by mapping, from /proc/self/smaps: the file mapped, or [heap], [stack], [anon].
QHash<QString, qint64> rssByMapping()
{
    QHash<QString, qint64> rss;
    QFile file(QStringLiteral("/proc/self/smaps"));
    if (!file.open(QIODevice::ReadOnly))
        return rss;
    QString mapping;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 5 && fields.at(0).contains('-') && !fields.at(0).endsWith(':'))
            mapping = fields.size() > 5 ? QString::fromLocal8Bit(fields.at(5)) : QStringLiteral("[anon]");
        else if (fields.size() >= 2 && fields.at(0) == "Rss:")
            rss[mapping] += fields.at(1).toLongLong();
    }
    return rss;
}

double megabytes(qint64 kib)
{
    return double(kib) * 1024.0 / 1e6;
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown CPU");
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name"))
            return QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return QStringLiteral("unknown CPU");
}

// Delivers what is posted (layout requests, resizes) and paints the window now, into its backing store.
void settleAndPaint(QWidget *window)
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents();
    window->repaint();
}

// The window's segment scans run off the GUI thread: wait for the one in flight, if any, to be shown.
bool waitForScanIdle(app::RefreshController *refresh)
{
    if (!refresh->isScanning())
        return true;
    QSignalSpy scanned(refresh, &app::RefreshController::scanned);
    return scanned.wait(30000) || !refresh->isScanning();
}

// Sizes a scroll area so that its viewport is exactly w×h.
void sizeViewport(QAbstractScrollArea *view, int w, int h)
{
    for (int i = 0; i < 3; ++i) {
        const QSize extra = view->size() - view->viewport()->size();
        view->resize(QSize(w, h) + extra);
        QCoreApplication::sendPostedEvents();
    }
}

// Pixels of the change highlight (amber at 60 % over the white base): much red, some green, little blue.
int highlightPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            count += qRed(p) >= 240 && qGreen(p) >= 150 && qGreen(p) <= 240 && qBlue(p) <= 170 ? 1 : 0;
        }
    }
    return count;
}

// Pixels that are not the background colour: the text that was drawn.
int inkPixels(const QImage &image, QRgb background)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) != background ? 1 : 0;
    }
    return count;
}

} // namespace

class BenchHexPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void attachMemory(); // first: the closest to a fresh process
    void paint();
    void tick();
    void changeLatency();
    void cleanupTestCase();

private:
    void note(const QString &line);
    void row(const QStringList &cells);

    ScratchSegment m_big; // 1 GiB, or the largest that could be made
    QString m_bigNote;
    int m_paints = 200;
    int m_ticks = 5000;
    int m_writes = 200;

    // Figures the later measurements use.
    double m_frameMs = -1;       // median paint of a full, highlighted screen
    quint64 m_windowBytes = 0;   // bytes on that screen
    int m_rows = 0;

    QStringList m_table; // the table
    QStringList m_notes;
};

void BenchHexPane::note(const QString &line)
{
    qInfo().noquote() << line;
    m_notes << line;
}

void BenchHexPane::row(const QStringList &cells)
{
    m_table << QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
}

void BenchHexPane::initTestCase()
{
    m_paints = envInt("BENCH_PAINTS", 200, 10);
    m_ticks = envInt("BENCH_TICKS", 5000, 100);
    m_writes = envInt("BENCH_WRITES", 200, 10);

    QString error;
    QStringList refused;
    for (quint64 size = GiB; size >= 16 * MiB; size /= 2) {
        if (m_big.create(size, &error))
            break;
        refused << error;
        if (error.startsWith(QLatin1String("shmctl"))) // made but not removable: stop before leaving more
            QFAIL(qPrintable(error));
    }
    QVERIFY2(m_big.memory(), qPrintable(QStringLiteral("no segment of 16 MiB or more: ") + error));
    if (!refused.isEmpty())
        m_bigNote = QStringLiteral(" The 1 GiB segment could not be made (%1); %2 is the largest that could.")
                        .arg(refused.join(QStringLiteral("; ")), humanSize(m_big.size()));
    note(QStringLiteral("Large segment: %1 (shmid %2).%3").arg(humanSize(m_big.size())).arg(m_big.id()).arg(m_bigNote));
}

// Attaching the large segment in the real window, as a user would: VmRSS before, after it is open in a tab,
// and after scrolling to its end and back; then, the window warm, a 56-byte segment and the large one again
// (a second, read-write tab) for what an attach costs once the one-time costs are paid.
void BenchHexPane::attachMemory()
{
    ScratchSegment small;
    QString error;
    QVERIFY2(small.create(56, &error), qPrintable(error));
    fillPattern(small, 0, 56);
    fillPattern(m_big, 0, 64 * KiB);
    fillPattern(m_big, m_big.size() - 64 * KiB, 64 * KiB);

    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForScanIdle(window.refreshController()));
    settleAndPaint(&window);

    // Attaches in a new tab, paints the window, checks the tab shows the segment's first bytes.
    const auto open = [&](int shmid, Attachment::Mode mode, const char *memory) -> SegmentTab * {
        SegmentTab *tab = window.attachSegment(shmid, mode);
        if (!tab || !waitForScanIdle(window.refreshController())) // attaching asks for a scan: nattch changed
            return nullptr;
        settleAndPaint(&window);
        const QByteArray &shown = tab->document()->window();
        const bool right = tab->document()->windowOffset() == 0 && !shown.isEmpty()
                           && shown == QByteArray(memory, shown.size());
        return right ? tab : nullptr;
    };
    // Scrolls a tab's hex view to the last row and back, painting at each end.
    const auto scrollToEndAndBack = [&](SegmentTab *tab) {
        QScrollBar *bar = tab->hexView()->verticalScrollBar();
        bar->setValue(bar->maximum());
        settleAndPaint(&window);
        const SegmentDocument *document = tab->document();
        const bool atEnd = document->windowOffset() + quint64(document->window().size()) == document->size();
        bar->setValue(0);
        settleAndPaint(&window);
        return atEnd && document->windowOffset() == 0;
    };

    const Memory before = memoryNow();
    const QHash<QString, qint64> mappingsBefore = rssByMapping();
    SegmentTab *bigTab = open(m_big.id(), Attachment::Mode::ReadOnly, m_big.memory());
    QVERIFY2(bigTab, "the large segment did not open in a tab");
    QVERIFY(bigTab->hexView()->visibleRowCount() > 10);
    const Memory opened = memoryNow();
    const QHash<QString, qint64> mappingsOpened = rssByMapping();
    QVERIFY(scrollToEndAndBack(bigTab));
    const Memory scrolled = memoryNow();

    QVERIFY2(open(small.id(), Attachment::Mode::ReadOnly, small.memory()), "the 56-byte segment did not open");
    const Memory smallOpened = memoryNow();
    SegmentTab *bigAgain = open(m_big.id(), Attachment::Mode::ReadWrite, m_big.memory());
    QVERIFY2(bigAgain && bigAgain != bigTab, "the large segment did not open in a second tab");
    QVERIFY(scrollToEndAndBack(bigAgain));
    const Memory bigWarm = memoryNow();

    const auto delta = [](const Memory &to, const Memory &from) { return to.rss - from.rss; };
    const qint64 openedKiB = delta(opened, before);
    const qint64 scrolledKiB = delta(scrolled, before);
    const qint64 smallKiB = delta(smallOpened, scrolled);
    const qint64 bigWarmKiB = delta(bigWarm, smallOpened);
    QVERIFY2(opened.vmSize - before.vmSize >= qint64(m_big.size() / KiB), "the segment was not mapped whole");
    const QString size = humanSize(m_big.size());
    const auto split = [](const Memory &to, const Memory &from) {
        return QStringLiteral("anon %1, file %2, shmem %3 KiB")
            .arg(to.anon - from.anon)
            .arg(to.file - from.file)
            .arg(to.shmem - from.shmem);
    };
    // Where the first attach's resident pages went, by mapping (library, font file, heap, anon).
    QList<std::pair<qint64, QString>> grown;
    for (auto it = mappingsOpened.cbegin(); it != mappingsOpened.cend(); ++it) {
        const qint64 kib = it.value() - mappingsBefore.value(it.key());
        if (kib >= 256)
            grown.append({kib, it.key()});
    }
    std::sort(grown.begin(), grown.end(), std::greater<>());
    QStringList where;
    for (const auto &[kib, mapping] : std::as_const(grown))
        where << QStringLiteral("%1 +%2 KiB").arg(mapping).arg(kib);
    QStringList largestBefore;
    QList<std::pair<qint64, QString>> resident;
    for (auto it = mappingsBefore.cbegin(); it != mappingsBefore.cend(); ++it)
        resident.append({it.value(), it.key()});
    std::sort(resident.begin(), resident.end(), std::greater<>());
    for (qsizetype i = 0; i < std::min<qsizetype>(3, resident.size()); ++i)
        largestBefore << QStringLiteral("%1 %2 KiB").arg(resident.at(i).second).arg(resident.at(i).first);

    note(QStringLiteral("VmRSS before attach %1 KiB (window shown, first scan done; largest: %2). First tab, the %3 "
                        "segment opened and painted: %4 KiB (+%5 KiB: %6; VmSize +%7 MiB). By mapping: %8. Scrolled "
                        "to its end and back: +%9 KiB from before (%10).")
             .arg(before.rss)
             .arg(largestBefore.join(QStringLiteral(", ")), size)
             .arg(opened.rss)
             .arg(openedKiB)
             .arg(split(opened, before))
             .arg((opened.vmSize - before.vmSize) / 1024)
             .arg(where.join(QStringLiteral(", ")))
             .arg(scrolledKiB)
             .arg(split(scrolled, before)));
    note(QStringLiteral("Warm window: a 56-byte segment in a second tab +%1 KiB (%2); the %3 segment again in a third "
                        "tab (read-write), scrolled to its end and back, +%4 KiB (%5).")
             .arg(smallKiB)
             .arg(split(smallOpened, scrolled), size)
             .arg(bigWarmKiB)
             .arg(split(bigWarm, smallOpened)));

    const auto verdict = [](qint64 kib) {
        return megabytes(kib) < RssGoalMB ? QStringLiteral("met") : QStringLiteral("**missed**");
    };
    const auto ofSegment = [&](qint64 kib) {
        return QStringLiteral("%1 % of the segment").arg(fixed(100.0 * double(kib) * 1024.0 / double(m_big.size()), 3));
    };
    const auto megabytesText = [](qint64 kib) {
        return QStringLiteral("+%1 MB (+%2 KiB)").arg(fixed(megabytes(kib), 2)).arg(kib);
    };
    row({QStringLiteral("VmRSS rise: attach %1 in a fresh window's first tab (`MainWindow::attachSegment`, painted)")
             .arg(size),
         QStringLiteral("< 10 MB"), megabytesText(openedKiB),
         QStringLiteral("VmRSS %1 before; VmSize +%2 MiB (the whole segment mapped)")
             .arg(mib(before.rss))
             .arg((opened.vmSize - before.vmSize) / 1024),
         ofSegment(openedKiB), verdict(openedKiB)});
    summary(QStringLiteral("Memory"),
            QStringLiteral("VmRSS rise: attach a %1 segment in the window (painted)").arg(size),
            megabytesText(openedKiB), ofSegment(openedKiB));
    row({QStringLiteral("VmRSS rise: the same, then scrolled to the end and back"), QStringLiteral("< 10 MB"),
         megabytesText(scrolledKiB), QString(), ofSegment(scrolledKiB), verdict(scrolledKiB)});
    row({QStringLiteral("VmRSS rise: attach %1 again once the window is warm (third tab, scrolled end and back)").arg(size),
         QStringLiteral("< 10 MB"), megabytesText(bigWarmKiB),
         QStringLiteral("a 56 B segment, same window: +%1 KiB").arg(smallKiB),
         QStringLiteral("**%1×** the 56 B attach").arg(fixed(double(bigWarmKiB) / double(std::max<qint64>(smallKiB, 1)), 2)),
         verdict(bigWarmKiB)});
}

// HexView painting a full 1200×800 viewport offscreen, with every byte just changed and with none, against
// rendering an empty widget of the same size.
void BenchHexPane::paint()
{
    ScratchSegment plainSegment, flashSegment;
    QString error;
    QVERIFY2(plainSegment.create(MiB, &error), qPrintable(error));
    QVERIFY2(flashSegment.create(MiB, &error), qPrintable(error));
    fillPattern(plainSegment, 0, MiB);
    fillPattern(flashSegment, 0, MiB);

    auto plainAttach = Attachment::attach(plainSegment.id(), Attachment::Mode::ReadOnly);
    auto flashAttach = Attachment::attach(flashSegment.id(), Attachment::Mode::ReadOnly);
    QVERIFY(plainAttach.ok() && flashAttach.ok());
    SegmentDocument plainDocument(std::move(plainAttach.value()));
    SegmentDocument flashDocument(std::move(flashAttach.value()));
    plainDocument.setPaused(true); // ticks only when the benchmark says
    flashDocument.setPaused(true);

    HexView plainView, flashView;
    QWidget empty;
    empty.setAutoFillBackground(true);
    empty.setBackgroundRole(QPalette::Base);
    for (HexView *view : {&plainView, &flashView}) {
        view->setDocument(view == &plainView ? &plainDocument : &flashDocument);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        sizeViewport(view, ViewportWidth, ViewportHeight);
        QCOMPARE(view->viewport()->size(), QSize(ViewportWidth, ViewportHeight));
        QCOMPARE(view->bytesPerLine(), 16);
    }
    empty.resize(ViewportWidth, ViewportHeight);
    empty.show();
    QVERIFY(QTest::qWaitForWindowExposed(&empty));

    m_rows = plainView.visibleRowCount();
    m_windowBytes = quint64(plainDocument.window().size());
    QCOMPARE(m_windowBytes, quint64(m_rows) * 16);
    QCOMPARE(plainDocument.window(), QByteArray(plainSegment.memory(), qsizetype(m_windowBytes)));
    const QByteArray firstRow(plainSegment.memory(), 16);
    QCOMPARE(plainView.rowText(0),
             QStringLiteral("00000000: %1 |%2|")
                 .arg(core::ByteFormat::hex(firstRow), core::ByteFormat::text(firstRow)));

    // Every byte on the flash screen changes before each of its paints, so every cell is highlighted.
    quint64 flips = 0;
    const auto changeEveryByte = [&] {
        char *bytes = flashSegment.memory() + flashDocument.windowOffset();
        for (qsizetype i = 0; i < flashDocument.window().size(); ++i)
            bytes[i] = char(bytes[i] ^ 0x5a);
        flashDocument.tick();
        ++flips;
    };

    QImage image(ViewportWidth, ViewportHeight, QImage::Format_ARGB32_Premultiplied);
    enum Kind { Empty, Plain, Flash, Kinds };
    QList<double> wall[Kinds], cpu[Kinds];
    constexpr int Warmup = 20;
    for (int i = 0; i < Warmup + m_paints; ++i) {
        for (int k = 0; k < Kinds; ++k) {
            const int kind = (i + k) % Kinds; // rotated: no figure always follows the same one
            QWidget *target = kind == Empty ? &empty : kind == Plain ? plainView.viewport() : flashView.viewport();
            if (kind == Flash)
                changeEveryByte();
            const Sample s = timed([&] { target->render(&image); });
            if (i >= Warmup) {
                wall[kind] << s.wall;
                cpu[kind] << s.cpu;
            }
        }
    }
    QCOMPARE(flashDocument.changedBytes(), flips * m_windowBytes);

    // What was painted is what it should be: text on the plain screen, highlights on every flash cell only.
    const QRgb base = plainView.palette().color(QPalette::Base).rgb();
    image.fill(Qt::black);
    plainView.viewport()->render(&image);
    const int plainInk = inkPixels(image, base);
    const int plainHighlight = highlightPixels(image);
    changeEveryByte();
    QVERIFY(flashDocument.highlightAge(flashDocument.windowOffset()) >= 0);
    image.fill(Qt::black);
    flashView.viewport()->render(&image);
    const int flashHighlight = highlightPixels(image);
    const QFontMetrics metrics(plainView.font());
    const int cellArea = metrics.horizontalAdvance(QLatin1Char('0')) * metrics.height();
    QVERIFY2(plainInk > int(m_windowBytes) * 3 * 4, "the plain screen has hardly any text on it");
    QCOMPARE(plainHighlight, 0);
    // Two cells (hex pair and character) a byte; glyphs cover part of each.
    QVERIFY2(flashHighlight > int(m_windowBytes) * 3 * cellArea / 2, "the changed bytes are not highlighted");

    const Stats e = statsOf(wall[Empty]), p = statsOf(wall[Plain]), f = statsOf(wall[Flash]);
    const Stats eCpu = statsOf(cpu[Empty]), pCpu = statsOf(cpu[Plain]), fCpu = statsOf(cpu[Flash]);
    m_frameMs = f.median;
    const QFont font = plainView.font();
    note(QStringLiteral("Paint: viewport %1×%2, font %3 %4 px, line %5 px: %6 rows, %7 bytes. Render medians "
                        "(p90), wall: empty QWidget %8, hex %9, hex all highlighted %10 ms; thread CPU %11 / %12 / "
                        "%13 ms; %14 paints each.")
             .arg(ViewportWidth)
             .arg(ViewportHeight)
             .arg(font.family())
             .arg(QFontInfo(font).pixelSize())
             .arg(metrics.height())
             .arg(m_rows)
             .arg(m_windowBytes)
             .arg(msWithP90(e), msWithP90(p), msWithP90(f), ms(eCpu.median), ms(pCpu.median), ms(fCpu.median))
             .arg(m_paints));
    // Wall time is the goal's measure; on a shared machine it also holds time other processes took, which
    // the thread's CPU time does not.
    const auto paintVerdict = [](const Stats &s, const Stats &sCpu) {
        if (s.median <= PaintGoalMs)
            return QStringLiteral("met");
        return sCpu.median <= PaintGoalMs ? QStringLiteral("**missed** on wall time, met on CPU time")
                                          : QStringLiteral("**missed**");
    };
    const auto paintRow = [&](const QString &what, const Stats &s, const Stats &sCpu) {
        row({what, QStringLiteral("≤ 2 ms"),
             QStringLiteral("%1 ms (p90 %2; CPU %3)").arg(ms(s.median), ms(s.p90), ms(sCpu.median)),
             QStringLiteral("empty QWidget %1 ms (p90 %2; CPU %3)").arg(ms(e.median), ms(e.p90), ms(eCpu.median)),
             QStringLiteral("**%1×** (CPU %2×)")
                 .arg(fixed(s.median / e.median, 1), fixed(sCpu.median / eCpu.median, 1)),
             paintVerdict(s, sCpu)});
        summary(
            QStringLiteral("Paint"), what, QStringLiteral("%1 ms").arg(ms(s.median)),
            QStringLiteral("empty QWidget %1 ms: **%2×**").arg(ms(e.median), fixed(s.median / e.median, 1)));
    };
    paintRow(QStringLiteral("Paint a full screen, %1×%2 px, %3 rows × 16 B, every byte highlighted")
                 .arg(ViewportWidth)
                 .arg(ViewportHeight)
                 .arg(m_rows),
             f, fCpu);
    paintRow(QStringLiteral("Paint a full screen, no highlights"), p, pCpu);
}

// SegmentDocument::tick() on the window of a full screen, for a 56-byte, a 1 MiB and the large segment,
// with nothing changed and with one byte changed (through our second mapping) since the last tick, against
// a bare memcpy of the same length.
void BenchHexPane::tick()
{
    QVERIFY2(m_windowBytes > 0, "paint() did not run first");
    // The clock's own cost: what an empty timed region measures.
    QList<double> clockNs;
    for (int i = 0; i < 10000; ++i) {
        const qint64 t0 = monotonicNs();
        const qint64 t1 = monotonicNs();
        clockNs << double(t1 - t0);
    }
    const double clockOverheadUs = statsOf(clockNs).median / 1000.0;
    note(QStringLiteral("Tick: %1 ticks a figure; reading the clock costs %2 ns (median, included in every tick "
                        "figure).")
             .arg(m_ticks)
             .arg(fixed(clockOverheadUs * 1000.0, 0)));

    QList<double> idleMedians;
    for (const quint64 wanted : {quint64(56), MiB, m_big.size()}) {
        ScratchSegment own;
        ScratchSegment *segment = &m_big;
        if (wanted != m_big.size()) {
            QString error;
            QVERIFY2(own.create(wanted, &error), qPrintable(error));
            segment = &own;
        }
        const quint64 size = segment->size();
        const quint64 length = std::min(m_windowBytes, size);
        const quint64 offset = (size - length) / 16 * 16; // the last screen, on a row boundary
        fillPattern(*segment, offset, length);
        auto attached = Attachment::attach(segment->id(), Attachment::Mode::ReadOnly);
        QVERIFY(attached.ok());
        SegmentDocument document(std::move(attached.value()));
        document.setPaused(true);
        document.setWindow(offset, length);
        QCOMPARE(document.windowOffset(), offset);
        QCOMPARE(quint64(document.window().size()), length);
        const char *source = segment->memory() + offset;
        QCOMPARE(document.window(), QByteArray(source, qsizetype(length)));

        QByteArray sink(qsizetype(length), '\0');
        enum Kind { Copy, Idle, Changed, Kinds };
        QList<double> times[Kinds];
        quint64 changes = 0;
        constexpr int Warmup = 200;
        for (int i = 0; i < Warmup + m_ticks; ++i) {
            for (int k = 0; k < Kinds; ++k) {
                const int kind = (i + k) % Kinds;
                qint64 t0 = 0, t1 = 0;
                if (kind == Copy) {
                    t0 = monotonicNs();
                    std::memcpy(sink.data(), source, size_t(length));
                    keep(sink.constData());
                    t1 = monotonicNs();
                } else {
                    if (kind == Changed) {
                        char *byte = segment->memory() + offset + quint64(i) % length;
                        *byte = char(*byte ^ 1);
                        ++changes;
                    }
                    t0 = monotonicNs();
                    document.tick();
                    t1 = monotonicNs();
                }
                if (i >= Warmup)
                    times[kind] << double(t1 - t0) / 1000.0;
            }
        }
        QCOMPARE(document.changedBytes(), changes); // one byte a change, each seen once
        QCOMPARE(document.window(), QByteArray(source, qsizetype(length)));

        const Stats c = statsOf(times[Copy]), idle = statsOf(times[Idle]), changed = statsOf(times[Changed]);
        idleMedians << idle.median;
        const QString what = QStringLiteral("%1 segment, %2-byte window at offset %3")
                                 .arg(humanSize(size))
                                 .arg(length)
                                 .arg(QStringLiteral("0x%1").arg(offset, 0, 16));
        note(QStringLiteral("Tick, %1: memcpy %2 (p90 %3), tick unchanged %4 (p90 %5, p99 %6), one byte changed "
                            "%7 (p90 %8, p99 %9)")
                 .arg(what, us(c.median), us(c.p90), us(idle.median), us(idle.p90), us(idle.p99), us(changed.median),
                      us(changed.p90), us(changed.p99)));
        const auto tickRow = [&](const QString &how, const Stats &s) {
            row({QStringLiteral("One tick (`SegmentDocument::tick()`), %1, %2").arg(what, how),
                 QStringLiteral("≤ 200 µs"), QStringLiteral("%1 (p90 %2, p99 %3)").arg(us(s.median), us(s.p90), us(s.p99)),
                 QStringLiteral("memcpy %1 (p90 %2)").arg(us(c.median), us(c.p90)),
                 QStringLiteral("**%1×** memcpy").arg(fixed(s.median / c.median, 1)),
                 s.median <= TickGoalUs ? QStringLiteral("met") : QStringLiteral("**missed**")});
        };
        tickRow(QStringLiteral("nothing changed"), idle);
        tickRow(QStringLiteral("one byte changed"), changed);
        summary(
            QStringLiteral("Tick"),
            QStringLiteral("%1 segment, %2-byte window, nothing changed").arg(humanSize(size)).arg(length),
            us(idle.median),
            QStringLiteral("memcpy of the window %1: **%2×**")
                .arg(us(c.median), fixed(idle.median / c.median, 1)));
    }
    // The 56-byte segment's window is 56 bytes; the others' are the same full screen.
    const double sizeRatio = idleMedians.at(2) / idleMedians.at(1);
    row({QStringLiteral("Tick cost, %1 segment ÷ 1 MiB segment (same %2-byte window, unchanged)")
             .arg(humanSize(m_big.size()))
             .arg(m_windowBytes),
         QStringLiteral("the same"), QStringLiteral("%1 ÷ %2").arg(us(idleMedians.at(2)), us(idleMedians.at(1))),
         QString(), QStringLiteral("**%1×**").arg(fixed(sizeRatio, 2)),
         sizeRatio < 1.25 ? QStringLiteral("met") : QStringLiteral("**missed**")});
}

// Another process writes; how long until the window's document reports it (bytesChanged) and until the
// window has painted it. At the default refresh period, in the real window, with the writer's own clock.
void BenchHexPane::changeLatency()
{
    QVERIFY2(m_frameMs > 0, "paint() did not run first");
    ScratchSegment segment;
    QString error;
    QVERIFY2(segment.create(4096, &error), qPrintable(error));
    fillPattern(segment, 0, 4096);
    std::memset(segment.memory(), 0, 8); // the writer's counter

    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForScanIdle(window.refreshController()));
    SegmentTab *tab = window.attachSegment(segment.id(), Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    SegmentDocument *document = tab->document();
    const int period = document->tickInterval();
    QCOMPARE(period, SegmentDocument::DefaultTickMs);
    settleAndPaint(&window);
    QCOMPARE(document->windowOffset(), quint64(0));

    QProcess writer;
    writer.start(QStringLiteral(SHMSCOPE_BIN_DIR "/shmwriter"), {QString::number(segment.id()), QStringLiteral("0")});
    QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
    while (!writer.canReadLine())
        QVERIFY2(writer.waitForReadyRead(10000), qPrintable(QString::fromLocal8Bit(writer.readAllStandardError())));
    QCOMPARE(writer.readLine().trimmed(), QByteArray("ready"));

    struct Write
    {
        qint64 written = -1; // ns, CLOCK_MONOTONIC, from the writer
        qint64 seen = -1;    // bytesChanged
        qint64 painted = -1; // the window's first repaint after that finished
        bool next = false;   // the next write is armed
    };
    QList<Write> writes(m_writes);
    int current = -1;
    quint64 awaitingPaint = 0; // counter value seen and not yet painted
    QStringList problems;
    QEventLoop loop;
    std::mt19937 random(20240611);
    std::uniform_int_distribution<int> phase(0, period - 1);

    // The next write goes out at a random point of the refresh period (a timer, not a wait for anything),
    // so that writes fall on every phase of the tick as another program's would.
    const auto sendNext = [&] {
        ++current;
        if (current >= m_writes) {
            loop.exit(0);
            return;
        }
        writer.write("w\n");
    };
    const auto armNextIfDone = [&] {
        if (current < 0 || current >= m_writes)
            return;
        Write &w = writes[current];
        if (w.written < 0 || w.seen < 0 || w.painted < 0 || w.next)
            return;
        w.next = true;
        QTimer::singleShot(phase(random), &loop, sendNext);
    };
    connect(document, &SegmentDocument::bytesChanged, &loop, [&] {
        const qint64 now = monotonicNs();
        if (document->windowOffset() != 0 || document->window().size() < 8)
            return;
        quint64 counter = 0;
        std::memcpy(&counter, document->window().constData(), sizeof counter);
        if (counter != quint64(current) + 1) {
            problems << QStringLiteral("saw counter %1 while waiting for %2").arg(counter).arg(current + 1);
            return;
        }
        writes[current].seen = now;
        awaitingPaint = counter;
        armNextIfDone();
    });
    connect(&writer, &QProcess::readyReadStandardOutput, &loop, [&] {
        while (writer.canReadLine()) {
            const QList<QByteArray> fields = writer.readLine().trimmed().split(' ');
            const qsizetype index = qsizetype(fields.value(0).toULongLong()) - 1;
            if (fields.size() != 2 || index < 0 || index >= writes.size()) {
                problems << QStringLiteral("the writer printed something unexpected");
                continue;
            }
            writes[index].written = fields.at(1).toLongLong();
        }
        armNextIfDone();
    });

    // Handles the window's UpdateRequest itself, so as to note when the repaint has finished (a filter sees
    // an event before it is handled).
    class PaintWatch : public QObject
    {
    public:
        PaintWatch(QWidget *window, std::function<void(qint64)> painted)
            : m_window(window), m_painted(std::move(painted))
        {
        }
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (watched != m_window || event->type() != QEvent::UpdateRequest)
                return false;
            static_cast<QObject *>(m_window)->event(event);
            m_painted(monotonicNs());
            return true;
        }

    private:
        QWidget *m_window;
        std::function<void(qint64)> m_painted;
    };
    PaintWatch watch(&window, [&](qint64 now) {
        if (awaitingPaint == 0)
            return;
        writes[qsizetype(awaitingPaint) - 1].painted = now;
        awaitingPaint = 0;
        armNextIfDone();
    });
    window.installEventFilter(&watch);

    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, &loop, [&] { loop.exit(1); });
    guard.start(std::max(120000, m_writes * period * 5));
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer::singleShot(0, &loop, sendNext);
    const int result = loop.exec();
    window.removeEventFilter(&watch);
    const double seconds = double(elapsed.elapsed()) / 1000.0;
    writer.closeWriteChannel();
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitCode(), 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    QVERIFY2(result == 0, qPrintable(QStringLiteral("timed out after %1 of %2 writes").arg(current).arg(m_writes)));

    QList<double> seen, painted;
    for (const Write &w : std::as_const(writes)) {
        QVERIFY(w.written > 0 && w.seen >= w.written && w.painted >= w.seen);
        seen << double(w.seen - w.written) / 1e6;
        painted << double(w.painted - w.written) / 1e6;
    }
    const Stats s = statsOf(seen), p = statsOf(painted);
    const double goal = double(period) + m_frameMs;
    note(QStringLiteral("Change latency, %1 writes by a child process in %2 s, refresh every %3 ms: to bytesChanged "
                        "p50 %4, p99 %5, max %6 ms; to the window painted p50 %7, p99 %8, max %9 ms; one frame "
                        "(the highlighted paint above) %10 ms.")
             .arg(m_writes)
             .arg(fixed(seconds, 1))
             .arg(period)
             .arg(ms(s.median), ms(s.p99), ms(s.max), ms(p.median), ms(p.p99), ms(p.max), ms(m_frameMs)));
    const auto latencyVerdict = [&](double value) {
        return value <= goal ? QStringLiteral("met") : QStringLiteral("**missed**");
    };
    row({QStringLiteral("Change latency: another process's write → `bytesChanged` + one frame (%1 ms), %2 writes")
             .arg(ms(m_frameMs))
             .arg(m_writes),
         QStringLiteral("≤ %1 ms + 1 frame").arg(period),
         QStringLiteral("p50 %1 ms, p99 %2 ms (max %3)").arg(ms(s.median + m_frameMs), ms(s.p99 + m_frameMs), ms(s.max + m_frameMs)),
         QStringLiteral("refresh period %1 ms").arg(period),
         QStringLiteral("to `bytesChanged`: p50 **%1**, p99 **%2** periods")
             .arg(fixed(s.median / period, 2), fixed(s.p99 / period, 2)),
         latencyVerdict(s.p99 + m_frameMs)});
    summary(QStringLiteral("Change latency"),
            QStringLiteral("another process's write → `bytesChanged` + one frame, %1 writes").arg(m_writes),
            QStringLiteral("p50 %1 ms, p99 %2 ms").arg(ms(s.median + m_frameMs), ms(s.p99 + m_frameMs)),
            QStringLiteral("refresh period %1 ms").arg(period));
    row({QStringLiteral("Change latency: write → the window's repaint finished (measured)"),
         QStringLiteral("≤ %1 ms + 1 frame").arg(period),
         QStringLiteral("p50 %1 ms, p99 %2 ms (max %3)").arg(ms(p.median), ms(p.p99), ms(p.max)),
         QStringLiteral("refresh period %1 ms").arg(period),
         QStringLiteral("p50 **%1**, p99 **%2** periods").arg(fixed(p.median / period, 2), fixed(p.p99 / period, 2)),
         latencyVerdict(p.p99)});
}

void BenchHexPane::cleanupTestCase()
{
    const int bigId = m_big.id();
    m_big.release();
    QStringList out;
    out << QString() << QStringLiteral("<!-- bench_hexpane: begin -->") << QStringLiteral("### Hex pane") << QString()
        << QStringLiteral("%1, %2 CPUs online; Qt %3, offscreen platform, Release build.")
               .arg(cpuModel())
               .arg(sysconf(_SC_NPROCESSORS_ONLN))
               .arg(QString::fromLatin1(qVersion()))
        << QString()
        << QStringLiteral("| Figure | Goal | Measured, median | Baseline in the same run | Ratio (machine-independent) "
                          "| Verdict |")
        << QStringLiteral("|---|---|---:|---:|---:|---|") << m_table << QString() << QStringLiteral("Notes:");
    for (const QString &line : std::as_const(m_notes))
        out << QStringLiteral("- ") + line;
    out << QStringLiteral("<!-- bench_hexpane: end -->") << QString();
    // Straight to stdout: through qInfo() every line would carry Qt Test's "QINFO : ..." prefix.
    const QByteArray text = out.join(QLatin1Char('\n')).toUtf8();
    std::fflush(stdout);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
    // Every segment was marked for removal when made; with the last detach the kernel has destroyed it.
    QVERIFY(!testutils::shmStat(bigId));
}

QTEST_MAIN(BenchHexPane)
#include "bench_hexpane.moc"
