// Benchmark of the struct pane's core: one refresh tick over a 1,000-field layout (copy the window, decode,
// find the rows that changed), the time libclang takes to lay out the lesson's struct, a struct of system
// types and the 1,000-field one in this process, and what a parse costs through the layout worker.
//
// Prints figures and fails only when the measurement is wrong (a changed field not found). Goal: a tick
// <= 0.5 ms. The Markdown table at the end goes to stdout without the Qt Test prefix, for
// docs/PERFORMANCE.md.
//
//   cd build && ctest -R bench_struct -V             (or ./test.sh --bench)
//   BENCH_TICKS=20000 ./bin/bench_struct             (default 5000 ticks, 20 parses a figure)

#include "core/layout/fieldcodec.h"
#include "core/layout/structparser.h"

#include "benchutils.h"
#include "testutils.h"

#include <QTest>

#include <cstdio>
#include <cstring>
#include <vector>

using core::FieldCodec;
using core::StructField;
using core::StructLayout;
using core::StructParser;

namespace {

// 1,000 fields of the kinds a shared struct holds, bitfields and strings among them.
QString thousandFields()
{
    QString text = QStringLiteral("enum state { IDLE, RUNNING, STOPPED };\nstruct wide {\n");
    const char *const kinds[] = {"int f%1;",        "unsigned f%1;",    "short f%1;",    "double f%1;",
                                 "float f%1;",      "char f%1[16];",    "uint64_t f%1;", "bool f%1;",
                                 "enum state f%1;", "unsigned f%1 : 3;"};
    for (int i = 0; i < 1000; ++i)
        text += QStringLiteral("    ") + QString::fromLatin1(kinds[i % 10]).arg(i) + QLatin1Char('\n');
    return text + QStringLiteral("};\n");
}

const QString systemTypes = QStringLiteral("struct st_pid { int pid; char names[51]; };\n"
                                           "struct shared_state {\n"
                                           "    pthread_mutex_t lock;\n"
                                           "    sem_t ready;\n"
                                           "    struct timespec updated;\n"
                                           "    unsigned int active : 1;\n"
                                           "    unsigned int mode : 3;\n"
                                           "    struct st_pid procs[2];\n"
                                           "};\n");

void leavesOf(const QList<StructField> &fields, std::vector<const StructField *> &out)
{
    for (const StructField &field : fields) {
        if (field.hasChildren())
            leavesOf(field.children, out);
        else if (!field.isPadding())
            out.push_back(&field);
    }
}

// Where a parse runs: in this process (libclang's own time, as before the worker), or in the layout worker as
// the window and the command line parse (a process started, libclang opened, the prelude's header list made).
enum class Where { Here, Worker };

benchutils::Stats parseTimes(const QString &text, int runs, Where where)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i)
        ms << benchutils::timed([&] {
                  QVERIFY((where == Where::Here ? StructParser::parseHere(text) : StructParser::parse(text)).ok());
              }).wall;
    return benchutils::statsOf(ms);
}

QString wideStruct(int fields)
{
    QString text = QStringLiteral("struct wider {\n");
    for (int i = 0; i < fields; ++i)
        text += QStringLiteral("    int f%1;\n").arg(i);
    return text + QStringLiteral("};\n");
}

QString us(double ms)
{
    return QString::number(ms * 1000.0, 'f', 1) + QStringLiteral(" us");
}

} // namespace

class BenchStruct : public QObject
{
    Q_OBJECT

private slots:
    void tickAndParse();
};

void BenchStruct::tickAndParse()
{
    const int ticks = benchutils::envInt("BENCH_TICKS", 5000, 1);
    const int parses = benchutils::envInt("BENCH_PARSES", 20, 1);

    const QString wideText = thousandFields();
    const auto parsed = StructParser::parse(wideText);
    QVERIFY(parsed.ok());
    const StructLayout layout = parsed.value();
    std::vector<const StructField *> leaves;
    leavesOf(layout.fields, leaves);
    QCOMPARE(leaves.size(), std::size_t(1000));

    // The segment, the window copied this tick and the one copied the tick before.
    QByteArray segment(qsizetype(layout.sizeOf), '\0');
    QByteArray window(segment.size(), '\0');
    QByteArray previous(segment.size(), '\0');
    std::vector<QString> texts(leaves.size());
    for (std::size_t i = 0; i < leaves.size(); ++i)
        texts[i] = FieldCodec::decode(*leaves[i], segment).value_or(QString());
    previous = segment;
    const StructField &counter = *leaves[0]; // int f0: the one field a peer changes between ticks

    QList<double> copyOnly;
    QList<double> decodeAll;
    QList<double> decodeChanged;
    int wrongTicks = 0;
    for (int tick = 1; tick <= ticks; ++tick) {
        const qint32 value = tick;
        std::memcpy(segment.data() + counter.offset, &value, sizeof value);

        // Baseline: the copy of the window every tick makes anyway.
        copyOnly << benchutils::timed([&] {
                        std::memcpy(window.data(), segment.constData(), size_t(segment.size()));
                    }).wall;

        // Every field decoded, its text compared with the last tick's.
        int changedAll = 0;
        decodeAll << benchutils::timed([&] {
                         std::memcpy(window.data(), segment.constData(), size_t(segment.size()));
                         for (std::size_t i = 0; i < leaves.size(); ++i) {
                             QString text = FieldCodec::decode(*leaves[i], window).value_or(QString());
                             if (text != texts[i]) {
                                 texts[i] = std::move(text);
                                 ++changedAll;
                             }
                         }
                     }).wall;

        // Bytes compared first, and only the fields whose bytes moved decoded: what the model should do.
        int changedBytes = 0;
        decodeChanged << benchutils::timed([&] {
                             std::memcpy(window.data(), segment.constData(), size_t(segment.size()));
                             for (std::size_t i = 0; i < leaves.size(); ++i) {
                                 const StructField &f = *leaves[i];
                                 if (std::memcmp(window.constData() + f.offset,
                                                 previous.constData() + f.offset, size_t(f.size)) == 0)
                                     continue;
                                 texts[i] = FieldCodec::decode(f, window).value_or(QString());
                                 ++changedBytes;
                             }
                             std::swap(window, previous);
                         }).wall;
        if (changedAll != 1 || changedBytes != 1)
            ++wrongTicks;
    }
    QCOMPARE(wrongTicks, 0);

    const auto copy = benchutils::statsOf(copyOnly);
    const auto all = benchutils::statsOf(decodeAll);
    const auto changed = benchutils::statsOf(decodeChanged);
    const auto stPid = parseTimes(StructParser::builtinStPid(), parses, Where::Here);
    const auto system = parseTimes(systemTypes, parses, Where::Here);
    const auto wide = parseTimes(wideText, std::max(parses / 4, 3), Where::Here);
    const auto systemWorker = parseTimes(systemTypes, parses, Where::Worker);
    const auto wideWorker = parseTimes(wideText, std::max(parses / 4, 3), Where::Worker);
    const auto sixtyThousand = parseTimes(wideStruct(60000), 3, Where::Worker);

    std::printf("\n### Struct pane core (%d ticks, 1,000 fields, %llu bytes)\n\n", ticks,
                static_cast<unsigned long long>(layout.sizeOf));
    std::printf("| measurement | median | p90 |\n|---|---|---|\n");
    std::printf("| memcpy of the window (baseline) | %s | %s |\n", qPrintable(us(copy.median)),
                qPrintable(us(copy.p90)));
    std::printf("| tick: copy, decode all 1,000 fields, compare texts | %s | %s |\n",
                qPrintable(us(all.median)), qPrintable(us(all.p90)));
    std::printf("| tick: copy, compare bytes, decode the changed field | %s | %s |\n",
                qPrintable(us(changed.median)), qPrintable(us(changed.p90)));
    std::printf("| parse st_pid (libclang, prelude included) | %s ms | %s ms |\n",
                qPrintable(benchutils::ms(stPid.median)), qPrintable(benchutils::ms(stPid.p90)));
    std::printf("| parse a struct of system types | %s ms | %s ms |\n",
                qPrintable(benchutils::ms(system.median)), qPrintable(benchutils::ms(system.p90)));
    std::printf("| parse the 1,000-field struct | %s ms | %s ms |\n", qPrintable(benchutils::ms(wide.median)),
                qPrintable(benchutils::ms(wide.p90)));
    std::printf("| the struct of system types in the layout worker (as the window parses) | %s ms | %s ms |\n",
                qPrintable(benchutils::ms(systemWorker.median)), qPrintable(benchutils::ms(systemWorker.p90)));
    std::printf("| the 1,000-field struct in the layout worker | %s ms | %s ms |\n",
                qPrintable(benchutils::ms(wideWorker.median)), qPrintable(benchutils::ms(wideWorker.p90)));
    std::printf("| 60,000 int fields in the layout worker (3 runs) | %s ms | %s ms |\n",
                qPrintable(benchutils::ms(sixtyThousand.median)), qPrintable(benchutils::ms(sixtyThousand.p90)));
    std::printf("\nGoal: a tick <= 0.5 ms. Peak RSS %s.\n",
                qPrintable(benchutils::mib(testutils::statusKiB("VmHWM"))));
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(BenchStruct)
#include "bench_struct.moc"
