#include "stopsignals.h"

#include <algorithm>
#include <cerrno>
#include <pthread.h>

namespace demo {

StopSignals::StopSignals()
{
    sigemptyset(&m_set);
    for (const int signal : {SIGINT, SIGTERM, SIGHUP})
        sigaddset(&m_set, signal);
    pthread_sigmask(SIG_BLOCK, &m_set, nullptr);
}

std::optional<int> StopSignals::waitUntil(std::chrono::steady_clock::time_point deadline) const
{
    using namespace std::chrono;
    for (;;) {
        // A deadline already past still takes a signal that is pending: a loop that has fallen behind (slow
        // writes, a busy lock) must stop on SIGTERM all the same.
        const auto left =
            std::max(duration_cast<nanoseconds>(deadline - steady_clock::now()), nanoseconds::zero());
        const auto whole = duration_cast<seconds>(left);
        const timespec wait{time_t(whole.count()), long((left - whole).count())};
        const int signal = sigtimedwait(&m_set, nullptr, &wait);
        if (signal > 0)
            return signal;
        // EINTR: another signal (SIGCONT after Ctrl+Z, say) woke us early; wait out the rest.
        if (errno != EINTR || left == nanoseconds::zero())
            return std::nullopt;
    }
}

const char *StopSignals::name(int signal)
{
    switch (signal) {
    case SIGINT:
        return "SIGINT";
    case SIGTERM:
        return "SIGTERM";
    case SIGHUP:
        return "SIGHUP";
    default:
        return "a signal";
    }
}

} // namespace demo
