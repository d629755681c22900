#include "cli/ipcstable.h"

#include "core/bytes/byteformat.h"

#include <QStringList>

namespace core {

QByteArray IpcsTable::column(QByteArray text, qsizetype width, bool truncate)
{
    if (truncate && text.size() > width) {
        qsizetype cut = width;
        while (cut > 0 && (uchar(text.at(cut)) & 0xc0) == 0x80)
            --cut;
        text.truncate(cut);
    }
    return text.leftJustified(width, ' ');
}

QByteArray IpcsTable::owner(const QString &name)
{
    return column(ByteFormat::escaped(name.toUtf8()).toUtf8(), 10, true);
}

QByteArray IpcsTable::namespaceHeader(const IpcNamespace &ns)
{
    QStringList about;
    if (ns.ours)
        about << QStringLiteral("ours");
    if (!ns.engine.isEmpty())
        about << ns.engine + QLatin1Char(' ') + ns.container;
    about << (ns.pids.size() == 1 ? QStringLiteral("1 process") : QStringLiteral("%1 processes").arg(ns.pids.size()));
    return QStringLiteral("IPC namespace ipc:[%1] (%2)\n").arg(ns.inode).arg(about.join(QStringLiteral(", "))).toUtf8();
}

} // namespace core
