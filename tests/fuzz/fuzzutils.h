#pragma once

// Shared by the libFuzzer targets: a failed invariant must end the process, or libFuzzer never hears of it.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzz {

// An invariant does not hold: say which, and abort so that libFuzzer keeps the input as a crash.
[[noreturn]] inline void fail(const char *target, const QString &what)
{
    QString shown; // control characters (a NUL above all) escaped, or the message would end at the first
    for (const QChar c : what)
        shown += c.unicode() < 0x20 && c != QLatin1Char('\n')
                     ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                     : QString(c);
    std::fprintf(stderr, "%s: invariant broken: %s\n", target, shown.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

// Qt's messages cost more than a small input's parse, and a malformed line is warned about on purpose:
// drop them all. A fatal message (Q_ASSERT, qFatal) still ends the process, with its text.
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", message.toUtf8().constData());
            std::fflush(stderr);
            std::abort();
        }
    });
}

// The fuzzer's bytes as the text a person would paste, at most maxBytes of them. Any bytes are taken:
// what is not UTF-8 becomes U+FFFD, as it would from a file or the clipboard.
inline QString text(const std::uint8_t *data, std::size_t size, std::size_t maxBytes)
{
    const auto n = qsizetype(size < maxBytes ? size : maxBytes);
    return QString::fromUtf8(reinterpret_cast<const char *>(data), n);
}

// A deterministic seed from the input, so that a crash found with "random" bytes reproduces from the file.
inline quint64 seedOf(const std::uint8_t *data, std::size_t size)
{
    quint64 hash = 14695981039346656037ULL; // FNV-1a
    for (std::size_t i = 0; i < size; ++i)
        hash = (hash ^ data[i]) * 1099511628211ULL;
    return hash;
}

} // namespace fuzz
