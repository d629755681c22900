#include "cli/dumprange.h"

#include "core/bytes/bytesource.h"
#include "core/translations.h"

#include <QByteArray>

#include <algorithm>

namespace core {

Result<quint64> DumpRange::checked(const ByteSource &source, quint64 offset, std::optional<quint64> length)
{
    const quint64 size = source.size();
    const std::optional<int> shmid = source.shmid();
    if (offset > size)
        return Error::plain(shmid ? tr("Offset %1 is past the end of segment %2, which has %3 byte(s).",
                                       nullptr, core::Translations::numerus(size))
                                        .arg(offset)
                                        .arg(*shmid)
                                        .arg(size)
                                  : tr("Offset %1 is past the end of %2, whose size is %3.")
                                        .arg(offset)
                                        .arg(source.name())
                                        .arg(size));
    const quint64 count = length.value_or(size - offset);
    if (count > size - offset)
        return Error::plain(
            shmid ? tr("%1 byte(s) from offset %2 run past the end of segment %3: from there, "
                       "--length can be at most %4.",
                       nullptr, core::Translations::numerus(count))
                        .arg(count)
                        .arg(offset)
                        .arg(*shmid)
                        .arg(size - offset)
                  : tr("--length %1 from offset %2 runs past the end of %3: from there, --length "
                       "can be at most %4.")
                        .arg(count)
                        .arg(offset)
                        .arg(source.name())
                        .arg(size - offset));
    return count;
}

Result<DumpRange::Copied> DumpRange::copy(const ByteSource &source, quint64 offset, quint64 count,
                                          quint64 chunkSize, const Sink &sink, const HoleSink &holes)
{
    if (chunkSize == 0)
        chunkSize = DefaultChunkSize;
    Copied copied;
    QByteArray chunk;
    for (quint64 done = 0; done < count;) {
        const quint64 n = std::min(chunkSize, count - done);
        if (holes && source.isHole(offset + done, n)) {
            if (!holes(n)) {
                copied.sinkRefused = true;
                return copied;
            }
            done += n;
            continue;
        }
        if (chunk.isEmpty())
            chunk.resize(qsizetype(std::min(chunkSize, count)));
        const auto read = source.readInto(offset + done, chunk.data(), n);
        if (!read.ok())
            return read.error();
        if (!sink(QByteArrayView(chunk.constData(), qsizetype(read.value())))) {
            copied.sinkRefused = true;
            return copied;
        }
        if (read.value() < n) { // shrunk under us: what is left was handed on, and then it is said
            copied.shortRead = source.shortReadReason();
            return copied;
        }
        done += n;
    }
    return copied;
}

} // namespace core
