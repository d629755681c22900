#pragma once

// Shared by the tests of semaphore sets and message queues (core and command line): RAII guards that remove
// what a test made even when it fails, and what ipcs says, parsed, as the expected values from outside our code.

#include "testutils.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <ctime>
#include <sys/msg.h>
#include <sys/sem.h>

namespace testutils {

// A semaphore set made with semget (and its values with SETALL), removed when the guard ends.
class SemaphoreSetGuard
{
public:
    SemaphoreSetGuard() = default;
    SemaphoreSetGuard(const SemaphoreSetGuard &) = delete;
    SemaphoreSetGuard &operator=(const SemaphoreSetGuard &) = delete;
    ~SemaphoreSetGuard() { reset(); }

    // A fresh set (key 0: IPC_PRIVATE) holding `values`; false when any call failed.
    bool create(key_t key, const QList<unsigned short> &values, int mode = 0600)
    {
        reset();
        m_semid = semget(key == 0 ? IPC_PRIVATE : key, int(values.size()), mode | IPC_CREAT | IPC_EXCL);
        if (m_semid < 0)
            return false;
        union semun {
            int val;
            struct semid_ds *buf;
            unsigned short *array;
        } argument{};
        QList<unsigned short> copy = values;
        argument.array = copy.data();
        return semctl(m_semid, 0, SETALL, argument) == 0;
    }
    void reset()
    {
        if (m_semid >= 0)
            semctl(m_semid, 0, IPC_RMID);
        m_semid = -1;
    }
    void release() { m_semid = -1; }
    [[nodiscard]] int id() const { return m_semid; }

private:
    int m_semid = -1;
};

// A message queue made with msgget, removed when the guard ends.
class MessageQueueGuard
{
public:
    MessageQueueGuard() = default;
    MessageQueueGuard(const MessageQueueGuard &) = delete;
    MessageQueueGuard &operator=(const MessageQueueGuard &) = delete;
    ~MessageQueueGuard() { reset(); }

    bool create(key_t key, int mode = 0600)
    {
        reset();
        m_msqid = msgget(key == 0 ? IPC_PRIVATE : key, mode | IPC_CREAT | IPC_EXCL);
        return m_msqid >= 0;
    }
    void reset()
    {
        if (m_msqid >= 0)
            msgctl(m_msqid, IPC_RMID, nullptr);
        m_msqid = -1;
    }
    [[nodiscard]] int id() const { return m_msqid; }

private:
    int m_msqid = -1;
};

// `ipcs -s -i ID` or `ipcs -q -i ID`, parsed: every "name=value" pair (uid, gid, cuid, cgid, mode, cbytes,
// qnum, lspid, lrpid; nsems, otime and ctime for sets; send_time, rcv_time, change_time for queues; times as
// printed, "Not set" or ctime(3)'s 24 characters), and for a set the rows under "semnum value ncount zcount
// pid".
struct IpcsDetails
{
    bool ok = false;
    QHash<QString, QString> fields;
    struct Row
    {
        int semnum, value, ncount, zcount;
        qint64 pid;
    };
    QList<Row> rows;
};

inline IpcsDetails ipcsDetails(const char *kind, int id)
{
    IpcsDetails details;
    const Run run = testutils::run(QStringLiteral("ipcs"), {QLatin1String(kind), QStringLiteral("-i"),
                                                             QString::number(id)});
    if (run.exitCode != 0)
        return details;
    details.ok = true;
    bool inRows = false;
    static const QRegularExpression pair(QStringLiteral("(\\w+)\\s*=\\s*([^\\t,]*?)\\s*(?:[\\t,]|$)"));
    for (const QString &line : QString::fromUtf8(run.out).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("semnum"))) {
            inRows = true;
            continue;
        }
        if (inRows) {
            const QStringList n = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (n.size() == 5)
                details.rows.append({n[0].toInt(), n[1].toInt(), n[2].toInt(), n[3].toInt(), n[4].toLongLong()});
            continue;
        }
        auto it = pair.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            details.fields.insert(m.captured(1), m.captured(2));
        }
    }
    return details;
}

// A time as ipcs -i prints it: "Not set" for 0, else the 24 characters of ctime(3).
inline QString ipcsTime(qint64 seconds)
{
    if (seconds == 0)
        return QStringLiteral("Not set");
    const time_t t = time_t(seconds);
    return QString::fromLatin1(ctime(&t)).left(24);
}

} // namespace testutils
