#pragma once

// Private to StructParser: only structparser.cpp and libclang.cpp include this header, so the rest of
// the code never sees a clang type.

#include <QCoreApplication>
#include <QString>

#include <clang-c/Index.h>

namespace core {

// The functions of libclang's C API that StructParser calls, as clang_X -> X.
#define SHMSCOPE_LIBCLANG_FUNCTIONS(F)                                                                       \
    F(createIndex)                                                                                           \
    F(disposeIndex)                                                                                          \
    F(parseTranslationUnit2)                                                                                 \
    F(disposeTranslationUnit)                                                                                \
    F(getTranslationUnitCursor)                                                                              \
    F(getCString)                                                                                            \
    F(disposeString)                                                                                         \
    F(getNumDiagnostics)                                                                                     \
    F(getDiagnostic)                                                                                         \
    F(getDiagnosticSeverity)                                                                                 \
    F(getDiagnosticLocation)                                                                                 \
    F(getDiagnosticSpelling)                                                                                 \
    F(disposeDiagnostic)                                                                                     \
    F(getPresumedLocation)                                                                                   \
    F(getInclusions)                                                                                         \
    F(getFileName)                                                                                           \
    F(getCursorLocation)                                                                                     \
    F(getCursorKind)                                                                                         \
    F(getCursorSpelling)                                                                                     \
    F(getCursorType)                                                                                         \
    F(isCursorDefinition)                                                                                    \
    F(visitChildren)                                                                                         \
    F(Cursor_getOffsetOfField)                                                                               \
    F(Cursor_getRawCommentText)                                                                              \
    F(Cursor_isBitField)                                                                                     \
    F(getFieldDeclBitWidth)                                                                                  \
    F(getEnumConstantDeclValue)                                                                              \
    F(getEnumConstantDeclUnsignedValue)                                                                      \
    F(getEnumDeclIntegerType)                                                                                \
    F(getTypeSpelling)                                                                                       \
    F(getCanonicalType)                                                                                      \
    F(getTypeDeclaration)                                                                                    \
    F(getArrayElementType)                                                                                   \
    F(getArraySize)                                                                                          \
    F(Type_getSizeOf)                                                                                        \
    F(Type_getAlignOf)                                                                                       \
    F(Type_getValueType)                                                                                     \
    F(Type_visitFields)

// libclang (about 50 MiB of it and libLLVM), opened with dlopen the first time a struct is parsed rather
// than linked: `shmscope --list`, `--dump` and a GUI that never lays out a struct do not pay for it, and
// without the library installed the rest of the app still works.
//
// The members are pointers to the C functions, named without their clang_ prefix:
// clang_getCursorKind(c) is lib->getCursorKind(c).
class LibClang
{
    Q_DECLARE_TR_FUNCTIONS(core::LibClang)

public:
    // The library, opened and its functions looked up on the first call, once, whichever thread calls
    // first; nullptr when it cannot be opened, and then loadError() says what to install.
    [[nodiscard]] static const LibClang *instance();
    // Why instance() is nullptr, in a sentence for the user (in the language of the moment); empty once the
    // library is open.
    [[nodiscard]] static QString loadError();

#define SHMSCOPE_LIBCLANG_MEMBER(name) decltype(&::clang_##name) name = nullptr;
    SHMSCOPE_LIBCLANG_FUNCTIONS(SHMSCOPE_LIBCLANG_MEMBER)
#undef SHMSCOPE_LIBCLANG_MEMBER
};

} // namespace core
