#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace core {

// The user's saved layouts, as .h files in their data folder (~/.local/share/ShmScope/shmscope/layouts), the
// recently used ones, and which layout each key was last read with, so that attaching key 0x1234 again
// picks the same struct.
class LayoutLibrary
{
    Q_DECLARE_TR_FUNCTIONS(core::LayoutLibrary)

public:
    static constexpr int MaximumRecent = 8;

    [[nodiscard]] static QString folder();
    // The saved layouts' names (file names without .h), sorted.
    [[nodiscard]] static QStringList names();
    // The text of a layout: the built-in st_pid, a saved name, or the path of a .h file.
    [[nodiscard]] static Result<QString> load(const QString &nameOrPath);
    [[nodiscard]] static Result<Done> save(const QString &name, const QString &cText);

    [[nodiscard]] static QStringList recent();
    static void addRecent(const QString &name);
    [[nodiscard]] static QString layoutForKey(qint32 key); // empty when none was remembered
    static void rememberLayoutForKey(qint32 key, const QString &name);
};

} // namespace core
