#include "core/sysvipc/sysvipclister.h"

#include "core/kernel/msg.h"
#include "core/kernel/sem.h"
#include "core/segments/kerneltable.h"
#include "core/sysvipc/semaphorewaiters.h"
#include "core/sysvipc/sysvipcparser.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <utility>

namespace core {

namespace {

SemaphoreSetInfo fromSemidDs(int semid, const struct semid_ds &ds)
{
    SemaphoreSetInfo s;
    s.key = qint32(ds.sem_perm.__key);
    s.semid = semid;
    s.mode = ds.sem_perm.mode & 0777;
    s.nsems = int(ds.sem_nsems);
    s.uid = ds.sem_perm.uid;
    s.gid = ds.sem_perm.gid;
    s.cuid = ds.sem_perm.cuid;
    s.cgid = ds.sem_perm.cgid;
    s.otime = ds.sem_otime;
    s.ctime = ds.sem_ctime;
    return s;
}

MessageQueueInfo fromMsqidDs(int msqid, const struct msqid_ds &ds)
{
    MessageQueueInfo q;
    q.key = qint32(ds.msg_perm.__key);
    q.msqid = msqid;
    q.mode = ds.msg_perm.mode & 0777;
    q.cbytes = ds.msg_cbytes;
    q.qnum = ds.msg_qnum;
    q.lspid = ds.msg_lspid;
    q.lrpid = ds.msg_lrpid;
    q.uid = ds.msg_perm.uid;
    q.gid = ds.msg_perm.gid;
    q.cuid = ds.msg_perm.cuid;
    q.cgid = ds.msg_perm.cgid;
    q.stime = ds.msg_stime;
    q.rtime = ds.msg_rtime;
    q.ctime = ds.msg_ctime;
    return q;
}

// The kernel lists by slot, which is nearly id order; a few hundred rows sort in no time.
template <typename Row, typename Id>
void sortById(QList<Row> &rows, Id id)
{
    std::stable_sort(rows.begin(), rows.end(), [id](const Row &a, const Row &b) { return a.*id < b.*id; });
}

} // namespace

SysvIpcLister::SysvIpcLister(QString procRoot)
    : m_procRoot(std::move(procRoot)), m_reader(QFile::encodeName(m_procRoot))
{
}

SysvIpcLister::Listed SysvIpcLister::list(bool sets, bool queues, quint64 ipcNamespace)
{
    Listed listed;
    m_reader.clearCommands();
    if (sets) {
        listed.sets = listSets(&listed);
        readSemaphores(listed.sets, ipcNamespace, &listed.warnings);
        for (SemaphoreSetInfo &s : listed.sets)
            s.ipcNamespace = ipcNamespace;
    }
    if (queues) {
        listed.queues = listQueues(&listed);
        for (MessageQueueInfo &q : listed.queues) {
            q.lspidCommand = m_reader.command(q.lspid);
            q.lrpidCommand = m_reader.command(q.lrpid);
            q.ipcNamespace = ipcNamespace;
        }
    }
    return listed;
}

// The table is believed when its folder lists it as the file read; where that cannot be told, when it lists
// at least as many as the kernel counts (SEM_INFO, MSG_INFO), as the segments' table is.
QList<SemaphoreSetInfo> SysvIpcLister::listSets(Listed *listed)
{
    bool identified = false;
    QString distrust = KernelTable::read(m_procRoot + QStringLiteral("/sysvipc/sem"), &m_text, &identified);
    QList<SemaphoreSetInfo> sets;
    if (distrust.isEmpty()) {
        QStringList warnings;
        sets = SysvIpcParser::parseSem(m_text, &warnings);
        const auto table = identified ? Result<Sem::Table>(Error{}) : Sem::table();
        if (!identified && table.ok() && sets.size() < table.value().sets) {
            distrust = tr("/proc/sysvipc/sem lists %1 of the %n semaphore set(s) the kernel counts.", nullptr,
                          table.value().sets)
                           .arg(sets.size());
        } else {
            listed->warnings.append(warnings);
        }
    }
    if (!distrust.isEmpty()) {
        sets = setsFromSemctl(&listed->warnings);
        listed->usedFallback = true;
        listed->warnings.append(tr("%1 The semaphore sets come from semctl(SEM_STAT_ANY) instead.").arg(distrust));
    }
    sortById(sets, &SemaphoreSetInfo::semid);
    return sets;
}

QList<MessageQueueInfo> SysvIpcLister::listQueues(Listed *listed)
{
    bool identified = false;
    QString distrust = KernelTable::read(m_procRoot + QStringLiteral("/sysvipc/msg"), &m_text, &identified);
    QList<MessageQueueInfo> queues;
    if (distrust.isEmpty()) {
        QStringList warnings;
        queues = SysvIpcParser::parseMsg(m_text, &warnings);
        const auto table = identified ? Result<Msg::Table>(Error{}) : Msg::table();
        if (!identified && table.ok() && queues.size() < table.value().queues) {
            distrust = tr("/proc/sysvipc/msg lists %1 of the %n message queue(s) the kernel counts.", nullptr,
                          table.value().queues)
                           .arg(queues.size());
        } else {
            listed->warnings.append(warnings);
        }
    }
    if (!distrust.isEmpty()) {
        queues = queuesFromMsgctl(&listed->warnings);
        listed->usedFallback = true;
        listed->warnings.append(
            tr("%1 The message queues come from msgctl(MSG_STAT_ANY) instead.").arg(distrust));
    }
    sortById(queues, &MessageQueueInfo::msqid);
    return queues;
}

void SysvIpcLister::readSemaphores(QList<SemaphoreSetInfo> &sets, quint64 ipcNamespace, QStringList *warnings)
{
    int removed = 0;
    int unreadable = 0;
    for (qsizetype i = 0; i < sets.size();) {
        switch (m_reader.fill(sets[i])) {
        case SemaphoreReader::Outcome::Removed:
            // Gone since the list was read: nothing of it is left to show.
            ++removed;
            sets.removeAt(i);
            continue;
        case SemaphoreReader::Outcome::NoPermission:
            ++unreadable;
            break;
        case SemaphoreReader::Outcome::Failed:
            warnings->append(tr("The semaphores of set %1 could not be read: %2")
                                 .arg(sets.at(i).semid)
                                 .arg(sets.at(i).semaphoresError));
            break;
        case SemaphoreReader::Outcome::Read:
            break;
        }
        ++i;
    }
    if (unreadable > 0)
        warnings->append(tr("%n semaphore set(s) could not be read: no read permission.", nullptr, unreadable));
    if (removed > 0)
        warnings->append(tr("%n semaphore set(s) were removed while they were listed: left out.", nullptr, removed));
    SemaphoreWaiters::fill(sets, QFile::encodeName(m_procRoot), ipcNamespace);
}

QList<SemaphoreSetInfo> SysvIpcLister::setsFromSemctl(QStringList *warnings)
{
    QList<SemaphoreSetInfo> sets;
    const auto table = Sem::table();
    if (!table.ok()) {
        warnings->append(tr("The kernel did not say how many semaphore sets there are: %1")
                             .arg(table.error().toString()));
        return sets;
    }
    int hidden = 0;
    for (int index = 0; index <= table.value().highestIndex; ++index) {
        const auto slot = Sem::statIndex(index);
        if (slot.ok())
            sets.append(fromSemidDs(slot.value().semid, slot.value().ds));
        else if (slot.error().errnum == EACCES)
            ++hidden;
    }
    if (hidden > 0)
        warnings->append(
            tr("%n semaphore set(s) are hidden: this kernel lets only readers of a set stat it.", nullptr, hidden));
    return sets;
}

QList<MessageQueueInfo> SysvIpcLister::queuesFromMsgctl(QStringList *warnings)
{
    QList<MessageQueueInfo> queues;
    const auto table = Msg::table();
    if (!table.ok()) {
        warnings->append(tr("The kernel did not say how many message queues there are: %1")
                             .arg(table.error().toString()));
        return queues;
    }
    int hidden = 0;
    for (int index = 0; index <= table.value().highestIndex; ++index) {
        const auto slot = Msg::statIndex(index);
        if (slot.ok())
            queues.append(fromMsqidDs(slot.value().msqid, slot.value().ds));
        else if (slot.error().errnum == EACCES)
            ++hidden;
    }
    if (hidden > 0)
        warnings->append(tr("%n message queue(s) are hidden: this kernel lets only readers of a queue stat it.",
                            nullptr, hidden));
    return queues;
}

} // namespace core
