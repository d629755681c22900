#include "core/result.h"

#include <cerrno>
#include <cstring>

namespace core {

namespace {
// strerrorname_np() needs glibc 2.32; this covers what the System V calls can return.
const char *nameOfErrno(int errnum)
{
    switch (errnum) {
    case EPERM: return "EPERM";
    case ENOENT: return "ENOENT";
    case EINTR: return "EINTR";
    case ENOMEM: return "ENOMEM";
    case EACCES: return "EACCES";
    case EFAULT: return "EFAULT";
    case EEXIST: return "EEXIST";
    case EINVAL: return "EINVAL";
    case ENFILE: return "ENFILE";
    case EMFILE: return "EMFILE";
    case ENOSPC: return "ENOSPC";
    case EOVERFLOW: return "EOVERFLOW";
    case EIDRM: return "EIDRM";
    default: return nullptr;
    }
}
} // namespace

QString Error::errnoName() const
{
    if (errnum == 0)
        return {};
    const char *name = nameOfErrno(errnum);
    return name ? QString::fromLatin1(name) : QString::number(errnum);
}

QString Error::errnoText() const
{
    return errnum == 0 ? QString() : QString::fromLocal8Bit(std::strerror(errnum));
}

QString Error::toString() const
{
    if (call.isEmpty())
        return message;
    if (errnum == 0)
        return message + QStringLiteral(" [") + call + QLatin1Char(']');
    return message + QStringLiteral(" [") + call + QStringLiteral(" = -1 ") + errnoName() + QStringLiteral(" (")
           + errnoText() + QStringLiteral(")]");
}

} // namespace core
