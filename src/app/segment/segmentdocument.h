#pragma once

#include "core/bytes/changetracker.h"
#include "core/kernel/attachment.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace app {

// One attached segment as the panes see it: the window of bytes on screen, re-read on a timer and
// diffed, and edits that go through an undo stack. Views ask it for the visible window only.
class SegmentDocument : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTickMs = 100;
    static constexpr int MinimumTickMs = 16;
    static constexpr int MaximumTickMs = 10000;
    static constexpr qint64 HighlightMs = 2000;

    explicit SegmentDocument(std::unique_ptr<core::Attachment> attachment, QObject *parent = nullptr);
    ~SegmentDocument() override;

    [[nodiscard]] const core::Attachment &attachment() const { return *m_attachment; }
    [[nodiscard]] quint64 size() const { return m_attachment->size(); }
    [[nodiscard]] bool isWritable() const { return m_attachment->isWritable(); }
    [[nodiscard]] core::Attachment::State state() const { return m_state; }

    // The bytes a view shows. The document reads this range at once and on every tick.
    void setWindow(quint64 offset, quint64 length);
    [[nodiscard]] quint64 windowOffset() const { return m_tracker.windowOffset(); }
    [[nodiscard]] const QByteArray &window() const { return m_tracker.window(); }
    // ms since the byte at offset last changed, or -1 (never, or not in the window).
    [[nodiscard]] qint64 highlightAge(quint64 offset) const;
    // Any range of the segment, read now (for copy and search); bounded like every read.
    [[nodiscard]] core::Result<QByteArray> read(quint64 offset, quint64 length) const;

    // Writes through the undo stack. Refused with a message when read-only or out of bounds.
    core::Result<core::Done> write(quint64 offset, const QByteArray &bytes, const QString &description);
    [[nodiscard]] QUndoStack *undoStack() { return &m_undo; }
    // Asked when an undo would overwrite bytes that another process changed after our edit; true = undo anyway.
    using ConflictHandler = std::function<bool(quint64 offset, const QByteArray &ours, const QByteArray &now)>;
    void setConflictHandler(ConflictHandler handler) { m_conflictHandler = std::move(handler); }

    void setTickInterval(int ms); // clamped to [MinimumTickMs, MaximumTickMs]
    [[nodiscard]] int tickInterval() const { return m_timer.interval(); }
    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return !m_timer.isActive(); }

    [[nodiscard]] quint64 changeEvents() const { return m_tracker.changeEvents(); }
    [[nodiscard]] quint64 changedBytes() const { return m_tracker.totalChangedBytes(); }
    // Wall-clock time of the last change seen, invalid when none.
    [[nodiscard]] QDateTime lastChangeTime() const { return m_lastChangeTime; }

public slots:
    // Reads the window now and diffs it with the last tick.
    void tick();

signals:
    void windowUpdated(); // bytes or highlight ages in the window may differ: repaint
    void ticked();        // a tick has run: other views of the segment may read it now
    void bytesChanged(qsizetype count);
    void stateChanged(core::Attachment::State state);

private:
    friend class WriteCommand;
    bool undoWrite(quint64 offset, const QByteArray &before, const QByteArray &after);
    void writeNow(quint64 offset, const QByteArray &bytes);

    std::unique_ptr<core::Attachment> m_attachment;
    core::ChangeTracker m_tracker;
    QByteArray m_buffer; // reused by every tick: no allocation per tick
    quint64 m_windowOffset = 0; // what the view asked for; the tracker holds what was last read
    quint64 m_windowLength = 0;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QUndoStack m_undo;
    ConflictHandler m_conflictHandler;
    core::Attachment::State m_state = core::Attachment::State::Alive;
    int m_ticksSinceStateCheck = 0;
    QDateTime m_lastChangeTime;
};

} // namespace app
