#pragma once

#include "core/bytes/bytesource.h"
#include "core/history/watchlist.h"
#include "core/kernel/attachment.h"
#include "core/kernel/observedsegment.h"
#include "core/kernel/posixmapping.h"
#include "core/layout/structparser.h"
#include "core/segments/segmentscanner.h"
#include "core/snapshots/snapshotfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <optional>

namespace cli {

// shmscope's options, all declared here so that --help lists them whether or not a display exists. Those that
// only print (--list, --dump, --read, --help, --version) run here, on core alone, before any QApplication;
// the others say what the window opens with, and app::WindowOptions applies them.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(cli::CommandLine)

public:
    static void addOptions(QCommandLineParser &parser);
    // True when the arguments ask only for printing, so that no display is needed.
    [[nodiscard]] static bool isPrintOnly(int argc, char **argv);
    // For the window's arguments when no display can show it: QCommandLineParser's own line for an unknown
    // option or a missing value (as with a display), printed, or nullopt when the arguments are good. Qt's
    // own options (-platform...) are not known here: without a display they could not help anyway.
    [[nodiscard]] static std::optional<int> refuseUnparsable(int argc, char **argv);
    // Runs --list, --dump or --read; the exit code.
    [[nodiscard]] static int runPrintOnly(const QCommandLineParser &parser);

private:
    static int listSegments(const QCommandLineParser &parser);
    static int dumpSegment(const QCommandLineParser &parser);
    // --dump --format raw -o FILE: the bytes into FILE, made (or emptied) only once the range is known good.
    static int dumpRawToFile(const core::ByteSource &source, quint64 offset, std::optional<quint64> length,
                             const QString &path);
    static int readSegment(const QCommandLineParser &parser);
    // --write SHMID|PATH [--offset N] FILE|-: the file's bytes into the object, attached read-write, in one
    // memcpy; refused, nothing written, when they would run past its end.
    static int writeSegment(const QCommandLineParser &parser);
    // The segment (a shmid) or the object (a path) that --write names, opened read-write.
    static core::Result<std::unique_ptr<core::MappedObject>> openWritable(const QCommandLineParser &parser);
    // A POSIX object or memfd by its path, mapped in `mode`; refused with --namespace, which is for segments.
    static core::Result<std::unique_ptr<core::PosixMapping>> mapNamed(const QCommandLineParser &parser,
                                                                      const QString &path,
                                                                      core::PosixMapping::Mode mode);
    // The shmid `text` gives --`option`: a number from 0; refused with what it wants otherwise.
    static core::Result<int> shmidNamed(const QString &option, const QString &text);
    // --snapshot SHMID|PATH --output FILE, and --diff A B (each a snapshot file or a shmid read now).
    static int takeSnapshot(const QCommandLineParser &parser);
    static int diffSnapshots(const QCommandLineParser &parser);
    static core::Result<core::Snapshot> snapshotNamed(const QCommandLineParser &parser, const QString &text);
    // The layout --layout names, loaded and compiled; nullopt when refused, the refusal printed and its exit
    // code in *exitCode.
    struct CompiledLayout
    {
        QString name;
        QString text;
        core::StructLayout layout;
    };
    static std::optional<CompiledLayout> compileLayout(const QCommandLineParser &parser, int *exitCode);
    // --watch: reads the fields every --interval ms through the object's own bytes and prints each change as
    // a line of CSV (after a header line) or of JSON, until --count changes or a signal ends it.
    static int watchSegment(const QCommandLineParser &parser);
    static constexpr int WatchDefaultIntervalMs = 100;
    static constexpr int WatchMaximumIntervalMs = 3600000;
    // The command line prints changes as they come and keeps no history: two samples do.
    static constexpr qsizetype WatchSamplesKept = 2;
    // --watch's watches: --field alone, or every field of the layout within the object; refused with why.
    static core::Result<core::WatchList> watchesOf(const QCommandLineParser &parser, const core::StructLayout &layout,
                                                   const core::ByteSource &source);
    // Refuses a layout that does not compile: the first error in one line, how many more, and --all-errors
    // for all of them, one a line.
    static int failToCompile(const QString &layoutName, const QString &message,
                             const QList<core::StructDiagnostic> &diagnostics, bool allErrors);
    // The one line that refuses an option given twice or not going with `action` ("list", "dump", "read", or
    // empty when none was given), or a positional argument; empty when all fit.
    static QString misplacedArgument(const QCommandLineParser &parser, const QString &action);
    // Prints all of `text`, or refuses with the reason it could not be written.
    static int print(const QString &text);
    static int print(const QByteArray &utf8);
    // What --dump or --read reads: a segment attached read-only and read through core::SparseReader, or a
    // POSIX object or memfd mapped read-only.
    class Opened
    {
    public:
        explicit Opened(std::unique_ptr<core::Attachment> segment);
        explicit Opened(std::unique_ptr<core::PosixMapping> object);
        // With --observe: the segment read through a process that maps it.
        explicit Opened(std::unique_ptr<core::ObservedSegment> observed);
        [[nodiscard]] const core::ByteSource &source() const { return *m_source; }
        // The IPC namespace of a segment not of ours, where calls by its id run; null for ours and objects.
        [[nodiscard]] const core::IpcNamespaceEntry *where() const
        {
            return m_segment ? m_segment->foreignNamespace() : nullptr;
        }

    private:
        std::unique_ptr<core::Attachment> m_segment; // before m_source, which reads it, so it goes last
        std::unique_ptr<core::ByteSource> m_source;
    };
    // The segment (a shmid) or the object (a path) that --dump or --read names, opened read-only.
    static core::Result<std::unique_ptr<Opened>> openNamedBy(const QCommandLineParser &parser,
                                                             const QString &option);
    // --namespace: ours, all or a process id (decimal, above 0); nullopt for anything else.
    [[nodiscard]] static std::optional<core::NamespaceChoice> namespaceChoice(const QString &text);
    static core::Result<quint64> byteCount(const QString &option, const QString &text);
    // Segment shmid of the IPC namespace --namespace names, attached (read-only unless asked) through its entry.
    static core::Result<std::unique_ptr<core::Attachment>>
    attachNamed(const QCommandLineParser &parser, int shmid,
                core::Attachment::Mode mode = core::Attachment::Mode::ReadOnly);
};

} // namespace cli
