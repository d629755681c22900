#include "app/table/semaphoresettablemodel.h"

#include "core/bytes/byteformat.h"
#include "core/segments/segmentformat.h"

#include <algorithm>
#include <tuple>

using core::ByteFormat;
using core::SegmentFormat;
using core::SemaphoreSetInfo;
using core::SemaphoreWaiter;

namespace app {

namespace {

bool byIdentity(const SemaphoreSetInfo &a, const SemaphoreSetInfo &b)
{
    return std::tie(a.ipcNamespace, a.semid) < std::tie(b.ipcNamespace, b.semid);
}

QPair<quint64, int> identity(const SemaphoreSetInfo &set)
{
    return {set.ipcNamespace, set.semid};
}

} // namespace

SemaphoreSetTableModel::SemaphoreSetTableModel(const SegmentTableModel *segments, QObject *parent)
    : IpcTableModel(segments, parent)
{
    m_clock.start();
}

int SemaphoreSetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sets.size());
}

int SemaphoreSetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const SemaphoreSetInfo *SemaphoreSetTableModel::setAt(int row) const
{
    return row >= 0 && row < m_sets.size() ? &m_sets.at(row) : nullptr;
}

int SemaphoreSetTableModel::rowOf(int semid, quint64 ipcNamespace) const
{
    SemaphoreSetInfo key;
    key.semid = semid;
    key.ipcNamespace = ipcNamespace;
    const auto it = std::lower_bound(m_sets.cbegin(), m_sets.cend(), key, byIdentity);
    return it != m_sets.cend() && !byIdentity(key, *it) ? int(it - m_sets.cbegin()) : -1;
}

void SemaphoreSetTableModel::merge(const QList<SemaphoreSetInfo> &sets)
{
    noteValueChanges(sets);
    mergeRows(m_sets, sets, byIdentity);
}

// Only sets listed before count: a new set's values are new, not changed (its row is lit as inserted).
void SemaphoreSetTableModel::noteValueChanges(const QList<SemaphoreSetInfo> &incoming)
{
    QHash<QPair<quint64, int>, QList<qint64>> changedAt;
    const qint64 now = m_clock.elapsed();
    for (const SemaphoreSetInfo &set : incoming) {
        QList<qint64> times = m_valueChangedAt.value(identity(set));
        times.resize(set.semaphores.size(), -1);
        if (const SemaphoreSetInfo *old = setAt(rowOf(set.semid, set.ipcNamespace))) {
            for (qsizetype i = 0; i < set.semaphores.size() && i < old->semaphores.size(); ++i) {
                if (set.semaphores.at(i).value != old->semaphores.at(i).value)
                    times[i] = now;
            }
        }
        changedAt.insert(identity(set), times);
    }
    m_valueChangedAt = changedAt;
}

QList<int> SemaphoreSetTableModel::recentlyChanged(const SemaphoreSetInfo &set) const
{
    QList<int> nums;
    const QList<qint64> times = m_valueChangedAt.value(identity(set));
    const qint64 now = m_clock.elapsed();
    for (qsizetype i = 0; i < times.size(); ++i) {
        if (times.at(i) >= 0 && now - times.at(i) < HighlightMs)
            nums << int(i);
    }
    return nums;
}

QString SemaphoreSetTableModel::valuesText(const SemaphoreSetInfo &set)
{
    if (set.semaphores.isEmpty())
        return set.semaphoresError.isEmpty() ? QString() : QStringLiteral("?");
    QStringList values;
    values.reserve(set.semaphores.size());
    for (const core::SemaphoreInfo &s : set.semaphores)
        values << QString::number(s.value);
    return values.join(QLatin1Char(' '));
}

int SemaphoreSetTableModel::waitingCount(const SemaphoreSetInfo &set)
{
    int waiting = 0;
    for (const core::SemaphoreInfo &s : set.semaphores)
        waiting += s.ncnt + s.zcnt;
    return waiting;
}

QString SemaphoreSetTableModel::waitersText(const SemaphoreSetInfo &set)
{
    QStringList names;
    for (const SemaphoreWaiter &w : set.waiters)
        names << QStringLiteral("%1 (%2)").arg(ByteFormat::escaped(w.command)).arg(w.pid);
    const int waiting = waitingCount(set);
    // Waiters in another namespace's processes, or not readable, are counted by the kernel but not named.
    if (waiting > names.size())
        names << tr("%n waiting", nullptr, waiting - int(names.size()));
    return names.join(QStringLiteral(", "));
}

QString SemaphoreSetTableModel::waiterSentence(const SemaphoreWaiter &waiter)
{
    const QString who = QStringLiteral("%1 (%2)").arg(ByteFormat::escaped(waiter.command)).arg(waiter.pid);
    if (waiter.semnum < 0)
        return tr("%1 waits in semop() on this set").arg(who);
    switch (waiter.waitsFor) {
    case SemaphoreWaiter::For::Increase:
        return tr("%1 waits for semaphore %2 to increase").arg(who).arg(waiter.semnum);
    case SemaphoreWaiter::For::Zero:
        return tr("%1 waits for semaphore %2 to become zero").arg(who).arg(waiter.semnum);
    case SemaphoreWaiter::For::Unknown:
        break;
    }
    return tr("%1 waits on semaphore %2").arg(who).arg(waiter.semnum);
}

bool SemaphoreSetTableModel::isNumeric(int column) const
{
    return column == SemidColumn || column == NsemsColumn;
}

QVariant SemaphoreSetTableModel::displayData(int row, int column) const
{
    const SemaphoreSetInfo &s = m_sets.at(row);
    switch (column) {
    case KeyColumn: return SegmentFormat::key(s.key);
    case SemidColumn: return s.semid;
    case OwnerColumn: return s.ownerName;
    case PermsColumn: return SegmentFormat::perms(s.mode);
    case NsemsColumn: return s.nsems;
    case ValuesColumn: return valuesText(s);
    case WaitersColumn: return waitersText(s);
    case OtimeColumn: return s.otime == 0 ? tr("never") : SegmentFormat::time(s.otime);
    case CtimeColumn: return SegmentFormat::time(s.ctime);
    case CreatorColumn: return s.creatorName;
    case CreatorGroupColumn: return s.creatorGroupName;
    case GroupColumn: return s.groupName;
    case NamespaceColumn: return namespaceName(s.ipcNamespace);
    default: return {};
    }
}

QVariant SemaphoreSetTableModel::sortData(int row, int column) const
{
    const SemaphoreSetInfo &s = m_sets.at(row);
    switch (column) {
    case KeyColumn: return quint32(s.key);
    case PermsColumn: return s.permissions();
    case WaitersColumn: return waitingCount(s);
    case OtimeColumn: return s.otime;
    case CtimeColumn: return s.ctime;
    case ValuesColumn: {
        // By the sum of the values, then the text: a set with more free counts sorts after one with fewer.
        qint64 sum = 0;
        for (const core::SemaphoreInfo &info : s.semaphores)
            sum += info.value;
        return sum;
    }
    default: return displayData(row, column);
    }
}

QString SemaphoreSetTableModel::toolTip(int row, int column) const
{
    const SemaphoreSetInfo &s = m_sets.at(row);
    switch (column) {
    case KeyColumn:
        return s.key == 0 ? tr("IPC_PRIVATE: only processes given the semid can use this set.") : QString();
    case ValuesColumn: {
        if (!s.semaphoresError.isEmpty())
            return tr("The values could not be read: %1").arg(s.semaphoresError);
        QStringList lines;
        for (const core::SemaphoreInfo &info : s.semaphores)
            lines << tr("semaphore %1 = %2, last semop() by pid %3").arg(info.num).arg(info.value).arg(info.pid);
        return lines.join(QLatin1Char('\n'));
    }
    case WaitersColumn: {
        QStringList lines;
        for (const SemaphoreWaiter &w : s.waiters)
            lines << waiterSentence(w);
        const int waiting = waitingCount(s);
        if (waiting > s.waiters.size())
            lines << tr("%n process(es) the kernel counts as waiting (ncnt + zcnt) could not be named from /proc.",
                        nullptr, waiting - int(s.waiters.size()));
        return lines.join(QLatin1Char('\n'));
    }
    case OtimeColumn:
        return s.otime == 0 ? tr("No process has called semop() on this set yet.") : QString();
    case NamespaceColumn:
        return namespaceToolTip(s.ipcNamespace);
    default:
        return {};
    }
}

QString SemaphoreSetTableModel::filterText(int row) const
{
    const SemaphoreSetInfo &s = m_sets.at(row);
    QStringList words = {SegmentFormat::key(s.key), QString::number(s.semid), s.ownerName, s.creatorName};
    for (const SemaphoreWaiter &w : s.waiters)
        words << QString::fromUtf8(w.command) << QString::number(w.pid);
    for (const core::SemaphoreInfo &info : s.semaphores) {
        if (!info.command.isEmpty())
            words << QString::fromUtf8(info.command);
    }
    words << namespaceWords(s.ipcNamespace);
    return words.join(QLatin1Char(' '));
}

QString SemaphoreSetTableModel::headerText(int section, bool tip) const
{
    struct Header
    {
        const char *title;
        const char *tip;
    };
    static const Header headers[ColumnCount] = {
        {QT_TR_NOOP("Key"), QT_TR_NOOP("The key given to semget(). 0x00000000 is IPC_PRIVATE. A segment with the "
                                       "same key is usually the memory this set guards.")},
        {QT_TR_NOOP("Semid"), QT_TR_NOOP("The id semget() returned; semop() and semctl() take it.")},
        {QT_TR_NOOP("Owner"), QT_TR_NOOP("The user who owns the set (uid), as ipcs shows it.")},
        {QT_TR_NOOP("Perms"), QT_TR_NOOP("Permission bits in octal: read (4) lets a process look at the values, "
                                         "alter (2) lets it change them with semop() or semctl().")},
        {QT_TR_NOOP("Nsems"), QT_TR_NOOP("How many semaphores the set holds, fixed by semget().")},
        {QT_TR_NOOP("Values"), QT_TR_NOOP("Each semaphore's value, in order (semctl GETALL). A lock is 1 when free "
                                          "and 0 when taken.")},
        {QT_TR_NOOP("Waiting"), QT_TR_NOOP("The processes blocked in semop() on this set: waiting for a value to "
                                           "increase (ncnt) or to become zero (zcnt).")},
        {QT_TR_NOOP("Last semop"), QT_TR_NOOP("When a process last called semop() on the set (otime).")},
        {QT_TR_NOOP("Changed"), QT_TR_NOOP("When it was created, or a value was set or its owner or mode changed "
                                           "with semctl() (ctime).")},
        {QT_TR_NOOP("Creator"), QT_TR_NOOP("The user who created it (cuid).")},
        {QT_TR_NOOP("Creator group"), QT_TR_NOOP("The group of the user who created it (cgid).")},
        {QT_TR_NOOP("Group"), QT_TR_NOOP("The owning group (gid).")},
        {QT_TR_NOOP("Namespace"),
         QT_TR_NOOP("The IPC namespace it lives in: each container has its own sets, numbered from 0, and ipcs "
                    "shows only its own.")},
    };
    return tr(tip ? headers[section].tip : headers[section].title);
}

} // namespace app
