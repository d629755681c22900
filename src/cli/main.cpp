// shmscope: the program people run. It links Qt Core and no more, so that --list, --dump and --read start as
// fast as the tools they stand beside (`ipcs -m` starts in about a millisecond; loading and relocating Qt
// Widgets and Gui, 48 libraries, took 30 ms of every --list). For the window it replaces itself with
// shmscope-window (exec: the same process id, arguments and environment), which core::InstalledProgram finds
// beside it or in ../libexec/shmscope/.
#include "cli/commandline.h"
#include "core/installedprogram.h"
#include "core/translations.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {

constexpr char WindowProgram[] = "shmscope-window";

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

int runPrintOnly(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shmscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHMSCOPE_VERSION));
    // The command line speaks the locale's language (LANG), as command-line tools do; the window's own
    // choice is for the window. What --list, --dump and --read print is never translated, but for the
    // built-in st_pid's comments, which --read shows. English too takes its translator: it writes the
    // counts ("1 byte", "2 bytes").
    core::Translations::instance().use(core::Translations::systemLanguage());
    QCommandLineParser parser;
    cli::CommandLine::addOptions(parser);
    parser.process(application);
    return cli::CommandLine::runPrintOnly(parser);
}

} // namespace

int main(int argc, char **argv)
{
    if (cli::CommandLine::isPrintOnly(argc, argv))
        return runPrintOnly(argc, argv);
    if (!hasDisplay()) {
        // An unknown option is told as one, display or not (with one, the window's QCommandLineParser tells
        // it); only good arguments hear that the display is missing.
        if (const auto refused = cli::CommandLine::refuseUnparsable(argc, argv))
            return *refused;
        std::fputs("shmscope: no display found, so start it in a desktop session, under xvfb-run "
                   "(xvfb-run -a shmscope) or with QT_QPA_PLATFORM=offscreen, or use --list, which needs none.\n",
                   stderr);
        return 2;
    }
    const QString window = core::InstalledProgram::path(QLatin1String(WindowProgram));
    if (window.isEmpty()) {
        std::fprintf(stderr,
                     "shmscope: %s, the window, is missing beside %s (and in ../libexec/shmscope/): reinstall "
                     "ShmScope. --list, --dump and --read work without it.\n",
                     WindowProgram, qPrintable(core::InstalledProgram::ownFolder()));
        return 2;
    }
    const QByteArray path = window.toLocal8Bit();
    ::execv(path.constData(), argv);
    std::fprintf(stderr, "shmscope: could not start %s: %s\n", path.constData(), std::strerror(errno));
    return 2;
}
