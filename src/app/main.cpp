#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/settings.h"
#include "app/windowoptions.h"
#include "cli/commandline.h"
#include "core/translations.h"

#include <QApplication>

#include <cstdio>

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

void setApplicationInfo()
{
    QCoreApplication::setApplicationName(QStringLiteral("shmscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHMSCOPE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
}

} // namespace

int main(int argc, char **argv)
{
    if (cli::CommandLine::isPrintOnly(argc, argv)) {
        QCoreApplication application(argc, argv);
        setApplicationInfo();
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
    if (!hasDisplay()) {
        // An unknown option is told as one, display or not (with one, QCommandLineParser::process() tells it
        // below); only good arguments hear that the display is missing.
        if (const auto refused = cli::CommandLine::refuseUnparsable(argc, argv))
            return *refused;
        std::fputs("shmscope: no display found, so start it in a desktop session, under xvfb-run "
                   "(xvfb-run -a shmscope) or with QT_QPA_PLATFORM=offscreen, or use --list, which needs none.\n",
                   stderr);
        return 2;
    }
    QApplication application(argc, argv);
    setApplicationInfo();
    QApplication::setApplicationDisplayName(QStringLiteral("ShmScope"));
    app::LanguageManager::instance()->restoreChoice();
    QCommandLineParser parser;
    cli::CommandLine::addOptions(parser);
    parser.process(application);

    app::MainWindow window;
    // Before show(), so that the window opens as it was left; saved when the window closes.
    window.settings()->restore();
    window.show();
    app::WindowOptions::apply(parser, window);
    return application.exec();
}
