#include "app/lesson/racelesson.h"

#include "app/lesson/lessonwriter.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "core/kernel/sem.h"
#include "core/kernel/shm.h"
#include "core/layout/stpid.h"
#include "core/race/racerecord.h"

#include <algorithm>
#include <cerrno>
#include <memory>

namespace app {

const char *const RaceLesson::WriterNames[2] = {"Alice", "Bob"};

namespace {
// The lesson's mode: every student's program may open the segment and the set.
constexpr quint32 LessonMode = 0666;

QString hexKey(qint32 key)
{
    return QStringLiteral("0x%1").arg(quint32(key), 0, 16);
}
} // namespace

RaceLesson::RaceLesson(Attach attach, Close close, QObject *parent)
    : QObject(parent), m_attach(std::move(attach)), m_close(std::move(close))
{
}

RaceLesson::~RaceLesson()
{
    releaseTab();
}

QString RaceLesson::checkProgram() const
{
    if (LessonWriter::program().isEmpty())
        return tr("shmdemo was not found beside shmscope or on PATH: the race's writers are the shmdemo program.");
    return {};
}

bool RaceLesson::startUnlocked(qint32 key)
{
    m_refusal.clear();
    if (m_step == Step::Unlocked || m_step == Step::Locked || isBusy()) {
        m_refusal = tr("The race is running: stop it first (step 3).");
        return false;
    }
    if (m_refusal = checkProgram(); !m_refusal.isEmpty())
        return false;
    // The window makes the segment (once, in the call log) so that it can show it before the writers start.
    const core::Result<int> segment = core::Shm::open(key, quint64(core::StPid::Size), LessonMode);
    if (!segment.ok()) {
        m_refusal = segment.error().message;
        return false;
    }
    SegmentTab *tab = m_attach(segment.value());
    if (!tab) {
        m_refusal = tr("Segment %1 could not be shown: see the message above the table.").arg(segment.value());
        return false;
    }
    releaseTab();
    m_key = key;
    m_shmid = segment.value();
    m_semid = -1;
    m_tab = tab;
    m_torn.clear();
    m_tornSinceLock = 0;
    m_reads = 0;
    m_readsUnderLock = 0;
    m_locking = false;
    // Read while the tick reads the bytes on screen: with the lock, inside it.
    connect(tab->document(), &SegmentDocument::ticked, this, &RaceLesson::readRecord);
    connect(tab->document(), &SegmentDocument::tickSkipped, this, &RaceLesson::changed);
    startWriters(false);
    m_step = Step::Unlocked;
    Q_EMIT changed();
    return true;
}

bool RaceLesson::startLocked()
{
    m_refusal.clear();
    if (m_step != Step::Unlocked || isBusy()) {
        m_refusal = tr("Start the writers without a lock first (step 1).");
        return false;
    }
    if (!m_tab) {
        m_refusal = tr("The race's segment is no longer shown: start again from step 1.");
        return false;
    }
    // The lock must be in force before the first locked write: the writers stop first, the window reads what
    // they left, then the set is made and taken around the window's reads, and only then do they start again.
    m_pending = Pending::Lock;
    stopWriters();
    Q_EMIT changed();
    return true;
}

void RaceLesson::stop(bool keep)
{
    if (m_step == Step::Ready || m_step == Step::Stopped || m_pending == Pending::Stop)
        return;
    m_keep = keep;
    m_pending = Pending::Stop;
    stopWriters();
    Q_EMIT changed();
}

void RaceLesson::startWriters(bool locked)
{
    qDeleteAll(m_writers);
    m_writers.clear();
    for (const char *name : WriterNames) {
        auto *writer = new LessonWriter(QString::fromLatin1(name), hexKey(m_key), EveryMs, this);
        writer->setExtraOptions(locked ? QStringList{QStringLiteral("--slow"), QStringLiteral("--lock")}
                                       : QStringList{QStringLiteral("--slow")});
        connect(writer, &LessonWriter::printed, this,
                [this, writer](const QString &line) { Q_EMIT printed(writer->name(), line); });
        connect(writer, &LessonWriter::started, this, &RaceLesson::changed);
        connect(writer, &LessonWriter::ended, this, [this, writer] {
            Q_EMIT printed(writer->name(), QStringLiteral("— ") + writer->ending());
            if (m_pending == Pending::None && writer->endedInFailure())
                Q_EMIT failed(tr("Writer \"%1\" %2.").arg(writer->name(), writer->ending()));
            if (m_pending != Pending::None && !anyWriterRunning())
                writersEnded();
            Q_EMIT changed();
        });
        m_writers.append(writer);
        writer->start();
    }
}

void RaceLesson::stopWriters()
{
    if (!anyWriterRunning()) {
        writersEnded();
        return;
    }
    for (LessonWriter *writer : std::as_const(m_writers))
        writer->stop();
}

bool RaceLesson::anyWriterRunning() const
{
    return std::any_of(m_writers.cbegin(), m_writers.cend(), [](const LessonWriter *w) { return w->isRunning(); });
}

void RaceLesson::writersEnded()
{
    const Pending pending = std::exchange(m_pending, Pending::None);
    if (pending == Pending::Lock)
        lockAndRestart();
    else if (pending == Pending::Stop)
        cleanUp();
    Q_EMIT changed();
}

void RaceLesson::lockAndRestart()
{
    if (!m_tab) {
        Q_EMIT failed(tr("The race's segment is no longer shown: start again from step 1."));
        m_step = Step::Stopped;
        return;
    }
    // What the unlocked writers left is read now, unlocked: a torn record they left is one of step 1's.
    m_tab->document()->tick();
    // semget(IPC_CREAT | IPC_EXCL) and SETVAL 1, as shmdemo --lock does when it is first; a set left by
    // another run is taken as it is.
    core::Result<int> set = core::Sem::create(m_key, 1, LessonMode);
    if (set.ok()) {
        if (const auto one = core::Sem::setValue(set.value(), 0, 1); !one.ok()) {
            Q_EMIT failed(one.error().message);
            return;
        }
    } else if (set.error().errnum == EEXIST) {
        set = core::Sem::idOfKey(m_key);
    }
    if (!set.ok()) {
        Q_EMIT failed(set.error().message);
        return;
    }
    m_semid = set.value();
    // P without waiting (a tick never blocks the window) and with SEM_UNDO (a window that dies holding it
    // gives it back); V after the tick's reads. Quiet: ten ticks a second would bury the call log. A set
    // removed under us is read without the lock rather than never again.
    auto held = std::make_shared<bool>(false);
    const int semid = m_semid;
    m_tab->document()->setReadGuard(
        {[semid, held] {
             const auto taken = core::Sem::operate(semid, 0, -1, core::Sem::Undo::Yes, core::Sem::Wait::No,
                                                   core::Sem::Log::Quiet);
             *held = taken.ok();
             return taken.ok() || taken.error().errnum != EAGAIN;
         },
         [semid, held] {
             if (std::exchange(*held, false))
                 (void)core::Sem::operate(semid, 0, +1, core::Sem::Undo::Yes, core::Sem::Wait::No,
                                          core::Sem::Log::Quiet);
         }});
    m_lockHeld = held;
    m_locking = true;
    startWriters(true);
    m_step = Step::Locked;
}

void RaceLesson::cleanUp()
{
    m_step = Step::Stopped;
    SegmentTab *tab = m_tab;
    releaseTab();
    if (m_keep)
        return;
    if (tab)
        m_close(tab);
    // The tab detached first: IPC_RMID then destroys the segment at once.
    if (m_shmid >= 0) {
        if (const auto removed = core::Shm::remove(m_shmid); !removed.ok())
            Q_EMIT failed(removed.error().message);
    }
    if (m_semid >= 0) {
        if (const auto removed = core::Sem::remove(m_semid); !removed.ok())
            Q_EMIT failed(removed.error().message);
    }
    m_shmid = -1;
    m_semid = -1;
}

void RaceLesson::releaseTab()
{
    if (m_tab) {
        m_tab->document()->disconnect(this);
        m_tab->document()->setReadGuard({});
    }
    m_tab = nullptr;
    m_lockHeld.reset();
    m_locking = false;
}

void RaceLesson::readRecord()
{
    if (!m_tab)
        return;
    const core::Result<QByteArray> bytes = m_tab->document()->read(0, quint64(core::StPid::Size));
    if (!bytes.ok())
        return;
    ++m_reads;
    const bool underLock = m_lockHeld && *m_lockHeld;
    if (underLock)
        ++m_readsUnderLock;
    const core::RaceRecord::Reading reading = core::RaceRecord::read(bytes.value());
    // Two reads of one torn record are one torn record: told by the pid and the text of names[].
    if (reading.verdict == core::RaceRecord::Verdict::Torn) {
        const QByteArray seen = bytes.value().left(4) + reading.name;
        if (!m_torn.contains(seen)) {
            m_torn.insert(seen);
            if (m_locking)
                ++m_tornSinceLock;
        }
    }
    Q_EMIT changed();
}

SegmentTab *RaceLesson::tab() const
{
    return m_tab;
}

quint64 RaceLesson::skippedTicks() const
{
    return m_tab ? m_tab->document()->skippedTicks() : 0;
}

} // namespace app
