#include "app/lesson/lessonwriterspane.h"

#include "app/lesson/lessonpanelayout.h"
#include "app/lesson/lessonwriter.h"
#include "app/messagebar.h"
#include "core/inputparser.h"
#include "core/layout/stpid.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace app {

namespace {
// The output keeps the last lines only: a writer renaming every 100 ms for an hour prints 36,000.
constexpr int MaxOutputLines = 5000;
} // namespace

LessonWritersPane::LessonWritersPane(QWidget *parent)
    : QWidget(parent),
      m_messages(new MessageBar(this)),
      m_nameLabel(new QLabel(this)),
      m_name(new QLineEdit(this)),
      m_keyLabel(new QLabel(this)),
      m_key(new QLineEdit(QStringLiteral("0x1234"), this)),
      m_everyLabel(new QLabel(this)),
      m_every(new QSpinBox(this)),
      m_startButton(new QPushButton(this)),
      m_list(new QListWidget(this)),
      m_stopButton(new QPushButton(this)),
      m_stopAllButton(new QPushButton(this)),
      m_output(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("lessonWritersPane"));
    m_name->setObjectName(QStringLiteral("writerName"));
    m_key->setObjectName(QStringLiteral("writerKey"));
    m_every->setObjectName(QStringLiteral("writerEvery"));
    m_every->setRange(10, 60000);
    m_every->setSingleStep(100);
    m_every->setValue(1000);
    m_startButton->setObjectName(QStringLiteral("writerStart"));
    m_list->setObjectName(QStringLiteral("writerList"));
    m_stopButton->setObjectName(QStringLiteral("writerStop"));
    m_stopAllButton->setObjectName(QStringLiteral("writerStopAll"));
    m_output->setObjectName(QStringLiteral("writerOutput"));
    LessonPaneLayout::setUpOutput(m_output, MaxOutputLines);
    m_nameLabel->setBuddy(m_name);
    m_keyLabel->setBuddy(m_key);
    m_everyLabel->setBuddy(m_every);

    connect(m_startButton, &QPushButton::clicked, this, &LessonWritersPane::startFromForm);
    connect(m_name, &QLineEdit::returnPressed, this, &LessonWritersPane::startFromForm);
    connect(m_stopButton, &QPushButton::clicked, this, &LessonWritersPane::stopSelected);
    connect(m_stopAllButton, &QPushButton::clicked, this, &LessonWritersPane::stopAll);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &LessonWritersPane::showWriters);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_keyLabel, m_key);
    form->addRow(m_everyLabel, m_every);
    form->addRow(QString(), m_startButton);
    auto *stopButtons = new QHBoxLayout;
    stopButtons->addWidget(m_stopButton);
    stopButtons->addWidget(m_stopAllButton);
    stopButtons->addStretch();
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_list, 1);
    left->addLayout(stopButtons);
    LessonPaneLayout::lay(this, m_messages, left, 1, m_output);
    retranslate();
    showWriters();
}

void LessonWritersPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LessonWritersPane::retranslate()
{
    m_nameLabel->setText(tr("&Name:"));
    m_name->setToolTip(tr("What the writer puts into names[]: 1 to %1 bytes, with room for the \" 1\", \" 2\", ... "
                          "it adds as it renames itself.")
                           .arg(core::StPid::MaxNameBytes));
    m_name->setPlaceholderText(tr("Alice"));
    m_keyLabel->setText(tr("&Key:"));
    m_key->setToolTip(tr("The lesson's key, in hex (0x1234) or decimal (4660)"));
    m_everyLabel->setText(tr("&Rename every:"));
    m_every->setSuffix(QLatin1Char(' ') + tr("ms", "milliseconds"));
    m_startButton->setText(tr("&Start Writer"));
    m_startButton->setToolTip(tr("Runs shmdemo write NAME --key KEY --every MS as a child process"));
    m_stopButton->setText(tr("S&top"));
    m_stopAllButton->setText(tr("Stop &All"));
    m_list->setAccessibleName(tr("Lesson writers"));
    m_output->setAccessibleName(tr("What the writers print"));
    showWriters();
}

void LessonWritersPane::focusName()
{
    m_name->setFocus();
    m_name->selectAll();
}

QString LessonWritersPane::refusal(const QString &name, const QString &key, int everyMs) const
{
    // shmdemo would refuse the same, but only after starting; here the message comes at once.
    if (const QString bad = core::StPid::nameRefusal(name.toUtf8(), LessonWriter::renames(everyMs)); !bad.isEmpty())
        return bad;
    if (LessonWriter *running = writer(name); running && running->isRunning())
        return tr("A writer named \"%1\" is already running (pid %2). Give the second student another name, or "
                  "stop the first.")
            .arg(name)
            .arg(running->pid());
    if (const auto parsed = core::InputParser::key(key); !parsed.ok())
        return parsed.error().message;
    if (LessonWriter::program().isEmpty())
        return tr("shmdemo was not found beside shmscope or on PATH: the lesson writer is the shmdemo program.");
    return {};
}

bool LessonWritersPane::start(const QString &name, const QString &key, int everyMs)
{
    if (const QString bad = refusal(name, key, everyMs); !bad.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Error, bad);
        return false;
    }
    m_messages->hide();
    // A finished writer of the same name makes room for the new one.
    if (LessonWriter *old = writer(name)) {
        m_writers.removeOne(old);
        old->deleteLater();
    }
    auto *writer = new LessonWriter(name, key.trimmed(), everyMs, this);
    m_writers.append(writer);
    connect(writer, &LessonWriter::printed, this, [this, writer](const QString &line) { print(writer, line); });
    connect(writer, &LessonWriter::started, this, &LessonWritersPane::showWriters);
    connect(writer, &LessonWriter::ended, this, [this, writer] {
        print(writer, QStringLiteral("— ") + writer->ending());
        // A writer that failed says why in the pane too: shmdemo's last line on stderr is its sentence.
        if (writer->endedInFailure())
            m_messages->showMessage(MessageBar::Kind::Error,
                                    tr("Writer \"%1\" %2.").arg(writer->name(), writer->ending()));
        showWriters();
    });
    writer->start();
    showWriters();
    return true;
}

void LessonWritersPane::startFromForm()
{
    if (start(m_name->text(), m_key->text(), m_every->value()))
        m_name->clear();
}

LessonWriter *LessonWritersPane::writer(const QString &name) const
{
    for (LessonWriter *writer : m_writers) {
        if (writer->name() == name)
            return writer;
    }
    return nullptr;
}

void LessonWritersPane::stop(const QString &name)
{
    if (LessonWriter *found = writer(name))
        found->stop();
}

void LessonWritersPane::stopAll()
{
    for (LessonWriter *writer : m_writers)
        writer->stop();
}

void LessonWritersPane::stopSelected()
{
    for (const QListWidgetItem *item : m_list->selectedItems())
        stop(item->data(Qt::UserRole).toString());
}

void LessonWritersPane::showWriters()
{
    QStringList selected;
    for (const QListWidgetItem *item : m_list->selectedItems())
        selected << item->data(Qt::UserRole).toString();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    bool anyRunning = false;
    for (const LessonWriter *writer : m_writers) {
        const QString state = writer->isRunning() ? tr("running, pid %1").arg(writer->pid()) : writer->ending();
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(writer->name(), state), m_list);
        item->setData(Qt::UserRole, writer->name());
        item->setSelected(selected.contains(writer->name()));
        anyRunning = anyRunning || writer->isRunning();
    }
    m_stopButton->setEnabled(!m_list->selectedItems().isEmpty());
    m_stopAllButton->setEnabled(anyRunning);
}

void LessonWritersPane::print(const LessonWriter *writer, const QString &line)
{
    m_output->appendPlainText(QStringLiteral("[%1] %2").arg(writer->name(), line));
}

QString LessonWritersPane::output() const
{
    return m_output->toPlainText();
}

} // namespace app
