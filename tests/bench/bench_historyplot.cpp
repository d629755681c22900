// Benchmark of a watch's history plot (app::HistoryPlot), offscreen: painting a plot of 100,000 samples (a
// number that changed 100,000 times, and a string's timeline of 100,000 values) beside a baseline paint of
// an empty plot of the same size, in the same run, in turns.
//
// Goal (issue 17): the 100,000-sample paint under 5 ms. Prints figures and fails only when the measurement is
// wrong.
//
//   cd build && ctest -R bench_historyplot -V
//   BENCH_RUNS=200 ./bin/bench_historyplot      (default 100 paints a figure)

#include "app/history/historyplot.h"
#include "core/history/fieldwatch.h"

#include "benchutils.h"

#include <QImage>
#include <QTest>

#include <cmath>
#include <ctime>

namespace {

constexpr qsizetype Samples = 100000;

// Every thread's: Qt's raster engine may hand parts of a paint to threads of its own.
double processCpuMs()
{
    timespec ts = {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// A watch paused (so that the time axis does not run on to now) holding `count` values a writer might have
// written every 10 ms: a saw-tooth number, or names "Dora 1", "Dora 2"...
core::FieldWatch filled(bool numeric, qsizetype count)
{
    core::StructField text;
    text.kind = core::StructField::Kind::String;
    text.name = QStringLiteral("names");
    text.typeName = QStringLiteral("char[16]");
    text.size = 16;
    text.arrayCount = 16;
    auto watch = numeric ? core::FieldWatch::ofBytes(0, 4) : core::FieldWatch::ofField(text, QStringLiteral("names"));
    core::FieldWatch out = std::move(watch.value());
    const qint64 start = 1796312400000;
    for (qsizetype i = 0; i < count; ++i) {
        if (numeric) {
            const quint32 value = quint32((i * 7919) % 1000 + 100 * std::sin(double(i) / 500));
            out.observe(QByteArrayView(reinterpret_cast<const char *>(&value), 4), start + i * 10);
        } else {
            QByteArray name = QByteArray("Dora ") + QByteArray::number(i);
            name.resize(16, '\0');
            out.observe(name, start + i * 10);
        }
    }
    out.setPaused(true);
    return out;
}

} // namespace

class BenchHistoryPlot : public QObject
{
    Q_OBJECT

private slots:
    void paint();
};

void BenchHistoryPlot::paint()
{
    const int runs = benchutils::envInt("BENCH_RUNS", 100, 5);
    const core::FieldWatch empty = filled(true, 0);
    const core::FieldWatch numbers = filled(true, Samples);
    const core::FieldWatch texts = filled(false, Samples);
    QCOMPARE(numbers.samples().size(), Samples);
    QCOMPARE(texts.samples().size(), Samples);

    struct Case
    {
        const char *name;
        app::HistoryPlot *plot;
        QList<double> wall;
        QList<double> cpu;
    };
    app::HistoryPlot emptyPlot(&empty);
    app::HistoryPlot numberPlot(&numbers);
    app::HistoryPlot textPlot(&texts);
    Case cases[] = {{"empty plot (baseline)", &emptyPlot, {}, {}},
                    {"100,000 numbers", &numberPlot, {}, {}},
                    {"100,000 texts (timeline)", &textPlot, {}, {}}};
    // A plot as wide as the watch pane of a maximised window on a 1920-pixel screen.
    QImage image(1200, 140, QImage::Format_ARGB32_Premultiplied);
    for (Case &c : cases)
        c.plot->resize(image.size());
    for (int run = 0; run < runs; ++run) {
        for (Case &c : cases) { // in turns: a slow moment of the machine falls on all of them
            const double cpu0 = processCpuMs();
            const benchutils::Sample sample = benchutils::timed([&] { c.plot->render(&image); });
            c.wall << sample.wall;
            c.cpu << processCpuMs() - cpu0;
        }
    }
    // Process CPU beside wall time: on a shared machine the wall time also counts the other processes' turns.
    const benchutils::Stats baseline = benchutils::statsOf(cases[0].cpu);
    for (const Case &c : cases) {
        const benchutils::Stats cpu = benchutils::statsOf(c.cpu);
        qInfo().noquote() << QStringLiteral("%1: %2 ms CPU a paint (wall %3 ms), %4× the empty plot's")
                                 .arg(QLatin1String(c.name), benchutils::msWithP90(cpu),
                                      benchutils::msWithP90(benchutils::statsOf(c.wall)))
                                 .arg(cpu.median / std::max(baseline.median, 1e-6), 0, 'f', 1);
        benchutils::summary(QStringLiteral("Paint"), QStringLiteral("history plot, %1").arg(QLatin1String(c.name)),
                            benchutils::ms(cpu.median) + QStringLiteral(" ms CPU"),
                            QStringLiteral("empty plot %1 ms; goal < 5 ms").arg(benchutils::ms(baseline.median)));
    }
}

QTEST_MAIN(BenchHistoryPlot)
#include "bench_historyplot.moc"
