#pragma once

#include "core/digest/digest.h"

#include <QObject>

#include <memory>
#include <vector>

class QThread;

namespace core {
class MappedObject;
}

namespace app {

// The checksums, hashes and statistics of a range of a tab's segment or POSIX object (core::Digest), on two
// threads of their own, each computing some of the sums over its own reads of the range: hashing 1 GiB takes
// seconds, and the window keeps answering meanwhile. Not in Qt's shared thread pool, where the table's
// refresh scans.
//
// The run reads the tab's object, which must outlive the job: cancel() and the destructor stop the run and
// wait for its threads (at most the hashing of one chunk), so no read is made of a mapping that shmdt() or
// munmap() has taken away.
class ChecksumJob : public QObject
{
    Q_OBJECT

public:
    explicit ChecksumJob(const core::MappedObject &object, QObject *parent = nullptr);
    ~ChecksumJob() override;

    // Every algorithm and the statistics of [offset, offset + length); a run still going is cancelled first.
    // Ends in computed() or failed().
    void start(quint64 offset, quint64 length);
    // Stops the run going, if any, and waits for its thread; nothing more is emitted for it. False when none
    // was going.
    bool cancel();
    [[nodiscard]] bool isRunning() const { return !m_threads.empty(); }

signals:
    // The part of the range done by the slower thread, from 0 to 1: at most once per whole percent.
    void progressed(double fraction);
    void computed(const core::Digest::Sums &sums);
    // A read refused or cut short (a POSIX object shrunk under us), as a sentence.
    void failed(const QString &message);

private:
    struct Run;
    void tellProgress(const std::shared_ptr<Run> &run);
    void end(const std::shared_ptr<Run> &run);

    const core::MappedObject &m_object;
    std::vector<std::unique_ptr<QThread>> m_threads; // the run's, while it goes
    std::shared_ptr<Run> m_run; // the run going; its threads and queued signals hold it too
};

} // namespace app
