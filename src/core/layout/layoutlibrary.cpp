#include "core/layout/layoutlibrary.h"

#include "core/layout/structparser.h"
#include "core/segments/segmentformat.h"
#include "core/textfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace core {

namespace {

const QString Suffix = QStringLiteral(".h");

QString keySetting(qint32 key)
{
    return QStringLiteral("layoutForKey/") + SegmentFormat::key(key);
}

} // namespace

QString LayoutLibrary::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/layouts");
}

QStringList LayoutLibrary::names()
{
    QStringList names;
    const QStringList files = QDir(folder()).entryList({QStringLiteral("*.h")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names << file.chopped(Suffix.size());
    return names;
}

Result<QString> LayoutLibrary::load(const QString &nameOrPath)
{
    if (nameOrPath == StructParser::builtinName())
        return StructParser::builtinStPid();
    const bool isPath = nameOrPath.contains(QLatin1Char('/')) || nameOrPath.endsWith(Suffix);
    const QString path = isPath ? nameOrPath : folder() + QLatin1Char('/') + nameOrPath + Suffix;
    const auto text = TextFile::read(path, StructParser::MaxTextBytes);
    if (!text.ok())
        return text.error();
    return QString::fromUtf8(text.value());
}

Result<Done> LayoutLibrary::save(const QString &name, const QString &cText)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$"));
    if (!valid.match(name).hasMatch() || name == StructParser::builtinName())
        return Error::plain(tr("\"%1\" cannot be a layout's name: use letters, digits, _ . and -, "
                               "and not the built-in %2.")
                                .arg(name, StructParser::builtinName()));
    if (!QDir().mkpath(folder()))
        return Error::plain(tr("Cannot make the folder %1.").arg(folder()));
    // QSaveFile writes a new file and renames it: a crash never leaves half a layout behind.
    QSaveFile file(folder() + QLatin1Char('/') + name + Suffix);
    if (!file.open(QIODevice::WriteOnly) || file.write(cText.toUtf8()) < 0 || !file.commit())
        return Error::plain(tr("Cannot save the layout %1: %2.").arg(name, file.errorString()));
    return Done{};
}

QStringList LayoutLibrary::recent()
{
    return QSettings().value(QStringLiteral("recentLayouts")).toStringList();
}

void LayoutLibrary::addRecent(const QString &name)
{
    QStringList list = recent();
    list.removeAll(name);
    list.prepend(name);
    QSettings().setValue(QStringLiteral("recentLayouts"), list.mid(0, MaximumRecent));
}

QString LayoutLibrary::layoutForKey(qint32 key)
{
    return QSettings().value(keySetting(key)).toString();
}

void LayoutLibrary::rememberLayoutForKey(qint32 key, const QString &name)
{
    QSettings().setValue(keySetting(key), name);
}

} // namespace core
