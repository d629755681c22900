#pragma once

#include "core/kernel/attachment.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <optional>

namespace cli {

// shmscope's options, all declared here so that --help lists them whether or not a display exists. Those that
// only print (--list, --dump, --read, --help, --version) run here, on core alone, before any QApplication; the
// others say what the window opens with, and app::WindowOptions applies them.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(cli::CommandLine)

public:
    static void addOptions(QCommandLineParser &parser);
    // True when the arguments ask only for printing, so that no display is needed.
    [[nodiscard]] static bool isPrintOnly(int argc, char **argv);
    // Runs --list, --dump or --read; the exit code.
    [[nodiscard]] static int runPrintOnly(const QCommandLineParser &parser);

private:
    static int listSegments(const QCommandLineParser &parser);
    static int dumpSegment(const QCommandLineParser &parser);
    static int readSegment(const QCommandLineParser &parser);
    // The segment that --dump or --read names, attached read-only.
    static core::Result<std::unique_ptr<core::Attachment>> attachNamedBy(const QCommandLineParser &parser,
                                                                         const QString &option);
    static std::optional<quint64> byteCount(const QString &text);
};

} // namespace cli
