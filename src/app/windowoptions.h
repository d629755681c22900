#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

namespace app {

class MainWindow;

// The options that say what the window opens with (declared with the others in cli::CommandLine, so that
// --help lists them all): --attach SHMID or --key KEY, with --read-write and --layout.
class WindowOptions
{
    Q_DECLARE_TR_FUNCTIONS(app::WindowOptions)

public:
    // Attaches in the window as the options ask. Problems show in the window's message bar.
    static void apply(const QCommandLineParser &parser, MainWindow &window);
};

} // namespace app
