#include "core/layout/fieldtree.h"

#include <algorithm>

namespace core {

namespace {

quint64 elementSizeOf(const StructField &array)
{
    return array.arrayCount > 0 ? array.size / array.arrayCount : 0;
}

} // namespace

void FieldTree::reset(const StructLayout &layout)
{
    m_layout = &layout;
    m_nodes.clear();
    m_children.clear();
    m_top = QList<int>(layout.fields.size(), -1);
}

quint64 FieldTree::span(quint64 count)
{
    if (count <= PageSize)
        return 1;
    quint64 span = PageSize;
    while ((count - 1) / span + 1 > PageSize)
        span *= PageSize; // stops at 10^18 at the latest: 2^64 / 10^18 < 19 pages
    return span;
}

bool FieldTree::isArrayRow(const Node &node) const
{
    return node.field->kind == StructField::Kind::Array;
}

const QList<StructField> &FieldTree::fieldsUnder(int node) const
{
    return node == Root ? m_layout->fields : m_nodes.at(node).field->children;
}

int FieldTree::childCount(int node) const
{
    if (!m_layout)
        return 0;
    if (node == Root)
        return int(m_layout->fields.size());
    const Node &n = m_nodes.at(node);
    if (!isArrayRow(n))
        return int(n.field->children.size());
    const quint64 each = span(n.count);
    return int((n.count + each - 1) / each);
}

int FieldTree::child(int node, int row) const
{
    const auto children = [this, node]() -> QList<int> & { return node == Root ? m_top : m_children[node]; };
    if (children().isEmpty())
        children() = QList<int>(childCount(node), -1);
    if (children().at(row) < 0) {
        const int made = make(node, row); // grows m_children: look the list up again after
        children()[row] = made;
    }
    return children().at(row);
}

int FieldTree::make(int parent, int row) const
{
    Node made;
    made.parent = parent;
    made.row = row;
    if (parent != Root && isArrayRow(m_nodes.at(parent))) {
        const Node &array = m_nodes.at(parent);
        const quint64 each = span(array.count);
        const quint64 first = array.first + quint64(row) * each;
        if (each == 1) {
            made.field = &array.field->children.first();
            made.delta = array.delta + first * elementSizeOf(*array.field);
            made.element = first;
        } else {
            made.field = array.field;
            made.delta = array.delta;
            made.isPage = true;
            made.first = first;
            made.count = std::min(each, array.first + array.count - first);
        }
    } else {
        made.field = &fieldsUnder(parent).at(row);
        made.delta = parent == Root ? 0 : m_nodes.at(parent).delta;
    }
    if (!made.isPage && isArrayRow(made))
        made.count = made.field->children.isEmpty() ? 0 : made.field->arrayCount;
    m_nodes.append(made);
    m_children.append(QList<int>());
    return int(m_nodes.size() - 1);
}

quint64 FieldTree::elementSize(int node) const
{
    const Node &n = m_nodes.at(node);
    return isArrayRow(n) ? elementSizeOf(*n.field) : 0;
}

quint64 FieldTree::offsetOf(int node) const
{
    const Node &n = m_nodes.at(node);
    return n.field->offset + n.delta + (n.isPage ? n.first * elementSizeOf(*n.field) : 0);
}

quint64 FieldTree::sizeOf(int node) const
{
    const Node &n = m_nodes.at(node);
    return n.isPage ? n.count * elementSizeOf(*n.field) : n.field->size;
}

QString FieldTree::nameOf(int node) const
{
    const Node &n = m_nodes.at(node);
    if (n.isPage)
        return QStringLiteral("[%1..%2]").arg(n.first).arg(n.first + n.count - 1);
    if (n.element != NotElement)
        return QStringLiteral("[%1]").arg(n.element);
    return n.field->displayName();
}

StructField FieldTree::fieldOf(int node) const
{
    const Node &n = m_nodes.at(node);
    StructField field = *n.field; // its lists are shared, not copied
    field.offset = offsetOf(node);
    field.size = sizeOf(node);
    if (n.element != NotElement || n.isPage)
        field.name = nameOf(node);
    if (n.isPage) {
        // "struct item[1000]" of "struct item[1000000]"; the element type of "int[4]" gives "int[1000][4]".
        const QString &elementType = n.field->children.first().typeName;
        const qsizetype bracket = elementType.indexOf(QLatin1Char('['));
        field.typeName = QString(elementType).insert(bracket < 0 ? elementType.size() : bracket,
                                                     QStringLiteral("[%1]").arg(n.count));
        field.arrayCount = n.count;
        field.omittedElements = 0;
    }
    return field;
}

QList<int> FieldTree::covering(quint64 offset, quint64 length, int limit) const
{
    QList<int> out;
    if (m_layout && limit > 0)
        cover(Root, offset, offset + std::max<quint64>(length, 1), limit, out);
    return out;
}

void FieldTree::cover(int node, quint64 offset, quint64 end, int limit, QList<int> &out) const
{
    // The rows that can meet the bytes: an array's by arithmetic (it may have 2^32 elements), a struct's all.
    int firstRow = 0;
    int lastRow = childCount(node) - 1;
    if (node != Root && isArrayRow(m_nodes.at(node)) && elementSize(node) > 0 && lastRow >= 0) {
        const Node &n = m_nodes.at(node);
        const quint64 size = elementSize(node);
        const quint64 start = offsetOf(node);
        if (end <= start)
            return;
        const quint64 firstElement = offset > start ? (offset - start) / size : 0;
        const quint64 lastElement = std::min((end - 1 - start) / size, n.count - 1);
        if (firstElement > lastElement)
            return;
        const quint64 each = span(n.count);
        firstRow = int(firstElement / each);
        lastRow = int(lastElement / each);
    }
    QList<int> meeting;
    for (int row = firstRow; row <= lastRow; ++row) {
        const int at = child(node, row);
        const quint64 start = offsetOf(at);
        if (start < end && offset < start + std::max<quint64>(sizeOf(at), 1))
            meeting.append(at);
    }
    if (node != Root && meeting.size() > limit - out.size()) {
        out.append(node); // too many to name one by one: the row that holds them all
        return;
    }
    for (const int at : std::as_const(meeting)) {
        if (out.size() >= limit)
            return;
        if (childCount(at) == 0)
            out.append(at);
        else
            cover(at, offset, end, limit, out);
    }
}

} // namespace core
