#include "app/lesson/lessonwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>

namespace app {

namespace {
// Long enough for shmdemo to finish its hold loop's sleep and detach.
constexpr int StopGraceMs = 2000;
} // namespace

LessonWriter::LessonWriter(QString name, QString key, int everyMs, QObject *parent)
    : QObject(parent), m_name(std::move(name)), m_key(std::move(key)), m_everyMs(everyMs)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readLines(QProcess::StandardOutput); });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] { readLines(QProcess::StandardError); });
    connect(&m_process, &QProcess::started, this, [this] {
        m_pid = m_process.processId();
        Q_EMIT started();
    });
    connect(&m_process, &QProcess::finished, this, &LessonWriter::finish);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_failed = true;
        m_ending = tr("could not start %1: %2").arg(program(), m_process.errorString());
        Q_EMIT ended();
    });
}

LessonWriter::~LessonWriter()
{
    if (!isRunning())
        return;
    // No event loop to wait in: ask, wait a little, then insist. Either way no child outlives the window.
    m_process.disconnect(this);
    m_process.terminate();
    if (!m_process.waitForFinished(StopGraceMs)) {
        m_process.kill();
        m_process.waitForFinished(StopGraceMs);
    }
}

QString LessonWriter::program()
{
    const QString besideUs = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("shmdemo"));
    if (QFileInfo(besideUs).isExecutable())
        return besideUs;
    return QStandardPaths::findExecutable(QStringLiteral("shmdemo"));
}

void LessonWriter::start()
{
    // English and the C locale: the lines are C calls, and errno's words should read as in the lesson.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    m_process.setProcessEnvironment(env);
    m_process.start(program(), {QStringLiteral("write"), m_name, QStringLiteral("--key"), m_key,
                                QStringLiteral("--every"), QString::number(m_everyMs), QStringLiteral("--hold"),
                                QString::number(HoldSeconds)});
}

void LessonWriter::stop()
{
    if (!isRunning())
        return;
    m_process.terminate();
    QTimer::singleShot(StopGraceMs, this, [this] {
        if (isRunning())
            m_process.kill();
    });
}

void LessonWriter::readLines(QProcess::ProcessChannel channel)
{
    m_process.setReadChannel(channel);
    while (m_process.canReadLine())
        Q_EMIT printed(QString::fromUtf8(m_process.readLine()).trimmed());
}

void LessonWriter::finish(int exitCode, QProcess::ExitStatus status)
{
    // What is left without a newline still counts.
    for (const QProcess::ProcessChannel channel : {QProcess::StandardOutput, QProcess::StandardError}) {
        m_process.setReadChannel(channel);
        const QString rest = QString::fromUtf8(m_process.readAll()).trimmed();
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
