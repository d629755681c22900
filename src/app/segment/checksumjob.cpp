#include "app/segment/checksumjob.h"

#include <QThread>

#include <atomic>
#include <optional>

namespace app {

// What one run shares between its thread and ours.
struct ChecksumJob::Run
{
    std::atomic<bool> cancelled{false};
    int percent = -1; // the run's thread's only: the last percent told
    std::optional<core::Result<core::Digest::Sums>> result; // written by the run's thread before it ends
};

ChecksumJob::ChecksumJob(const core::MappedObject &object, QObject *parent) : QObject(parent), m_object(object)
{
}

ChecksumJob::~ChecksumJob()
{
    cancel();
}

void ChecksumJob::start(quint64 offset, quint64 length)
{
    cancel();
    auto run = std::make_shared<Run>();
    m_run = run;
    m_thread.reset(QThread::create([this, run, offset, length, &object = m_object] {
        core::Digest::Control control;
        control.cancelled = &run->cancelled;
        control.progress = [this, run](double fraction) {
            const int percent = int(fraction * 100);
            if (percent == run->percent)
                return;
            run->percent = percent;
            // Queued to our thread; a run cancelled since is no longer m_run, and is not told.
            QMetaObject::invokeMethod(
                this, [this, run, fraction] {
                    if (run == m_run)
                        emit progressed(fraction);
                },
                Qt::QueuedConnection);
        };
        run->result = core::Digest::of(object, offset, length, core::Digest::Every, true, control);
    }));
    m_thread->setObjectName(QStringLiteral("checksums"));
    // QThread::finished comes from the run's thread: queued to ours, where the result is taken.
    connect(m_thread.get(), &QThread::finished, this, [this, run] { end(run); });
    m_thread->start(QThread::LowPriority);
}

bool ChecksumJob::cancel()
{
    if (!m_thread)
        return false;
    m_run->cancelled = true;
    m_thread->wait();
    m_thread.reset();
    m_run.reset();
    return true;
}

void ChecksumJob::end(const std::shared_ptr<Run> &run)
{
    if (run != m_run) // cancelled, or replaced by a newer run, before this was delivered
        return;
    m_thread->wait(); // finished is emitted just before the thread ends
    m_thread.reset();
    m_run.reset();
    if (run->result->ok())
        emit computed(run->result->value());
    else
        emit failed(run->result->error().message);
}

} // namespace app
