#include "core/layout/layoutstream.h"

namespace core {

QDataStream &operator<<(QDataStream &out, const Enumerator &value)
{
    return out << value.name << value.value;
}

QDataStream &operator>>(QDataStream &in, Enumerator &value)
{
    return in >> value.name >> value.value;
}

QDataStream &operator<<(QDataStream &out, const StructField &field)
{
    return out << field.name << field.typeName << int(field.kind) << field.offset << field.size << field.bitOffset
               << field.bitWidth << field.isSigned << field.arrayCount << field.isFlexible
               << field.omittedElements << field.enumerators << field.description << field.children;
}

QDataStream &operator>>(QDataStream &in, StructField &field)
{
    int kind = 0;
    in >> field.name >> field.typeName >> kind >> field.offset >> field.size >> field.bitOffset >> field.bitWidth
        >> field.isSigned >> field.arrayCount >> field.isFlexible >> field.omittedElements >> field.enumerators
        >> field.description >> field.children;
    if (kind < int(StructField::Kind::Integer) || kind > int(StructField::Kind::Opaque))
        in.setStatus(QDataStream::ReadCorruptData);
    field.kind = StructField::Kind(kind);
    return in;
}

QDataStream &operator<<(QDataStream &out, const StructLayout &layout)
{
    return out << layout.name << layout.typeName << layout.isUnion << layout.sizeOf << layout.alignment
               << layout.fields << layout.rowCount << layout.notes << layout.listingNotes;
}

QDataStream &operator>>(QDataStream &in, StructLayout &layout)
{
    return in >> layout.name >> layout.typeName >> layout.isUnion >> layout.sizeOf >> layout.alignment
           >> layout.fields >> layout.rowCount >> layout.notes >> layout.listingNotes;
}

QDataStream &operator<<(QDataStream &out, const StructDiagnostic &diagnostic)
{
    return out << int(diagnostic.severity) << diagnostic.line << diagnostic.column << diagnostic.file
               << diagnostic.message;
}

QDataStream &operator>>(QDataStream &in, StructDiagnostic &diagnostic)
{
    int severity = 0;
    in >> severity >> diagnostic.line >> diagnostic.column >> diagnostic.file >> diagnostic.message;
    diagnostic.severity = severity == int(StructDiagnostic::Severity::Warning) ? StructDiagnostic::Severity::Warning
                                                                              : StructDiagnostic::Severity::Error;
    return in;
}

QDataStream &operator<<(QDataStream &out, const LayoutReply &reply)
{
    out << reply.ok;
    if (reply.ok)
        out << reply.layout;
    else
        out << reply.errorMessage;
    return out << reply.diagnostics;
}

QDataStream &operator>>(QDataStream &in, LayoutReply &reply)
{
    in >> reply.ok;
    if (reply.ok)
        in >> reply.layout;
    else
        in >> reply.errorMessage;
    return in >> reply.diagnostics;
}

} // namespace core
