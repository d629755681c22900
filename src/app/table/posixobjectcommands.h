#pragma once

#include "core/posix/posixobject.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace app {

class MessageBar;
class PosixTableView;
class RefreshController;

// What the window does to POSIX objects: New POSIX Object (CreatePosixDialog) and Remove (shm_unlink on the
// selected objects, after a question that says an object lives on while it is held). The calls and their
// shell equivalents go to the call log (core::PosixShm); refusals to the message bar.
class PosixObjectCommands : public QObject
{
    Q_OBJECT

public:
    PosixObjectCommands(QWidget *window, PosixTableView *table, MessageBar *messages,
                        RefreshController *refresh);

    void createObject();
    void removeSelected();
    // Why Remove cannot act on the selection now (nothing selected, or an object without a name to unlink);
    // empty when it can.
    [[nodiscard]] QString whyRemoveDisabled() const;
    // shm_unlink() of each object's name, without a question (the caller asked): the refusals' messages.
    [[nodiscard]] static QStringList unlink(const QList<core::PosixObject> &objects);

private:
    QWidget *m_window;
    PosixTableView *m_table;
    MessageBar *m_messages;
    RefreshController *m_refresh;
};

} // namespace app
