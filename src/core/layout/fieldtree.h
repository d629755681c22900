#pragma once

#include "core/layout/structlayout.h"

#include <QList>
#include <QString>

namespace core {

// The rows of a StructLayout as a tree made as it is looked at, so that what it costs follows the rows asked
// for, not the layout's size: an array of 10^6 structs or of 2^32 ints is a handful of rows until opened.
//
// An array's element i is its first element (StructParser always lists it: the template) moved by
// i × the element's size, so every element is reachable however many the parser listed. An array of more
// than PageSize elements is shown in pages ("[0..999]", "[1000..1999]"), and pages of pages for larger ones,
// so that no row has more than PageSize children.
//
// Rows are numbered in the order they are first asked for; a number stays the row's until reset(). The tree
// points into the layout, which must outlive it and stay unchanged until the next reset().
class FieldTree
{
public:
    static constexpr quint64 PageSize = 1000;
    static constexpr int Root = -1;
    static constexpr quint64 NotElement = ~quint64(0);

    struct Node
    {
        // The layout's field; an element's is its array's first element, moved by `delta`.
        const StructField *field = nullptr;
        quint64 delta = 0;
        quint64 element = NotElement; // an element's index in its array
        bool isPage = false;
        // An array's or a page's elements: [first, first + count). An array whose parser kept no element
        // (0 elements, flexible, nesting refused) has none.
        quint64 first = 0;
        quint64 count = 0;
        int parent = Root;
        int row = 0; // among its parent's children
    };

    FieldTree() = default;
    explicit FieldTree(const StructLayout &layout) { reset(layout); }
    void reset(const StructLayout &layout);

    [[nodiscard]] int childCount(int node) const;
    // The node of the row'th child of `node` (Root for the top level), made the first time it is asked for.
    // Const because asking for a row does not change what the tree shows; views ask from const methods.
    [[nodiscard]] int child(int node, int row) const;
    [[nodiscard]] const Node &node(int node) const { return m_nodes.at(node); }
    [[nodiscard]] qsizetype nodeCount() const { return m_nodes.size(); } // made so far

    // Where the row's bytes lie in the layout, and how many: a page's are its elements'.
    [[nodiscard]] quint64 offsetOf(int node) const;
    [[nodiscard]] quint64 sizeOf(int node) const;
    // "pid", "[3]", "[1000..1999]"; an anonymous member's type.
    [[nodiscard]] QString nameOf(int node) const;
    // The row's field at its own place: offset moved, an element's name, a page's size and count. For the
    // codecs, which read the offset, the size and the kind; its children are the template's, not moved.
    [[nodiscard]] StructField fieldOf(int node) const;
    // An array's element size (0 for other rows).
    [[nodiscard]] quint64 elementSize(int node) const;

    // The deepest rows whose bytes meet [offset, offset + length) of the layout, at most `limit` of them:
    // where more rows of one level meet it, their parent stands for them.
    [[nodiscard]] QList<int> covering(quint64 offset, quint64 length, int limit) const;

private:
    // Elements a child of an array row or a page holds: PageSize, PageSize^2, ... or 1 for an element.
    [[nodiscard]] static quint64 span(quint64 count);
    [[nodiscard]] bool isArrayRow(const Node &node) const;
    [[nodiscard]] int make(int parent, int row) const;
    [[nodiscard]] const QList<StructField> &fieldsUnder(int node) const;
    void cover(int node, quint64 offset, quint64 end, int limit, QList<int> &out) const;

    const StructLayout *m_layout = nullptr;
    mutable QList<Node> m_nodes;
    mutable QList<QList<int>> m_children; // per node, then the top level last; -1 = not made yet
    mutable QList<int> m_top;
};

} // namespace core
