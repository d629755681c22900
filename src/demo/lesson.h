#pragma once

#include "console.h"
#include "core/kernel/attachment.h"
#include "core/kernel/posixmapping.h"
#include "core/layout/stpid.h"
#include "core/result.h"
#include "racewatch.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <cstddef>
#include <functional>

struct shmid_ds;

namespace demo {

class LessonLock;
class StopSignals;

// The lesson's record, declared (and named) as the lesson declares it: the layout all its programs share.
struct st_pid
{
    int pid;        // the writer's process id
    char names[51]; // its name, NUL-terminated: at most 50 bytes of text
};
static_assert(sizeof(st_pid) == 56, "the lesson's segment is 56 bytes: int, char[51] and 1 byte of padding");

enum ExitCode { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

// The lesson's four steps (shmget, shmat, shmdt, shmctl) on the segment of one key, each printed on
// stdout as the C call and what it returned; or their POSIX twins (shm_open, ftruncate, mmap, munmap, close,
// shm_unlink) on the object of one name. A refusal also gets a sentence on stderr. Every command gives back
// an ExitCode.
class Lesson
{
public:
    struct WriteOptions
    {
        QByteArray name;                       // written to names[], NUL-terminated
        std::chrono::milliseconds hold{10000}; // attached this long before shmdt, as the lesson's sleep(10)
        // > 0: while holding, rename to "name 1", "name 2", ... at this period
        std::chrono::milliseconds every{0};
        bool remove = false; // end with shmctl(IPC_RMID)
        // The race demo: names[] tagged "PID:NAME:PID" (core::RaceRecord) and written as a slow machine
        // might, pid, then each byte with a pause of SlowBytePause
        bool slow = false;
        // semop P on the lock (LessonLock: the key's semaphore set) before each write and V after it
        bool lock = false;
    };
    // The pause after each field and each byte of names[] that --slow writes.
    static constexpr std::chrono::milliseconds SlowBytePause{2};

    // The lesson's segment (and its lock): its owner reads and writes, its group reads.
    static constexpr quint32 LessonMode = 0640;
    static constexpr qsizetype MaxNameBytes = sizeof(st_pid::names) - 1;
    static_assert(MaxNameBytes == core::StPid::MaxNameBytes && sizeof(st_pid) == core::StPid::Size);

    // Why these options cannot be written (empty name, more than 50 bytes, even once --every numbers it and
    // --slow tags it with this process's pid; a ':' with --slow), or an empty string when they can. Checked
    // before any call, so that a refusal creates nothing.
    [[nodiscard]] static QString writeRefusal(const WriteOptions &options);

    explicit Lesson(qint32 key);
    // The POSIX twin: the object of `posixName` ("/st_pid", checked by core::ShmName) instead of a key's
    // segment. write: shm_open(name, O_CREAT|O_RDWR, 0640), ftruncate(56), fstat, mmap, ..., munmap, close
    // [, shm_unlink]; read: shm_open(O_RDONLY), fstat, mmap(PROT_READ), the values, munmap, close; info:
    // shm_open(O_RDONLY), fstat: every field, labelled, close; remove: shm_unlink.
    explicit Lesson(QByteArray posixName);

    // shmget(key, 56, 0640|IPC_CREAT), shmat, old values, write, new values, hold, shmdt [, IPC_RMID].
    [[nodiscard]] int write(const WriteOptions &options) const;
    // shmget(key, 0, 0), shmat(SHM_RDONLY), the values, shmdt. Refused before shmat, unless
    // evenIfDestroyed, when kernel.shm_rmid_forced is 1 and nobody has the segment attached: the shmdt
    // would destroy it.
    [[nodiscard]] int read(bool evenIfDestroyed = false) const;
    // read --watch: shmget(key, 0, 0) [, the lock], shmat(SHM_RDONLY), the record again and again
    // (RaceWatch), shmdt, and the tally as the last line. The rmid-forced refusal as read().
    [[nodiscard]] int watch(const RaceWatch::Options &options, bool lock, bool evenIfDestroyed = false) const;
    // shmget(key, 0, 0), shmctl(IPC_STAT): every field, labelled.
    [[nodiscard]] int info() const;
    // shmget(key, 0, 0), shmctl(IPC_RMID).
    [[nodiscard]] int remove() const;

private:
    using CallLine = Console::CallLine;

    // The rest of write() once shmat or mmap succeeded: old values, new values, the hold with its renames.
    // Memory is core::Attachment or core::PosixMapping.
    // With `lock`, each write is made holding it.
    template <typename Memory>
    [[nodiscard]] static int writeAndHold(Memory &memory, const WriteOptions &options,
                                          const StopSignals &stopSignals, const LessonLock *lock = nullptr);
    // The POSIX commands.
    [[nodiscard]] int writePosix(const WriteOptions &options) const;
    [[nodiscard]] int readPosix() const;
    [[nodiscard]] int infoPosix() const;
    [[nodiscard]] int removePosix() const;
    // fstat, mmap(fd, mode), work, munmap, close: each printed. The fd is closed whatever happens.
    [[nodiscard]] int whileMapped(int fd, core::PosixMapping::Mode mode,
                                  const std::function<int(core::PosixMapping &)> &work) const;
    // /dev/shm/NAME.
    [[nodiscard]] QString posixPath() const;
    // shmat(shmid, NULL, mode), work, shmdt: each printed. Gives back work's exit code, or the attach's
    // failure.
    [[nodiscard]] static int whileAttached(int shmid, core::Attachment::Mode mode,
                                           const std::function<int(core::Attachment &)> &work);
    // The segment of the key, found without creating one (shmget(key, 0, 0)); the success is printed.
    [[nodiscard]] core::Result<int> find() const;
    // shmctl(shmid, IPC_STAT, &ds); the success is printed.
    [[nodiscard]] static core::Result<struct shmid_ds> stat(int shmid);
    // After shmget(key, 56, ...) said EINVAL: tells, from the kernel's own numbers, that the key's segment is
    // too small. Always a failure.
    [[nodiscard]] int explainTooSmall() const;

    // "old: pid=0, name=\"\"": the segment's or object's first 56 bytes as the lesson's printf shows them.
    [[nodiscard]] static int printRecord(const char *label, const core::Attachment &segment);
    [[nodiscard]] static int printRecord(const char *label, const core::PosixMapping &object);
    [[nodiscard]] static int printRecordBytes(const char *label, const core::Result<QByteArray> &bytes,
                                              const QString &tooSmall);

    qint32 m_key = 0;
    QByteArray m_posixName; // empty for System V
};

} // namespace demo
