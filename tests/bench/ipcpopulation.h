#pragma once

// What bench_ipclist and bench_semrefresh list: SETS semaphore sets of SEMS semaphores each (values set with
// SETALL, one semop so each has a last pid and an otime) and QUEUES message queues holding one message each,
// made in the benchmark's private IPC namespace and removed when the population ends.

#include <QList>

#include <sys/msg.h>
#include <sys/sem.h>

class IpcPopulation
{
public:
    IpcPopulation() = default;
    IpcPopulation(const IpcPopulation &) = delete;
    IpcPopulation &operator=(const IpcPopulation &) = delete;
    ~IpcPopulation()
    {
        for (const int semid : std::as_const(m_sets))
            semctl(semid, 0, IPC_RMID);
        for (const int msqid : std::as_const(m_queues))
            msgctl(msqid, IPC_RMID, nullptr);
    }

    // False as soon as a call fails (a limit: kernel.sem, kernel.msgmni).
    bool make(int sets, int semsEach, int queues)
    {
        union semun {
            int val;
            struct semid_ds *buf;
            unsigned short *array;
        } argument{};
        QList<unsigned short> values(semsEach);
        for (int i = 0; i < sets; ++i) {
            const int semid = semget(IPC_PRIVATE, semsEach, 0640 | IPC_CREAT);
            if (semid < 0)
                return false;
            m_sets.append(semid);
            for (int n = 0; n < semsEach; ++n)
                values[n] = static_cast<unsigned short>((i + n) % 100);
            argument.array = values.data();
            struct sembuf up = {0, 1, 0};
            if (semctl(semid, 0, SETALL, argument) != 0 || semop(semid, &up, 1) != 0)
                return false;
        }
        struct
        {
            long type;
            char text[64];
        } message = {1, "a message of 64 bytes"};
        for (int i = 0; i < queues; ++i) {
            const int msqid = msgget(IPC_PRIVATE, 0640 | IPC_CREAT);
            if (msqid < 0)
                return false;
            m_queues.append(msqid);
            if (msgsnd(msqid, &message, sizeof message.text, IPC_NOWAIT) != 0)
                return false;
        }
        return true;
    }
    [[nodiscard]] const QList<int> &sets() const { return m_sets; }

private:
    QList<int> m_sets;
    QList<int> m_queues;
};
