#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace core {

// One named value of an enum. Values of an enum with an unsigned underlying type are kept as their 64-bit
// pattern, so that comparing with a field read as the same pattern works for both signednesses.
struct Enumerator
{
    QString name;
    qint64 value = 0;

    friend bool operator==(const Enumerator &, const Enumerator &) = default;
};

// One row of a struct layout: a field, an element of an array, or bytes nobody declared (padding).
// Plain data: StructParser fills it from the compiler's own numbers, FieldCodec reads and writes the
// bytes it names, the struct pane shows it as a tree.
struct StructField
{
    enum class Kind {
        Integer, // any size 1, 2, 4, 8; isSigned tells which; signed/unsigned char too (int8_t, uint8_t)
        Float,   // float, double, long double
        Bool,    // _Bool
        Char,    // plain char: shown as a character
        String,  // array of plain char: text up to the first NUL (arrayCount bytes)
        Enum,    // enumerators lists the names
        Pointer, // an address in the peer's memory: shown in hex, never written
        Array,   // elements as children ("[0]", "[1]", ...)
        Struct,  // members as children
        Union,   // members as children, all at the union's offset
        Padding, // bytes the compiler left out between or after fields
        Opaque,  // a type we cannot show as a value (__int128, vectors): its bytes in hex
    };

    QString name;     // "pid", "[3]"; empty for an anonymous struct or union member (C11)
    QString typeName; // as declared: "pid_t", "char[51]", "struct timespec", "unsigned int:3"
    Kind kind = Kind::Opaque;
    quint64 offset = 0; // bytes from the start of the layout
    quint64 size = 0;   // bytes; for a bitfield, the bytes that hold its bits (see bitOffset)
    // Bitfields: the field's bits start at bit bitOffset (0 = least significant) of the byte at offset and
    // run bitWidth bits, possibly into the following bytes of [offset, offset + size). -1 for other fields.
    int bitOffset = -1;
    int bitWidth = -1;
    bool isSigned = false;   // Integer, Char, Enum (the enum's underlying type)
    quint64 arrayCount = 0;  // Array and String: the declared number of elements
    bool isFlexible = false; // a flexible array member (`char data[]`): no elements, size 0
    // Array elements declared but not listed as children, to keep a huge array from costing a row each.
    quint64 omittedElements = 0;
    QList<Enumerator> enumerators; // Enum
    QString description;           // the comment written with the field, without its // or /* */
    QList<StructField> children;   // Struct, Union, Array (Padding rows included)

    [[nodiscard]] bool isBitField() const { return bitWidth >= 0; }
    [[nodiscard]] bool isPadding() const { return kind == Kind::Padding; }
    [[nodiscard]] bool hasChildren() const { return !children.isEmpty(); }
    // "struct st_pid" -> label of a row without a name: an anonymous member shows its type.
    [[nodiscard]] QString displayName() const { return name.isEmpty() ? typeName : name; }

    // The same subtree moved by `delta` bytes: array elements are one element copied at each offset.
    [[nodiscard]] StructField shifted(quint64 delta) const;
    // Rows in this subtree, this one included.
    [[nodiscard]] quint64 rowCount() const;

    [[nodiscard]] static QString kindName(Kind kind); // "integer", "padding", ... for tests and logs
};

// A struct or union laid out as the compiler lays it out on this machine.
struct StructLayout
{
    QString name;     // "st_pid"; for `typedef struct { ... } foo_t;` "foo_t"
    QString typeName; // "struct st_pid", "union u", "foo_t": how C code names the type
    bool isUnion = false;
    quint64 sizeOf = 0;        // sizeof, trailing padding included
    quint64 alignment = 0;     // _Alignof
    QList<StructField> fields; // in declaration order, Padding rows where the gaps are
    quint64 rowCount = 0;      // all rows of the tree
    // What the tree leaves out, as sentences: flexible array members.
    QStringList notes;
    // Arrays whose elements are listed in part, as sentences: for --read, which prints the listed rows. The
    // struct pane reaches every element (FieldTree) and does not show these.
    QStringList listingNotes;
};

} // namespace core
