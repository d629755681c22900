#pragma once

#include "core/layout/layoutmemory.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace core {

// The user's saved layouts, as .h files in their data folder (~/.local/share/ShmScope/shmscope/layouts), the
// recently used ones, and which layout each key (or POSIX object's name) was last read with, so that
// attaching key 0x1234 or opening /st_pid again picks the same struct. The last two are kept in a LayoutMemory
// (the program's settings).
class LayoutLibrary
{
    Q_DECLARE_TR_FUNCTIONS(core::LayoutLibrary)

public:
    static constexpr int MaximumRecent = 8;

    // `memory` outlives the library.
    explicit LayoutLibrary(LayoutMemory &memory) : m_memory(&memory) {}

    [[nodiscard]] static QString folder();
    // The saved layouts' names (file names without .h), sorted.
    [[nodiscard]] static QStringList names();
    // The text of a layout: the built-in st_pid, a saved name, or the path of a .h file.
    [[nodiscard]] static Result<QString> load(const QString &nameOrPath);
    [[nodiscard]] static Result<Done> save(const QString &name, const QString &cText);
    // What load() finds the layout again with from any working directory: a name as it is, a path made
    // absolute.
    [[nodiscard]] static QString source(const QString &nameOrPath);
    // The name a layout goes by: a saved one's or the built-in's, or a file's without its folder and .h.
    [[nodiscard]] static QString nameOf(const QString &nameOrPath);

    // Saved names, the built-in's and paths of .h files, the last used first.
    [[nodiscard]] QStringList recent() const;
    [[nodiscard]] QString layoutFor(const LayoutSubject &subject) const; // empty when none was remembered
    // The layout just used, for `subject` (a key of 0, IPC_PRIVATE: none) and among the recent ones, when
    // load() finds it again with `source`. One it cannot find (pasted and never saved) is not remembered, and
    // the subject forgets the one it had: the next attach would otherwise say that it cannot read it, or show
    // an older one.
    void remember(const LayoutSubject &subject, const QString &source);

private:
    [[nodiscard]] static bool isPath(const QString &nameOrPath);

    LayoutMemory *m_memory;
};

} // namespace core
