// shmdemo: the lesson's peer program (shmget, shmat, print, write, sleep, shmdt), made safe and scriptable.

#include "core/inputparser.h"
#include "core/shmname.h"
#include "lesson.h"

#include <QCommandLineParser>
#include <QStringList>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <optional>

namespace {

using demo::Lesson;

const char HelpText[] = R"(Usage: shmdemo COMMAND [OPTIONS]
The lesson's peer program: shares struct st_pid { int pid; char names[51]; } (56 bytes)
through System V shared memory, or with --posix through a POSIX shared memory object,
and prints each call as C with what it returned.

Commands:
  write NAME        shmget (creating the segment if there is none), shmat, print the old
                    pid and name, write getpid() and NAME (1 to 50 bytes), hold, shmdt
  read              shmget, shmat read-only, print the pid and name, shmdt
  info              shmget, shmctl(IPC_STAT): the segment's fields, labelled
  remove            shmget, shmctl(IPC_RMID), as ipcrm -m does
With --posix NAME, the same through POSIX shared memory:
  write NAME        shm_open(O_CREAT|O_RDWR, 0640), ftruncate to 56 bytes, fstat, mmap,
                    print the old pid and name, write, hold, munmap, close
  read              shm_open(O_RDONLY), fstat, mmap(PROT_READ), print, munmap, close
  info              shm_open(O_RDONLY), fstat: the object's fields, labelled, close
  remove            shm_unlink, as rm /dev/shm/NAME does

Options:
  --key KEY         the segment's key, in hex (0x1234) or decimal (4660); default 0x1234
  --posix NAME      use the POSIX object NAME instead: / and up to 255 bytes of UTF-8
                    without another /, such as /st_pid (the file /dev/shm/st_pid)
  --hold SECONDS    write: stay attached this long before shmdt; default 10, as in the
                    lesson. SIGINT (Ctrl+C) or SIGTERM ends it early, detached all the same
  --every MS        write: while holding, rename to "NAME 1", "NAME 2", ... every MS
                    milliseconds, so that readers see the bytes change
  --remove          write: end with shmctl(IPC_RMID), or shm_unlink with --posix
  --even-if-destroyed
                    read: read even when kernel.shm_rmid_forced is 1 and nobody has the
                    segment attached, so that this read's shmdt destroys it (without
                    it, read refuses such a segment and attaches nothing)
  -h, --help        print this help and exit
  --version         print the version and exit

Exit status: 0 on success, 1 when a call fails, 2 on bad usage.

Examples:
  shmdemo write Alice --hold 60 --every 500    # in one terminal
  shmdemo read                                 # in another, as often as you like
  shmdemo remove
  shmdemo write Bob --posix /st_pid --hold 60   # the POSIX twin, side by side
  shmdemo read --posix /st_pid
)";

// Longest --hold and --every: a day, far past any lesson, and far from overflowing milliseconds.
constexpr qint64 MaxMilliseconds = 24 * 3600 * 1000;

int usageError(const QString &message)
{
    std::fprintf(stderr, "shmdemo: %s\nTry 'shmdemo --help' for more information.\n", qPrintable(message));
    return demo::ExitUsage;
}

std::optional<std::chrono::milliseconds> holdOf(const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    // Written so that NaN fails too.
    if (!ok || !(seconds >= 0 && seconds * 1000 <= double(MaxMilliseconds)))
        return std::nullopt;
    return std::chrono::milliseconds(std::llround(seconds * 1000));
}

std::optional<std::chrono::milliseconds> everyOf(const QString &text)
{
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (!ok || ms < 1 || ms > MaxMilliseconds)
        return std::nullopt;
    return std::chrono::milliseconds(ms);
}

// The last value of `option` as argv holds it ("--posix NAME" or "--posix=NAME"), as QCommandLineParser takes
// the last one.
QByteArray rawValue(int argc, char **argv, const char *option)
{
    QByteArray value;
    const QByteArrayView name(option);
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == name && i + 1 < argc)
            value = argv[++i];
        else if (arg.startsWith(name) && arg.size() > name.size() && arg.at(name.size()) == '=')
            value = arg.sliced(name.size() + 1).toByteArray();
    }
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const QCommandLineOption keyOption(QStringLiteral("key"), {}, QStringLiteral("KEY"),
                                       QStringLiteral("0x1234"));
    const QCommandLineOption holdOption(QStringLiteral("hold"), {}, QStringLiteral("SECONDS"));
    const QCommandLineOption everyOption(QStringLiteral("every"), {}, QStringLiteral("MS"));
    const QCommandLineOption removeOption(QStringLiteral("remove"), {});
    const QCommandLineOption evenIfDestroyedOption(QStringLiteral("even-if-destroyed"), {});
    const QCommandLineOption posixOption(QStringLiteral("posix"), {}, QStringLiteral("NAME"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, {});
    const QCommandLineOption versionOption(QStringLiteral("version"), {});
    // The help is our own text (commands have no place in QCommandLineParser's), so the parser only parses.
    QCommandLineParser parser;
    parser.addOptions({keyOption, holdOption, everyOption, removeOption, evenIfDestroyedOption, posixOption,
                       helpOption, versionOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        std::fputs(HelpText, stdout);
        return demo::ExitSuccess;
    }
    if (parser.isSet(versionOption)) {
        std::puts("shmdemo " SHMSCOPE_VERSION);
        return demo::ExitSuccess;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QStringLiteral("No command given: write NAME, read, info or remove."));
    const QString command = positional.first();
    const bool write = command == QLatin1String("write");
    if (!write && command != QLatin1String("read") && command != QLatin1String("info") &&
        command != QLatin1String("remove"))
        return usageError(
            QStringLiteral("Unknown command '%1': write NAME, read, info or remove.").arg(command));
    if (write && positional.size() < 2)
        return usageError(QStringLiteral("Command write needs a NAME, such as: shmdemo write Alice"));
    if (positional.size() > (write ? 2 : 1))
        return usageError(
            QStringLiteral("Unexpected argument '%1' after %2.").arg(positional.last(), command));
    if (!write) {
        for (const QCommandLineOption *option : {&holdOption, &everyOption, &removeOption}) {
            if (parser.isSet(*option))
                return usageError(QStringLiteral("--%1 goes with write, not with %2.")
                                      .arg(option->names().first(), command));
        }
    }

    if (command != QLatin1String("read") && parser.isSet(evenIfDestroyedOption))
        return usageError(QStringLiteral("--even-if-destroyed goes with read, not with %1.").arg(command));

    if (parser.isSet(posixOption) && parser.isSet(keyOption))
        return usageError(
            QStringLiteral("--posix names a POSIX object and --key a System V segment: give one."));
    if (parser.isSet(posixOption) && parser.isSet(evenIfDestroyedOption))
        return usageError(
            QStringLiteral("--even-if-destroyed is for System V segments: closing a POSIX object "
                           "never destroys it."));
    const auto lessonOf = [&]() -> core::Result<Lesson> {
        if (parser.isSet(posixOption)) {
            // The bytes as typed, not as decoded: a name that is not UTF-8 is refused, not mended.
            const auto name = core::ShmName::check(rawValue(argc, argv, "--posix"));
            if (!name.ok())
                return name.error();
            return Lesson(name.value());
        }
        const auto key = core::InputParser::key(parser.value(keyOption));
        if (!key.ok())
            return key.error();
        if (key.value() == 0)
            return core::Error::plain(QStringLiteral(
                "Key 0 is IPC_PRIVATE: each shmget() with it makes a new segment that no other "
                "program finds by key. Choose another key, such as 0x1234."));
        return Lesson(key.value());
    };
    const auto made = lessonOf();
    if (!made.ok())
        return usageError(made.error().message);
    const Lesson &lesson = made.value();
    if (command == QLatin1String("read"))
        return lesson.read(parser.isSet(evenIfDestroyedOption));
    if (command == QLatin1String("info"))
        return lesson.info();
    if (command == QLatin1String("remove"))
        return lesson.remove();

    Lesson::WriteOptions options;
    // names[] counts bytes, not characters: the UTF-8 the terminal sent (Qt reads argv as UTF-8).
    options.name = positional.at(1).toUtf8();
    options.remove = parser.isSet(removeOption);
    if (parser.isSet(holdOption)) {
        const auto hold = holdOf(parser.value(holdOption));
        if (!hold)
            return usageError(
                QStringLiteral("--hold wants seconds from 0 to %1, such as 10 or 2.5, not '%2'.")
                    .arg(MaxMilliseconds / 1000)
                    .arg(parser.value(holdOption)));
        options.hold = *hold;
    }
    if (parser.isSet(everyOption)) {
        const auto every = everyOf(parser.value(everyOption));
        if (!every)
            return usageError(
                QStringLiteral("--every wants milliseconds from 1 to %1, such as 500, not '%2'.")
                    .arg(MaxMilliseconds)
                    .arg(parser.value(everyOption)));
        options.every = *every;
    }
    if (const QString refusal = Lesson::writeRefusal(options); !refusal.isEmpty())
        return usageError(refusal);
    return lesson.write(options);
}
