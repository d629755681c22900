// libFuzzer target: the fuzzer's bytes as pasted C declarations for core::StructParser. Whatever the text,
// the parse gives an error with a message or a layout whose rows hold together; every row of a layout is
// then decoded from random bytes by core::FieldCodec, and what it decodes encodes back to the same bytes
// (the promise of fieldcodec.h). A broken invariant aborts, so that libFuzzer keeps the input.
//
// Built by tests/fuzz/CMakeLists.txt with SHMSCOPE_FUZZ=ON and clang; run with scripts/fuzz.sh.

#include "fuzzutils.h"

#include "core/layout/fieldcodec.h"
#include "core/layout/structparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <random>

using core::FieldCodec;
using core::StructField;
using core::StructLayout;
using core::StructParser;
using Kind = StructField::Kind;

namespace {

constexpr const char *Target = "fuzz_structparser";
// Longer text finds nothing shorter text does not, and costs clang time on every run.
constexpr std::size_t MaxTextBytes = 16 * 1024;
// Bytes decoded at once: a layout may be up to 1 TiB, a window of it is what the struct pane reads.
constexpr quint64 MaxWindowBytes = 64 * 1024;
// Rows decoded per window, so that a layout of 100,000 rows does not make one run take seconds.
constexpr int MaxRowsDecoded = 4096;

[[noreturn]] void fail(const QString &what)
{
    fuzz::fail(Target, what);
}

QString describe(const StructField &row)
{
    return QStringLiteral("%1 (%2, %3) at %4+%5")
        .arg(row.displayName(), row.typeName, StructField::kindName(row.kind))
        .arg(row.offset)
        .arg(row.size);
}

// The rows lie inside their parent, struct members do not overlap (bitfields may share bytes) and account
// for every byte of a struct but the elements of an array that are not listed: as tst_structparser checks.
void checkRows(const StructField &parent, const QList<StructField> &rows, quint64 begin, quint64 end)
{
    const bool isUnion = parent.kind == Kind::Union;
    const bool endsEarly = parent.omittedElements > 0;
    quint64 covered = begin;
    for (const StructField &row : rows) {
        if (row.offset < begin || row.offset > end || row.size > end - row.offset)
            fail(QStringLiteral("%1 leaves its parent [%2, %3)").arg(describe(row)).arg(begin).arg(end));
        if (!isUnion && !row.isBitField() && row.size > 0 && row.offset < covered)
            fail(QStringLiteral("%1 overlaps the row before").arg(describe(row)));
        if (!isUnion && row.offset > covered)
            fail(QStringLiteral("bytes [%1, %2) belong to no row").arg(covered).arg(row.offset));
        covered = std::max(covered, row.offset + row.size);

        if (row.isBitField()) {
            if (row.bitWidth < 1 || row.bitWidth > 64 || row.bitOffset < 0 || row.bitOffset > 7 ||
                row.size != quint64(row.bitOffset + row.bitWidth + 7) / 8)
                fail(QStringLiteral("bitfield %1 has bits %2+%3")
                         .arg(describe(row))
                         .arg(row.bitOffset)
                         .arg(row.bitWidth));
        } else if (row.bitOffset != -1) {
            fail(QStringLiteral("%1 is no bitfield but has bit offset %2")
                     .arg(describe(row))
                     .arg(row.bitOffset));
        }
        if (row.kind == Kind::Array && !row.isFlexible &&
            quint64(row.children.size()) + row.omittedElements != row.arrayCount)
            fail(QStringLiteral("array %1 lists %2 and omits %3 of %4 elements")
                     .arg(describe(row))
                     .arg(row.children.size())
                     .arg(row.omittedElements)
                     .arg(row.arrayCount));
        if (row.isFlexible && row.size != 0)
            fail(QStringLiteral("flexible array member %1 has bytes").arg(describe(row)));
        if (row.hasChildren() && row.kind != Kind::Struct && row.kind != Kind::Union &&
            row.kind != Kind::Array)
            fail(QStringLiteral("%1 has children").arg(describe(row)));

        checkRows(row, row.children, row.offset, row.offset + row.size);
    }
    if (!rows.isEmpty() && covered != end && !isUnion && !endsEarly)
        fail(QStringLiteral("rows end at %1, their parent at %2").arg(covered).arg(end));
}

void checkLayout(const StructLayout &layout)
{
    if (layout.sizeOf == 0 || layout.sizeOf > StructParser::MaxLayoutSize)
        fail(QStringLiteral("sizeof %1").arg(layout.sizeOf));
    if (layout.alignment == 0 || (layout.alignment & (layout.alignment - 1)) != 0 ||
        layout.sizeOf % layout.alignment != 0)
        fail(QStringLiteral("sizeof %1 with _Alignof %2").arg(layout.sizeOf).arg(layout.alignment));
    quint64 rows = 0;
    for (const StructField &field : layout.fields)
        rows += field.rowCount();
    if (rows != layout.rowCount)
        fail(QStringLiteral("rowCount %1, counted %2").arg(layout.rowCount).arg(rows));
    StructField root;
    root.kind = layout.isUnion ? Kind::Union : Kind::Struct;
    checkRows(root, layout.fields, 0, layout.sizeOf);
}

// Bytes as a segment might hold them: many zeros (ends of strings, false, 0), some 0xff, the rest random.
QByteArray randomBytes(std::mt19937_64 &random, quint64 size)
{
    QByteArray bytes(qsizetype(size), '\0');
    for (char &byte : bytes) {
        const auto r = random();
        byte = (r & 3) == 0 ? '\0' : (r & 7) == 1 ? '\xff' : char(r >> 8);
    }
    return bytes;
}

bool isNan(const QString &text)
{
    return text.contains(QLatin1String("nan"));
}

// What decode() says encodes back to the bytes it read, where fieldcodec.h promises so.
void checkRoundTrip(const StructField &field, const QString &text, QByteArrayView bytes,
                    QByteArrayView window, quint64 windowStart)
{
    const auto written = FieldCodec::encode(field, text, window, windowStart);
    if (!FieldCodec::isEditable(field)) {
        if (written.ok())
            fail(QStringLiteral("%1 is not editable, yet \"%2\" encodes").arg(describe(field), text));
        if (written.error().message.isEmpty())
            fail(QStringLiteral("%1 refused without a message").arg(describe(field)));
        return;
    }

    QByteArrayView expected = bytes;
    switch (field.kind) {
    case Kind::Integer:
    case Kind::Enum:
    case Kind::Char:
        break;
    case Kind::Bool:
        if (text != QLatin1String("true") && text != QLatin1String("false"))
            return; // "true (5)": C reads any byte but 0 as true, and the text says which byte it was
        break;
    case Kind::Float:
        // NaN payloads are not text; a long double holds 10 bytes of its 16, the rest is anything.
        if (isNan(text) || (field.size != sizeof(float) && field.size != sizeof(double)))
            return;
        break;
    case Kind::String: {
        const qsizetype nul = bytes.indexOf('\0');
        if (nul < 0) {
            if (written.ok()) // no NUL: the text fills the array and leaves no room for one
                fail(QStringLiteral("%1 takes \"%2\" without room for its NUL").arg(describe(field), text));
            return;
        }
        expected = bytes.first(nul + 1); // the text and its NUL; the rest of the array is left as it is
        break;
    }
    default:
        return;
    }
    if (!written.ok())
        fail(QStringLiteral("%1 decodes as \"%2\", which encode refuses: %3")
                 .arg(describe(field), text, written.error().message));
    if (written.value().offset != field.offset || written.value().bytes != expected)
        fail(QStringLiteral("%1 decodes as \"%2\", which encodes to %3 at %4 instead of %5")
                 .arg(describe(field), text, QString::fromLatin1(written.value().bytes.toHex(' ')))
                 .arg(written.value().offset)
                 .arg(QString::fromLatin1(expected.toByteArray().toHex(' '))));
}

// Decodes the rows (depth first) over one window of the layout's bytes.
void decodeRows(const QList<StructField> &rows, QByteArrayView window, quint64 windowStart, int *budget)
{
    for (const StructField &field : rows) {
        if (--*budget < 0)
            return;
        const bool available = FieldCodec::isAvailable(field, windowStart, quint64(window.size()));
        const auto decoded = FieldCodec::decode(field, window, windowStart);
        if (decoded.has_value() != available)
            fail(QStringLiteral("%1: decode and isAvailable disagree over the window at %2+%3")
                     .arg(describe(field))
                     .arg(windowStart)
                     .arg(window.size()));
        if (decoded) {
            const auto bytes = FieldCodec::bytesOf(field, window, windowStart);
            if (!bytes || quint64(bytes->size()) != field.size)
                fail(QStringLiteral("%1: bytesOf gives the wrong bytes").arg(describe(field)));
            if (FieldCodec::text(field, *bytes) != *decoded)
                fail(QStringLiteral("%1: text and decode disagree").arg(describe(field)));
            checkRoundTrip(field, *decoded, *bytes, window, windowStart);
        }
        decodeRows(field.children, window, windowStart, budget);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QList<core::StructDiagnostic> diagnostics;
    const auto parsed = StructParser::parseHere(fuzz::text(data, size, MaxTextBytes), &diagnostics);
    for (const core::StructDiagnostic &d : diagnostics) {
        if (d.line < 0 || d.column < 0 || d.message.isEmpty())
            fail(QStringLiteral("diagnostic at line %1, column %2: \"%3\"")
                     .arg(d.line)
                     .arg(d.column)
                     .arg(d.message));
    }
    if (!parsed.ok()) {
        if (parsed.error().message.isEmpty())
            fail(QStringLiteral("an error without a message"));
        return 0;
    }
    const StructLayout &layout = parsed.value();
    checkLayout(layout);

    std::mt19937_64 random(fuzz::seedOf(data, size));
    // The window from the layout's start, then one from somewhere inside it that may end past it.
    const quint64 firstSize = std::min(layout.sizeOf, MaxWindowBytes);
    const QByteArray first = randomBytes(random, firstSize);
    int budget = MaxRowsDecoded;
    decodeRows(layout.fields, first, 0, &budget);

    const quint64 start = random() % layout.sizeOf;
    const QByteArray second = randomBytes(random, std::min(layout.sizeOf - start + 8, MaxWindowBytes));
    budget = MaxRowsDecoded;
    decodeRows(layout.fields, second, start, &budget);
    return 0;
}
