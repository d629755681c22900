// core::FieldAssignment: a field's write as the C statement a student writes for it. The expected text is
// the C written out by hand; the bytes are what FieldCodec::encode gives for a typed value.

#include "core/coretest.h"
#include "core/layout/fieldassignment.h"
#include "core/layout/structparser.h"

#include <QTest>

#include <limits>

using core::FieldAssignment;
using core::StructField;
using core::StructLayout;

Q_DECLARE_METATYPE(core::StructField)

namespace {

StructField field(StructField::Kind kind, const QString &name, quint64 size, bool isSigned = true)
{
    StructField made;
    made.kind = kind;
    made.name = name;
    made.size = size;
    made.isSigned = isSigned;
    return made;
}

} // namespace

class TestFieldAssignment : public QObject
{
    Q_OBJECT

private slots:
    void init() { coretest::failOnAnyWarning(); }
    void recordName();
    void statement_data();
    void statement();
};

void TestFieldAssignment::recordName()
{
    const StructLayout &stPid = core::StructParser::builtinLayout();
    QCOMPARE(FieldAssignment::recordName(stPid, 0), QStringLiteral("stpid"));
    QCOMPARE(FieldAssignment::recordName(stPid, 2), QStringLiteral("stpid[2]"));
    StructLayout other;
    other.name = QStringLiteral("sample");
    other.typeName = QStringLiteral("struct sample");
    QCOMPARE(FieldAssignment::recordName(other, 0), QStringLiteral("p"));
}

void TestFieldAssignment::statement_data()
{
    QTest::addColumn<StructField>("field");
    QTest::addColumn<QString>("lvalue");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    const StructLayout &stPid = core::StructParser::builtinLayout();
    const StructField &pid = stPid.fields.at(0);
    const StructField &names = stPid.fields.at(1);
    QTest::newRow("pid") << pid << QStringLiteral("stpid->pid") << QByteArray("\x92\x10\0\0", 4)
                         << QStringLiteral("stpid->pid = 4242;");
    QTest::newRow("negative") << pid << QStringLiteral("stpid->pid") << QByteArray("\xff\xff\xff\xff", 4)
                              << QStringLiteral("stpid->pid = -1;");
    QTest::newRow("name") << names << QStringLiteral("stpid->names") << QByteArray("Bob\0", 4)
                          << QStringLiteral("strcpy(stpid->names, \"Bob\");");
    QTest::newRow("quoted name") << names << QStringLiteral("stpid->names") << QByteArray("a\"b\0", 4)
                                 << QStringLiteral("strcpy(stpid->names, \"a\\\"b\");");
    QTest::newRow("utf-8 name") << names << QStringLiteral("stpid->names") << QByteArray("Zoë\0", 5)
                                << QStringLiteral("strcpy(stpid->names, \"Zoë\");");
    // An undo puts back the first bytes of a longer name: no NUL at their end, so no strcpy.
    QTest::newRow("undo of a name") << names << QStringLiteral("stpid->names") << QByteArray("Alic")
                                    << QStringLiteral("memcpy(stpid->names, \"Alic\", 4);");

    StructField flag = field(StructField::Kind::Bool, QStringLiteral("ready"), 1);
    QTest::newRow("bool") << flag << QStringLiteral("p->ready") << QByteArray(1, '\1')
                          << QStringLiteral("p->ready = true;");
    QTest::newRow("bool of another byte")
        << flag << QStringLiteral("p->ready") << QByteArray(1, '\3') << QStringLiteral("p->ready = 3;");
    StructField letter = field(StructField::Kind::Char, QStringLiteral("grade"), 1);
    QTest::newRow("char") << letter << QStringLiteral("p->grade") << QByteArray("A")
                          << QStringLiteral("p->grade = 'A';");
    StructField ratio = field(StructField::Kind::Float, QStringLiteral("ratio"), 8);
    const double half = 0.5;
    const double infinite = std::numeric_limits<double>::infinity();
    QTest::newRow("double") << ratio << QStringLiteral("p->ratio")
                            << QByteArray(reinterpret_cast<const char *>(&half), 8)
                            << QStringLiteral("p->ratio = 0.5;");
    QTest::newRow("infinity") << ratio << QStringLiteral("p->ratio")
                              << QByteArray(reinterpret_cast<const char *>(&infinite), 8)
                              << QStringLiteral("p->ratio = INFINITY;");
    StructField count = field(StructField::Kind::Integer, QStringLiteral("[2]"), 2, false);
    QTest::newRow("array element") << count << QStringLiteral("p->counts[2]") << QByteArray("\x10\x00", 2)
                                   << QStringLiteral("p->counts[2] = 16;");
}

void TestFieldAssignment::statement()
{
    QFETCH(StructField, field);
    QFETCH(QString, lvalue);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(FieldAssignment::statement(field, lvalue, bytes), expected);
}

QTEST_GUILESS_MAIN(TestFieldAssignment)
#include "tst_fieldassignment.moc"
