#include "app/windowoptions.h"

#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/segmenttab.h"
#include "app/structs/structpane.h"
#include "core/inputparser.h"
#include "core/kernel/shm.h"
#include "core/layout/layoutlibrary.h"

namespace app {

void WindowOptions::apply(const QCommandLineParser &parser, MainWindow &window)
{
    const auto mode = parser.isSet(QStringLiteral("read-write")) ? core::Attachment::Mode::ReadWrite
                                                                  : core::Attachment::Mode::ReadOnly;
    const auto refuse = [&window](const QString &message) {
        window.messageBar()->showMessage(MessageBar::Kind::Error, message);
    };
    const bool attach = parser.isSet(QStringLiteral("attach"));
    if (!attach && !parser.isSet(QStringLiteral("key"))) {
        if (parser.isSet(QStringLiteral("read-write")) || parser.isSet(QStringLiteral("layout")))
            refuse(tr("--read-write and --layout go with --attach SHMID or --key KEY."));
        else if (parser.isSet(QStringLiteral("observe")))
            refuse(tr("--observe goes with --attach SHMID or --key KEY (or --dump and --read)."));
        return;
    }
    int shmid = -1;
    if (attach) {
        bool isNumber = false;
        shmid = parser.value(QStringLiteral("attach")).toInt(&isNumber);
        if (!isNumber || shmid < 0)
            return refuse(tr("--attach wants a segment id, a number from the Shmid column, not \"%1\".")
                              .arg(parser.value(QStringLiteral("attach"))));
    } else {
        const auto key = core::InputParser::key(parser.value(QStringLiteral("key")));
        if (!key.ok())
            return refuse(key.error().message);
        const auto id = core::Shm::idOfKey(key.value());
        if (!id.ok())
            return refuse(id.error().toString());
        shmid = id.value();
    }
    SegmentTab *tab = parser.isSet(QStringLiteral("observe")) ? window.observeSegment(shmid, mode)
                                                              : window.attachSegment(shmid, mode);
    if (!tab || !parser.isSet(QStringLiteral("layout")))
        return;
    const QString name = parser.value(QStringLiteral("layout"));
    const auto text = core::LayoutLibrary::load(name);
    if (!text.ok()) {
        refuse(text.error().message);
        return;
    }
    // The window opens at once; the layout follows when clang has laid it out.
    tab->structPane()->layOut(core::LayoutLibrary::nameOf(name), text.value(), core::LayoutLibrary::source(name),
                              [refuse, name](const core::Result<core::Done> &outcome) {
                                  if (!outcome.ok())
                                      refuse(tr("The layout %1 does not compile:\n%2")
                                                 .arg(name, outcome.error().message));
                              });
}

} // namespace app
