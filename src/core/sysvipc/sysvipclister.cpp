#include "core/sysvipc/sysvipclister.h"

#include "core/kernel/msg.h"
#include "core/kernel/sem.h"
#include "core/segments/kerneltable.h"
#include "core/sysvipc/semaphorewaiters.h"
#include "core/sysvipc/sysvipcparser.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <optional>
#include <utility>

namespace core {

namespace {

SemaphoreSetInfo fromSlot(const Sem::Slot &slot)
{
    const struct semid_ds &ds = slot.ds;
    SemaphoreSetInfo s;
    s.key = qint32(ds.sem_perm.__key);
    s.semid = slot.semid;
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

MessageQueueInfo fromSlot(const Msg::Slot &slot)
{
    const struct msqid_ds &ds = slot.ds;
    MessageQueueInfo q;
    q.key = qint32(ds.msg_perm.__key);
    q.msqid = slot.msqid;
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

// The path util-linux's ipcs takes without /proc: the highest index in use from K::table() (SEM_INFO,
// MSG_INFO), then each index asked with K::statIndex() (SEM_STAT_ANY, MSG_STAT_ANY). The messages are the
// kind's: why there is no list, and how many rows this kernel hides.
template <typename K, typename Row = decltype(fromSlot(std::declval<typename K::Slot>()))>
QList<Row> rowsFromSlots(QString (*notCounted)(const QString &why), QString (*hidden)(int count),
                         QStringList *warnings)
{
    QList<Row> rows;
    const auto table = K::table();
    if (!table.ok()) {
        warnings->append(notCounted(table.error().toString()));
        return rows;
    }
    int hiddenCount = 0;
    for (int index = 0; index <= table.value().highestIndex; ++index) {
        const auto slot = K::statIndex(index);
        if (slot.ok())
            rows.append(fromSlot(slot.value()));
        else if (slot.error().errnum == EACCES)
            ++hiddenCount;
    }
    if (hiddenCount > 0)
        warnings->append(hidden(hiddenCount));
    return rows;
}

// What tells the listings of sets and of queues apart.
template <typename Row>
struct Kind
{
    const char *path;                                        // "/sysvipc/sem", under the proc root
    QList<Row> (*parse)(QByteArrayView text, QStringList *warnings);
    std::optional<int> (*kernelCount)();                    // SEM_INFO's or MSG_INFO's count
    QString (*shortfall)(qsizetype listed, int counted);     // the table lists fewer than the kernel counts
    QList<Row> (*fromSlots)(QStringList *warnings);
    QString (*fellBack)(const QString &distrust);            // the warning when the slots were listed instead
    int Row::*id;
};

// The table is believed when its folder lists it as the file read; where that cannot be told, when it lists
// at least as many as the kernel counts, as the segments' table is. Otherwise the slots are listed.
template <typename Row>
QList<Row> listKind(const QString &procRoot, QByteArray *text, const Kind<Row> &kind,
                    SysvIpcLister::Listed *listed)
{
    bool identified = false;
    QString distrust = KernelTable::read(procRoot + QLatin1String(kind.path), text, &identified);
    QList<Row> rows;
    if (distrust.isEmpty()) {
        QStringList warnings;
        rows = kind.parse(*text, &warnings);
        const std::optional<int> counted = identified ? std::nullopt : kind.kernelCount();
        if (counted && rows.size() < *counted)
            distrust = kind.shortfall(rows.size(), *counted);
        else
            listed->warnings.append(warnings);
    }
    if (!distrust.isEmpty()) {
        rows = kind.fromSlots(&listed->warnings);
        listed->usedFallback = true;
        listed->warnings.append(kind.fellBack(distrust));
    }
    sortById(rows, kind.id);
    return rows;
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
        if (m_readSemaphores)
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

QList<SemaphoreSetInfo> SysvIpcLister::listSets(Listed *listed)
{
    static const Kind<SemaphoreSetInfo> sets{
        "/sysvipc/sem",
        &SysvIpcParser::parseSem,
        [] {
            const auto table = Sem::table();
            return table.ok() ? std::optional<int>(table.value().sets) : std::nullopt;
        },
        [](qsizetype listed, int counted) {
            return tr("/proc/sysvipc/sem lists %1 of the %n semaphore set(s) the kernel counts.", nullptr, counted)
                .arg(listed);
        },
        &SysvIpcLister::setsFromSemctl,
        [](const QString &distrust) {
            return tr("%1 The semaphore sets come from semctl(SEM_STAT_ANY) instead.").arg(distrust);
        },
        &SemaphoreSetInfo::semid,
    };
    return listKind(m_procRoot, &m_text, sets, listed);
}

QList<MessageQueueInfo> SysvIpcLister::listQueues(Listed *listed)
{
    static const Kind<MessageQueueInfo> queues{
        "/sysvipc/msg",
        &SysvIpcParser::parseMsg,
        [] {
            const auto table = Msg::table();
            return table.ok() ? std::optional<int>(table.value().queues) : std::nullopt;
        },
        [](qsizetype listed, int counted) {
            return tr("/proc/sysvipc/msg lists %1 of the %n message queue(s) the kernel counts.", nullptr, counted)
                .arg(listed);
        },
        &SysvIpcLister::queuesFromMsgctl,
        [](const QString &distrust) {
            return tr("%1 The message queues come from msgctl(MSG_STAT_ANY) instead.").arg(distrust);
        },
        &MessageQueueInfo::msqid,
    };
    return listKind(m_procRoot, &m_text, queues, listed);
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
    return rowsFromSlots<Sem>(
        [](const QString &why) { return tr("The kernel did not say how many semaphore sets there are: %1").arg(why); },
        [](int count) {
            return tr("%n semaphore set(s) are hidden: this kernel lets only readers of a set stat it.", nullptr,
                      count);
        },
        warnings);
}

QList<MessageQueueInfo> SysvIpcLister::queuesFromMsgctl(QStringList *warnings)
{
    return rowsFromSlots<Msg>(
        [](const QString &why) { return tr("The kernel did not say how many message queues there are: %1").arg(why); },
        [](int count) {
            return tr("%n message queue(s) are hidden: this kernel lets only readers of a queue stat it.", nullptr,
                      count);
        },
        warnings);
}

} // namespace core
