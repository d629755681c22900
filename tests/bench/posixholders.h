#pragma once

// The machine issue 15's POSIX benchmarks measure: 1,000 objects of /dev/shm held by 100 processes
// (tests/helpers/posixholder), each mapping 10 read-write and keeping no descriptor. Shared by
// bench_posixlist (a fresh `--list --type posix` beside `lsof /dev/shm`) and bench_posixrefresh (the
// window's in-process scan beside a bare read of the same /proc files), so both measure the same set-up.

#include "testutils.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace benchutils {

class PosixHolders
{
public:
    static constexpr int Holders = 100;
    static constexpr int ObjectsEach = 10;

    // Starts the holders, each waited for until it said "ready"; false and errorText() set when one did not.
    // The objects go with this (each holder's guards), even when a benchmark fails half-way.
    bool start()
    {
        for (int p = 0; p < Holders; ++p) {
            QStringList specs;
            for (int i = 0; i < ObjectsEach; ++i)
                specs << QStringLiteral("shm:%1:4096:600:rw")
                             .arg(testutils::uniquePosixName(QStringLiteral("bench-%1-%2").arg(p).arg(i)));
            m_peers.push_back(std::make_unique<testutils::PosixHolderPeer>());
            if (!m_peers.back()->start(specs)) {
                m_error = m_peers.back()->errorText();
                return false;
            }
        }
        return true;
    }

    [[nodiscard]] QString errorText() const { return m_error; }

private:
    std::vector<std::unique_ptr<testutils::PosixHolderPeer>> m_peers;
    QString m_error;
};

} // namespace benchutils
