#include "cli/rawdumpwriter.h"

#include "core/bytes/bytesource.h"

#include <QFileDevice>

namespace core {

Result<Done> RawDumpWriter::dump(const ByteSource &source, quint64 offset, std::optional<quint64> length,
                                 QIODevice *out, quint64 chunkSize)
{
    const auto count = DumpRange::checked(source, offset, length);
    if (!count.ok())
        return count.error();

    // A file we opened ourselves (truncated: what lies past its end reads as zeros) can be seeked over; a pipe
    // or a terminal cannot.
    auto *file = qobject_cast<QFileDevice *>(out);
    const bool seekable = file && !file->isSequential() && file->pos() == file->size();
    DumpRange::HoleSink holes;
    if (seekable)
        holes = [&](quint64 n) { return file->seek(file->pos() + qint64(n)); };
    const auto copied = DumpRange::copy(
        source, offset, count.value(), chunkSize,
        [&](QByteArrayView bytes) { return out->write(bytes.data(), bytes.size()) == bytes.size(); }, holes);
    if (!copied.ok())
        return copied.error();
    // Holes at the end were seeked over, never written: the file is made as long as the bytes.
    const bool whole = !copied.value().sinkRefused && (!seekable || file->resize(file->pos()));
    if (!whole)
        return Error::plain(tr("Could not write the bytes: %1.").arg(out->errorString()));
    if (!copied.value().shortRead.isEmpty())
        return Error::plain(copied.value().shortRead);
    return Done{};
}

} // namespace core
