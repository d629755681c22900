#include "core/leaks/logindremoveipc.h"

#include "core/textfile.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

namespace core {

namespace {

// A logind.conf is a few hundred bytes; anything past this is not one.
constexpr qint64 MaxConfBytes = 1 << 20;

QString under(const QString &root, const QString &path)
{
    return QDir::cleanPath(root + QLatin1Char('/') + path);
}

} // namespace

std::optional<bool> LogindRemoveIpc::parseBoolean(QByteArrayView word)
{
    const QByteArray w = word.toByteArray().toLower();
    for (const char *yes : {"1", "yes", "y", "true", "t", "on"}) {
        if (w == yes)
            return true;
    }
    for (const char *no : {"0", "no", "n", "false", "f", "off"}) {
        if (w == no)
            return false;
    }
    return std::nullopt;
}

std::optional<bool> LogindRemoveIpc::parse(QByteArrayView text)
{
    std::optional<bool> value;
    bool inLogin = false;
    const QList<QByteArray> lines = text.toByteArray().split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith(';'))
            continue;
        if (line.startsWith('[')) {
            inLogin = line == "[Login]";
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (!inLogin || equals < 0 || line.left(equals).trimmed() != "RemoveIPC")
            continue;
        if (const auto on = parseBoolean(line.mid(equals + 1).trimmed()))
            value = on;
    }
    return value;
}

QStringList LogindRemoveIpc::files(const QString &root)
{
    QStringList files;
    const QString main = under(root, QStringLiteral("etc/systemd/logind.conf"));
    if (QFileInfo(main).isFile())
        files << main;
    // By file name: the first folder that has a name gives its file.
    QMap<QString, QString> dropIns;
    for (const char *folder : {"etc/systemd/logind.conf.d", "run/systemd/logind.conf.d",
                               "usr/local/lib/systemd/logind.conf.d", "usr/lib/systemd/logind.conf.d"}) {
        const QDir dir(under(root, QLatin1String(folder)));
        const QFileInfoList entries = dir.entryInfoList({QStringLiteral("*.conf")}, QDir::Files | QDir::System);
        for (const QFileInfo &entry : entries) {
            if (!dropIns.contains(entry.fileName()))
                dropIns.insert(entry.fileName(), entry.filePath());
        }
    }
    files << dropIns.values();
    return files;
}

LogindRemoveIpc LogindRemoveIpc::read(const QString &root)
{
    LogindRemoveIpc setting;
    for (const char *program : {"usr/lib/systemd/systemd-logind", "lib/systemd/systemd-logind"})
        setting.logind = setting.logind || QFileInfo::exists(under(root, QLatin1String(program)));
    bool value = true; // logind's default
    const QStringList paths = files(root);
    for (const QString &path : paths) {
        const auto text = TextFile::read(path, MaxConfBytes);
        if (!text.ok())
            continue;
        if (const auto set = parse(text.value())) {
            value = *set;
            setting.decidedBy = path;
        }
    }
    setting.on = setting.logind && value;
    return setting;
}

} // namespace core
