// Benchmark of Checksums and Statistics (issue 19): SHA-256 of a resident 1 GiB segment by core::Digest beside
// `sha256sum` of the same bytes in a file whose pages are in the page cache (goal: at most 1.2x its time), the
// dialog's whole pass (all five sums and the statistics) and Qt's QCryptographicHash for scale; and how long
// the window's event loop goes without turning while the dialog hashes the 1 GiB, beside the same window idle.
//
// Prints figures; fails only when a measurement cannot be made or what it measured is wrong (sums that differ
// from sha256sum's).
//
//   cd build && QT_QPA_PLATFORM=offscreen ctest -R bench_digest -V      (or ./test.sh --bench)
//   BENCH_RUNS=5 BENCH_MIB=512 ./bin/bench_digest                      (defaults 3 runs, 1024 MiB)
//
// The segment is made IPC_PRIVATE, attached once by the benchmark and marked for removal at once
// (testutils::ScratchSegment): the kernel destroys it with the last detach, however the run ends.

#include "app/mainwindow.h"
#include "app/segment/checksumdialog.h"
#include "app/segment/checksumjob.h"
#include "app/segment/segmenttab.h"
#include "core/digest/digest.h"
#include "core/kernel/attachment.h"
#include "testutils.h"

#include "benchutils.h"
#include "eventloopstall.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using app::ChecksumDialog;
using app::MainWindow;
using app::SegmentTab;
using core::Attachment;
using core::Digest;
using Algorithm = core::Digest::Algorithm;

using namespace benchutils;

class BenchDigest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sha256BesideSha256sum();
    void eventLoopWhileTheDialogHashes();

private:
    testutils::ScratchSegment m_segment;
    quint64 m_size = 0;
    int m_runs = 3;
    QTemporaryDir m_dir;
    QString m_file; // the same bytes, for sha256sum
    QString m_expected; // sha256sum's word for them
};

void BenchDigest::initTestCase()
{
    m_runs = envInt("BENCH_RUNS", 3, 1);
    if (const QString error = makeRandomSegment(m_segment); !error.isEmpty())
        QSKIP(qPrintable(error));
    m_size = m_segment.size();
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("segment.bin"));
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (quint64 at = 0; at < m_size; at += 64 << 20) {
        const qint64 n = qint64(std::min<quint64>(64 << 20, m_size - at));
        QCOMPARE(file.write(m_segment.memory() + at, n), n);
    }
    file.close();
    // Once before timing: its pages in the page cache (just written, they are), and its word to check ours by.
    const testutils::Run sum = testutils::run(QStringLiteral("sha256sum"), {m_file});
    QCOMPARE(sum.exitCode, 0);
    m_expected = QString::fromLatin1(sum.out.split(' ').value(0));
}

// Whole passes over the resident segment, alternated with sha256sum of the file, median of each.
void BenchDigest::sha256BesideSha256sum()
{
    auto attached = Attachment::attach(m_segment.id());
    QVERIFY(attached.ok());
    // The dialog's pass: all five sums and the statistics, on the job's two threads.
    app::ChecksumJob job(*attached.value());
    std::optional<QString> sha256;
    connect(&job, &app::ChecksumJob::computed, this,
            [&sha256](const Digest::Sums &sums) { sha256 = sums.of(Algorithm::Sha256); });
    QList<double> ours, theirs, dialogs;
    for (int run = 0; run < m_runs; ++run) {
        ours.append(timed([&] {
                        const auto sums = Digest::of(*attached.value(), 0, m_size, Algorithm::Sha256, false);
                        if (sums.ok())
                            sha256 = sums.value().of(Algorithm::Sha256);
                    }).wall);
        QCOMPARE(sha256.value_or(QString()), m_expected);
        const double ms = runMs("sha256sum", {m_file.toLocal8Bit()});
        QVERIFY(ms > 0);
        theirs.append(ms);
        sha256.reset();
        dialogs.append(timed([&] {
                           job.start(0, m_size);
                           while (job.isRunning())
                               QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
                       }).wall);
        QCOMPARE(sha256.value_or(QString()), m_expected);
    }
    // Qt's own SHA-256 of the same bytes where they lie (no copy), once: why libcrypto is used.
    QByteArray qtHash;
    const double qtMs = timed([&] {
                            qtHash = QCryptographicHash::hash(QByteArrayView(m_segment.memory(), qsizetype(m_size)),
                                                              QCryptographicHash::Sha256);
                        }).wall;
    QCOMPARE(QString::fromLatin1(qtHash.toHex()), m_expected);

    const Stats o = statsOf(ours);
    const Stats t = statsOf(theirs);
    const Stats d = statsOf(dialogs);
    const QString size = QStringLiteral("%1 MiB").arg(m_size >> 20);
    std::printf("\n| SHA-256 of a resident %s segment, median of %d | time | GB/s | ÷ sha256sum |\n"
                "|---|---|---|---|\n"
                "| **core::Digest, SHA-256 alone** | %s ms | %.2f | **%.2f×** |\n"
                "| `sha256sum FILE` of the same bytes, page cache warm | %s ms | %.2f | 1.00× |\n"
                "| app::ChecksumJob, all five and the statistics on two threads (the dialog's run) | %s ms | %.2f | %.2f× |\n"
                "| QCryptographicHash::Sha256 in place, once | %s ms | %.2f | %.2f× |\n",
                qPrintable(size), m_runs, qPrintable(msWithP90(o)), gbPerSecond(m_size, o.median),
                o.median / t.median, qPrintable(msWithP90(t)), gbPerSecond(m_size, t.median),
                qPrintable(msWithP90(d)), gbPerSecond(m_size, d.median), d.median / t.median,
                qPrintable(ms(qtMs)), gbPerSecond(m_size, qtMs), qtMs / t.median);
    summary(QStringLiteral("Checksums"), QStringLiteral("SHA-256 of a resident %1 segment").arg(size),
            QStringLiteral("%1 ms (%2 GB/s)").arg(ms(o.median)).arg(gbPerSecond(m_size, o.median), 0, 'f', 2),
            QStringLiteral("sha256sum of the file %1 ms: **%2×** its time; goal ≤ 1.2×")
                .arg(ms(t.median))
                .arg(o.median / t.median, 0, 'f', 2));
}

// The dialog hashing the whole segment (all five and the statistics) in a tab of the real window, its live
// tick on: the longest the event loop went without turning (10 ms timer), beside the same window idle as long.
void BenchDigest::eventLoopWhileTheDialogHashes()
{
    MainWindow window;
    SegmentTab *tab = attachInPausedWindow(window, m_segment.id());
    QVERIFY(tab);
    QAction *checksums = tab->findChild<QAction *>(QStringLiteral("checksumsAction"));
    QVERIFY(checksums);
    QTest::qWait(300); // the window's first refresh and paints, which are not the hashing's

    ChecksumDialog *dialog = nullptr;
    const Stalls stalls = measureStalls(
        m_runs, 10,
        [&] {
            checksums->trigger();
            dialog = tab->findChild<ChecksumDialog *>(QStringLiteral("checksumDialog"));
        },
        [&] { return dialog && !dialog->job()->isRunning(); });
    QCOMPARE(dialog->sum(Algorithm::Sha256), m_expected);
    reportStalls(stalls, 10, QStringLiteral("Checksums and Statistics of %1 MiB").arg(m_size >> 20),
                 QStringLiteral("hashing"), QStringLiteral("Checksums"),
                 QStringLiteral("Longest event-loop gap while the dialog hashes %1 MiB").arg(m_size >> 20), QString());
}

QTEST_MAIN(BenchDigest)
#include "bench_digest.moc"
