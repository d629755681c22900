#pragma once

#include "core/sysvipc/semaphoresetinfo.h"

#include <QElapsedTimer>
#include <QList>
#include <QWidget>

#include <optional>

class QLabel;

namespace app {

class SegmentDocument;

// Beside a segment, the semaphore set of the same key (the lesson's lock): each semaphore's value, lit when
// it changes as bytes are, and who waits on it. The set comes from the refresh's scan (showSet); its values
// and wait counts are read again at every tick of the segment's document (semctl GETALL once, GETNCNT and
// GETZCNT a semaphore shown; quiet: not in the call log), so that a lock taken and given back ten times a
// second is seen. Hidden while the key has no set.
class SemaphoreStrip : public QWidget
{
    Q_OBJECT

public:
    // Only the first semaphores of a large set are shown and read each tick: cost follows the screen.
    static constexpr int MaxShown = 16;

    explicit SemaphoreStrip(SegmentDocument *document, QWidget *parent = nullptr);

    // The scan's set of the segment's key, or nullopt when the key has none (or is IPC_PRIVATE).
    void showSet(const std::optional<core::SemaphoreSetInfo> &set);
    [[nodiscard]] int semid() const { return m_set ? m_set->semid : -1; }
    // The values read last, one a semaphore shown; whether semaphore `num` changed within the highlight time.
    [[nodiscard]] const QList<int> &values() const { return m_values; }
    [[nodiscard]] bool isLit(int num) const;
    // What the strip says, as plain text (for tests and screen readers).
    [[nodiscard]] QString text() const;
    void setHighContrast(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Reads the values and wait counts now; on a change, lights it.
    void poll();
    void render();
    [[nodiscard]] QString waitersText() const;

    SegmentDocument *m_document;
    QLabel *m_title;
    QLabel *m_valuesLabel;
    QLabel *m_waitersLabel;
    std::optional<core::SemaphoreSetInfo> m_set;
    QString m_readError; // why the values could not be read (the set was removed), empty when they were
    QList<int> m_values;
    QList<int> m_ncnt;
    QList<int> m_zcnt;
    QList<qint64> m_changedAt; // ms of m_clock, -1 never
    QElapsedTimer m_clock;
    bool m_highContrast = false;
};

} // namespace app
