// The time slider against a real segment, offscreen: another process (tests/helpers/shmpoke) renames the
// lesson's st_pid between ticks of a paused tab, a third (shmpeek) reads back what the segment held at each
// tick, and the slider set to each of those moments must show exactly those bytes in the hex pane and that
// name in the struct pane; in the past, edits, typing and undo are refused and nothing is written; Live
// shows now again.

#include "app/mainwindow.h"
#include "app/messagebar.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/segment/timeslider.h"
#include "app/structs/structmodel.h"
#include "app/structs/structpane.h"
#include "testutils.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cstring>

using app::MainWindow;
using app::SegmentTab;
using app::StructModel;
using core::Attachment;
using testutils::SegmentGuard;

namespace {

QModelIndex fieldIndex(const StructModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, StructModel::NameColumn);
        if (index.data().toString() == name)
            return index.siblingAtColumn(StructModel::ValueColumn);
    }
    return {};
}

QByteArray littleEndian(qint32 value)
{
    QByteArray bytes(4, '\0');
    std::memcpy(bytes.data(), &value, 4);
    return bytes;
}

// One tick of the tab: when it ran, and the segment's bytes then as another process read them back.
struct Moment
{
    qint64 ms;
    QByteArray bytes;
    QString name;
    QString pid;
};

} // namespace

class TestTimeSlider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ShmScope"));
    }

    void init()
    {
        m_settingsDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_settingsDir->isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 1000);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_segment.reset();
        m_settingsDir.reset();
    }

    void theSliderShowsTheBytesOfEachRecordedTick()
    {
        open(56);
        if (QTest::currentTestFailed())
            return;
        const QList<Moment> moments = renameAndTick(8);
        app::TimeSlider *slider = m_tab->timeSlider();
        const StructModel *fields = m_tab->structPane()->model();
        for (const Moment &then : moments) {
            slider->showMoment(then.ms);
            QCOMPARE(m_tab->document()->moment(), std::optional<qint64>(then.ms));
            QCOMPARE(m_tab->document()->windowOffset(), 0U);
            QCOMPARE(m_tab->document()->window(), then.bytes);
            for (quint64 offset = 0; offset < 56; ++offset)
                QVERIFY(m_tab->document()->isKnown(offset));
            QCOMPARE(fieldIndex(fields, QStringLiteral("names")).data().toString(), then.name);
            QCOMPARE(fieldIndex(fields, QStringLiteral("pid")).data().toString(), then.pid);
            QVERIFY(m_tab->hexView()->rowText(0).startsWith(QStringLiteral("00000000:")));
        }
        // The handle dragged: the document shows the moment it points at; at the right end, live.
        slider->slider()->setValue(int(moments.at(2).ms));
        QCOMPARE(m_tab->document()->window(), moments.at(2).bytes);
        QVERIFY(slider->liveButton()->isEnabled());
        slider->slider()->setValue(slider->slider()->maximum());
        QCOMPARE(m_tab->document()->moment(), std::nullopt);
        QCOMPARE(m_tab->document()->window(), moments.last().bytes);
        // Back to the past, then Live: now again.
        slider->showMoment(moments.at(1).ms);
        slider->liveButton()->click();
        QCOMPARE(m_tab->document()->moment(), std::nullopt);
        QCOMPARE(fieldIndex(fields, QStringLiteral("names")).data().toString(), moments.last().name);
        QVERIFY(!slider->liveButton()->isEnabled());
    }

    void editsInThePastAreRefused()
    {
        open(56);
        if (QTest::currentTestFailed())
            return;
        const QList<Moment> moments = renameAndTick(3);
        StructModel *fields = m_tab->structPane()->model();
        QVERIFY(fields->setData(fieldIndex(fields, QStringLiteral("names")), QStringLiteral("ours")));
        m_tab->document()->tick();
        QCOMPARE(testutils::peek(m_segment.id(), 4, 5), QByteArrayLiteral("ours\0"));
        const QByteArray now = testutils::peek(m_segment.id(), 0, 56);

        m_tab->timeSlider()->showMoment(moments.at(0).ms);
        QVERIFY(!fields->setData(fieldIndex(fields, QStringLiteral("names")), QStringLiteral("refused")));
        QVERIFY(m_tab->messageBar()->isVisible());
        QVERIFY2(m_tab->messageBar()->text().contains(QStringLiteral("press Back to Live to edit")),
                 qPrintable(m_tab->messageBar()->text()));
        m_tab->hexView()->setFocus();
        QTest::keyClicks(m_tab->hexView(), QStringLiteral("ff"));
        m_tab->document()->undo();                             // would put "writer 3" back
        QCOMPARE(testutils::peek(m_segment.id(), 0, 56), now); // nothing written
        QCOMPARE(m_tab->document()->undoStack()->count(), 1);

        // Live again: edits go through.
        m_tab->timeSlider()->goLive();
        QVERIFY(fields->setData(fieldIndex(fields, QStringLiteral("names")), QStringLiteral("again")));
        QCOMPARE(testutils::peek(m_segment.id(), 4, 6), QByteArrayLiteral("again\0"));
    }

    void theBudgetBoundsTheRecording()
    {
        constexpr quint64 Budget = 2048;
        open(56);
        if (QTest::currentTestFailed())
            return;
        m_tab->setRecorderBudget(Budget);
        const QList<Moment> moments = renameAndTick(40);
        const core::ChangeRecorder &recorder = m_tab->document()->recorder();
        QVERIFY2(recorder.memoryUsed() <= Budget, qPrintable(QString::number(recorder.memoryUsed())));
        QVERIFY(recorder.firstMs() > moments.first().ms); // the oldest went
        // What is left is exact; a moment before it can no longer be asked for.
        m_tab->timeSlider()->showMoment(moments.last().ms - 1);
        QCOMPARE(m_tab->document()->window(), moments.at(moments.size() - 2).bytes);
        m_tab->timeSlider()->showMoment(moments.first().ms);
        QCOMPARE(m_tab->document()->moment(), std::optional<qint64>(recorder.firstMs()));
    }

    // The struct pane reads a record far below the hex pane's window: what it read is recorded as well.
    void fieldsBelowTheHexWindowAreRecordedToo()
    {
        constexpr quint64 Record = 1000;
        open(64 * 1024);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_tab->document()->window().size() < qsizetype(Record * 56));
        StructModel *fields = m_tab->structPane()->model();
        fields->setRecord(Record);
        QStringList names;
        QList<qint64> moments;
        for (int n = 1; n <= 3; ++n) {
            while (!moments.isEmpty() && m_tab->document()->clockMs() <= moments.last())
                QCoreApplication::processEvents();
            names << QStringLiteral("far %1").arg(n);
            QVERIFY(testutils::poke(m_segment.id(), Record * 56 + 4, names.last().toLatin1() + '\0'));
            m_tab->document()->tick();
            moments << m_tab->document()->recorder().lastMs();
        }
        for (int at = 0; at < moments.size(); ++at) {
            m_tab->timeSlider()->showMoment(moments.at(at));
            QCOMPARE(fieldIndex(fields, QStringLiteral("names")).data().toString(), names.at(at));
        }
        // A record the ticks never read is not made up.
        fields->setRecord(Record + 1);
        QCOMPARE(fieldIndex(fields, QStringLiteral("names")).data().toString(),
                 QStringLiteral("not recorded at this moment"));
    }

private:
    // A new segment of `size` bytes attached read-write in a tab whose ticks are the test's: each one reads a
    // state of the segment the test knows.
    void open(quint64 size)
    {
        QVERIFY(m_segment.create(testutils::uniqueKey(71), size, 0640));
        m_tab = m_window->attachSegment(m_segment.id(), Attachment::Mode::ReadWrite);
        QVERIFY(m_tab);
        // The hex pane's window is read: for a record of 56 bytes, all of it.
        QTRY_VERIFY(m_tab->document()->window().size() >= std::min<qsizetype>(qsizetype(size), 56));
        m_tab->document()->setPaused(true);
    }

    // `count` renames by another process, each followed by one tick of the tab. The pid changes too
    // (1007, 2007, ...): each moment's bytes differ in more than the name.
    QList<Moment> renameAndTick(int count)
    {
        QList<Moment> moments;
        for (int n = 1; n <= count; ++n) {
            // Each tick in a ms of its own, so that each is a moment of its own on the slider.
            const qint64 previous = moments.isEmpty() ? -1 : moments.last().ms;
            while (m_tab->document()->clockMs() <= previous)
                QCoreApplication::processEvents();
            const QString name = QStringLiteral("writer %1").arg(n);
            if (!testutils::poke(m_segment.id(), 0, littleEndian(n * 1000 + 7) + name.toLatin1() + '\0'))
                return {};
            m_tab->document()->tick();
            moments.append(Moment{m_tab->document()->recorder().lastMs(),
                                  testutils::peek(m_segment.id(), 0, 56), name,
                                  QString::number(n * 1000 + 7)});
        }
        return moments;
    }

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
    SegmentGuard m_segment;
    SegmentTab *m_tab = nullptr;
};

QTEST_MAIN(TestTimeSlider)
#include "tst_timeslider.moc"
