#include "core/freeze/freezer.h"

#include "core/kernel/mappedobject.h"
#include "core/layout/fieldcodec.h"

#include <algorithm>

namespace core {

Freezer::Freezer(MappedObject &object, QObject *parent) : QObject(parent), m_object(object)
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Freezer::enforce);
}

Result<Done> Freezer::mayFreeze(const StructField &field)
{
    if (field.isBitField())
        return Error::plain(
            tr("%1 is a bitfield: its bytes hold other fields' bits too, which a freeze would "
               "hold as well. Freeze the bytes in the hex view if that is what you want.")
                .arg(field.displayName()));
    return Done{};
}

Result<QByteArray> Freezer::valueOf(const StructField &field, const QString &text)
{
    if (const auto refused = mayFreeze(field); !refused.ok())
        return refused.error();
    const auto write = FieldCodec::encode(field, text);
    if (!write.ok())
        return write.error();
    QByteArray bytes = write.value().bytes;
    // A text is held whole, NULs after it to the array's end: what the field shows is then all that is held,
    // and a longer name another process writes leaves no tail behind our shorter one.
    if (field.kind == StructField::Kind::String)
        bytes.append(QByteArray(qsizetype(field.size) - bytes.size(), '\0'));
    return bytes;
}

Result<Done> Freezer::freeze(quint64 offset, const QByteArray &bytes, const QString &name,
                             const QString &code)
{
    if (const auto refused = check(offset, quint64(bytes.size()), name); !refused.ok())
        return refused;
    // Told once, as the C it stands for; the rewrites that follow are not told one by one.
    const QString told =
        tr("/* frozen: rewritten every %1 ms while another process changes it */").arg(interval());
    const auto written = m_object.write(offset, bytes, MappedObject::Log::Record,
                                        code.isEmpty() ? told : code + QLatin1Char(' ') + told);
    if (!written.ok())
        return written.error();
    removeOverlapping(offset, quint64(bytes.size()));
    m_ranges.append(Range{offset, bytes, name, 0});
    emit wrote(offset, bytes);
    updateTimer();
    emit changed();
    return Done{};
}

Result<Done> Freezer::freezeCurrent(quint64 offset, quint64 length, const QString &name, const QString &code)
{
    if (const auto refused = check(offset, length, name); !refused.ok())
        return refused;
    const auto now = m_object.read(offset, length);
    if (!now.ok())
        return now.error();
    if (quint64(now.value().size()) < length) // a POSIX object shrank under the range
        return outside(name);
    return freeze(offset, now.value(), name, code);
}

Result<Done> Freezer::check(quint64 offset, quint64 length, const QString &name) const
{
    if (!m_object.isWritable())
        return Error::plain(m_object.readOnlyRefusal());
    if (length == 0 || !m_object.contains(offset, length))
        return outside(name);
    return Done{};
}

Error Freezer::outside(const QString &name) const
{
    return Error::plain(tr("%1 does not lie inside %2, which ends at offset %3: nothing is frozen.")
                            .arg(name, m_object.name())
                            .arg(m_object.size()));
}

qsizetype Freezer::unfreeze(quint64 offset, quint64 length)
{
    const qsizetype removed = removeOverlapping(offset, length);
    if (removed > 0) {
        updateTimer();
        emit changed();
    }
    return removed;
}

void Freezer::unfreezeAll()
{
    unfreeze(0, m_object.size());
}

const Freezer::Range *Freezer::find(quint64 offset, quint64 length) const
{
    for (const Range &range : m_ranges) {
        if (range.offset == offset && quint64(range.bytes.size()) == length)
            return &range;
    }
    return nullptr;
}

bool Freezer::overlaps(quint64 offset, quint64 length) const
{
    return std::any_of(m_ranges.cbegin(), m_ranges.cend(), [&](const Range &range) {
        return range.offset < offset + length && offset < range.offset + quint64(range.bytes.size());
    });
}

qsizetype Freezer::removeOverlapping(quint64 offset, quint64 length)
{
    return m_ranges.removeIf([&](const Range &range) {
        return range.offset < offset + length && offset < range.offset + quint64(range.bytes.size());
    });
}

void Freezer::setInterval(int ms)
{
    m_timer.setInterval(std::clamp(ms, MinimumIntervalMs, MaximumIntervalMs));
}

void Freezer::updateTimer()
{
    if (m_ranges.isEmpty())
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

void Freezer::enforce()
{
    bool fought = false;
    QStringList refusals;
    for (qsizetype i = 0; i < m_ranges.size();) {
        Range &range = m_ranges[i];
        const auto length = quint64(range.bytes.size());
        m_buffer.resize(range.bytes.size());
        const std::optional<quint64> copied = m_object.readAvailable(range.offset, m_buffer.data(), length);
        if (copied == length && m_buffer == range.bytes) {
            ++i;
            continue;
        }
        const auto written = m_object.write(range.offset, range.bytes, MappedObject::Log::Quiet);
        if (!written.ok()) {
            refusals.append(tr("%1 is no longer frozen: %2").arg(range.name, written.error().message));
            m_ranges.removeAt(i);
            continue;
        }
        ++range.fought;
        fought = true;
        emit wrote(range.offset, range.bytes);
        ++i;
    }
    if (!refusals.isEmpty())
        updateTimer();
    if (fought || !refusals.isEmpty())
        emit changed();
    for (const QString &refusal : std::as_const(refusals))
        emit stopped(refusal);
}

} // namespace core
