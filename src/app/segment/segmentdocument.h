#pragma once

#include "core/bytes/changetracker.h"
#include "core/freeze/freezer.h"
#include "core/kernel/mappedobject.h"
#include "core/snapshots/changerecorder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace app {

// One attached segment or mapped POSIX object as the panes see it: the window of bytes on screen, re-read on a
// timer and diffed, and edits that go through an undo stack. Views ask it for the visible window only.
//
// A POSIX object may shrink while we map it (another process's ftruncate): size() is then its new size, the
// window is cut there and no read or write goes past it; it grows back as far as the size it was opened with.
// A read that comes back short tells of a shrink at once; the state check, about once a second, of a growth.
class SegmentDocument : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTickMs = 100;
    static constexpr int MinimumTickMs = 16;
    static constexpr int MaximumTickMs = 10000;
    static constexpr qint64 HighlightMs = 2000;

    explicit SegmentDocument(std::unique_ptr<core::MappedObject> object, QObject *parent = nullptr);
    ~SegmentDocument() override;

    [[nodiscard]] const core::MappedObject &object() const { return *m_object; }
    // The bytes there are to show: the object's size, or less when it has shrunk since it was opened.
    [[nodiscard]] quint64 size() const { return m_size; }
    // The size it has shrunk to, nullopt when it has not.
    [[nodiscard]] std::optional<quint64> shrunkTo() const { return m_shrunkTo; }
    [[nodiscard]] bool isWritable() const { return m_object->isWritable(); }
    [[nodiscard]] core::MappedObject::State state() const { return m_state; }
    // The fields and bytes held at a value of ours (read-write only); its writes are taken as our own, and
    // it goes with the document: closing the tab ends every freeze before the detach.
    [[nodiscard]] core::Freezer &freezer() { return m_freezer; }
    [[nodiscard]] const core::Freezer &freezer() const { return m_freezer; }

    // The bytes a view shows. The document reads this range at once and on every tick.
    void setWindow(quint64 offset, quint64 length);
    // The window's bytes as the panes show them: read at the last tick, or at the moment shown (showMoment).
    [[nodiscard]] quint64 windowOffset() const { return m_moment ? m_past.offset : m_tracker.windowOffset(); }
    [[nodiscard]] const QByteArray &window() const
    {
        return m_moment ? m_past.bytes.bytes : m_tracker.window();
    }
    // ms since the byte at offset last changed, or -1 (never, or not in the window, or a moment in the past).
    [[nodiscard]] qint64 highlightAge(quint64 offset) const;
    // True when the byte's last change was our own edit (or undo), not another process's.
    [[nodiscard]] bool changedByUs(quint64 offset) const { return m_tracker.changedByUs(offset); }
    // The time slider: what every tick read is recorded (the hex window and the struct rows on screen, which
    // read through readInto() while ticked() is emitted), and the panes may show a moment of the recording
    // instead of now. Ticks go on reading and recording meanwhile; edits and undo are refused.
    [[nodiscard]] const core::ChangeRecorder &recorder() const { return m_recorder; }
    // The recorder's memory budget (bytes): the oldest changes go first when it is reached.
    void setRecorderBudget(quint64 bytes) { m_recorder.setBudget(bytes); }
    // The document's clock (ms since it was opened), which the recorder's moments are told in.
    [[nodiscard]] qint64 clockMs() const { return m_clock.elapsed(); }
    // The wall-clock time of a moment of that clock.
    [[nodiscard]] QDateTime timeOf(qint64 ms) const { return m_opened.addMSecs(ms); }
    // Shows the moment `ms` of the recording; nullopt returns to now (live).
    void showMoment(std::optional<qint64> ms);
    [[nodiscard]] std::optional<qint64> moment() const { return m_moment; }
    // Whether the byte at offset of the window shown is known: always live, only when recorded in the past.
    [[nodiscard]] bool isKnown(quint64 offset) const;
    // Any range as recorded at the moment shown (all of it known or not), for the struct pane.
    [[nodiscard]] core::ChangeRecorder::Moment momentBytes(quint64 offset, quint64 length) const;
    // Why an edit is refused while a moment in the past is shown.
    [[nodiscard]] QString pastRefusal() const;
    // Any range of the segment, read now (for copy and search); bounded like every read, and short when a
    // POSIX object has shrunk.
    [[nodiscard]] core::Result<QByteArray> read(quint64 offset, quint64 length) const;
    // The same into `out` (length bytes) without allocating, for what is read on every tick; false when the
    // range is not all in the object (nothing is read then, or not all of it).
    [[nodiscard]] bool readInto(quint64 offset, char *out, quint64 length) const;

    // The C statement that writing `bytes` at a write's offset stands for ("stpid->pid = 4242;"), for the
    // call log; asked again for the bytes an undo puts back.
    using Describe = std::function<QString(const QByteArray &bytes)>;
    // Writes through the undo stack, in one memcpy, recorded in the call log with what `describe` says.
    // Refused with a message when read-only or out of bounds.
    core::Result<core::Done> write(quint64 offset, const QByteArray &bytes, const QString &description,
                                   const Describe &describe = {});
    // A typed byte: written at once (another process may be watching), but told in the call log and undone
    // as one with the bytes typed next to it. The run ends, and is logged as one memcpy, when a byte is
    // typed elsewhere, at finishTyping(), after a pause of TypingPauseMs, and before any other write or
    // undo.
    core::Result<core::Done> type(quint64 offset, char byte);
    // Where the cursor went: off the typed run (and off its end, where typing goes on) ends it.
    void cursorMovedTo(quint64 offset);
    void finishTyping();
    static constexpr int TypingPauseMs = 1500;
    [[nodiscard]] QUndoStack *undoStack() { return &m_undo; }
    // The stack's undo and redo, after the typed run is told.
    void undo();
    void redo();
    // Asked when an undo would overwrite bytes that another process changed after our edit; true = undo anyway.
    using ConflictHandler = std::function<bool(quint64 offset, const QByteArray &ours, const QByteArray &now)>;
    void setConflictHandler(ConflictHandler handler) { m_conflictHandler = std::move(handler); }

    // Taken around each tick's reads (the window's bytes, and the struct pane's rows read while ticked() is
    // emitted): the Race lesson's semaphore, so that the window reads the record only between two writes.
    // acquire() false skips the tick (the lock is busy: nothing is read, nothing changes); release() follows
    // every acquire() that gave true. Empty functions: none.
    struct ReadGuard
    {
        std::function<bool()> acquire;
        std::function<void()> release;
    };
    void setReadGuard(ReadGuard guard);
    [[nodiscard]] bool hasReadGuard() const { return bool(m_readGuard.acquire); }
    // Ticks skipped because the guard was busy, since the document was opened.
    [[nodiscard]] quint64 skippedTicks() const { return m_skippedTicks; }

    void setTickInterval(int ms); // clamped to [MinimumTickMs, MaximumTickMs]
    [[nodiscard]] int tickInterval() const { return m_timer.interval(); }
    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return !m_timer.isActive(); }

    // Changes by other processes: our own edits are not counted.
    [[nodiscard]] quint64 changeEvents() const { return m_tracker.changeEvents(); }
    [[nodiscard]] quint64 changedBytes() const { return m_tracker.totalChangedBytes(); }
    // Wall-clock time of the last change another process made, invalid when none.
    [[nodiscard]] QDateTime lastChangeTime() const { return m_lastChangeTime; }

public slots:
    // Reads the window now and diffs it with the last tick.
    void tick();

signals:
    void windowUpdated(); // bytes or highlight ages in the window may differ: repaint
    void ticked();        // a tick has run: other views of the segment may read it now
    void bytesChanged(qsizetype count);
    // A tick was skipped: the read guard was busy.
    void tickSkipped();
    void stateChanged(core::MappedObject::State state);
    // The process we read through (core::ObservedSegment) no longer maps the object: told once.
    void holderGone(qint64 pid);
    // A POSIX object shrank or grew back: size() and shrunkTo() say to what.
    void sizeChanged();
    // A write of an edit or undo found the object shrunk under it: nothing past its new end was written.
    void writeRefused(const QString &message);
    // We wrote `bytes` at `offset` (an edit, an undo): what other views track takes them as ours.
    void wroteOwn(quint64 offset, const QByteArray &bytes);
    // The panes show another moment (or now again): read the window and the fields again.
    void momentChanged();

private:
    friend class WriteCommand;
    // The bytes an edit at offset replaces, or why it may not be made.
    [[nodiscard]] core::Result<QByteArray> bytesBefore(quint64 offset, quint64 length) const;
    bool undoWrite(quint64 offset, const QByteArray &before, const QByteArray &after, const QString &code);
    // False, with writeRefused(), when the object refused it (it shrank after the check).
    bool writeNow(quint64 offset, const QByteArray &bytes, core::Shm::Log log, const QString &code);
    // Why an edit that reaches `end` or past it cannot be made: the object has shrunk.
    [[nodiscard]] QString shrankMessage(quint64 end) const;
    // We wrote `bytes` at `offset` (an edit, an undo, a freeze): the views take them as ours.
    void takeOwnWrite(quint64 offset, const QByteArray &bytes);
    // Asks the object's size now; on a change, cuts the window to it and tells.
    void checkSize();
    // The window's bytes at the moment shown, from the recorder.
    void rebuildPast();

    // The bytes typed in one run, from its first offset: what its one log line will say.
    struct TypingRun
    {
        quint64 offset = 0;
        QByteArray bytes;
    };

    std::unique_ptr<core::MappedObject> m_object;
    quint64 m_size;
    std::optional<quint64> m_shrunkTo;
    core::ChangeTracker m_tracker;
    core::Freezer m_freezer; // after m_object: destroyed, and stops writing, before it
    QByteArray m_buffer; // reused by every tick: no allocation per tick
    quint64 m_windowOffset = 0; // what the view asked for; the tracker holds what was last read
    quint64 m_windowLength = 0;
    QElapsedTimer m_clock;
    QDateTime m_opened; // the wall-clock time m_clock started at
    // Written by readInto() (const: it reads) while a tick runs: the struct pane's reads are recorded too.
    mutable core::ChangeRecorder m_recorder;
    std::optional<qint64> m_moment;
    struct Past
    {
        quint64 offset = 0;
        core::ChangeRecorder::Moment bytes;
    };
    Past m_past; // the window at m_moment
    QTimer m_timer;
    QUndoStack m_undo;
    ConflictHandler m_conflictHandler;
    core::MappedObject::State m_state = core::MappedObject::State::Alive;
    int m_ticksSinceStateCheck = 0;
    bool m_holderGoneTold = false;
    // Emits holderGone() the first time the object says its holder is gone.
    void checkHolder();
    QDateTime m_lastChangeTime;
    std::optional<TypingRun> m_run;
    int m_runNumber = 0; // tells one run's undo commands, which merge, from the next run's
    QTimer m_typingPause;
    ReadGuard m_readGuard;
    bool m_guardHeld = false; // a tick holds the guard: a tick inside it (a write's) does not take it again
    quint64 m_skippedTicks = 0;
};

} // namespace app
