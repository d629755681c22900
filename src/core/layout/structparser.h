#pragma once

#include "core/layout/structlayout.h"
#include "core/result.h"
#include "core/translations.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace core {

// A message about the pasted text, placed in it: line and column count from 1 at the text's first
// character (columns in characters, as an editor counts them); 0 when the message has no place.
struct StructDiagnostic
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    int line = 0;
    int column = 0;
    QString file;    // empty for the pasted text; a header's path when the trouble is inside it
    QString message; // clang's own words, or ours for what we refuse ("... has 0 elements")

    [[nodiscard]] QString toString() const; // "line 2, column 5: unknown type name 'foo_t'"
};

// C declarations as people paste them from their code, laid out by the compiler itself (libclang, the C
// API): offsets, sizeof, alignment, bitfields, padding, #pragma pack, __attribute__((packed)), with the
// system types of a prelude of standard headers (pthread_mutex_t, sem_t, struct timespec, pid_t,
// int32_t...). With LibClang (libclang.h), the only code that sees <clang-c/Index.h>; libclang is opened on the
// first parse, so a process that never parses never loads it.
//
// The layout is the last struct or union the text defines; the ones before it are its parts. Each call
// parses from scratch and shares nothing, so calls may run on any thread.
//
// Pasted text is not to be trusted: a macro can expand for ever, a struct of 60,000 fields is a lot of work,
// and libclang cannot be stopped from outside. So parse() lays out in a process of its own (LayoutWorker:
// the shmscope-layout program, which calls parseHere()) with a deadline and a memory limit, and the text may
// include only the prelude's headers, enforced where clang looks files up.
class StructParser
{
    Q_DECLARE_TR_FUNCTIONS(core::StructParser)

public:
    // Layouts larger than this are refused: no segment of that size can be attached.
    static constexpr quint64 MaxLayoutSize = quint64(1) << 40; // 1 TiB
    // Array elements listed as rows, at most, for one array; the rest are counted in omittedElements. The
    // first is always listed: the struct pane makes every element from it (FieldTree); --read lists these.
    static constexpr quint64 MaxArrayElementsListed = 1000;
    // Rows of a whole layout, at most; arrays met after the budget is spent list fewer elements.
    static constexpr quint64 MaxRows = 100000;
    // Levels of nesting (structs in structs, array dimensions), at most.
    static constexpr int MaxNesting = 64;
    // Text longer than this is refused before clang sees it.
    static constexpr qsizetype MaxTextBytes = 1 << 20;

    // The layout of the text's last struct or union. On failure the error's message holds the
    // diagnostics, one a line ("line 2, column 5: unknown type name 'foo_t'"), errnum 0. Warnings and
    // errors are also handed back placed (for markers in an editor) when `diagnostics` is given.
    [[nodiscard]] static Result<StructLayout> parse(const QString &cText,
                                                    QList<StructDiagnostic> *diagnostics = nullptr);
    // What parse() answers without starting the worker: the built-in st_pid's layout, or the refusal of text
    // that clang is never shown (empty, too long, too many array dimensions); nullopt when the text needs
    // clang. The window lays out in the background (LayoutWorker's finished()) only what this leaves.
    [[nodiscard]] static std::optional<Result<StructLayout>> parseWithoutWorker(const QString &cText);
    // The same in this process, with no limit of time or memory: for the layout worker itself and for the
    // fuzzer, which runs it under limits of its own.
    [[nodiscard]] static Result<StructLayout> parseHere(const QString &cText,
                                                        QList<StructDiagnostic> *diagnostics = nullptr);

    // The lesson's struct, the layout chosen when the user has given none: 56 bytes. Its comments (the
    // fields' descriptions) speak `language`: the lesson's own words in Chinese, their English otherwise;
    // without a language, the one installed (Translations), English before any is.
    [[nodiscard]] static QString builtinStPid();
    [[nodiscard]] static QString builtinStPid(Translations::Language language);
    [[nodiscard]] static QString builtinName() { return QStringLiteral("st_pid"); }
    // The language of `cText` when it is builtinStPid() in one; nullopt for any other text.
    [[nodiscard]] static std::optional<Translations::Language> builtinLanguage(const QString &cText);
    // builtinStPid() laid out, without loading libclang (about 65 MB the first time): what parse() gives for
    // it on Linux, which tst_structparser checks field by field.
    [[nodiscard]] static const StructLayout &builtinLayout();
    [[nodiscard]] static const StructLayout &builtinLayout(Translations::Language language);

    // The #include lines put before the pasted text, so that a C program compiled elsewhere (the tests'
    // gcc probes) sees the same types.
    [[nodiscard]] static const QByteArray &prelude();

private:
    // What is wrong with the text before clang sees it (empty, too long, too many array dimensions).
    [[nodiscard]] static std::optional<Error> textProblem(const QString &cText, const QByteArray &userText);
};

} // namespace core
