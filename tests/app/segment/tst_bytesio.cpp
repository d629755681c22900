// Bytes in and out of a segment's tab, in the real window offscreen against real segments: Save Bytes to File
// (the selection, the whole segment, a large one chunked, a sparse one left sparse), Load File at Cursor read back by a second attach of
// the test's own, a longer file cut only on "Cut", Fill Selection with a byte and a pattern, each write one undo
// step, and every refusal told in the tab's message bar with the segment's bytes unchanged.
#include "app/guitest.h"
#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/bytestransfer.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "core/translations.h"
#include "testutils.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>

#include <QScopeGuard>

#include <sys/ipc.h>
#include <sys/stat.h>

using app::MainWindow;
using app::SegmentTab;
using core::Attachment;
using testutils::SegmentGuard;

namespace {

constexpr int Size = 100;

// What the segment starts with: every offset its own value, so that a shifted write shows.
QByteArray initialBytes()
{
    QByteArray bytes(Size, '\0');
    for (int i = 0; i < Size; ++i)
        bytes[i] = char(0x80 + i);
    return bytes;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(cannot read)");
}

} // namespace

class TestBytesIo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void savesTheSelection();
    void savesTheWholeSegmentThroughTheDialog();
    void savesALargeSegmentInChunks();
    void savingASparseSegmentKeepsItSparse();
    void loadsAFileAtTheCursor();
    void longerFileIsCutOnlyOnCut();
    void fillsWithAByteAndAPattern_data();
    void fillsWithAByteAndAPattern();
    void fillThroughTheDialog();
    void refusals_data();
    void refusals();
    void readOnlyAttachRefusesWrites();
    void pastMomentRefusesWrites();

private:
    SegmentTab *attach(Attachment::Mode mode);
    // The segment's bytes, read through a second attach of the test's own (core::Attachment, read-only).
    QByteArray segmentBytes() const;

    std::unique_ptr<MainWindow> m_window;
    SegmentGuard m_segment;
    QTemporaryDir m_dir;
};

void TestBytesIo::initTestCase()
{
    core::Translations::instance().use(core::Translations::Language::English);
    QVERIFY(m_dir.isValid());
}

void TestBytesIo::init()
{
    // Written by another process (shmpoke), as a program under observation would.
    QVERIFY(m_segment.create(IPC_PRIVATE, Size, 0600));
    QVERIFY(testutils::poke(m_segment.id(), 0, initialBytes()));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBytesIo::cleanup()
{
    guitest::removeModalPolls();
    m_window.reset(); // detaches every tab before the segment goes
    m_segment.reset();
}

SegmentTab *TestBytesIo::attach(Attachment::Mode mode)
{
    SegmentTab *tab = m_window->attachSegment(m_segment.id(), mode);
    if (tab)
        tab->hexView()->resize(800, 400);
    return tab;
}

QByteArray TestBytesIo::segmentBytes() const
{
    const auto second = Attachment::attach(m_segment.id(), Attachment::Mode::ReadOnly);
    if (!second.ok())
        return "(cannot attach: " + second.error().message.toUtf8() + ')';
    const auto bytes = second.value()->read(0, second.value()->size());
    return bytes.ok() ? bytes.value() : QByteArray("(cannot read)");
}

void TestBytesIo::savesTheSelection()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    tab->hexView()->setSelection(0x10, 32);
    const QString path = m_dir.filePath(QStringLiteral("selection.bin"));
    QVERIFY(tab->bytesTransfer()->saveBytesTo(path));
    QCOMPARE(fileBytes(path), initialBytes().mid(0x10, 32));
    QCOMPARE(tab->messageBar()->text(), QStringLiteral("Saved 32 bytes from 0x10 to %1.").arg(path));
}

// Ctrl+E with no selection: the file dialog's title says the whole segment and its size; the file holds it.
void TestBytesIo::savesTheWholeSegmentThroughTheDialog()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    const QString path = m_dir.filePath(QStringLiteral("whole.bin"));
    QString title;
    guitest::whenModalShows([&](QWidget *dialog) {
        title = dialog->windowTitle();
        auto *fileDialog = qobject_cast<QFileDialog *>(dialog);
        QVERIFY(fileDialog);
        fileDialog->selectFile(path);
        QMetaObject::invokeMethod(fileDialog, "accept");
    });
    QAction *save = tab->findChild<QAction *>(QStringLiteral("saveBytesAction"));
    QVERIFY(save);
    QCOMPARE(save->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    save->trigger();
    QCOMPARE(title, QStringLiteral("Save the Whole Object: 100 bytes"));
    QCOMPARE(fileBytes(path), initialBytes());
}

// 40 MiB, more than the progress threshold: read in 1 MiB chunks, the file equal to the segment's bytes.
void TestBytesIo::savesALargeSegmentInChunks()
{
    constexpr qsizetype Large = 40 * 1024 * 1024;
    SegmentGuard large;
    QByteArray bytes(Large, Qt::Uninitialized);
    for (qsizetype i = 0; i < Large; ++i)
        bytes[i] = char((i * 31 + i / 4096) & 0xff);
    QVERIFY(testutils::createHolding(large, bytes));
    SegmentTab *tab = m_window->attachSegment(large.id(), Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    const QString path = m_dir.filePath(QStringLiteral("large.bin"));
    const auto removeFile = qScopeGuard([&] { QFile::remove(path); });
    QVERIFY(tab->bytesTransfer()->saveBytesTo(path));
    QVERIFY(fileBytes(path) == bytes);
}

// A 256 MiB segment of which another process wrote a few bytes near the start and the end: the saved file is
// those bytes and zeros elsewhere (cmp with a file built here), and the segment's rss in /proc/sysvipc/shm is
// what it was before the save: its holes were read as zeros, never made resident.
void TestBytesIo::savingASparseSegmentKeepsItSparse()
{
    constexpr qint64 MiB = 1024 * 1024;
    constexpr qint64 Sparse = 256 * MiB;
    SegmentGuard sparse;
    QVERIFY(sparse.create(IPC_PRIVATE, size_t(Sparse), 0600));
    const QList<std::pair<qint64, QByteArray>> writes{{5, "near the start"}, {Sparse - 9, "the end!!"}};
    for (const auto &[at, text] : writes)
        QVERIFY(testutils::poke(sparse.id(), quint64(at), text));
    SegmentTab *tab = m_window->attachSegment(sparse.id(), Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    tab->document()->tick(); // the window on screen is read (and resident) before rss is taken
    const std::optional<quint64> before = testutils::sysvipcRss(sparse.id());
    QVERIFY(before);
    QVERIFY2(*before < quint64(MiB), qPrintable(QString::number(*before))); // sparse to start with

    const QString path = m_dir.filePath(QStringLiteral("sparse.bin"));
    const QString expectedPath = m_dir.filePath(QStringLiteral("sparse-expected.bin"));
    const auto removeFiles = qScopeGuard([&] {
        QFile::remove(path);
        QFile::remove(expectedPath);
    });
    QVERIFY(tab->bytesTransfer()->saveBytesTo(path));
    QCOMPARE(testutils::sysvipcRss(sparse.id()), before);

    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.size(), Sparse);
    for (const auto &[at, text] : writes) {
        QVERIFY(saved.seek(at));
        QCOMPARE(saved.read(text.size()), text);
    }
    // The file as it should be, built here: zeros (a sparse file) with the written bytes at their offsets.
    QFile expected(expectedPath);
    QVERIFY(expected.open(QIODevice::WriteOnly));
    QVERIFY(expected.resize(Sparse));
    for (const auto &[at, text] : writes)
        QVERIFY(expected.seek(at) && expected.write(text) == text.size());
    expected.close();
    const testutils::Run same = testutils::run(QStringLiteral("cmp"), {expectedPath, path});
    QVERIFY2(same.exitCode == 0, same.out.constData());
}

// The file at 0x10, read back through a second attach; one undo step puts the bytes back.
void TestBytesIo::loadsAFileAtTheCursor()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    const QString path = m_dir.filePath(QStringLiteral("load.bin"));
    QVERIFY(testutils::writeFile(path, QByteArray("loaded\x00\xff", 8)));
    tab->hexView()->setCursorOffset(0x10);
    const int steps = tab->document()->undoStack()->count();
    QVERIFY(tab->bytesTransfer()->loadFileAt(path));
    QByteArray expected = initialBytes();
    expected.replace(0x10, 8, QByteArray("loaded\x00\xff", 8));
    QCOMPARE(segmentBytes(), expected);
    QCOMPARE(tab->document()->undoStack()->count(), steps + 1);
    QCOMPARE(tab->document()->undoStack()->undoText(), QStringLiteral("Load load.bin at 0x10 (8 bytes)"));
    tab->document()->undo();
    QCOMPARE(segmentBytes(), initialBytes());
}

// 30 bytes where 20 fit: Cancel writes nothing; Cut writes the first 20, as one undo step.
void TestBytesIo::longerFileIsCutOnlyOnCut()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    const QByteArray thirty("abcdefghijklmnopqrstuvwxyz0123");
    const QString path = m_dir.filePath(QStringLiteral("thirty.bin"));
    QVERIFY(testutils::writeFile(path, thirty));
    tab->hexView()->setCursorOffset(80);

    QString question;
    guitest::whenModalShows([&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!tab->bytesTransfer()->loadFileAt(path));
    QCOMPARE(question, QStringLiteral("thirty.bin is 30 bytes; only 20 bytes fit from 0x50 to the end. Load the "
                                      "first 20 bytes?"));
    QCOMPARE(segmentBytes(), initialBytes());
    QCOMPARE(tab->messageBar()->text(),
             QStringLiteral("Nothing was loaded: thirty.bin is longer than the room from 0x50 to the end."));

    guitest::whenModalShows([&](QWidget *dialog) {
        auto *cut = dialog->findChild<QPushButton *>(QStringLiteral("cutButton"));
        QVERIFY(cut);
        cut->click();
    });
    QVERIFY(tab->bytesTransfer()->loadFileAt(path));
    QCOMPARE(segmentBytes(), initialBytes().first(80) + thirty.first(20));
    tab->document()->undo();
    QCOMPARE(segmentBytes(), initialBytes());
}

void TestBytesIo::fillsWithAByteAndAPattern_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QString>("description");
    QTest::newRow("0x41") << QStringLiteral("0x41") << QByteArray("A") << QStringLiteral("Fill 10 bytes at 0x10 with 41");
    QTest::newRow("255") << QStringLiteral("255") << QByteArray("\xff") << QStringLiteral("Fill 10 bytes at 0x10 with ff");
    QTest::newRow("0") << QStringLiteral(" 0 ") << QByteArray(1, '\0') << QStringLiteral("Fill 10 bytes at 0x10 with 00");
    QTest::newRow("'A'") << QStringLiteral("'A'") << QByteArray("A") << QStringLiteral("Fill 10 bytes at 0x10 with 41");
    QTest::newRow("de ad be ef") << QStringLiteral("de ad be ef") << QByteArray("\xde\xad\xbe\xef")
                                 << QStringLiteral("Fill 10 bytes at 0x10 with de ad be ef");
    QTest::newRow("ff") << QStringLiteral("ff") << QByteArray("\xff") << QStringLiteral("Fill 10 bytes at 0x10 with ff");
}

// 10 bytes from 0x10: the pattern repeated (cut at the end), one write, one undo step back.
void TestBytesIo::fillsWithAByteAndAPattern()
{
    QFETCH(QString, typed);
    QFETCH(QByteArray, pattern);
    QFETCH(QString, description);
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    tab->hexView()->setSelection(0x10, 10);
    QVERIFY(tab->bytesTransfer()->fillSelectionWith(typed));
    QByteArray filled;
    while (filled.size() < 10)
        filled += pattern;
    QByteArray expected = initialBytes();
    expected.replace(0x10, 10, filled.first(10));
    QCOMPARE(segmentBytes(), expected);
    QCOMPARE(tab->document()->undoStack()->undoText(), description);
    tab->document()->undo();
    QCOMPARE(segmentBytes(), initialBytes());
}

// Ctrl+Alt+F asks the pattern in a dialog; its answer is written.
void TestBytesIo::fillThroughTheDialog()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    tab->hexView()->setSelection(0, 4);
    guitest::whenModalShows([](QWidget *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        edit->setText(QStringLiteral("0x5a"));
        QMetaObject::invokeMethod(dialog, "accept");
    });
    tab->findChild<QAction *>(QStringLiteral("fillSelectionAction"))->trigger();
    QCOMPARE(segmentBytes(), QByteArray(4, 'Z') + initialBytes().sliced(4));
}

void TestBytesIo::refusals_data()
{
    QTest::addColumn<QString>("what"); // load FILE, fill PATTERN, or fill-empty
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected"); // the message bar's text; %1 is the test's folder
    QTest::newRow("load a directory") << QStringLiteral("load") << QStringLiteral("%1")
                                      << QStringLiteral("%1 is a directory, not a file.");
    QTest::newRow("load /dev/zero") << QStringLiteral("load") << QStringLiteral("/dev/zero")
                                    << QStringLiteral("/dev/zero is a character device, not a file.");
    QTest::newRow("load a missing file") << QStringLiteral("load") << QStringLiteral("%1/missing.bin")
                                         << QStringLiteral("%1/missing.bin does not exist.");
    QTest::newRow("load an empty file") << QStringLiteral("load") << QStringLiteral("%1/empty.bin")
                                        << QStringLiteral("%1/empty.bin is empty: there is nothing to load.");
    QTest::newRow("fill not hex") << QStringLiteral("fill") << QStringLiteral("zz")
                                  << QStringLiteral("\"z\" is not a hex digit: bytes are written with 0-9 and a-f.");
    QTest::newRow("fill half a byte") << QStringLiteral("fill") << QStringLiteral("de a")
                                      << QStringLiteral("\"a\" is not whole bytes: each byte takes two hex digits.");
    QTest::newRow("fill 300") << QStringLiteral("fill") << QStringLiteral("300")
                              << QStringLiteral("300 is not a byte: a byte is 0 to 255 (0x00 to 0xff).");
    QTest::newRow("fill -1") << QStringLiteral("fill") << QStringLiteral("-1")
                             << QStringLiteral("\"-\" is not a hex digit: bytes are written with 0-9 and a-f.");
    QTest::newRow("fill a UTF-8 character") << QStringLiteral("fill") << QStringLiteral("'é'")
                                            << QStringLiteral("'é' is not one ASCII character: write the bytes in "
                                                              "hex instead (de ad be ef).");
    QTest::newRow("fill nothing") << QStringLiteral("fill") << QStringLiteral("  ")
                                  << QStringLiteral("Enter a byte (0x41, 65 or 'A') or bytes in hex (de ad be ef).");
    QTest::newRow("fill without a selection") << QStringLiteral("fill-empty") << QStringLiteral("0x00")
                                              << QStringLiteral("Select the bytes to fill first.");
}

// In a read-write tab: one message in the tab's bar, nothing written, no undo step.
void TestBytesIo::refusals()
{
    QFETCH(QString, what);
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    QVERIFY(testutils::writeFile(m_dir.filePath(QStringLiteral("empty.bin")), {}));
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    const int steps = tab->document()->undoStack()->count();
    argument.replace(QLatin1String("%1"), m_dir.path());
    bool written = true;
    if (what == QLatin1String("load")) {
        written = tab->bytesTransfer()->loadFileAt(argument);
    } else {
        if (what == QLatin1String("fill"))
            tab->hexView()->setSelection(0x10, 8);
        written = tab->bytesTransfer()->fillSelectionWith(argument);
    }
    QVERIFY(!written);
    QCOMPARE(tab->messageBar()->text(), expected.replace(QLatin1String("%1"), m_dir.path()));
    QCOMPARE(tab->messageBar()->kind(), app::MessageBar::Kind::Error);
    QCOMPARE(segmentBytes(), initialBytes());
    QCOMPARE(tab->document()->undoStack()->count(), steps);
}

// A read-only attach: Load and Fill are disabled, and refuse when called all the same; Save works.
void TestBytesIo::readOnlyAttachRefusesWrites()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadOnly);
    QVERIFY(tab);
    QVERIFY(!tab->findChild<QAction *>(QStringLiteral("loadFileAction"))->isEnabled());
    QVERIFY(!tab->findChild<QAction *>(QStringLiteral("fillSelectionAction"))->isEnabled());
    QVERIFY(tab->findChild<QAction *>(QStringLiteral("saveBytesAction"))->isEnabled());
    const QString path = m_dir.filePath(QStringLiteral("ro.bin"));
    QVERIFY(testutils::writeFile(path, "nope"));
    QVERIFY(!tab->bytesTransfer()->loadFileAt(path));
    QCOMPARE(tab->messageBar()->text(), QStringLiteral("Read-only attach: attach read-write to change the bytes."));
    tab->hexView()->setSelection(0, 4);
    QVERIFY(!tab->bytesTransfer()->fillSelectionWith(QStringLiteral("00")));
    QCOMPARE(tab->messageBar()->text(), QStringLiteral("Read-only attach: attach read-write to change the bytes."));
    QCOMPARE(segmentBytes(), initialBytes());
}

// The time slider on a past moment: load, fill and save refuse, nothing written.
void TestBytesIo::pastMomentRefusesWrites()
{
    SegmentTab *tab = attach(Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    tab->document()->tick();
    tab->document()->showMoment(tab->document()->clockMs());
    QVERIFY(tab->document()->moment());
    const QString path = m_dir.filePath(QStringLiteral("past.bin"));
    QVERIFY(testutils::writeFile(path, "past"));
    QVERIFY(!tab->bytesTransfer()->loadFileAt(path));
    QCOMPARE(tab->messageBar()->text(), tab->document()->pastRefusal());
    tab->hexView()->setSelection(0, 4);
    QVERIFY(!tab->bytesTransfer()->fillSelectionWith(QStringLiteral("00")));
    QCOMPARE(tab->messageBar()->text(), tab->document()->pastRefusal());
    QVERIFY(!tab->bytesTransfer()->saveBytesTo(m_dir.filePath(QStringLiteral("past-save.bin"))));
    QVERIFY(tab->messageBar()->text().contains(QLatin1String("past moment")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("past-save.bin"))));
    QCOMPARE(segmentBytes(), initialBytes());
}

QTEST_MAIN(TestBytesIo)
#include "tst_bytesio.moc"
