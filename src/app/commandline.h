#pragma once

#include "attachment.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <optional>

namespace app {

class MainWindow;

// shmscope's options. Those that only print (--list, --dump, --read, --help, --version) run without a display
// and without widgets; the others say what the window opens with.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(app::CommandLine)

public:
    static void addOptions(QCommandLineParser &parser);
    // True when the arguments ask only for printing, so that no display is needed.
    [[nodiscard]] static bool isPrintOnly(int argc, char **argv);
    // Runs --list, --dump or --read; the exit code.
    [[nodiscard]] static int runPrintOnly(const QCommandLineParser &parser);
    // --attach SHMID or --key KEY, with --read-write: attaches in the window. Problems show in the window.
    static void applyToWindow(const QCommandLineParser &parser, MainWindow &window);

private:
    static int listSegments(const QCommandLineParser &parser);
    static int dumpSegment(const QCommandLineParser &parser);
    static int readSegment(const QCommandLineParser &parser);
    // The segment that --dump or --read names, attached read-only.
    static core::Result<std::unique_ptr<core::Attachment>> attachNamedBy(const QCommandLineParser &parser,
                                                                         const QString &option);
    static std::optional<quint64> byteCount(const QString &text);
};

} // namespace app
