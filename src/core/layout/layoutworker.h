#pragma once

#include "core/layout/structlayout.h"
#include "core/layout/structparser.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <chrono>

namespace core {

// Runs shmscope-layout, the program that lays out one text with libclang, and waits for its answer, so that
// text which would take clang minutes or gigabytes ends in a sentence instead of a frozen window or a machine
// out of memory. libclang cannot be interrupted safely from inside the process; a child can be killed.
class LayoutWorker
{
    Q_DECLARE_TR_FUNCTIONS(core::LayoutWorker)

public:
    // How long a layout may take, start of the program included; a normal one takes some tens of ms.
    static constexpr std::chrono::milliseconds Deadline{8000};
    // The worker's address space (RLIMIT_AS): libclang with the prelude needs about 100 MiB.
    static constexpr quint64 MemoryLimit = quint64(2) << 30;
    // The program's file name, looked for beside the running program, then in ../libexec/shmscope/.
    static constexpr char ProgramName[] = "shmscope-layout";

    [[nodiscard]] static Result<StructLayout> layOut(const QByteArray &userText,
                                                     QList<StructDiagnostic> *diagnostics);
    // Where shmscope-layout is, or an empty string when it is in neither place.
    [[nodiscard]] static QString programPath();
};

} // namespace core
