// core::StructParser: C declarations laid out by libclang, checked against gcc.
//
// Every entry of tests/data/layouts/ has a C probe that CMake generated and gcc compiled at build time
// (layoutprobe.h): it prints offsetof, sizeof, _Alignof, the bits of each bitfield and the padding as gcc
// sees them, and the test compares each number with ours, and our members with the entry's own list of them.
// Then the rows we make of a layout (kinds, names, comments, anonymous members, capped arrays), the
// diagnostics placed in the pasted text, and a seeded run of mangled declarations that must give a layout or
// an error, never a crash or a hang.

#include "core/coretest.h"
#include "core/layout/structparser.h"
#include "core/translations.h"
#include "layoutprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sys/stat.h>
#include <thread>
#include <vector>

using core::StructDiagnostic;
using core::StructField;
using core::StructLayout;
using core::StructParser;
using Kind = StructField::Kind;
using Language = core::Translations::Language;

namespace {

const QString corpusDir = QStringLiteral(SHMSCOPE_TEST_DATA "/layouts");
const QString probeDir = QStringLiteral(SHMSCOPE_LAYOUT_PROBES);

QString readCorpus(const QString &fileName)
{
    QFile file(corpusDir + QLatin1Char('/') + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The layout of a text that must parse; a failure ends the test with clang's words.
StructLayout layoutOf(const QString &text)
{
    const auto parsed = StructParser::parse(text);
    if (!parsed.ok()) {
        QTest::qFail(qPrintable(QStringLiteral("parse failed: ") + parsed.error().message), __FILE__,
                     __LINE__);
        return {};
    }
    return parsed.value();
}

const StructField *findPath(const QList<StructField> &fields, const QString &path, const QString &parent = {})
{
    for (const StructField &field : fields) {
        const QString here = layoutprobe::childPath(parent, field);
        if (here == path && !layoutprobe::isAnonymous(field) && !field.isPadding())
            return &field;
        if (const StructField *inside = findPath(field.children, path, here))
            return inside;
    }
    return nullptr;
}

// The rows of a layout hold together: every row lies inside its parent, struct members do not overlap
// (bitfields may share bytes), and rows account for every byte of a struct, but for the elements of an
// array that are not listed.
QString checkRows(const StructField *parent, const QList<StructField> &rows, quint64 begin, quint64 end)
{
    const bool isUnion = parent && parent->kind == Kind::Union;
    const bool endsEarly = parent && parent->omittedElements > 0;
    quint64 covered = begin;
    for (const StructField &row : rows) {
        if (row.offset < begin || row.offset + row.size > end)
            return QStringLiteral("%1 at %2+%3 leaves its parent [%4, %5)")
                .arg(row.displayName())
                .arg(row.offset)
                .arg(row.size)
                .arg(begin)
                .arg(end);
        if (!isUnion && !row.isBitField() && row.size > 0 && row.offset < covered)
            return QStringLiteral("%1 at %2 overlaps the row before").arg(row.displayName()).arg(row.offset);
        if (!isUnion && row.offset > covered)
            return QStringLiteral("bytes [%1, %2) belong to no row").arg(covered).arg(row.offset);
        covered = std::max(covered, row.offset + row.size);
        const QString inner = checkRows(&row, row.children, row.offset, row.offset + row.size);
        if (!inner.isEmpty())
            return inner;
    }
    if (!rows.isEmpty() && covered != end && !isUnion && !endsEarly)
        return QStringLiteral("rows end at %1, their parent at %2").arg(covered).arg(end);
    return {};
}

QString checkLayout(const StructLayout &layout)
{
    quint64 rows = 0;
    for (const StructField &field : layout.fields)
        rows += field.rowCount();
    if (rows != layout.rowCount)
        return QStringLiteral("rowCount %1, counted %2").arg(layout.rowCount).arg(rows);
    StructField root;
    root.kind = layout.isUnion ? Kind::Union : Kind::Struct;
    return checkRows(&root, layout.fields, 0, layout.sizeOf);
}

} // namespace

class TestStructParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { coretest::failOnAnyWarning(); }

    void corpusIsLargeEnough();
    void builtinLayoutIsWhatClangGives_data();
    void builtinLayoutIsWhatClangGives();
    void hostileTextEndsInAnError_data();
    void hostileTextEndsInAnError();
    void noIncludeReachesAnotherFile_data();
    void noIncludeReachesAnotherFile();
    void aMacroBombIsStopped();
    void sixtyThousandFields();
    void layoutMatchesGcc_data();
    void layoutMatchesGcc();
    void stPid_data();
    void stPid();
    void stPidSpeaksTheInstalledLanguage();
    void fieldKinds_data();
    void fieldKinds();
    void enumerators();
    void anonymousMembers();
    void flexibleArrayMember();
    void lastRecordIsTheLayout();
    void descriptions_data();
    void descriptions();
    void largeArraysAreCapped();
    void diagnostics_data();
    void diagnostics();
    void diagnosticsArePlaced();
    void tooManyErrorsAreCounted();
    void mangledDeclarationsNeverCrash();
    void parsesOnSeveralThreads();
    void libclangIsOpenedOnlyByParseHere();
};

// As the program does at start: the English translator writes the counts ("3 more errors").
void TestStructParser::initTestCase()
{
    core::Translations::instance().use(core::Translations::Language::English);
}

void TestStructParser::corpusIsLargeEnough()
{
    const QStringList entries = QDir(corpusDir).entryList({QStringLiteral("*.h")}, QDir::Files);
    QVERIFY2(entries.size() >= 40, qPrintable(QStringLiteral("%1 entries").arg(entries.size())));
}

void TestStructParser::layoutMatchesGcc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("probe");
    for (const QString &entry : QDir(corpusDir).entryList({QStringLiteral("*.h")}, QDir::Files, QDir::Name)) {
        const QString stem = entry.chopped(2);
        QTest::newRow(qPrintable(stem)) << readCorpus(entry) << stem;
    }
    // The built-in layout is the lesson's struct, laid out like the corpus copy of it.
    QTest::newRow("builtin st_pid") << StructParser::builtinStPid() << QStringLiteral("st_pid");
}

void TestStructParser::layoutMatchesGcc()
{
    QFETCH(QString, text);
    QFETCH(QString, probe);
    const StructLayout layout = layoutOf(text);
    if (QTest::currentTestFailed())
        return;
    const QString rowProblem = checkLayout(layout);
    QVERIFY2(rowProblem.isEmpty(), qPrintable(rowProblem));

    QProcess gcc;
    gcc.start(probeDir + QLatin1Char('/') + probe, {});
    QVERIFY2(gcc.waitForFinished(30000), qPrintable(probe + QStringLiteral(": ") + gcc.errorString()));
    const QString output = QString::fromUtf8(gcc.readAllStandardOutput());
    QVERIFY2(gcc.exitStatus() == QProcess::NormalExit && gcc.exitCode() == 0, qPrintable(output));

    const QStringList theirs = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList ours = layoutprobe::expectedLines(layout);
    QStringList differences;
    for (qsizetype i = 0; i < std::max(ours.size(), theirs.size()); ++i) {
        if (ours.value(i) != theirs.value(i))
            differences << QStringLiteral("  ours \"%1\"  gcc \"%2\"").arg(ours.value(i), theirs.value(i));
    }
    QVERIFY2(differences.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 lines differ:\n").arg(differences.size()).arg(ours.size()) +
                        differences.mid(0, 20).join(QLatin1Char('\n'))));
    // Every field, every bitfield and the padding were compared: more than sizeof and alignof alone.
    QVERIFY(ours.size() > 2);

    // And those fields are all the members there are: the entry's own list, which gcc has checked, is ours.
    const QStringList listed = layoutprobe::listedFields(readCorpus(probe + QStringLiteral(".h")));
    const QStringList parsed = layoutprobe::parsedFieldNames(layout);
    QStringList missing, extra;
    for (const QString &name : listed) {
        if (!parsed.contains(name))
            missing << name;
    }
    for (const QString &name : parsed) {
        if (!listed.contains(name))
            extra << name;
    }
    const QString problem =
        QStringLiteral("members gcc has that our parse lacks: %1; ours the entry does not list: %2")
            .arg(missing.join(QLatin1Char(' ')), extra.join(QLatin1Char(' ')));
    QVERIFY2(missing.isEmpty() && extra.isEmpty(), qPrintable(problem));
}

// The lesson's comments: its own Chinese words, or what they say in English.
void TestStructParser::stPid_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("pidComment");
    QTest::addColumn<QString>("namesComment");
    QTest::newRow("English") << Language::English << QStringLiteral("process id")
                             << QStringLiteral("process name");
    QTest::newRow("Chinese") << Language::SimplifiedChinese << QStringLiteral("进程编号")
                             << QStringLiteral("进程名称");
}

void TestStructParser::stPid()
{
    QFETCH(Language, language);
    QFETCH(QString, pidComment);
    QFETCH(QString, namesComment);
    const QString text = StructParser::builtinStPid(language);
    QVERIFY2(text.contains(QStringLiteral("int pid;        // ") + pidComment + QLatin1Char('\n')),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("char names[51]; // ") + namesComment + QLatin1Char('\n')),
             qPrintable(text));
    QCOMPARE(StructParser::builtinLanguage(text), language);
    const StructLayout layout = layoutOf(text);
    QCOMPARE(layout.name, QStringLiteral("st_pid"));
    QCOMPARE(layout.typeName, QStringLiteral("struct st_pid"));
    QCOMPARE(StructParser::builtinName(), layout.name);
    QCOMPARE(layout.sizeOf, 56u);
    QCOMPARE(layout.alignment, 4u);
    QVERIFY(!layout.isUnion);
    QCOMPARE(layout.fields.size(), 3);
    const StructField &pid = layout.fields.at(0);
    QCOMPARE(pid.name, QStringLiteral("pid"));
    QCOMPARE(pid.kind, Kind::Integer);
    QVERIFY(pid.isSigned);
    QCOMPARE(pid.offset, 0u);
    QCOMPARE(pid.size, 4u);
    QCOMPARE(pid.description, pidComment);
    const StructField &names = layout.fields.at(1);
    QCOMPARE(names.name, QStringLiteral("names"));
    QCOMPARE(names.typeName, QStringLiteral("char[51]"));
    QCOMPARE(names.kind, Kind::String);
    QCOMPARE(names.offset, 4u);
    QCOMPARE(names.size, 51u);
    QCOMPARE(names.arrayCount, 51u);
    QCOMPARE(names.description, namesComment);
    QVERIFY(names.children.isEmpty()); // a string is one row
    const StructField &padding = layout.fields.at(2);
    QCOMPARE(padding.kind, Kind::Padding);
    QCOMPARE(padding.offset, 55u);
    QCOMPARE(padding.size, 1u);
    QCOMPARE(layout.rowCount, 3u);
    QVERIFY(layout.notes.isEmpty());
}

// Without a language, the one installed: the window's and the command line's. The tests run in English.
void TestStructParser::stPidSpeaksTheInstalledLanguage()
{
    core::Translations::instance().use(Language::SimplifiedChinese);
    const QString chinese = StructParser::builtinStPid();
    const QString chineseDescription = StructParser::builtinLayout().fields.at(0).description;
    core::Translations::instance().use(Language::English);
    QVERIFY2(chinese.contains(QStringLiteral("// 进程编号")), qPrintable(chinese));
    QCOMPARE(chineseDescription, QStringLiteral("进程编号"));
    QVERIFY2(StructParser::builtinStPid().contains(QStringLiteral("// process id")),
             qPrintable(StructParser::builtinStPid()));
    QCOMPARE(StructParser::builtinLayout().fields.at(0).description, QStringLiteral("process id"));
}

void TestStructParser::fieldKinds_data()
{
    QTest::addColumn<QString>("declaration"); // of a member named x
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<quint64>("size");
    QTest::addColumn<bool>("isSigned");
    QTest::addColumn<int>("children");

    const auto row = [](const char *name, const char *declaration, Kind kind, const char *typeName,
                        quint64 size, bool isSigned, int children = 0) {
        QTest::newRow(name) << QString::fromUtf8(declaration) << kind << QString::fromUtf8(typeName) << size
                            << isSigned << children;
    };
    row("int", "int x;", Kind::Integer, "int", 4, true);
    row("unsigned", "unsigned x;", Kind::Integer, "unsigned int", 4, false);
    row("short", "short x;", Kind::Integer, "short", 2, true);
    row("long long", "long long x;", Kind::Integer, "long long", 8, true);
    row("int32_t", "int32_t x;", Kind::Integer, "int32_t", 4, true);
    row("uint64_t", "uint64_t x;", Kind::Integer, "uint64_t", 8, false);
    row("int8_t", "int8_t x;", Kind::Integer, "int8_t", 1, true);
    row("uint8_t", "uint8_t x;", Kind::Integer, "uint8_t", 1, false);
    row("pid_t", "pid_t x;", Kind::Integer, "pid_t", 4, true);
    row("size_t", "size_t x;", Kind::Integer, "size_t", 8, false);
    row("time_t", "time_t x;", Kind::Integer, "time_t", 8, true);
    row("char", "char x;", Kind::Char, "char", 1, true);
    row("signed char", "signed char x;", Kind::Integer, "signed char", 1, true);
    row("unsigned char", "unsigned char x;", Kind::Integer, "unsigned char", 1, false);
    row("_Bool", "_Bool x;", Kind::Bool, "_Bool", 1, false);
    row("bool", "bool x;", Kind::Bool, "_Bool", 1, false);
    row("float", "float x;", Kind::Float, "float", 4, false);
    row("double", "double x;", Kind::Float, "double", 8, false);
    row("long double", "long double x;", Kind::Float, "long double", 16, false);
    row("pointer", "char *x;", Kind::Pointer, "char *", 8, false);
    row("function pointer", "int (*x)(void);", Kind::Pointer, "int (*)(void)", 8, false);
    row("enum", "enum e { A, B } x;", Kind::Enum, "enum e", 4, false);
    row("signed enum", "enum e { A = -1, B } x;", Kind::Enum, "enum e", 4, true);
    row("pthread_mutex_t", "pthread_mutex_t x;", Kind::Union, "pthread_mutex_t", 40, false, 3);
    row("sem_t", "sem_t x;", Kind::Union, "sem_t", 32, false, 2);
    row("struct timespec", "struct timespec x;", Kind::Struct, "struct timespec", 16, false, 2);
    row("__int128", "__int128 x;", Kind::Opaque, "__int128", 16, false);
    row("_Atomic int", "_Atomic int x;", Kind::Integer, "_Atomic(int)", 4, true);
    row("volatile", "volatile unsigned x;", Kind::Integer, "volatile unsigned int", 4, false);
    row("char array", "char x[8];", Kind::String, "char[8]", 8, true);
    row("int array", "int x[3];", Kind::Array, "int[3]", 12, false, 3);
    row("uint8_t array", "uint8_t x[6];", Kind::Array, "uint8_t[6]", 6, false, 6);
    row("2d char array", "char x[2][5];", Kind::Array, "char[2][5]", 10, false, 2);
    row("unnamed struct", "struct { int a; } x;", Kind::Struct, "struct {...}", 4, false, 1);
}

void TestStructParser::fieldKinds()
{
    QFETCH(QString, declaration);
    QFETCH(Kind, kind);
    QFETCH(QString, typeName);
    QFETCH(quint64, size);
    QFETCH(bool, isSigned);
    QFETCH(int, children);
    const StructLayout layout =
        layoutOf(QStringLiteral("struct s {\n    ") + declaration + QStringLiteral("\n};\n"));
    QVERIFY(!layout.fields.isEmpty());
    const StructField &x = layout.fields.first();
    QCOMPARE(x.name, QStringLiteral("x"));
    QCOMPARE(StructField::kindName(x.kind), StructField::kindName(kind));
    QCOMPARE(x.typeName, typeName);
    QCOMPARE(x.size, size);
    if (kind == Kind::Integer || kind == Kind::Enum || kind == Kind::Char)
        QCOMPARE(x.isSigned, isSigned);
    QCOMPARE(x.children.size(), children);
}

void TestStructParser::enumerators()
{
    const StructLayout layout = layoutOf(readCorpus(QStringLiteral("enums.h")));
    const StructField *s = findPath(layout.fields, QStringLiteral("s"));
    QVERIFY(s);
    QCOMPARE(s->kind, Kind::Enum);
    QVERIFY(s->isSigned); // STOPPED = -1 makes the enum's type int
    const QList<core::Enumerator> expected{
        {QStringLiteral("IDLE"), 0}, {QStringLiteral("RUNNING"), 5}, {QStringLiteral("STOPPED"), -1}};
    QCOMPARE(s->enumerators, expected);
    const StructField *b = findPath(layout.fields, QStringLiteral("b"));
    QVERIFY(b);
    QCOMPARE(b->size, 8u); // an enumerator past 32 bits widens the enum (GNU C)
    QCOMPARE(b->enumerators.value(1).value, Q_INT64_C(0x100000000));
    const StructField *history = findPath(layout.fields, QStringLiteral("history[2]"));
    QVERIFY(history);
    QCOMPARE(history->enumerators, expected); // array elements keep their names
}

void TestStructParser::anonymousMembers()
{
    const StructLayout layout = layoutOf(readCorpus(QStringLiteral("anonymous_union.h")));
    QCOMPARE(layout.fields.size(), 5); // kind, padding, the union, tail, padding
    const StructField &anonymous = layout.fields.at(2);
    QVERIFY(anonymous.name.isEmpty());
    QCOMPARE(anonymous.kind, Kind::Union);
    QCOMPARE(anonymous.displayName(), QStringLiteral("union {...}"));
    QCOMPARE(anonymous.offset, 8u);
    QCOMPARE(anonymous.children.size(), 2);
    QCOMPARE(anonymous.children.at(0).name, QStringLiteral("i"));
    QCOMPARE(anonymous.children.at(1).name, QStringLiteral("d"));
    QCOMPARE(anonymous.children.at(1).offset, 8u);
    // C names them as the struct's own members, and so does the probe path.
    QVERIFY(findPath(layout.fields, QStringLiteral("d")));
}

void TestStructParser::flexibleArrayMember()
{
    const StructLayout layout = layoutOf(readCorpus(QStringLiteral("flexible_array.h")));
    QCOMPARE(layout.sizeOf, 8u);
    const StructField *data = findPath(layout.fields, QStringLiteral("data"));
    QVERIFY(data);
    QVERIFY(data->isFlexible);
    QCOMPARE(data->kind, Kind::Array);
    QCOMPARE(data->size, 0u);
    QCOMPARE(data->offset, 8u);
    QVERIFY(data->children.isEmpty());
    QCOMPARE(layout.notes.size(), 1);
    QVERIFY2(layout.notes.first().contains(QLatin1String("data is a flexible array member")),
             qPrintable(layout.notes.first()));
}

void TestStructParser::lastRecordIsTheLayout()
{
    // Parts first, the layout last, whatever else the text holds.
    StructLayout layout = layoutOf(QStringLiteral("#define N 4\n"
                                                  "typedef int counter_t;\n"
                                                  "struct part { counter_t c; };\n"
                                                  "union either { int i; float f; };\n"
                                                  "static inline int helper(int x) { return x * N; }\n"
                                                  "struct whole { struct part p[N]; union either e; };\n"
                                                  "struct whole instance;\n"));
    QCOMPARE(layout.name, QStringLiteral("whole"));
    QCOMPARE(layout.sizeOf, 20u);

    layout = layoutOf(readCorpus(QStringLiteral("typedef_anonymous.h")));
    QCOMPARE(layout.name, QStringLiteral("anon_t"));
    QCOMPARE(layout.typeName, QStringLiteral("anon_t"));

    layout = layoutOf(readCorpus(QStringLiteral("union_basic.h")));
    QVERIFY(layout.isUnion);
    QCOMPARE(layout.typeName, QStringLiteral("union value"));
    QCOMPARE(layout.sizeOf, 16u);

    // A declaration without a body is no layout: the struct before it is.
    layout = layoutOf(QStringLiteral("struct a { int x; };\nstruct b;\n"));
    QCOMPARE(layout.name, QStringLiteral("a"));
}

void TestStructParser::descriptions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("description");
    QTest::newRow("trailing //") << QStringLiteral("struct s {\n    int x; // 进程编号\n};")
                                 << QStringLiteral("进程编号");
    QTest::newRow("trailing /* */") << QStringLiteral("struct s {\n    int x; /* the count */\n};")
                                    << QStringLiteral("the count");
    QTest::newRow("doc ///<") << QStringLiteral("struct s {\n    int x; ///< the count\n};")
                              << QStringLiteral("the count");
    QTest::newRow("above") << QStringLiteral("struct s {\n    // the count\n    int x;\n};")
                           << QStringLiteral("the count");
    QTest::newRow("block above")
        << QStringLiteral("struct s {\n    /**\n     * first\n     * second\n     */\n    int x;\n};")
        << QStringLiteral("first\nsecond");
    QTest::newRow("none") << QStringLiteral("struct s {\n    int x;\n};") << QString();
}

void TestStructParser::descriptions()
{
    QFETCH(QString, text);
    QFETCH(QString, description);
    const StructLayout layout = layoutOf(text);
    QVERIFY(!layout.fields.isEmpty());
    QCOMPARE(layout.fields.first().description, description);
}

void TestStructParser::largeArraysAreCapped()
{
    QElapsedTimer timer;
    timer.start();
    StructLayout layout =
        layoutOf(QStringLiteral("struct x { int a; char b; };\n"
                                "struct big { char buf[1 << 20]; struct x arr[100000]; };\n"));
    QCOMPARE(layout.sizeOf, quint64(1 << 20) + 100000u * 8u);
    const StructField *buf = findPath(layout.fields, QStringLiteral("buf"));
    QVERIFY(buf);
    QCOMPARE(buf->kind, Kind::String);
    QVERIFY(buf->children.isEmpty()); // a megabyte of text is one row
    const StructField *arr = findPath(layout.fields, QStringLiteral("arr"));
    QVERIFY(arr);
    QCOMPARE(arr->arrayCount, 100000u);
    QCOMPARE(quint64(arr->children.size()), StructParser::MaxArrayElementsListed);
    QCOMPARE(arr->omittedElements, 100000u - StructParser::MaxArrayElementsListed);
    QCOMPARE(arr->children.last().name, QStringLiteral("[999]"));
    QCOMPARE(arr->children.last().offset, quint64(1 << 20) + 999u * 8u);
    QVERIFY(layout.notes.isEmpty()); // the struct pane shows every element: nothing to say there
    QCOMPARE(layout.listingNotes.size(), 1);
    QCOMPARE(layout.listingNotes.first(), QStringLiteral("arr: only the first 1000 of 100000 elements are listed."));
    QCOMPARE(checkLayout(layout), QString());

    // Arrays inside arrays: the row budget of the whole layout holds.
    layout = layoutOf(QStringLiteral("struct m { int cells[1000][1000]; double more[5000]; };"));
    QVERIFY2(layout.rowCount <= StructParser::MaxRows + 1,
             qPrintable(QStringLiteral("%1 rows").arg(layout.rowCount)));
    QVERIFY(layout.listingNotes.size() >= 2);
    QCOMPARE(checkLayout(layout), QString());
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
}

void TestStructParser::diagnostics_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown type") << QStringLiteral("struct s {\n    foo_t x;\n};")
                                  << QStringLiteral("line 2, column 5: unknown type name 'foo_t'");
    QTest::newRow("missing semicolon")
        << QStringLiteral("struct s {\n    int a b;\n};")
        << QStringLiteral("line 2, column 10: expected ';' at end of declaration list");
    // Columns count characters: the comment before foo_t is 10 characters but 18 bytes.
    QTest::newRow("column after chinese")
        << QStringLiteral("struct s {\n    int a; /* 进程编号 */ foo_t b;\n};")
        << QStringLiteral("line 2, column 23: unknown type name 'foo_t'");
    QTest::newRow("unclosed brace") << QStringLiteral("struct s {\n    int a;\n")
                                    << QStringLiteral("line 2, column 11: expected '}'\n"
                                                      "line 2, column 11: expected ';' after struct");
    QTest::newRow("incomplete type") << QStringLiteral("struct s {\n    struct missing m;\n};")
                                     << QStringLiteral(
                                            "line 2, column 20: field has incomplete type 'struct missing'");
    QTest::newRow("no struct") << QStringLiteral("int x;\ntypedef long y;\n")
                               << QStringLiteral(
                                      "The text declares no struct or union: the layout is the last "
                                      "struct or union it defines.");
    QTest::newRow("only a forward declaration")
        << QStringLiteral("struct s;\n")
        << QStringLiteral(
               "The text declares no struct or union: the layout is the last struct or union it defines.");
    QTest::newRow("comments only") << QStringLiteral("// struct s { int x; };\n")
                                   << QStringLiteral(
                                          "The text declares no struct or union: the layout is the last "
                                          "struct or union it defines.");
    QTest::newRow("zero-size array")
        << QStringLiteral("struct s {\n    int n;\n    char data[0];\n};")
        << QStringLiteral(
               "line 3, column 10: the array 'data' has 0 elements: give it the number of elements it "
               "has in the segment, or write data[] for a flexible array member at the end");
    QTest::newRow("huge array")
        << QStringLiteral("struct huge {\n    char big[1ULL << 41];\n};")
        << QStringLiteral(
               "line 1, column 8: struct huge is 2199023255552 bytes (2.0 TiB); layouts over 1 TiB are "
               "refused, as no segment that large can be attached");
    QTest::newRow("empty struct") << QStringLiteral("struct e {};")
                                  << QStringLiteral(
                                         "line 1, column 8: struct e has no bytes (sizeof is 0): there is "
                                         "nothing to show");
    QTest::newRow("empty text")
        << QString()
        << QStringLiteral("The layout is empty: write a struct, such as struct st_pid { int pid; "
                          "char names[51]; };");
    QTest::newRow("blank text")
        << QStringLiteral("  \n\t\n")
        << QStringLiteral("The layout is empty: write a struct, such as struct st_pid { int pid; "
                          "char names[51]; };");
    // One's own header is not there to read: the message says to paste its declarations instead.
    const QString onlyPrelude = QStringLiteral(": a layout may include only the standard headers ShmScope reads "
                                               "itself (stdint.h, stdbool.h, stddef.h, sys/types.h, pthread.h, "
                                               "semaphore.h, time.h); paste the declarations of your own headers "
                                               "instead");
    QTest::newRow("own header") << QStringLiteral("#include \"mine.h\"\nstruct s { int x; };")
                                << QStringLiteral("line 1, column 10: 'mine.h'") + onlyPrelude;
    QTest::newRow("another system header") << QStringLiteral("#include <stdio.h>\nstruct s { int x; };")
                                           << QStringLiteral("line 1, column 10: 'stdio.h'") + onlyPrelude;
    QTest::newRow("text too long")
        << QString(StructParser::MaxTextBytes + 1, QLatin1Char(' ')) + QStringLiteral("x")
        << QStringLiteral("The layout text is 1048578 bytes; at most 1048576 bytes are read.");
}

void TestStructParser::diagnostics()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto parsed = StructParser::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().message, message);
    QCOMPARE(parsed.error().errnum, 0);
    QVERIFY(parsed.error().call.isEmpty());
}

void TestStructParser::diagnosticsArePlaced()
{
    QList<StructDiagnostic> diagnostics;
    const auto parsed =
        StructParser::parse(QStringLiteral("struct s {\n    int a;\n    foo_t b;\n};"), &diagnostics);
    QVERIFY(!parsed.ok());
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().severity, StructDiagnostic::Severity::Error);
    QCOMPARE(diagnostics.first().line, 3);
    QCOMPARE(diagnostics.first().column, 5);
    QVERIFY(diagnostics.first().file.isEmpty());
    QCOMPARE(diagnostics.first().message, QStringLiteral("unknown type name 'foo_t'"));

    // Warnings are handed back too, and do not stop the layout.
    const auto warned =
        StructParser::parse(QStringLiteral("struct s {\n    int a;\n    int;\n};"), &diagnostics);
    SHM_VERIFY_OK(warned);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().severity, StructDiagnostic::Severity::Warning);
    QCOMPARE(diagnostics.first().toString(),
             QStringLiteral("line 3, column 5: declaration does not declare anything"));

    // A good parse after a bad one: nothing carried over.
    SHM_VERIFY_OK(StructParser::parse(StructParser::builtinStPid(), &diagnostics));
    QVERIFY(diagnostics.isEmpty());
}

void TestStructParser::tooManyErrorsAreCounted()
{
    const auto lastLine = [](int errors) {
        QString text = QStringLiteral("struct s {\n");
        for (int i = 0; i < errors; ++i)
            text += QStringLiteral("    unknown%1_t f%1;\n").arg(i);
        text += QStringLiteral("};\n");
        const auto parsed = StructParser::parse(text);
        const QStringList lines =
            parsed.ok() ? QStringList() : parsed.error().message.split(QLatin1Char('\n'));
        return lines.size() == 6 &&
                       lines.first() == QStringLiteral("line 2, column 5: unknown type name 'unknown0_t'")
                   ? lines.last()
                   : lines.join(QLatin1Char('\n'));
    };
    QCOMPARE(lastLine(8), QStringLiteral("(and 3 more errors)"));
    QCOMPARE(lastLine(6), QStringLiteral("(and 1 more error)"));
}

// Declarations cut at random points and sprinkled with random tokens, from a printed seed: each gives a
// layout whose rows hold together, or an error with a message; none crashes, none takes long.
void TestStructParser::mangledDeclarationsNeverCrash()
{
    const quint32 seed = qEnvironmentVariableIsSet("SHMSCOPE_SEED")
                             ? quint32(qEnvironmentVariableIntValue("SHMSCOPE_SEED"))
                             : 20240611u;
    qInfo("seed %u (SHMSCOPE_SEED=%u repeats this run)", seed, seed);
    QRandomGenerator random(seed);
    QStringList corpus;
    for (const QString &entry : QDir(corpusDir).entryList({QStringLiteral("*.h")}, QDir::Files, QDir::Name)) {
        if (entry != QLatin1String("large_arrays.h")) // its megabyte of rows makes each case slow, not harder
            corpus << readCorpus(entry);
    }
    QVERIFY(!corpus.isEmpty());
    const QStringList tokens{QStringLiteral("{"),
                             QStringLiteral("}"),
                             QStringLiteral(";"),
                             QStringLiteral("struct"),
                             QStringLiteral("union"),
                             QStringLiteral("enum"),
                             QStringLiteral("typedef"),
                             QStringLiteral("int"),
                             QStringLiteral("char"),
                             QStringLiteral("["),
                             QStringLiteral("]"),
                             QStringLiteral("0"),
                             QStringLiteral("-1"),
                             QStringLiteral("1ULL << 62"),
                             QStringLiteral("#pragma pack(1)\n"),
                             QStringLiteral("__attribute__((packed))"),
                             QStringLiteral(":"),
                             QStringLiteral("3"),
                             QStringLiteral("*"),
                             QStringLiteral("("),
                             QStringLiteral(")"),
                             QStringLiteral("\n#define X\n"),
                             QStringLiteral("\\"),
                             QStringLiteral("\""),
                             QStringLiteral("/*"),
                             QStringLiteral("//"),
                             QStringLiteral("_Alignas(64)"),
                             QStringLiteral("pthread_mutex_t"),
                             QStringLiteral("[]"),
                             QStringLiteral("\n#include <"),
                             QStringLiteral("进程"),
                             QStringLiteral("\n#if 1\n"),
                             QStringLiteral("0x7fffffff")};

    constexpr int Cases = 200;
    QElapsedTimer total;
    total.start();
    qint64 slowest = 0;
    int layouts = 0;
    for (int i = 0; i < Cases; ++i) {
        QString text = corpus.at(random.bounded(int(corpus.size())));
        // Mostly light damage, so that many cases still lay out and their rows get checked too.
        if (random.bounded(4) == 0)
            text.truncate(random.bounded(int(text.size())) + 1);
        const int insertions = random.bounded(4);
        for (int k = 0; k < insertions; ++k) {
            const QString token = random.bounded(8) == 0 ? QString(QChar(char16_t(random.bounded(1, 0x3000))))
                                                         : tokens.at(random.bounded(int(tokens.size())));
            text.insert(random.bounded(int(text.size()) + 1), QLatin1Char(' ') + token + QLatin1Char(' '));
        }
        QElapsedTimer one;
        one.start();
        const auto parsed = StructParser::parse(text);
        slowest = std::max(slowest, one.elapsed());
        if (parsed.ok()) {
            ++layouts;
            const QString problem = checkLayout(parsed.value());
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("case %1: %2\n%3").arg(i).arg(problem, text)));
        } else {
            QVERIFY2(!parsed.error().message.isEmpty(),
                     qPrintable(QStringLiteral("case %1: no message\n%2").arg(i).arg(text)));
        }
    }
    qInfo("%d cases, %d layouts, %d errors, %lld ms in all, slowest %lld ms", Cases, layouts, Cases - layouts,
          total.elapsed(), slowest);
    QVERIFY2(slowest < 5000, qPrintable(QStringLiteral("slowest case %1 ms").arg(slowest)));
}

// StructParser promises that calls may run on any thread: parses running at once on several threads share
// nothing and agree.
void TestStructParser::parsesOnSeveralThreads()
{
    const QString text = readCorpus(QStringLiteral("system_mix.h"));
    const QStringList expected = layoutprobe::expectedLines(layoutOf(text));
    constexpr int Threads = 4;
    constexpr int ParsesEach = 5;
    std::atomic<int> agreeing = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < ParsesEach; ++i) {
                const auto parsed = StructParser::parse(text);
                if (parsed.ok() && layoutprobe::expectedLines(parsed.value()) == expected)
                    ++agreeing;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(agreeing.load(), Threads * ParsesEach);
}

namespace {

// Whether libclang or libLLVM is mapped into this process now (/proc/self/maps names each mapped file).
bool mapsLibClang()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QByteArray file = line.mid(line.lastIndexOf('/') + 1);
        if (line.contains('/') && (file.startsWith("libclang") || file.startsWith("libLLVM")))
            return true;
    }
    return false;
}

// Taken while the test's globals are built, before main() and so before any test has parsed.
const bool libclangMappedAtStart = mapsLibClang();

} // namespace

// libclang is not linked, and a parse opens it in the layout worker, never here: --list, --dump and the
// window run without its 50 MiB (a colleague measured `shmscope --list` at 91 MiB peak RSS with it linked, 39
// without), and a text that makes clang run wild takes only the worker down. parseHere() does open it here.
// Other tests of this program call parseHere(), so the checks run in a fresh process of this test alone.
void TestStructParser::libclangIsOpenedOnlyByParseHere()
{
    if (qEnvironmentVariableIsEmpty("SHMSCOPE_FRESH_PROCESS")) {
        QProcess fresh;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SHMSCOPE_FRESH_PROCESS"), QStringLiteral("1"));
        fresh.setProcessEnvironment(environment);
        fresh.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(QTest::currentTestFunction())});
        QVERIFY2(fresh.waitForFinished(60000), qPrintable(fresh.errorString()));
        QVERIFY2(fresh.exitStatus() == QProcess::NormalExit && fresh.exitCode() == 0,
                 fresh.readAllStandardOutput().constData());
        return;
    }
    QVERIFY(QFile::exists(QStringLiteral("/proc/self/maps")));
    QVERIFY2(!libclangMappedAtStart,
             "libclang was mapped before any parse: is shmscope_core linking it again?");
    SHM_VERIFY_OK(StructParser::parse(QStringLiteral("struct s { int32_t a; pthread_mutex_t m; };")));
    QVERIFY2(!mapsLibClang(), "parse() opened libclang in this process instead of in the layout worker");
    SHM_VERIFY_OK(StructParser::parseHere(StructParser::builtinStPid()));
    QVERIFY(mapsLibClang());
}

namespace {
// Every member of two rows and of their children, so that a difference names the field and the member.
void compareFields(const QList<core::StructField> &ours, const QList<core::StructField> &clangs)
{
    QCOMPARE(ours.size(), clangs.size());
    for (qsizetype i = 0; i < ours.size(); ++i) {
        const core::StructField &a = ours.at(i);
        const core::StructField &b = clangs.at(i);
        QCOMPARE(a.name, b.name);
        QCOMPARE(a.typeName, b.typeName);
        QCOMPARE(int(a.kind), int(b.kind));
        QCOMPARE(a.offset, b.offset);
        QCOMPARE(a.size, b.size);
        QCOMPARE(a.bitOffset, b.bitOffset);
        QCOMPARE(a.bitWidth, b.bitWidth);
        QCOMPARE(a.isSigned, b.isSigned);
        QCOMPARE(a.arrayCount, b.arrayCount);
        QCOMPARE(a.isFlexible, b.isFlexible);
        QCOMPARE(a.omittedElements, b.omittedElements);
        QCOMPARE(a.enumerators, b.enumerators);
        QCOMPARE(a.description, b.description);
        compareFields(a.children, b.children);
        if (QTest::currentTestFailed())
            return;
    }
}
} // namespace

// The window and --read take st_pid without starting the layout worker; that layout must be exactly what
// clang gives, the comments included, in each language.
void TestStructParser::builtinLayoutIsWhatClangGives_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("English") << Language::English;
    QTest::newRow("Chinese") << Language::SimplifiedChinese;
}

void TestStructParser::builtinLayoutIsWhatClangGives()
{
    QFETCH(Language, language);
    const auto parsed = StructParser::parseHere(StructParser::builtinStPid(language));
    QVERIFY(parsed.ok());
    const core::StructLayout &builtin = StructParser::builtinLayout(language);
    QCOMPARE(builtin.name, parsed.value().name);
    QCOMPARE(builtin.typeName, parsed.value().typeName);
    QCOMPARE(builtin.isUnion, parsed.value().isUnion);
    QCOMPARE(builtin.sizeOf, parsed.value().sizeOf);
    QCOMPARE(builtin.alignment, parsed.value().alignment);
    QCOMPARE(builtin.rowCount, parsed.value().rowCount);
    QCOMPARE(builtin.notes, parsed.value().notes);
    compareFields(builtin.fields, parsed.value().fields);
}

// Text that once made the parser hang for minutes or overflow its stack: each now ends in an error, fast.
void TestStructParser::hostileTextEndsInAnError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const auto dimensions = [](int count) {
        QString dims;
        for (int i = 0; i < count; ++i)
            dims += QStringLiteral("[1]");
        return QStringLiteral("struct s { char a%1; };").arg(dims);
    };
    QTest::newRow("65 array dimensions") << dimensions(StructParser::MaxNesting + 1) << QStringLiteral("dimensions");
    QTest::newRow("300,000 array dimensions") << dimensions(300000) << QStringLiteral("dimensions");
    // 25,000 structs each holding the last: clang and the layout walk recurse once a level.
    QString nested = QStringLiteral("typedef struct { char c; } t0;\n");
    for (int i = 0; i < 25000; ++i)
        nested += QStringLiteral("typedef struct { t%1 x; } t%2;\n").arg(i).arg(i + 1);
    nested += QStringLiteral("struct top { t25000 x; };\n");
    QTest::newRow("25,000 levels of structs") << nested << QStringLiteral("nested more than");
    QTest::newRow("a device as a header") << QStringLiteral("#include </dev/zero>\nstruct s { int a; };")
                                          << QStringLiteral("may include only the standard headers");
    QTest::newRow("a file above the folder") << QStringLiteral("#include \"../secret.h\"\nstruct s { int a; };")
                                             << QStringLiteral("may include only the standard headers");
    QTest::newRow("a computed include") << QStringLiteral("#define H </dev/zero>\n#include H\nstruct s { int a; };")
                                        << QStringLiteral("may include only the standard headers");
}

void TestStructParser::hostileTextEndsInAnError()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto layout = StructParser::parse(text);
    QVERIFY(!layout.ok());
    QVERIFY2(layout.error().message.contains(message), qPrintable(layout.error().message.left(300)));
}

// Clang looks headers up in a file system that holds the prelude's headers and nothing else, so however
// #include is spelled, no other file is opened: its words never come back in a message, and a FIFO or a
// device, which would block or never end, is not opened either.
void TestStructParser::noIncludeReachesAnotherFile_data()
{
    QTest::addColumn<QString>("text");
    const QString tail = QStringLiteral("\nstruct s { int a; };");
    QTest::newRow("plain") << QStringLiteral("#include \"%1\"") + tail;
    QTest::newRow("behind a comment") << QStringLiteral("/* */ #include \"%1\"") + tail;
    QTest::newRow("digraph") << QStringLiteral("%:include \"%1\"") + tail;
    QTest::newRow("line splice") << QStringLiteral("#\\\ninclude \"%1\"") + tail;
    QTest::newRow("macro") << QStringLiteral("#define H \"%1\"\n#include H") + tail;
    QTest::newRow("angle brackets") << QStringLiteral("#include <%1>") + tail;
    QTest::newRow("include_next") << QStringLiteral("#include_next \"%1\"") + tail;
    QTest::newRow("import") << QStringLiteral("#import \"%1\"") + tail;
    QTest::newRow("under a prelude macro") << QStringLiteral("#ifdef INT32_MAX\n#include \"%1\"\n#endif") + tail;
    QTest::newRow("a FIFO") << QStringLiteral("#include \"%1/fifo\"") + tail;
    QTest::newRow("a device") << QStringLiteral("#include </dev/random>") + tail;
}

void TestStructParser::noIncludeReachesAnotherFile()
{
    QFETCH(QString, text);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile secret(dir.filePath(QStringLiteral("secret.h")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    // Each word of it would be an error clang quotes, were the file read.
    QVERIFY(secret.write("SHMSCOPE_SECRET_WORD struct leaked { int x; };\n") > 0);
    secret.close();
    QVERIFY(mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("fifo"))).constData(), 0600) == 0);
    QString layoutText = text;
    if (text.contains(QLatin1String("%1/fifo")))
        layoutText = text.arg(dir.path());
    else if (text.contains(QLatin1String("%1")))
        layoutText = text.arg(secret.fileName());
    const auto layout = StructParser::parse(layoutText);
    QVERIFY(!layout.ok());
    const QString message = layout.error().message;
    QVERIFY2(message.contains(QLatin1String("a layout may include only the standard headers")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("SHMSCOPE_SECRET_WORD")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("leaked")), qPrintable(message));
}

// Ten macros each of which expands to ten of the one before: 10^10 tokens, which clang would expand for hours
// while its memory grows. The worker is stopped at its deadline, or runs into its memory limit first (which
// comes first depends on the machine's speed), and the user is told why.
void TestStructParser::aMacroBombIsStopped()
{
    QString text = QStringLiteral("#define A0 1+1+1+1+1+1+1+1+1+1\n");
    for (int i = 1; i <= 10; ++i)
        text += QStringLiteral("#define A%1 A%2+A%2+A%2+A%2+A%2+A%2+A%2+A%2+A%2+A%2\n").arg(i).arg(i - 1);
    text += QStringLiteral("struct s { char a[A10]; };\n");
    const auto layout = StructParser::parse(text);
    QVERIFY(!layout.ok());
    const QString message = layout.error().message;
    QVERIFY2(message.startsWith(QLatin1String("The layout took too long"))
                 || message.startsWith(QLatin1String("The layout is too large")),
             qPrintable(message));
}

// clang_Cursor_getOffsetOfField checks the whole record at each call: asked field by field, 60,000 fields
// took a minute. They are asked in one go now; the worker's deadline is the bound this must stay within, and
// each offset is C's own rule for ints: 4 bytes each, one after the other.
void TestStructParser::sixtyThousandFields()
{
    constexpr int Fields = 60000;
    QString text = QStringLiteral("struct wide {\n");
    for (int i = 0; i < Fields; ++i)
        text += QStringLiteral("    int f%1;\n").arg(i);
    text += QStringLiteral("};\n");
    const auto parsed = StructParser::parse(text);
    SHM_VERIFY_OK(parsed);
    const StructLayout &layout = parsed.value();
    QCOMPARE(layout.sizeOf, quint64(Fields) * 4);
    QCOMPARE(layout.fields.size(), Fields);
    for (int i = 0; i < Fields; ++i) {
        const StructField &field = layout.fields.at(i);
        if (field.name != QStringLiteral("f%1").arg(i) || field.offset != quint64(i) * 4 || field.size != 4)
            QFAIL(qPrintable(QStringLiteral("field %1 is %2 at %3, size %4").arg(i).arg(field.name).arg(field.offset).arg(field.size)));
    }
}

QTEST_GUILESS_MAIN(TestStructParser)
#include "tst_structparser.moc"
