#pragma once

// The layout of a corpus entry told twice in one line format, once with our numbers (expectedLines, from
// StructParser) and once with gcc's (probeProgram: C source that gcc compiles at build time and that prints
// what offsetof, sizeof, _Alignof and the bits of each bitfield say). tst_structparser compares the two.
//
//   sizeof N                 alignof N
//   field PATH OFFSET SIZE   a field that is not a bitfield; PATH as C names it: "in.c", "pts[2].x"
//   offset PATH OFFSET       a flexible array member, which has no size
//   bits PATH FIRST WIDTH    a bitfield: its first bit counted from the struct's bit 0, and its width
//   padding START LENGTH     a run of bytes no field holds
//
// The field paths come from our parse (C has no way to list a struct's members), every number from gcc. So
// that a member our parse drops cannot go unchecked, each corpus entry lists its members itself, in a
// comment line written from the declarations, not from our parse (gcc's debug information says the same:
// readelf --debug-dump=info of a probe):
//
//   // fields: n pts pts[].x pts[].y closed
//
// every named member as C names it (a long list goes on in more such lines), "[]" standing for any element
// of an array, an anonymous member's members as the parent's own. The probe names each one to gcc, which
// refuses to compile a name it does not know, and tst_structparser compares the list with the members of
// our parse (parsedFieldNames).

#include "core/layout/structlayout.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace layoutprobe {

using core::StructField;
using core::StructLayout;

// How C code names a field: an anonymous member's members are named as the parent's own (C11).
inline QString childPath(const QString &parent, const StructField &field)
{
    if (field.name.isEmpty())
        return parent;
    if (field.name.startsWith(QLatin1Char('[')))
        return parent + field.name;
    return parent.isEmpty() ? field.name : parent + QLatin1Char('.') + field.name;
}

inline bool isAnonymous(const StructField &field)
{
    return field.name.isEmpty() && !field.isPadding();
}

template <typename Visit>
void forEachField(const QList<StructField> &fields, const QString &parent, Visit &&visit)
{
    for (const StructField &field : fields) {
        const QString path = childPath(parent, field);
        visit(field, path);
        forEachField(field.children, path, visit);
    }
}

inline QStringList expectedLines(const StructLayout &layout)
{
    QStringList lines{QStringLiteral("sizeof %1").arg(layout.sizeOf),
                      QStringLiteral("alignof %1").arg(layout.alignment)};
    // Padding as gcc can see it: the bytes no field holds. A padding row inside one member of a union is
    // not among them when another member holds those bytes, so rows alone do not say it.
    std::vector<bool> held(layout.sizeOf, false);
    const auto hold = [&held](quint64 from, quint64 to) {
        std::fill(held.begin() + qsizetype(std::min<quint64>(from, held.size())),
                  held.begin() + qsizetype(std::min<quint64>(to, held.size())), true);
    };
    forEachField(layout.fields, QString(), [&](const StructField &field, const QString &path) {
        if (field.isPadding())
            return;
        if (!field.hasChildren())
            hold(field.offset, field.offset + field.size);
        else if (field.omittedElements > 0) // the elements after the listed ones
            hold(field.children.last().offset + field.children.last().size, field.offset + field.size);
        if (isAnonymous(field))
            return;
        if (field.isBitField())
            lines << QStringLiteral("bits %1 %2 %3")
                         .arg(path)
                         .arg(field.offset * 8 + quint64(field.bitOffset))
                         .arg(field.bitWidth);
        else if (field.isFlexible)
            lines << QStringLiteral("offset %1 %2").arg(path).arg(field.offset);
        else
            lines << QStringLiteral("field %1 %2 %3").arg(path).arg(field.offset).arg(field.size);
    });
    for (quint64 i = 0; i < held.size();) {
        const quint64 start = i;
        while (i < held.size() && !held[i])
            ++i;
        if (i > start)
            lines << QStringLiteral("padding %1 %2").arg(start).arg(i - start);
        while (i < held.size() && held[i])
            ++i;
    }
    return lines;
}

// The members an entry's `// fields:` lines list (a long list goes on over several); empty when it has none.
inline QStringList listedFields(const QString &text)
{
    static const QRegularExpression line(QStringLiteral(R"(^\s*//\s*fields:(.*)$)"),
                                         QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = line.globalMatch(text); it.hasNext();)
        names += it.next().captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return names;
}

// The members of our parse in the form of that line, in our order.
inline QStringList parsedFieldNames(const StructLayout &layout)
{
    static const QRegularExpression index(QStringLiteral(R"(\[\d+\])"));
    QStringList names;
    forEachField(layout.fields, QString(), [&](const StructField &field, const QString &path) {
        // An array's element is no member: its members are, as "pts[].x".
        if (field.isPadding() || isAnonymous(field) || path.endsWith(QLatin1Char(']')))
            return;
        const QString name = QString(path).replace(index, QStringLiteral("[]"));
        if (!names.contains(name))
            names << name;
    });
    return names;
}

namespace detail {

inline bool hasGaps(const StructField &field)
{
    if (field.isPadding() || field.isBitField())
        return true;
    return std::any_of(field.children.cbegin(), field.children.cend(), hasGaps);
}

// C statements that set every byte of the listed fields to ones and leave padding alone: a field without
// padding or bitfields inside is filled at once, the others member by member.
inline void fillStatements(QByteArray &c, const QList<StructField> &fields, const QString &parent)
{
    for (const StructField &field : fields) {
        if (field.isPadding() || field.isFlexible)
            continue;
        const QByteArray path = childPath(parent, field).toUtf8();
        if (field.isBitField()) {
            c += "    v." + path + " = 0; v." + path + "--;\n";
        } else if (isAnonymous(field) || hasGaps(field)) {
            fillStatements(c, field.children, childPath(parent, field));
            if (field.omittedElements > 0) // the elements we do not list are no padding either
                c += "    memset((char *)(void *)&v." + path + " + " +
                     QByteArray::number(field.children.size()) + " * sizeof v." + path + "[0], 0xff, " +
                     QByteArray::number(field.omittedElements) + " * sizeof v." + path + "[0]);\n";
        } else {
            c += "    memset((void *)&v." + path + ", 0xff, sizeof v." + path + ");\n";
        }
    }
}

} // namespace detail

// A C program printing gcc's view of the same declarations in the format above. `text` is the corpus entry;
// `prelude` the #include lines StructParser puts before it.
inline QByteArray probeProgram(const StructLayout &layout, const QByteArray &prelude, const QByteArray &text,
                               const QByteArray &fileName)
{
    QByteArray c =
        "#include <stdio.h>\n#include <string.h>\n" + prelude + "#line 1 \"" + fileName + "\"\n" + text +
        "\n#line 1 \"probe\"\n"
        "typedef " +
        layout.typeName.toUtf8() +
        " shmscope_probe_t;\n"
        "static shmscope_probe_t v;\n"
        "static void bits(const char *path)\n{\n"
        "    const unsigned char *p = (const unsigned char *)&v;\n"
        "    long first = -1, last = -1, count = 0;\n"
        "    for (size_t i = 0; i < sizeof v * 8; ++i)\n"
        "        if ((p[i / 8] >> (i % 8)) & 1) { if (first < 0) first = (long)i; last = (long)i; ++count; "
        "}\n"
        "    printf(\"bits %s %ld %ld\\n\", path, first, count == last - first + 1 ? count : -1);\n"
        "}\n"
        "static void padding(void)\n{\n"
        "    const unsigned char *p = (const unsigned char *)&v;\n"
        "    for (size_t i = 0; i < sizeof v;) {\n"
        "        size_t start = i;\n"
        "        while (i < sizeof v && p[i] == 0) ++i;\n"
        "        if (i > start) printf(\"padding %zu %zu\\n\", start, i - start);\n"
        "        while (i < sizeof v && p[i] != 0) ++i;\n"
        "    }\n"
        "}\n"
        "int main(void)\n{\n"
        "    printf(\"sizeof %zu\\nalignof %zu\\n\", sizeof(shmscope_probe_t), "
        "_Alignof(shmscope_probe_t));\n";
    forEachField(layout.fields, QString(), [&](const StructField &field, const QString &pathText) {
        if (field.isPadding() || isAnonymous(field))
            return;
        const QByteArray path = pathText.toUtf8();
        if (field.isBitField())
            c += "    memset(&v, 0, sizeof v); v." + path + " = 0; v." + path + "--; bits(\"" + path +
                 "\");\n";
        else if (field.isFlexible)
            c += "    printf(\"offset %s %zu\\n\", \"" + path + "\", offsetof(shmscope_probe_t, " + path +
                 "));\n";
        else
            c += "    printf(\"field %s %zu %zu\\n\", \"" + path + "\", offsetof(shmscope_probe_t, " + path +
                 "), sizeof v." + path + ");\n";
    });
    // Every member the entry lists, named to gcc: a name that is no member of the type does not compile.
    for (QString name : listedFields(QString::fromUtf8(text)))
        c += "    (void)v." + name.replace(QStringLiteral("[]"), QStringLiteral("[0]")).toUtf8() + ";\n";
    c += "    memset(&v, 0, sizeof v);\n";
    detail::fillStatements(c, layout.fields, QString());
    c += "    padding();\n    return 0;\n}\n";
    return c;
}

} // namespace layoutprobe
