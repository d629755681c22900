#include "cli/commandline.h"

#include "cli/callprinter.h"
#include "cli/dumprange.h"
#include "cli/hexdumpwriter.h"
#include "cli/jsontext.h"
#include "cli/layoutwriter.h"
#include "cli/messagequeuelistwriter.h"
#include "cli/posixlistwriter.h"
#include "cli/rawdumpwriter.h"
#include "cli/segmentlistwriter.h"
#include "cli/semaphorelistwriter.h"
#include "cli/snapshotdiffwriter.h"
#include "cli/standardoutput.h"
#include "core/bytes/fileinput.h"
#include "core/bytes/sparsereader.h"
#include "core/history/watchlist.h"
#include "core/inputparser.h"
#include "core/kernel/observedsegment.h"
#include "core/layout/layoutlibrary.h"
#include "core/layout/structparser.h"
#include "core/leaks/orphanjudge.h"
#include "core/posix/posixscanner.h"
#include "core/segments/rmidforced.h"
#include "core/segments/segmentformat.h"
#include "core/segments/segmentscanner.h"
#include "core/snapshots/snapshotfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <thread>

namespace cli {

namespace {
// Every refusal of the command line: one line on stderr, exit code 1.
int fail(const QString &message)
{
    QTextStream(stderr) << "shmscope: " << message << '\n';
    return 1;
}

// The options that only the window takes.
const char *const WindowOptions[] = {"attach", "key", "read-write"};
} // namespace

void CommandLine::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Inspect and edit Linux System V shared memory: the segments, their bytes, live."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("list"), tr("Print the system's segments and exit (no display needed).")});
    parser.addOption({QStringLiteral("type"),
                      tr("With --list: sysv (System V segments, as ipcs -m), sem (System V semaphore sets, as "
                         "ipcs -s; with --format json each semaphore's value, last pid, ncnt and zcnt, and the "
                         "processes waiting), msg (System V message queues, as ipcs -q), posix (POSIX objects of "
                         "/dev/shm, memfds and POSIX semaphores, with the processes that hold them) or all."),
                      QStringLiteral("type"), QStringLiteral("sysv")});
    parser.addOption(
        {QStringLiteral("namespace"),
         tr("With --list: the IPC namespaces whose System V segments are listed: ours (what ipcs "
            "shows), all (every container's too, each under a line naming it; needs root) or a "
            "process id (the namespace that process is in). With --dump, --read or --write of a segment: "
            "ours or the process id of its namespace (a container's; needs root)."),
         QStringLiteral("ours|all|pid"), QStringLiteral("ours")});
    parser.addOption({QStringLiteral("format"),
                      tr("Output of --list: table (as ipcs -m, -s or -q), json or csv (segments only). Of --read: text "
                         "or json. Of --dump: hex (as hexdump -C, the default) or raw (the bytes unchanged, for "
                         "a file, sha256sum or cmp)."),
                      QStringLiteral("format"), QStringLiteral("table")});
    parser.addOption(
        {QStringLiteral("dump"),
         tr("Print the bytes of a segment, or of a POSIX object or memfd by its path (/dev/shm/NAME, "
            "/proc/PID/fd/N), as hexdump -C does and exit (no display needed)."),
         QStringLiteral("shmid|path")});
    parser.addOption({QStringLiteral("offset"), tr("With --dump or --write: start at this byte (4096, 0x1000 or 4k)."),
                      QStringLiteral("bytes"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("length"), tr("With --dump: this many bytes (default: up to the end)."),
                      QStringLiteral("bytes")});
    parser.addOption(
        {QStringLiteral("write"),
         tr("--write SHMID FILE: write the bytes of FILE (- for standard input) into a segment, or a POSIX object "
            "or memfd by its path, attached read-write, from --offset on, and exit (no display needed). Refused, "
            "nothing written, when they would run past the end."),
         QStringLiteral("shmid|path")});
    parser.addOption({QStringLiteral("verbose"),
                      tr("With --dump or --write: print each call into the kernel (and each memcpy into the "
                         "segment) as C on stderr, as the window's call log shows it.")});
    parser.addOption({QStringLiteral("read"),
                      tr("Print the fields of a segment, or of a POSIX object or memfd by its path, decoded "
                         "through --layout, and exit (no display needed)."),
                      QStringLiteral("shmid|path")});
    parser.addOption({QStringLiteral("even-if-destroyed"),
                      tr("With --dump or --read: read a segment even when kernel.shm_rmid_forced is 1 and nobody "
                         "has it attached, so that our detach destroys it.")});
    parser.addOption({QStringLiteral("layout"),
                      tr("With --read, --attach or --key: st_pid (the built-in struct), a saved layout's "
                         "name, or a C header file."),
                      QStringLiteral("st_pid|file.h"), core::StructParser::builtinName()});
    parser.addOption(
        {QStringLiteral("all-errors"),
         tr("With --read: list every error of a layout that does not compile, not just the first.")});
    parser.addOption({QStringLiteral("watch"),
                      tr("Print one line per change of a segment's fields (or of a POSIX object's, by its path) "
                         "read through --layout, as it happens: time, field, old value, new value; --field "
                         "watches one field, --count stops after that many changes (no display needed)."),
                      QStringLiteral("shmid|path")});
    parser.addOption({QStringLiteral("field"),
                      tr("With --watch: the one field to watch, as C names it (names, pos.x, items[3]); "
                         "without it, every field of the layout."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("interval"), tr("With --watch: read the fields every this many milliseconds."),
                      QStringLiteral("ms"), QString::number(WatchDefaultIntervalMs)});
    parser.addOption({QStringLiteral("count"), tr("With --watch: exit after printing this many changes."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("attach"), tr("Open the window with this segment attached (read-only)."),
                      QStringLiteral("shmid")});
    parser.addOption({QStringLiteral("key"),
                      tr("Open the window with the segment of this key attached (0x1234 or 4660)."),
                      QStringLiteral("key")});
    parser.addOption(
        {QStringLiteral("read-write"), tr("With --attach or --key: attach read-write, to edit.")});
    parser.addOption({QStringLiteral("snapshot"),
                      tr("Save a snapshot of a segment, or of a POSIX object or memfd by its path: its bytes, "
                         "what IPC_STAT says and the time, into the file --output names, and exit (no display "
                         "needed; docs/SNAPSHOT-FORMAT.md)."),
                      QStringLiteral("shmid|path")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("With --snapshot: the snapshot file to write. With --dump --format raw: the file the "
                         "bytes go to."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("diff"),
                      tr("--diff A B: print the byte ranges where A and B differ, each a snapshot file or a "
                         "segment's shmid (read now), and with --layout the fields old → new; exit (no display "
                         "needed)."),
                      QStringLiteral("A")});
    parser.addOption(
        {QStringLiteral("observe"),
         tr("With --dump, --read, --watch, --snapshot, --attach or --key: read the segment through a process "
            "that maps it "
            "(/proc/PID/map_files, else process_vm_readv), without attaching it: its nattch, lpid and atime "
            "stay as they were. Refused, with the reason, when no process may be read; never attaches "
            "instead.")});
}

bool CommandLine::isPrintOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--list" || arg == "-o" || arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" ||
            arg == "-v" || arg == "--all-errors" || arg == "--verbose")
            return true;
        // Options with a value, also as "--dump=ID". --offset, --length, --format and --all-errors alone come
        // here too, to be refused: the window takes none of them.
        for (const QByteArrayView option :
             {QByteArrayView("--dump"), QByteArrayView("--offset"), QByteArrayView("--length"),
              QByteArrayView("--read"), QByteArrayView("--format"), QByteArrayView("--type"),
              QByteArrayView("--namespace"), QByteArrayView("--snapshot"), QByteArrayView("--output"),
              QByteArrayView("--diff"), QByteArrayView("--watch"), QByteArrayView("--field"),
              QByteArrayView("--interval"), QByteArrayView("--count"), QByteArrayView("--write")}) {
            if (arg == option || (arg.startsWith(option) && arg.at(option.size()) == '='))
                return true;
        }
    }
    return false;
}

std::optional<int> CommandLine::refuseUnparsable(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    addOptions(parser);
    // Qt's own options are words after one dash (-platform offscreen), which QApplication takes out of argv
    // before its parser sees them; read as long options, they are not taken apart into letters here.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (parser.parse(arguments))
        return std::nullopt;
    const QStringList unknown = parser.unknownOptionNames();
    for (const QString &name : unknown) {
        const QString written = QStringLiteral("--") + name;
        const bool ours = std::any_of(arguments.cbegin(), arguments.cend(), [&](const QString &argument) {
            return argument == written || argument.startsWith(written + QLatin1Char('='));
        });
        if (ours) // Qt's wording, as QCommandLineParser::process() says it when there is a display
            return fail(QCoreApplication::translate("QCommandLineParser", "Unknown option '%1'.").arg(name));
    }
    if (unknown.isEmpty()) // a value missing after an option of ours
        return fail(parser.errorText());
    return std::nullopt; // one of Qt's, for the window: no display is the trouble
}

int CommandLine::runPrintOnly(const QCommandLineParser &parser)
{
    // A reader that goes away (| head) is a write error to report, not a signal that ends us without a word.
    std::signal(SIGPIPE, SIG_IGN);
    QStringList modes;
    for (const QString &mode : {QStringLiteral("list"), QStringLiteral("dump"), QStringLiteral("read"),
                                QStringLiteral("snapshot"), QStringLiteral("diff"), QStringLiteral("watch"),
                                QStringLiteral("write")}) {
        if (parser.isSet(mode))
            modes << mode;
    }
    // Twice the same action is no conflict between actions but an option given twice, said as such.
    modes.removeDuplicates();
    if (modes.size() > 1)
        return fail(modes.size() == 2
                        ? tr("use %1 or %2, not both.")
                              .arg(QStringLiteral("--") + modes[0], QStringLiteral("--") + modes[1])
                        : tr("use one of --list, --dump, --read and --watch."));
    const QString action = modes.value(0);
    if (const QString refusal = misplacedArgument(parser, action); !refusal.isEmpty())
        return fail(refusal);
    // Alive until the action is over: the detach at its end is printed too.
    std::optional<CallPrinter> calls;
    if (parser.isSet(QStringLiteral("verbose")))
        calls.emplace();
    if (action == QLatin1String("write"))
        return writeSegment(parser);
    if (action == QLatin1String("read"))
        return readSegment(parser);
    if (action == QLatin1String("snapshot"))
        return takeSnapshot(parser);
    if (action == QLatin1String("diff"))
        return diffSnapshots(parser);
    if (action == QLatin1String("watch"))
        return watchSegment(parser);
    return action == QLatin1String("dump") ? dumpSegment(parser) : listSegments(parser);
}

QString CommandLine::misplacedArgument(const QCommandLineParser &parser, const QString &action)
{
    const QStringList given = parser.optionNames(); // each as often as it was given
    for (const QString &name : given) {
        if (given.count(name) > 1)
            return tr("--%1 is given more than once; give it once.").arg(name);
    }
    const auto isSet = [&](const char *name) { return parser.isSet(QLatin1String(name)); };
    const bool watch = action == QLatin1String("watch");
    if (!watch && (isSet("field") || isSet("interval") || isSet("count")))
        return tr("--field, --interval and --count go with --watch SHMID.");
    const bool read = action == QLatin1String("read") || watch;
    const bool snapshot = action == QLatin1String("snapshot");
    const bool diff = action == QLatin1String("diff");
    if (!read && !snapshot && !diff && isSet("layout"))
        return tr("--layout goes with --read SHMID (or --attach or --key in the window).");
    const bool dump = action == QLatin1String("dump");
    const bool write = action == QLatin1String("write");
    if (isSet("verbose") && !dump && !write)
        return tr("--verbose goes with --dump SHMID or --write SHMID.");
    if (write && isSet("observe"))
        return tr("--observe reads without attaching; --write attaches.");
    if (write && isSet("format"))
        return tr("--format goes with --list, --read SHMID or --dump SHMID; --write prints nothing.");
    if (write && isSet("length"))
        return tr("--length goes with --dump SHMID; --write writes the whole file.");
    if (!snapshot && isSet("output") && !(dump && parser.value(QStringLiteral("format")) == QLatin1String("raw")))
        return dump ? tr("--output goes with --dump SHMID --format raw; the hex dump goes to standard output.")
                    : tr("--output goes with --snapshot SHMID or --dump SHMID --format raw.");
    if (snapshot && !isSet("output"))
        return tr("--snapshot SHMID wants --output FILE, the snapshot file to write.");
    if (diff && parser.positionalArguments().size() != 1)
        return tr("--diff wants two snapshots: --diff A B, each a snapshot file or a shmid.");
    if (!read && !snapshot && !diff && isSet("all-errors"))
        return tr("--all-errors goes with --read SHMID.");
    if ((snapshot || diff) && isSet("format"))
        return tr("--format goes with --list, --read SHMID or --dump SHMID; --%1 has one output.").arg(action);
    if (!read && !snapshot && !diff && action != QLatin1String("dump") && isSet("even-if-destroyed"))
        return tr("--even-if-destroyed goes with --dump SHMID or --read SHMID.");
    // --diff attaches the shmids it compares: it would not observe, and never attaches silently instead.
    if ((action.isEmpty() || action == QLatin1String("list") || diff) && isSet("observe"))
        return tr("--observe goes with --dump, --read, --watch or --snapshot SHMID, or --attach or --key in the "
                  "window.");
    if (isSet("observe") && isSet("namespace"))
        return tr("--observe reads segments of our IPC namespace; it does not go with --namespace.");
    if (action.isEmpty() && isSet("namespace"))
        return tr("--namespace goes with --list, --dump SHMID or --read SHMID.");
    if (action != QLatin1String("list") && isSet("type"))
        return tr("--type goes with --list.");
    if (!dump && !write && (isSet("offset") || isSet("length")))
        return tr("--offset and --length go with --dump SHMID.");
    if (action.isEmpty() && isSet("format"))
        return tr("--format goes with --list, --read SHMID or --dump SHMID.");
    for (const char *name : WindowOptions) {
        if (isSet(name))
            return tr("--%1 is for the window; it does not go with --%2.").arg(QLatin1String(name), action);
    }
    // --write takes one: the file.
    if (const qsizetype expected = write ? 1 : 0; !diff && parser.positionalArguments().size() > expected)
        return tr("unexpected argument \"%1\".").arg(parser.positionalArguments().at(expected));
    return {};
}

int CommandLine::print(const QString &text)
{
    return print(text.toUtf8());
}

int CommandLine::print(const QByteArray &utf8)
{
    StandardOutput out;
    if (out.write(utf8) != utf8.size())
        return fail(tr("cannot write the output: %1").arg(out.errorString()));
    return 0;
}

int CommandLine::listSegments(const QCommandLineParser &parser)
{
    const QString type = parser.value(QStringLiteral("type"));
    const bool all = type == QLatin1String("all");
    const bool sysv = type == QLatin1String("sysv") || all;
    const bool posix = type == QLatin1String("posix") || all;
    const bool sem = type == QLatin1String("sem") || all;
    const bool msg = type == QLatin1String("msg") || all;
    if (!sysv && !posix && !sem && !msg)
        return fail(tr("unknown --type \"%1\"; use sysv, sem, msg, posix or all.").arg(type));
    const auto format = core::SegmentListWriter::formatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return fail(tr("unknown --format \"%1\"; use table, json or csv.")
                        .arg(parser.value(QStringLiteral("format"))));
    if ((!sysv || all) && *format == core::SegmentListWriter::Format::Csv)
        return fail(tr("--format csv lists System V segments only; use table or json with --type %1.").arg(type));
    const auto namespaces = namespaceChoice(parser.value(QStringLiteral("namespace")));
    if (!namespaces)
        return fail(tr("unknown --namespace \"%1\"; use ours, all or a process id.")
                        .arg(parser.value(QStringLiteral("namespace"))));
    if (posix && !all && namespaces->which != core::NamespaceChoice::Which::Ours)
        return fail(tr("--namespace goes with --type sysv, sem, msg or all: POSIX objects live in /dev/shm, a file "
                       "system, not in an IPC namespace."));
    QTextStream err(stderr);
    core::ScanResult scanned;
    std::optional<core::PosixScanResult> posixScan;
    if (!posix || all) {
        // Every kind from one scan, which reads each process's maps once for segments and POSIX objects; sets or
        // queues alone are listed without segments or maps, as ipcs lists them.
        const auto kinds = all    ? core::SegmentScanner::Kinds::All
                           : sem  ? core::SegmentScanner::Kinds::SemaphoreSets
                           : msg  ? core::SegmentScanner::Kinds::MessageQueues
                                  : core::SegmentScanner::Kinds::SystemV;
        core::SegmentScanner scanner;
        scanner.likelyUsers().setLanguage(core::Translations::Language::English);
        // The table of sets shows no value: it is listed without them, as ipcs -s lists it.
        scanner.setReadSemaphores(*format != core::SegmentListWriter::Format::Table);
        auto scan = scanner.scan(kinds, *namespaces);
        if (!scan.ok())
            return fail(scan.error().toString());
        for (const QString &warning : scan.value().warnings)
            err << "shmscope: warning: " << warning << '\n';
        if (!scan.value().namespaceNote.isEmpty())
            err << "shmscope: note: " << scan.value().namespaceNote << '\n';
        scanned = std::move(scan.value());
        posixScan = std::move(scanned.posix);
    }
    const QList<core::SegmentInfo> &segments = scanned.segments;
    // Ours alone (the default) prints as ipcs does, byte for byte; more namespaces, each under its line.
    const bool byNamespace = namespaces->which == core::NamespaceChoice::Which::All;
    const bool table = *format == core::SegmentListWriter::Format::Table;
    const auto sysvText = [&] {
        return byNamespace && table ? core::SegmentListWriter::tableByNamespace(segments, scanned.namespaces)
                                    : core::SegmentListWriter::write(*format, segments);
    };
    const auto semText = [&] {
        return byNamespace ? core::SemaphoreListWriter::tableByNamespace(scanned.semaphoreSets, scanned.namespaces)
                           : core::SemaphoreListWriter::table(scanned.semaphoreSets);
    };
    const auto msgText = [&] {
        return byNamespace ? core::MessageQueueListWriter::tableByNamespace(scanned.messageQueues, scanned.namespaces)
                           : core::MessageQueueListWriter::table(scanned.messageQueues);
    };
    if (!all && sysv)
        return print(sysvText());
    if (!all && sem)
        return print(table ? semText() : core::SemaphoreListWriter::json(scanned.semaphoreSets));
    if (!all && msg)
        return print(table ? msgText() : core::MessageQueueListWriter::json(scanned.messageQueues));

    if (!posixScan) {
        posixScan = core::PosixScanner().scan();
        core::OrphanJudge::judge(*posixScan);
        core::LikelyUsers labels;
        labels.setLanguage(core::Translations::Language::English);
        labels.label(*posixScan);
    }
    const core::PosixScanResult &scan = *posixScan;
    for (const QString &warning : scan.warnings)
        err << "shmscope: warning: " << warning << '\n';
    if (scan.unreadableProcesses > 0)
        err << "shmscope: warning: "
            << tr("%1 of %2 processes may not be read: what they map or hold open is not shown.")
                   .arg(scan.unreadableProcesses)
                   .arg(scan.processes)
            << '\n';
    if (table)
        return print(all ? sysvText() + semText() + msgText() + core::PosixListWriter::table(scan.objects)
                         : core::PosixListWriter::table(scan.objects));
    if (!all)
        return print(core::PosixListWriter::json(scan.objects));
    // The members sorted by name, as QJsonObject writes them.
    QByteArray text = "{\n";
    core::JsonText::appendMemberName(text, QLatin1String("msg"), 1);
    core::MessageQueueListWriter::appendJson(text, scanned.messageQueues, 1);
    text += ",\n";
    core::JsonText::appendMemberName(text, QLatin1String("posix"), 1);
    core::PosixListWriter::appendJson(text, scan.objects, 1);
    text += ",\n";
    core::JsonText::appendMemberName(text, QLatin1String("sem"), 1);
    core::SemaphoreListWriter::appendJson(text, scanned.semaphoreSets, 1);
    text += ",\n";
    core::JsonText::appendMemberName(text, QLatin1String("sysv"), 1);
    core::SegmentListWriter::appendJson(text, segments, 1);
    text += "\n}\n";
    return print(text);
}

std::optional<core::NamespaceChoice> CommandLine::namespaceChoice(const QString &text)
{
    using Which = core::NamespaceChoice::Which;
    if (text == QLatin1String("ours"))
        return core::NamespaceChoice{Which::Ours, 0};
    if (text == QLatin1String("all"))
        return core::NamespaceChoice{Which::All, 0};
    bool isNumber = false;
    const qint64 pid = text.toLongLong(&isNumber);
    if (!isNumber || pid <= 0 || !text.at(0).isDigit())
        return std::nullopt;
    return core::NamespaceChoice{Which::OfProcess, pid};
}

// --offset and --length: decimal or 0x hex (as hexdump -s takes them), or a size with a unit such as "4k".
core::Result<quint64> CommandLine::byteCount(const QString &option, const QString &text)
{
    if (const auto plain = core::InputParser::offset(text); plain.ok())
        return plain.value();
    const auto withUnit = core::InputParser::size(text);
    if (withUnit.ok())
        return withUnit.value();
    // Digits first: a size whose value is refused (not whole bytes, too many), which the size reader
    // explains.
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty() && trimmed.front() >= QLatin1Char('0') && trimmed.front() <= QLatin1Char('9') &&
        !trimmed.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        return core::Error::plain(QStringLiteral("--%1: %2").arg(option, withUnit.error().message));
    return core::Error::plain(
        tr("--%1 wants a number of bytes, such as 4096, 0x1000 or 4k, not \"%2\".").arg(option, text));
}

int CommandLine::dumpSegment(const QCommandLineParser &parser)
{
    // --offset and --length, nullopt when not given; the one that cannot be read ends the run here.
    std::optional<quint64> range[2];
    const QString rangeOptions[2] = {QStringLiteral("offset"), QStringLiteral("length")};
    for (int i = 0; i < 2; ++i) {
        if (!parser.isSet(rangeOptions[i]))
            continue;
        const auto bytes = byteCount(rangeOptions[i], parser.value(rangeOptions[i]));
        if (!bytes.ok())
            return fail(bytes.error().message);
        range[i] = bytes.value();
    }
    // --format's default is --list's "table": unless it is given, --dump prints as hexdump -C does.
    const QString format =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("hex");
    const bool raw = format == QLatin1String("raw");
    if (!raw && format != QLatin1String("hex"))
        return fail(tr("unknown --format \"%1\" for --dump; use hex or raw.").arg(format));
    const auto opened = openNamedBy(parser, QStringLiteral("dump"));
    if (!opened.ok())
        return fail(opened.error().toString());
    const core::ByteSource &source = opened.value()->source();
    if (parser.isSet(QStringLiteral("output")))
        return dumpRawToFile(source, range[0].value_or(0), range[1], parser.value(QStringLiteral("output")));
    StandardOutput out;
    const auto dumped = raw ? core::RawDumpWriter::dump(source, range[0].value_or(0), range[1], &out)
                            : core::HexDumpWriter::dump(source, range[0].value_or(0), range[1], &out);
    if (out.failed())
        return fail(tr("cannot write the output: %1").arg(out.errorString()));
    if (!dumped.ok())
        return fail(dumped.error().toString());
    return 0;
}

int CommandLine::dumpRawToFile(const core::ByteSource &source, quint64 offset, std::optional<quint64> length,
                               const QString &path)
{
    // The range is checked before the file is made: a refused dump leaves no empty file behind.
    if (const auto count = core::DumpRange::checked(source, offset, length); !count.ok())
        return fail(count.error().toString());
    // Unbuffered: each chunk is one write(), whose failure (a full disk) is seen where it happens.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    const auto dumped = core::RawDumpWriter::dump(source, offset, length, &file);
    if (!dumped.ok())
        return fail(file.error() != QFileDevice::NoError ? tr("cannot write %1: %2").arg(path, file.errorString())
                                                         : dumped.error().toString());
    file.close();
    if (file.error() != QFileDevice::NoError)
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    return 0;
}

CommandLine::Opened::Opened(std::unique_ptr<core::Attachment> segment)
    : m_segment(std::move(segment)), m_source(std::make_unique<core::SparseReader>(*m_segment))
{
}

CommandLine::Opened::Opened(std::unique_ptr<core::PosixMapping> object) : m_source(std::move(object)) {}

CommandLine::Opened::Opened(std::unique_ptr<core::ObservedSegment> observed) : m_source(std::move(observed)) {}

core::Result<std::unique_ptr<CommandLine::Opened>> CommandLine::openNamedBy(const QCommandLineParser &parser,
                                                                            const QString &option)
{
    const QString text = parser.value(option);
    const bool observe = parser.isSet(QStringLiteral("observe"));
    if (observe && text.startsWith(QLatin1Char('/')))
        return core::Error::plain(tr("--observe is for System V segments; a POSIX object is read through its "
                                     "path without being attached (/proc/PID/map_files/START-END of a holder "
                                     "reads it through that process)."));
    // A path: /dev/shm/NAME, /proc/PID/fd/N or /proc/PID/map_files/START-END, which PosixMapping checks.
    if (text.startsWith(QLatin1Char('/'))) {
        if (parser.isSet(QStringLiteral("even-if-destroyed")))
            return core::Error::plain(tr("--even-if-destroyed is for System V segments; a POSIX object is "
                                         "not destroyed by our close."));
        auto mapped = mapNamed(parser, text, core::PosixMapping::Mode::ReadOnly);
        if (!mapped.ok())
            return mapped.error();
        return std::make_unique<Opened>(std::move(mapped.value()));
    }
    const auto named = shmidNamed(option, text);
    if (!named.ok())
        return named.error();
    const int shmid = named.value();
    if (observe) {
        auto observed = core::ObservedSegment::open(shmid);
        if (!observed.ok())
            return observed.error();
        return std::make_unique<Opened>(std::move(observed.value()));
    }
    auto attached = attachNamed(parser, shmid);
    if (!attached.ok())
        return attached.error();
    return std::make_unique<Opened>(std::move(attached.value()));
}

core::Result<std::unique_ptr<core::Attachment>> CommandLine::attachNamed(const QCommandLineParser &parser,
                                                                         int shmid, core::Attachment::Mode mode)
{
    const QString text = parser.value(QStringLiteral("namespace"));
    const auto choice = namespaceChoice(text);
    if (!choice)
        return core::Error::plain(
            tr("--namespace wants a process id (the namespace of that process) or ours, not \"%1\".")
                .arg(text));
    if (choice->which == core::NamespaceChoice::Which::All)
        return core::Error::plain(tr("a segment lives in one IPC namespace: give --namespace a process id."));
    std::shared_ptr<const core::IpcNamespaceEntry> where;
    if (choice->which == core::NamespaceChoice::Which::OfProcess) {
        auto entry = core::IpcNamespaceEntry::open(choice->pid);
        if (!entry.ok())
            return entry.error();
        where = std::make_shared<const core::IpcNamespaceEntry>(std::move(entry.value()));
    }
    // Checked before the attach: with shm_rmid_forced our detach may be the segment's last, and destroy it.
    // The setting and nattch are the namespace's own, so they are read inside it.
    bool destroys = false;
    const bool write = mode == core::Attachment::Mode::ReadWrite;
    if (write || !parser.isSet(QStringLiteral("even-if-destroyed"))) {
        const auto ask = [&] { destroys = core::RmidForced::detachDestroys(shmid, 0); };
        if (!where) {
            ask();
        } else if (const auto entered = where->run(ask); !entered.ok()) {
            return entered.error();
        }
    }
    // Bytes written into a segment that our detach then destroys are lost at once: a write is never forced.
    if (destroys && write)
        return core::Error::plain(tr("kernel.shm_rmid_forced is 1 and nobody has segment %1 attached: our detach "
                                     "after the write would destroy it, and the bytes with it. Nothing was "
                                     "written.")
                                      .arg(shmid));
    if (destroys)
        return core::Error::plain(core::RmidForced::readDestroys(shmid) + QLatin1Char(' ') +
                                  tr("Nothing was read. Add --even-if-destroyed to read it all the same."));
    return core::Attachment::attach(shmid, mode, std::move(where));
}

int CommandLine::readSegment(const QCommandLineParser &parser)
{
    // --format's default is --list's "table": unless it is given, --read prints text.
    const QString formatName = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                      : QStringLiteral("text");
    const auto format = core::LayoutWriter::formatFromName(formatName);
    if (!format)
        return fail(tr("unknown --format \"%1\" for --read; use text or json.").arg(formatName));

    int refused = 0;
    const auto layout = compileLayout(parser, &refused);
    if (!layout)
        return refused;

    const auto opened = openNamedBy(parser, QStringLiteral("read"));
    if (!opened.ok())
        return fail(opened.error().toString());
    const core::ByteSource &source = opened.value()->source();
    // Only the bytes both the layout and the segment have: fields past the segment's end are never read.
    QByteArray bytes(qsizetype(std::min(layout->layout.sizeOf, source.size())), Qt::Uninitialized);
    const auto copied = source.readInto(0, bytes.data(), quint64(bytes.size()));
    if (!copied.ok())
        return fail(copied.error().toString());
    if (copied.value() < quint64(bytes.size())) {
        // Shrunk under us: the fields that are left, as those of a smaller object, and then why.
        bytes.truncate(qsizetype(copied.value()));
        const int printed = print(core::LayoutWriter::write(*format, layout->layout, bytes, copied.value()));
        return printed != 0 ? printed : fail(source.shortReadReason());
    }
    return print(core::LayoutWriter::write(*format, layout->layout, bytes, source.size()));
}

std::optional<CommandLine::CompiledLayout> CommandLine::compileLayout(const QCommandLineParser &parser,
                                                                     int *exitCode)
{
    const QString layoutName = parser.value(QStringLiteral("layout"));
    const auto layoutText = core::LayoutLibrary::load(layoutName);
    if (!layoutText.ok()) {
        *exitCode = fail(layoutText.error().message);
        return std::nullopt;
    }
    QList<core::StructDiagnostic> diagnostics;
    auto layout = core::StructParser::parse(layoutText.value(), &diagnostics);
    if (!layout.ok()) {
        *exitCode = failToCompile(layoutName, layout.error().message, diagnostics,
                                  parser.isSet(QStringLiteral("all-errors")));
        return std::nullopt;
    }
    return CompiledLayout{layoutName, layoutText.value(), std::move(layout.value())};
}

int CommandLine::takeSnapshot(const QCommandLineParser &parser)
{
    core::Snapshot snapshot;
    {
        const auto opened = openNamedBy(parser, QStringLiteral("snapshot"));
        if (!opened.ok())
            return fail(opened.error().toString());
        auto taken = core::SnapshotFile::take(opened.value()->source(), opened.value()->where());
        if (!taken.ok())
            return fail(taken.error().toString());
        snapshot = std::move(taken.value());
    } // detached before the file is written: a slow disk does not keep our attach
    // The layout is kept only when named: the snapshot then decodes alone, as it was read.
    if (parser.isSet(QStringLiteral("layout"))) {
        int refused = 0;
        const auto layout = compileLayout(parser, &refused);
        if (!layout)
            return refused;
        snapshot.layoutName = layout->name;
        snapshot.layoutText = layout->text;
    }
    const QString path = parser.value(QStringLiteral("output"));
    if (const auto saved = core::SnapshotFile::save(snapshot, path); !saved.ok())
        return fail(saved.error().message);
    return print(QStringLiteral("%1: %2 saved to %3\n")
                     .arg(snapshot.name,
                          snapshot.bytes.size() == 1 ? QStringLiteral("1 byte")
                                                     : QStringLiteral("%1 bytes").arg(snapshot.bytes.size()),
                          path));
}

core::Result<core::Snapshot> CommandLine::snapshotNamed(const QCommandLineParser &parser, const QString &text)
{
    // A shmid is all digits; anything else is a snapshot file (./123 names a file called 123).
    const bool isShmid = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    if (!isShmid)
        return core::SnapshotFile::load(text);
    bool fits = false;
    const int shmid = text.toInt(&fits);
    if (!fits)
        return core::Error::plain(tr("%1 is no segment id: too large.").arg(text));
    auto attached = attachNamed(parser, shmid);
    if (!attached.ok())
        return attached.error();
    const core::SparseReader reader(*attached.value());
    return core::SnapshotFile::take(reader, attached.value()->foreignNamespace());
}

int CommandLine::diffSnapshots(const QCommandLineParser &parser)
{
    const QString labels[2] = {parser.value(QStringLiteral("diff")), parser.positionalArguments().value(0)};
    std::optional<core::Snapshot> sides[2];
    for (int i = 0; i < 2; ++i) {
        auto snapshot = snapshotNamed(parser, labels[i]);
        if (!snapshot.ok())
            return fail(snapshot.error().toString());
        sides[i] = std::move(snapshot.value());
    }
    std::optional<CompiledLayout> layout;
    if (parser.isSet(QStringLiteral("layout"))) {
        int refused = 0;
        layout = compileLayout(parser, &refused);
        if (!layout)
            return refused;
    }
    return print(core::SnapshotDiffWriter::write(*sides[0], labels[0], *sides[1], labels[1],
                                                 layout ? &layout->layout : nullptr));
}

core::Result<core::WatchList> CommandLine::watchesOf(const QCommandLineParser &parser,
                                                     const core::StructLayout &layout, const core::ByteSource &source)
{
    core::WatchList watches;
    if (parser.isSet(QStringLiteral("field"))) {
        const QString path = parser.value(QStringLiteral("field"));
        const auto field = core::WatchList::findField(layout, path);
        if (!field.ok())
            return field.error();
        auto watch = core::FieldWatch::ofField(field.value(), path, WatchSamplesKept);
        if (!watch.ok())
            return watch.error();
        if (watch.value().offset() + watch.value().readLength() > source.size())
            return core::Error::plain(tr("%1 lies past the end of %2 (%3 bytes): there is nothing of it to watch.")
                                          .arg(path, source.name())
                                          .arg(source.size()));
        watches.add(std::move(watch.value()));
        return watches;
    }
    // Every field, but those past the object's end, as --read leaves them out.
    for (const auto &[path, field] : core::WatchList::valueFields(layout)) {
        auto watch = core::FieldWatch::ofField(field, path, WatchSamplesKept);
        if (watch.ok() && watch.value().offset() + watch.value().readLength() <= source.size())
            watches.add(std::move(watch.value()));
    }
    if (watches.isEmpty())
        return core::Error::plain(tr("no field of the layout %1 lies within %2 (%3 bytes): there is nothing to watch.")
                                      .arg(layout.name, source.name())
                                      .arg(source.size()));
    return watches;
}

int CommandLine::watchSegment(const QCommandLineParser &parser)
{
    const QString formatName =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("csv");
    const bool json = formatName == QLatin1String("json");
    if (!json && formatName != QLatin1String("csv"))
        return fail(tr("unknown --format \"%1\" for --watch; use csv or json.").arg(formatName));
    bool ok = false;
    const QString intervalText = parser.value(QStringLiteral("interval"));
    const int interval = intervalText.toInt(&ok);
    if (!ok || interval < 1 || interval > WatchMaximumIntervalMs)
        return fail(tr("--interval wants milliseconds from 1 to %1, not \"%2\".")
                        .arg(WatchMaximumIntervalMs)
                        .arg(intervalText));
    std::optional<qint64> count;
    if (parser.isSet(QStringLiteral("count"))) {
        const QString countText = parser.value(QStringLiteral("count"));
        count = countText.toLongLong(&ok);
        if (!ok || *count < 1)
            return fail(tr("--count wants a number of changes, 1 or more, not \"%1\".").arg(countText));
    }
    int refused = 0;
    const auto layout = compileLayout(parser, &refused);
    if (!layout)
        return refused;
    const auto opened = openNamedBy(parser, QStringLiteral("watch"));
    if (!opened.ok())
        return fail(opened.error().toString());
    const core::ByteSource &source = opened.value()->source();
    auto watches = watchesOf(parser, layout->layout, source);
    if (!watches.ok())
        return fail(watches.error().message);

    const core::WatchList::Reader read = [&](quint64 offset, char *out, quint64 length) {
        const auto copied = source.readInto(offset, out, length);
        return copied.ok() && copied.value() == length;
    };
    StandardOutput out;
    if (!json)
        out.write("time,field,old,new\n");
    watches.value().poll(read, QDateTime::currentMSecsSinceEpoch()); // the values to compare with
    for (qint64 printed = 0; !count || printed < *count;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(interval));
        const auto changes = watches.value().poll(read, QDateTime::currentMSecsSinceEpoch());
        for (const core::WatchList::Change &change : changes) {
            if (count && printed == *count)
                break;
            const QString &field = watches.value().at(change.watch).name();
            QByteArray line;
            if (json) {
                line = "{\"time\": ";
                core::JsonText::appendString(line, core::FieldWatch::isoTime(change.msecs));
                line += ", \"field\": ";
                core::JsonText::appendString(line, field);
                line += ", \"old\": ";
                core::JsonText::appendString(line, change.before);
                line += ", \"new\": ";
                core::JsonText::appendString(line, change.after);
                line += "}\n";
            } else {
                line = QStringList{core::FieldWatch::isoTime(change.msecs), core::FieldWatch::csvCell(field),
                                   core::FieldWatch::csvCell(change.before), core::FieldWatch::csvCell(change.after)}
                           .join(QLatin1Char(','))
                           .append(QLatin1Char('\n'))
                           .toUtf8();
            }
            // Each line at once: a reader of a pipe sees a change when it happens.
            if (out.write(line) != line.size())
                return fail(tr("cannot write the output: %1").arg(out.errorString()));
            ++printed;
        }
    }
    return 0;
}

int CommandLine::failToCompile(const QString &layoutName, const QString &message,
                               const QList<core::StructDiagnostic> &diagnostics, bool allErrors)
{
    QStringList errors;
    for (const core::StructDiagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity != core::StructDiagnostic::Severity::Error)
            continue;
        // As compilers place them, "file:line:col: message"; the pasted text is the layout's file.
        const QString file = diagnostic.file.isEmpty() ? layoutName : diagnostic.file;
        errors << (diagnostic.line > 0 ? QStringLiteral("%1:%2:%3: %4")
                                             .arg(file, QString::number(diagnostic.line),
                                                  QString::number(diagnostic.column), diagnostic.message)
                                       : diagnostic.message);
    }
    if (errors.isEmpty()) // refused before clang placed anything (too long, the worker failed)
        errors = message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString first = errors.value(0);
    const qsizetype more = errors.size() - 1;
    if (more == 0 || allErrors) {
        QString text = tr("the layout %1 does not compile: %2").arg(layoutName, first);
        for (qsizetype i = 1; i < errors.size(); ++i)
            text += QLatin1Char('\n') + errors.at(i);
        return fail(text);
    }
    return fail(tr("the layout %1 does not compile: %2 (and %3 more; --all-errors shows them)")
                    .arg(layoutName, first, QString::number(more)));
}

core::Result<std::unique_ptr<core::PosixMapping>> CommandLine::mapNamed(const QCommandLineParser &parser,
                                                                       const QString &path,
                                                                       core::PosixMapping::Mode mode)
{
    if (parser.isSet(QStringLiteral("namespace")))
        return core::Error::plain(tr("--namespace is for System V segments; a POSIX object's path names it "
                                     "in every IPC namespace."));
    return core::PosixMapping::open(path, mode);
}

core::Result<int> CommandLine::shmidNamed(const QString &option, const QString &text)
{
    bool isNumber = false;
    const int shmid = text.toInt(&isNumber);
    if (!isNumber || shmid < 0)
        return core::Error::plain(tr("--%1 wants a segment id, a number from the shmid column of --list, "
                                     "not \"%2\".")
                                      .arg(option, text));
    return shmid;
}

core::Result<std::unique_ptr<core::MappedObject>> CommandLine::openWritable(const QCommandLineParser &parser)
{
    const QString text = parser.value(QStringLiteral("write"));
    if (text.startsWith(QLatin1Char('/'))) {
        auto mapped = mapNamed(parser, text, core::PosixMapping::Mode::ReadWrite);
        if (!mapped.ok())
            return mapped.error();
        return std::unique_ptr<core::MappedObject>(std::move(mapped.value()));
    }
    const auto shmid = shmidNamed(QStringLiteral("write"), text);
    if (!shmid.ok())
        return shmid.error();
    auto attached = attachNamed(parser, shmid.value(), core::Attachment::Mode::ReadWrite);
    if (!attached.ok())
        return attached.error();
    return std::unique_ptr<core::MappedObject>(std::move(attached.value()));
}

int CommandLine::writeSegment(const QCommandLineParser &parser)
{
    quint64 offset = 0;
    if (parser.isSet(QStringLiteral("offset"))) {
        const auto bytes = byteCount(QStringLiteral("offset"), parser.value(QStringLiteral("offset")));
        if (!bytes.ok())
            return fail(bytes.error().message);
        offset = bytes.value();
    }
    if (parser.positionalArguments().isEmpty())
        return fail(tr("--write SHMID wants the file to write: --write SHMID [--offset N] FILE, or - for "
                       "standard input."));
    // The file first: one that cannot be read is refused before anything is attached.
    const QString path = parser.positionalArguments().constFirst();
    std::unique_ptr<core::FileInput> input;
    if (path == QLatin1String("-")) {
        input = core::FileInput::standardInput();
    } else {
        auto opened = core::FileInput::open(path);
        if (!opened.ok())
            return fail(opened.error().message);
        input = std::move(opened.value());
    }
    auto target = openWritable(parser);
    if (!target.ok())
        return fail(target.error().toString());
    core::MappedObject &object = *target.value();
    const quint64 size = object.size();
    const QString where =
        object.segmentShmid() ? tr("segment %1").arg(*object.segmentShmid()) : object.name();
    if (offset > size)
        return fail(tr("Offset %1 is past the end of %2, which has %3. Nothing was written.")
                        .arg(offset)
                        .arg(where, core::SegmentFormat::byteCount(size)));
    const quint64 room = size - offset;
    const auto tooMany = [&](quint64 fileSize) {
        return fail(tr("%1 is %2; %3 has %4 from offset %5: %6 too many. Nothing was written.")
                        .arg(input->name(), core::SegmentFormat::byteCount(fileSize), where,
                             core::SegmentFormat::byteCount(room), QString::number(offset),
                             core::SegmentFormat::byteCount(fileSize - room)));
    };
    if (input->size() && *input->size() > room)
        return tooMany(*input->size());
    // One byte more than there is room for: a pipe (or a file that grew) that holds more is seen to.
    const auto bytes = input->read(room + 1);
    if (!bytes.ok())
        return fail(bytes.error().message);
    if (quint64(bytes.value().size()) > room) {
        if (input->size())
            return tooMany(quint64(bytes.value().size()));
        return fail(tr("%1 holds more than %2; %3 has %2 from offset %4. Nothing was written.")
                        .arg(input->name(), core::SegmentFormat::byteCount(room), where, QString::number(offset)));
    }
    if (bytes.value().isEmpty()) // nothing to copy: no memcpy of 0 bytes in the log
        return 0;
    const auto written = object.write(offset, bytes.value());
    if (!written.ok())
        return fail(written.error().toString());
    return 0;
}

} // namespace cli
