#pragma once

#include <chrono>
#include <optional>

#include <signal.h>

namespace demo {

// SIGINT, SIGTERM and SIGHUP, taken synchronously instead of by a handler. While the lesson's program holds
// its attach, Ctrl+C or a `kill` must still end in shmdt (and IPC_RMID with --remove); a handler could only
// set a flag, since shmdt and printing are not async-signal-safe. So the signals are blocked, and the hold
// loop takes a pending one with sigtimedwait() as one of the things it waits for.
class StopSignals
{
public:
    // Blocks the signals for the rest of the process: one that arrives after the hold, during shmdt or
    // IPC_RMID, must not cut those short either; it is discarded at exit.
    StopSignals();
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    // Waits until `deadline` for one of the signals: its number when one came, nullopt when the time ran out.
    // A deadline already past still takes one that is pending.
    [[nodiscard]] std::optional<int> waitUntil(std::chrono::steady_clock::time_point deadline) const;

    // "SIGTERM"
    [[nodiscard]] static const char *name(int signal);

private:
    sigset_t m_set;
};

} // namespace demo
