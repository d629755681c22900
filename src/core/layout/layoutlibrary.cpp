#include "core/layout/layoutlibrary.h"

#include "core/layout/structparser.h"
#include "core/textfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace core {

namespace {

const QString Suffix = QStringLiteral(".h");

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
    const QString path = isPath(nameOrPath) ? nameOrPath : folder() + QLatin1Char('/') + nameOrPath + Suffix;
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

bool LayoutLibrary::isPath(const QString &nameOrPath)
{
    return nameOrPath.contains(QLatin1Char('/')) || nameOrPath.endsWith(Suffix);
}

QString LayoutLibrary::source(const QString &nameOrPath)
{
    return isPath(nameOrPath) ? QFileInfo(nameOrPath).absoluteFilePath() : nameOrPath;
}

QString LayoutLibrary::nameOf(const QString &nameOrPath)
{
    return isPath(nameOrPath) ? QFileInfo(nameOrPath).completeBaseName() : nameOrPath;
}

QStringList LayoutLibrary::recent() const
{
    return m_memory->recentLayouts();
}

QString LayoutLibrary::layoutFor(const LayoutSubject &subject) const
{
    if (!subject.name.isEmpty())
        return m_memory->layoutForName(subject.name);
    return subject.key == 0 ? QString() : m_memory->layoutForKey(subject.key);
}

void LayoutLibrary::remember(const LayoutSubject &subject, const QString &source)
{
    const bool found = load(source).ok();
    if (found) {
        QStringList list = recent();
        list.removeAll(source);
        list.prepend(source);
        m_memory->setRecentLayouts(list.mid(0, MaximumRecent));
    }
    const QString kept = found ? source : QString();
    if (!subject.name.isEmpty())
        m_memory->setLayoutForName(subject.name, kept);
    else if (subject.key != 0)
        m_memory->setLayoutForKey(subject.key, kept);
}

} // namespace core
