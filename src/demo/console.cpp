#include "console.h"

#include "core/layout/fieldcodec.h"
#include "lesson.h"

#include <cstring>

namespace demo {

namespace {

// names[] as FieldCodec describes a char array: core's text for it escapes what a terminal cannot show.
const core::StructField &namesField()
{
    static const core::StructField field = [] {
        core::StructField f;
        f.name = QStringLiteral("names");
        f.typeName = QStringLiteral("char[51]");
        f.kind = core::StructField::Kind::String;
        f.offset = offsetof(st_pid, names);
        f.size = sizeof(st_pid::names);
        f.arrayCount = sizeof(st_pid::names);
        return f;
    }();
    return field;
}

} // namespace

void Console::print(FILE *stream, const QString &line)
{
    std::fputs(line.toUtf8().append('\n').constData(), stream);
    std::fflush(stream);
}

void Console::step(const QString &call, const QString &result)
{
    print(stdout, call + QStringLiteral(" = ") + result);
}

void Console::printFailedCall(const core::Error &error, const QString &failure)
{
    if (!error.call.isEmpty() && error.errnum != 0)
        print(stdout, error.call + QStringLiteral(" = ") + failure + QLatin1Char(' ') + error.errnoName() +
                          QStringLiteral(" (") + error.errnoText() + QLatin1Char(')'));
}

int Console::fail(const core::Error &error, CallLine callLine, const QString &advice, const QString &failure)
{
    if (callLine == CallLine::Print)
        printFailedCall(error, failure);
    QString message = QStringLiteral("shmdemo: ") + error.message;
    if (!advice.isEmpty())
        message += QLatin1Char(' ') + advice;
    print(stderr, message);
    return ExitFailure;
}

QString Console::recordText(QByteArrayView bytes)
{
    st_pid record{};
    std::memcpy(&record, bytes.data(), std::min(sizeof record, size_t(bytes.size())));
    const QByteArrayView names(record.names, sizeof record.names);
    const QString unterminated = names.contains('\0') ? QString() : QStringLiteral(" (no NUL in names[51])");
    return QStringLiteral("pid=%1, name=\"%2\"%3")
        .arg(record.pid)
        .arg(core::FieldCodec::text(namesField(), names), unterminated);
}

QString Console::nameText(QByteArrayView name)
{
    QByteArray names = name.first(std::min(name.size(), qsizetype(sizeof(st_pid::names)))).toByteArray();
    names.resize(sizeof(st_pid::names), '\0');
    return core::FieldCodec::text(namesField(), names);
}

} // namespace demo
