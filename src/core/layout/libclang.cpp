#include "core/layout/libclang.h"

#include "core/logging.h"

#include <QStringList>

#include <dlfcn.h>

#include <optional>

namespace core {

namespace {

// The library file CMake found at build time, links resolved
// (/usr/lib/x86_64-linux-gnu/libclang-14.so.14.0.6).
#ifndef SHMSCOPE_LIBCLANG_FILE
#define SHMSCOPE_LIBCLANG_FILE "libclang-14.so.1"
#endif

// libclang1-14's own name for it first, found through the loader's cache wherever the system keeps it;
// then the file the build saw; then the unversioned name, for a system that ships another libclang (its
// C API is stable, and each function is looked up by name). The -dev package's libclang-14.so is not
// tried: users of the app have only the runtime package.
constexpr const char *Candidates[] = {"libclang-14.so.1", SHMSCOPE_LIBCLANG_FILE, "libclang.so.1"};

struct Loaded
{
    std::optional<LibClang> lib;
    QString incomplete; // a libclang that opened but lacks a function we call
};

// Fills every pointer from the opened library; the name of the first function it lacks, or nullptr.
const char *resolve(void *handle, LibClang &lib)
{
#define SHMSCOPE_LIBCLANG_RESOLVE(name)                                                                      \
    lib.name = reinterpret_cast<decltype(lib.name)>(dlsym(handle, "clang_" #name));                          \
    if (!lib.name)                                                                                           \
        return "clang_" #name;
    SHMSCOPE_LIBCLANG_FUNCTIONS(SHMSCOPE_LIBCLANG_RESOLVE)
#undef SHMSCOPE_LIBCLANG_RESOLVE
    return nullptr;
}

Loaded load()
{
    QStringList failures;
    QString incomplete; // a libclang that opened but lacks a function we call
    for (const char *file : Candidates) {
        // RTLD_LOCAL: libLLVM's symbols stay out of the global namespace, where another LLVM (a Mesa
        // driver's) could meet them.
        void *handle = dlopen(file, RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            failures << QString::fromLocal8Bit(dlerror());
            continue;
        }
        LibClang lib;
        if (const char *missing = resolve(handle, lib)) {
            // Left open: unloading LLVM runs its static destructors, which is not safe to rely on.
            incomplete = QString::fromLocal8Bit(file);
            failures << QStringLiteral("%1 has no %2").arg(incomplete, QLatin1String(missing));
            continue;
        }
        return {lib, QString()};
    }
    qCWarning(lcCore).noquote() << "libclang could not be opened:" << failures.join(QStringLiteral("; "));
    return {std::nullopt, incomplete};
}

// Once per process: a function-local static is initialized by the first caller while others wait.
const Loaded &loaded()
{
    static const Loaded once = load();
    return once;
}

} // namespace

const LibClang *LibClang::instance()
{
    const Loaded &l = loaded();
    return l.lib ? &*l.lib : nullptr;
}

QString LibClang::loadError()
{
    const Loaded &l = loaded();
    if (l.lib)
        return {};
    return l.incomplete.isEmpty()
               ? tr("libclang-14 is not installed. To read structs, install the Debian packages libclang1-14, "
                    "libclang-common-14-dev (clang's own headers) and libc6-dev (the C library's headers), or "
                    "libclang-14-dev, which brings all three.")
               : tr("The libclang found (%1) is too old to read structs: install the Debian packages "
                    "libclang1-14, libclang-common-14-dev and libc6-dev.")
                     .arg(l.incomplete);
}

} // namespace core
