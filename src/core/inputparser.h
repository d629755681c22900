#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace core {

// What people type for keys, sizes and modes, read strictly: a value, or a sentence saying what is wrong.
class InputParser
{
    Q_DECLARE_TR_FUNCTIONS(core::InputParser)

public:
    // A whole number as written: "42", "-42", "+42", "0x2a", "-0X2A"; ASCII digits only, nothing between
    // them, spaces around allowed. Each reader below decides which signs and sizes it takes.
    struct Integer
    {
        bool hasSign = false;
        bool negative = false;
        bool hex = false;
        quint64 magnitude = 0;
        bool overflow = false; // more than 64 bits of magnitude
    };
    [[nodiscard]] static std::optional<Integer> integer(QStringView text);
    // 0-15 for an ASCII hex digit, -1 for anything else (QChar::isDigit() also takes other scripts' digits).
    [[nodiscard]] static int hexDigitValue(QChar c);

    // "0x1234", "0X1234", "4660", "-5" (as ftok keys are signed ints), surrounding spaces allowed.
    // The value must fit in 32 bits; 0 is IPC_PRIVATE and is accepted here (callers decide).
    [[nodiscard]] static Result<qint32> key(const QString &text);
    // "56", "4096 B", "4 KiB", "4k", "1.5 MiB", "2 GB" (GB = 10^9, GiB = 2^30); whole bytes only.
    [[nodiscard]] static Result<quint64> size(const QString &text);
    // The unit a size is written with, by its usual name: "B", "KiB" (for "4k", "4 kib", "4 KiB"), "MiB",
    // "GiB", "TiB", "kB" (for "4 kb"), "MB", "GB", "TB"; empty for a plain number or for what is no size.
    [[nodiscard]] static QString sizeUnit(const QString &text);
    // Octal permission bits "640" or "0640", at most 0777.
    [[nodiscard]] static Result<quint32> mode(const QString &text);
    // A byte offset: "0x10" in hex or "16" in decimal, no sign, no unit.
    [[nodiscard]] static Result<quint64> offset(const QString &text);
    // Bytes written in hex, "42 6f 62", "426f62" or "0x42 0x6f": whole bytes only.
    [[nodiscard]] static Result<QByteArray> hexBytes(const QString &text);
};

} // namespace core
