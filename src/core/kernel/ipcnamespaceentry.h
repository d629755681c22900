#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace core {

// Another IPC namespace (a container's, an `unshare -i` shell's), held open, and the one way ShmScope works
// inside it. /proc/sysvipc/* lists the namespace of whoever opens it, and shmget/shmat/shmctl act in the
// caller's: to read or attach a segment of another namespace, the code must run there.
//
// It runs on a thread of its own, made for the work and ended with it: an IPC namespace belongs to each
// thread (the kernel's nsproxy is per task), and setns(CLONE_NEWIPC), unlike a mount or user namespace, is
// allowed in a process of many threads. So the thread enters, works and ends, and no other thread of ours,
// the GUI's above all, ever runs in a namespace not its own. A thread shares our memory: what it reads
// comes back without a pipe, and a shmat() it makes maps into our address space, where it stays after the
// thread ends. A child process would have to fork the whole Qt program and send its findings back.
class IpcNamespaceEntry
{
    Q_DECLARE_TR_FUNCTIONS(core::IpcNamespaceEntry)

public:
    // The IPC namespace of process pid, as procRoot/PID/ns/ipc names it, held by a descriptor: it lives,
    // and keeps its inode, while this object does, even if every process in it exits.
    [[nodiscard]] static Result<IpcNamespaceEntry> open(qint64 pid, const QString &procRoot = QStringLiteral("/proc"));
    // The namespace of that inode, through the first of pids still in it (one may have exited, or its pid be
    // another process's now); nullopt when none is.
    [[nodiscard]] static std::optional<IpcNamespaceEntry> openAny(quint64 inode, const QList<qint64> &pids,
                                                                  const QString &procRoot = QStringLiteral("/proc"));
    // Our own namespace (procRoot/self/ns/ipc): run() then works on the calling thread.
    [[nodiscard]] static Result<IpcNamespaceEntry> ours(const QString &procRoot = QStringLiteral("/proc"));
    // The inode of our own namespace, which names it (lsns shows it); 0 when it cannot be read.
    [[nodiscard]] static quint64 ourInode(const QString &procRoot = QStringLiteral("/proc"));

    IpcNamespaceEntry(IpcNamespaceEntry &&other) noexcept;
    IpcNamespaceEntry &operator=(IpcNamespaceEntry &&other) noexcept;
    IpcNamespaceEntry(const IpcNamespaceEntry &) = delete;
    IpcNamespaceEntry &operator=(const IpcNamespaceEntry &) = delete;
    ~IpcNamespaceEntry();

    // The namespace's inode on nsfs: what /proc/PID/ns/ipc reads as "ipc:[INODE]".
    [[nodiscard]] quint64 inode() const { return m_inode; }
    [[nodiscard]] bool isOurs() const { return m_ours; }

    // Runs work inside the namespace and waits for it: on the calling thread when the namespace is ours,
    // else on a new thread that enters it with setns(fd, CLONE_NEWIPC) first. Refused, with work not run,
    // when the kernel refuses the entry: EPERM without CAP_SYS_ADMIN (over the namespace's user namespace
    // and our own), which the message says in plain words.
    [[nodiscard]] Result<Done> run(const std::function<void()> &work) const;

    // Runs work(i) inside each namespace entries[i] holds, in turn, on ONE new thread that enters each with
    // setns() before its work: a scan of every namespace pays one thread, not one a namespace (a thread's
    // start and join cost a millisecond or more on a busy machine; a setns() a few microseconds). One result
    // an entry, as run() gives it; work(i) is not run for an entry refused.
    [[nodiscard]] static QList<Result<Done>> runEach(const QList<const IpcNamespaceEntry *> &entries,
                                                     const std::function<void(qsizetype)> &work);

    // The C text of the entry: setns(open("/proc/PID/ns/ipc"), CLONE_NEWIPC).
    [[nodiscard]] QString enterCall() const;

private:
    // What run() says for a setns() that set errnum (0: it entered).
    [[nodiscard]] Result<Done> refusal(int errnum) const;

    IpcNamespaceEntry(int fd, quint64 inode, bool ours, QString path);

    int m_fd = -1;
    quint64 m_inode = 0;
    bool m_ours = false;
    QString m_path; // the ns link it was opened from, for messages and the call's text
};

} // namespace core
