#pragma once

// A System V segment inside a testutils::ForeignNamespace, made, inspected and removed by the test's own
// code: a thread of its own that enters the namespace with a plain setns(), nothing of ShmScope's, and the
// peer helpers (shmpoke, shmpeek) run inside it with nsenter, as another program in a container would.

#include "testutils.h"

#include <fcntl.h>
#include <functional>
#include <sched.h>
#include <thread>
#include <unistd.h>

namespace testutils {

class ForeignSegment
{
public:
    explicit ForeignSegment(const ForeignNamespace &where) : m_pid(where.pid()) {}
    ForeignSegment(const ForeignSegment &) = delete;
    ForeignSegment &operator=(const ForeignSegment &) = delete;
    ~ForeignSegment()
    {
        if (m_shmid >= 0)
            inside([this] { shmctl(m_shmid, IPC_RMID, nullptr); });
    }

    // Runs work on a thread inside the namespace; false when it could not be entered.
    bool inside(const std::function<void()> &work) const
    {
        bool entered = false;
        std::thread thread([&] {
            const int fd = ::open(QStringLiteral("/proc/%1/ns/ipc").arg(m_pid).toLocal8Bit().constData(),
                                  O_RDONLY | O_CLOEXEC);
            entered = fd >= 0 && setns(fd, CLONE_NEWIPC) == 0;
            if (fd >= 0)
                ::close(fd);
            if (entered)
                work();
        });
        thread.join();
        return entered;
    }

    // A new private segment of `size` bytes inside, with id `wantedId` when it is not -1 (kernel.shm_next_id
    // of that namespace, which needs root and a kernel with checkpoint/restore).
    bool create(size_t size, int wantedId = -1, int mode = 0600)
    {
        return inside([&] {
                   if (wantedId >= 0 && !writeFile(ShmNextIdPath, QByteArray::number(wantedId)))
                       return;
                   m_shmid = shmget(IPC_PRIVATE, size, mode | IPC_CREAT);
               }) &&
               m_shmid >= 0 && (wantedId < 0 || m_shmid == wantedId);
    }
    [[nodiscard]] int id() const { return m_shmid; }

    // IPC_STAT of the segment, asked inside.
    [[nodiscard]] std::optional<struct shmid_ds> stat() const
    {
        std::optional<struct shmid_ds> ds;
        inside([&] { ds = shmStat(m_shmid); });
        return ds;
    }
    bool remove() const
    {
        int result = -1;
        return inside([&] { result = shmctl(m_shmid, IPC_RMID, nullptr); }) && result == 0;
    }

    // The peers, run inside with nsenter.
    bool poke(quint64 offset, const QByteArray &bytes) const
    {
        const Run result =
            nsenter(QStringLiteral("shmpoke"), {QString::number(offset), QString::fromLatin1(bytes.toHex())});
        return result.exitStatus == QProcess::NormalExit && result.exitCode == 0;
    }
    [[nodiscard]] QByteArray peek(quint64 offset, quint64 length) const
    {
        const Run result =
            nsenter(QStringLiteral("shmpeek"), {QString::number(offset), QString::number(length)});
        return result.exitCode == 0 ? QByteArray::fromHex(result.out.trimmed()) : QByteArray();
    }

private:
    [[nodiscard]] Run nsenter(const QString &helper, const QStringList &args) const
    {
        return run(QStringLiteral("nsenter"),
                   QStringList{QStringLiteral("--ipc=/proc/%1/ns/ipc").arg(m_pid),
                               QStringLiteral(SHMSCOPE_BIN_DIR "/") + helper, QString::number(m_shmid)} +
                       args);
    }

    qint64 m_pid;
    int m_shmid = -1;
};

} // namespace testutils
