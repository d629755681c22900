#include "app/lesson/racepane.h"

#include "app/lesson/lessonpanelayout.h"
#include "app/lesson/racelesson.h"
#include "app/messagebar.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace app {

namespace {
// The writers print a line a write: the output keeps the last ones.
constexpr int MaxOutputLines = 2000;
} // namespace

RacePane::RacePane(RaceLesson *lesson, QWidget *parent)
    : QWidget(parent),
      m_lesson(lesson),
      m_messages(new MessageBar(this)),
      m_intro(new QLabel(this)),
      m_sentence(new QLabel(this)),
      m_counts(new QLabel(this)),
      m_unlocked(new QPushButton(this)),
      m_locked(new QPushButton(this)),
      m_stop(new QPushButton(this)),
      m_keep(new QCheckBox(this)),
      m_output(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("racePane"));
    m_intro->setObjectName(QStringLiteral("raceIntro"));
    m_sentence->setObjectName(QStringLiteral("raceSentence"));
    m_counts->setObjectName(QStringLiteral("raceCounts"));
    m_unlocked->setObjectName(QStringLiteral("raceUnlocked"));
    m_locked->setObjectName(QStringLiteral("raceLocked"));
    m_stop->setObjectName(QStringLiteral("raceStop"));
    m_keep->setObjectName(QStringLiteral("raceKeep"));
    m_output->setObjectName(QStringLiteral("raceOutput"));
    for (QLabel *label : {m_intro, m_sentence, m_counts}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // As narrow as the dock is: a wrapped label asks for a width of its own choosing otherwise.
        QSizePolicy policy = label->sizePolicy();
        policy.setHorizontalPolicy(QSizePolicy::Ignored);
        label->setSizePolicy(policy);
    }
    // The step's sentence is what the class reads: larger than the rest, at any zoom.
    QFont larger = m_sentence->font();
    larger.setBold(true);
    m_sentence->setFont(larger);
    LessonPaneLayout::setUpOutput(m_output, MaxOutputLines);

    connect(m_unlocked, &QPushButton::clicked, this, &RacePane::startUnlocked);
    connect(m_locked, &QPushButton::clicked, this, &RacePane::startLocked);
    connect(m_stop, &QPushButton::clicked, this, &RacePane::stop);
    connect(m_lesson, &RaceLesson::changed, this, &RacePane::showState);
    connect(m_lesson, &RaceLesson::printed, this, [this](const QString &writer, const QString &line) {
        m_output->appendPlainText(QStringLiteral("[%1] %2").arg(writer, line));
    });
    connect(m_lesson, &RaceLesson::failed, this,
            [this](const QString &message) { m_messages->showMessage(MessageBar::Kind::Error, message); });

    // One under another: at 200 % in presentation mode the pane may have a third of a projector's width.
    auto *buttons = new QVBoxLayout;
    for (QWidget *button : {static_cast<QWidget *>(m_unlocked), static_cast<QWidget *>(m_locked),
                            static_cast<QWidget *>(m_stop), static_cast<QWidget *>(m_keep)})
        buttons->addWidget(button, 0, Qt::AlignLeft);
    // In a scroll area: a dock too short for the words at 200 % scrolls them instead of squeezing a sentence
    // into fewer lines than it needs (cut off).
    auto *steps = new QWidget;
    m_steps = steps;
    auto *stepsLayout = new QVBoxLayout(steps);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->addWidget(m_intro);
    stepsLayout->addWidget(m_sentence);
    stepsLayout->addWidget(m_counts);
    stepsLayout->addLayout(buttons);
    stepsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("raceSteps"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(steps);
    auto *left = new QVBoxLayout;
    left->addWidget(scroll);
    LessonPaneLayout::lay(this, m_messages, left, 3, m_output);
    retranslate();
}

void RacePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RacePane::retranslate()
{
    setAccessibleName(tr("Race"));
    m_intro->setText(tr("Two programs write the lesson's record at the same time, slowly, a byte at a time, as a "
                        "slow machine would. Each writes its pid into pid and at both ends of names[] "
                        "(\"4242:Alice 3:4242\"): a record whose pids disagree holds bytes of two writes. It is "
                        "torn."));
    m_unlocked->setText(tr("&1. Race Without a Lock"));
    m_unlocked->setToolTip(tr("Runs shmdemo write Alice --slow and shmdemo write Bob --slow on the lesson's key, "
                              "and shows the segment"));
    m_locked->setText(tr("&2. Add the Lock"));
    m_locked->setToolTip(tr("Starts the writers again with --lock: each takes the semaphore of the same key "
                            "around its write, and the window around its reads"));
    m_stop->setText(tr("&3. Stop and Clean Up"));
    m_stop->setToolTip(tr("Stops the writers and removes the segment and the semaphore set the race made"));
    m_keep->setText(tr("&Keep the segment and the set"));
    m_keep->setToolTip(tr("Stop the writers but leave the segment and the semaphore set, to look at them"));
    m_output->setAccessibleName(tr("What the race's writers print"));
    showState();
}

void RacePane::setPresentation(bool on)
{
    m_intro->setVisible(!on);
    m_output->setVisible(!on);
}

int RacePane::neededHeight() const
{
    const int margins = layout()->contentsMargins().top() + layout()->contentsMargins().bottom();
    return m_steps->heightForWidth(m_steps->width()) + margins
           + (m_messages->isVisible() ? m_messages->sizeHint().height() + layout()->spacing() : 0);
}

QString RacePane::sentence() const
{
    return m_sentence->text();
}

QString RacePane::counts() const
{
    return m_counts->text();
}

QString RacePane::output() const
{
    return m_output->toPlainText();
}

void RacePane::startUnlocked()
{
    m_messages->hide();
    m_output->clear();
    if (!m_lesson->startUnlocked())
        m_messages->showMessage(MessageBar::Kind::Error, m_lesson->refusal());
}

void RacePane::startLocked()
{
    m_messages->hide();
    if (!m_lesson->startLocked())
        m_messages->showMessage(MessageBar::Kind::Error, m_lesson->refusal());
}

void RacePane::stop()
{
    m_lesson->stop(m_keep->isChecked());
}

void RacePane::showState()
{
    const RaceLesson::Step step = m_lesson->step();
    const bool busy = m_lesson->isBusy();
    QString text;
    if (busy && step == RaceLesson::Step::Unlocked)
        text = tr("The writers are stopping. Then the window makes the semaphore of the same key, with the value 1, "
                  "and starts them again with --lock.");
    else if (busy)
        text = tr("The writers are stopping. Then the segment and the semaphore set are removed, unless you keep "
                  "them.");
    else if (step == RaceLesson::Step::Ready)
        text = tr("Step 1 starts two writers, Alice and Bob, without a lock, and shows their segment: watch the "
                  "struct pane and the count of torn records below.");
    else if (step == RaceLesson::Step::Unlocked)
        text = tr("Step 1: Alice and Bob write without a lock. When one starts before the other has finished, or "
                  "the window reads in the middle of a write, the record is torn. Step 2 adds the lock.");
    else if (step == RaceLesson::Step::Locked)
        text = tr("Step 2: each writer takes the semaphore of the same key before it writes (semop -1, SEM_UNDO) "
                  "and gives it back after (+1); the window takes it around its reads too, and skips a read while "
                  "a writer holds it. No new record is torn.");
    else
        text = tr("Step 3: the writers have ended, and what the race made is removed (IPC_RMID) unless you kept "
                  "it. Step 1 runs the race again.");
    m_sentence->setText(text);
    m_counts->setText(step == RaceLesson::Step::Ready
                          ? QString()
                          : tr("Reads of the record: %1 · torn records seen: %2 · new torn records since the "
                               "lock: %3 · reads skipped while a writer held the lock: %4")
                                .arg(m_lesson->reads())
                                .arg(m_lesson->tornRecords())
                                .arg(m_lesson->tornSinceLock())
                                .arg(m_lesson->skippedTicks()));
    m_unlocked->setEnabled(!busy && (step == RaceLesson::Step::Ready || step == RaceLesson::Step::Stopped));
    m_locked->setEnabled(!busy && step == RaceLesson::Step::Unlocked);
    m_stop->setEnabled(!busy && (step == RaceLesson::Step::Unlocked || step == RaceLesson::Step::Locked));
    if (const int needed = neededHeight(); needed != m_neededHeight) {
        m_neededHeight = needed;
        Q_EMIT neededHeightChanged();
    }
}

} // namespace app
