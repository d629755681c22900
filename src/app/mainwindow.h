#pragma once

#include "core/kernel/attachment.h"
#include "core/kernel/posixmapping.h"
#include "core/namespaces/ipcnamespace.h"
#include "core/segments/lifecycletracker.h"
#include "core/segments/segmentinfo.h"

#include <QMainWindow>
#include <QFont>
#include <QTimer>

#include <memory>

class QDockWidget;
class QKeySequence;
class QLabel;
class QDoubleSpinBox;
class QTabWidget;
class QTableView;

namespace Ui {
class MainWindow;
}
namespace core {
struct PosixObject;
struct ScanResult;
struct Error;
} // namespace core

namespace app {

class CallLogPane;
class ColumnFitter;
class HelpDialog;
class IpcTables;
class KindTabBar;
class NamespaceSelector;
class PosixObjectCommands;
class PosixTableView;
class LessonWritersPane;
class RacePane;
class RowHighlightDelegate;
class MessageBar;
class SegmentTab;
class SnapshotCommands;
class RefreshController;
class SegmentFilterProxy;
class SegmentTableModel;
class Settings;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // procRoot: where the kernel's files are read from (a seam for tests; "/proc" for real use).
    explicit MainWindow(const QString &procRoot = QStringLiteral("/proc"), QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] SegmentTableModel *segmentModel() const { return m_model; }
    [[nodiscard]] RefreshController *refreshController() const { return m_refresh; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }
    [[nodiscard]] CallLogPane *callLog() const { return m_callLog; }
    [[nodiscard]] QTabWidget *segmentTabs() const;
    [[nodiscard]] QTableView *segmentTable() const;
    // The kind selector above the tables, and the table of POSIX objects, memfds and semaphores it shows for
    // every kind but System V.
    [[nodiscard]] KindTabBar *kindTabBar() const { return m_kindBar; }
    [[nodiscard]] NamespaceSelector *namespaceSelector() const { return m_namespaceSelector; }
    [[nodiscard]] PosixTableView *posixTable() const { return m_posixTable; }
    // The tables of System V semaphore sets and message queues, and their commands.
    [[nodiscard]] IpcTables *ipcTables() const { return m_ipc; }
    // Fits the table's columns to their contents, and keeps the widths the user dragged.
    [[nodiscard]] ColumnFitter *tableColumns() const { return m_tableColumns; }
    // The tool bar's refresh interval, in seconds.
    [[nodiscard]] QDoubleSpinBox *refreshIntervalBox() const { return m_interval; }
    // What the program remembers between runs (the window's look, the layouts used per key...).
    [[nodiscard]] Settings *settings() const { return m_settings; }
    // Help > ShmScope Guide: one guide a window, made on first use; asking again raises it, so that the
    // reader keeps their place.
    void showHelp();

    // Attaches a segment in a new tab (or shows the tab that has it in that mode). Errors go to the message
    // bar; returns the tab, or nullptr.
    SegmentTab *attachSegment(int shmid, core::Attachment::Mode mode);
    // The same of segment shmid of the IPC namespace process namespacePid is in (0: ours), attached through
    // its core::IpcNamespaceEntry; the tab says where it lives (the container, when the last scan knew it).
    SegmentTab *attachSegment(int shmid, core::Attachment::Mode mode, qint64 namespacePid);
    // Opens segment shmid of our namespace in a new tab read through a process that maps it
    // (core::ObservedSegment), without attaching it (or shows the tab that observes it in that mode). A refusal
    // goes to the message bar with the reason and an Attach Instead button; returns the tab, or nullptr.
    SegmentTab *observeSegment(int shmid, core::Attachment::Mode mode);
    // Opens a POSIX object or memfd, as listed by core::PosixScanner, in a new tab (or shows the tab that has
    // it in that mode): by its /dev/shm path, else a holder's /proc/PID/fd/N, else /proc/PID/map_files. A
    // refusal (gone since the listing, no permission, too large to map) goes to the message bar and changes
    // nothing; returns the tab, or nullptr.
    SegmentTab *openPosixObject(const core::PosixObject &object, core::PosixMapping::Mode mode);

    [[nodiscard]] LessonWritersPane *lessonWriters() const { return m_lessonWriters; }
    // Lesson > Race: the race lesson's pane (in a dock, hidden until asked for).
    [[nodiscard]] RacePane *racePane() const { return m_racePane; }
    // Segment > Take Snapshot…, Compare with Snapshot…, Open Snapshot….
    [[nodiscard]] SnapshotCommands *snapshots() const { return m_snapshots; }

    // Text size in percent of the desktop's, MinimumZoom to MaximumZoom in ZoomStep steps (Ctrl +/-).
    static constexpr int MinimumZoom = 100;
    static constexpr int MaximumZoom = 300;
    static constexpr int ZoomStep = 25;
    // Lifecycle events one refresh writes to the call log at most; the rest are counted in one line.
    static constexpr qsizetype MaxEventsPerScan = 20;
    [[nodiscard]] int zoom() const { return m_zoom; }
    void setZoom(int percent);

    // Presentation mode (F11): full screen, at least 150%, the table, the segment's tabs and the call log,
    // and the high-contrast change highlight. Leaving it brings back the window as it was.
    void setPresentation(bool on);
    [[nodiscard]] bool isPresenting() const { return m_presenting; }
    // saveGeometry() from before presentation mode: leaving it restores the window's state at once, but
    // the window system may apply the old size later, so settings saved at close take this one.
    [[nodiscard]] QByteArray geometryBeforePresentation() const { return m_geometryBeforePresentation; }

signals:
    // A segment was attached in a new tab (the window settings give it the hex pane as last used).
    void segmentTabOpened(app::SegmentTab *tab);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // Quitting (Ctrl+Q) and closing the window detach every tab: asked first where that destroys a segment.
    void closeEvent(QCloseEvent *event) override;

private:
    // Sets again every text given in code, in the language now installed (the .ui's texts: retranslateUi).
    void retranslate();
    void setUpTable();
    void setUpPosixTable();
    void setUpIpcTables();
    void showKind();
    [[nodiscard]] bool showsPosix() const;
    void setUpRefreshControls();
    void setUpStatusBar();
    void setUpCallLog();
    void setUpLessonWriters();
    // A lesson pane in a dock beside the call log, hidden until its toggle in the Lesson menu (added here) is
    // used.
    QDockWidget *addLessonDock(QWidget *pane, const QString &objectName, const QKeySequence &shortcut,
                               const QString &icon);
    // Lesson > Race and its dock, and the semaphore strips of the segment tabs.
    void setUpRace();
    void setUpPresentation();
    void setHighContrast(bool on);
    void zoomHeaders(QWidget *parent);
    void showAttachedOnly();
    void layOutPresentation();
    void showScan(const core::ScanResult &result);
    void setUpNamespaceSelector();
    void showNamespaces(const core::ScanResult &result);
    void logLifecycle(const core::ScanResult &result);
    void showScanError(const core::Error &error);
    void showUsage();
    void newSegment();
    void removeSelectedSegments();
    // The header's menu of columns to show or hide, for either table.
    void showColumnMenu(QTableView *table, const QPoint &position);
    void updateDetails();
    void updateActions();
    void selectShmid(int shmid);
    void selectWhenListed(int shmid);
    void attachSelected(core::Attachment::Mode mode);
    // Observe (or Observe Read-Write): the selected segments of our namespace, each in a tab of its own.
    void observeSelected(core::Attachment::Mode mode);
    void closeTab(int index);
    // With kernel.shm_rmid_forced, what an attach or a detach of ours leads to: the segments that detaching
    // `tabs` destroys, and the question asked before going on (true: go on; no segments, no question).
    enum class DestroyingStep { Attach, Detach, Quit };
    // A new tab for `object`, made current and told of (segmentTabOpened).
    SegmentTab *addSegmentTab(std::unique_ptr<core::MappedObject> object, const QString &toolTip);
    // A segment of another namespace: its tab and tooltip say where it lives.
    SegmentTab *addForeignSegmentTab(std::unique_ptr<core::Attachment> attached, core::Attachment::Mode mode);
    [[nodiscard]] QList<int> destroyedByDetaching(const QList<SegmentTab *> &tabs) const;
    [[nodiscard]] bool mayDestroy(const QList<int> &shmids, DestroyingStep step);
    [[nodiscard]] QList<SegmentTab *> tabs() const;
    [[nodiscard]] QList<core::SegmentInfo> selectedSegments() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    QString m_procRoot;
    SegmentTableModel *m_model;
    SegmentFilterProxy *m_proxy;
    RefreshController *m_refresh;
    MessageBar *m_messages;
    Settings *m_settings;
    HelpDialog *m_help = nullptr;
    CallLogPane *m_callLog = nullptr;
    QDockWidget *m_callLogDock = nullptr;
    core::LifecycleTracker m_lifecycle;
    LessonWritersPane *m_lessonWriters = nullptr;
    QDockWidget *m_lessonWritersDock = nullptr;
    RacePane *m_racePane = nullptr;
    QDockWidget *m_raceDock = nullptr;
    RowHighlightDelegate *m_rowDelegate = nullptr;
    ColumnFitter *m_tableColumns = nullptr;
    KindTabBar *m_kindBar = nullptr;
    NamespaceSelector *m_namespaceSelector = nullptr;
    QString m_namespaceNote; // the last ScanResult::namespaceNote shown: each is said once
    PosixTableView *m_posixTable = nullptr;
    PosixObjectCommands *m_posixCommands = nullptr;
    IpcTables *m_ipc = nullptr;
    SnapshotCommands *m_snapshots = nullptr;
    QFont m_baseFont; // the desktop's font: what 100% means
    int m_zoom = MinimumZoom;
    bool m_presenting = false;
    bool m_highContrast = false;
    // What presentation mode changed, to give back when it ends.
    QByteArray m_stateBeforePresentation;
    QByteArray m_geometryBeforePresentation;
    int m_zoomBeforePresentation = MinimumZoom;
    Qt::WindowStates m_windowStateBeforePresentation;
    QByteArray m_tableBeforePresentation;
    QByteArray m_splitterBeforePresentation;
    QDoubleSpinBox *m_interval = nullptr;
    QLabel *m_everyLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_limitLabel = nullptr;
    QLabel *m_bytesLabel = nullptr;
    // Attach's, Attach Read-Write's and Remove's texts and tooltips as the form gives them (System V's), put
    // back when the segments are shown.
    struct ActionWords
    {
        QAction *action;
        QString text;
        QString toolTip;
    };
    QList<ActionWords> m_systemVWords;
    QTimer m_fadeTimer; // repaints while change highlights fade
    core::ShmLimits m_limits;
    core::ShmUsage m_usage;
    QList<core::IpcNamespace> m_namespaces; // the last scan's: where a segment of another namespace is opened
};

} // namespace app
