#include "core/namespaces/cgroupparser.h"

#include <QRegularExpression>

namespace core {

namespace {

// Container ids are 64 hex digits; people and `docker ps` know a container by the first 12.
QString shortId(const QString &id)
{
    return id.left(12);
}

// systemd escapes a '-' in a unit's name (machine-NAME.scope) as "\x2d", and other bytes alike.
QString unescapeUnitName(const QString &name)
{
    QString plain;
    for (qsizetype i = 0; i < name.size(); ++i) {
        bool isHex = false;
        const int byte =
            i + 3 < name.size() && name.at(i) == QLatin1Char('\\') && name.at(i + 1) == QLatin1Char('x')
                ? name.mid(i + 2, 2).toInt(&isHex, 16)
                : -1;
        if (isHex) {
            plain += QChar(byte);
            i += 3;
        } else {
            plain += name.at(i);
        }
    }
    return plain;
}

std::optional<CgroupContainer> containerOfPath(const QString &path)
{
    // Kubernetes first: a pod's containers sit in a kubepods cgroup, under a leaf named as their runtime
    // names it (docker-ID.scope, cri-containerd-ID.scope, crio-ID.scope, or the bare ID with cgroupfs).
    // The pod's uid is written with '_' for '-' in systemd's slice names.
    static const QRegularExpression pod(
        QStringLiteral("kubepods.*pod([0-9a-f]{8}[-_][0-9a-f]{4}[-_][0-9a-f]{4}"
                       "[-_][0-9a-f]{4}[-_][0-9a-f]{12})"));
    static const QRegularExpression podLeaf(
        QStringLiteral("/(?:docker-|cri-containerd-|crio-|containerd-)?([0-9a-f]{12,64})(?:\\.scope)?$"));
    if (const auto match = pod.match(path); match.hasMatch()) {
        QString uid = match.captured(1);
        uid.replace(QLatin1Char('_'), QLatin1Char('-'));
        const auto leaf = podLeaf.match(path);
        return CgroupContainer{QStringLiteral("kubepods"),
                               leaf.hasMatch() ? uid + QLatin1Char('/') + shortId(leaf.captured(1)) : uid};
    }
    // Podman: libpod-ID.scope (systemd) or libpod_parent/libpod-ID (cgroupfs); libpod-conmon-ID is its
    // monitor, a process of the host beside the container, not in it.
    static const QRegularExpression libpod(QStringLiteral("/libpod-([0-9a-f]{12,64})(?:\\.scope)?(?:/|$)"));
    if (const auto match = libpod.match(path); match.hasMatch())
        return CgroupContainer{QStringLiteral("podman"), shortId(match.captured(1))};
    // Docker: docker-ID.scope (systemd driver) or /docker/ID (cgroupfs driver).
    static const QRegularExpression docker(
        QStringLiteral("/docker[-/]([0-9a-f]{12,64})(?:\\.scope)?(?:/|$)"));
    if (const auto match = docker.match(path); match.hasMatch())
        return CgroupContainer{QStringLiteral("docker"), shortId(match.captured(1))};
    // systemd-nspawn registers a machine: machine-NAME.scope under machine.slice, or runs as the unit
    // systemd-nspawn@NAME.service.
    static const QRegularExpression machine(
        QStringLiteral("/(?:machine-([^/]+)\\.scope|systemd-nspawn@([^/]+)\\.service)(?:/|$)"));
    if (const auto match = machine.match(path); match.hasMatch()) {
        const QString name = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        return CgroupContainer{QStringLiteral("systemd-nspawn"), unescapeUnitName(name)};
    }
    return std::nullopt;
}

} // namespace

std::optional<CgroupContainer> CgroupParser::containerOf(QByteArrayView text)
{
    for (const QByteArrayView line : QByteArray::fromRawData(text.data(), text.size()).split('\n')) {
        // ID:CONTROLLERS:PATH; the path may hold ':' itself.
        const qsizetype first = line.indexOf(':');
        const qsizetype second = first < 0 ? -1 : line.indexOf(':', first + 1);
        if (second < 0)
            continue;
        if (auto container = containerOfPath(QString::fromUtf8(line.sliced(second + 1))))
            return container;
    }
    return std::nullopt;
}

} // namespace core
