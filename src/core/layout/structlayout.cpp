#include "core/layout/structlayout.h"

namespace core {

StructField StructField::shifted(quint64 delta) const
{
    StructField moved = *this;
    moved.offset += delta;
    for (StructField &child : moved.children)
        child = child.shifted(delta);
    return moved;
}

quint64 StructField::rowCount() const
{
    quint64 rows = 1;
    for (const StructField &child : children)
        rows += child.rowCount();
    return rows;
}

QString StructField::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Integer:
        return QStringLiteral("integer");
    case Kind::Float:
        return QStringLiteral("float");
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::Char:
        return QStringLiteral("char");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Enum:
        return QStringLiteral("enum");
    case Kind::Pointer:
        return QStringLiteral("pointer");
    case Kind::Array:
        return QStringLiteral("array");
    case Kind::Struct:
        return QStringLiteral("struct");
    case Kind::Union:
        return QStringLiteral("union");
    case Kind::Padding:
        return QStringLiteral("padding");
    case Kind::Opaque:
        return QStringLiteral("opaque");
    }
    return {};
}

} // namespace core
