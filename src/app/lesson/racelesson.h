#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace app {

class LessonWriter;
class SegmentTab;

// Lesson > Race, its steps run for real: two slow shmdemo writers without a lock tear the lesson's record
// and the window counts the torn records it reads (core::RaceRecord); then the writers start again with
// --lock, the window's own reads of the record take the semaphore of the same key too, and no new torn
// record is seen; then everything the race made is stopped and removed. The pane (RacePane) says each step
// in a sentence; this class does them.
class RaceLesson : public QObject
{
    Q_OBJECT

public:
    enum class Step {
        Ready,    // nothing runs
        Unlocked, // step 1: two writers without a lock
        Locked,   // step 2: the writers and the window's reads take the semaphore
        Stopped,  // step 3 done: the writers ended, what the race made removed (or kept)
    };
    // The lesson's key, the writers' names and how often each renames itself: a slow write of the record takes
    // about a fifth of it, so that with the lock the window still finds the semaphore free between writes. Not
    // a multiple of any tick the window offers (steps of 50 ms): with 300 ms and ticks of 100 ms the moments the
    // window reads could stay in step beside the writes and never fall inside one; 290 makes them drift across.
    static constexpr qint32 DefaultKey = 0x1234;
    static constexpr int EveryMs = 290;
    static const char *const WriterNames[2];

    // `attach` opens the segment of shmid read-only in a tab of the window; `close` closes a tab (detaching).
    using Attach = std::function<SegmentTab *(int shmid)>;
    using Close = std::function<void(SegmentTab *tab)>;
    RaceLesson(Attach attach, Close close, QObject *parent = nullptr);
    ~RaceLesson() override;

    // Step 1: makes (or opens) the lesson's segment, shows it in a tab and starts the writers without a lock.
    // False with the reason in refusal() when it cannot: nothing is left running then.
    bool startUnlocked(qint32 key = DefaultKey);
    // Step 2: stops the writers, then, once the window has read what they left, makes the semaphore of the
    // same key (value 1) unless it exists, takes it around the window's reads, and starts the writers again
    // with --lock. False with the reason in refusal().
    bool startLocked();
    // Step 3: stops the writers; then, unless `keep`, closes the tab and removes the segment and the set.
    void stop(bool keep);

    [[nodiscard]] Step step() const { return m_step; }
    // True while writers are stopping before the next step begins.
    [[nodiscard]] bool isBusy() const { return m_pending != Pending::None; }
    [[nodiscard]] const QString &refusal() const { return m_refusal; }
    [[nodiscard]] qint32 key() const { return m_key; }
    [[nodiscard]] int shmid() const { return m_shmid; }
    [[nodiscard]] int semid() const { return m_semid; }
    [[nodiscard]] SegmentTab *tab() const;
    [[nodiscard]] QList<LessonWriter *> writers() const { return m_writers; }

    // What the window read: every tick's read of the record, the distinct torn records among them (two reads
    // of the same torn bytes count once), those first seen while the window took the lock, and the ticks the
    // window skipped because a writer held it.
    [[nodiscard]] quint64 reads() const { return m_reads; }
    [[nodiscard]] int tornRecords() const { return int(m_torn.size()); }
    [[nodiscard]] int tornSinceLock() const { return m_tornSinceLock; }
    [[nodiscard]] quint64 readsUnderLock() const { return m_readsUnderLock; }
    [[nodiscard]] quint64 skippedTicks() const;

Q_SIGNALS:
    // The step, the counts or the writers changed: the pane shows them again.
    void changed();
    // A line a writer printed, with its name.
    void printed(const QString &writer, const QString &line);
    // Something went wrong on the way (a writer failed, the cleanup was refused): a sentence.
    void failed(const QString &message);

private:
    enum class Pending { None, Lock, Stop };
    void startWriters(bool locked);
    void stopWriters();
    [[nodiscard]] bool anyWriterRunning() const;
    // The writers have ended: go on with what was asked.
    void writersEnded();
    void lockAndRestart();
    void cleanUp();
    void readRecord();
    void releaseTab();
    [[nodiscard]] QString checkProgram() const;

    Attach m_attach;
    Close m_close;
    Step m_step = Step::Ready;
    Pending m_pending = Pending::None;
    bool m_keep = false;
    QString m_refusal;
    qint32 m_key = DefaultKey;
    int m_shmid = -1;
    int m_semid = -1;
    QPointer<SegmentTab> m_tab;
    QList<LessonWriter *> m_writers;
    QSet<QByteArray> m_torn;
    int m_tornSinceLock = 0;
    quint64 m_reads = 0;
    quint64 m_readsUnderLock = 0;
    bool m_locking = false; // the window's reads take the semaphore
    std::shared_ptr<bool> m_lockHeld; // whether the tick running holds it (set by the read guard)
};

} // namespace app
