// core::Freezer against real segments and real writers: shmdemo renaming itself while we hold its fields, and
// shmpoke writing once at a time so that the fights can be counted exactly. Expected bytes come from the
// test's own attach and literal text, never from the freezer.

#include "core/coretest.h"
#include "core/freeze/freezer.h"
#include "core/kernel/attachment.h"
#include "core/kernel/calllog.h"
#include "renamingwriter.h"

#include <QSignalSpy>
#include <QTest>

#include <cstring>

using core::Attachment;
using core::Freezer;
using core::StructField;
using testutils::RenamingWriter;
using testutils::SegmentGuard;

Q_DECLARE_METATYPE(core::StructField)

namespace {

// The lesson's struct st_pid: int pid at 0, char names[51] at 4, 56 bytes.
constexpr quint64 PidOffset = 0;
constexpr quint64 NamesOffset = 4;
constexpr quint64 NamesSize = 51;
constexpr quint64 RecordSize = 56;

QByteArray int32Bytes(qint32 value)
{
    QByteArray bytes(4, '\0');
    std::memcpy(bytes.data(), &value, 4);
    return bytes;
}

QByteArray namesBytes(const QByteArray &text)
{
    return text + QByteArray(qsizetype(NamesSize) - text.size(), '\0');
}

StructField namesField()
{
    StructField field;
    field.name = QStringLiteral("names");
    field.typeName = QStringLiteral("char[51]");
    field.kind = StructField::Kind::String;
    field.offset = NamesOffset;
    field.size = NamesSize;
    field.arrayCount = NamesSize;
    return field;
}

StructField integerField(const QString &name, quint64 size, bool isSigned)
{
    StructField field;
    field.name = name;
    field.typeName = isSigned ? QStringLiteral("int") : QStringLiteral("unsigned char");
    field.kind = StructField::Kind::Integer;
    field.size = size;
    field.isSigned = isSigned;
    return field;
}

} // namespace

class TestFreezer : public QObject
{
    Q_OBJECT

private slots:
    void holdsFieldsAgainstAWriterThatRenamesItself();
    void countsEachPeriodInWhichAnotherProcessWrote();
    void isToldOnceInTheCallLog();
    void anOverlappingFreezeReplacesTheOldOne();
    void unfreezeLetsOthersWrite();
    void readOnlyAttachRefusesAndWritesNothing();
    void rangeOutsideTheSegmentIsRefused();
    void typedValueIsCheckedAgainstTheField_data();
    void typedValueIsCheckedAgainstTheField();
    void aTextIsHeldWholeToTheArraysEnd();
};

// A writer renames itself every 30 ms (its pid and names in one memcpy) while we hold both fields at ours
// every 10 ms; when it has renamed 20 times it is stopped, and the segment, read by the test's own attach,
// holds our pid and our name. Each of our fights answered at least one of its writes: never more fights than
// writes, and once it has gone no period finds anything to fight.
void TestFreezer::holdsFieldsAgainstAWriterThatRenamesItself()
{
    const key_t key = testutils::uniqueKey(17);
    SegmentGuard guard;
    RenamingWriter writer;
    QString why;
    const int shmid = writer.start(key, 30, &why);
    QVERIFY2(shmid >= 0, qPrintable(why));
    guard.adopt(shmid);
    auto attached = Attachment::attach(shmid, Attachment::Mode::ReadWrite);
    SHM_VERIFY_OK(attached);

    Freezer freezer(*attached.value());
    freezer.setInterval(10);
    SHM_VERIFY_OK(freezer.freeze(NamesOffset, namesBytes("FROZEN"), QStringLiteral("names")));
    SHM_VERIFY_OK(freezer.freeze(PidOffset, int32Bytes(4242), QStringLiteral("pid")));
    writer.takeWrites(); // those before both were frozen are not fights of both
    qsizetype writes = 0;
    QTRY_VERIFY_WITH_TIMEOUT((writes += writer.takeWrites()) >= 20, 30000);
    QVERIFY(writer.stop());
    writes += writer.takeWrites();
    // The writer has gone: one period puts back what its last write changed, the next finds nothing to do.
    freezer.enforce();
    const quint64 foughtNames = freezer.find(NamesOffset, NamesSize)->fought;
    const quint64 foughtPid = freezer.find(PidOffset, 4)->fought;
    freezer.enforce();
    freezer.enforce();
    QCOMPARE(freezer.find(NamesOffset, NamesSize)->fought, foughtNames);
    QCOMPARE(freezer.find(PidOffset, 4)->fought, foughtPid);

    const testutils::Mapping mapping(shmid);
    QVERIFY(mapping.ok());
    QCOMPARE(mapping.bytes(NamesOffset, NamesSize), namesBytes("FROZEN"));
    QCOMPARE(mapping.bytes(PidOffset, 4), int32Bytes(4242));
    QVERIFY2(foughtNames >= 1 && foughtNames <= quint64(writes),
             qPrintable(QStringLiteral("fought %1 times over %2 writes").arg(foughtNames).arg(writes)));
    QVERIFY2(foughtPid >= 1 && foughtPid <= quint64(writes),
             qPrintable(QStringLiteral("fought %1 times over %2 writes").arg(foughtPid).arg(writes)));
}

// Another process (shmpoke) writes between our periods, zero, one or two times, or writes our own value, or
// writes next to the range: a fight is a period that found the range changed, whatever the number of writes.
void TestFreezer::countsEachPeriodInWhichAnotherProcessWrote()
{
    SegmentGuard guard;
    QVERIFY(testutils::createHolding(guard, QByteArray(qsizetype(RecordSize), '\0')));
    auto attached = Attachment::attach(guard.id(), Attachment::Mode::ReadWrite);
    SHM_VERIFY_OK(attached);
    Freezer freezer(*attached.value());
    SHM_VERIFY_OK(freezer.freeze(PidOffset, int32Bytes(4242), QStringLiteral("pid")));
    const auto fought = [&] { return freezer.find(PidOffset, 4)->fought; };

    freezer.enforce();
    QCOMPARE(fought(), quint64(0)); // nobody wrote
    QVERIFY(testutils::poke(guard.id(), PidOffset, int32Bytes(1)));
    freezer.enforce();
    QCOMPARE(fought(), quint64(1));
    QCOMPARE(testutils::peek(guard.id(), PidOffset, 4), int32Bytes(4242));
    freezer.enforce();
    QCOMPARE(fought(), quint64(1)); // nobody wrote since
    QVERIFY(testutils::poke(guard.id(), PidOffset, int32Bytes(2)));
    QVERIFY(testutils::poke(guard.id(), PidOffset + 2, QByteArray("\x07", 1))); // one byte of it
    freezer.enforce();
    QCOMPARE(fought(), quint64(2)); // two writes, one period
    QVERIFY(testutils::poke(guard.id(), PidOffset, int32Bytes(4242)));
    freezer.enforce();
    QCOMPARE(fought(), quint64(2)); // our own value: nothing to fight
    QVERIFY(testutils::poke(guard.id(), NamesOffset, QByteArrayLiteral("Bob")));
    freezer.enforce();
    QCOMPARE(fought(), quint64(2)); // beside the range
    QCOMPARE(testutils::peek(guard.id(), NamesOffset, 3), QByteArrayLiteral("Bob"));
    QCOMPARE(testutils::peek(guard.id(), PidOffset, 4), int32Bytes(4242));
}

// The freeze is one line of C, with its period; the rewrites that follow add none.
void TestFreezer::isToldOnceInTheCallLog()
{
    SegmentGuard guard;
    QVERIFY(testutils::createHolding(guard, QByteArray(qsizetype(RecordSize), '\0')));
    auto attached = Attachment::attach(guard.id(), Attachment::Mode::ReadWrite);
    SHM_VERIFY_OK(attached);
    Freezer freezer(*attached.value());
    freezer.setInterval(250);
    QSignalSpy recorded(&core::CallLog::instance(), &core::CallLog::recorded);
    QSignalSpy wrote(&freezer, &Freezer::wrote);
    SHM_VERIFY_OK(freezer.freeze(PidOffset, int32Bytes(4242), QStringLiteral("pid"),
                                 QStringLiteral("stpid->pid = 4242;")));
    QCOMPARE(recorded.count(), 1);
    const auto record = recorded.at(0).at(0).value<core::CallRecord>();
    QCOMPARE(record.code,
             QStringLiteral(
                 "stpid->pid = 4242; /* frozen: rewritten every 250 ms while another process changes it */"));
    QVERIFY2(record.text.startsWith(QLatin1String("memcpy(")), qPrintable(record.text));
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(testutils::poke(guard.id(), PidOffset, int32Bytes(i)));
        freezer.enforce();
    }
    QCOMPARE(recorded.count(), 1);
    QCOMPARE(wrote.count(), 4); // the freeze and three rewrites, each taken by the views as ours
    QCOMPARE(wrote.at(3).at(0).toULongLong(), PidOffset);
    QCOMPARE(wrote.at(3).at(1).toByteArray(), int32Bytes(4242));
}

void TestFreezer::anOverlappingFreezeReplacesTheOldOne()
{
    SegmentGuard guard;
    QVERIFY(testutils::createHolding(guard, QByteArray(qsizetype(RecordSize), '\0')));
    auto attached = Attachment::attach(guard.id(), Attachment::Mode::ReadWrite);
    SHM_VERIFY_OK(attached);
    Freezer freezer(*attached.value());
    SHM_VERIFY_OK(freezer.freeze(NamesOffset, namesBytes("Ann"), QStringLiteral("names")));
    SHM_VERIFY_OK(freezer.freeze(PidOffset, int32Bytes(7), QStringLiteral("pid")));
    // Its first byte: names is no longer held, pid still is.
    SHM_VERIFY_OK(freezer.freeze(NamesOffset, QByteArrayLiteral("Z"), QStringLiteral("names[0]")));
    QCOMPARE(freezer.ranges().size(), 2);
    QVERIFY(!freezer.find(NamesOffset, NamesSize));
    QVERIFY(freezer.find(NamesOffset, 1));
    QVERIFY(freezer.find(PidOffset, 4));
    QVERIFY(testutils::poke(guard.id(), NamesOffset, QByteArrayLiteral("Bob")));
    freezer.enforce();
    QCOMPARE(testutils::peek(guard.id(), NamesOffset, 3), QByteArrayLiteral("Zob"));
}

void TestFreezer::unfreezeLetsOthersWrite()
{
    SegmentGuard guard;
    QVERIFY(testutils::createHolding(guard, QByteArray(qsizetype(RecordSize), '\0')));
    auto attached = Attachment::attach(guard.id(), Attachment::Mode::ReadWrite);
    SHM_VERIFY_OK(attached);
    Freezer freezer(*attached.value());
    SHM_VERIFY_OK(freezer.freezeCurrent(PidOffset, 4, QStringLiteral("pid")));
    SHM_VERIFY_OK(freezer.freeze(NamesOffset, namesBytes("Ann"), QStringLiteral("names")));
    QCOMPARE(freezer.unfreeze(PidOffset + 1, 1), qsizetype(1));
    QVERIFY(testutils::poke(guard.id(), PidOffset, int32Bytes(9)));
    freezer.enforce();
    QCOMPARE(testutils::peek(guard.id(), PidOffset, 4), int32Bytes(9));
    freezer.unfreezeAll();
    QVERIFY(freezer.isEmpty());
    QVERIFY(testutils::poke(guard.id(), NamesOffset, QByteArrayLiteral("Bob")));
    freezer.enforce();
    QCOMPARE(testutils::peek(guard.id(), NamesOffset, 4), QByteArray("Bob\0", 4));
}

void TestFreezer::readOnlyAttachRefusesAndWritesNothing()
{
    SegmentGuard guard;
    QVERIFY(testutils::createHolding(guard, QByteArray(qsizetype(RecordSize), 'x')));
    auto attached = Attachment::attach(guard.id(), Attachment::Mode::ReadOnly);
    SHM_VERIFY_OK(attached);
    Freezer freezer(*attached.value());
    const auto refused = freezer.freeze(PidOffset, int32Bytes(4242), QStringLiteral("pid"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message, attached.value()->readOnlyRefusal());
    QVERIFY(!freezer.freezeCurrent(PidOffset, 4, QStringLiteral("pid")).ok());
    QVERIFY(freezer.isEmpty());
    QCOMPARE(testutils::peek(guard.id(), 0, RecordSize), QByteArray(qsizetype(RecordSize), 'x'));
}

void TestFreezer::rangeOutsideTheSegmentIsRefused()
{
    SegmentGuard guard;
    QVERIFY(testutils::createHolding(guard, QByteArray(qsizetype(RecordSize), 'x')));
    auto attached = Attachment::attach(guard.id(), Attachment::Mode::ReadWrite);
    SHM_VERIFY_OK(attached);
    Freezer freezer(*attached.value());
    const auto past = freezer.freeze(RecordSize - 2, int32Bytes(1), QStringLiteral("tail"));
    QVERIFY(!past.ok());
    QCOMPARE(
        past.error().message,
        QStringLiteral("tail does not lie inside segment %1, which ends at offset 56: nothing is frozen.")
            .arg(guard.id()));
    QVERIFY(!freezer.freezeCurrent(~quint64(0) - 1, 4, QStringLiteral("far")).ok());
    QVERIFY(!freezer.freeze(0, QByteArray(), QStringLiteral("nothing")).ok());
    QVERIFY(freezer.isEmpty());
    QCOMPARE(testutils::peek(guard.id(), 0, RecordSize), QByteArray(qsizetype(RecordSize), 'x'));
}

void TestFreezer::typedValueIsCheckedAgainstTheField_data()
{
    QTest::addColumn<StructField>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes"); // empty: refused
    QTest::addColumn<QString>("refusal");

    QTest::newRow("int") << integerField(QStringLiteral("pid"), 4, true) << QStringLiteral("-2")
                         << QByteArray("\xfe\xff\xff\xff", 4) << QString();
    QTest::newRow("out of range") << integerField(QStringLiteral("flags"), 1, false) << QStringLiteral("300")
                                  << QByteArray() << QStringLiteral("300 does not fit");
    QTest::newRow("not a number") << integerField(QStringLiteral("pid"), 4, true) << QStringLiteral("many")
                                  << QByteArray() << QStringLiteral("many");
    StructField bits = integerField(QStringLiteral("ready"), 1, false);
    bits.bitOffset = 2;
    bits.bitWidth = 1;
    QTest::newRow("bitfield") << bits << QStringLiteral("1") << QByteArray()
                              << QStringLiteral("ready is a bitfield");
    StructField pointer = integerField(QStringLiteral("next"), 8, false);
    pointer.kind = StructField::Kind::Pointer;
    QTest::newRow("pointer") << pointer << QStringLiteral("0") << QByteArray()
                             << QStringLiteral("next is a pointer");
    QTest::newRow("text too long") << namesField() << QString(51, QLatin1Char('a')) << QByteArray()
                                   << QStringLiteral("at most 50 byte");
}

void TestFreezer::typedValueIsCheckedAgainstTheField()
{
    QFETCH(StructField, field);
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, refusal);
    const auto value = Freezer::valueOf(field, text);
    if (bytes.isEmpty()) {
        QVERIFY(!value.ok());
        QVERIFY2(value.error().message.contains(refusal), qPrintable(value.error().message));
    } else {
        SHM_VERIFY_OK(value);
        QCOMPARE(value.value(), bytes);
    }
}

// A name shorter than the one there is held with NULs to the array's end: no tail of the old name is left.
void TestFreezer::aTextIsHeldWholeToTheArraysEnd()
{
    const auto value = Freezer::valueOf(namesField(), QStringLiteral("Ann"));
    SHM_VERIFY_OK(value);
    QCOMPARE(value.value(), namesBytes("Ann"));
}

QTEST_GUILESS_MAIN(TestFreezer)
#include "tst_freezer.moc"
