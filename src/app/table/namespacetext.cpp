#include "app/table/namespacetext.h"

#include <QRegularExpression>

namespace app {

namespace {

// Container ids of Docker, Podman and Kubernetes are 64 hex digits; their tools show the first 12.
constexpr qsizetype ShortIdLength = 12;

QString shortContainer(const QString &container)
{
    static const QRegularExpression longHexId(QStringLiteral("^[0-9a-f]{32,}$"));
    return longHexId.match(container).hasMatch() ? container.left(ShortIdLength) : container;
}

} // namespace

QString NamespaceText::inode(quint64 inode)
{
    return QStringLiteral("ipc:[%1]").arg(inode);
}

QString NamespaceText::name(const core::IpcNamespace &ns)
{
    if (ns.engine.isEmpty())
        return inode(ns.inode);
    return ns.container.isEmpty() ? ns.engine : ns.engine + QLatin1Char(' ') + shortContainer(ns.container);
}

QString NamespaceText::choice(const core::IpcNamespace &ns)
{
    if (!ns.engine.isEmpty())
        return name(ns);
    return tr("%1 (%n process(es))", nullptr, int(ns.pids.size())).arg(inode(ns.inode));
}

QString NamespaceText::toolTip(const core::IpcNamespace &ns)
{
    QStringList lines;
    lines << (ns.ours ? tr("IPC namespace %1 (inode %2): ShmScope's own, the one ipcs shows.")
                      : tr("IPC namespace %1 (inode %2)."))
                 .arg(inode(ns.inode))
                 .arg(ns.inode);
    if (!ns.engine.isEmpty())
        lines << tr("Container: %1 %2").arg(ns.engine, ns.container);
    lines << tr("%n process(es) in it.", nullptr, int(ns.pids.size()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace app
