#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QString>

#include <cstdio>

namespace demo {

// What shmdemo says: each call as C with what it returned on stdout, a refusal's sentence on stderr, and the
// lesson's record as its printf shows it. Shared by the lesson's steps, its lock and the race watch.
class Console
{
public:
    // Whether fail() still has to print the failed call's line.
    enum class CallLine { Print, AlreadyPrinted };

    // One line, at once: a class watches the steps live, and a script reads them from a pipe.
    static void print(FILE *stream, const QString &line);
    // "call = result" on stdout.
    static void step(const QString &call, const QString &result);
    // "call = -1 ENAME (meaning)" on stdout, when the error came from a call; `failure` is what it returned.
    static void printFailedCall(const core::Error &error, const QString &failure = QStringLiteral("-1"));
    // The failed call's line (unless already printed), then "shmdemo: message advice" on stderr. ExitFailure.
    static int fail(const core::Error &error, CallLine callLine = CallLine::Print, const QString &advice = {},
                    const QString &failure = QStringLiteral("-1"));
    // The lesson's 56 bytes as its printf shows them: pid=4242, name="Alice". names[] without a NUL is said
    // so, rather than read on past it as printf("%s") would.
    [[nodiscard]] static QString recordText(QByteArrayView record);
    // A name as recordText() writes names[]: "Alice", with what a terminal cannot show escaped.
    [[nodiscard]] static QString nameText(QByteArrayView name);
};

} // namespace demo
