// The hex view past what an int scroll bar counts: a real 3 GiB segment (its pages never touched, so it
// costs no memory) at 1 byte a line is 3 * 2^30 rows, more than 2^31. Ctrl+End must show the last byte,
// typing must write the byte on screen and light it, and only the pages looked at become resident.

#include "app/mainwindow.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "testutils.h"

#include <QAccessible>
#include <QFile>
#include <QScrollBar>
#include <QSpinBox>

#include <cerrno>
#include <cstring>
#include <memory>
#include <utility>

#include <sys/shm.h>
#include <unistd.h>

using app::HexView;
using app::MainWindow;
using app::SegmentTab;

namespace {

constexpr quint64 SegmentBytes = quint64(3) << 30;
constexpr quint64 LastByte = 0xbfffffff;

// A kernel.* value of this IPC namespace, or 0 when it cannot be read.
quint64 kernelLimit(const char *name)
{
    QFile file(QStringLiteral("/proc/sys/kernel/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toULongLong() : 0;
}

// Raises kernel.`name` to `value` when it is lower; why it cannot, or an empty string. Only in a private IPC
// namespace (ctest runs every test in one, with unshare -i, as root): the machine's own limits stay.
QString raiseKernelLimit(const char *name, quint64 value)
{
    if (kernelLimit(name) >= value)
        return {};
    const QString why = QStringLiteral("kernel.%1 is %2, below the %3 a 3 GiB segment needs, and ")
                            .arg(QLatin1String(name))
                            .arg(kernelLimit(name))
                            .arg(value);
    if (geteuid() != 0)
        return why + QStringLiteral("only root may raise it");
    if (QFile::symLinkTarget(QStringLiteral("/proc/self/ns/ipc")) ==
        QFile::symLinkTarget(QStringLiteral("/proc/1/ns/ipc")))
        return why +
               QStringLiteral("this is the machine's IPC namespace (run it under ctest, which gives it a "
                              "private one)");
    QFile file(QStringLiteral("/proc/sys/kernel/") + QLatin1String(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(value)) < 0 || !file.flush())
        return why + QStringLiteral("writing it failed: ") + file.errorString();
    return {};
}

// Bytes of the segment in memory, from the kernel's table (/proc/sysvipc/shm, column rss); -1 when not
// listed.
qint64 residentBytes(int shmid)
{
    QFile file(QStringLiteral("/proc/sysvipc/shm"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> header = file.readLine().simplified().split(' ');
    const qsizetype rss = header.indexOf("rss");
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        if (rss >= 0 && fields.size() > rss && fields.value(1).toInt() == shmid)
            return fields.at(rss).toLongLong();
    }
    return -1;
}

// A read-only attach of the test's own, beside the window's.
class ReadOnlyMapping
{
public:
    explicit ReadOnlyMapping(int shmid)
        : m_memory(static_cast<const char *>(shmat(shmid, nullptr, SHM_RDONLY)))
    {
    }
    ReadOnlyMapping(const ReadOnlyMapping &) = delete;
    ReadOnlyMapping &operator=(const ReadOnlyMapping &) = delete;
    ~ReadOnlyMapping()
    {
        if (ok())
            shmdt(m_memory);
    }
    [[nodiscard]] bool ok() const { return m_memory != reinterpret_cast<const char *>(-1); }
    [[nodiscard]] quint8 at(quint64 offset) const { return quint8(m_memory[offset]); }

private:
    const char *m_memory;
};

} // namespace

class TestHexView64 : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void theLastByteOfA3GiBSegmentIsShownAndEdited();

private:
    // What a screen reader hears as the view's rows, first to last.
    [[nodiscard]] static QStringList rowsOnScreen(HexView *view);

    std::unique_ptr<MainWindow> m_window;
    testutils::SegmentGuard m_segment;
};

void TestHexView64::cleanup()
{
    m_window.reset(); // detaches before the segment goes
    m_segment.reset();
}

QStringList TestHexView64::rowsOnScreen(HexView *view)
{
    QStringList rows;
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    for (int row = 0; list && row < list->childCount(); ++row)
        rows << list->child(row)->text(QAccessible::Name);
    return rows;
}

void TestHexView64::theLastByteOfA3GiBSegmentIsShownAndEdited()
{
    const auto page = testutils::pageSize();
    for (const auto &[name, value] :
         {std::pair{"shmmax", SegmentBytes}, std::pair{"shmall", SegmentBytes / page + 1}}) {
        if (const QString why = raiseKernelLimit(name, value); !why.isEmpty())
            QSKIP(qPrintable(why));
    }
    if (!m_segment.create(IPC_PRIVATE, SegmentBytes, 0600))
        QSKIP(qPrintable(QStringLiteral("the kernel refuses a 3 GiB segment: ") +
                         QString::fromLocal8Bit(std::strerror(errno))));

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    SegmentTab *tab = m_window->attachSegment(m_segment.id(), core::Attachment::Mode::ReadWrite);
    QVERIFY(tab);
    HexView *view = tab->hexView();
    view->resize(800, 400);
    tab->bytesPerLineBox()->setValue(1);
    QCOMPARE(view->bytesPerLine(), 1);
    QCOMPARE(view->rowCount(), SegmentBytes); // more rows than an int counts
    const QScrollBar *bar = view->verticalScrollBar();
    view->setFocus();

    // Ctrl+End: the cursor on the last byte and the view with it, the scroll bar at its end.
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(view->cursorOffset(), LastByte);
    QStringList rows = rowsOnScreen(view);
    QVERIFY(rows.size() > 1);
    QCOMPARE(rows.last(), QStringLiteral("bfffffff: 00 |.|"));
    QVERIFY2(rows.first().startsWith(QLatin1String("bfffff")), qPrintable(rows.first()));
    QCOMPARE(bar->value(), bar->maximum());

    // Ctrl+Home and back: the top, then the end again.
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(view->firstVisibleRow(), 0u);
    QCOMPARE(rowsOnScreen(view).value(0), QStringLiteral("00000000: 00 |.|"));
    QCOMPARE(bar->value(), 0);
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(rowsOnScreen(view).last(), QStringLiteral("bfffffff: 00 |.|"));

    // Up and PageUp from the end move the cursor and keep it on screen.
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(view->cursorOffset(), 0xbffffffeu);
    QTest::keyClick(view, Qt::Key_PageUp);
    QVERIFY(view->cursorOffset() < 0xbffffffeu);
    QVERIFY(view->cursorOffset() >= view->firstVisibleRow());
    QVERIFY(view->cursorOffset() < view->firstVisibleRow() + quint64(view->visibleRowCount()));
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);

    // The scroll bar dragged half-way shows the middle of the segment, 1.5 GiB in, and the cursor is off
    // screen.
    view->verticalScrollBar()->setValue(bar->maximum() / 2);
    rows = rowsOnScreen(view);
    QVERIFY2(rows.value(0).startsWith(QLatin1String("5fffff")) ||
                 rows.value(0).startsWith(QLatin1String("600000")),
             qPrintable(rows.value(0)));

    // Typing writes the byte under the cursor, and the view goes back to show it, lit as changed.
    QTest::keyClicks(view, QStringLiteral("ab"));
    ReadOnlyMapping peek(m_segment.id());
    QVERIFY(peek.ok());
    QCOMPARE(peek.at(LastByte), quint8(0xab));
    QCOMPARE(rowsOnScreen(view).last(), QStringLiteral("bfffffff: ab |.|"));
    QVERIFY(view->firstVisibleRow() <= LastByte);
    QVERIFY(LastByte < view->firstVisibleRow() + quint64(view->visibleRowCount()));
    const qint64 age = tab->document()->highlightAge(LastByte);
    QVERIFY2(age >= 0 && age < app::SegmentDocument::HighlightMs, qPrintable(QString::number(age)));

    // Pages of a segment become resident when touched: a few of them here, not 3 GiB.
    const qint64 resident = residentBytes(m_segment.id());
    QVERIFY2(resident >= 0 && resident <= qint64(64 * page), qPrintable(QString::number(resident)));
}

QTEST_MAIN(TestHexView64)
#include "tst_hexview64.moc"
