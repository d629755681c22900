#include "core/posix/posixscanner.h"

#include "core/bytes/byteformat.h"
#include "core/segments/procfile.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <map>
#include <numeric>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace core {

namespace {

using Identity = std::pair<quint64, quint64>; // st_dev, st_ino

constexpr QByteArrayView DeletedSuffix(" (deleted)");
constexpr QByteArrayView MemfdPrefix("/memfd:");
constexpr QByteArrayView SemaphorePrefix("sem.");
// sizeof(sem_t) of glibc on 64-bit targets, and where its value lies (see the header).
constexpr quint64 SemaphoreFileSize = 32;

// What one line of maps or one descriptor of a process shows of an object.
struct Sighting
{
    Identity identity;
    // The path as maps or the fd link gives it, " (deleted)" and all, and the "START-END" of a mapping as
    // maps writes it (and map_files names it). A mapping's point into the maps text (QByteArray::fromRawData,
    // no copy a line): valid while its process is handled, which is all the time they are used.
    QByteArray target;
    QByteArray range;
    quint64 start = 0;
    quint64 end = 0;
    quint64 offset = 0;
    bool mapped = false;
    bool writable = false;
    bool shared = false;
    std::optional<int> fd;
    PosixHolder::OpenMode fdMode = PosixHolder::OpenMode::None;
    std::optional<struct stat> status; // stat() through the fd link
};

struct ProcessSightings
{
    qint64 pid = 0;
    QByteArray command;
    QList<Sighting> sightings;
};

// Whether reading a file of /proc/PID failed because we may not (counted as unreadable) or because the
// process is gone (counted as vanished).
bool isDenied(int errnum)
{
    return errnum != ENOENT && errnum != ESRCH;
}

void setAttributes(PosixObject &object, const struct stat &st, AccountNames &names)
{
    object.attributesKnown = true;
    object.bytes = quint64(st.st_size);
    object.uid = st.st_uid;
    object.gid = st.st_gid;
    object.ownerName = names.user(st.st_uid);
    object.groupName = names.group(st.st_gid);
    object.mode = st.st_mode & 07777;
    object.mtime = st.st_mtim.tv_sec;
    object.ctime = st.st_ctim.tv_sec;
    object.atime = st.st_atim.tv_sec;
    object.device = st.st_dev;
    object.inode = st.st_ino;
}

// A name or path of the file system as text to show (see PosixObject::name).
QString shown(QByteArrayView bytes)
{
    // Most names are plain ASCII, which escaped() would copy as it is: they skip its work a byte.
    const bool plain = std::all_of(bytes.begin(), bytes.end(),
                                   [](char byte) { return ByteFormat::isPrintable(byte) && byte != '\\'; });
    return plain ? QString::fromLatin1(bytes) : ByteFormat::escaped(bytes);
}

// The name and kind of a file of the shm folder called `base`: "sem.NAME" is the semaphore "/NAME".
void nameFromFileName(PosixObject &object, QByteArrayView base)
{
    const bool semaphore = base.startsWith(SemaphorePrefix);
    object.kind = semaphore ? PosixObject::Kind::PosixSemaphore : PosixObject::Kind::Posix;
    object.name = QLatin1Char('/') + shown(semaphore ? base.sliced(SemaphorePrefix.size()) : base);
}

void setPath(PosixObject &object, QByteArray path)
{
    object.path = shown(path);
    object.pathBytes = std::move(path);
}

// The name, path and kind of an object known only from the path a process shows for it.
void nameFromTarget(PosixObject &object, QByteArrayView target)
{
    const bool deleted = target.endsWith(DeletedSuffix);
    if (deleted)
        target.chop(DeletedSuffix.size());
    if (target.startsWith(MemfdPrefix)) {
        object.kind = PosixObject::Kind::Memfd;
        object.name = QStringLiteral("memfd:") + shown(target.sliced(MemfdPrefix.size()));
        return;
    }
    nameFromFileName(object, target.sliced(target.lastIndexOf('/') + 1));
    if (deleted)
        object.kind = PosixObject::Kind::PosixDeleted;
    else
        setPath(object, target.toByteArray());
}

// The next field of a maps line from *pos on, spaces before it skipped.
QByteArrayView nextField(QByteArrayView line, qsizetype *pos)
{
    while (*pos < line.size() && line.at(*pos) == ' ')
        ++*pos;
    const qsizetype begin = *pos;
    while (*pos < line.size() && line.at(*pos) != ' ')
        ++*pos;
    return line.sliced(begin, *pos - begin);
}

// A whole field as a number: std::from_chars, as QByteArrayView::toULongLong (which also skips spaces and
// takes a sign) took a fifth of the parsing of the maps lines.
std::optional<quint64> number(QByteArrayView text, int base)
{
    quint64 n = 0;
    const char *end = text.data() + text.size();
    const auto [at, error] = std::from_chars(text.data(), end, n, base);
    return error == std::errc() && at == end && !text.isEmpty() ? std::optional<quint64>(n) : std::nullopt;
}

// "7f3a5c000000-7f3a5c001000 rw-s 00000000 00:1a 1234   /dev/shm/NAME (deleted)": the path may hold spaces.
std::optional<Sighting> parseMapsLine(QByteArrayView line)
{
    qsizetype pos = 0;
    const QByteArrayView range = nextField(line, &pos);
    const QByteArrayView perms = nextField(line, &pos);
    const QByteArrayView offset = nextField(line, &pos);
    const QByteArrayView device = nextField(line, &pos);
    const QByteArrayView inode = nextField(line, &pos);
    while (pos < line.size() && line.at(pos) == ' ')
        ++pos;
    const qsizetype dash = range.indexOf('-');
    const qsizetype colon = device.indexOf(':');
    if (dash < 0 || colon < 0 || perms.size() < 4 || pos >= line.size())
        return std::nullopt;
    const auto start = number(range.first(dash), 16);
    const auto end = number(range.sliced(dash + 1), 16);
    const auto fileOffset = number(offset, 16);
    const auto major = number(device.first(colon), 16);
    const auto minor = number(device.sliced(colon + 1), 16);
    const auto inodeNumber = number(inode, 10);
    if (!start || !end || !fileOffset || !major || !minor || !inodeNumber)
        return std::nullopt;
    Sighting s;
    s.identity = {quint64(makedev(unsigned(*major), unsigned(*minor))), *inodeNumber};
    const QByteArrayView target = line.sliced(pos);
    s.target = QByteArray::fromRawData(target.data(), target.size());
    s.range = QByteArray::fromRawData(range.data(), range.size());
    s.start = *start;
    s.end = *end;
    s.offset = *fileOffset;
    s.mapped = true;
    // A private mapping's writes go to the process's own copy of the pages, never to the object.
    s.writable = perms.at(1) == 'w' && perms.at(3) == 's';
    s.shared = perms.at(3) == 's';
    return s;
}

// O_ACCMODE of "flags:\t0100002" in a /proc/PID/fdinfo/N text.
PosixHolder::OpenMode openModeFromFdinfo(const QByteArray &text)
{
    const qsizetype at = text.indexOf("flags:");
    if (at < 0)
        return PosixHolder::OpenMode::None;
    const unsigned long flags = std::strtoul(text.constData() + at + 6, nullptr, 8);
    switch (flags & O_ACCMODE) {
    case O_RDONLY:
        return PosixHolder::OpenMode::Read;
    case O_WRONLY:
        return PosixHolder::OpenMode::Write;
    default:
        return PosixHolder::OpenMode::ReadWrite;
    }
}

// Whether a path a process shows (a maps line's, an fd link's) is one of an object: it starts with a marker,
// "/dev/shm/", "/memfd:" or the folder listed.
bool startsWithMarker(QByteArrayView path, const QList<QByteArray> &markers)
{
    return std::any_of(markers.cbegin(), markers.cend(),
                       [path](const QByteArray &m) { return path.startsWith(m); });
}

// Where marker next occurs in text from `from` on, -1 when it does not. glibc's memmem, not
// QByteArray::indexOf: a maps text is searched whole for each marker every scan, and Qt's search (a
// Boyer-Moore table built each call) took most of this function's time in bench_posixrefresh.
qsizetype find(const QByteArray &text, const QByteArray &marker, qsizetype from)
{
    if (from >= text.size())
        return -1;
    const void *at = ::memmem(text.constData() + from, size_t(text.size() - from), marker.constData(),
                              size_t(marker.size()));
    return at ? static_cast<const char *>(at) - text.constData() : -1;
}

// Appends the mappings of the objects in a maps text: only the lines that hold a marker are parsed, found
// with a substring search, the rest passed over. In the maps' order, one entry a mmap().
void appendMappings(const QByteArray &maps, const QList<QByteArray> &markers, QList<Sighting> *sightings)
{
    for (const QByteArray &marker : markers) {
        for (qsizetype at = find(maps, marker, 0); at >= 0; at = find(maps, marker, at + 1)) {
            const qsizetype lineStart = maps.lastIndexOf('\n', at) + 1;
            qsizetype lineEnd = maps.indexOf('\n', at);
            if (lineEnd < 0)
                lineEnd = maps.size();
            auto sighting = parseMapsLine(QByteArrayView(maps).sliced(lineStart, lineEnd - lineStart));
            at = lineEnd;
            if (!sighting || !startsWithMarker(sighting->target, markers))
                continue;
            // mprotect() splits one mmap() into several lines: the pieces that follow on are one mapping.
            const auto before = std::find_if(sightings->begin(), sightings->end(), [&](const Sighting &s) {
                return s.identity == sighting->identity && s.end == sighting->start &&
                       s.offset + (s.end - s.start) == sighting->offset;
            });
            if (before != sightings->end()) {
                before->end = sighting->end;
                before->writable = before->writable || sighting->writable;
            } else {
                sightings->append(std::move(*sighting));
            }
        }
    }
    // A line that holds two markers (a folder listed below /dev/shm) is found twice: it is kept once, and all
    // in the maps' order.
    std::sort(sightings->begin(), sightings->end(),
              [](const Sighting &a, const Sighting &b) { return a.start < b.start; });
    sightings->erase(std::unique(sightings->begin(), sightings->end(),
                                 [](const Sighting &a, const Sighting &b) { return a.start == b.start; }),
                     sightings->end());
}

// A file of one process as a path relative to the open /proc: "PID/NAME". Each file is opened with one
// lookup of the process's folder, and no descriptor of that folder is opened and closed a process (which cost
// more than the lookups it saved).
class ProcessPath
{
public:
    explicit ProcessPath(qint64 pid)
        : m_prefix(std::snprintf(m_text, sizeof m_text, "%lld/", static_cast<long long>(pid)))
    {
    }
    // Valid until the next call.
    const char *operator()(QByteArrayView name)
    {
        const qsizetype length = std::min<qsizetype>(name.size(), qsizetype(sizeof m_text) - m_prefix - 1);
        std::memcpy(m_text + m_prefix, name.data(), size_t(length));
        m_text[m_prefix + length] = '\0';
        return m_text;
    }

private:
    char m_text[sizeof "fdinfo/" + sizeof dirent64::d_name + 24];
    int m_prefix;
};

// Appends what the descriptors of a process (its files at `path` in the open /proc, procFolder) lead to among
// the objects (see markers), in fd order. False, errno set, when its fd folder cannot be read.
bool readDescriptors(int procFolder, ProcessPath &path, const QList<QByteArray> &markers,
                     QList<Sighting> *sightings)
{
    const int fdFolder = ::openat(procFolder, path("fd"), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fdFolder < 0)
        return false;
    QList<Sighting> descriptors;
    QByteArray fdinfo;
    char fdinfoName[sizeof "fdinfo/" + sizeof dirent64::d_name];
    // getdents64 into a buffer of our own: opendir() would also fstat the folder, ask its flags and allocate
    // 32 KiB, for each process.
    alignas(dirent64) char entries[8192];
    for (ssize_t filled; (filled = ::getdents64(fdFolder, entries, sizeof entries)) > 0;) {
        for (ssize_t at = 0; at < filled;) {
            const auto *entry = reinterpret_cast<const dirent64 *>(entries + at);
            at += entry->d_reclen;
            if (entry->d_name[0] < '0' || entry->d_name[0] > '9')
                continue;
            char link[4096];
            const ssize_t length = ::readlinkat(fdFolder, entry->d_name, link, sizeof link);
            if (length <= 0 || size_t(length) == sizeof link ||
                !startsWithMarker(QByteArrayView(link, length), markers))
                continue;
            struct stat st = {};
            if (::fstatat(fdFolder, entry->d_name, &st, 0) != 0)
                continue; // closed since readdir
            Sighting s;
            s.identity = {quint64(st.st_dev), quint64(st.st_ino)};
            s.target = QByteArray(link, length);
            s.fd = std::atoi(entry->d_name);
            s.status = st;
            std::snprintf(fdinfoName, sizeof fdinfoName, "fdinfo/%s", entry->d_name);
            if (ProcFile::readAt(procFolder, path(fdinfoName), &fdinfo))
                s.fdMode = openModeFromFdinfo(fdinfo);
            descriptors.append(std::move(s));
        }
    }
    ::close(fdFolder);
    std::sort(descriptors.begin(), descriptors.end(),
              [](const Sighting &a, const Sighting &b) { return a.fd < b.fd; });
    *sightings += descriptors;
    return true;
}

// A semaphore's value from its file, read without following a link or blocking on a FIFO put in its place
// since the folder was listed; nullopt when it may not be read or is not a sem_t we know.
std::optional<quint32> semaphoreValue(int folder, const char *name, const struct stat &listed)
{
    if (quint64(listed.st_size) != SemaphoreFileSize || QSysInfo::ByteOrder != QSysInfo::LittleEndian ||
        sizeof(void *) != 8)
        return std::nullopt;
    const int fd = ::openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::optional<quint32> value;
    struct stat opened = {};
    quint32 word = 0;
    if (::fstat(fd, &opened) == 0 && opened.st_dev == listed.st_dev && opened.st_ino == listed.st_ino &&
        ::pread(fd, &word, sizeof word, 0) == ssize_t(sizeof word))
        value = word;
    ::close(fd);
    return value;
}

// Adds a process's holds to the objects, making a row for each object not known yet (one only a process
// shows: unlinked, a memfd, or in another mount namespace's /dev/shm). A process's mappings and descriptors
// of one object are paired in order (see PosixHolder).
// procFolder: /proc, open; path: the process's files in it.
void addHolders(const ProcessSightings &process, int procFolder, ProcessPath &path,
                QList<PosixObject> *objects, QHash<Identity, qsizetype> *byIdentity, AccountNames &names)
{
    std::map<Identity, std::pair<QList<const Sighting *>, QList<const Sighting *>>> held; // mappings, fds
    for (const Sighting &s : process.sightings) {
        auto &lists = held[s.identity];
        (s.mapped ? lists.first : lists.second).append(&s);
    }
    for (const auto &[identity, lists] : held) {
        const auto &[mappings, descriptors] = lists;
        auto found = byIdentity->constFind(identity);
        if (found == byIdentity->constEnd()) {
            const Sighting &first = descriptors.isEmpty() ? *mappings.first() : *descriptors.first();
            PosixObject object;
            nameFromTarget(object, first.target);
            object.device = identity.first;
            object.inode = identity.second;
            struct stat st = {};
            if (first.status)
                setAttributes(object, *first.status, names);
            else if (const QByteArray mapFile = "map_files/" + first.range;
                     ::fstatat(procFolder, path(mapFile), &st, 0) == 0)
                setAttributes(object, st, names);
            found = byIdentity->insert(identity, objects->size());
            objects->append(std::move(object));
        }
        PosixObject &object = (*objects)[*found];
        for (qsizetype i = 0; i < std::max(mappings.size(), descriptors.size()); ++i) {
            PosixHolder holder;
            holder.pid = process.pid;
            holder.command = process.command;
            if (i < mappings.size()) {
                holder.address = mappings.at(i)->start;
                holder.end = mappings.at(i)->end;
                holder.writable = mappings.at(i)->writable;
                holder.shared = mappings.at(i)->shared;
            }
            if (i < descriptors.size()) {
                holder.fd = descriptors.at(i)->fd;
                holder.fdMode = descriptors.at(i)->fdMode;
                if (i >= mappings.size())
                    holder.writable = holder.fdMode == PosixHolder::OpenMode::Write ||
                                      holder.fdMode == PosixHolder::OpenMode::ReadWrite;
            }
            object.holders.append(std::move(holder));
        }
    }
}

} // namespace

PosixScanner::PosixScanner(QString procRoot, QString shmDir)
    : m_procRoot(std::move(procRoot)), m_shmDir(std::move(shmDir))
{
}

PosixScanResult PosixScanner::scan(const MapsReader &alsoReading)
{
    PosixScanResult result;
    QList<PosixObject> objects;
    QHash<Identity, qsizetype> byIdentity;
    // As many as the last scan found: growing the list moved every object (a dozen members) at each step.
    objects.reserve(m_lastObjectCount);
    byIdentity.reserve(m_lastObjectCount);

    // The shm folder's own files.
    const QByteArray shmDir = QFile::encodeName(m_shmDir);
    struct statfs fs = {};
    DIR *dir = nullptr;
    if (::statfs(shmDir.constData(), &fs) != 0) {
        result.warnings
            << tr("%1 cannot be read (%2): only objects that processes map or hold open are listed.")
                   .arg(m_shmDir, QString::fromLocal8Bit(std::strerror(errno)));
    } else if (fs.f_type != TMPFS_MAGIC) {
        result.warnings
            << tr("%1 is not a tmpfs (its file system is of type 0x%2), so its files are no POSIX "
                  "shared memory: only objects that processes map or hold open are listed.")
                   .arg(m_shmDir)
                   .arg(quint64(fs.f_type), 0, 16);
    } else if (dir = ::opendir(shmDir.constData()); !dir) {
        result.warnings
            << tr("%1 cannot be read (%2): only objects that processes map or hold open are listed.")
                   .arg(m_shmDir, QString::fromLocal8Bit(std::strerror(errno)));
    }
    const bool listed = dir != nullptr;
    if (dir) {
        const int folder = ::dirfd(dir);
        while (const dirent *entry = ::readdir(dir)) {
            struct stat st = {};
            // lstat: a symlink is passed over, not followed out of the folder; a file gone since readdir too.
            if (::fstatat(folder, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
                continue;
            PosixObject object;
            const QByteArrayView base(entry->d_name);
            nameFromFileName(object, base);
            setPath(object, shmDir + '/' + base);
            setAttributes(object, st, m_names);
            if (object.kind == PosixObject::Kind::PosixSemaphore)
                object.semaphoreValue = semaphoreValue(folder, entry->d_name, st);
            byIdentity.insert({object.device, object.inode}, objects.size());
            objects.append(std::move(object));
        }
        ::closedir(dir);
    }

    // What the processes map and hold open. Maps name a /dev/shm file by the path the process sees, which is
    // /dev/shm whatever folder this scanner lists; the folder listed counts too, but only when it is a tmpfs:
    // the files of any other (the programs that processes run, say) are no shared memory.
    QList<QByteArray> markers{QByteArrayLiteral("/dev/shm/"), MemfdPrefix.toByteArray()};
    if (const QByteArray own = shmDir + '/'; listed && !markers.contains(own))
        markers.append(own);

    // Each process's files are opened relative to /proc, opened once (see ProcessPath).
    const QByteArray root = QFile::encodeName(m_procRoot);
    const int procFolder = ::open(root.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    m_mapsRead = 0;
    for (const qint64 pid : ProcFile::processIds(root)) {
        ++result.processes;
        ProcessPath path(pid);
        ++m_mapsRead;
        const bool mapsRead = ProcFile::readAt(procFolder, path("maps"), &m_buffer);
        const int readErrno = errno;
        if (alsoReading)
            alsoReading(pid, mapsRead ? &m_buffer : nullptr);
        if (!mapsRead) {
            ++(isDenied(readErrno) ? result.unreadableProcesses : result.vanishedProcesses);
            continue;
        }
        ProcessSightings process;
        process.pid = pid;
        appendMappings(m_buffer, markers, &process.sightings);

        // Its descriptors: a process whose maps we may read may still keep its fd folder from us (another
        // user's that is not dumpable, say); what its maps showed stays.
        if (!readDescriptors(procFolder, path, markers, &process.sightings))
            ++(isDenied(errno) ? result.unreadableProcesses : result.vanishedProcesses);
        if (!process.sightings.isEmpty()) {
            process.command = ProcFile::commandAt(procFolder, path("comm")).value_or(QByteArray());
            addHolders(process, procFolder, path, &objects, &byIdentity, m_names);
        }
    }
    if (procFolder >= 0)
        ::close(procFolder);

    for (PosixObject &object : objects) {
        // Most objects have one holder or none, and stable_sort allocates its buffer even for one.
        if (object.holders.size() > 1)
            std::stable_sort(object.holders.begin(), object.holders.end(),
                             [](const PosixHolder &a, const PosixHolder &b) { return a.pid < b.pid; });
    }
    // Sorted as indices, then moved once into place: moving the objects themselves (a dozen members each)
    // through the sort took about a third of its time in bench_posixrefresh.
    QList<qsizetype> order(objects.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&objects](qsizetype a, qsizetype b) {
        return std::tie(objects.at(a).name, objects.at(a).inode) <
               std::tie(objects.at(b).name, objects.at(b).inode);
    });
    result.objects.reserve(objects.size());
    for (const qsizetype i : std::as_const(order))
        result.objects.append(std::move(objects[i]));
    m_lastObjectCount = result.objects.size();
    return result;
}

} // namespace core
