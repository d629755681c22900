#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>

#include <memory>

namespace app {

// One `shmdemo write NAME --key KEY --every MS --hold ...` running as a child process, as a student would
// run it in a terminal beside the window: a real peer that attaches, writes its pid and a numbered name
// into the lesson's segment, and detaches when stopped.
class LessonWriter : public QObject
{
    Q_OBJECT

public:
    // Held this long unless stopped: shmdemo's longest hold, a day.
    static constexpr int HoldSeconds = 86400;

    LessonWriter(QString name, QString key, int everyMs, QObject *parent = nullptr);
    // Stops the process if it still runs, without waiting for it: it ends on its own time, after the writer.
    ~LessonWriter() override;

    // How often a writer renaming every `everyMs` renames itself within its hold, as shmdemo counts.
    [[nodiscard]] static qint64 renames(int everyMs) { return (qint64(HoldSeconds) * 1000 - 1) / everyMs; }

    // shmdemo where core::InstalledProgram finds our programs (the build folder, or the installed bin/),
    // else on PATH; empty when there is none.
    [[nodiscard]] static QString program();

    // Options given to shmdemo before the others, such as the Race lesson's "--slow" and "--lock"; set
    // before start().
    void setExtraOptions(QStringList options) { m_extraOptions = std::move(options); }

    void start();
    // SIGTERM: shmdemo detaches and ends; SIGKILL after a grace period if it does not.
    void stop();

    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] qint64 pid() const { return m_pid; }
    [[nodiscard]] bool isRunning() const { return m_process->state() != QProcess::NotRunning; }
    // How it ended, in a sentence; empty while it runs.
    [[nodiscard]] const QString &ending() const { return m_ending; }
    [[nodiscard]] bool endedInFailure() const { return m_failed; }

Q_SIGNALS:
    // One line the writer printed (its calls on stdout, its refusals on stderr).
    void printed(const QString &line);
    void started();
    void ended();

private:
    void readLines(QProcess::ProcessChannel channel);
    void finish(int exitCode, QProcess::ExitStatus status);

    QString m_name;
    QString m_key;
    int m_everyMs;
    QStringList m_extraOptions;
    std::unique_ptr<QProcess> m_process; // not a child: a writer destroyed while it runs hands it over
    qint64 m_pid = 0;
    QString m_ending;
    bool m_failed = false;
};

} // namespace app
