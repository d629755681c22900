#include "core/layout/structparser.h"

#include "core/layout/layoutworker.h"
#include "core/layout/libclang.h"
#include "core/translations.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

#include <QThread>

#include <QRegularExpression>

#include <algorithm>
#include <iterator>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

namespace core {

namespace {

constexpr uint LayoutStackBytes = 512u * 1024u * 1024u; // address space; only the pages used are memory

// The pasted text is parsed from memory as a file of this name; nothing is read from or written to disk.
constexpr char MainFileName[] = "/shmscope/layout.c";
// After the prelude a `#line 1` names the pasted text so: a location presumed in this file is in the
// user's text, at the user's line numbers; any other is in a header.
constexpr char UserFileName[] = "layout.h";
constexpr int MaxErrorsShown = 5;

// libclang's functions, once parse() has seen that the library opened: nothing here runs before that.
const LibClang &clang()
{
    static const LibClang *const lib = LibClang::instance();
    Q_ASSERT(lib);
    return *lib;
}

QString take(CXString text)
{
    QString out = QString::fromUtf8(clang().getCString(text));
    clang().disposeString(text);
    return out;
}

// clang_visitChildren with a lambda. Its C callback cannot capture, so the lambda rides in the client data.
template <typename Visitor> void visitChildren(CXCursor parent, Visitor &visitor)
{
    clang().visitChildren(
        parent,
        [](CXCursor child, CXCursor, CXClientData data) { return (*static_cast<Visitor *>(data))(child); },
        &visitor);
}

std::vector<CXCursor> fieldsOf(CXType record)
{
    std::vector<CXCursor> fields;
    clang().Type_visitFields(
        record,
        [](CXCursor field, CXClientData data) {
            static_cast<std::vector<CXCursor> *>(data)->push_back(field);
            return CXVisit_Continue;
        },
        &fields);
    return fields;
}

// Owners of libclang's handles, so that every return path disposes of them.
struct IndexDeleter
{
    void operator()(void *index) const { clang().disposeIndex(index); }
};
struct UnitDeleter
{
    void operator()(CXTranslationUnitImpl *unit) const { clang().disposeTranslationUnit(unit); }
};
using IndexHandle = std::unique_ptr<void, IndexDeleter>;
using UnitHandle = std::unique_ptr<CXTranslationUnitImpl, UnitDeleter>;

// Where clang says something is, told in the pasted text's own lines and characters.
class TextPlaces
{
public:
    explicit TextPlaces(const QByteArray &userText) : m_lines(userText.split('\n')) {}

    [[nodiscard]] StructDiagnostic diagnostic(CXSourceLocation location, const QString &message,
                                              StructDiagnostic::Severity severity) const
    {
        CXString file;
        unsigned line = 0;
        unsigned column = 0;
        clang().getPresumedLocation(location, &file, &line, &column);
        const QString fileName = take(file);
        StructDiagnostic d;
        d.severity = severity;
        d.message = message;
        d.line = int(line);
        if (fileName == QLatin1String(UserFileName))
            d.column = characterColumn(int(line), int(column));
        else {
            d.file = fileName;
            d.column = int(column);
        }
        return d;
    }

    [[nodiscard]] static bool isInUserText(CXCursor cursor)
    {
        CXString file;
        unsigned line = 0;
        unsigned column = 0;
        clang().getPresumedLocation(clang().getCursorLocation(cursor), &file, &line, &column);
        return take(file) == QLatin1String(UserFileName);
    }

private:
    // clang counts columns in bytes; an editor counts characters, and 进程编号 is 12 bytes but 4 characters.
    [[nodiscard]] int characterColumn(int line, int byteColumn) const
    {
        if (line < 1 || line > m_lines.size() || byteColumn < 1)
            return byteColumn;
        const QByteArray &text = m_lines.at(line - 1);
        return int(QString::fromUtf8(text.left(byteColumn - 1)).size()) + 1;
    }

    QList<QByteArray> m_lines;
};

// A comment as written, without its markers: "// 进程编号" -> "进程编号"; "/** a\n * b */" -> "a\nb".
QString commentText(const QString &raw)
{
    QString text = raw.trimmed();
    const bool block = text.startsWith(QLatin1String("/*"));
    if (block && text.endsWith(QLatin1String("*/")))
        text.chop(2);
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        for (const char *marker :
             {"///<", "//!<", "///", "//!", "//", "/**<", "/*!<", "/**", "/*!", "/*", "*"}) {
            if (line.startsWith(QLatin1String(marker))) {
                line.remove(0, qsizetype(qstrlen(marker)));
                break;
            }
        }
        line = line.trimmed();
        if (!line.isEmpty())
            lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

// clang spells an unnamed struct "struct s::(anonymous at layout.h:5:38)": the place means nothing to the
// user, who wrote "struct { ... }".
QString typeSpelling(CXType type)
{
    QString text = take(clang().getTypeSpelling(type));
    if (text.contains(QLatin1Char('('))) {
        static const QRegularExpression unnamed(
            QStringLiteral("(?:\\w+::)*\\((?:anonymous|unnamed)[^)]*\\)"));
        text.replace(unnamed, QStringLiteral("{...}"));
    }
    return text;
}

bool isSignedInteger(CXTypeKind kind)
{
    switch (kind) {
    case CXType_Char_S:
    case CXType_SChar:
    case CXType_Short:
    case CXType_Int:
    case CXType_Long:
    case CXType_LongLong:
    case CXType_Int128:
        return true;
    case CXType_WChar:
        return std::is_signed_v<wchar_t>; // libclang parses for this very machine
    default:
        return false;
    }
}

QList<Enumerator> enumeratorsOf(CXCursor declaration, bool isSigned)
{
    QList<Enumerator> out;
    auto visitor = [&out, isSigned](CXCursor child) {
        if (clang().getCursorKind(child) == CXCursor_EnumConstantDecl) {
            const qint64 value = isSigned ? qint64(clang().getEnumConstantDeclValue(child))
                                          : qint64(clang().getEnumConstantDeclUnsignedValue(child));
            out.append({take(clang().getCursorSpelling(child)), value});
        }
        return CXChildVisit_Continue;
    };
    visitChildren(declaration, visitor);
    return out;
}

// Turns the record clang laid out into our rows, and refuses what cannot be shown.
// Counts a level of recursion for as long as it lasts.
class DepthGuard
{
public:
    explicit DepthGuard(int &depth) : m_depth(depth) { ++m_depth; }
    ~DepthGuard() { --m_depth; }
    DepthGuard(const DepthGuard &) = delete;
    DepthGuard &operator=(const DepthGuard &) = delete;

private:
    int &m_depth;
};

class LayoutBuilder
{
public:
    // How the builder learns each field's offset. clang_Cursor_getOffsetOfField checks the whole parent record
    // on every call, so asking it field by field costs the square of the field count (16,000 fields took 5 s,
    // 60,000 a minute). For large layouts the offsets are asked of clang in one go instead (BulkOffsets): a
    // first, dry build only lists the fields it would ask about, by designator ("a.b[0].c"); the real build
    // then finds them in the answers and asks clang only for the rest (bitfields, anonymous members).
    enum class Offsets { AskClang, ListOnly, Known };

    explicit LayoutBuilder(const TextPlaces &places, Offsets offsets = Offsets::AskClang,
                           const QHash<QString, quint64> *known = nullptr)
        : m_places(places), m_offsets(offsets), m_known(known)
    {
    }

    // The designators a ListOnly build would have asked about, in the order met.
    [[nodiscard]] const QStringList &designators() const { return m_designators; }

    [[nodiscard]] StructLayout build(CXCursor record)
    {
        const CXType type = clang().getCursorType(record);
        StructLayout layout;
        layout.typeName = typeSpelling(type);
        layout.name = take(clang().getCursorSpelling(record));
        if (layout.name.isEmpty()) // `typedef struct { ... } foo_t;` is spelled "foo_t"
            layout.name = layout.typeName.contains(QLatin1String("{...}")) ? QStringLiteral("(unnamed)")
                                                                           : layout.typeName;
        layout.isUnion = clang().getCursorKind(record) == CXCursor_UnionDecl;
        layout.sizeOf = quint64(std::max<long long>(clang().Type_getSizeOf(type), 0));
        layout.alignment = quint64(std::max<long long>(clang().Type_getAlignOf(type), 0));
        if (layout.sizeOf > StructParser::MaxLayoutSize) {
            refuse(record,
                   StructParser::tr("%1 is %2 bytes (%3 TiB); layouts over 1 TiB are refused, as no segment "
                                    "that large can be attached")
                       .arg(layout.typeName)
                       .arg(layout.sizeOf)
                       .arg(double(layout.sizeOf) / double(StructParser::MaxLayoutSize), 0, 'f', 1));
            return layout;
        }
        if (layout.sizeOf == 0)
            refuse(record, StructParser::tr("%1 has no bytes (sizeof is 0): there is nothing to show")
                               .arg(layout.typeName));
        layout.fields = members(type, 0, layout.sizeOf, QString());
        layout.rowCount = m_rows;
        layout.notes = m_notes;
        layout.listingNotes = m_listingNotes;
        return layout;
    }

    [[nodiscard]] const QList<StructDiagnostic> &refusals() const { return m_refusals; }

private:
    // The members of a struct or union at `base`, padding rows put where the compiler left bytes out.
    QList<StructField> members(CXType record, quint64 base, quint64 size, const QString &path)
    {
        QList<StructField> rows;
        quint64 covered = base; // end of the bytes the rows so far hold
        const auto padTo = [&](quint64 end) {
            if (end <= covered)
                return;
            StructField padding;
            padding.kind = StructField::Kind::Padding;
            padding.typeName = QStringLiteral("padding");
            padding.offset = covered;
            padding.size = end - covered;
            rows.append(padding);
            ++m_rows;
            covered = end;
        };
        for (const CXCursor &cursor : fieldsOf(record)) {
            const QString name = take(clang().getCursorSpelling(cursor));
            // `int :3` and `int :0` only steer the layout: their bits are padding, and C cannot name them.
            if (clang().Cursor_isBitField(cursor) && name.isEmpty())
                continue;
            StructField field = member(cursor, name, base, path);
            padTo(field.offset);
            covered = std::max(covered, field.offset + field.size);
            rows.append(std::move(field));
        }
        padTo(base + size);
        return rows;
    }

    StructField member(CXCursor cursor, const QString &name, quint64 base, const QString &path)
    {
        const CXType type = clang().getCursorType(cursor);
        // An anonymous member's members are named as if they were the parent's (C11): its path is the
        // parent's.
        const QString memberPath = name.isEmpty()   ? path
                                   : path.isEmpty() ? name
                                                    : path + QLatin1Char('.') + name;
        const quint64 bitInRecord = offsetInRecord(cursor, name, memberPath, base);
        StructField field;
        if (clang().Cursor_isBitField(cursor)) {
            const quint64 bit = base * 8 + bitInRecord;
            const int width = clang().getFieldDeclBitWidth(cursor);
            field.offset = bit / 8;
            field.bitOffset = int(bit % 8);
            field.bitWidth = width;
            field.size = quint64(field.bitOffset + width + 7) / 8;
            scalar(field, clang().getCanonicalType(type));
            if (field.kind == StructField::Kind::Char)
                field.kind = StructField::Kind::Integer; // a few bits of a char are a number, not a character
            field.typeName = typeSpelling(type) + QLatin1Char(':') + QString::number(width);
            ++m_rows;
        } else {
            describe(field, type, base + bitInRecord / 8, memberPath, cursor);
        }
        field.name = name;
        if (TextPlaces::isInUserText(
                cursor)) // glibc's own comments inside pthread_mutex_t are not the user's
            field.description = commentText(take(clang().Cursor_getRawCommentText(cursor)));
        return field;
    }

    // Fills kind, size and children of a value of `declared` type at `offset`.
    void describe(StructField &field, CXType declared, quint64 offset, const QString &path, CXCursor where)
    {
        // Each level of nesting (a struct in a struct, a dimension of an array) is one more call here: a
        // limit keeps pasted or hostile text from taking the stack, or the time, that thousands would.
        const DepthGuard depth(m_depth);
        if (m_depth > StructParser::MaxNesting) {
            if (!m_nestingRefused)
                refuse(where, StructParser::tr("'%1' is nested more than %2 levels deep (structs in structs, or "
                                               "array dimensions): that is more than a layout can show")
                                  .arg(path)
                                  .arg(StructParser::MaxNesting));
            m_nestingRefused = true;
            return;
        }
        ++m_rows;
        field.typeName = typeSpelling(declared);
        field.offset = offset;
        CXType type = clang().getCanonicalType(declared);
        while (type.kind == CXType_Atomic) // _Atomic int is laid out and read as an int
            type = clang().getCanonicalType(clang().Type_getValueType(type));
        field.size = quint64(std::max<long long>(clang().Type_getSizeOf(type), 0));
        switch (type.kind) {
        case CXType_Record: {
            const CXCursor declaration = clang().getTypeDeclaration(type);
            field.kind = clang().getCursorKind(declaration) == CXCursor_UnionDecl ? StructField::Kind::Union
                                                                                  : StructField::Kind::Struct;
            field.children = members(type, offset, field.size, path);
            break;
        }
        case CXType_ConstantArray:
        case CXType_IncompleteArray:
            array(field, type, path, where);
            break;
        default:
            scalar(field, type);
            break;
        }
    }

    void array(StructField &field, CXType type, const QString &path, CXCursor where)
    {
        const CXType element = clang().getArrayElementType(type);
        const CXTypeKind elementKind = clang().getCanonicalType(element).kind;
        const bool isText = elementKind == CXType_Char_S || elementKind == CXType_Char_U;
        field.kind = isText ? StructField::Kind::String : StructField::Kind::Array;
        field.isSigned = elementKind == CXType_Char_S;
        if (type.kind == CXType_IncompleteArray) {
            field.isFlexible = true;
            field.size = 0;
            m_notes << StructParser::tr(
                           "%1 is a flexible array member: sizeof does not count its elements, and "
                           "they are not shown.")
                           .arg(path);
            return;
        }
        field.arrayCount = quint64(std::max<long long>(clang().getArraySize(type), 0));
        if (field.arrayCount == 0) {
            // GNU C takes `int a[0]`; it is almost always a slip, and its elements would be nowhere.
            if (TextPlaces::isInUserText(where))
                refuse(where,
                       StructParser::tr("the array '%1' has 0 elements: give it the number of elements it has "
                                        "in the segment, or write %1[] for a flexible array member at the end")
                           .arg(path));
            return;
        }
        if (isText)
            return; // one row: the text; the hex view shows its bytes one by one
        const quint64 elementSize = quint64(std::max<long long>(clang().Type_getSizeOf(element), 0));
        // One element is described by clang; the others are copies of it at their own offsets.
        const quint64 rowsBefore = m_rows;
        StructField first;
        describe(first, element, field.offset, path + QStringLiteral("[]"), where);
        const quint64 rowsEach = std::max<quint64>(m_rows - rowsBefore, 1);
        m_rows = rowsBefore;
        const quint64 budget =
            m_rows < StructParser::MaxRows ? (StructParser::MaxRows - m_rows) / rowsEach : 0;
        // The first element is listed whatever the budget: it is the template a view makes every other
        // element from (core::FieldTree), so that none is out of reach.
        const quint64 listed =
            std::max<quint64>(1, std::min({field.arrayCount, StructParser::MaxArrayElementsListed, budget}));
        field.children.reserve(qsizetype(listed));
        for (quint64 i = 0; i < listed; ++i) {
            StructField copy = first.shifted(i * elementSize);
            copy.name = QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            field.children.append(std::move(copy));
        }
        m_rows += listed * rowsEach;
        field.omittedElements = field.arrayCount - listed;
        if (field.omittedElements > 0)
            m_listingNotes << StructParser::tr("%1: only the first %2 of %3 elements are listed.")
                           .arg(path)
                           .arg(listed)
                           .arg(field.arrayCount);
    }

    static void scalar(StructField &field, CXType type)
    {
        field.isSigned = isSignedInteger(type.kind);
        switch (type.kind) {
        case CXType_Bool:
            field.kind = StructField::Kind::Bool;
            break;
        case CXType_Char_S:
        case CXType_Char_U:
            field.kind = StructField::Kind::Char;
            break;
        case CXType_SChar:
        case CXType_UChar:
        case CXType_Short:
        case CXType_UShort:
        case CXType_Int:
        case CXType_UInt:
        case CXType_Long:
        case CXType_ULong:
        case CXType_LongLong:
        case CXType_ULongLong:
        case CXType_WChar:
        case CXType_Char16:
        case CXType_Char32:
            field.kind = StructField::Kind::Integer;
            break;
        case CXType_Float:
        case CXType_Double:
        case CXType_LongDouble:
            field.kind = StructField::Kind::Float;
            break;
        case CXType_Pointer:
        case CXType_BlockPointer:
            field.kind = StructField::Kind::Pointer;
            break;
        case CXType_Enum: {
            const CXCursor declaration = clang().getTypeDeclaration(type);
            field.kind = StructField::Kind::Enum;
            field.isSigned =
                isSignedInteger(clang().getCanonicalType(clang().getEnumDeclIntegerType(declaration)).kind);
            field.enumerators = enumeratorsOf(declaration, field.isSigned);
            break;
        }
        default: // __int128, _Float128, vectors, _Complex: shown as bytes
            field.kind = StructField::Kind::Opaque;
            break;
        }
    }

    // The field's offset in its record, in bits (see Offsets).
    quint64 offsetInRecord(CXCursor cursor, const QString &name, const QString &memberPath, quint64 base)
    {
        const bool nameable = !name.isEmpty() && !clang().Cursor_isBitField(cursor);
        if (m_offsets == Offsets::ListOnly) {
            if (nameable)
                m_designators << designator(memberPath);
            return 0;
        }
        if (m_offsets == Offsets::Known && nameable) {
            const auto found = m_known->constFind(designator(memberPath));
            if (found != m_known->constEnd() && found.value() >= base)
                return (found.value() - base) * 8;
        }
        return quint64(std::max<long long>(clang().Cursor_getOffsetOfField(cursor), 0));
    }

    // A path as offsetof() takes it: the first element stands for every element of an array.
    [[nodiscard]] static QString designator(QString path) { return path.replace(QStringLiteral("[]"), QStringLiteral("[0]")); }

    void refuse(CXCursor where, const QString &message)
    {
        m_refusals << m_places.diagnostic(clang().getCursorLocation(where), message,
                                          StructDiagnostic::Severity::Error);
    }

    const TextPlaces &m_places;
    Offsets m_offsets;
    const QHash<QString, quint64> *m_known;
    QStringList m_designators;
    quint64 m_rows = 0;
    int m_depth = 0;
    bool m_nestingRefused = false;
    QStringList m_notes;
    QStringList m_listingNotes;
    QList<StructDiagnostic> m_refusals;
};

Error parseError(const QList<StructDiagnostic> &diagnostics)
{
    QStringList lines;
    qsizetype errors = 0;
    for (const StructDiagnostic &d : diagnostics) {
        if (d.severity != StructDiagnostic::Severity::Error)
            continue;
        if (++errors <= MaxErrorsShown)
            lines << d.toString();
    }
    if (errors > MaxErrorsShown)
        lines << StructParser::tr("(and %n more error(s))", nullptr, int(errors - MaxErrorsShown));
    return Error::plain(lines.join(QLatin1Char('\n')));
}

} // namespace

QString StructDiagnostic::toString() const
{
    if (line <= 0)
        return message;
    // One arg() for all: a message holding "%1" must stay as it is.
    const QString lineText = QString::number(line);
    const QString columnText = QString::number(column);
    return file.isEmpty()
               ? StructParser::tr("line %1, column %2: %3").arg(lineText, columnText, message)
               : StructParser::tr("%1, line %2, column %3: %4").arg(file, lineText, columnText, message);
}

namespace {

// The comments on st_pid's fields: the lesson's own words in Chinese, and what they say in English. Not tr():
// the Chinese are the lesson's text as its students have it, not a translator's rendering of "process id".
struct StPidComments
{
    QString pid;
    QString names;
};

StPidComments stPidComments(Translations::Language language)
{
    switch (language) {
    case Translations::Language::English:
        return {QStringLiteral("process id"), QStringLiteral("process name")};
    case Translations::Language::SimplifiedChinese:
        return {QStringLiteral("进程编号"), QStringLiteral("进程名称")};
    }
    Q_UNREACHABLE();
}

Translations::Language installedLanguage()
{
    return Translations::instance().language().value_or(Translations::Language::English);
}

StructLayout layOutStPid(Translations::Language language)
{
    const StPidComments comments = stPidComments(language);
    StructField pid;
    pid.name = QStringLiteral("pid");
    pid.typeName = QStringLiteral("int");
    pid.kind = StructField::Kind::Integer;
    pid.size = 4;
    pid.isSigned = true;
    pid.description = comments.pid;
    StructField names;
    names.name = QStringLiteral("names");
    names.typeName = QStringLiteral("char[51]");
    names.kind = StructField::Kind::String;
    names.offset = 4;
    names.size = 51;
    names.arrayCount = 51;
    names.isSigned = true; // plain char is signed on x86
    names.description = comments.names;
    StructField padding;
    padding.kind = StructField::Kind::Padding;
    padding.typeName = QStringLiteral("padding");
    padding.offset = 55;
    padding.size = 1;
    StructLayout built;
    built.name = StructParser::builtinName();
    built.typeName = QStringLiteral("struct st_pid");
    built.sizeOf = 56;
    built.alignment = 4;
    built.fields = {pid, names, padding};
    built.rowCount = 3;
    return built;
}

} // namespace

QString StructParser::builtinStPid()
{
    return builtinStPid(installedLanguage());
}

QString StructParser::builtinStPid(Translations::Language language)
{
    const StPidComments comments = stPidComments(language);
    return QStringLiteral("struct st_pid {\n"
                          "    int pid;        // %1\n"
                          "    char names[51]; // %2\n"
                          "};\n")
        .arg(comments.pid, comments.names);
}

std::optional<Translations::Language> StructParser::builtinLanguage(const QString &cText)
{
    for (const auto language : {Translations::Language::English, Translations::Language::SimplifiedChinese}) {
        if (cText == builtinStPid(language))
            return language;
    }
    return std::nullopt;
}

const StructLayout &StructParser::builtinLayout()
{
    return builtinLayout(installedLanguage());
}

const StructLayout &StructParser::builtinLayout(Translations::Language language)
{
    static const StructLayout english = layOutStPid(Translations::Language::English);
    static const StructLayout chinese = layOutStPid(Translations::Language::SimplifiedChinese);
    return language == Translations::Language::SimplifiedChinese ? chinese : english;
}

const QByteArray &StructParser::prelude()
{
    static const QByteArray text = QByteArrayLiteral("#include <stdint.h>\n"
                                                     "#include <stdbool.h>\n"
                                                     "#include <stddef.h>\n"
                                                     "#include <sys/types.h>\n"
                                                     "#include <pthread.h>\n"
                                                     "#include <semaphore.h>\n"
                                                     "#include <time.h>\n");
    return text;
}

namespace {

// The longest run of array dimensions "[..][..]" in the text, counted in one pass (a regular expression
// with a repeat count backtracks on a megabyte of brackets).
int mostArrayDimensions(const QByteArray &text)
{
    int most = 0;
    int run = 0;
    bool inBrackets = false;
    for (const char c : text) {
        if (c == '[') {
            run = inBrackets ? 0 : run; // "[[" is no new dimension of one array
            inBrackets = true;
        } else if (c == ']' && inBrackets) {
            inBrackets = false;
            most = std::max(most, ++run);
        } else if (!inBrackets && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            run = 0;
        }
    }
    return most;
}

// A translation unit of `source` (parsed from memory as MainFileName), with these extra arguments.
std::pair<UnitHandle, CXErrorCode> parseUnit(void *index, const QByteArray &source,
                                                    const std::vector<const char *> &extraArgs)
{
    CXUnsavedFile unsaved{MainFileName, source.constData(), static_cast<unsigned long>(source.size())};
    std::vector<const char *> args = {"-xc", "-std=gnu11", "-fparse-all-comments"};
    args.insert(args.end(), extraArgs.begin(), extraArgs.end());
    CXTranslationUnit rawUnit = nullptr;
    const CXErrorCode code = clang().parseTranslationUnit2(index, MainFileName, args.data(), int(args.size()),
                                                           &unsaved, 1, CXTranslationUnit_SkipFunctionBodies,
                                                           &rawUnit);
    return {UnitHandle(rawUnit), code};
}

// The files a layout may include: those the prelude includes, directly or through each other, and no
// other. Clang is given a virtual file system (-ivfsoverlay) that holds exactly these files and does not
// fall through to the real one, so that no spelling of #include (in a comment's shadow, a digraph, a line
// splice, a macro) can make clang open another file, a device or a FIFO: the lookup finds nothing, and the
// text gets clang's own "file not found". Made once a process, from a parse of the prelude alone.
class PreludeFiles
{
public:
    // The overlay's path, or an empty string with `problem` set when it could not be written.
    static const PreludeFiles &instance()
    {
        static const PreludeFiles files;
        return files;
    }
    [[nodiscard]] const QByteArray &overlayPath() const { return m_path; }
    [[nodiscard]] const QString &problem() const { return m_problem; }

private:
    PreludeFiles()
    {
        const IndexHandle index(clang().createIndex(0, 0));
        const auto [unit, code] = parseUnit(index.get(), StructParser::prelude(), {});
        if (code != CXError_Success || !unit) {
            m_problem = StructParser::tr("libclang could not read the standard headers (error %1).").arg(int(code));
            return;
        }
        QStringList files;
        clang().getInclusions(
            unit.get(),
            [](CXFile file, CXSourceLocation *, unsigned, CXClientData data) {
                static_cast<QStringList *>(data)->append(take(clang().getFileName(file)));
            },
            &files);
        files.removeAll(QLatin1String(MainFileName));
        files.removeDuplicates();
        // The overlay's own format (clang's YAML, of which JSON is a part): one entry a file, at its own path.
        QJsonArray roots;
        for (const QString &file : std::as_const(files))
            roots.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                     {QStringLiteral("name"), file},
                                     {QStringLiteral("external-contents"), file}});
        const QJsonObject overlay{{QStringLiteral("version"), 0},
                                  {QStringLiteral("case-sensitive"), QStringLiteral("true")},
                                  {QStringLiteral("fallthrough"), QStringLiteral("false")},
                                  {QStringLiteral("roots"), roots}};
        m_file.setFileTemplate(QDir::tempPath() + QStringLiteral("/shmscope-headers-XXXXXX.yaml"));
        if (!m_file.open() || m_file.write(QJsonDocument(overlay).toJson(QJsonDocument::Compact)) < 0
            || !m_file.flush()) {
            m_problem = StructParser::tr("Could not write the list of allowed headers to %1: %2.")
                            .arg(QDir::tempPath(), m_file.errorString());
            return;
        }
        m_path = QFile::encodeName(m_file.fileName());
    }

    QTemporaryFile m_file; // removed when the process ends
    QByteArray m_path;
    QString m_problem;
};

// The last struct or union defined in the user's text: the layout. The ones before it are its parts.
std::optional<CXCursor> lastRecord(CXTranslationUnit unit)
{
    std::optional<CXCursor> last;
    auto visitor = [&last](CXCursor cursor) {
        const CXCursorKind kind = clang().getCursorKind(cursor);
        if ((kind == CXCursor_StructDecl || kind == CXCursor_UnionDecl) &&
            clang().isCursorDefinition(cursor) && TextPlaces::isInUserText(cursor))
            last = cursor;
        return CXChildVisit_Continue;
    };
    visitChildren(clang().getTranslationUnitCursor(unit), visitor);
    return last;
}

Result<StructLayout> finish(const LayoutBuilder &builder, StructLayout layout,
                            QList<StructDiagnostic> &found)
{
    if (!builder.refusals().isEmpty()) {
        found << builder.refusals();
        return parseError(found);
    }
    return layout;
}

// Fields a layout must have before its offsets are asked in one go: below it, asking field by field costs
// less than the second parse.
constexpr qsizetype BulkOffsetsFrom = 2000;

// The offsets of many fields at once: the text parsed again with an enum appended whose constants are
// __builtin_offsetof(the layout's type, each designator), which clang evaluates in linear time. Empty when
// clang refuses any of it (a name the user's text already took, a type it cannot name): the caller then
// asks field by field, slower but the same numbers.
class BulkOffsets
{
public:
    BulkOffsets(void *index, const QByteArray &source, const QByteArray &overlay, const QString &typeName,
                const QStringList &designators)
    {
        if (typeName.contains(QLatin1String("{...}")))
            return; // a struct without a name cannot be named in offsetof
        QByteArray text = source + "\n#line 1 \"" + OffsetsFileName + "\"\nenum {\n";
        for (qsizetype i = 0; i < designators.size(); ++i)
            text += "shmscope_offset_" + QByteArray::number(i) + " = __builtin_offsetof(" + typeName.toUtf8()
                    + ", " + designators.at(i).toUtf8() + "),\n";
        text += "};\n";
        auto [unit, code] = parseUnit(index, text, {"-ivfsoverlay", overlay.constData()});
        if (code != CXError_Success || !unit)
            return;
        for (unsigned i = 0, n = clang().getNumDiagnostics(unit.get()); i < n; ++i) {
            const CXDiagnostic d = clang().getDiagnostic(unit.get(), i);
            const bool isError = clang().getDiagnosticSeverity(d) >= CXDiagnostic_Error;
            clang().disposeDiagnostic(d);
            if (isError)
                return;
        }
        QList<quint64> values;
        values.reserve(designators.size());
        auto enumerators = [&values](CXCursor cursor) {
            if (clang().getCursorKind(cursor) == CXCursor_EnumConstantDecl)
                values << quint64(clang().getEnumConstantDeclUnsignedValue(cursor));
            return CXChildVisit_Continue;
        };
        auto declarations = [&](CXCursor cursor) {
            if (clang().getCursorKind(cursor) == CXCursor_EnumDecl && isInOffsetsFile(cursor))
                visitChildren(cursor, enumerators);
            return CXChildVisit_Continue;
        };
        visitChildren(clang().getTranslationUnitCursor(unit.get()), declarations);
        if (values.size() != designators.size())
            return;
        m_record = lastRecord(unit.get());
        m_unit = std::move(unit);
        for (qsizetype i = 0; i < designators.size(); ++i)
            m_offsets.insert(designators.at(i), values.at(i));
    }

    // The layout's record in this parse: the builder must walk cursors of the unit that answered.
    [[nodiscard]] std::optional<CXCursor> record() const { return m_record; }
    [[nodiscard]] const QHash<QString, quint64> &offsets() const { return m_offsets; }

private:
    static constexpr char OffsetsFileName[] = "shmscope-offsets.h";

    static bool isInOffsetsFile(CXCursor cursor)
    {
        CXString file;
        unsigned line = 0;
        unsigned column = 0;
        clang().getPresumedLocation(clang().getCursorLocation(cursor), &file, &line, &column);
        return take(file) == QLatin1String(OffsetsFileName);
    }

    UnitHandle m_unit;
    std::optional<CXCursor> m_record;
    QHash<QString, quint64> m_offsets;
};

// Everything that asks libclang: parse, diagnostics, the layout walk. Errors and refusals go to `found`.
Result<StructLayout> layOut(const QByteArray &userText, QList<StructDiagnostic> &found)
{
    const PreludeFiles &prelude = PreludeFiles::instance();
    if (!prelude.problem().isEmpty())
        return Error::plain(prelude.problem());
    const QByteArray source = StructParser::prelude() + "#line 1 \"" + UserFileName + "\"\n" + userText;
    const IndexHandle index(clang().createIndex(/*excludeDeclarationsFromPCH*/ 0, /*displayDiagnostics*/ 0));
    const auto [unit, code] = parseUnit(index.get(), source, {"-ivfsoverlay", prelude.overlayPath().constData()});
    if (code != CXError_Success || !unit)
        return Error::plain(
            code == CXError_Crashed
                ? StructParser::tr("The layout is too large: libclang ran out of memory while reading it (or crashed on it); "
                                   "nothing was laid out.")
                : StructParser::tr("libclang could not read this text (error %1).").arg(int(code)));

    const TextPlaces places(userText);
    bool failed = false;
    for (unsigned i = 0, n = clang().getNumDiagnostics(unit.get()); i < n; ++i) {
        const CXDiagnostic d = clang().getDiagnostic(unit.get(), i);
        const CXDiagnosticSeverity severity = clang().getDiagnosticSeverity(d);
        if (severity == CXDiagnostic_Warning || severity >= CXDiagnostic_Error) {
            const bool isError = severity >= CXDiagnostic_Error;
            failed = failed || isError;
            QString message = take(clang().getDiagnosticSpelling(d));
            // The overlay holds only the prelude's headers: any other include is "not found", which would
            // send the user looking for a missing file.
            if (message.endsWith(QLatin1String("' file not found")))
                message = StructParser::tr("%1: a layout may include only the standard headers ShmScope reads "
                                           "itself (stdint.h, stdbool.h, stddef.h, sys/types.h, pthread.h, "
                                           "semaphore.h, time.h); paste the declarations of your own headers "
                                           "instead")
                              .arg(message.chopped(int(qstrlen(" file not found"))));
            found << places.diagnostic(
                clang().getDiagnosticLocation(d), message,
                isError ? StructDiagnostic::Severity::Error : StructDiagnostic::Severity::Warning);
        }
        clang().disposeDiagnostic(d);
    }
    if (failed)
        return parseError(found);

    const std::optional<CXCursor> last = lastRecord(unit.get());
    if (!last)
        return Error::plain(StructParser::tr("The text declares no struct or union: the layout is the last "
                                           "struct or union it defines."));

    // A large layout: its offsets asked of clang in one go, from a second parse (see LayoutBuilder::Offsets).
    LayoutBuilder lister(places, LayoutBuilder::Offsets::ListOnly);
    const StructLayout listed = lister.build(*last);
    if (lister.refusals().isEmpty() && lister.designators().size() > BulkOffsetsFrom) {
        const BulkOffsets bulk(index.get(), source, prelude.overlayPath(), listed.typeName, lister.designators());
        if (const std::optional<CXCursor> again = bulk.record(); again && !bulk.offsets().isEmpty()) {
            LayoutBuilder builder(places, LayoutBuilder::Offsets::Known, &bulk.offsets());
            return finish(builder, builder.build(*again), found);
        }
    }
    LayoutBuilder builder(places);
    return finish(builder, builder.build(*last), found);
}

} // namespace

Result<StructLayout> StructParser::parse(const QString &cText, QList<StructDiagnostic> *diagnostics)
{
    if (diagnostics)
        diagnostics->clear();
    if (auto known = parseWithoutWorker(cText))
        return *std::move(known);
    return LayoutWorker::layOut(cText.toUtf8(), diagnostics);
}

std::optional<Result<StructLayout>> StructParser::parseWithoutWorker(const QString &cText)
{
    // The lesson's struct needs no worker: its layout is known (and tested against clang's).
    if (const auto language = builtinLanguage(cText))
        return builtinLayout(*language);
    if (auto problem = textProblem(cText, cText.toUtf8()))
        return Result<StructLayout>(*std::move(problem));
    return std::nullopt;
}

std::optional<Error> StructParser::textProblem(const QString &cText, const QByteArray &userText)
{
    if (cText.trimmed().isEmpty())
        return Error::plain(tr("The layout is empty: write a struct, such as "
                               "struct st_pid { int pid; char names[51]; };"));
    if (userText.size() > MaxTextBytes)
        return Error::plain(tr("The layout text is %1 bytes; at most %2 bytes are read.")
                                .arg(userText.size())
                                .arg(MaxTextBytes));
    // clang spells an array type once per dimension and each spelling names them all: thousands of
    // dimensions take minutes before the nesting limit is ever reached, so they are refused unread.
    if (mostArrayDimensions(userText) > MaxNesting)
        return Error::plain(tr("An array has more than %1 dimensions: that is more than a layout can show.")
                                .arg(MaxNesting));
    return std::nullopt;
}

Result<StructLayout> StructParser::parseHere(const QString &cText, QList<StructDiagnostic> *diagnostics)
{
    QList<StructDiagnostic> found;
    const auto hand = [&]() {
        if (diagnostics)
            *diagnostics = found;
    };
    hand();
    const QByteArray userText = cText.toUtf8();
    if (const auto problem = textProblem(cText, userText))
        return *problem;

    // Opened here, on the first parse, not when the program starts (libclang.h).
    if (!LibClang::instance())
        return Error::plain(LibClang::loadError());

    // Pasted text can nest thousands of levels deep, and clang and our walk recurse once a level: the work
    // runs on a thread whose stack holds any text of at most MaxTextBytes, so such text ends in a layout
    // or an error, not a crash. Untouched stack pages cost nothing.
    std::optional<Result<StructLayout>> result;
    const std::unique_ptr<QThread> worker(QThread::create([&] { result = layOut(userText, found); }));
    worker->setStackSize(LayoutStackBytes);
    worker->start();
    worker->wait();
    hand();
    return *result;
}

} // namespace core
