#pragma once

#include "core/sysvipc/messagequeueinfo.h"
#include "core/sysvipc/semaphoresetinfo.h"

#include <QCoreApplication>
#include <QStringList>

namespace app {

// The Details panel's text for a System V semaphore set (every field, and each semaphore as ipcs -s -i
// shows it: value, last pid and its command, ncnt, zcnt; the waiting processes by name) and for a message
// queue. pairedWith names the objects of the same key ("segment 5"), namespaceName the namespace when the
// scan listed several.
class IpcDetailsHtml
{
    Q_DECLARE_TR_FUNCTIONS(app::IpcDetailsHtml)

public:
    // changed: the semaphores (by num) whose value changed a moment ago, lit.
    [[nodiscard]] static QString semaphoreSet(const core::SemaphoreSetInfo &set, const QList<int> &changed,
                                              const QStringList &pairedWith, const QString &namespaceName);
    [[nodiscard]] static QString messageQueue(const core::MessageQueueInfo &queue, const QStringList &pairedWith,
                                              const QString &namespaceName);
    // The "Paired with" line of any Details table: the objects of the same key; empty for none.
    [[nodiscard]] static QString pairedRow(const QStringList &pairedWith);
};

} // namespace app
