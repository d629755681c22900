#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace core {

// The name of a POSIX shared memory object, as shm_open() takes it: "/" and then 1 to NAME_MAX (255) bytes
// with no other "/", not "." or "..". glibc strips the leading slashes and opens /dev/shm/REST, so a second
// slash would reach a subdirectory; it refuses "." and ".." and more than NAME_MAX bytes (ENAMETOOLONG),
// checked on this machine. We also want valid UTF-8: a name is shown in the window, the call log and JSON,
// where other bytes could not be told apart.
class ShmName
{
    Q_DECLARE_TR_FUNCTIONS(core::ShmName)

public:
    static constexpr qsizetype MaxBytes = 255; // NAME_MAX, after the leading "/"

    // The name's bytes when shm_open() may take it, or a sentence saying what is wrong with it.
    [[nodiscard]] static Result<QByteArray> check(QByteArrayView name);
};

} // namespace core
