// core::FieldTree over layouts written out by hand (what StructParser gives for them, without libclang): the
// rows of arrays of any size made from one element, in pages of FieldTree::PageSize, each reachable, and
// only the rows asked for made.

#include "core/layout/fieldtree.h"

#include <QTest>

using core::FieldTree;
using core::StructField;
using core::StructLayout;

namespace {

StructField scalar(const QString &name, const QString &type, quint64 offset, quint64 size)
{
    StructField field;
    field.name = name;
    field.typeName = type;
    field.kind = StructField::Kind::Integer;
    field.offset = offset;
    field.size = size;
    return field;
}

// An array as StructParser lists it: its first `listed` elements, the first being the template.
StructField array(const QString &name, const StructField &element, quint64 offset, quint64 count, quint64 listed = 1)
{
    StructField field;
    field.name = name;
    field.typeName = element.typeName + QStringLiteral("[%1]").arg(count);
    field.kind = StructField::Kind::Array;
    field.offset = offset;
    field.size = element.size * count;
    field.arrayCount = count;
    for (quint64 i = 0; i < listed; ++i) {
        StructField copy = element;
        copy.offset = offset + i * element.size;
        copy.name = QStringLiteral("[%1]").arg(i);
        field.children.append(copy);
    }
    field.omittedElements = count - listed;
    return field;
}

// struct item { int id; short flags; short pad_; }: 8 bytes.
StructField item(quint64 offset)
{
    StructField field;
    field.typeName = QStringLiteral("struct item");
    field.kind = StructField::Kind::Struct;
    field.offset = offset;
    field.size = 8;
    field.children = {scalar(QStringLiteral("id"), QStringLiteral("int"), offset, 4),
                      scalar(QStringLiteral("flags"), QStringLiteral("short"), offset + 4, 2),
                      scalar(QStringLiteral("spare"), QStringLiteral("short"), offset + 6, 2)};
    return field;
}

StructLayout layoutOf(const QList<StructField> &fields)
{
    StructLayout layout;
    layout.name = QStringLiteral("test");
    layout.typeName = QStringLiteral("struct test");
    layout.fields = fields;
    for (const StructField &field : fields)
        layout.sizeOf = std::max(layout.sizeOf, field.offset + field.size);
    return layout;
}

// The child of `node` whose name is `name`, -1 when none is.
int childNamed(const FieldTree &tree, int node, const QString &name)
{
    for (int row = 0; row < tree.childCount(node); ++row) {
        if (tree.nameOf(tree.child(node, row)) == name)
            return tree.child(node, row);
    }
    return -1;
}

} // namespace

class TestFieldTree : public QObject
{
    Q_OBJECT

private slots:
    void smallArraysListTheirElements();
    void aMillionStructsOpenInPagesOfAThousand();
    void anArrayOf2To32ElementsHasPagesOfPages();
    void nestedArraysMoveEachLevel();
    void anArrayWithoutATemplateHasNoRows();
    void coveringNamesTheDeepestRowsOrTheirParent();
};

void TestFieldTree::smallArraysListTheirElements()
{
    const StructLayout layout = layoutOf({array(QStringLiteral("a"), scalar({}, QStringLiteral("int"), 8, 4), 8, 1000, 1000),
                                          array(QStringLiteral("b"), scalar({}, QStringLiteral("int"), 4008, 4), 4008, 1001)});
    const FieldTree tree(layout);
    QCOMPARE(tree.childCount(FieldTree::Root), 2);
    const int a = tree.child(FieldTree::Root, 0);
    QCOMPARE(tree.childCount(a), 1000); // no pages at 1000
    QCOMPARE(tree.nameOf(tree.child(a, 999)), QStringLiteral("[999]"));
    QCOMPARE(tree.offsetOf(tree.child(a, 999)), 8u + 999 * 4);
    const int b = tree.child(FieldTree::Root, 1);
    QCOMPARE(tree.childCount(b), 2); // 1001: two pages
    QCOMPARE(tree.nameOf(tree.child(b, 0)), QStringLiteral("[0..999]"));
    QCOMPARE(tree.nameOf(tree.child(b, 1)), QStringLiteral("[1000..1000]"));
    QCOMPARE(tree.childCount(tree.child(b, 0)), 1000);
    QCOMPARE(tree.childCount(tree.child(b, 1)), 1);
    const int last = tree.child(tree.child(b, 1), 0);
    QCOMPARE(tree.nameOf(last), QStringLiteral("[1000]"));
    QCOMPARE(tree.offsetOf(last), 4008u + 1000 * 4);
    QCOMPARE(tree.sizeOf(last), 4u);
    QCOMPARE(tree.fieldOf(last).offset, 4008u + 1000 * 4);
    QCOMPARE(tree.fieldOf(last).name, QStringLiteral("[1000]"));
}

void TestFieldTree::aMillionStructsOpenInPagesOfAThousand()
{
    const StructLayout layout = layoutOf({scalar(QStringLiteral("count"), QStringLiteral("long"), 0, 8),
                                          array(QStringLiteral("items"), item(8), 8, 1000000, 1000)});
    const FieldTree tree(layout);
    const int items = tree.child(FieldTree::Root, 1);
    QCOMPARE(tree.childCount(items), 1000);
    QCOMPARE(tree.nodeCount(), 1); // asked for one row: one made
    const QStringList expected{QStringLiteral("[0..999]"), QStringLiteral("[1000..1999]"),
                               QStringLiteral("[999000..999999]")};
    const QList<int> rows{0, 1, 999};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int page = tree.child(items, rows.at(i));
        QCOMPARE(tree.nameOf(page), expected.at(i));
        QCOMPARE(tree.childCount(page), 1000);
        QCOMPARE(tree.offsetOf(page), 8u + quint64(rows.at(i)) * 1000 * 8);
        QCOMPARE(tree.sizeOf(page), 8000u);
        QCOMPARE(tree.fieldOf(page).typeName, QStringLiteral("struct item[1000]"));
    }
    const int last = tree.child(tree.child(items, 999), 999);
    QCOMPARE(tree.nameOf(last), QStringLiteral("[999999]"));
    QCOMPARE(tree.offsetOf(last), 8u + 999999u * 8);
    const int flags = childNamed(tree, last, QStringLiteral("flags"));
    QVERIFY(flags >= 0);
    QCOMPARE(tree.offsetOf(flags), 8u + 999999u * 8 + 4);
    QCOMPARE(tree.sizeOf(flags), 2u);
    QVERIFY(tree.nodeCount() < 20); // nothing made but the rows asked for
}

void TestFieldTree::anArrayOf2To32ElementsHasPagesOfPages()
{
    const quint64 count = quint64(1) << 32;
    const StructLayout layout = layoutOf({array(QStringLiteral("huge"), scalar({}, QStringLiteral("int"), 0, 4), 0, count)});
    const FieldTree tree(layout);
    const int huge = tree.child(FieldTree::Root, 0);
    // Pages of 10^9, of 10^6, of 10^3, then elements: no level has more than 1000 rows.
    QCOMPARE(tree.childCount(huge), 5);
    int level = huge;
    const QStringList firstNames{QStringLiteral("[0..999999999]"), QStringLiteral("[0..999999]"),
                                 QStringLiteral("[0..999]"), QStringLiteral("[0]")};
    const QList<int> counts{1000, 1000, 1000, 0};
    for (qsizetype depth = 0; depth < firstNames.size(); ++depth) {
        level = tree.child(level, 0);
        QCOMPARE(tree.nameOf(level), firstNames.at(depth));
        QCOMPARE(tree.childCount(level), counts.at(depth));
    }
    // The last rows of each level hold what is left: 294,967,296 elements, then 967,296, then 296.
    const int lastBillion = tree.child(huge, 4);
    QCOMPARE(tree.nameOf(lastBillion), QStringLiteral("[4000000000..4294967295]"));
    QCOMPARE(tree.childCount(lastBillion), 295);
    const int lastMillion = tree.child(lastBillion, 294);
    QCOMPARE(tree.nameOf(lastMillion), QStringLiteral("[4294000000..4294967295]"));
    QCOMPARE(tree.childCount(lastMillion), 968);
    const int lastThousand = tree.child(lastMillion, 967);
    QCOMPARE(tree.nameOf(lastThousand), QStringLiteral("[4294967000..4294967295]"));
    QCOMPARE(tree.childCount(lastThousand), 296);
    const int lastElement = tree.child(lastThousand, 295);
    QCOMPARE(tree.nameOf(lastElement), QStringLiteral("[4294967295]"));
    QCOMPARE(tree.offsetOf(lastElement), (count - 1) * 4);
}

void TestFieldTree::nestedArraysMoveEachLevel()
{
    // int grid[3][5] at 16: element [2][4] at 16 + (2 * 5 + 4) * 4.
    const StructField row = array({}, scalar({}, QStringLiteral("int"), 16, 4), 16, 5, 5);
    const StructLayout layout = layoutOf({array(QStringLiteral("grid"), row, 16, 3, 3)});
    const FieldTree tree(layout);
    const int grid = tree.child(FieldTree::Root, 0);
    QCOMPARE(tree.childCount(grid), 3);
    const int second = tree.child(grid, 2);
    QCOMPARE(tree.nameOf(second), QStringLiteral("[2]"));
    QCOMPARE(tree.offsetOf(second), 16u + 2 * 20);
    QCOMPARE(tree.childCount(second), 5);
    const int cell = tree.child(second, 4);
    QCOMPARE(tree.nameOf(cell), QStringLiteral("[4]"));
    QCOMPARE(tree.offsetOf(cell), 16u + (2 * 5 + 4) * 4);
}

void TestFieldTree::anArrayWithoutATemplateHasNoRows()
{
    StructField flexible;
    flexible.name = QStringLiteral("data");
    flexible.kind = StructField::Kind::Array;
    flexible.isFlexible = true;
    StructField unlisted = array(QStringLiteral("refused"), scalar({}, QStringLiteral("int"), 0, 4), 0, 10);
    unlisted.children.clear(); // nesting refused: the parser lists nothing
    const StructLayout layout = layoutOf({flexible, unlisted});
    const FieldTree tree(layout);
    QCOMPARE(tree.childCount(tree.child(FieldTree::Root, 0)), 0);
    QCOMPARE(tree.childCount(tree.child(FieldTree::Root, 1)), 0);
}

void TestFieldTree::coveringNamesTheDeepestRowsOrTheirParent()
{
    const StructLayout layout = layoutOf({scalar(QStringLiteral("count"), QStringLiteral("long"), 0, 8),
                                          array(QStringLiteral("items"), item(8), 8, 1000000, 1000)});
    const FieldTree tree(layout);
    // Bytes 4..5 of element 999,999: its flags.
    QList<int> covered = tree.covering(8 + 999999 * 8 + 4, 2, 256);
    QCOMPARE(covered.size(), 1);
    QCOMPARE(tree.nameOf(covered.first()), QStringLiteral("flags"));
    QCOMPARE(tree.nameOf(tree.node(covered.first()).parent), QStringLiteral("[999999]"));
    // The last byte of count and the first of element 0: two rows, in order.
    covered = tree.covering(7, 2, 256);
    QCOMPARE(covered.size(), 2);
    QCOMPARE(tree.nameOf(covered.at(0)), QStringLiteral("count"));
    QCOMPARE(tree.nameOf(covered.at(1)), QStringLiteral("id"));
    // A million elements: the array row stands for them.
    covered = tree.covering(8, 8000000, 256);
    QCOMPARE(covered.size(), 1);
    QCOMPARE(tree.nameOf(covered.first()), QStringLiteral("items"));
    // Past the end: nothing.
    QVERIFY(tree.covering(layout.sizeOf, 4, 256).isEmpty());
    QVERIFY(tree.nodeCount() < 2000);
}

QTEST_GUILESS_MAIN(TestFieldTree)
#include "tst_fieldtree.moc"
