// The struct pane against real segments, offscreen: the lesson's st_pid read live as another process
// writes it, fields edited and read back by another process, and every refusal shown with nothing written.

#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/structs/layouteditordialog.h"
#include "app/structs/structmodel.h"
#include "app/structs/structpane.h"
#include "app/windowoptions.h"
#include "cli/commandline.h"
#include "core/kernel/calllog.h"
#include "core/layout/fieldcodec.h"
#include "core/layout/layoutlibrary.h"
#include "core/layout/structparser.h"
#include "app/guitest.h"
#include "structrows.h"
#include "testutils.h"

#include <QAction>
#include <QCommandLineParser>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>


using app::MainWindow;
using app::SegmentTab;
using app::StructModel;
using core::Attachment;
using testutils::Mapping;
using testutils::SegmentGuard;
using structrows::fieldIndex;
using structrows::littleEndian;

class TestStructPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsStPidByDefault();
    void stPidCommentsSpeakTheWindowsLanguage();
    void anotherProcessesWritesShowWithinTwoPeriods();
    void editedNameIsReadByAnotherProcess();
    void fieldEditsAreLoggedAsTheCAStudentWrites();
    void ownEditsAreLitApartFromOthers();
    void nestedFieldsAreNamedAsCNamesThem();
    void editsAreRefusedWithAMessage_data();
    void editsAreRefusedWithAMessage();
    void readOnlyAttachCannotEdit();
    void bytesThatAreNotUtf8SurviveAnUnrelatedEdit();
    void parseErrorKeepsTheLayout();
    void theLastLayoutWinsWhileTheWindowTurns();
    void selectionFollowsBothWays();
    void layoutLargerThanTheSegmentReadsOnlyWhatIsThere();
    void segmentOfSeveralRecords();
    void sizeNoteCountsInWholeSentences_data();
    void sizeNoteCountsInWholeSentences();
    void layoutIsRememberedPerKey();
    void commandLineAttachesWithALayout();
    void aLayoutFromAFileIsFoundAgainAtTheNextAttach();
    void aLayoutNeverSavedIsNotRememberedForTheKey();
    void theEditorFollowsWhereItsTextIsReadAgain();

private:
    static void open(const QStringList &arguments, MainWindow &window);
    SegmentTab *attach(Attachment::Mode mode, size_t size = 56);
    StructModel *model(SegmentTab *tab) const { return tab->structPane()->model(); }

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
    SegmentGuard m_segment;
};

void TestStructPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // saved layouts go to a test folder
    // Without an organization, QSettings() reads and writes nothing (AccessError).
    QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
}

void TestStructPane::init()
{
    // The layouts remembered per key go to a fresh settings file each test, never the user's.
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
}

void TestStructPane::cleanup()
{
    app::LanguageManager::instance()->setChoice(app::LanguageManager::Choice::System);
    m_window.reset();
    m_segment.reset();
    m_settingsDir.reset();
}

// The window as `shmscope ARGUMENTS` opens it.
void TestStructPane::open(const QStringList &arguments, MainWindow &window)
{
    QCommandLineParser parser;
    cli::CommandLine::addOptions(parser);
    QVERIFY(parser.parse(QStringList{QStringLiteral("shmscope")} + arguments));
    app::WindowOptions::apply(parser, window);
}

SegmentTab *TestStructPane::attach(Attachment::Mode mode, size_t size)
{
    if (!m_segment.create(testutils::uniqueKey(40), size, 0640))
        return nullptr;
    return m_window->attachSegment(m_segment.id(), mode);
}

void TestStructPane::showsStPidByDefault()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    StructModel *fields = model(tab);
    QCOMPARE(fields->layout().name, QStringLiteral("st_pid"));
    QCOMPARE(fields->layout().sizeOf, 56u);
    QCOMPARE(fieldIndex(fields, QStringLiteral("pid"), StructModel::OffsetColumn).data().toULongLong(), 0u);
    QCOMPARE(fieldIndex(fields, QStringLiteral("names"), StructModel::OffsetColumn).data().toULongLong(), 4u);
    QCOMPARE(fieldIndex(fields, QStringLiteral("names"), StructModel::SizeColumn).data().toULongLong(), 51u);
    QCOMPARE(fieldIndex(fields, QStringLiteral("pid"), StructModel::DescriptionColumn).data().toString(),
             QStringLiteral("process id")); // the tests' window speaks English
    QCOMPARE(fieldIndex(fields, QStringLiteral("pid")).data().toString(), QStringLiteral("0"));
}

// The built-in st_pid's comments speak the window's language, in the Description column and in the layout's
// text the editor shows: English words in the English window, the lesson's own Chinese in the Chinese one,
// whether the window was switched or opened so.
void TestStructPane::stPidCommentsSpeakTheWindowsLanguage()
{
    using Choice = app::LanguageManager::Choice;
    const auto switchTo = [](Choice choice) {
        app::LanguageManager::instance()->setChoice(choice);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // Qt posts them to each window
    };
    // Both comments and the layout's text, one a line.
    const auto shown = [](SegmentTab *tab) {
        const StructModel *fields = tab->structPane()->model();
        return QStringList{
            fieldIndex(fields, QStringLiteral("pid"), StructModel::DescriptionColumn).data().toString(),
            fieldIndex(fields, QStringLiteral("names"), StructModel::DescriptionColumn).data().toString(),
            tab->structPane()->layoutText()};
    };
    const QRegularExpression han(QStringLiteral("\\p{Han}"));
    const QRegularExpression english(QStringLiteral("process"));

    switchTo(Choice::English);
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    QStringList texts = shown(tab);
    QCOMPARE(texts.mid(0, 2), (QStringList{QStringLiteral("process id"), QStringLiteral("process name")}));
    QVERIFY2(!texts.join(QLatin1Char('\n')).contains(han), qPrintable(texts.join(QLatin1Char('\n'))));

    switchTo(Choice::SimplifiedChinese);
    texts = shown(tab);
    QCOMPARE(texts.mid(0, 2), (QStringList{QStringLiteral("进程编号"), QStringLiteral("进程名称")}));
    QVERIFY2(!texts.join(QLatin1Char('\n')).contains(english), qPrintable(texts.join(QLatin1Char('\n'))));

    MainWindow openedInChinese;
    SegmentTab *second = openedInChinese.attachSegment(m_segment.id(), Attachment::Mode::ReadOnly);
    QVERIFY(second);
    QCOMPARE(shown(second), texts);

    switchTo(Choice::English);
    QCOMPARE(shown(tab).mid(0, 2),
             (QStringList{QStringLiteral("process id"), QStringLiteral("process name")}));
}

void TestStructPane::anotherProcessesWritesShowWithinTwoPeriods()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    const int period = 200;
    tab->document()->setTickInterval(period);
    StructModel *fields = model(tab);
    // What the lesson's program does: its pid, then the name it was given.
    QVERIFY(testutils::poke(m_segment.id(), 0, littleEndian(31337) + QByteArrayLiteral("Alice\0")));
    QTRY_COMPARE_WITH_TIMEOUT(fieldIndex(fields, QStringLiteral("pid")).data().toString(), QStringLiteral("31337"),
                              2 * period);
    QCOMPARE(fieldIndex(fields, QStringLiteral("names")).data().toString(), QStringLiteral("Alice"));
    QVERIFY(fieldIndex(fields, QStringLiteral("names")).data(StructModel::HighlightAgeRole).toLongLong() >= 0);
}

void TestStructPane::editedNameIsReadByAnotherProcess()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    StructModel *fields = model(tab);
    const QModelIndex names = fieldIndex(fields, QStringLiteral("names"));
    QVERIFY(fields->flags(names) & Qt::ItemIsEditable);
    QVERIFY(fields->setData(names, QStringLiteral("Bob")));
    QCOMPARE(testutils::peek(m_segment.id(), 4, 4), QByteArrayLiteral("Bob\0"));
    QCOMPARE(names.data().toString(), QStringLiteral("Bob"));
    QVERIFY(fields->setData(fieldIndex(fields, QStringLiteral("pid")), QStringLiteral("0x1234")));
    QCOMPARE(testutils::peek(m_segment.id(), 0, 4), littleEndian(0x1234));
    tab->document()->undoStack()->undo();
    QCOMPARE(testutils::peek(m_segment.id(), 0, 4), littleEndian(0));
}

// Beside the memcpy, the C the lesson's program writes for the same: stpid->pid = 4242; and strcpy().
void TestStructPane::fieldEditsAreLoggedAsTheCAStudentWrites()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite, 2 * 56);
    QVERIFY(tab);
    StructModel *fields = model(tab);
    const QString at = QString::asprintf("%#llx", qulonglong(tab->document()->object().address()));
    QSignalSpy logged(&core::CallLog::instance(), &core::CallLog::recorded);
    const auto statement = [&](int i) { return logged.at(i).at(0).value<core::CallRecord>().statement(); };

    QVERIFY(fields->setData(fieldIndex(fields, QStringLiteral("pid")), QStringLiteral("4242")));
    QVERIFY(fields->setData(fieldIndex(fields, QStringLiteral("names")), QStringLiteral("Bob")));
    QCOMPARE(logged.count(), 2);
    QCOMPARE(statement(0),
             QStringLiteral("stpid->pid = 4242;  // memcpy(%1 + 0x0, \"\\x92\\x10\\x00\\x00\", 4)").arg(at));
    QCOMPARE(statement(1),
             QStringLiteral("strcpy(stpid->names, \"Bob\");  // memcpy(%1 + 0x4, \"Bob\\x00\", 4)").arg(at));
    QCOMPARE(testutils::peek(m_segment.id(), 0, 8), littleEndian(4242) + QByteArrayLiteral("Bob\0"));

    // An undo is told the same way, with the value it puts back.
    tab->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    tab->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(logged.count(), 4);
    QCOMPARE(statement(3),
             QStringLiteral("stpid->pid = 0;  // memcpy(%1 + 0x0, \"\\x00\\x00\\x00\\x00\", 4)").arg(at));

    // The second record is stpid[1].
    fields->setRecord(1);
    QVERIFY(fields->setData(fieldIndex(fields, QStringLiteral("pid")), QStringLiteral("7")));
    QCOMPARE(statement(4),
             QStringLiteral("stpid[1].pid = 7;  // memcpy(%1 + 0x38, \"\\x07\\x00\\x00\\x00\", 4)").arg(at));
}

// Our own edit lights the field in its own colour; another process's write over it lights it as theirs.
void TestStructPane::ownEditsAreLitApartFromOthers()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    StructModel *fields = model(tab);
    QVERIFY(fields->setData(fieldIndex(fields, QStringLiteral("pid")), QStringLiteral("4242")));
    const QModelIndex pid = fieldIndex(fields, QStringLiteral("pid"));
    QVERIFY(pid.data(StructModel::HighlightAgeRole).toLongLong() >= 0);
    QVERIFY(pid.data(StructModel::ChangedByUsRole).toBool());
    QCOMPARE(tab->document()->changeEvents(), 0u);

    QVERIFY(testutils::poke(m_segment.id(), 0, littleEndian(31337)));
    QTRY_COMPARE(pid.data().toString(), QStringLiteral("31337"));
    QVERIFY(!pid.data(StructModel::ChangedByUsRole).toBool());
    QVERIFY(pid.data(StructModel::HighlightAgeRole).toLongLong() >= 0);
}

// Any other layout is read through p: a member of a nested struct, an array's element, a member of an
// anonymous union, each as C names it.
void TestStructPane::nestedFieldsAreNamedAsCNamesThem()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite, 64);
    QVERIFY(tab);
    QVERIFY(guitest::layOut(tab->structPane(),
        QStringLiteral("sample"),
        QStringLiteral("struct sample { int id; struct { short x; short counts[3]; } inner; union { int a; float f; }; };")));
    StructModel *fields = model(tab);
    const auto child = [fields](const QModelIndex &parent, const QString &name) {
        for (int row = 0; row < fields->rowCount(parent); ++row) {
            const QModelIndex index = fields->index(row, StructModel::NameColumn, parent);
            if (index.data().toString() == name)
                return index;
        }
        return QModelIndex();
    };
    const QModelIndex element = child(child(fieldIndex(fields, QStringLiteral("inner"), StructModel::NameColumn),
                                            QStringLiteral("counts")),
                                      QStringLiteral("[2]"));
    QVERIFY(element.isValid());
    QModelIndex anonymous;
    for (int row = 0; row < fields->rowCount() && !anonymous.isValid(); ++row) {
        const QModelIndex index = fields->index(row, StructModel::NameColumn);
        if (fields->fieldAt(index)->kind == core::StructField::Kind::Union)
            anonymous = index;
    }
    const QModelIndex member = child(anonymous, QStringLiteral("a"));
    QVERIFY(member.isValid());

    const QString at = QString::asprintf("%#llx", qulonglong(tab->document()->object().address()));
    QSignalSpy logged(&core::CallLog::instance(), &core::CallLog::recorded);
    QVERIFY(fields->setData(element.siblingAtColumn(StructModel::ValueColumn), QStringLiteral("16")));
    QVERIFY(fields->setData(member.siblingAtColumn(StructModel::ValueColumn), QStringLiteral("5")));
    QCOMPARE(logged.count(), 2);
    QCOMPARE(logged.at(0).at(0).value<core::CallRecord>().statement(),
             QStringLiteral("p->inner.counts[2] = 16;  // memcpy(%1 + 0xa, \"\\x10\\x00\", 2)").arg(at));
    QCOMPARE(logged.at(1).at(0).value<core::CallRecord>().statement(),
             QStringLiteral("p->a = 5;  // memcpy(%1 + 0xc, \"\\x05\\x00\\x00\\x00\", 4)").arg(at));
}

void TestStructPane::editsAreRefusedWithAMessage_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("pid too large") << QStringLiteral("pid") << QStringLiteral("99999999999")
                                   << QStringLiteral("does not fit");
    QTest::newRow("pid not a number") << QStringLiteral("pid") << QStringLiteral("twelve") << QStringLiteral("pid");
    QTest::newRow("name of 51 bytes") << QStringLiteral("names") << QString(51, QLatin1Char('x'))
                                      << QStringLiteral("50");
}

void TestStructPane::editsAreRefusedWithAMessage()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    Mapping(m_segment.id()).fill(0, littleEndian(7) + QByteArrayLiteral("Carol\0"));
    const QByteArray before = Mapping(m_segment.id()).bytes(0, 56);
    StructModel *fields = model(tab);
    QVERIFY(!fields->setData(fieldIndex(fields, field), text));
    QVERIFY2(tab->messageBar()->text().contains(message), qPrintable(tab->messageBar()->text()));
    QCOMPARE(Mapping(m_segment.id()).bytes(0, 56), before);
}

void TestStructPane::readOnlyAttachCannotEdit()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    StructModel *fields = model(tab);
    const QModelIndex pid = fieldIndex(fields, QStringLiteral("pid"));
    QVERIFY(!(fields->flags(pid) & Qt::ItemIsEditable));
    QVERIFY(!fields->setData(pid, QStringLiteral("5")));
    QVERIFY(tab->messageBar()->text().contains(QLatin1String("read-only")));
    QCOMPARE(Mapping(m_segment.id()).bytes(0, 4), littleEndian(0));
}

void TestStructPane::bytesThatAreNotUtf8SurviveAnUnrelatedEdit()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    const QByteArray name("A\xff\xfe" "B\0", 5);
    Mapping(m_segment.id()).fill(4, name);
    StructModel *fields = model(tab);
    QTRY_VERIFY(fieldIndex(fields, QStringLiteral("names")).data().toString().contains(QLatin1String("\\xff")));
    QVERIFY(fields->setData(fieldIndex(fields, QStringLiteral("pid")), QStringLiteral("42")));
    QCOMPARE(Mapping(m_segment.id()).bytes(4, 5), name);
}

void TestStructPane::parseErrorKeepsTheLayout()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    QString error;
    QVERIFY(!guitest::layOut(tab->structPane(), QStringLiteral("broken"),
                             QStringLiteral("struct s {\n    foo_t x;\n};\n"), &error));
    QVERIFY2(error.contains(QLatin1String("line 2")) && error.contains(QLatin1String("foo_t")), qPrintable(error));
    QCOMPARE(model(tab)->layout().name, QStringLiteral("st_pid"));
    QCOMPARE(tab->structPane()->layoutName(), QStringLiteral("st_pid"));
}

// Laying out runs in the background: the pane says so and keeps the layout in force, the event loop turns, a
// newer layout stops an older one still running (whose reply never comes), and a refused one keeps the last.
void TestStructPane::theLastLayoutWinsWhileTheWindowTurns()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly, 64);
    QVERIFY(tab);
    app::StructPane *pane = tab->structPane();
    int firstReplies = 0;
    pane->layOut(QStringLiteral("first"), QStringLiteral("struct first { int a; };"), QString(),
                 [&firstReplies](const core::Result<core::Done> &) { ++firstReplies; });
    QVERIFY(pane->isLayingOut());
    QCOMPARE(pane->layoutName(), QStringLiteral("st_pid"));
    QVERIFY2(pane->findChild<QLabel *>(QStringLiteral("layoutLabel"))->text().contains(QLatin1String("laying out first")),
             qPrintable(pane->findChild<QLabel *>(QStringLiteral("layoutLabel"))->text()));

    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start(0);
    QVERIFY(guitest::layOut(pane, QStringLiteral("second"), QStringLiteral("struct second { long b; short c; };")));
    QVERIFY(ticks > 0);
    QCOMPARE(firstReplies, 0);
    QCOMPARE(pane->layoutName(), QStringLiteral("second"));
    QCOMPARE(model(tab)->layout().sizeOf, 16u);
    QVERIFY(!pane->isLayingOut());

    QString error;
    QVERIFY(!guitest::layOut(pane, QStringLiteral("broken"), QStringLiteral("struct broken { foo_t x; };"), &error));
    QVERIFY2(error.contains(QLatin1String("foo_t")), qPrintable(error));
    QCOMPARE(pane->layoutName(), QStringLiteral("second"));
    QCOMPARE(firstReplies, 0);
}

void TestStructPane::selectionFollowsBothWays()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    StructModel *fields = model(tab);
    QTreeView *view = tab->structPane()->view();
    view->setCurrentIndex(fieldIndex(fields, QStringLiteral("names"), StructModel::NameColumn));
    QCOMPARE(tab->hexView()->selectionStart(), 4u);
    QCOMPARE(tab->hexView()->selectionLength(), 51u);

    tab->hexView()->setSelection(1, 2); // bytes of pid only
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), QStringLiteral("pid"));
}

void TestStructPane::layoutLargerThanTheSegmentReadsOnlyWhatIsThere()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite, 20);
    QVERIFY(tab);
    StructModel *fields = model(tab);
    const QModelIndex names = fieldIndex(fields, QStringLiteral("names"));
    QVERIFY(names.data().toString().contains(QLatin1String("unavailable")));
    QVERIFY(!(fields->flags(names) & Qt::ItemIsEditable));
    QVERIFY(!fields->setData(names, QStringLiteral("x")));
    auto *note = tab->structPane()->findChild<QLabel *>(QStringLiteral("sizeNote"));
    QVERIFY2(note->text().contains(QLatin1String("only 20 bytes")), qPrintable(note->text()));
    QVERIFY(fields->setData(fieldIndex(fields, QStringLiteral("pid")), QStringLiteral("9")));
    QCOMPARE(Mapping(m_segment.id()).bytes(0, 4), littleEndian(9));
}

void TestStructPane::segmentOfSeveralRecords()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly, 3 * 56 + 10);
    QVERIFY(tab);
    Mapping(m_segment.id()).fill(2 * 56, littleEndian(222) + QByteArrayLiteral("Third\0"));
    StructModel *fields = model(tab);
    QCOMPARE(fields->recordCount(), 3u);
    fields->setRecord(2);
    QCOMPARE(fieldIndex(fields, QStringLiteral("pid")).data().toString(), QStringLiteral("222"));
    QCOMPARE(fieldIndex(fields, QStringLiteral("names"), StructModel::OffsetColumn).data().toULongLong(), 2u * 56 + 4);
    QCOMPARE(fieldIndex(fields, QStringLiteral("names")).data().toString(), QStringLiteral("Third"));
}

void TestStructPane::sizeNoteCountsInWholeSentences_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("note");
    // struct st_pid is 56 bytes.
    QTest::newRow("1 record") << 56 << QString();
    QTest::newRow("1 record and more")
        << 66
        << QStringLiteral("The segment has 66 bytes: room for 1 record of sizeof 56; the "
                          "bytes from offset 56 to the end are too few for another.");
    QTest::newRow("2 records") << 112
                               << QStringLiteral(
                                      "The segment has 112 bytes: room for 2 records of sizeof 56.");
    QTest::newRow("3 records and more")
        << 3 * 56 + 10
        << QStringLiteral("The segment has 178 bytes: room for 3 records of sizeof 56; "
                          "the bytes from offset 168 to the end are too few for another.");
    QTest::newRow("1 byte") << 1
                            << QStringLiteral(
                                   "The segment has only 1 byte, fewer than sizeof (56): the fields past "
                                   "byte 1 are unavailable and are never read or written.");
}

// What the segment holds beside the layout, in the English window: counted nouns agree with their numbers.
void TestStructPane::sizeNoteCountsInWholeSentences()
{
    QFETCH(int, size);
    QFETCH(QString, note);
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly, size_t(size));
    QVERIFY(tab);
    auto *label = tab->structPane()->findChild<QLabel *>(QStringLiteral("sizeNote"));
    QCOMPARE(label->text(), note);
    QCOMPARE(label->isVisibleTo(tab), !note.isEmpty());
}

void TestStructPane::layoutIsRememberedPerKey()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly, 64);
    QVERIFY(tab);
    const QString text = QStringLiteral("struct counter { long ticks; int flags; };");
    QVERIFY(guitest::layOut(tab->structPane(), QStringLiteral("counter"), text));
    QVERIFY(core::LayoutLibrary::save(QStringLiteral("counter"), text).ok());
    m_window->findChild<QAction *>(QStringLiteral("actionDetach"))->trigger();
    QCOMPARE(m_window->segmentTabs()->count(), 0);

    SegmentTab *again = m_window->attachSegment(m_segment.id(), Attachment::Mode::ReadOnly);
    QVERIFY(again);
    QTRY_COMPARE(again->structPane()->layoutName(), QStringLiteral("counter"));
    QCOMPARE(model(again)->layout().sizeOf, 16u);
}

// shmscope --attach SHMID --layout FILE.h opens the window with the segment attached and read through FILE.h.
void TestStructPane::commandLineAttachesWithALayout()
{
    QVERIFY(m_segment.create(testutils::uniqueKey(41), 64, 0640));
    QTemporaryDir dir;
    const QString header = dir.filePath(QStringLiteral("pair.h"));
    QVERIFY(testutils::writeFile(header, "struct pair { short a; double b; };\n"));

    open({QStringLiteral("--attach"), QString::number(m_segment.id()), QStringLiteral("--layout"), header}, *m_window);
    QCOMPARE(m_window->segmentTabs()->count(), 1);
    auto *tab = qobject_cast<SegmentTab *>(m_window->segmentTabs()->widget(0));
    QTRY_COMPARE(tab->structPane()->layoutName(), QStringLiteral("pair"));
    QCOMPARE(model(tab)->layout().sizeOf, 16u);

    MainWindow second;
    open({QStringLiteral("--attach"), QString::number(m_segment.id()), QStringLiteral("--layout"),
          dir.filePath(QStringLiteral("missing.h"))},
         second);
    QVERIFY2(second.messageBar()->text().contains(QLatin1String("missing.h")), qPrintable(second.messageBar()->text()));
    open({QStringLiteral("--attach"), QStringLiteral("twelve")}, second);
    QVERIFY2(second.messageBar()->text().contains(QLatin1String("twelve")), qPrintable(second.messageBar()->text()));
}

// shmscope --key KEY --layout FILE.h, then KEY attached again: read with FILE.h again, not refused as a
// layout the library does not hold.
void TestStructPane::aLayoutFromAFileIsFoundAgainAtTheNextAttach()
{
    const key_t key = testutils::uniqueKey(42);
    QVERIFY(m_segment.create(key, 64, 0640));
    QTemporaryDir dir;
    const QString header = dir.filePath(QStringLiteral("triple.h"));
    QVERIFY(testutils::writeFile(header, "struct triple { int first; int second; long third; };\n"));

    open({QStringLiteral("--key"), QStringLiteral("0x%1").arg(key, 8, 16, QLatin1Char('0')),
          QStringLiteral("--layout"), header},
         *m_window);
    QCOMPARE(m_window->segmentTabs()->count(), 1);
    auto *tab = qobject_cast<SegmentTab *>(m_window->segmentTabs()->widget(0));
    QTRY_COMPARE(tab->structPane()->layoutName(), QStringLiteral("triple"));
    QCOMPARE(tab->structPane()->layoutSource(), header);
    m_window->findChild<QAction *>(QStringLiteral("actionDetach"))->trigger();
    QCOMPARE(m_window->segmentTabs()->count(), 0);

    SegmentTab *again = m_window->attachSegment(m_segment.id(), Attachment::Mode::ReadOnly);
    QVERIFY(again);
    QTRY_COMPARE(again->structPane()->layoutName(), QStringLiteral("triple"));
    QVERIFY2(again->messageBar()->text().isEmpty(), qPrintable(again->messageBar()->text()));
    QCOMPARE(model(again)->layout().sizeOf, 16u);
    QCOMPARE(
        fieldIndex(model(again), QStringLiteral("third"), StructModel::OffsetColumn).data().toULongLong(),
        8u);
}

// Pasted and applied, never saved: nothing can read it again, so the next attach of the key starts with
// st_pid and no complaint, not with the layout used before it nor with an error.
void TestStructPane::aLayoutNeverSavedIsNotRememberedForTheKey()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly, 64);
    QVERIFY(tab);
    QVERIFY(guitest::layOut(tab->structPane(), QStringLiteral("pasted"),
                            QStringLiteral("struct pasted { long ticks; int flags; };")));
    m_window->findChild<QAction *>(QStringLiteral("actionDetach"))->trigger();
    QCOMPARE(m_window->segmentTabs()->count(), 0);

    SegmentTab *again = m_window->attachSegment(m_segment.id(), Attachment::Mode::ReadOnly);
    QVERIFY(again);
    QVERIFY2(again->messageBar()->text().isEmpty(), qPrintable(again->messageBar()->text()));
    QCOMPARE(again->structPane()->layoutName(), QStringLiteral("st_pid"));
}

// The editor hands on where its text came from until the text is edited; then only its name can find it.
void TestStructPane::theEditorFollowsWhereItsTextIsReadAgain()
{
    app::LayoutEditorDialog editor(QStringLiteral("pair"),
                                   QStringLiteral("struct pair { short a; double b; };\n"),
                                   QStringLiteral("/somewhere/pair.h"), {});
    QCOMPARE(editor.layoutSource(), QStringLiteral("/somewhere/pair.h"));
    editor.findChild<QPlainTextEdit *>(QStringLiteral("layoutText"))
        ->appendPlainText(QStringLiteral("// mine"));
    QCOMPARE(editor.layoutSource(), QStringLiteral("pair"));
}

QTEST_MAIN(TestStructPane)
#include "tst_structpane.moc"
