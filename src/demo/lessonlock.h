#pragma once

#include "core/result.h"

#include <QtGlobal>

#include <chrono>

namespace demo {

// The lock of the lesson's sequel: semaphore 0 of the System V set with the segment's key, which every
// writer (and a reader that asks) takes before it touches the record and gives back after: P and V.
// Each call is printed as C, as the lesson's own are.
class LessonLock
{
public:
    // How long open() waits for another process's new set to be given its value before it calls that
    // process stuck.
    static constexpr std::chrono::milliseconds InitialisationWait{5000};

    // The key's set, made if missing with its one semaphore at 1 (unlocked). Two programs may start at the
    // same moment, so making it is two steps that another may come between: semget(key, 1,
    // 0640|IPC_CREAT|IPC_EXCL), which only one of them wins, then semctl(SETVAL, 1). The others get EEXIST,
    // find the set with semget(key, 0, 0), and wait until it has been given its value: a new set's
    // semaphore is 0 and its sem_otime 0, and only SETVAL (value > 0) or a semop (sem_otime > 0) changes
    // that, so value 0 and sem_otime 0 means not yet. Everything is printed; a refusal is printed too and
    // given back as an error whose message is said already (ExitFailure).
    [[nodiscard]] static core::Result<LessonLock> open(qint32 key);

    // semop(semid, &(struct sembuf){0, -1, SEM_UNDO}, 1): P, waiting while another holds the lock. SEM_UNDO:
    // a process that dies holding it gives it back (the kernel undoes its semop). Printed when `print`.
    // ExitSuccess, or ExitFailure with the refusal printed (the set removed: EIDRM).
    [[nodiscard]] int take(bool print = true) const;
    // semop(semid, &(struct sembuf){0, +1, SEM_UNDO}, 1): V. With SEM_UNDO as the P had, so that the two
    // undo each other's adjustment and the process ends owing nothing.
    [[nodiscard]] int give(bool print = true) const;

    [[nodiscard]] int semid() const { return m_semid; }

private:
    explicit LessonLock(int semid) : m_semid(semid) {}
    // After EEXIST: the set another process is making, once it has its value.
    [[nodiscard]] static core::Result<LessonLock> await(qint32 key, int semid);

    int m_semid;
};

} // namespace demo
