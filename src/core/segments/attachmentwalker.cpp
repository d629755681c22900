#include "core/segments/attachmentwalker.h"

#include "core/kernel/uncountedmappings.h"
#include "core/segments/procfile.h"

#include <QCoreApplication>

#include <QFile>

#include <algorithm>
#include <cstring>
#include <sys/stat.h>
#include <utility>

// Why reading only some processes is enough (the kernel's side is ipc/shm.c):
//
// nattch counts the mappings (vmas) of a segment in every process. Each change to one goes through
// shm_open() or shm_close(), which set lpid to the process doing it (task_tgid(current)) and atime or dtime
// to now: shmat, shmdt, exit (lpid = the exiting pid: its /proc entry then has no maps, or is gone), fork
// (dup_mmap runs in the parent, so lpid = the PARENT, while the CHILD gains the mapping: checked on this
// machine, kernel 6.18), an mprotect() that splits an attach (+1, lpid = the caller), mremap (+1 -1).
// So when one process acted on a segment since the last fill, lpid names it, and reading that process and
// every process known to map the segment gives the segment's whole truth. When several acted, lpid names
// only the last, and the others may be anywhere.
//
// What tells the two apart: after that read, the mappings counted from those processes equal nattch. Every
// process outside them is known to hold no mapping of the segment (or it would be a known mapper), and a
// process that gained one since must have acted, unseen; a count equal to nattch leaves no room for it,
// since nattch counts all. A count short of nattch (a second actor, a fork's child, a process we may not
// read, one that left for another IPC namespace) or past it (a race with an attach after the list was
// read) is not explained: then the walk goes on through /proc until every segment's nattch is matched, and
// through all of it when that never happens. So a segment with an attach we cannot see (a process of
// another user, or outside our user namespace such as /proc/1 in a container) costs a whole walk on each of
// its changes: without seeing every mapper, nothing rules out a hidden detach hiding an unseen attach.
//
// A segment counts as changed when its signature moved, or when it may have moved unseen: the kernel keeps
// the times in whole seconds, so an attach by one process and a detach by another in the second of the last
// recorded event can leave all four fields as they were. An unchanged signature is trusted only when its
// newest time lies in a second that had ended before the previous list was read.
//
// What no field of a segment shows, and is checked each fill for every process known to map one: its
// command (prctl(PR_SET_NAME) renames without touching the segment), its IPC namespace (unshare(2) and
// setns(2) move a process, mappings and all, and a process is judged by its namespace of now, as a walk of
// everything judges it) and whether it still lives. Both are a stat and a small read a known process.
// Not seen: a process we never read that enters our namespace holding a mapping made in another; a whole
// walk would count it, under a shmid that names a different segment here.

namespace core {

namespace {

// The IPC namespace that a ns/ipc link of /proc names, as the nsfs device and inode it leads to; nullopt
// when it cannot be read (the process exited, or is another user's, or the kernel has no namespaces).
std::optional<std::pair<dev_t, ino_t>> ipcNamespace(const QByteArray &nsLink)
{
    struct stat st = {};
    if (::stat(nsLink.constData(), &st) != 0)
        return std::nullopt;
    return std::pair{st.st_dev, st.st_ino};
}

bool hasAttach(const QList<SysvMapping> &mappings)
{
    // Only the first piece of an attach is an attach: mprotect() may split one into several lines.
    return std::any_of(mappings.cbegin(), mappings.cend(), [](const SysvMapping &m) { return m.fileOffset == 0; });
}

} // namespace

AttachmentWalker::AttachmentWalker(QString procRoot)
    : m_procRoot(std::move(procRoot)), m_root(QFile::encodeName(m_procRoot))
{
}

AttachmentWalker::AttachmentWalker(QString procRoot, quint64 listNamespace)
    : m_procRoot(std::move(procRoot)), m_root(QFile::encodeName(m_procRoot)), m_listNamespace(listNamespace)
{
}

AttachmentWalker::Signature AttachmentWalker::signatureOf(const SegmentInfo &s)
{
    return {s.shmid, s.nattch, s.lpid, s.atime, s.dtime, s.cpid, s.ctime};
}

const AttachmentWalker::Signature *AttachmentWalker::previous(int shmid, std::size_t *cursor) const
{
    const auto byShmid = [](const Signature &a, int id) { return a.shmid < id; };
    std::size_t i = *cursor;
    if (i > 0 && m_signatures[i - 1].shmid >= shmid) // not in shmid order after all: search from the start
        i = std::size_t(std::lower_bound(m_signatures.cbegin(), m_signatures.cend(), shmid, byShmid)
                        - m_signatures.cbegin());
    while (i < m_signatures.size() && m_signatures[i].shmid < shmid)
        ++i;
    *cursor = i;
    return i < m_signatures.size() && m_signatures[i].shmid == shmid ? &m_signatures[i] : nullptr;
}

void AttachmentWalker::startFill()
{
    m_cost = {};
    m_readThisFill.clear();
    // A shmid names a segment only within one IPC namespace: each namespace counts its own from 0, while
    // /proc shows the processes of all of them. The list is of this process's namespace, so a process of
    // another (a container, an `unshare -i` test beside us) maps a different segment under the same shmid
    // and must not be counted. Where the namespace cannot be told (a kernel without IPC namespaces has only
    // one) every process counts.
    m_ownNamespace = ipcNamespace(m_root + "/self/ns/ipc");
    if (!m_ownNamespace)
        m_ownNamespace = ipcNamespace(QByteArrayLiteral("/proc/self/ns/ipc"));
    // Another namespace's list: every ns link lies on the one nsfs device, ours tells which.
    if (m_listNamespace != 0 && m_ownNamespace)
        m_ownNamespace->second = ino_t(m_listNamespace);
}

void AttachmentWalker::beginSharedWalk()
{
    startFill();
    m_sharedWalk = true;
}

void AttachmentWalker::takeMaps(qint64 pid, const QByteArray *maps)
{
    Q_ASSERT(m_sharedWalk);
    keepProcess(pid, maps);
}

void AttachmentWalker::fill(QList<SegmentInfo> &segments, qint64 listedAt)
{
    const bool shared = std::exchange(m_sharedWalk, false);
    if (!shared)
        startFill();

    Signatures now;
    now.reserve(size_t(segments.size()));
    for (const SegmentInfo &s : segments)
        now.push_back(signatureOf(s));
    const auto byShmid = [](const Signature &a, const Signature &b) { return a.shmid < b.shmid; };
    if (!std::is_sorted(now.cbegin(), now.cend(), byShmid))
        std::sort(now.begin(), now.end(), byShmid);

    // The likely attachers of each attached segment: whoever acted last, and its creator (who most often
    // attaches what it made). A segment nobody has attached needs no process read at all.
    const auto likelyAttachers = [&segments] {
        QList<qint64> pids;
        for (const SegmentInfo &s : segments) {
            if (s.nattch == 0)
                continue;
            for (const qint64 pid : {s.lpid, s.cpid}) {
                if (pid > 0)
                    pids.append(pid);
            }
        }
        return pids;
    };
    QList<qint64> named;
    if (shared) {
        // Every process was read, as at the end of a whole walk: what is known of one not read has exited.
        m_cost.walkedEvery = true;
        m_processes.removeIf([this](const auto &entry) { return !m_readThisFill.contains(entry.key()); });
    } else if (!m_filled) {
        walkUntilAccounted(segments, now, likelyAttachers());
    } else if (!followChanges(segments, &named)) {
        // The commonest change lpid cannot explain is a fork: the child gained the mappings while lpid names
        // the parent. So the children of the processes named come first.
        QList<qint64> first;
        for (const qint64 pid : std::as_const(named))
            first += childrenOf(pid);
        walkUntilAccounted(segments, now, first + likelyAttachers());
    }

    m_signatures = std::move(now);
    m_listedAt = listedAt;
    m_filled = true;
    write(segments);
}

bool AttachmentWalker::followChanges(const QList<SegmentInfo> &segments, QList<qint64> *named)
{
    QSet<qint64> toRead;
    for (auto it = m_processes.begin(); it != m_processes.end(); ++it) {
        const QByteArray dir = m_root + '/' + QByteArray::number(it.key());
        if (ipcNamespace(dir + "/ns/ipc") != it->ipcNamespace) {
            toRead.insert(it.key()); // moved to another namespace, or gone
        } else if (it->counts && hasAttach(it->mappings)) {
            if (auto command = ProcFile::command(m_root, it.key()))
                it->command = std::move(*command);
            else
                toRead.insert(it.key());
        }
    }

    QSet<int> changed;
    std::size_t cursor = 0;
    for (const SegmentInfo &s : segments) {
        const Signature *before = previous(s.shmid, &cursor);
        const bool settled = before && std::max(before->atime, before->dtime) < m_listedAt;
        if (settled && *before == signatureOf(s))
            continue;
        changed.insert(s.shmid);
        if (s.lpid > 0) {
            toRead.insert(s.lpid);
            named->append(s.lpid);
        }
    }
    if (changed.isEmpty() && toRead.isEmpty())
        return true;
    for (auto it = m_processes.cbegin(); it != m_processes.cend(); ++it) {
        for (const SysvMapping &m : it->mappings) {
            if (changed.contains(m.shmid)) {
                toRead.insert(it.key());
                break;
            }
        }
    }
    for (const qint64 pid : std::as_const(toRead))
        readProcess(pid);

    const QHash<int, quint64> pieces = piecesByShmid();
    for (const SegmentInfo &s : segments) {
        if (changed.contains(s.shmid) && pieces.value(s.shmid) != s.nattch)
            return false;
    }
    return true;
}

void AttachmentWalker::walkUntilAccounted(const QList<SegmentInfo> &segments, const Signatures &listed,
                                          const QList<qint64> &first)
{
    // Stopping once every count matches is sound for the reason followChanges() is: a process not read in
    // this fill is known to hold no mapping of a changed segment (its known mappers were read), and holds
    // what was read of it of every other segment, which has not changed; so a count equal to nattch leaves
    // no mapping unseen.
    // How many of each segment's mappings are still to be found (negative: more found than nattch, a race
    // with an attach after the list was read), over every segment where that is not 0.
    QHash<int, qint64> missing;
    const QHash<int, quint64> pieces = piecesByShmid();
    const auto isListed = [&listed](int shmid) {
        return std::binary_search(listed.cbegin(), listed.cend(), Signature{shmid},
                                  [](const Signature &a, const Signature &b) { return a.shmid < b.shmid; });
    };
    for (const SegmentInfo &s : segments) {
        const qint64 left = qint64(s.nattch) - qint64(pieces.value(s.shmid));
        if (left != 0)
            missing.insert(s.shmid, left);
    }
    // Moves what a process's mappings account for in or out of `missing`: out (found) after a read, back in
    // before one, since a known process is read again (it may have attached a changed segment without being
    // the last to act, and so without being named).
    const auto account = [&](qint64 pid, qint64 found) {
        const auto process = m_processes.constFind(pid);
        if (process == m_processes.constEnd() || !process->counts)
            return;
        for (const SysvMapping &m : process->mappings) {
            if (!isListed(m.shmid))
                continue;
            qint64 &left = missing[m.shmid];
            left -= found;
            if (left == 0)
                missing.remove(m.shmid);
        }
    };
    const auto readNew = [&](qint64 pid) {
        if (m_readThisFill.contains(pid))
            return;
        account(pid, -1);
        readProcess(pid);
        account(pid, +1);
    };
    for (const qint64 pid : first) {
        if (missing.isEmpty())
            return;
        readNew(pid);
    }
    if (missing.isEmpty())
        return;
    const QList<qint64> pids = ProcFile::processIds(m_root);
    for (const qint64 pid : pids) {
        readNew(pid);
        if (missing.isEmpty())
            return;
    }
    // Every process was read: what is known of a process no longer listed is of one that exited.
    m_cost.walkedEvery = true;
    const QSet<qint64> alive(pids.cbegin(), pids.cend());
    m_processes.removeIf([&alive](const auto &entry) { return !alive.contains(entry.key()); });
}

QList<qint64> AttachmentWalker::childrenOf(qint64 pid) const
{
    // Each thread lists the children it forked (task/TID/children, CONFIG_PROC_CHILDREN); none when the
    // kernel lacks the file, and the walk then finds them in /proc's order.
    QList<qint64> children;
    const QByteArray task = m_root + '/' + QByteArray::number(pid) + "/task";
    const QList<qint64> threads = ProcFile::processIds(task);
    QByteArray text;
    for (const qint64 tid : threads) {
        if (!ProcFile::read(task + '/' + QByteArray::number(tid) + "/children", &text))
            continue;
        for (const QByteArray &child : text.split(' ')) {
            bool isPid = false;
            const qint64 childPid = child.trimmed().toLongLong(&isPid);
            if (isPid)
                children.append(childPid);
        }
    }
    return children;
}

void AttachmentWalker::readProcess(qint64 pid)
{
    ++m_cost.mapsRead;
    const bool read = ProcFile::read(m_root + '/' + QByteArray::number(pid) + "/maps", &m_buffer);
    keepProcess(pid, read ? &m_buffer : nullptr);
}

void AttachmentWalker::keepProcess(qint64 pid, const QByteArray *maps)
{
    m_readThisFill.insert(pid);
    const QByteArray dir = m_root + '/' + QByteArray::number(pid);
    Process process;
    // A process we may not read (another user's, or one outside our user namespace) or one that is gone
    // shows nothing: nattch still counts its attaches, shown as hidden.
    // memmem, not QByteArray::contains: this runs on every process's text in a shared walk, and Qt's search
    // builds a table each call.
    constexpr QByteArrayView marker("/SYSV");
    if (maps && ::memmem(maps->constData(), size_t(maps->size()), marker.data(), size_t(marker.size()))) {
        for (qsizetype pos = 0, end = 0; pos < maps->size(); pos = end + 1) {
            end = maps->indexOf('\n', pos);
            if (end < 0)
                end = maps->size();
            if (const auto mapping = ProcParser::parseMapsLine(QByteArrayView(*maps).sliced(pos, end - pos)))
                process.mappings.append(*mapping);
        }
    }
    dropUncountedMappings(pid, process.mappings);
    if (process.mappings.isEmpty()) {
        m_processes.remove(pid);
        return;
    }
    process.ipcNamespace = ipcNamespace(dir + "/ns/ipc");
    // A process that attached and then moved to another namespace (unshare(2), setns(2)) is judged by the
    // new one.
    process.counts = !m_ownNamespace || process.ipcNamespace == m_ownNamespace;
    if (process.counts && hasAttach(process.mappings))
        process.command = ProcFile::command(m_root, pid).value_or(QByteArray(""));
    m_processes.insert(pid, std::move(process));
}

void AttachmentWalker::dropUncountedMappings(qint64 pid, QList<SysvMapping> &mappings) const
{
    // Only we know which of our mappings are of another namespace or observe: /proc says nothing of it.
    if (pid != QCoreApplication::applicationPid())
        return;
    mappings.removeIf([](const SysvMapping &m) { return UncountedMappings::contains(m.start); });
}

QHash<int, quint64> AttachmentWalker::piecesByShmid() const
{
    QHash<int, quint64> pieces;
    for (const Process &process : m_processes) {
        if (!process.counts)
            continue;
        for (const SysvMapping &m : process.mappings)
            ++pieces[m.shmid];
    }
    return pieces;
}

void AttachmentWalker::write(QList<SegmentInfo> &segments) const
{
    QHash<int, QList<AttachedProcess>> attached;
    QHash<int, qint32> keys;
    const QHash<int, quint64> pieces = piecesByShmid();
    for (auto it = m_processes.cbegin(); it != m_processes.cend(); ++it) {
        if (!it->counts)
            continue;
        for (const SysvMapping &m : it->mappings) {
            if (m.fileOffset != 0)
                continue;
            attached[m.shmid].append({it.key(), it->command, m.start, m.writable});
            keys.insert(m.shmid, m.key);
        }
    }
    // In pid order, each process's attaches in the order of its maps (by address): what is kept between
    // fills comes out of a hash.
    for (QList<AttachedProcess> &list : attached)
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.pid < b.pid; });

    for (SegmentInfo &s : segments) {
        s.attached = attached.value(s.shmid);
        s.visibleMappings = pieces.value(s.shmid);
        const auto key = keys.constFind(s.shmid);
        s.hasOriginalKey = key != keys.constEnd() && s.isDestroyed();
        s.originalKey = s.hasOriginalKey ? *key : s.key;
    }
}

} // namespace core
