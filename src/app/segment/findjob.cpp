#include "app/segment/findjob.h"

#include "core/bytes/bytesearch.h"

#include <QThread>

#include <atomic>
#include <optional>

namespace app {

// What one search shares between its thread and ours.
struct FindJob::Run
{
    QByteArray needle;
    std::atomic<bool> cancelled{false};
    int percent = -1;              // the search thread's only: the last percent told
    std::optional<quint64> result; // written by the search thread before it finishes, read after
};

FindJob::FindJob(const core::MappedObject &object, QObject *parent) : QObject(parent), m_object(object)
{
}

FindJob::~FindJob()
{
    cancel();
}

void FindJob::start(const QByteArray &needle, quint64 from)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->needle = needle;
    m_run = run;
    m_thread.reset(QThread::create([this, run, from, &object = m_object] {
        core::ByteSearch::Control control;
        control.cancelled = &run->cancelled;
        control.progress = [this, run](double fraction) {
            const int percent = int(fraction * 100);
            if (percent == run->percent)
                return;
            run->percent = percent;
            // Queued to our thread; a search cancelled since then is no longer m_run, and is not told.
            QMetaObject::invokeMethod(
                this,
                [this, run, fraction] {
                    if (run == m_run)
                        emit progressed(fraction);
                },
                Qt::QueuedConnection);
        };
        run->result = core::ByteSearch::find(object, run->needle, from, control);
    }));
    m_thread->setObjectName(QStringLiteral("find"));
    // QThread::finished comes from the search thread: queued to ours, where the result is taken.
    connect(m_thread.get(), &QThread::finished, this, [this, run] { finish(run); });
    m_thread->start();
}

bool FindJob::cancel()
{
    if (!m_thread)
        return false;
    m_run->cancelled = true;
    m_thread->wait();
    m_thread.reset();
    m_run.reset();
    return true;
}

void FindJob::finish(const std::shared_ptr<Run> &run)
{
    if (run != m_run) // cancelled, or replaced by a newer search, before this was delivered
        return;
    m_thread->wait(); // finished is emitted just before the thread ends
    m_thread.reset();
    m_run.reset();
    if (run->result)
        emit found(*run->result, quint64(run->needle.size()));
    else
        emit notFound(run->needle);
}

} // namespace app
