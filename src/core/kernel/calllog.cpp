#include "core/kernel/calllog.h"

#include "core/bytes/byteformat.h"
#include "core/segments/segmentformat.h"

namespace core {

QString CallRecord::statement() const
{
    if (kind == Kind::Event)
        return text;
    QString statement = text;
    if (!result.isEmpty())
        statement += QStringLiteral(" = ") + result;
    if (errnum != 0) {
        const Error error{text, errnum, {}};
        statement += QLatin1Char(' ') + error.errnoName() + QStringLiteral(" (") + error.errnoText()
                     + QLatin1Char(')');
    }
    return code.isEmpty() ? statement : code + QStringLiteral("  // ") + statement;
}

QString CallRecord::line() const
{
    QString line = time.toString(QStringLiteral("HH:mm:ss.zzz")) + QStringLiteral("  ") + statement();
    if (!shell.isEmpty())
        line += QStringLiteral("    # ") + shell;
    return line;
}

CallLog &CallLog::instance()
{
    static CallLog *log = [] {
        qRegisterMetaType<core::CallRecord>();
        return new CallLog; // lives as long as the process: records may come from destructors at exit
    }();
    return *log;
}

void CallLog::succeeded(const QString &call, const QString &result, const QString &shell)
{
    Q_EMIT instance().recorded(
        {CallRecord::Kind::Call, QDateTime::currentDateTime(), call, result, 0, shell, {}});
}

void CallLog::copied(const QString &call, const QString &code)
{
    Q_EMIT instance().recorded({CallRecord::Kind::Call, QDateTime::currentDateTime(), call, {}, 0, {}, code});
}

void CallLog::failed(const Error &error, const QString &shell)
{
    if (error.errnum == 0)
        return;
    Q_EMIT instance().recorded({CallRecord::Kind::Call, QDateTime::currentDateTime(), error.call,
                                QStringLiteral("-1"), error.errnum, shell, {}});
}

Error CallLog::refused(QString call, int errnum, Shm::Log log, QString message, const QString &shell)
{
    Error error{std::move(call), errnum, std::move(message)};
    if (log == Shm::Log::Record)
        failed(error, shell);
    return error;
}

void CallLog::event(const QString &sentence)
{
    Q_EMIT instance().recorded(
        {CallRecord::Kind::Event, QDateTime::currentDateTime(), sentence, {}, 0, {}, {}});
}

QString CallLog::memcpyCall(quint64 address, quint64 offset, QByteArrayView bytes)
{
    constexpr qsizetype ShownBytes = 24;
    // One arg() for all: the literal may hold a "%1" of its own, which a later arg() would fill.
    return QStringLiteral("memcpy(%1 + 0x%2, %3, %4)")
        .arg(SegmentFormat::address(address), QString::number(offset, 16),
             ByteFormat::cLiteral(bytes, ShownBytes), QString::number(bytes.size()));
}

} // namespace core
