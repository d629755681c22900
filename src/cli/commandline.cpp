#include "cli/commandline.h"

#include "cli/hexdumpwriter.h"
#include "cli/layoutwriter.h"
#include "cli/segmentlistwriter.h"
#include "core/inputparser.h"
#include "core/layout/layoutlibrary.h"
#include "core/layout/structparser.h"
#include "core/segments/rmidforced.h"
#include "core/segments/segmentscanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace cli {

namespace {
// Every refusal of the command line: one line on stderr, exit code 1.
int fail(const QString &message)
{
    QTextStream(stderr) << "shmscope: " << message << '\n';
    return 1;
}
} // namespace

void CommandLine::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Inspect and edit Linux System V shared memory: the segments, their bytes, live."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("list"), tr("Print the system's segments and exit (no display needed).")});
    parser.addOption({QStringLiteral("format"),
                      tr("Output of --list: table (as ipcs -m), json or csv. Of --read: text or json."),
                      QStringLiteral("format"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("dump"),
                      tr("Print a segment's bytes as hexdump -C does and exit (no display needed)."),
                      QStringLiteral("shmid")});
    parser.addOption({QStringLiteral("offset"), tr("With --dump: start at this byte (4096, 0x1000 or 4k)."),
                      QStringLiteral("bytes"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("length"), tr("With --dump: this many bytes (default: up to the end)."),
                      QStringLiteral("bytes")});
    parser.addOption({QStringLiteral("read"),
                      tr("Print a segment's fields, decoded through --layout, and exit (no display needed)."),
                      QStringLiteral("shmid")});
    parser.addOption({QStringLiteral("even-if-destroyed"),
                      tr("With --dump or --read: read a segment even when kernel.shm_rmid_forced is 1 and nobody "
                         "has it attached, so that our detach destroys it.")});
    parser.addOption({QStringLiteral("layout"),
                      tr("With --read, --attach or --key: st_pid (the built-in struct), a saved layout's name, or a C header file."),
                      QStringLiteral("st_pid|file.h"), core::StructParser::builtinName()});
    parser.addOption({QStringLiteral("attach"), tr("Open the window with this segment attached (read-only)."),
                      QStringLiteral("shmid")});
    parser.addOption({QStringLiteral("key"),
                      tr("Open the window with the segment of this key attached (0x1234 or 4660)."),
                      QStringLiteral("key")});
    parser.addOption({QStringLiteral("read-write"), tr("With --attach or --key: attach read-write, to edit.")});
}

bool CommandLine::isPrintOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--list" || arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version"
            || arg == "-v")
            return true;
        // Options with a value, also as "--dump=ID". --offset and --length alone come here too, to be refused.
        for (const QByteArrayView option : {QByteArrayView("--dump"), QByteArrayView("--offset"),
                                            QByteArrayView("--length"), QByteArrayView("--read")}) {
            if (arg == option || (arg.startsWith(option) && arg.at(option.size()) == '='))
                return true;
        }
    }
    return false;
}

int CommandLine::runPrintOnly(const QCommandLineParser &parser)
{
    const bool dump = parser.isSet(QStringLiteral("dump"));
    const bool read = parser.isSet(QStringLiteral("read"));
    QStringList modes;
    for (const QString &mode : {QStringLiteral("list"), QStringLiteral("dump"), QStringLiteral("read")}) {
        if (parser.isSet(mode))
            modes << QStringLiteral("--") + mode;
    }
    if (modes.size() > 1)
        return fail(modes.size() == 2 ? tr("use %1 or %2, not both.").arg(modes[0], modes[1])
                                      : tr("use one of --list, --dump and --read."));
    if (!read && parser.isSet(QStringLiteral("layout")))
        return fail(tr("--layout goes with --read SHMID (or --attach or --key in the window)."));
    if (!dump && !read && parser.isSet(QStringLiteral("even-if-destroyed")))
        return fail(tr("--even-if-destroyed goes with --dump SHMID or --read SHMID."));
    if (read)
        return readSegment(parser);
    if (!dump && (parser.isSet(QStringLiteral("offset")) || parser.isSet(QStringLiteral("length"))))
        return fail(tr("--offset and --length go with --dump SHMID."));
    return dump ? dumpSegment(parser) : listSegments(parser);
}

int CommandLine::listSegments(const QCommandLineParser &parser)
{
    const auto format = core::SegmentListWriter::formatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return fail(tr("unknown --format \"%1\"; use table, json or csv.")
                        .arg(parser.value(QStringLiteral("format"))));
    core::SegmentScanner scanner;
    const auto scan = scanner.scan();
    if (!scan.ok())
        return fail(scan.error().toString());
    QTextStream err(stderr);
    for (const QString &warning : scan.value().warnings)
        err << "shmscope: warning: " << warning << '\n';
    QTextStream out(stdout);
    out << core::SegmentListWriter::write(*format, scan.value().segments);
    return 0;
}

// --offset and --length: decimal or 0x hex (as hexdump -s takes them), or a size with a unit such as "4k".
std::optional<quint64> CommandLine::byteCount(const QString &text)
{
    if (const auto plain = core::InputParser::offset(text); plain.ok())
        return plain.value();
    if (const auto withUnit = core::InputParser::size(text); withUnit.ok())
        return withUnit.value();
    return std::nullopt;
}

int CommandLine::dumpSegment(const QCommandLineParser &parser)
{
    // --offset and --length, nullopt when not given; the one that cannot be read ends the run here.
    std::optional<quint64> range[2];
    const QString rangeOptions[2] = {QStringLiteral("offset"), QStringLiteral("length")};
    for (int i = 0; i < 2; ++i) {
        if (!parser.isSet(rangeOptions[i]))
            continue;
        range[i] = byteCount(parser.value(rangeOptions[i]));
        if (!range[i])
            return fail(tr("--%1 wants a number of bytes, such as 4096, 0x1000 or 4k, not \"%2\".")
                            .arg(rangeOptions[i], parser.value(rangeOptions[i])));
    }
    const auto attached = attachNamedBy(parser, QStringLiteral("dump"));
    if (!attached.ok())
        return fail(attached.error().toString());
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return fail(tr("Cannot write to standard output: %1.").arg(out.errorString()));
    const auto dumped = core::HexDumpWriter::dump(*attached.value(), range[0].value_or(0), range[1], &out);
    if (!dumped.ok())
        return fail(dumped.error().toString());
    return 0;
}

core::Result<std::unique_ptr<core::Attachment>> CommandLine::attachNamedBy(const QCommandLineParser &parser,
                                                                          const QString &option)
{
    const QString text = parser.value(option);
    bool isNumber = false;
    const int shmid = text.toInt(&isNumber);
    if (!isNumber || shmid < 0)
        return core::Error::plain(tr("--%1 wants a segment id, a number from the shmid column of --list, "
                                 "not \"%2\".")
                                  .arg(option, text));
    // Checked before the attach: with shm_rmid_forced our detach may be the segment's last, and destroy it.
    if (!parser.isSet(QStringLiteral("even-if-destroyed")) && core::RmidForced::detachDestroys(shmid, 0))
        return core::Error::plain(core::RmidForced::readDestroys(shmid) + QLatin1Char(' ')
                                  + tr("Nothing was read. Add --even-if-destroyed to read it all the same."));
    return core::Attachment::attach(shmid, core::Attachment::Mode::ReadOnly);
}

int CommandLine::readSegment(const QCommandLineParser &parser)
{
    // --format's default is --list's "table": unless it is given, --read prints text.
    const QString formatName = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                      : QStringLiteral("text");
    const auto format = core::LayoutWriter::formatFromName(formatName);
    if (!format)
        return fail(tr("unknown --format \"%1\" for --read; use text or json.").arg(formatName));

    const QString layoutName = parser.value(QStringLiteral("layout"));
    const auto layoutText = core::LayoutLibrary::load(layoutName);
    if (!layoutText.ok())
        return fail(layoutText.error().message);
    const auto layout = core::StructParser::parse(layoutText.value());
    if (!layout.ok())
        return fail(
            tr("The layout %1 does not compile:\n%2").arg(layoutName, layout.error().message));

    const auto attached = attachNamedBy(parser, QStringLiteral("read"));
    if (!attached.ok())
        return fail(attached.error().toString());
    const core::Attachment &segment = *attached.value();
    // Only the bytes both the layout and the segment have: fields past the segment's end are never read.
    const auto bytes = segment.read(0, std::min(layout.value().sizeOf, segment.size()));
    if (!bytes.ok())
        return fail(bytes.error().toString());
    QTextStream out(stdout);
    out << core::LayoutWriter::write(*format, layout.value(), bytes.value(), segment.size());
    return 0;
}

} // namespace cli
