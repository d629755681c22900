#include "core/history/watchlist.h"

#include <QRegularExpression>

namespace core {

using Kind = StructField::Kind;

FieldWatch &WatchList::add(FieldWatch watch)
{
    m_watches.push_back(std::make_unique<FieldWatch>(std::move(watch)));
    return *m_watches.back();
}

qsizetype WatchList::indexOf(const QString &name, quint64 offset) const
{
    for (qsizetype i = 0; i < size(); ++i) {
        if (at(i).name() == name && at(i).offset() == offset)
            return i;
    }
    return -1;
}

qsizetype WatchList::indexOf(const FieldWatch *watch) const
{
    for (qsizetype i = 0; i < size(); ++i) {
        if (&at(i) == watch)
            return i;
    }
    return -1;
}

QList<WatchList::Change> WatchList::poll(const Reader &read, qint64 msecs)
{
    QList<Change> changes;
    for (qsizetype i = 0; i < size(); ++i) {
        FieldWatch &watch = at(i);
        if (watch.isPaused())
            continue;
        m_buffer.resize(qsizetype(watch.readLength()));
        if (!read(watch.offset(), m_buffer.data(), watch.readLength()))
            continue;
        if (watch.observe(m_buffer, msecs))
            changes.append(Change{i, msecs, watch.previousText(), watch.text()});
    }
    return changes;
}

QString WatchList::childPath(const QString &parentPath, const QString &childName)
{
    if (childName.isEmpty())
        return parentPath; // an anonymous member's fields are named as the parent's own
    if (parentPath.isEmpty() || childName.startsWith(QLatin1Char('[')))
        return parentPath + childName;
    return parentPath + QLatin1Char('.') + childName;
}

namespace {

void collect(const QList<StructField> &fields, const QString &parent, QList<std::pair<QString, StructField>> &out)
{
    for (const StructField &field : fields) {
        if (field.isPadding())
            continue;
        const QString path = WatchList::childPath(parent, field.name);
        if (field.kind == Kind::Struct || field.kind == Kind::Union || field.kind == Kind::Array)
            collect(field.children, path, out);
        else
            out.append({path, field});
    }
}

// A field of `fields` named `name`, looking into anonymous members as C does.
const StructField *member(const QList<StructField> &fields, const QString &name)
{
    for (const StructField &field : fields) {
        if (field.name == name)
            return &field;
        if (field.name.isEmpty() && (field.kind == Kind::Struct || field.kind == Kind::Union)) {
            if (const StructField *inner = member(field.children, name))
                return inner;
        }
    }
    return nullptr;
}

QStringList namesOf(const QList<StructField> &fields)
{
    QStringList names;
    for (const StructField &field : fields) {
        if (field.isPadding())
            continue;
        if (field.name.isEmpty())
            names += namesOf(field.children);
        else
            names << field.name;
    }
    return names;
}

} // namespace

QList<std::pair<QString, StructField>> WatchList::valueFields(const StructLayout &layout)
{
    QList<std::pair<QString, StructField>> out;
    collect(layout.fields, QString(), out);
    return out;
}

Result<StructField> WatchList::findField(const StructLayout &layout, const QString &path)
{
    // Names and [index] steps: "grid[1][2].x" is grid, [1], [2], x.
    static const QRegularExpression step(QStringLiteral(R"(\G(?:(\.?)([A-Za-z_][A-Za-z_0-9]*)|\[(\d+)\]))"));
    const QList<StructField> *level = &layout.fields;
    std::optional<StructField> found;
    QString walked;
    qsizetype at = 0;
    while (at < path.size()) {
        const QRegularExpressionMatch match = step.match(path, at);
        const bool dotFirst = at == 0 && match.hasMatch() && !match.captured(1).isEmpty();
        if (!match.hasMatch() || dotFirst || (at > 0 && match.capturedLength(2) > 0 && match.captured(1).isEmpty()))
            return Error::plain(tr("\"%1\" is not a field name such as names, pos.x or items[3].").arg(path));
        at = match.capturedEnd();
        if (match.capturedLength(3) > 0) {
            if (!found || found->kind != Kind::Array || found->children.isEmpty())
                return Error::plain(tr("%1 is not an array: it has no element %2.")
                                        .arg(walked.isEmpty() ? path : walked, match.captured(0)));
            bool ok = false;
            const quint64 index = match.captured(3).toULongLong(&ok);
            if (!ok || index >= found->arrayCount)
                return Error::plain(tr("%1 has %2 elements: there is no %1%3.")
                                        .arg(walked)
                                        .arg(found->arrayCount)
                                        .arg(match.captured(0)));
            const quint64 elementSize = found->size / found->arrayCount;
            StructField element = found->children.constFirst().shifted(index * elementSize);
            element.name = match.captured(0);
            found = std::move(element);
        } else {
            const QString name = match.captured(2);
            if (found && found->kind != Kind::Struct && found->kind != Kind::Union)
                return Error::plain(tr("%1 is not a struct or union: it has no field \"%2\".").arg(walked, name));
            const StructField *field = member(*level, name);
            if (!field) {
                const QString where = walked.isEmpty() ? layout.name : walked;
                return Error::plain(tr("%1 has no field \"%2\"; its fields: %3.")
                                        .arg(where, name, namesOf(*level).join(QLatin1String(", "))));
            }
            found = *field;
        }
        walked = path.left(at);
        level = &found->children;
    }
    if (!found)
        return Error::plain(tr("give a field name such as names, pos.x or items[3]."));
    return *found;
}

} // namespace core
