#pragma once

#include "core/layout/structlayout.h"
#include "core/layout/structparser.h"
#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

class QProcess;

namespace core {

// Runs shmscope-layout, the program that lays out one text with libclang, so that text which would take clang
// minutes or gigabytes ends in a sentence instead of a frozen window or a machine out of memory. libclang
// cannot be interrupted safely from inside the process; a child can be killed.
//
// Two ways: layOut() waits for the answer (the command line, which has nothing else to do), and an object of
// this class lays out in the background, telling the answer with finished(), so that a window keeps painting
// and answering while clang works (loading libclang alone takes a noticeable part of a second).
class LayoutWorker : public QObject
{
    Q_OBJECT

public:
    // How long a layout may take, start of the program included; a normal one takes some tens of ms.
    static constexpr std::chrono::milliseconds Deadline{8000};
    // The worker's address space (RLIMIT_AS): libclang with the prelude needs about 100 MiB.
    static constexpr quint64 MemoryLimit = quint64(2) << 30;
    // The program's file name, looked for where core::InstalledProgram looks.
    static constexpr char ProgramName[] = "shmscope-layout";

    [[nodiscard]] static Result<StructLayout> layOut(const QByteArray &userText,
                                                     QList<StructDiagnostic> *diagnostics);
    // Where shmscope-layout is, or an empty string when it is in none of our places.
    [[nodiscard]] static QString programPath();

    explicit LayoutWorker(QObject *parent = nullptr);
    ~LayoutWorker() override; // stops a layout still running

    // Starts laying out `userText` in the background; a layout still running is stopped first, and its
    // answer never comes. finished() tells the answer, once, from the event loop (never from inside start()).
    void start(const QByteArray &userText);
    // Stops the layout running, if any: its finished() never comes.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_process != nullptr; }

signals:
    void finished(const core::Result<core::StructLayout> &layout);

private:
    void answer(const Result<StructLayout> &layout);

    std::unique_ptr<QProcess> m_process;
    QTimer m_deadline;
    quint64 m_generation = 0; // moves on with every start, stop and answer: an answer of an older one is dropped
};

} // namespace core
