#pragma once

#include <QString>

namespace core {

// Where ShmScope's own programs are, for whichever of them asks. Built, they all sit in build/bin. Installed,
// the ones people run are in bin/ (shmscope, shmdemo) and the ones only we start are in libexec/shmscope/
// (the window, the layout worker), so each looks beside itself, then across: bin/ → ../libexec/shmscope/,
// libexec/shmscope/ → ../../bin/.
class InstalledProgram
{
public:
    // The running program's folder, from /proc/self/exe: usable before any QCoreApplication exists (the
    // command line starts the window without making one).
    [[nodiscard]] static QString ownFolder();
    // The executable `name` of ours, cleaned; empty when none of the places holds it.
    [[nodiscard]] static QString path(const QString &name);
};

} // namespace core
