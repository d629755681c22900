#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace core {

// The lesson's record, struct st_pid { int pid; char names[51]; } (56 bytes with its padding): what the
// lesson's programs, shmdemo and the window's lesson writers agree on.
class StPid
{
    Q_DECLARE_TR_FUNCTIONS(core::StPid)

public:
    static constexpr qsizetype Size = 56;
    // names[51] holds this many bytes of text and the closing NUL.
    static constexpr qsizetype MaxNameBytes = 50;

    // Why `name` (UTF-8) cannot go into names[]: empty, or longer than it holds, even once a writer that
    // renames itself `renames` times has numbered it ("Alice 172800"); an empty string when it can. The
    // lesson's strcpy() would write past the array into whatever follows; we refuse instead.
    [[nodiscard]] static QString nameRefusal(const QByteArray &name, qint64 renames = 0);
    // The name of the `number`th rename: "Alice 3".
    [[nodiscard]] static QByteArray numberedName(const QByteArray &name, qint64 number);
};

} // namespace core
