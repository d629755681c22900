#include "app/segment/checksumjob.h"

#include <QThread>

#include <algorithm>
#include <array>
#include <atomic>
#include <optional>

namespace app {

namespace {

using Algorithm = core::Digest::Algorithm;

// What each thread of a run computes. MD5 takes about as long as the other four sums and the statistics
// together (here, one core: MD5 0.28 GB/s, SHA-256 0.70, SHA-1 0.74, CRC-32 1.22, Adler-32 1.07, the
// histogram 3.8), so two threads side by side finish in about half the time where two cores are free.
struct Part
{
    core::Digest::Algorithms algorithms;
    bool statistics;
};
const std::array<Part, 2> Parts{
    Part{core::Digest::Algorithms(Algorithm::Md5) | Algorithm::Adler32, false},
    Part{core::Digest::Algorithms(Algorithm::Sha256) | Algorithm::Sha1 | Algorithm::Crc32, true},
};

} // namespace

// What one run shares between its threads and ours.
struct ChecksumJob::Run
{
    std::atomic<bool> cancelled{false};
    std::array<std::atomic<double>, 2> fraction{}; // each part's, written by its thread
    int percent = -1;                               // ours: the last percent told
    // Written by each part's thread before it ends, read by ours after both have.
    std::array<std::optional<core::Result<core::Digest::Sums>>, 2> results;
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
    for (size_t i = 0; i < Parts.size(); ++i) {
        std::unique_ptr<QThread> thread(QThread::create([this, run, i, offset, length, &object = m_object] {
            core::Digest::Control control;
            control.cancelled = &run->cancelled;
            control.progress = [this, run, i](double fraction) {
                run->fraction[i] = fraction;
                // Queued to our thread, which tells the slower part's progress; a run cancelled since is no
                // longer m_run, and is not told.
                QMetaObject::invokeMethod(
                    this, [this, run] { tellProgress(run); }, Qt::QueuedConnection);
            };
            run->results[i] = core::Digest::of(object, offset, length, Parts[i].algorithms, Parts[i].statistics,
                                               control);
        }));
        thread->setObjectName(QStringLiteral("checksums"));
        // QThread::finished comes from the part's thread: queued to ours, where the results are taken.
        connect(thread.get(), &QThread::finished, this, [this, run] { end(run); });
        m_threads.push_back(std::move(thread));
    }
    // At the window's own priority (QThread's priorities do nothing for ordinary threads on Linux): the GUI
    // thread, which sleeps between events, is run first when it wakes, and the sums take the rest.
    for (const auto &thread : m_threads)
        thread->start();
}

bool ChecksumJob::cancel()
{
    if (m_threads.empty())
        return false;
    m_run->cancelled = true;
    for (const auto &thread : m_threads)
        thread->wait();
    m_threads.clear();
    m_run.reset();
    return true;
}

void ChecksumJob::tellProgress(const std::shared_ptr<Run> &run)
{
    if (run != m_run)
        return;
    const double fraction = std::min(run->fraction[0].load(), run->fraction[1].load());
    const int percent = int(fraction * 100);
    if (percent == run->percent)
        return;
    run->percent = percent;
    emit progressed(fraction);
}

void ChecksumJob::end(const std::shared_ptr<Run> &run)
{
    if (run != m_run) // cancelled, or replaced by a newer run, before this was delivered
        return;
    if (!std::all_of(m_threads.cbegin(), m_threads.cend(), [](const auto &thread) { return thread->isFinished(); }))
        return; // the other part is still going
    for (const auto &thread : m_threads)
        thread->wait(); // finished is emitted just before the thread ends
    m_threads.clear();
    m_run.reset();
    core::Digest::Sums sums;
    for (const auto &result : run->results) {
        if (!result->ok()) {
            emit failed(result->error().message);
            return;
        }
        const core::Digest::Sums &part = result->value();
        sums.length = part.length;
        for (size_t i = 0; i < sums.hex.size(); ++i) {
            if (part.hex[i])
                sums.hex[i] = part.hex[i];
        }
        if (part.statistics)
            sums.statistics = part.statistics;
    }
    emit computed(sums);
}

} // namespace app
