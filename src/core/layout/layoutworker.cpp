#include "core/layout/layoutworker.h"

#include "core/installedprogram.h"
#include "core/layout/layoutstream.h"
#include "core/translations.h"

#include <QDeadlineTimer>
#include <QProcess>

#include <csignal>
#include <sys/resource.h>

namespace core {

namespace {

// An ASan build reserves terabytes of address space for its shadow memory at start: under RLIMIT_AS it could
// not start at all. There the deadline alone bounds the worker.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool LimitAddressSpace = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool LimitAddressSpace = false;
#else
constexpr bool LimitAddressSpace = true;
#endif
#else
constexpr bool LimitAddressSpace = true;
#endif

} // namespace

QString LayoutWorker::programPath()
{
    return InstalledProgram::path(QLatin1String(ProgramName));
}

namespace {

// The worker program, not yet started, with its arguments and limits; an error when it is not installed.
Result<std::unique_ptr<QProcess>> workerProcess()
{
    const QString program = LayoutWorker::programPath();
    if (program.isEmpty())
        return Error::plain(LayoutWorker::tr("%1 is missing beside %2 (or in ../libexec/shmscope): it lays out "
                                             "structs. Reinstall ShmScope.")
                                .arg(QLatin1String(LayoutWorker::ProgramName),
                                     InstalledProgram::ownFolder()));
    auto worker = std::make_unique<QProcess>();
    worker->setProgram(program);
    // It speaks the language we speak: its sentences reach the user as they are.
    if (Translations::instance().language() == Translations::Language::SimplifiedChinese)
        worker->setArguments({QStringLiteral("--chinese")});
    if (LimitAddressSpace) {
        // Between fork and exec: setrlimit is async-signal-safe, and the limit passes through exec.
        worker->setChildProcessModifier([] {
            const rlimit limit{LayoutWorker::MemoryLimit, LayoutWorker::MemoryLimit};
            setrlimit(RLIMIT_AS, &limit);
        });
    }
    return worker;
}

Error couldNotStart(const QProcess &worker)
{
    return Error::plain(LayoutWorker::tr("Could not start %1: %2.").arg(worker.program(), worker.errorString()));
}

Error tookTooLong()
{
    return Error::plain(
        LayoutWorker::tr("The layout took too long: clang had not laid it out after %1 seconds, so it was "
                         "stopped. A macro that expands to more and more text does this.")
            .arg(std::chrono::duration_cast<std::chrono::seconds>(LayoutWorker::Deadline).count()));
}

// The answer of a worker that has ended.
Result<StructLayout> readReply(QProcess &worker, QList<StructDiagnostic> *diagnostics)
{
    if (worker.exitStatus() != QProcess::NormalExit || worker.exitCode() != 0) {
        const QString said = QString::fromLocal8Bit(worker.readAllStandardError()).trimmed();
        return Error::plain(
            LayoutWorker::tr("The layout is too large: laying it out needed more than the %1 MiB of memory it "
                             "may use, or libclang failed on it (%2).")
                .arg(LayoutWorker::MemoryLimit >> 20)
                .arg(said.isEmpty() ? LayoutWorker::tr("no message") : said.section(QLatin1Char('\n'), 0, 0)));
    }
    QDataStream in(worker.readAllStandardOutput());
    LayoutReply reply;
    in >> reply;
    if (in.status() != QDataStream::Ok)
        return Error::plain(LayoutWorker::tr("%1 answered with something that is not a layout.").arg(worker.program()));
    if (diagnostics)
        *diagnostics = reply.diagnostics;
    if (!reply.ok)
        return Error::plain(reply.errorMessage);
    return reply.layout;
}

} // namespace

Result<StructLayout> LayoutWorker::layOut(const QByteArray &userText, QList<StructDiagnostic> *diagnostics)
{
    auto made = workerProcess();
    if (!made.ok())
        return made.error();
    QProcess &worker = *made.value();
    const QDeadlineTimer deadline(Deadline);
    worker.start();
    if (!worker.waitForStarted(int(deadline.remainingTime())))
        return couldNotStart(worker);
    worker.write(userText);
    worker.closeWriteChannel();
    if (!worker.waitForFinished(int(std::max<qint64>(deadline.remainingTime(), 1)))) {
        worker.kill();
        worker.waitForFinished();
        return tookTooLong();
    }
    return readReply(worker, diagnostics);
}

LayoutWorker::LayoutWorker(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(Deadline);
    connect(&m_deadline, &QTimer::timeout, this, [this] { answer(tookTooLong()); });
}

LayoutWorker::~LayoutWorker()
{
    stop();
}

void LayoutWorker::start(const QByteArray &userText)
{
    stop();
    auto made = workerProcess();
    if (!made.ok()) {
        // Told from the event loop, as every answer is, unless a newer start() or a stop() came first.
        QTimer::singleShot(0, this, [this, error = made.error(), generation = m_generation] {
            if (generation == m_generation)
                emit finished(error);
        });
        return;
    }
    m_process = std::move(made.value());
    QProcess *worker = m_process.get();
    connect(worker, &QProcess::started, this, [worker, userText] {
        worker->write(userText);
        worker->closeWriteChannel(); // once the text is written: clang reads to the end
    });
    connect(worker, &QProcess::errorOccurred, this, [this, worker](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            answer(couldNotStart(*worker));
    });
    connect(worker, &QProcess::finished, this, [this, worker] { answer(readReply(*worker, nullptr)); });
    m_deadline.start();
    worker->start();
}

void LayoutWorker::stop()
{
    ++m_generation;
    m_deadline.stop();
    if (!m_process)
        return;
    // Its destructor kills and reaps it, and would say finished on the way: nobody is listening any more.
    m_process->disconnect(this);
    m_process.reset();
}

// Called from the process's own signals (or the deadline): it is deleted once they have returned.
void LayoutWorker::answer(const Result<StructLayout> &layout)
{
    m_deadline.stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill(); // after the deadline it is still running
        m_process.release()->deleteLater();
    }
    ++m_generation;
    emit finished(layout);
}

} // namespace core
