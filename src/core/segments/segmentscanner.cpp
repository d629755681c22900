#include "core/segments/segmentscanner.h"

#include "core/kernel/ipcnamespaceentry.h"
#include "core/kernel/shm.h"
#include "core/logging.h"
#include "core/namespaces/namespacelister.h"
#include "core/segments/kerneltable.h"
#include "core/segments/procfile.h"
#include "core/segments/procparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <memory>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace core {

namespace {

std::optional<quint64> readSysctl(const QString &procRoot, const char *name)
{
    QByteArray text;
    if (!ProcFile::read(QFile::encodeName(procRoot) + "/sys/kernel/" + name, &text))
        return std::nullopt;
    return ProcParser::parseSysctl(text);
}

SegmentInfo fromShmidDs(int shmid, const struct shmid_ds &ds)
{
    SegmentInfo s;
    s.key = qint32(ds.shm_perm.__key);
    s.shmid = shmid;
    s.mode = ds.shm_perm.mode;
    s.size = ds.shm_segsz;
    s.cpid = ds.shm_cpid;
    s.lpid = ds.shm_lpid;
    s.nattch = ds.shm_nattch;
    s.uid = ds.shm_perm.uid;
    s.gid = ds.shm_perm.gid;
    s.cuid = ds.shm_perm.cuid;
    s.cgid = ds.shm_perm.cgid;
    s.atime = ds.shm_atime;
    s.dtime = ds.shm_dtime;
    s.ctime = ds.shm_ctime;
    return s;
}

// The kernel lists segments by slot, which is nearly shmid order: typically sorted but for a few. A plain
// std::sort of the segments themselves meets its worst case there (one small shmid at the end makes its
// median-of-three pivot the smallest) and falls back to heapsort, moving 240-byte values around: a fifth
// of a scan's CPU with 4,000 segments. So sort (shmid, position) pairs, then move each segment once, in
// place (a second list would be a fresh megabyte a scan, paid for in page faults).
void sortByShmid(QList<SegmentInfo> &segments)
{
    const auto byShmid = [](const SegmentInfo &a, const SegmentInfo &b) { return a.shmid < b.shmid; };
    if (std::is_sorted(segments.cbegin(), segments.cend(), byShmid))
        return;
    const qsizetype n = segments.size();
    // order[i].second: where the segment that belongs at i is now; -1 once it is in place.
    std::vector<std::pair<int, qsizetype>> order;
    order.reserve(size_t(n));
    for (qsizetype i = 0; i < n; ++i)
        order.emplace_back(segments.at(i).shmid, i);
    std::sort(order.begin(), order.end());
    SegmentInfo *data = segments.data();
    for (qsizetype start = 0; start < n; ++start) {
        if (order[size_t(start)].second == start || order[size_t(start)].second < 0)
            continue;
        // One cycle of the permutation: each place is emptied before it is filled.
        SegmentInfo held = std::move(data[start]);
        for (qsizetype to = start;;) {
            const qsizetype from = order[size_t(to)].second;
            order[size_t(to)].second = -1;
            if (from == start) {
                data[to] = std::move(held);
                break;
            }
            data[to] = std::move(data[from]);
            to = from;
        }
    }
}

} // namespace

SegmentScanner::SegmentScanner(QString procRoot)
    : m_procRoot(std::move(procRoot)), m_attachments(m_procRoot), m_posix(m_procRoot), m_orphans(m_procRoot),
      m_ipc(m_procRoot)
{
}

Result<ScanResult> SegmentScanner::scan(Kinds kinds, const NamespaceChoice &namespaces)
{
    ScanResult result;
    // Taken before the list is read, so that every event the list does not show yet is at or after it.
    const qint64 listedAt = qint64(::time(nullptr));
    IpcNamespace own;
    own.ours = true;
    own.inode = IpcNamespaceEntry::ourInode(m_procRoot);
    if (own.inode == 0) // a procRoot of the tests' without the links: the kernel's own
        own.inode = IpcNamespaceEntry::ourInode();
    bool listOurs = true;
    std::vector<OtherNamespace> others;
    if (namespaces.which != NamespaceChoice::Which::Ours) {
        auto read = readOtherNamespaces(kinds, namespaces, &own, &listOurs, &result);
        if (!read.ok())
            return read.error();
        others = std::move(read.value());
    }
    if (listOurs) {
        if (const auto listed = listInside(kinds, own.inode, &result); !listed.ok())
            return listed.error();
        for (SegmentInfo &s : result.segments)
            s.ipcNamespace = own.inode;
        result.namespaces.append(own);
    }
    // The sets and queues of every namespace into one list each, sorted by (namespace, id) as the segments.
    for (OtherNamespace &other : others) {
        result.semaphoreSets.append(std::move(other.semaphoreSets));
        result.messageQueues.append(std::move(other.messageQueues));
    }
    const auto byNamespaceAndId = [](auto id) {
        return [id](const auto &a, const auto &b) {
            return std::pair(a.ipcNamespace, a.*id) < std::pair(b.ipcNamespace, b.*id);
        };
    };
    std::stable_sort(result.semaphoreSets.begin(), result.semaphoreSets.end(),
                     byNamespaceAndId(&SemaphoreSetInfo::semid));
    std::stable_sort(result.messageQueues.begin(), result.messageQueues.end(),
                     byNamespaceAndId(&MessageQueueInfo::msqid));
    fillNames(result.semaphoreSets);
    fillNames(result.messageQueues);
    if (kinds == Kinds::SemaphoreSets || kinds == Kinds::MessageQueues) {
        for (const OtherNamespace &other : others)
            result.namespaces.append(other.ns);
        return result;
    }

    if (!others.empty()) {
        fillAcrossNamespaces(kinds, own, listOurs, others, listedAt, &result);
    } else {
        fillNames(result.segments);
        m_sharedMapsRead = 0;
        if (kinds == Kinds::All) {
            // The POSIX scan reads every process's maps: the walker takes its System V lines from that read
            // instead of reading the maps files again.
            m_attachments.beginSharedWalk();
            result.posix =
                m_posix.scan([this](qint64 pid, const QByteArray *maps) { m_attachments.takeMaps(pid, maps); });
            m_sharedMapsRead = m_posix.lastMapsRead();
        }
        m_attachments.fill(result.segments, listedAt);
    }
    result.limits = limits();
    // The fills of the other rooms, on the whole list: whether each is left behind, and who likely uses it.
    m_orphans.judge(result);
    m_likelyUsers.label(result);
    return result;
}

Result<Done> SegmentScanner::listInside(Kinds kinds, quint64 inode, ScanResult *result)
{
    if (kinds == Kinds::SystemV || kinds == Kinds::All) {
        if (const auto listed = listSegments(result); !listed.ok())
            return listed;
    }
    if (kinds != Kinds::SystemV) {
        SysvIpcLister::Listed listed =
            m_ipc.list(kinds != Kinds::MessageQueues, kinds != Kinds::SemaphoreSets, inode);
        result->semaphoreSets = std::move(listed.sets);
        result->messageQueues = std::move(listed.queues);
        result->warnings.append(listed.warnings);
    }
    return Done{};
}

Result<Done> SegmentScanner::listSegments(ScanResult *result)
{
    const QString distrust = listFromProc(result);
    if (!distrust.isEmpty()) {
        auto listed = listFromShmctl(&result->warnings);
        if (!listed.ok())
            return Error{listed.error().call, listed.error().errnum,
                         tr("%1 The kernel refused the list through shmctl too: %2")
                             .arg(distrust, listed.error().message)};
        result->segments = listed.value();
        result->usedFallback = true;
        result->warnings.append(
            tr("%1 The list comes from shmctl(SHM_STAT_ANY) instead, without RSS or swap figures.")
                .arg(distrust));
    }
    sortByShmid(result->segments);
    return Done{};
}

// Each namespace is read by a thread that enters it (IpcNamespaceEntry::run): /proc/sysvipc/shm lists the
// namespace of the thread that opens it, and shmctl() asks in the caller's, so the same listSegments() that
// reads ours reads theirs there.
Result<std::vector<SegmentScanner::OtherNamespace>>
SegmentScanner::readOtherNamespaces(Kinds kinds, const NamespaceChoice &choice, IpcNamespace *own, bool *listOurs,
                                    ScanResult *result)
{
    const NamespaceLister lister(m_procRoot);
    std::optional<IpcNamespaceEntry> asked; // the namespace of choice.pid, when that is the choice
    if (choice.which == NamespaceChoice::Which::OfProcess) {
        auto entry = IpcNamespaceEntry::open(choice.pid, m_procRoot);
        if (!entry.ok())
            return entry.error();
        if (entry.value().isOurs())
            return std::vector<OtherNamespace>();
        asked = std::move(entry.value());
        *listOurs = false;
    } else if (!lister.mayEnterOthers()) {
        // Said once, and nothing tried: each setns() would be refused the same way.
        result->namespaceNote = NamespaceLister::onlyOursNote();
        return std::vector<OtherNamespace>();
    }

    QList<IpcNamespace> candidates;
    for (const IpcNamespace &ns : lister.list()) {
        if (ns.ours && ns.inode == own->inode)
            *own = ns;
        else if (!asked || ns.inode == asked->inode())
            candidates.append(ns);
    }
    if (asked && candidates.isEmpty()) { // its processes all ended since: the entry still holds it
        IpcNamespace ns;
        ns.inode = asked->inode();
        candidates.append(ns);
    }

    // Each namespace held open by an entry first, then all read by one thread (IpcNamespaceEntry::runEach).
    std::vector<IpcNamespaceEntry> entries;
    std::vector<OtherNamespace> others;
    for (const IpcNamespace &ns : std::as_const(candidates)) {
        // Any process of the namespace leads into it; one that exited or moved since the list is passed
        // over for the next.
        std::optional<IpcNamespaceEntry> entry = std::exchange(asked, std::nullopt);
        if (!entry)
            entry = IpcNamespaceEntry::openAny(ns.inode, ns.pids, m_procRoot);
        if (!entry) {
            result->warnings.append(
                tr("The IPC namespace ipc:[%1] ended before it could be read: it is not listed.").arg(ns.inode));
            continue;
        }
        entries.push_back(std::move(*entry));
        others.push_back({ns, {}, {}, {}});
    }
    QList<const IpcNamespaceEntry *> toRead;
    for (const IpcNamespaceEntry &entry : entries)
        toRead.append(&entry);
    std::vector<ScanResult> inside(entries.size());
    std::vector<Result<Done>> listed(entries.size(), Done{});
    const QList<Result<Done>> ran =
        IpcNamespaceEntry::runEach(toRead, [&](qsizetype i) {
            listed[size_t(i)] = listInside(kinds, others[size_t(i)].ns.inode, &inside[size_t(i)]);
        });

    const bool onlyOne = choice.which == NamespaceChoice::Which::OfProcess;
    std::vector<OtherNamespace> read;
    for (size_t i = 0; i < others.size(); ++i) {
        const quint64 inode = others[i].ns.inode;
        if (!ran.at(qsizetype(i)).ok() && ran.at(qsizetype(i)).error().errnum == EPERM && !onlyOne) {
            // Said once: CAP_SYS_ADMIN is ours over the host's namespaces but not over one a user made.
            result->namespaceNote = NamespaceLister::onlyOursNote();
            continue;
        }
        const Error *failed = !ran.at(qsizetype(i)).ok() ? &ran.at(qsizetype(i)).error()
                              : !listed[i].ok()          ? &listed[i].error()
                                                         : nullptr;
        if (failed) {
            if (onlyOne)
                return *failed;
            result->warnings.append(
                tr("The IPC namespace ipc:[%1] could not be read: %2").arg(inode).arg(failed->toString()));
            continue;
        }
        for (const QString &warning : std::as_const(inside[i].warnings))
            result->warnings.append(tr("In the IPC namespace ipc:[%1]: %2").arg(inode).arg(warning));
        result->usedFallback = result->usedFallback || inside[i].usedFallback;
        for (SegmentInfo &s : inside[i].segments)
            s.ipcNamespace = inode;
        others[i].segments = std::move(inside[i].segments);
        others[i].semaphoreSets = std::move(inside[i].semaphoreSets);
        others[i].messageQueues = std::move(inside[i].messageQueues);
        read.push_back(std::move(others[i]));
    }
    return read;
}

void SegmentScanner::fillAcrossNamespaces(Kinds kinds, const IpcNamespace &own, bool oursListed,
                                          std::vector<OtherNamespace> &others, qint64 listedAt,
                                          ScanResult *result)
{
    // A walker per namespace: ours keeps what it knows between scans, the others live for this one.
    std::vector<std::unique_ptr<AttachmentWalker>> walkers;
    QHash<quint64, AttachmentWalker *> walkerOf;
    if (oursListed) {
        m_attachments.beginSharedWalk();
        walkerOf.insert(own.inode, &m_attachments);
    }
    for (const OtherNamespace &other : others) {
        walkers.push_back(std::make_unique<AttachmentWalker>(m_procRoot, other.ns.inode));
        walkers.back()->beginSharedWalk();
        walkerOf.insert(other.ns.inode, walkers.back().get());
    }
    // Only a process that maps a segment has lines for a walker, and its namespace of now decides which
    // (one that moved since the namespaces were listed too): one stat for those few, none for the rest. A
    // walker drops what it knew of a process it is not given.
    const QByteArray root = QFile::encodeName(m_procRoot);
    constexpr QByteArrayView marker("/SYSV");
    const auto dispatch = [&](qint64 pid, const QByteArray *maps) {
        if (!maps || !::memmem(maps->constData(), size_t(maps->size()), marker.data(), size_t(marker.size())))
            return;
        struct stat st = {};
        const QByteArray link = root + '/' + QByteArray::number(pid) + "/ns/ipc";
        if (::stat(link.constData(), &st) != 0)
            return;
        if (AttachmentWalker *walker = walkerOf.value(quint64(st.st_ino)))
            walker->takeMaps(pid, maps);
    };
    if (kinds == Kinds::All) {
        result->posix = m_posix.scan(dispatch);
        m_sharedMapsRead = m_posix.lastMapsRead();
    } else {
        m_sharedMapsRead = walkEveryMaps(dispatch);
    }

    if (oursListed)
        m_attachments.fill(result->segments, listedAt);
    for (size_t i = 0; i < others.size(); ++i)
        walkers[i]->fill(others[i].segments, listedAt);

    // Every list is sorted by shmid; in the order of their inodes they make one sorted by (namespace, shmid).
    std::vector<std::pair<quint64, QList<SegmentInfo> *>> lists;
    if (oursListed)
        lists.emplace_back(own.inode, &result->segments);
    for (OtherNamespace &other : others)
        lists.emplace_back(other.ns.inode, &other.segments);
    std::sort(lists.begin(), lists.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<SegmentInfo> all;
    qsizetype total = 0;
    for (const auto &list : lists)
        total += list.second->size();
    all.reserve(total);
    for (const auto &list : lists) {
        for (SegmentInfo &s : *list.second)
            all.append(std::move(s));
    }
    result->segments = std::move(all);
    fillNames(result->segments);
    for (const OtherNamespace &other : others)
        result->namespaces.append(other.ns);
}

int SegmentScanner::walkEveryMaps(const PosixScanner::MapsReader &reader)
{
    const QByteArray root = QFile::encodeName(m_procRoot);
    // Opened once, each process's maps read relative to it, as the POSIX scan does.
    const int procFolder = ::open(root.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int read = 0;
    for (const qint64 pid : ProcFile::processIds(root)) {
        const QByteArray name = QByteArray::number(pid) + "/maps";
        ++read;
        const bool ok = procFolder >= 0 && ProcFile::readAt(procFolder, name.constData(), &m_mapsBuffer);
        reader(pid, ok ? &m_mapsBuffer : nullptr);
    }
    if (procFolder >= 0)
        ::close(procFolder);
    return read;
}

// The table is believed when its folder lists it as the file read (isListedEntry). Where that cannot be told,
// only when it lists at least as many segments as SHM_INFO counts: SHM_INFO sums every segment's pages in the
// kernel, a tenth of what reading the table costs, so it is not asked when the folder has said. SHM_INFO is
// asked after the read, so a segment made in between looks missing; a shortfall counts only when a second
// read, between two asks, shows it against both (a segment removed in between makes the first ask too high).
QString SegmentScanner::listFromProc(ScanResult *result)
{
    const QString path = m_procRoot + QStringLiteral("/sysvipc/shm");
    std::optional<int> countBefore;
    for (int attempt = 0;; ++attempt) {
        bool identified = false;
        if (QString reason = KernelTable::read(path, &m_text, &identified); !reason.isEmpty())
            return reason;
        QStringList warnings;
        QList<SegmentInfo> segments = ProcParser::parseSysvipcShm(m_text, &warnings);
        if (identified) {
            result->segments = std::move(segments);
            result->warnings = std::move(warnings);
            return {};
        }
        const auto after = Shm::table();
        const int kernelCount =
            after.ok() ? std::min(after.value().segments, countBefore.value_or(INT_MAX)) : 0;
        const bool complete = segments.size() >= kernelCount;
        if (complete || attempt == 1) {
            result->segments = std::move(segments);
            result->warnings = std::move(warnings);
            if (complete)
                return {};
            return tr("%1 lists %2 of the %n segment(s) the kernel counts (shmctl(SHM_INFO)).", nullptr,
                      kernelCount)
                .arg(path)
                .arg(result->segments.size());
        }
        const auto before = Shm::table();
        countBefore = before.ok() ? std::optional<int>(before.value().segments) : std::nullopt;
    }
}

int SegmentScanner::lastMapsRead() const
{
    return m_attachments.lastCost().mapsRead + m_sharedMapsRead;
}

std::optional<SegmentInfo> SegmentScanner::find(int shmid, const QString &procRoot)
{
    QByteArray text;
    if (!KernelTable::read(procRoot + QStringLiteral("/sysvipc/shm"), &text).isEmpty())
        return std::nullopt;
    const QList<SegmentInfo> segments = ProcParser::parseSysvipcShm(text);
    const auto it = std::find_if(segments.cbegin(), segments.cend(),
                                 [shmid](const SegmentInfo &s) { return s.shmid == shmid; });
    return it == segments.cend() ? std::nullopt : std::optional<SegmentInfo>(*it);
}

ShmLimits SegmentScanner::limits() const
{
    ShmLimits limits;
    limits.pageSize = quint64(sysconf(_SC_PAGESIZE));
    limits.rmidForced = readSysctl(m_procRoot, "shm_rmid_forced").value_or(0) != 0;
    const auto shmmni = readSysctl(m_procRoot, "shmmni");
    const auto shmmax = readSysctl(m_procRoot, "shmmax");
    const auto shmall = readSysctl(m_procRoot, "shmall");
    if (shmmni && shmmax && shmall) {
        limits.shmmni = *shmmni;
        limits.shmmax = *shmmax;
        limits.shmall = *shmall;
        return limits;
    }
    if (const auto info = Shm::limits(); info.ok()) {
        limits.shmmni = info.value().shmmni;
        limits.shmmax = info.value().shmmax;
        limits.shmall = info.value().shmall;
        limits.shmmin = info.value().shmmin;
    }
    return limits;
}

// The path util-linux's ipcs takes without /proc: SHM_INFO gives the highest index in use, then each
// index is asked with SHM_STAT_ANY, or SHM_STAT on kernels before 4.17.
Result<QList<SegmentInfo>> SegmentScanner::listFromShmctl(QStringList *warnings) const
{
    const auto table = Shm::table();
    if (!table.ok())
        return Error{table.error().call, table.error().errnum,
                     tr("The kernel did not say how many segments there are.")};
    QList<SegmentInfo> segments;
    int unreadable = 0;
    for (int index = 0; index <= table.value().highestIndex; ++index) {
        const auto slot = Shm::statIndex(index);
        if (slot.ok())
            segments.append(fromShmidDs(slot.value().shmid, slot.value().ds));
        else if (slot.error().errnum == EACCES)
            ++unreadable;
    }
    if (unreadable > 0 && warnings)
        warnings->append(tr("%n segment(s) are hidden: this kernel lets only readers of a segment stat it.",
                            nullptr, unreadable));
    return segments;
}

template <typename Row>
void SegmentScanner::fillNames(QList<Row> &rows)
{
    // Neighbours mostly have the same owner and creator: their names are taken from the row before, without
    // the four look-ups.
    const Row *previous = nullptr;
    for (Row &s : rows) {
        if (previous && previous->uid == s.uid && previous->gid == s.gid && previous->cuid == s.cuid
            && previous->cgid == s.cgid) {
            s.ownerName = previous->ownerName;
            s.groupName = previous->groupName;
            s.creatorName = previous->creatorName;
            s.creatorGroupName = previous->creatorGroupName;
        } else {
            s.ownerName = m_names.user(s.uid);
            s.groupName = m_names.group(s.gid);
            s.creatorName = m_names.user(s.cuid);
            s.creatorGroupName = m_names.group(s.cgid);
        }
        previous = &s;
    }
}

} // namespace core
