#include "app/segment/segmentdocument.h"

#include <QDateTime>
#include <QUndoCommand>

namespace app {

// One edit: the bytes before and after. Redo writes `after`; undo puts `before` back only if the segment
// still holds `after`, since another process may have written there since.
class WriteCommand : public QUndoCommand
{
public:
    WriteCommand(SegmentDocument *document, quint64 offset, QByteArray before, QByteArray after,
                 const QString &text)
        : QUndoCommand(text), m_document(document), m_offset(offset), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }

    void redo() override { m_document->writeNow(m_offset, m_after); }
    void undo() override
    {
        if (!m_document->undoWrite(m_offset, m_before, m_after))
            setObsolete(true); // declined: the stack drops this edit and the segment keeps what it has
    }

private:
    SegmentDocument *m_document;
    quint64 m_offset;
    QByteArray m_before;
    QByteArray m_after;
};

namespace {
// IPC_STAT once a second or so is enough to notice removal; every tick would be a syscall per 16 ms.
constexpr int StateCheckEveryMs = 1000;
} // namespace

SegmentDocument::SegmentDocument(std::unique_ptr<core::Attachment> attachment, QObject *parent)
    : QObject(parent), m_attachment(std::move(attachment))
{
    m_clock.start();
    m_timer.setInterval(DefaultTickMs);
    connect(&m_timer, &QTimer::timeout, this, &SegmentDocument::tick);
    m_timer.start();
    m_state = m_attachment->state();
}

SegmentDocument::~SegmentDocument() = default;

void SegmentDocument::setWindow(quint64 offset, quint64 length)
{
    offset = std::min(offset, size());
    length = std::min(length, size() - offset);
    if (offset == m_windowOffset && length == m_windowLength)
        return;
    m_windowOffset = offset;
    m_windowLength = length;
    tick();
}

qint64 SegmentDocument::highlightAge(quint64 offset) const
{
    const qint64 at = m_tracker.changedAt(offset);
    if (at == core::ChangeTracker::Never)
        return -1;
    return m_clock.elapsed() - at;
}

core::Result<QByteArray> SegmentDocument::read(quint64 offset, quint64 length) const
{
    return m_attachment->read(offset, length);
}

void SegmentDocument::tick()
{
    const quint64 offset = m_windowOffset;
    const quint64 length = m_windowLength;
    m_buffer.resize(qsizetype(length));
    if (!m_attachment->readInto(offset, m_buffer.data(), length))
        return; // cannot happen: clamped above; kept as the one place that could read out of bounds
    const qint64 now = m_clock.elapsed();
    const qsizetype changed = m_tracker.update(offset, m_buffer, now);
    if (changed > 0) {
        m_lastChangeTime = QDateTime::currentDateTime();
        emit bytesChanged(changed);
    }
    const bool fading = m_tracker.lastChangeMs() != core::ChangeTracker::Never
                        && now - m_tracker.lastChangeMs() <= HighlightMs;
    if (changed > 0 || fading)
        emit windowUpdated();
    emit ticked();

    m_ticksSinceStateCheck += m_timer.interval();
    if (m_ticksSinceStateCheck >= StateCheckEveryMs) {
        m_ticksSinceStateCheck = 0;
        const core::Attachment::State now = m_attachment->state();
        if (now != m_state) {
            m_state = now;
            emit stateChanged(now);
        }
    }
}

core::Result<core::Done> SegmentDocument::write(quint64 offset, const QByteArray &bytes, const QString &description)
{
    if (!isWritable())
        return core::Error::plain(tr("Segment %1 is attached read-only: attach it read-write to edit.")
                                  .arg(m_attachment->shmid()));
    auto before = m_attachment->read(offset, quint64(bytes.size()));
    if (!before.ok())
        return before.error();
    if (before.value() == bytes)
        return core::Done{};
    m_undo.push(new WriteCommand(this, offset, before.value(), bytes, description));
    return core::Done{};
}

void SegmentDocument::writeNow(quint64 offset, const QByteArray &bytes)
{
    // Checked in write() before the command was pushed; the size of a segment never changes.
    const auto written = m_attachment->write(offset, bytes);
    Q_ASSERT(written.ok());
    tick();
}

bool SegmentDocument::undoWrite(quint64 offset, const QByteArray &before, const QByteArray &after)
{
    const auto now = m_attachment->read(offset, quint64(after.size()));
    if (!now.ok())
        return false;
    if (now.value() != after && !(m_conflictHandler && m_conflictHandler(offset, after, now.value())))
        return false;
    writeNow(offset, before);
    return true;
}

void SegmentDocument::setTickInterval(int ms)
{
    m_timer.setInterval(std::clamp(ms, MinimumTickMs, MaximumTickMs));
}

void SegmentDocument::setPaused(bool paused)
{
    if (paused)
        m_timer.stop();
    else
        m_timer.start();
}

} // namespace app
