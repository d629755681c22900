#include "app/lesson/lessonwriter.h"

#include "core/installedprogram.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>

namespace app {

namespace {
// Long enough for shmdemo to finish its hold loop's sleep and detach.
constexpr int StopGraceMs = 2000;

// SIGTERM now; SIGKILL after the grace period if it still runs. Nothing waits: the event loop sees it end.
void terminateThenKill(QProcess *process, QObject *context)
{
    process->terminate();
    QTimer::singleShot(StopGraceMs, context, [process] {
        if (process->state() != QProcess::NotRunning)
            process->kill();
    });
}

// Stops the process of a writer destroyed while it runs, and deletes itself once it has ended: the window
// never waits for a writer. A child of the application, so that no writer outlives it: an application ending
// first waits for the process then, when its window is gone.
class Reaper : public QObject
{
public:
    explicit Reaper(std::unique_ptr<QProcess> process)
        : QObject(QCoreApplication::instance()), m_process(std::move(process))
    {
        connect(m_process.get(), &QProcess::finished, this, &QObject::deleteLater);
        terminateThenKill(m_process.get(), this);
    }

    ~Reaper() override
    {
        if (m_process->state() == QProcess::NotRunning)
            return;
        // The application is ending and its window is gone: no event loop is left, and no one waits on us.
        if (!m_process->waitForFinished(StopGraceMs)) {
            m_process->kill();
            m_process->waitForFinished(StopGraceMs);
        }
    }

private:
    std::unique_ptr<QProcess> m_process;
};
} // namespace

LessonWriter::LessonWriter(QString name, QString key, int everyMs, QObject *parent)
    : QObject(parent), m_name(std::move(name)), m_key(std::move(key)), m_everyMs(everyMs),
      m_process(std::make_unique<QProcess>())
{
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this,
            [this] { readLines(QProcess::StandardOutput); });
    connect(m_process.get(), &QProcess::readyReadStandardError, this,
            [this] { readLines(QProcess::StandardError); });
    connect(m_process.get(), &QProcess::started, this, [this] {
        m_pid = m_process->processId();
        Q_EMIT started();
    });
    connect(m_process.get(), &QProcess::finished, this, &LessonWriter::finish);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_failed = true;
        m_ending = tr("could not start %1: %2").arg(program(), m_process->errorString());
        Q_EMIT ended();
    });
}

LessonWriter::~LessonWriter()
{
    if (!isRunning())
        return;
    // Waiting here would freeze the window for the grace period: the reaper takes it over instead.
    m_process->disconnect(this);
    new Reaper(std::move(m_process));
}

QString LessonWriter::program()
{
    const QString ours = core::InstalledProgram::path(QStringLiteral("shmdemo"));
    return ours.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("shmdemo")) : ours;
}

void LessonWriter::start()
{
    // English and the C locale: the lines are C calls, and errno's words should read as in the lesson.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    m_process->setProcessEnvironment(env);
    // Options first, then "--": a name such as "-x" is the name, not an option shmdemo does not know.
    m_process->start(program(), m_extraOptions
                                    + QStringList{QStringLiteral("--key"), m_key, QStringLiteral("--every"),
                                                  QString::number(m_everyMs), QStringLiteral("--hold"),
                                                  QString::number(HoldSeconds), QStringLiteral("--"),
                                                  QStringLiteral("write"), m_name});
}

void LessonWriter::stop()
{
    if (isRunning())
        terminateThenKill(m_process.get(), this);
}

void LessonWriter::readLines(QProcess::ProcessChannel channel)
{
    m_process->setReadChannel(channel);
    while (m_process->canReadLine())
        Q_EMIT printed(QString::fromUtf8(m_process->readLine()).trimmed());
}

void LessonWriter::finish(int exitCode, QProcess::ExitStatus status)
{
    // What is left without a newline still counts.
    for (const QProcess::ProcessChannel channel : {QProcess::StandardOutput, QProcess::StandardError}) {
        m_process->setReadChannel(channel);
        const QString rest = QString::fromUtf8(m_process->readAll()).trimmed();
        if (!rest.isEmpty())
            Q_EMIT printed(rest);
    }
    if (status == QProcess::CrashExit) {
        // terminate() is a normal exit for shmdemo (it catches SIGTERM); a crash exit is a signal it could not
        // catch, such as kill -9: the kernel detached it.
        m_failed = true;
        m_ending = tr("killed by a signal; the kernel detached it");
    } else if (exitCode == 0) {
        m_ending = tr("ended, detached");
    } else {
        m_failed = true;
        m_ending = tr("failed with exit status %1").arg(exitCode);
    }
    Q_EMIT ended();
}

} // namespace app
