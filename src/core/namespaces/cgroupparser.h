#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace core {

// The container a process runs in, as its /proc/PID/cgroup names it: container engines put each container in
// a cgroup named after it, and that path is the only place a process shows it without asking the engine.
struct CgroupContainer
{
    QString engine;    // "docker", "podman", "kubepods", "systemd-nspawn"
    QString container; // the short id (12 hex digits), "POD-UID/SHORT-ID" for kubepods, the machine's name

    friend bool operator==(const CgroupContainer &, const CgroupContainer &) = default;
};

// Pure: over the text of /proc/PID/cgroup (lines "ID:CONTROLLERS:PATH", cgroup v1 and v2), so tests feed it
// captured lines.
class CgroupParser
{
public:
    // The container the first line whose path names one is in; nullopt for a process in none (the host's
    // own services, a user's session) or text that is not a cgroup file.
    [[nodiscard]] static std::optional<CgroupContainer> containerOf(QByteArrayView text);
};

} // namespace core
