#include "app/table/posixobjectcommands.h"

#include "app/messagebar.h"
#include "app/removalquestion.h"
#include "app/table/createposixdialog.h"
#include "app/table/posixtablemodel.h"
#include "app/table/posixtableview.h"
#include "app/table/refreshcontroller.h"
#include "core/kernel/posixshm.h"


using core::PosixObject;

namespace app {

PosixObjectCommands::PosixObjectCommands(QWidget *window, PosixTableView *table, MessageBar *messages,
                                         RefreshController *refresh)
    : QObject(window), m_window(window), m_table(table), m_messages(messages), m_refresh(refresh)
{
}

void PosixObjectCommands::createObject()
{
    CreatePosixDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.createdName();
    m_messages->showMessage(MessageBar::Kind::Information, [name, calls = dialog.createdCalls()] {
        return tr("Created %1: %2")
            .arg(name, QString(calls).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    });
    // The new row is selected once a scan lists it, so that Delete acts on it.
    m_refresh->retryAfterScans(
        m_table, [this, name] { return m_table->selectObject(name, PosixObject::Kind::Posix); });
}

QString PosixObjectCommands::whyRemoveDisabled() const
{
    const QList<PosixObject> objects = m_table->selectedObjects();
    if (objects.isEmpty())
        return tr("Select the objects to remove.");
    for (const PosixObject &o : objects) {
        if (const QString why = PosixTableModel::whyNotRemovable(o); !why.isEmpty())
            return QStringLiteral("%1: %2").arg(o.name, why);
    }
    return {};
}

void PosixObjectCommands::removeSelected()
{
    const QList<PosixObject> objects = m_table->selectedObjects();
    if (const QString why = whyRemoveDisabled(); !why.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Error, why);
        return;
    }
    QStringList names;
    int held = 0;
    for (const PosixObject &o : objects) {
        names << o.name;
        held += o.holders.isEmpty() ? 0 : 1;
    }
    const bool one = objects.size() == 1;
    const QString text = one ? tr("Remove %1?").arg(names.constFirst())
                             : tr("Remove %n object(s): %1?", nullptr, int(objects.size()))
                                   .arg(names.join(QStringLiteral(", ")));
    QString info =
        tr("This is shm_unlink(), what rm does to its file in /dev/shm. The name goes at once, and no "
           "shm_open() finds it any more.");
    if (one && held > 0)
        info +=
            QLatin1Char('\n') +
            tr("%n process(es) still map it or hold it open: the object lives on, unlinked, until the last "
               "one lets go.",
               nullptr, int(objects.constFirst().holderProcessCount()));
    else if (held > 0)
        info +=
            QLatin1Char('\n') +
            tr("%n of them is still mapped or open: it lives on, unlinked, until the last process lets go.",
               nullptr, held);
    if (!RemovalQuestion{QStringLiteral("removePosixConfirmation"), tr("Remove POSIX Object"), text, info,
                         tr("&Remove")}
             .ask(m_window))
        return;
    const QStringList errors = unlink(objects);
    if (!errors.isEmpty())
        m_messages->showMessage(MessageBar::Kind::Error, errors.join(QLatin1Char('\n')));
    m_refresh->refreshNow();
}

QStringList PosixObjectCommands::unlink(const QList<PosixObject> &objects)
{
    QStringList errors;
    for (const PosixObject &o : objects) {
        const auto removed = core::PosixShm::unlink(o.shmName());
        if (!removed.ok())
            errors << removed.error().toString();
    }
    return errors;
}

} // namespace app
