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
  read              shmget, shmat read-only, print the pid and name, shmdt; with --watch,
                    read it again and again (see The race below)
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
                    milliseconds, so that readers see the bytes change;
                    read --watch: read every MS milliseconds (default 10)
  --remove          write: end with shmctl(IPC_RMID), or shm_unlink with --posix
  --slow            write: write the record as a slow machine might: the pid, then
                    names[] one byte at a time, 2 ms a byte, tagged with the pid at both
                    ends ("4242:Alice:4242"; the name may not hold ':')
  --lock            write, read --watch: take the semaphore set with the segment's key
                    (made if missing, its one semaphore at 1) before each write or read,
                    and give it back after: semop -1, then +1, both with SEM_UNDO so that
                    a process that dies holding it gives it back. System V only
  --watch           read: read the record every --every MS and print each record that
                    differs from the one read before it: whole, torn, or as read prints
                    it; end with the tally
  --count N         read --watch: stop after N reads; without it, at SIGINT or SIGTERM
  --even-if-destroyed
                    read: read even when kernel.shm_rmid_forced is 1 and nobody has the
                    segment attached, so that this read's shmdt destroys it (without
                    it, read refuses such a segment and attaches nothing)
  -h, --help        print this help and exit
  --version         print the version and exit

The race:
  With --slow, names[] holds "PID:NAME:PID". A writer writes from the first byte to
  the last, so a record that two writers tore starts with the later writer's bytes
  and ends with the earlier one's: the pid field and the two tags disagree. read
  --watch calls a record torn only when they do ("torn: bytes from pid 1234 and pid
  5678"), so one writer's whole record is never called torn; whole when the pid
  field and both tags agree; any other record (a plain name, or one still being
  written over its own writer's) is printed as read prints it. Its last line counts
  the reads, the distinct records and the torn ones: "300 reads, 41 distinct
  records, 6 torn". With --lock on every writer and the reader, none is torn.
  The lock's set stays after the writers end: ipcrm -S KEY removes it.

Exit status: 0 on success, 1 when a call fails, 2 on bad usage.

Examples:
  shmdemo write Alice --hold 60 --every 500    # in one terminal
  shmdemo read                                 # in another, as often as you like
  shmdemo remove
  shmdemo write Bob --posix /st_pid --hold 60   # the POSIX twin, side by side
  shmdemo read --posix /st_pid
  shmdemo write Alice --slow --every 1 --hold 30 &   # two writers without a lock
  shmdemo write Bob --slow --every 1 --hold 30 &     # tear the record...
  shmdemo read --watch --count 300
  shmdemo write Alice --slow --lock --every 1 --hold 30 &   # ...and with it, never
  shmdemo write Bob --slow --lock --every 1 --hold 30 &
  shmdemo read --watch --count 300 --lock
  ipcrm -S 0x1234
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

std::optional<qint64> countOf(const QString &text)
{
    bool ok = false;
    const qint64 count = text.toLongLong(&ok);
    if (!ok || count < 1 || count > demo::RaceWatch::MaxCount)
        return std::nullopt;
    return count;
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
    const QCommandLineOption slowOption(QStringLiteral("slow"), {});
    const QCommandLineOption lockOption(QStringLiteral("lock"), {});
    const QCommandLineOption watchOption(QStringLiteral("watch"), {});
    const QCommandLineOption countOption(QStringLiteral("count"), {}, QStringLiteral("N"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, {});
    const QCommandLineOption versionOption(QStringLiteral("version"), {});
    // The help is our own text (commands have no place in QCommandLineParser's), so the parser only parses.
    QCommandLineParser parser;
    parser.addOptions({keyOption, holdOption, everyOption, removeOption, evenIfDestroyedOption, posixOption,
                       slowOption, lockOption, watchOption, countOption, helpOption, versionOption});
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
    const bool read = command == QLatin1String("read");
    const bool watch = parser.isSet(watchOption);
    if (watch && !read)
        return usageError(QStringLiteral("--watch goes with read, not with %1.").arg(command));
    if (!write) {
        for (const QCommandLineOption *option : {&holdOption, &removeOption, &slowOption}) {
            if (parser.isSet(*option))
                return usageError(QStringLiteral("--%1 goes with write, not with %2.")
                                      .arg(option->names().first(), command));
        }
        // --every paces the renames of write and the reads of read --watch.
        for (const QCommandLineOption *option : {&everyOption, &lockOption}) {
            if (parser.isSet(*option) && !watch)
                return usageError(
                    QStringLiteral("--%1 goes with write or read --watch, not with %2%3.")
                        .arg(option->names().first(), command, read ? QStringLiteral(" alone") : QString()));
        }
    }
    if (parser.isSet(countOption) && !watch)
        return usageError(QStringLiteral("--count goes with read --watch."));

    if (command != QLatin1String("read") && parser.isSet(evenIfDestroyedOption))
        return usageError(QStringLiteral("--even-if-destroyed goes with read, not with %1.").arg(command));

    if (parser.isSet(posixOption) && parser.isSet(keyOption))
        return usageError(
            QStringLiteral("--posix names a POSIX object and --key a System V segment: give one."));
    if (parser.isSet(posixOption) && (parser.isSet(lockOption) || watch))
        return usageError(
            QStringLiteral(
                "--%1 is for System V: the lock is the semaphore set with the segment's key, and a POSIX "
                "object has no key. Drop --posix, or --%1.")
                .arg(watch ? QStringLiteral("watch") : QStringLiteral("lock")));
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
    if (read && watch) {
        demo::RaceWatch::Options options;
        if (parser.isSet(everyOption)) {
            const auto every = everyOf(parser.value(everyOption));
            if (!every)
                return usageError(
                    QStringLiteral("--every wants milliseconds from 1 to %1, such as 10, not '%2'.")
                        .arg(MaxMilliseconds)
                        .arg(parser.value(everyOption)));
            options.every = *every;
        }
        if (parser.isSet(countOption)) {
            const auto count = countOf(parser.value(countOption));
            if (!count)
                return usageError(QStringLiteral("--count wants a number of reads from 1 to %1, such as 300, "
                                                 "not '%2'.")
                                      .arg(demo::RaceWatch::MaxCount)
                                      .arg(parser.value(countOption)));
            options.count = *count;
        }
        return lesson.watch(options, parser.isSet(lockOption), parser.isSet(evenIfDestroyedOption));
    }
    if (read)
        return lesson.read(parser.isSet(evenIfDestroyedOption));
    if (command == QLatin1String("info"))
        return lesson.info();
    if (command == QLatin1String("remove"))
        return lesson.remove();

    Lesson::WriteOptions options;
    // names[] counts bytes, not characters: the UTF-8 the terminal sent (Qt reads argv as UTF-8).
    options.name = positional.at(1).toUtf8();
    options.remove = parser.isSet(removeOption);
    options.slow = parser.isSet(slowOption);
    options.lock = parser.isSet(lockOption);
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
