#include "core/shmname.h"

#include <QStringDecoder>

namespace core {

Result<QByteArray> ShmName::check(QByteArrayView name)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder(name);
    // The name as it can be shown: its bad bytes as U+FFFD, quoted.
    const QString shown = QLatin1Char('"') + decoded + QLatin1Char('"');
    if (name.isEmpty())
        return Error::plain(
            tr("a POSIX shared memory name is not empty: it is / and a name, such as /st_pid."));
    if (!name.startsWith('/') || name.indexOf('/', 1) >= 0)
        return Error::plain(
            tr("a POSIX shared memory name starts with / and has no other /: %1.").arg(shown));
    const QByteArrayView rest = name.sliced(1);
    if (rest.isEmpty())
        return Error::plain(tr("a POSIX shared memory name has at least one byte after its /."));
    if (rest == "." || rest == "..")
        return Error::plain(tr("a POSIX shared memory name may not be /. or /..: they name directories."));
    if (rest.size() > MaxBytes)
        return Error::plain(
            tr("a POSIX shared memory name has at most %1 bytes after its /; this one has %2.")
                .arg(MaxBytes)
                .arg(rest.size()));
    if (rest.contains('\0'))
        return Error::plain(tr("a POSIX shared memory name has no NUL byte: %1.").arg(shown));
    if (decoder.hasError())
        return Error::plain(
            tr("a POSIX shared memory name is valid UTF-8 text; this one is not: %1.").arg(shown));
    return name.toByteArray();
}

} // namespace core
