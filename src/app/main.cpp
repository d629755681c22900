#include "mainwindow.h"

#include "segmentlistwriter.h"
#include "segmentscanner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Inspect and edit Linux System V shared memory: the segments, their bytes, live."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("list"),
                      QCoreApplication::translate("main", "Print the system's segments and exit (no display needed).")});
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate("main", "Output of --list: table (as ipcs -m), json or csv."),
                      QStringLiteral("format"), QStringLiteral("table")});
}

// Anything that only prints works without a display; everything else opens the window.
bool wantsCommandLineOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--list" || arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version"
            || arg == "-v")
            return true;
    }
    return false;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

int listSegments(const QCommandLineParser &parser)
{
    QTextStream err(stderr);
    const auto format = core::SegmentListWriter::formatFromName(parser.value(QStringLiteral("format")));
    if (!format) {
        err << "shmscope: unknown --format \"" << parser.value(QStringLiteral("format"))
            << "\"; use table, json or csv.\n";
        return 1;
    }
    core::SegmentScanner scanner;
    const auto scan = scanner.scan();
    if (!scan.ok()) {
        err << "shmscope: " << scan.error().toString() << '\n';
        return 1;
    }
    for (const QString &warning : scan.value().warnings)
        err << "shmscope: warning: " << warning << '\n';
    QTextStream out(stdout);
    out << core::SegmentListWriter::write(*format, scan.value().segments);
    return 0;
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
    if (wantsCommandLineOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app);
        return listSegments(parser);
    }
    if (!hasDisplay()) {
        std::fputs("shmscope: no display found. Run it in a desktop session, under xvfb-run "
                    "(xvfb-run -a shmscope), or with QT_QPA_PLATFORM=offscreen; or use --list, which needs none.\n",
                    stderr);
        return 2;
    }
    QApplication app(argc, argv);
    setApplicationInfo();
    QApplication::setApplicationDisplayName(QStringLiteral("ShmScope"));
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    if (parser.isSet(QStringLiteral("list")))
        return listSegments(parser);

    app::MainWindow window;
    window.show();
    return app.exec();
}
