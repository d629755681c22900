// shmscope-window: the window. `shmscope` (src/cli/main.cpp) answers the print-only options itself and execs
// this program, with the same arguments, for everything else; by then a display has been found.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/settings.h"
#include "app/windowoptions.h"
#include "cli/commandline.h"

#include <QApplication>

#include <sys/prctl.h>

int main(int argc, char **argv)
{
    // The kernel names a process after the file it runs: this one would be "shmscope-window" in ps, top and
    // the table's Attached column, where the user started "shmscope".
    ::prctl(PR_SET_NAME, "shmscope");
    QApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shmscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHMSCOPE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
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
