#pragma once

#include <QByteArray>
#include <QObject>

#include <memory>

class QThread;

namespace core {
class MappedObject;
}

namespace app {

// One Find over a tab's segment or POSIX object at a time, on a thread of its own, so that the window keeps answering
// while a 1 GiB segment is searched (core::ByteSearch, which also leaves a sparse segment sparse). Not in
// Qt's shared thread pool: a search may take seconds, and the table's refresh scans there.
//
// The search reads the tab's object, which must outlive the job: cancel() and the destructor stop the
// search and wait for its thread, so no read is made of a mapping that shmdt() or munmap() has taken away.
class FindJob : public QObject
{
    Q_OBJECT

public:
    explicit FindJob(const core::MappedObject &object, QObject *parent = nullptr);
    ~FindJob() override;

    // Searches for `needle` from `from`, wrapping round once (ByteSearch::find); a search still running is
    // cancelled first. Ends in found() or notFound().
    void start(const QByteArray &needle, quint64 from);
    // Stops the search running, if any, and waits for its thread (at most the reading of one chunk); nothing
    // more is emitted for it. False when none was running.
    bool cancel();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

signals:
    // The part of the segment searched, from 0 to 1: at most once per whole percent.
    void progressed(double fraction);
    void found(quint64 offset, quint64 length);
    void notFound(const QByteArray &needle);

private:
    struct Run;
    void finish(const std::shared_ptr<Run> &run);

    const core::MappedObject &m_object;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<Run> m_run; // the search running; its thread and queued signals hold it too
};

} // namespace app
