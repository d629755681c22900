#include "core/layout/layoutworker.h"

#include "core/layout/layoutstream.h"
#include "core/translations.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
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
    const QString here = QCoreApplication::applicationDirPath();
    const QString name = QLatin1String(ProgramName);
    for (const QString &candidate : {QString(here + QLatin1Char('/') + name),
                                     QString(here + QStringLiteral("/../libexec/shmscope/") + name)}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return {};
}

Result<StructLayout> LayoutWorker::layOut(const QByteArray &userText, QList<StructDiagnostic> *diagnostics)
{
    const QString program = programPath();
    if (program.isEmpty())
        return Error::plain(tr("%1 is missing beside %2 (or in ../libexec/shmscope): it lays out structs. "
                               "Reinstall ShmScope.")
                                .arg(QLatin1String(ProgramName), QCoreApplication::applicationDirPath()));
    QProcess worker;
    worker.setProgram(program);
    // It speaks the language we speak: its sentences reach the user as they are.
    if (Translations::instance().language() == Translations::Language::SimplifiedChinese)
        worker.setArguments({QStringLiteral("--chinese")});
    if (LimitAddressSpace) {
        // Between fork and exec: setrlimit is async-signal-safe, and the limit passes through exec.
        worker.setChildProcessModifier([] {
            const rlimit limit{MemoryLimit, MemoryLimit};
            setrlimit(RLIMIT_AS, &limit);
        });
    }
    const QDeadlineTimer deadline(Deadline);
    worker.start();
    if (!worker.waitForStarted(int(deadline.remainingTime())))
        return Error::plain(tr("Could not start %1: %2.").arg(program, worker.errorString()));
    worker.write(userText);
    worker.closeWriteChannel();
    if (!worker.waitForFinished(int(std::max<qint64>(deadline.remainingTime(), 1)))) {
        worker.kill();
        worker.waitForFinished();
        return Error::plain(tr("The layout took too long: clang had not laid it out after %1 seconds, so it "
                               "was stopped. A macro that expands to more and more text does this.")
                                .arg(std::chrono::duration_cast<std::chrono::seconds>(Deadline).count()));
    }
    if (worker.exitStatus() != QProcess::NormalExit || worker.exitCode() != 0) {
        const QString said = QString::fromLocal8Bit(worker.readAllStandardError()).trimmed();
        return Error::plain(tr("The layout is too large: laying it out needed more than the %1 MiB of memory "
                               "it may use, or libclang failed on it (%2).")
                                .arg(MemoryLimit >> 20)
                                .arg(said.isEmpty() ? tr("no message") : said.section(QLatin1Char('\n'), 0, 0)));
    }
    QDataStream in(worker.readAllStandardOutput());
    LayoutReply reply;
    in >> reply;
    if (in.status() != QDataStream::Ok)
        return Error::plain(tr("%1 answered with something that is not a layout.").arg(program));
    if (diagnostics)
        *diagnostics = reply.diagnostics;
    if (!reply.ok)
        return Error::plain(reply.errorMessage);
    return reply.layout;
}

} // namespace core
