#pragma once

#include <QByteArray>
#include <QString>

namespace core {

// Reading one of the kernel's tables of /proc/sysvipc (shm, sem, msg) while making sure it is the kernel's:
// a bind mount can put anything over it, and /dev/null reads as a table without a single row.
class KernelTable
{
public:
    // Reads the table at path into *text when it is the kernel's. Returns why it was not read, or an empty
    // string when it was; *identified says whether its folder lists it as the file that was read.
    [[nodiscard]] static QString read(const QString &path, QByteArray *text, bool *identified = nullptr);
};

} // namespace core
