#include "core/posix/posixobject.h"

#include <QSet>

namespace core {

QByteArray PosixObject::shmName() const
{
    if (pathBytes.isEmpty())
        return {};
    return '/' + pathBytes.mid(pathBytes.lastIndexOf('/') + 1);
}

QString PosixObject::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Posix:
        return QStringLiteral("posix");
    case Kind::PosixDeleted:
        return QStringLiteral("posix-deleted");
    case Kind::Memfd:
        return QStringLiteral("memfd");
    case Kind::PosixSemaphore:
        return QStringLiteral("posix-semaphore");
    }
    Q_UNREACHABLE();
}

qsizetype PosixObject::holderProcessCount() const
{
    QSet<qint64> pids;
    for (const PosixHolder &holder : holders)
        pids.insert(holder.pid);
    return pids.size();
}

} // namespace core
