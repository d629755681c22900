#include "lessonlock.h"

#include "console.h"
#include "core/kernel/sem.h"
#include "core/segments/segmentformat.h"
#include "lesson.h"

#include <cerrno>
#include <thread>

namespace demo {

namespace {

using core::Error;
using core::Sem;

// The set's mode: the segment's, so that whoever may write the record may take its lock.
constexpr quint32 LockMode = Lesson::LessonMode;
// Between two looks at a set another process is making: it needs one call more, SETVAL.
constexpr std::chrono::milliseconds InitialisationPoll{1};
// How many times a set found by EEXIST and gone before semget(key, 0, 0) found it is made again.
constexpr int CreateAttempts = 3;

// A refused semop with a sentence: Sem gives one when the set is gone, the rest are said here.
Error refusal(Error error, int semid)
{
    if (error.message.isEmpty())
        error.message =
            error.errnum == EACCES
                ? QStringLiteral("semop needs write (alter) permission on semaphore set %1.").arg(semid)
                : QStringLiteral("The kernel refused the semop on semaphore set %1.").arg(semid);
    return error;
}

} // namespace

core::Result<LessonLock> LessonLock::open(qint32 key)
{
    for (int attempt = 0;; ++attempt) {
        const auto created = Sem::create(key, 1, LockMode);
        if (created.ok()) {
            const int semid = created.value();
            Console::step(Sem::createCall(key, 1, LockMode), QString::number(semid));
            // Until this SETVAL the semaphore is 0: another writer that found the set waits for it.
            const auto set = Sem::setValue(semid, 0, 1);
            if (!set.ok()) {
                Console::fail(set.error());
                return set.error();
            }
            Console::step(Sem::setValueCall(semid, 0, 1), QStringLiteral("0"));
            return LessonLock(semid);
        }
        const Error &refused = created.error();
        Console::printFailedCall(refused);
        if (refused.errnum != EEXIST) {
            Console::fail(refused, Console::CallLine::AlreadyPrinted);
            return refused;
        }
        // Someone else made it (or is making it): find it by its key.
        const auto found = Sem::idOfKey(key);
        if (found.ok()) {
            Console::step(Sem::idOfKeyCall(key), QString::number(found.value()));
            return await(key, found.value());
        }
        Console::printFailedCall(found.error());
        // Removed between the two semget calls: make it again, a few times.
        if (found.error().errnum != ENOENT || attempt + 1 >= CreateAttempts) {
            Console::fail(found.error(), Console::CallLine::AlreadyPrinted);
            return found.error();
        }
    }
}

core::Result<LessonLock> LessonLock::await(qint32 key, int semid)
{
    using namespace std::chrono;
    const auto deadline = steady_clock::now() + InitialisationWait;
    bool saidWaiting = false;
    for (;;) {
        // Quietly: one look a millisecond would bury the steps; the look that decides is printed.
        const auto ds = Sem::stat(semid, Sem::Log::Quiet);
        if (!ds.ok()) {
            const Error &refused = ds.error();
            Console::fail(
                Error{refused.call, refused.errnum,
                      refused.errnum == EACCES
                          ? QStringLiteral("IPC_STAT needs read permission on semaphore set %1.").arg(semid)
                          : QStringLiteral("Semaphore set %1 is gone: it was removed after semget "
                                           "found it.")
                                .arg(semid)});
            return refused;
        }
        if (ds.value().sem_otime != 0) {
            Console::step(Sem::statCall(semid), QStringLiteral("0"));
            Console::print(stdout,
                           QStringLiteral("ds.sem_otime = %1: the set has been used, so it has its value")
                               .arg(ds.value().sem_otime));
            return LessonLock(semid);
        }
        const auto values = Sem::values(semid, int(ds.value().sem_nsems), Sem::Log::Quiet);
        if (!values.ok()) {
            Console::fail(values.error());
            return values.error();
        }
        if (values.value().value(0) > 0) {
            Console::step(Sem::statCall(semid), QStringLiteral("0"));
            Console::step(Sem::valuesCall(semid), QStringLiteral("0"));
            Console::print(stdout, QStringLiteral("values[0] = %1: its maker has given it its value")
                                       .arg(values.value().value(0)));
            return LessonLock(semid);
        }
        if (!saidWaiting) {
            Console::print(
                stdout, QStringLiteral("set %1 has value 0 and sem_otime 0: its maker has not given it its "
                                       "value yet (semctl SETVAL); waiting")
                            .arg(semid));
            saidWaiting = true;
        }
        if (steady_clock::now() >= deadline) {
            const Error stuck = Error::plain(
                QStringLiteral("Semaphore set %1 (key %2) was made by another process that has not given it "
                               "its value in %3 s (its semaphore is 0 and nobody has ever called semop on "
                               "it): that process stopped between semget and semctl(SETVAL). Remove the set "
                               "(ipcrm -s %1) and start again.")
                    .arg(semid)
                    .arg(core::SegmentFormat::keyLiteral(key))
                    .arg(duration_cast<seconds>(InitialisationWait).count()));
            Console::fail(stuck, Console::CallLine::AlreadyPrinted);
            return stuck;
        }
        std::this_thread::sleep_for(InitialisationPoll);
    }
}

int LessonLock::take(bool print) const
{
    const auto taken = Sem::operate(m_semid, 0, -1, Sem::Undo::Yes);
    if (!taken.ok())
        return Console::fail(refusal(taken.error(), m_semid));
    if (print)
        Console::step(Sem::operateCall(m_semid, 0, -1, Sem::Undo::Yes), QStringLiteral("0"));
    return ExitSuccess;
}

int LessonLock::give(bool print) const
{
    const auto given = Sem::operate(m_semid, 0, 1, Sem::Undo::Yes);
    if (!given.ok())
        return Console::fail(refusal(given.error(), m_semid));
    if (print)
        Console::step(Sem::operateCall(m_semid, 0, 1, Sem::Undo::Yes), QStringLiteral("0"));
    return ExitSuccess;
}

} // namespace demo
