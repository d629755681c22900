#pragma once

#include "core/sysvipc/messagequeueinfo.h"
#include "core/sysvipc/semaphorereader.h"
#include "core/sysvipc/semaphoresetinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace core {

// The semaphore sets and message queues of the IPC namespace the calling thread is in, as ipcs lists them:
// /proc/sysvipc/sem and /proc/sysvipc/msg, or SEM_STAT_ANY / MSG_STAT_ANY slot by slot when those cannot be
// read. Each set's semaphores are read too (SemaphoreReader) and its waiters found (SemaphoreWaiters); each
// queue's lspid and lrpid named by their commands. Names of owners are the caller's (they are filled once for
// every namespace).
class SysvIpcLister
{
    Q_DECLARE_TR_FUNCTIONS(core::SysvIpcLister)

public:
    explicit SysvIpcLister(QString procRoot = QStringLiteral("/proc"));

    struct Listed
    {
        QList<SemaphoreSetInfo> sets; // sorted by semid
        QList<MessageQueueInfo> queues; // sorted by msqid
        QStringList warnings;
        bool usedFallback = false;
    };
    // ipcNamespace: the inode of the namespace the thread is in, given to every row (and used to tell its
    // waiters from other namespaces' processes).
    [[nodiscard]] Listed list(bool sets, bool queues, quint64 ipcNamespace);

    // The fallbacks, as util-linux's ipcs takes them without /proc: the highest index from SEM_INFO / MSG_INFO,
    // then each slot asked.
    [[nodiscard]] static QList<SemaphoreSetInfo> setsFromSemctl(QStringList *warnings);
    [[nodiscard]] static QList<MessageQueueInfo> queuesFromMsgctl(QStringList *warnings);

    // Fills each set's semaphores and waiters. A set removed since it was listed is left out, one that may not
    // be read keeps its row with the reason in semaphoresError; each kind is counted once in *warnings.
    void readSemaphores(QList<SemaphoreSetInfo> &sets, quint64 ipcNamespace, QStringList *warnings);

private:
    [[nodiscard]] QList<SemaphoreSetInfo> listSets(Listed *listed);
    [[nodiscard]] QList<MessageQueueInfo> listQueues(Listed *listed);

    QString m_procRoot;
    QByteArray m_text; // the tables' text, its memory kept between scans
    SemaphoreReader m_reader;
};

} // namespace core
