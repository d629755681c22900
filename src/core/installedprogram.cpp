#include "core/installedprogram.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace core {

QString InstalledProgram::ownFolder()
{
    return QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).absolutePath();
}

QString InstalledProgram::path(const QString &name)
{
    const QString here = ownFolder();
    for (const QString &folder : {here, QString(here + QStringLiteral("/../libexec/shmscope")),
                                  QString(here + QStringLiteral("/../../bin"))}) {
        const QString candidate = QDir::cleanPath(folder + QLatin1Char('/') + name);
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

} // namespace core
