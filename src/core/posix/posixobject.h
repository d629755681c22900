#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace core {

// One process's hold on a POSIX object: a mapping, a descriptor, or both. The kernel records no link between
// a descriptor and the mmap() made through it, so a process's mappings and descriptors of one object are
// paired in the order they were found (maps by address, descriptors by number): a process that maps an object
// and keeps its descriptor is one holder with both.
struct PosixHolder
{
    enum class OpenMode { None, Read, Write, ReadWrite }; // the descriptor's O_ACCMODE; None: no descriptor

    qint64 pid = 0;
    QByteArray command;             // exactly as /proc/PID/comm has it: show it with ByteFormat::escaped()
    std::optional<quint64> address; // start of the mapping; nullopt when the process holds only a descriptor
    quint64 end = 0;                // one past the mapping's last byte (/proc/PID/map_files/START-END); 0: none
    // The mapping's 'w' and 's' (a private writable mapping cannot change the object), or a descriptor open
    // for writing when there is no mapping.
    bool writable = false;
    bool shared = false;   // the mapping's 's' (MAP_SHARED)
    std::optional<int> fd; // the descriptor's number; nullopt when the process only maps it
    OpenMode fdMode = OpenMode::None;

    friend bool operator==(const PosixHolder &, const PosixHolder &) = default;
};

// One POSIX shared memory object, memfd or POSIX named semaphore: a file of tmpfs, one row however many
// names, mappings and descriptors lead to it (see PosixScanner for how they are matched).
struct PosixObject
{
    enum class Kind {
        Posix,          // a regular file of /dev/shm (shm_open)
        PosixDeleted,   // a /dev/shm file unlinked while still mapped or open: it lives until the last goes
        Memfd,          // memfd_create(): never had a name in any folder
        PosixSemaphore, // /dev/shm/sem.NAME, made by sem_open("/NAME")
    };

    // name and path are text to show, written from the file system's bytes by ByteFormat::escaped(): a name
    // need not be UTF-8, and a byte of broken UTF-8 (or a control byte, a backslash) is "\xNN" ("\\"), so
    // no two names look alike. pathBytes is the path to open.
    QString name; // "/NAME" as given to shm_open or sem_open, "memfd:NAME" for a memfd
    QString path; // "/dev/shm/NAME" (or "/dev/shm/sem.NAME"); empty when it has none (unlinked, memfd)
    QByteArray pathBytes;
    Kind kind = Kind::Posix;
    // Size, owner, mode and times below are known when the object could be stat()ed: always for a file of
    // /dev/shm and one reached through a descriptor, for a mapping only where /proc/PID/map_files may be read
    // (CAP_SYS_ADMIN).
    bool attributesKnown = false;
    quint64 bytes = 0;
    uint uid = 0;
    uint gid = 0;
    QString ownerName; // the name of uid, or its number when the user database has none
    QString groupName;
    quint32 mode = 0; // permission bits only (07777)
    qint64 mtime = 0; // epoch seconds
    qint64 ctime = 0;
    qint64 atime = 0;
    quint64 device = 0; // st_dev
    quint64 inode = 0;
    QList<PosixHolder> holders; // by pid, then as paired (see PosixHolder)
    // A semaphore's value as glibc keeps it in the file's sem_t; nullopt when the file may not be read or is
    // not a sem_t of the layout we know (see PosixScanner).
    std::optional<quint32> semaphoreValue;
    // As SegmentInfo's: the program that most likely uses it (core::LikelyUsers), and the evidence.
    QString likelyUser;
    QString likelyUserEvidence;
    // Nobody maps it or holds it open: it stays in /dev/shm, costing its bytes, until someone unlinks it.
    bool orphan = false;

    // "posix", "posix-deleted", "memfd", "posix-semaphore": the words of --list --type posix.
    [[nodiscard]] static QString kindName(Kind kind);
    // The name as shm_open() and shm_unlink() take it ("/NAME"), in the file system's own bytes; empty when
    // the object has no path (unlinked, memfd).
    [[nodiscard]] QByteArray shmName() const;
    // How many different processes hold it.
    [[nodiscard]] qsizetype holderProcessCount() const;

    friend bool operator==(const PosixObject &, const PosixObject &) = default;
};

} // namespace core
