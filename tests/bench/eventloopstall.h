#pragma once

// What the benchmarks of background work in the window share (Find, Checksums and Statistics): a large segment
// of random bytes, the real window with a tab of it, and how long its event loop goes without turning while the
// work runs, beside the same window idle as long.

#include "app/mainwindow.h"
#include "app/segment/segmenttab.h"
#include "core/kernel/attachment.h"
#include "testutils.h"

#include "benchutils.h"

#include <QAction>
#include <QElapsedTimer>
#include <QTest>

#include <functional>

namespace benchutils {

// The segment of a benchmark of background work over a large segment: BENCH_MIB MiB (1024 unless set) of
// fillRandom() bytes. An empty string, or why it could not be made.
inline QString makeRandomSegment(testutils::ScratchSegment &segment)
{
    const quint64 size = quint64(envInt("BENCH_MIB", 1024, 16)) * 1024 * 1024;
    QString error;
    if (!segment.create(size, &error))
        return QStringLiteral("cannot make the %1 MiB segment: %2").arg(size >> 20).arg(error);
    fillRandom(segment.memory(), size);
    return {};
}

// Shows `window` at 1280x900 with its table's refresh paused (its own pauses, a scan's model update, ~100 ms
// on a loaded machine, are not the work's) and attaches `shmid` read-only in a tab, whose live tick stays on.
// Null when the window was not shown or the attach failed.
inline app::SegmentTab *attachInPausedWindow(app::MainWindow &window, int shmid)
{
    window.resize(1280, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    window.findChild<QAction *>(QStringLiteral("actionPause"))->setChecked(true);
    return window.attachSegment(shmid, core::Attachment::Mode::ReadOnly);
}

// The longest gaps of a timer of `intervalMs` over `runs` runs of some work, and of the window idle as long.
struct Stalls
{
    Stats busy; // longest gap while the work ran
    Stats idle; // the same, idle as long as the work took
    Stats took; // how long each run of the work took, ms
};

// `runs` times: `start` (which starts the work and returns at once), the event loop turning until `done`,
// then as long again with nothing started.
inline Stalls measureStalls(int runs, int intervalMs, const std::function<void()> &start,
                            const std::function<bool()> &done)
{
    QList<double> busy, idle, took;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        busy.append(longestGap(
            intervalMs,
            [&] {
                clock.start();
                start();
            },
            done));
        took.append(double(clock.nsecsElapsed()) / 1e6);
        QElapsedTimer waited;
        idle.append(longestGap(intervalMs, [&] { waited.start(); },
                               [&] { return waited.elapsed() >= qint64(took.last()); }));
    }
    return {statsOf(busy), statsOf(idle), statsOf(took)};
}

// The table of the figures ("Event loop during WHAT (N ms timer), R runs"; its first row "DOING (each run
// took ...)") and its summary row, whose `against` ends with `goal` when not empty.
inline void reportStalls(const Stalls &stalls, int intervalMs, const QString &what, const QString &doing,
                         const QString &topic, const QString &figure, const QString &goal)
{
    std::printf("\n| Event loop during %s (%d ms timer), %d runs | longest gap, median | worst |\n"
                "|---|---|---|\n"
                "| %s (each took %s ms, median) | %s ms | %s ms |\n"
                "| the same window idle as long | %s ms | %s ms |\n",
                qPrintable(what), intervalMs, stalls.busy.runs, qPrintable(doing), qPrintable(ms(stalls.took.median)),
                qPrintable(ms(stalls.busy.median)), qPrintable(ms(stalls.busy.max)),
                qPrintable(ms(stalls.idle.median)), qPrintable(ms(stalls.idle.max)));
    summary(topic, figure, QStringLiteral("%1 ms (worst %2)").arg(ms(stalls.busy.median), ms(stalls.busy.max)),
            QStringLiteral("idle window %1 ms (worst %2)").arg(ms(stalls.idle.median), ms(stalls.idle.max))
                + (goal.isEmpty() ? QString() : QStringLiteral("; ") + goal));
}

} // namespace benchutils
