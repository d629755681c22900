#include "app/segment/segmentdocument.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QUndoCommand>

#include <climits>

#include <utility>

namespace app {

// One edit: the bytes before and after. Redo writes `after`; undo puts `before` back only if the segment
// still holds `after`, since another process may have written there since. The bytes typed in one run are
// one edit: each typed byte's command merges into the run's (QUndoStack::push asks mergeWith), and its first
// write is not logged, as the run is logged when it ends.
class WriteCommand : public QUndoCommand
{
public:
    WriteCommand(SegmentDocument *document, quint64 offset, QByteArray before, QByteArray after,
                 const QString &text, SegmentDocument::Describe describe, int run = 0)
        : QUndoCommand(text), m_document(document), m_offset(offset), m_before(std::move(before)),
          m_after(std::move(after)), m_describe(std::move(describe)), m_run(run)
    {
    }

    void redo() override
    {
        const bool told = m_run != 0 && m_firstRedo; // a typed byte: its run tells it
        m_firstRedo = false;
        // Refused only when a POSIX object shrank under the edit: the stack drops it, nothing was written.
        if (!m_document->writeNow(m_offset, m_after, told ? core::Shm::Log::Quiet : core::Shm::Log::Record,
                                  code(m_after)))
            setObsolete(true);
    }
    void undo() override
    {
        if (!m_document->undoWrite(m_offset, m_before, m_after, code(m_before)))
            setObsolete(true); // declined: the stack drops this edit and the segment keeps what it has
    }
    [[nodiscard]] int id() const override { return m_run != 0 ? TypedRunId : -1; }
    bool mergeWith(const QUndoCommand *command) override
    {
        const auto *next = static_cast<const WriteCommand *>(command);
        // A run grows at its end or is typed over; SegmentDocument::type() ends it anywhere else.
        if (next->m_run != m_run || next->m_offset < m_offset ||
            next->m_offset > m_offset + quint64(m_after.size()))
            return false;
        const auto at = qsizetype(next->m_offset - m_offset);
        for (qsizetype i = 0; i < next->m_after.size(); ++i) {
            if (at + i < m_after.size()) {
                m_after[at + i] = next->m_after.at(i); // what it held before the run is ours already
            } else {
                m_after.append(next->m_after.at(i));
                m_before.append(next->m_before.at(i));
            }
        }
        setText(SegmentDocument::tr("Type %n byte(s) at 0x%1", nullptr, int(m_after.size()))
                    .arg(m_offset, 0, 16));
        return true;
    }

private:
    static constexpr int TypedRunId = 1;
    [[nodiscard]] QString code(const QByteArray &bytes) const
    {
        return m_describe ? m_describe(bytes) : QString();
    }

    SegmentDocument *m_document;
    quint64 m_offset;
    QByteArray m_before;
    QByteArray m_after;
    SegmentDocument::Describe m_describe;
    int m_run;
    bool m_firstRedo = true;
};

namespace {
// IPC_STAT once a second or so is enough to notice removal; every tick would be a syscall per 16 ms.
constexpr int StateCheckEveryMs = 1000;
} // namespace

SegmentDocument::SegmentDocument(std::unique_ptr<core::MappedObject> object, QObject *parent)
    : QObject(parent), m_object(std::move(object)), m_size(m_object->size()), m_freezer(*m_object)
{
    // A freeze's writes are ours: not lit nor counted as another process's change.
    connect(&m_freezer, &core::Freezer::wrote, this, &SegmentDocument::takeOwnWrite);
    m_clock.start();
    m_opened = QDateTime::currentDateTime();
    m_timer.setInterval(DefaultTickMs);
    connect(&m_timer, &QTimer::timeout, this, &SegmentDocument::tick);
    m_timer.start();
    m_state = m_object->state();
    m_shrunkTo = m_object->shrunkTo();
    m_size = m_shrunkTo.value_or(m_object->size());
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(TypingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &SegmentDocument::finishTyping);
}

SegmentDocument::~SegmentDocument()
{
    finishTyping(); // told before the detach that follows
}

void SegmentDocument::setWindow(quint64 offset, quint64 length)
{
    offset = std::min(offset, size());
    length = std::min(length, size() - offset);
    if (offset == m_windowOffset && length == m_windowLength)
        return;
    m_windowOffset = offset;
    m_windowLength = length;
    tick();
    if (m_moment)
        rebuildPast();
}

qint64 SegmentDocument::highlightAge(quint64 offset) const
{
    const qint64 at = m_tracker.changedAt(offset);
    if (at == core::ChangeTracker::Never || m_moment)
        return -1;
    return m_clock.elapsed() - at;
}

core::Result<QByteArray> SegmentDocument::read(quint64 offset, quint64 length) const
{
    return m_object->read(offset, length);
}

bool SegmentDocument::readInto(quint64 offset, char *out, quint64 length) const
{
    if (m_object->readAvailable(offset, out, length) != length)
        return false;
    m_recorder.record(offset, QByteArrayView(out, qsizetype(length)));
    return true;
}

void SegmentDocument::showMoment(std::optional<qint64> ms)
{
    if (ms == m_moment)
        return;
    if (m_moment.has_value() != ms.has_value())
        finishTyping();
    m_moment = ms;
    if (m_moment)
        rebuildPast();
    else
        m_past = {};
    emit momentChanged();
    emit windowUpdated();
}

void SegmentDocument::rebuildPast()
{
    m_past.offset = m_windowOffset;
    m_past.bytes = m_recorder.at(*m_moment, m_windowOffset, m_windowLength);
}

bool SegmentDocument::isKnown(quint64 offset) const
{
    if (!m_moment)
        return true;
    return offset >= m_past.offset && offset - m_past.offset < quint64(m_past.bytes.known.size())
           && m_past.bytes.known.at(qsizetype(offset - m_past.offset)) != 0;
}

core::ChangeRecorder::Moment SegmentDocument::momentBytes(quint64 offset, quint64 length) const
{
    return m_recorder.at(m_moment.value_or(m_recorder.lastMs()), offset, length);
}

QString SegmentDocument::pastRefusal() const
{
    return tr("The bytes shown are those of %1, not now: press Back to Live to edit.")
        .arg(timeOf(m_moment.value_or(0)).toString(QStringLiteral("HH:mm:ss.zzz")));
}

void SegmentDocument::setReadGuard(ReadGuard guard)
{
    m_readGuard = std::move(guard);
}

void SegmentDocument::tick()
{
    // The guard taken is the one given back, even when a slot of ticked() changes it meanwhile.
    std::function<void()> giveBack;
    if (m_readGuard.acquire && !m_guardHeld) {
        if (!m_readGuard.acquire()) {
            ++m_skippedTicks;
            emit tickSkipped();
            return;
        }
        m_guardHeld = true;
        giveBack = m_readGuard.release ? m_readGuard.release : [] {};
    }
    const auto release = qScopeGuard([this, &giveBack] {
        if (!giveBack)
            return;
        m_guardHeld = false;
        giveBack();
    });
    const quint64 offset = m_windowOffset;
    const quint64 length = m_windowLength;
    m_buffer.resize(qsizetype(length));
    const std::optional<quint64> copied = m_object->readAvailable(offset, m_buffer.data(), length);
    // Clamped above, so only a read through another process fails: that process has gone.
    if (!copied) {
        checkHolder();
        return;
    }
    // Short: a POSIX object shrank. The bytes past its end are not shown as zeros nor as what they were; and
    // when the size is asked (a short read, or the state check) the window ends where the object ends now.
    quint64 kept = *copied;
    m_ticksSinceStateCheck += m_timer.interval();
    if (kept < length || m_ticksSinceStateCheck >= StateCheckEveryMs) {
        checkSize();
        kept = std::min(kept, m_size - std::min(offset, m_size));
    }
    m_buffer.truncate(qsizetype(kept));
    const qint64 now = m_clock.elapsed();
    // What the window and the struct pane (while ticked() is emitted) read is one moment of the recording; a
    // tick that a write or a scroll causes while they read is part of it.
    const bool recording = !m_recorder.inTick();
    if (recording)
        m_recorder.beginTick(now);
    m_recorder.record(offset, m_buffer);
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
    if (recording)
        m_recorder.endTick();

    if (m_ticksSinceStateCheck >= StateCheckEveryMs) {
        m_ticksSinceStateCheck = 0;
        const core::MappedObject::State state = m_object->state();
        if (state != m_state) {
            m_state = state;
            emit stateChanged(state);
        }
        checkHolder();
    }
}

void SegmentDocument::checkHolder()
{
    if (m_holderGoneTold)
        return;
    if (const std::optional<qint64> pid = m_object->holderGone()) {
        m_holderGoneTold = true;
        emit holderGone(*pid);
    }
}

void SegmentDocument::checkSize()
{
    const std::optional<quint64> shrunk = m_object->shrunkTo();
    if (shrunk == m_shrunkTo)
        return;
    m_shrunkTo = shrunk;
    m_size = shrunk.value_or(m_object->size());
    m_windowOffset = std::min(m_windowOffset, m_size);
    m_windowLength = std::min(m_windowLength, m_size - m_windowOffset);
    emit sizeChanged();
}

core::Result<QByteArray> SegmentDocument::bytesBefore(quint64 offset, quint64 length) const
{
    if (!isWritable())
        return core::Error::plain(m_object->readOnlyRefusal());
    auto bytes = m_object->read(offset, length);
    if (bytes.ok() && quint64(bytes.value().size()) < length)
        return core::Error::plain(shrankMessage(offset + quint64(bytes.value().size())));
    return bytes;
}

QString SegmentDocument::shrankMessage(quint64 end) const
{
    return tr("%1 has shrunk to %n byte(s) since it was opened: there is nothing at offset %2 to edit.", nullptr,
              int(std::min<quint64>(m_object->shrunkTo().value_or(end), INT_MAX)))
        .arg(m_object->name())
        .arg(end);
}

core::Result<core::Done> SegmentDocument::write(quint64 offset, const QByteArray &bytes,
                                                const QString &description, const Describe &describe)
{
    finishTyping();
    if (m_moment)
        return core::Error::plain(pastRefusal());
    const auto before = bytesBefore(offset, quint64(bytes.size()));
    if (!before.ok())
        return before.error();
    if (before.value() == bytes)
        return core::Done{};
    m_undo.push(new WriteCommand(this, offset, before.value(), bytes, description, describe));
    return core::Done{};
}

core::Result<core::Done> SegmentDocument::type(quint64 offset, char byte)
{
    if (m_moment)
        return core::Error::plain(pastRefusal());
    cursorMovedTo(offset);
    const auto before = bytesBefore(offset, 1);
    if (!before.ok())
        return before.error();
    if (!m_run) {
        m_run = TypingRun{offset, {}};
        ++m_runNumber;
    }
    const auto at = qsizetype(offset - m_run->offset);
    if (at == m_run->bytes.size())
        m_run->bytes.append(byte);
    else
        m_run->bytes[at] = byte;
    // Pushed even when the byte holds that value already: the run's one write and its one undo cover every
    // byte typed.
    m_undo.push(new WriteCommand(this, offset, before.value(), QByteArray(1, byte),
                                 tr("Type %n byte(s) at 0x%1", nullptr, 1).arg(offset, 0, 16), {},
                                 m_runNumber));
    m_typingPause.start();
    return core::Done{};
}

void SegmentDocument::cursorMovedTo(quint64 offset)
{
    if (m_run && (offset < m_run->offset || offset > m_run->offset + quint64(m_run->bytes.size())))
        finishTyping();
}

void SegmentDocument::finishTyping()
{
    m_typingPause.stop();
    if (!m_run)
        return;
    const TypingRun run = *std::exchange(m_run, std::nullopt);
    m_object->logWrite(run.offset, run.bytes);
}

void SegmentDocument::undo()
{
    finishTyping();
    if (m_moment) {
        emit writeRefused(pastRefusal());
        return;
    }
    m_undo.undo();
}

void SegmentDocument::redo()
{
    finishTyping();
    if (m_moment) {
        emit writeRefused(pastRefusal());
        return;
    }
    m_undo.redo();
}

bool SegmentDocument::writeNow(quint64 offset, const QByteArray &bytes, core::Shm::Log log,
                               const QString &code)
{
    // Checked in write() before the command was pushed; only a POSIX object's shrink since can refuse it.
    const auto written = m_object->write(offset, bytes, log, code);
    if (!written.ok()) {
        checkSize();
        emit writeRefused(written.error().message);
        return false;
    }
    takeOwnWrite(offset, bytes);
    tick();
    return true;
}

void SegmentDocument::takeOwnWrite(quint64 offset, const QByteArray &bytes)
{
    // Into the tracker's copy before the tick reads the window again: the tick then sees only what others
    // changed.
    m_tracker.ownWrite(offset, bytes, m_clock.elapsed());
    emit wroteOwn(offset, bytes);
}

bool SegmentDocument::undoWrite(quint64 offset, const QByteArray &before, const QByteArray &after,
                                const QString &code)
{
    const auto now = m_object->read(offset, quint64(after.size()));
    if (!now.ok())
        return false;
    if (now.value().size() < after.size()) { // a POSIX object shrank since the edit
        checkSize();
        emit writeRefused(shrankMessage(offset + quint64(now.value().size())));
        return false;
    }
    if (now.value() != after && !(m_conflictHandler && m_conflictHandler(offset, after, now.value())))
        return false;
    return writeNow(offset, before, core::Shm::Log::Record, code);
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
