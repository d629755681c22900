// A POSIX object or memfd in a tab of the real window, offscreen, against real objects in /dev/shm, real memfds
// and real holder processes: opened as the scanner lists it (MainWindow::openPosixObject), its bytes, another
// process's writes lit, our edits read back through a mapping of the test's own, undo, a shrink under the tab,
// an unlink, an object gone between listing and opening, and the layout remembered by the object's name.
#include "app/guitest.h"
#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/structs/structmodel.h"
#include "app/structs/structpane.h"
#include "core/layout/layoutlibrary.h"
#include "core/posix/posixscanner.h"
#include "testutils.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>
#include <optional>

using app::MainWindow;
using app::SegmentTab;
using app::StructModel;
using Mode = core::PosixMapping::Mode;
using testutils::PosixNameGuard;
using testutils::PosixPeer;

namespace {

constexpr qsizetype ObjectSize = 3 * 4096;

// A pattern no two neighbouring offsets share, so that a shifted read shows.
QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + 3) & 0xff);
    return bytes;
}

// The object the scanner lists with this inode (from stat(2) of its path or of a holder's descriptor).
std::optional<core::PosixObject> listed(quint64 inode)
{
    core::PosixScanner scanner;
    const core::PosixScanResult scan = scanner.scan();
    for (const core::PosixObject &object : scan.objects) {
        if (object.inode == inode)
            return object;
    }
    return std::nullopt;
}

std::optional<quint64> inodeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return quint64(st.st_ino);
}

// A file descriptor of the test's own, closed however the test ends.
class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    ~Fd()
    {
        if (m_fd >= 0)
            close(m_fd);
    }
    [[nodiscard]] int get() const { return m_fd; }

private:
    int m_fd;
};

// A second mapping of an object, the test's own (plain mmap): what our writes are read back through, and
// what "another process's" writes are made through.
class SecondMapping
{
public:
    SecondMapping(const QString &path, size_t size) : m_fd(open(QFile::encodeName(path).constData(), O_RDWR)), m_size(size)
    {
        if (m_fd.get() >= 0)
            m_memory = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, m_fd.get(), 0);
    }
    SecondMapping(const SecondMapping &) = delete;
    SecondMapping &operator=(const SecondMapping &) = delete;
    ~SecondMapping()
    {
        if (isValid())
            munmap(m_memory, m_size);
    }
    [[nodiscard]] bool isValid() const { return m_memory != MAP_FAILED; }
    [[nodiscard]] char *bytes() const { return static_cast<char *>(m_memory); }

private:
    Fd m_fd;
    size_t m_size;
    void *m_memory = MAP_FAILED;
};

// The bytes of [offset, offset + length) by pread() of the file itself.
QByteArray preadBytes(const QString &path, quint64 offset, qsizetype length)
{
    const Fd fd(open(QFile::encodeName(path).constData(), O_RDONLY));
    QByteArray bytes(length, '\0');
    const ssize_t n = fd.get() < 0 ? -1 : pread(fd.get(), bytes.data(), size_t(length), off_t(offset));
    return n < 0 ? QByteArray() : bytes.first(n);
}

// Ticks of the document, counted while the window lays itself out: the event loop goes on rather than
// spinning in a layout loop (scroll bars shown and hidden for ever). A frozen loop ticks no more, and the
// QTRY waiting for LiveTicks fails after FrozenMs rather than hanging until ctest's timeout.
constexpr int LiveTicks = 40;
constexpr int FrozenMs = 30000;

std::unique_ptr<QSignalSpy> fastTicks(SegmentTab *tab)
{
    tab->document()->setTickInterval(app::SegmentDocument::MinimumTickMs);
    return std::make_unique<QSignalSpy>(tab->document(), &app::SegmentDocument::ticked);
}

QString infoText(const SegmentTab *tab)
{
    return tab->findChild<QLabel *>(QStringLiteral("segmentInfo"))->text();
}

QModelIndex fieldIndex(const StructModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, StructModel::NameColumn);
        if (index.data().toString() == name)
            return index.siblingAtColumn(StructModel::ValueColumn);
    }
    return {};
}

} // namespace

class TestPosixTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensReadOnlyWithTheObjectsBytes();
    void anotherProcessesWriteIsLit();
    void editsAreSeenByASecondMappingAndUndone();
    void aFieldEditIsSeenByASecondMapping();
    void memfdHeldOnlyByADescriptorOpens();
    void shrinkIsToldAndNothingIsReadPastTheEnd();
    void shrinkRacingTheTabDoesNotCrash();
    void aSmallObjectShownKeepsTheEventLoopGoing_data();
    void aSmallObjectShownKeepsTheEventLoopGoing();
    void aSmallSegmentShownKeepsTheEventLoopGoing();
    void aPeerFlippingThePagesKeepsTheEventLoopGoing();
    void unlinkWhileOpenIsTold();
    void anObjectGoneSinceTheListingIsRefused();
    void anObjectReplacedSinceTheListingIsRefused();
    void layoutIsRememberedByName();

private:
    // Makes the guard's object with `bytes` and opens it as the scanner lists it.
    SegmentTab *makeAndOpen(const PosixNameGuard &guard, const QByteArray &bytes, Mode mode);

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestPosixTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // saved layouts go to a test folder
    QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
}

void TestPosixTab::init()
{
    // Layouts remembered per name go to a fresh settings file each test, never the user's.
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
}

void TestPosixTab::cleanup()
{
    guitest::removeModalPolls();
    m_window.reset(); // unmaps and closes before the guards unlink
    m_settingsDir.reset();
}

SegmentTab *TestPosixTab::makeAndOpen(const PosixNameGuard &guard, const QByteArray &bytes, Mode mode)
{
    if (!guard.create(bytes))
        return nullptr;
    const std::optional<quint64> inode = inodeOf(guard.path());
    const std::optional<core::PosixObject> object = inode ? listed(*inode) : std::nullopt;
    return object ? m_window->openPosixObject(*object, mode) : nullptr;
}

void TestPosixTab::opensReadOnlyWithTheObjectsBytes()
{
    const PosixNameGuard guard("tabread");
    const QByteArray bytes = pattern(ObjectSize);
    SegmentTab *tab = makeAndOpen(guard, bytes, Mode::ReadOnly);
    QVERIFY2(tab, qPrintable(m_window->messageBar()->text()));
    QCOMPARE(m_window->segmentTabs()->count(), 1);
    QCOMPARE(m_window->segmentTabs()->tabText(0), QString::fromUtf8(guard.name()) + QStringLiteral(" RO"));
    QCOMPARE(tab->document()->size(), quint64(ObjectSize));
    QCOMPARE(tab->document()->read(0, ObjectSize).value(), bytes);
    // The window the hex view shows is the object's first bytes.
    QCOMPARE(tab->document()->windowOffset(), 0u);
    QVERIFY(!tab->document()->window().isEmpty());
    QCOMPARE(tab->document()->window(), bytes.first(tab->document()->window().size()));
    QVERIFY2(infoText(tab).contains(guard.path()), qPrintable(infoText(tab)));
    // Read-only: an edit is refused, and the object keeps its bytes.
    QVERIFY(!tab->document()->write(0, QByteArray("\x01", 1), QStringLiteral("edit")).ok());
    QCOMPARE(guard.contents(), bytes);
    // Opened again in the same mode: the same tab.
    const std::optional<core::PosixObject> object = listed(*inodeOf(guard.path()));
    QVERIFY(object);
    QCOMPARE(m_window->openPosixObject(*object, Mode::ReadOnly), tab);
    QCOMPARE(m_window->segmentTabs()->count(), 1);
}

void TestPosixTab::anotherProcessesWriteIsLit()
{
    const PosixNameGuard guard("tablit");
    SegmentTab *tab = makeAndOpen(guard, QByteArray(ObjectSize, '\0'), Mode::ReadOnly);
    QVERIFY2(tab, qPrintable(m_window->messageBar()->text()));
    const SecondMapping other(guard.path(), ObjectSize);
    QVERIFY(other.isValid());
    // The view laid out and its window read, so that only the live refresh can see the write below.
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy ticks(tab->document(), &app::SegmentDocument::ticked);
    QVERIFY(ticks.wait(-1) && ticks.wait(-1));
    QVERIFY(tab->document()->window().size() > 10);
    QCOMPARE(tab->document()->highlightAge(10), -1);
    other.bytes()[10] = char(0x5a);
    QTRY_VERIFY(tab->document()->highlightAge(10) >= 0);
    QVERIFY(!tab->document()->changedByUs(10));
    QCOMPARE(tab->document()->window().at(10), char(0x5a));
    QVERIFY(tab->document()->changeEvents() >= 1);
}

void TestPosixTab::editsAreSeenByASecondMappingAndUndone()
{
    const PosixNameGuard guard("tabedit");
    const QByteArray bytes = pattern(ObjectSize);
    SegmentTab *tab = makeAndOpen(guard, bytes, Mode::ReadWrite);
    QVERIFY2(tab, qPrintable(m_window->messageBar()->text()));
    QCOMPARE(m_window->segmentTabs()->tabText(0), QString::fromUtf8(guard.name()) + QStringLiteral(" RW"));
    const SecondMapping other(guard.path(), ObjectSize);
    QVERIFY(other.isValid());
    const QByteArray edit("\xde\xad\xbe\xef", 4);
    QVERIFY(tab->document()->write(4100, edit, QStringLiteral("edit")).ok());
    QCOMPARE(QByteArray(other.bytes() + 4100, 4), edit);
    QCOMPARE(preadBytes(guard.path(), 4100, 4), edit);
    tab->document()->undo();
    QCOMPARE(QByteArray(other.bytes() + 4100, 4), bytes.sliced(4100, 4));
    QCOMPARE(preadBytes(guard.path(), 0, ObjectSize), bytes);
}

void TestPosixTab::aFieldEditIsSeenByASecondMapping()
{
    const PosixNameGuard guard("tabfield");
    SegmentTab *tab = makeAndOpen(guard, QByteArray(64, '\0'), Mode::ReadWrite);
    QVERIFY2(tab, qPrintable(m_window->messageBar()->text()));
    QString error;
    QVERIFY2(guitest::layOut(tab->structPane(), QStringLiteral("pair"), QStringLiteral("struct pair { int a; int b; };"),
                             &error),
             qPrintable(error));
    StructModel *model = tab->structPane()->model();
    const QModelIndex b = fieldIndex(model, QStringLiteral("b"));
    QVERIFY(b.isValid());
    QVERIFY(model->setData(b, QStringLiteral("4242"), Qt::EditRole));
    const qint32 expected = 4242;
    QCOMPARE(preadBytes(guard.path(), 4, 4), QByteArray(reinterpret_cast<const char *>(&expected), 4));
    tab->document()->undo();
    QCOMPARE(preadBytes(guard.path(), 4, 4), QByteArray(4, '\0'));
}

void TestPosixTab::memfdHeldOnlyByADescriptorOpens()
{
    const QString name = QStringLiteral("shmscope_tab_%1").arg(getpid());
    PosixPeer peer({QStringLiteral("memfd"), name, QString::number(ObjectSize), QStringLiteral("a5")});
    const QStringList ready = peer.ready();
    QVERIFY2(ready.size() == 3, peer.errors().constData());
    const QString fdPath = QStringLiteral("/proc/%1/fd/%2").arg(ready.at(1), ready.at(2));
    const std::optional<quint64> inode = inodeOf(fdPath);
    QVERIFY(inode);
    const std::optional<core::PosixObject> object = listed(*inode);
    QVERIFY(object);
    QCOMPARE(object->kind, core::PosixObject::Kind::Memfd);
    SegmentTab *tab = m_window->openPosixObject(*object, Mode::ReadOnly);
    QVERIFY2(tab, qPrintable(m_window->messageBar()->text()));
    QCOMPARE(tab->document()->read(0, ObjectSize).value(), QByteArray(ObjectSize, char(0xa5)));
    QVERIFY2(infoText(tab).contains(fdPath), qPrintable(infoText(tab)));
    QVERIFY2(m_window->segmentTabs()->tabText(0).startsWith(QStringLiteral("memfd:") + name),
             qPrintable(m_window->segmentTabs()->tabText(0)));
}

void TestPosixTab::shrinkIsToldAndNothingIsReadPastTheEnd()
{
    constexpr qsizetype Size = 512;
    const PosixNameGuard guard("tabshrink");
    const QByteArray bytes = pattern(Size);
    SegmentTab *tab = makeAndOpen(guard, bytes, Mode::ReadWrite);
    QVERIFY2(tab, qPrintable(m_window->messageBar()->text()));
    QTRY_VERIFY(tab->document()->window().size() > 100); // more than the shrink leaves
    QSignalSpy resized(tab->document(), &app::SegmentDocument::sizeChanged);

    const Fd fd(open(QFile::encodeName(guard.path()).constData(), O_RDWR));
    QVERIFY(fd.get() >= 0);
    QCOMPARE(ftruncate(fd.get(), 100), 0);
    QTRY_VERIFY2(infoText(tab).contains(QLatin1String("The object shrank to 100 byte")),
                 qPrintable(infoText(tab)));
    QCOMPARE(tab->document()->size(), 100u);
    QCOMPARE(tab->document()->window(), bytes.first(100));
    QCOMPARE(tab->hexView()->rowCount(), quint64((100 + tab->hexView()->bytesPerLine() - 1) / tab->hexView()->bytesPerLine()));
    QVERIFY(resized.count() >= 1);
    // An edit past the new end is refused, with why; the object stays as small as it was made.
    const auto refused = tab->document()->write(200, QByteArray("x"), QStringLiteral("edit"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("shrunk to 100 byte")), qPrintable(refused.error().message));
    struct stat st = {};
    QCOMPARE(fstat(fd.get(), &st), 0);
    QCOMPARE(st.st_size, off_t(100));
    // One inside it still works.
    QVERIFY(tab->document()->write(50, QByteArray("y"), QStringLiteral("edit")).ok());
    QCOMPARE(preadBytes(guard.path(), 50, 1), QByteArray("y"));

    // Grown back: told too, and the bytes past 100 are the zeros the kernel gives them.
    QCOMPARE(ftruncate(fd.get(), Size), 0);
    QTRY_COMPARE(tab->document()->size(), quint64(Size));
    QVERIFY2(!infoText(tab).contains(QLatin1String("shrank")), qPrintable(infoText(tab)));
    QTRY_VERIFY(tab->document()->window().size() > 100);
    QCOMPARE(tab->document()->window().sliced(100), QByteArray(tab->document()->window().size() - 100, '\0'));
}

// A helper shrinks the object to 10 bytes and grows it back as fast as it can, while the tab re-reads every
// 16 ms: the window never ends, and never shows more than the object holds.
void TestPosixTab::shrinkRacingTheTabDoesNotCrash()
{
    const PosixNameGuard guard("tabrace");
    constexpr qsizetype Size = 560;
    SegmentTab *tab = makeAndOpen(guard, pattern(Size), Mode::ReadOnly);
    QVERIFY2(tab, qPrintable(m_window->messageBar()->text()));
    tab->document()->setTickInterval(app::SegmentDocument::MinimumTickMs);
    PosixPeer peer({QStringLiteral("shrink"), guard.path(), QString::number(Size), QStringLiteral("10")});
    QVERIFY2(!peer.ready().isEmpty(), peer.errors().constData());
    QSignalSpy ticks(tab->document(), &app::SegmentDocument::ticked);
    bool shrinkSeen = false;
    while (ticks.count() < 100) {
        QVERIFY(ticks.wait(-1));
        QVERIFY(quint64(tab->document()->window().size()) <= tab->document()->size());
        shrinkSeen = shrinkSeen || tab->document()->size() < quint64(Size);
    }
    QVERIFY(shrinkSeen);
}

void TestPosixTab::aSmallObjectShownKeepsTheEventLoopGoing_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<QSize>("windowSize");
    QTest::newRow("512 bytes, first size") << qsizetype(512) << QSize();
    QTest::newRow("512 bytes, 1280x720") << qsizetype(512) << QSize(1280, 720);
    QTest::newRow("512 bytes, 800x600") << qsizetype(512) << QSize(800, 600);
    QTest::newRow("12 KiB, 800x600") << qsizetype(12 * 1024) << QSize(800, 600);
}

void TestPosixTab::aSmallObjectShownKeepsTheEventLoopGoing()
{
    QFETCH(qsizetype, size);
    QFETCH(QSize, windowSize);
    const PosixNameGuard guard("tablive");
    if (windowSize.isValid())
        m_window->resize(windowSize);
    SegmentTab *tab = makeAndOpen(guard, pattern(size), Mode::ReadOnly);
    QVERIFY2(tab, qPrintable(m_window->messageBar()->text()));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const std::unique_ptr<QSignalSpy> ticks = fastTicks(tab);
    QTRY_VERIFY_WITH_TIMEOUT(ticks->count() >= LiveTicks, FrozenMs);
}

// A System V segment of the same size in the same window: the hex and struct panes are the same.
void TestPosixTab::aSmallSegmentShownKeepsTheEventLoopGoing()
{
    testutils::SegmentGuard segment;
    QVERIFY(segment.create(IPC_PRIVATE, 512));
    m_window->resize(800, 600);
    SegmentTab *tab = m_window->attachSegment(segment.id(), core::Attachment::Mode::ReadOnly);
    QVERIFY2(tab, qPrintable(m_window->messageBar()->text()));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const std::unique_ptr<QSignalSpy> ticks = fastTicks(tab);
    QTRY_VERIFY_WITH_TIMEOUT(ticks->count() >= LiveTicks, FrozenMs);
}

// A peer resizes the object 12 KiB <-> 100 B as fast as it can: the vertical scroll bar is needed at one
// size and not at the other, each tick.
void TestPosixTab::aPeerFlippingThePagesKeepsTheEventLoopGoing()
{
    const PosixNameGuard guard("tabflip");
    constexpr qsizetype Size = 12 * 1024;
    m_window->resize(800, 600);
    SegmentTab *tab = makeAndOpen(guard, pattern(Size), Mode::ReadOnly);
    QVERIFY2(tab, qPrintable(m_window->messageBar()->text()));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    PosixPeer peer({QStringLiteral("shrink"), guard.path(), QString::number(Size), QStringLiteral("100")});
    QVERIFY2(!peer.ready().isEmpty(), peer.errors().constData());
    const std::unique_ptr<QSignalSpy> ticks = fastTicks(tab);
    QTRY_VERIFY_WITH_TIMEOUT(ticks->count() >= LiveTicks, FrozenMs);
    QVERIFY(quint64(tab->document()->window().size()) <= tab->document()->size());
}

void TestPosixTab::unlinkWhileOpenIsTold()
{
    const PosixNameGuard guard("tabunlink");
    SegmentTab *tab = makeAndOpen(guard, pattern(ObjectSize), Mode::ReadOnly);
    QVERIFY2(tab, qPrintable(m_window->messageBar()->text()));
    QVERIFY(!infoText(tab).contains(QLatin1String("Unlinked")));
    QCOMPARE(shm_unlink(guard.name().constData()), 0);
    QTRY_VERIFY2(infoText(tab).contains(QLatin1String("Unlinked")), qPrintable(infoText(tab)));
    // It lives on while we hold it.
    QCOMPARE(tab->document()->read(0, ObjectSize).value(), pattern(ObjectSize));
}

void TestPosixTab::anObjectGoneSinceTheListingIsRefused()
{
    const PosixNameGuard guard("tabgone");
    QVERIFY(guard.create(pattern(64)));
    const std::optional<core::PosixObject> object = listed(*inodeOf(guard.path()));
    QVERIFY(object);
    QCOMPARE(shm_unlink(guard.name().constData()), 0);
    QVERIFY(!m_window->openPosixObject(*object, Mode::ReadOnly));
    QCOMPARE(m_window->segmentTabs()->count(), 0);
    QCOMPARE(m_window->messageBar()->kind(), app::MessageBar::Kind::Error);
    QVERIFY2(m_window->messageBar()->text().contains(guard.path() + QStringLiteral(" does not exist")),
             qPrintable(m_window->messageBar()->text()));
}

// Unlinked and made again under the same name: the path leads to another object, which is not opened as the
// one listed.
void TestPosixTab::anObjectReplacedSinceTheListingIsRefused()
{
    const PosixNameGuard guard("tabreplaced");
    QVERIFY(guard.create(pattern(64)));
    const std::optional<core::PosixObject> object = listed(*inodeOf(guard.path()));
    QVERIFY(object);
    // The new one is made while the old one still exists, so that it cannot get the old one's inode.
    const Fd old(open(QFile::encodeName(guard.path()).constData(), O_RDONLY));
    QCOMPARE(shm_unlink(guard.name().constData()), 0);
    QVERIFY(guard.create(QByteArray(64, 'n')));
    QVERIFY(*inodeOf(guard.path()) != object->inode);
    QVERIFY(!m_window->openPosixObject(*object, Mode::ReadWrite));
    QCOMPARE(m_window->segmentTabs()->count(), 0);
    QVERIFY2(m_window->messageBar()->text().contains(QLatin1String("is no longer the object")),
             qPrintable(m_window->messageBar()->text()));
}

void TestPosixTab::layoutIsRememberedByName()
{
    const PosixNameGuard guard("tablayout");
    SegmentTab *tab = makeAndOpen(guard, QByteArray(64, '\0'), Mode::ReadOnly);
    QVERIFY2(tab, qPrintable(m_window->messageBar()->text()));
    const QString text = QStringLiteral("struct counter { long ticks; int flags; };");
    QVERIFY(core::LayoutLibrary::save(QStringLiteral("counter"), text).ok());
    QVERIFY(guitest::layOut(tab->structPane(), QStringLiteral("counter"), text));
    m_window->findChild<QAction *>(QStringLiteral("actionDetach"))->trigger();
    QCOMPARE(m_window->segmentTabs()->count(), 0);

    const std::optional<core::PosixObject> object = listed(*inodeOf(guard.path()));
    QVERIFY(object);
    SegmentTab *again = m_window->openPosixObject(*object, Mode::ReadOnly);
    QVERIFY(again);
    QTRY_COMPARE(again->structPane()->layoutName(), QStringLiteral("counter"));
    QCOMPARE(again->structPane()->model()->layout().sizeOf, 16u);
    // Remembered by this object's name, under its own key in the settings file.
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("layoutForName/%2F") + QString::fromUtf8(guard.name().sliced(1))).toString(),
             QStringLiteral("counter"));
}

QTEST_MAIN(TestPosixTab)
#include "tst_posixtab.moc"
