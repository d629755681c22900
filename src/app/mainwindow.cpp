#include "app/mainwindow.h"
#include "ui_mainwindow.h"

#include "app/aboutbox.h"
#include "app/columnfitter.h"
#include "app/helpdialog.h"
#include "app/languagemenu.h"
#include "app/leaks/leaksdialog.h"
#include "app/lesson/calllogpane.h"
#include "app/lesson/lessonwriterspane.h"
#include "app/lesson/racelesson.h"
#include "app/lesson/racepane.h"
#include "app/messagebar.h"
#include "app/preferencesdialog.h"
#include "app/removalquestion.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/segmenttab.h"
#include "app/segment/semaphorestrips.h"
#include "app/settings.h"
#include "app/table/createsegmentdialog.h"
#include "app/table/ipccommands.h"
#include "app/table/ipctables.h"
#include "app/table/ipctableview.h"
#include "app/table/kindtabbar.h"
#include "app/table/namespacetext.h"
#include "app/table/namespaceselector.h"
#include "app/snapshots/snapshotcommands.h"
#include "app/table/posixfilterproxy.h"
#include "app/table/posixobjectcommands.h"
#include "app/table/posixtablemodel.h"
#include "app/table/posixtableview.h"
#include "app/table/refreshcontroller.h"
#include "app/table/rowhighlightdelegate.h"
#include "app/table/segmentfilterproxy.h"
#include "app/table/segmenttablemodel.h"
#include "core/kernel/calllog.h"
#include "core/kernel/observedsegment.h"
#include "core/kernel/posixmapping.h"
#include "core/posix/posixobject.h"
#include "core/kernel/shm.h"
#include "core/namespaces/namespacelister.h"
#include "core/segments/rmidforced.h"
#include "core/namespaces/segmentremover.h"
#include "core/segments/segmentformat.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabBar>
#include <QStyle>

#include <algorithm>
#include <iterator>

using core::SegmentFormat;

namespace app {

namespace {
// The columns presentation mode keeps, first the ones to keep longest when the width runs short.
const QList<int> PresentedColumns = {SegmentTableModel::KeyColumn,    SegmentTableModel::ShmidColumn,
                                     SegmentTableModel::NattchColumn, SegmentTableModel::StatusColumn,
                                     SegmentTableModel::SizeColumn,   SegmentTableModel::PermsColumn};
// Messages from the refresh replace each other and go away when the scan is clean again.
const QString ScanSource = QStringLiteral("scan");
const QString NamespaceSource = QStringLiteral("namespaces");
} // namespace

MainWindow::MainWindow(const QString &procRoot, QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_procRoot(procRoot),
      m_model(new SegmentTableModel(this)),
      m_proxy(new SegmentFilterProxy(this)),
      m_refresh(new RefreshController(procRoot, this)),
      m_messages(new MessageBar(this)),
      m_settings(new Settings(this))
{
    // The first scan runs on a worker thread while the window is built: with 32,000 segments reading the list
    // takes longer than building the window, and the table is painted when both are done. Its result arrives
    // through the event loop, after the connections below.
    m_refresh->refreshNow();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/shmscope.svg")));
    m_ui->centralLayout->insertWidget(0, m_messages);
    QAction *details = m_ui->detailsDock->toggleViewAction();
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    details->setIcon(QIcon(QStringLiteral(":/icons/details.svg")));
    m_ui->menuView->addAction(details);
    m_ui->menuView->addSeparator();
    m_ui->menuView->addMenu(new LanguageMenu(m_ui->menuView));
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_ui->actionPreferences);

    setUpTable();
    setUpPosixTable();
    setUpIpcTables();
    setUpNamespaceSelector();
    setUpRefreshControls();
    setUpStatusBar();
    setUpCallLog();
    setUpLessonWriters();
    setUpRace();
    setUpPresentation();
    m_snapshots = new SnapshotCommands(
        m_ui->menuFile, m_ui->actionQuit, m_ui->segmentTabs, m_messages,
        [this](std::unique_ptr<core::MappedObject> object, const QString &toolTip) {
            return addSegmentTab(std::move(object), toolTip);
        },
        this);
    retranslate();
    // Presentation mode may hide the menu bar: its actions' window-wide shortcuts belong to the window as
    // well (those that act on the table's selection alone stay the table's).
    for (QMenu *menu : {m_ui->menuFile, m_ui->menuView, m_ui->menuLesson, m_ui->menuHelp}) {
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->shortcutContext() == Qt::WindowShortcut && !action->shortcut().isEmpty())
                addAction(action);
        }
    }

    connect(m_ui->actionNewSegment, &QAction::triggered, this, &MainWindow::newSegment);
    connect(m_ui->actionNewPosixObject, &QAction::triggered, m_posixCommands, &PosixObjectCommands::createObject);
    // Remove acts on the table shown: shmctl(IPC_RMID) on segments, shm_unlink() on POSIX objects,
    // semctl(IPC_RMID) on semaphore sets, msgctl(IPC_RMID) on message queues.
    connect(m_ui->actionRemoveSegment, &QAction::triggered, this, [this] {
        if (showsPosix())
            m_posixCommands->removeSelected();
        else if (m_ipc->shownTable() == m_ipc->semaphoreSetTable())
            m_ipc->commands()->removeSelectedSets();
        else if (m_ipc->shownTable() == m_ipc->messageQueueTable())
            m_ipc->commands()->removeSelectedQueues();
        else
            removeSelectedSegments();
    });
    auto *leaks = new LeaksDialog(m_refresh, this);
    connect(m_ui->actionLeaks, &QAction::triggered, leaks, &LeaksDialog::showView);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionHelp, &QAction::triggered, this, &MainWindow::showHelp);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { AboutBox::show(this); });
    connect(m_ui->actionPreferences, &QAction::triggered, this, [this] { PreferencesDialog(m_settings, this).exec(); });
    connect(m_ui->actionAttach, &QAction::triggered, this, [this] { attachSelected(core::Attachment::Mode::ReadOnly); });
    connect(m_ui->actionAttachReadWrite, &QAction::triggered, this,
            [this] { attachSelected(core::Attachment::Mode::ReadWrite); });
    connect(m_ui->actionObserve, &QAction::triggered, this, [this] { observeSelected(core::Attachment::Mode::ReadOnly); });
    connect(m_ui->actionObserveReadWrite, &QAction::triggered, this,
            [this] { observeSelected(core::Attachment::Mode::ReadWrite); });
    connect(m_ui->actionDetach, &QAction::triggered, this,
            [this] { closeTab(m_ui->segmentTabs->currentIndex()); });
    connect(m_ui->segmentTabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_ui->segmentTable, &QAbstractItemView::doubleClicked, this,
            [this] { attachSelected(core::Attachment::Mode::ReadOnly); });
    m_ui->segmentTabs->hide(); // until something is attached
    m_ui->mainSplitter->setStretchFactor(1, 2);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &SegmentFilterProxy::setFilterText);

    connect(m_refresh, &RefreshController::scanned, this, &MainWindow::showScan);
    connect(m_refresh, &RefreshController::scanFailed, this, &MainWindow::showScanError);
    updateActions();
}

MainWindow::~MainWindow() = default;

QTableView *MainWindow::segmentTable() const
{
    return m_ui->segmentTable;
}

void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpDialog(this);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::setUpTable()
{
    m_proxy->setSourceModel(m_model);
    QTableView *table = m_ui->segmentTable;
    table->setModel(m_proxy);
    m_rowDelegate =
        new RowHighlightDelegate(SegmentTableModel::HighlightAgeRole, SegmentTableModel::HighlightMs, table);
    table->setItemDelegate(m_rowDelegate);
    table->sortByColumn(SegmentTableModel::ShmidColumn, Qt::AscendingOrder);
    // Return and Delete act on the table's selection only, never while typing in the filter or a pane.
    for (QAction *action : {m_ui->actionAttach, m_ui->actionAttachReadWrite, m_ui->actionObserve,
                            m_ui->actionObserveReadWrite, m_ui->actionRemoveSegment}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        table->addAction(action);
    }
    table->addAction(m_ui->actionNewSegment);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    // Fitted to the rows on screen (4,000 rows measured took most of the first fill); the spare width goes
    // to the processes attached, a list that can use it. It comes last, so that when it is longer than the
    // room left the table scrolls sideways instead of cutting a process's name or pid.
    m_tableColumns = new ColumnFitter(table, header);
    header->moveSection(header->visualIndex(SegmentTableModel::AttachedColumn), header->count() - 1);
    m_tableColumns->setSpareColumn(SegmentTableModel::AttachedColumn, ColumnFitter::Overflow::Scroll);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setObjectName(QStringLiteral("segmentTableHeader"));
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &position) { showColumnMenu(m_ui->segmentTable, position); });
    // The first seven columns are what `ipcs -m` shows, and Size says Bytes readably; the rest are there to
    // switch on. The namespace is shown when the selector lists more than ours.
    for (int column : {SegmentTableModel::CreatedColumn,
                       SegmentTableModel::AttachTimeColumn, SegmentTableModel::DetachTimeColumn,
                       SegmentTableModel::CreatorColumn, SegmentTableModel::GroupColumn,
                       SegmentTableModel::SwapColumn, SegmentTableModel::NamespaceColumn})
        table->setColumnHidden(column, true);

    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });

    m_fadeTimer.setInterval(50);
    connect(&m_fadeTimer, &QTimer::timeout, this, [this] {
        m_ui->segmentTable->viewport()->update();
        m_posixTable->viewport()->update();
        m_ipc->repaint();
        if (!m_model->hasActiveHighlights() && !m_posixTable->posixModel()->hasActiveHighlights()
            && !m_ipc->hasActiveHighlights())
            m_fadeTimer.stop();
    });
}

// The kind selector goes left of the filter box, which narrows whichever table it shows.
void MainWindow::setUpPosixTable()
{
    m_kindBar = new KindTabBar(this);
    m_ui->filterLayout->insertWidget(0, m_kindBar);
    // Beside the segment table, one of the two shown: a hidden table takes no room (presentation mode sizes
    // the pane to the segment table's rows).
    m_posixTable = new PosixTableView(m_ui->tablePane);
    m_ui->tablePaneLayout->addWidget(m_posixTable);
    m_posixCommands = new PosixObjectCommands(this, m_posixTable, m_messages, m_refresh);
    // Attach, Return and a double click reach attachSelected(), which opens POSIX rows in tabs of their own.
    for (QAction *action : {m_ui->actionAttach, m_ui->actionAttachReadWrite, m_ui->actionRemoveSegment,
                            m_ui->actionNewPosixObject})
        m_posixTable->addAction(action);
    connect(m_posixTable, &QAbstractItemView::doubleClicked, this,
            [this] { attachSelected(core::Attachment::Mode::ReadOnly); });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_posixTable->proxy(), &PosixFilterProxy::setFilterText);
    connect(m_posixTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_kindBar, &KindTabBar::kindChanged, this, &MainWindow::showKind);
    QHeaderView *header = m_posixTable->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setObjectName(QStringLiteral("posixTableHeader"));
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &position) { showColumnMenu(m_posixTable, position); });
}

// The semaphore sets and message queues beside the segments, each in a table of its own (IpcTables).
void MainWindow::setUpIpcTables()
{
    m_ipc = new IpcTables(this, m_ui->tablePaneLayout, m_ui->menuFile, m_ui->actionRemoveSegment,
                          m_ui->actionRemoveSegment, m_model, m_messages, m_refresh);
    connect(m_ipc, &IpcTables::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    for (IpcTableView *table : m_ipc->tables()) {
        connect(table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
                [this, table](const QPoint &position) { showColumnMenu(table, position); });
        connect(m_ui->filterEdit, &QLineEdit::textChanged, table->proxy(), &SegmentFilterProxy::setFilterText);
    }
}

// Presentation mode is about the segments attached in tabs: it shows the segment table whatever was chosen.
bool MainWindow::showsPosix() const
{
    return !m_presenting && KindTabBar::isPosix(m_kindBar->currentKind());
}

// Right of the kind selector, for the System V table: POSIX objects belong to a mount namespace's /dev/shm.
void MainWindow::setUpNamespaceSelector()
{
    m_namespaceSelector = new NamespaceSelector(this);
    m_namespaceSelector->setLister([procRoot = m_procRoot] { return core::NamespaceLister(procRoot).list(); });
    m_ui->filterLayout->insertWidget(1, m_namespaceSelector);
    connect(m_namespaceSelector, &NamespaceSelector::choiceChanged, this,
            [this] { m_refresh->setNamespaceChoice(m_namespaceSelector->choice()); });
    // Rows of several namespaces are told apart by the column, which the user may hide again.
    connect(m_namespaceSelector, &QComboBox::activated, this, [this] {
        if (m_namespaceSelector->choice().which != core::NamespaceChoice::Which::Ours) {
            m_ui->segmentTable->setColumnHidden(SegmentTableModel::NamespaceColumn, false);
            m_ipc->showNamespaceColumns();
        }
    });
    connect(m_namespaceSelector, &NamespaceSelector::vanished, this, [this](const QString &name) {
        m_messages->showMessage(MessageBar::Kind::Information, [name] {
            return tr("The IPC namespace %1 is gone (its last process exited): the table lists this namespace "
                      "again.")
                .arg(name);
        });
    });
}

void MainWindow::showKind()
{
    const KindTabBar::TableKind kind = m_presenting ? KindTabBar::TableKind::Segments : m_kindBar->currentKind();
    m_posixTable->showKind(kind);
    m_ipc->showKind(kind);
    const bool posix = showsPosix();
    m_namespaceSelector->setVisible(!posix && !m_presenting);
    m_ui->segmentTable->setVisible(kind == KindTabBar::TableKind::Segments);
    m_posixTable->setVisible(posix);
    QString placeholder = QCoreApplication::translate("MainWindow", "key, shmid, owner or status");
    if (posix)
        placeholder = tr("name, kind, owner, path or process");
    else if (kind == KindTabBar::TableKind::SemaphoreSets)
        placeholder = tr("key, semid, owner or process");
    else if (kind == KindTabBar::TableKind::MessageQueues)
        placeholder = tr("key, msqid, owner or process");
    m_ui->filterEdit->setPlaceholderText(placeholder);
    updateDetails();
    updateActions();
}

void MainWindow::setUpRefreshControls()
{
    m_interval = new QDoubleSpinBox(this);
    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    m_interval->setRange(RefreshController::MinimumIntervalMs / 1000.0, RefreshController::MaximumIntervalMs / 1000.0);
    m_interval->setDecimals(1);
    m_interval->setSingleStep(0.5);
    m_interval->setValue(m_refresh->intervalMs() / 1000.0);
    m_everyLabel = new QLabel(this);
    m_everyLabel->setBuddy(m_interval);
    // A space's width either side, set apart from the toolbar's buttons: layout, not text to translate.
    const int space = m_everyLabel->fontMetrics().horizontalAdvance(QLatin1Char(' '));
    m_everyLabel->setContentsMargins(space, 0, space, 0);
    m_ui->mainToolBar->addWidget(m_everyLabel);
    m_ui->mainToolBar->addWidget(m_interval);
    connect(m_interval, &QDoubleSpinBox::valueChanged, this,
            [this](double seconds) { m_refresh->setIntervalMs(int(seconds * 1000.0 + 0.5)); });
    connect(m_ui->actionRefresh, &QAction::triggered, m_refresh, &RefreshController::refreshNow);
    connect(m_ui->actionPause, &QAction::toggled, m_refresh, &RefreshController::setPaused);
}

void MainWindow::setUpStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("segmentCountLabel"));
    m_limitLabel = new QLabel(this);
    m_limitLabel->setObjectName(QStringLiteral("shmmniLabel"));
    m_bytesLabel = new QLabel(this);
    m_bytesLabel->setObjectName(QStringLiteral("totalBytesLabel"));
    for (QLabel *label : {m_countLabel, m_limitLabel, m_bytesLabel})
        statusBar()->addPermanentWidget(label);
}

void MainWindow::setUpCallLog()
{
    m_callLog = new CallLogPane(this);
    m_callLogDock = new QDockWidget(this);
    m_callLogDock->setObjectName(QStringLiteral("callLogDock"));
    m_callLogDock->setWidget(m_callLog);
    addDockWidget(Qt::BottomDockWidgetArea, m_callLogDock);
    QAction *toggle = m_callLogDock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    toggle->setIcon(QIcon(QStringLiteral(":/icons/call-log.svg")));
    m_ui->menuView->insertAction(m_ui->detailsDock->toggleViewAction(), toggle);
    // A strip below the table and the tabs: a few lines of the log, the rest of the height for the segments.
    resizeDocks({m_callLogDock}, {fontMetrics().height() * 14}, Qt::Vertical);
}

QDockWidget *MainWindow::addLessonDock(QWidget *pane, const QString &objectName, const QKeySequence &shortcut,
                                       const QString &icon)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(objectName);
    dock->setWidget(pane);
    // Beside the call log, not in a tab behind it: a class watches the writers' output and the calls and
    // events they cause side by side, and Ctrl+L never has to bring a hidden tab forward.
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    splitDockWidget(m_callLogDock, dock, Qt::Horizontal);
    dock->hide(); // until the Lesson menu asks for it
    QAction *toggle = dock->toggleViewAction();
    toggle->setShortcut(shortcut);
    toggle->setIcon(QIcon(icon));
    m_ui->menuLesson->addAction(toggle);
    return dock;
}

void MainWindow::setUpLessonWriters()
{
    m_lessonWriters = new LessonWritersPane(this);
    m_ui->menuLesson->addSeparator();
    m_lessonWritersDock = addLessonDock(m_lessonWriters, QStringLiteral("lessonWritersDock"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                                        QStringLiteral(":/icons/lesson-writers.svg"));
    connect(m_ui->actionRunLessonWriter, &QAction::triggered, this, [this] {
        m_lessonWritersDock->show();
        m_lessonWritersDock->raise();
        m_lessonWriters->focusName();
    });
    connect(m_ui->actionStopWriters, &QAction::triggered, m_lessonWriters, &LessonWritersPane::stopAll);
}

void MainWindow::setUpRace()
{
    auto *race = new RaceLesson(
        [this](int shmid) { return attachSegment(shmid, core::Attachment::Mode::ReadOnly); },
        [this](SegmentTab *tab) { closeTab(m_ui->segmentTabs->indexOf(tab)); }, this);
    m_racePane = new RacePane(race, this);
    m_raceDock = addLessonDock(m_racePane, QStringLiteral("raceDock"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R),
                               QStringLiteral(":/icons/race.svg"));
    // Opened while presenting: the room it needs is made at once.
    // Outside it too, half the width beside the call log: a third leaves the steps' buttons cut.
    connect(m_raceDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        QTimer::singleShot(0, this, [this] {
            if (m_presenting)
                layOutPresentation();
            else
                resizeDocks({m_callLogDock, m_raceDock}, {width() / 2, width() / 2}, Qt::Horizontal);
        });
    });
    connect(m_racePane, &RacePane::neededHeightChanged, this,
            [this] { QTimer::singleShot(0, this, &MainWindow::layOutPresentation); });
    auto *strips = new SemaphoreStrips(m_refresh, [this] { return tabs(); }, this);
    connect(this, &MainWindow::segmentTabOpened, strips, &SemaphoreStrips::feed);
}

void MainWindow::setUpPresentation()
{
    m_baseFont = font();
    connect(m_ui->actionZoomIn, &QAction::triggered, this, [this] { setZoom(m_zoom + ZoomStep); });
    connect(m_ui->actionZoomOut, &QAction::triggered, this, [this] { setZoom(m_zoom - ZoomStep); });
    connect(m_ui->actionZoomReset, &QAction::triggered, this, [this] { setZoom(MinimumZoom); });
    // Ctrl+= as well: on most keyboards + is Shift+=.
    m_ui->actionZoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_ui->actionPresentation, &QAction::toggled, this, &MainWindow::setPresentation);
}

void MainWindow::setZoom(int percent)
{
    m_zoom = qBound(MinimumZoom, percent, MaximumZoom);
    QFont zoomed = m_baseFont;
    if (m_baseFont.pointSizeF() > 0)
        zoomed.setPointSizeF(m_baseFont.pointSizeF() * m_zoom / 100.0);
    else
        zoomed.setPixelSize(m_baseFont.pixelSize() * m_zoom / 100);
    setFont(zoomed); // children without a size of their own follow, the hex view included
    zoomHeaders(this);
    // Rows keep the height they were made with unless told: fit them to the new text.
    m_ui->segmentTable->verticalHeader()->setDefaultSectionSize(QFontMetrics(zoomed).height() + 6);
    m_posixTable->verticalHeader()->setDefaultSectionSize(QFontMetrics(zoomed).height() + 6);
    m_ipc->setRowHeight(QFontMetrics(zoomed).height() + 6);
    const int icon = style()->pixelMetric(QStyle::PM_ToolBarIconSize) * m_zoom / 100;
    m_ui->mainToolBar->setIconSize(QSize(icon, icon));
    m_ui->actionZoomIn->setEnabled(m_zoom < MaximumZoom);
    m_ui->actionZoomOut->setEnabled(m_zoom > MinimumZoom);
    statusBar()->showMessage(tr("Zoom %1%").arg(m_zoom), 2000);
    layOutPresentation();
}

// A header polished before its view (asked for its size while the settings are restored) keeps the
// platform's header font when the window's changes: headers are told the zoomed font themselves.
void MainWindow::zoomHeaders(QWidget *parent)
{
    const QList<QHeaderView *> headers = parent->findChildren<QHeaderView *>();
    for (QHeaderView *header : headers)
        header->setFont(font());
}

void MainWindow::setPresentation(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    const QSignalBlocker blocker(m_ui->actionPresentation);
    m_ui->actionPresentation->setChecked(on);
    QHeaderView *header = m_ui->segmentTable->horizontalHeader();
    if (on) {
        m_stateBeforePresentation = saveState();
        m_geometryBeforePresentation = saveGeometry();
        m_zoomBeforePresentation = m_zoom;
        m_windowStateBeforePresentation = windowState();
        m_tableBeforePresentation = header->saveState();
        m_splitterBeforePresentation = m_ui->mainSplitter->saveState();
        m_ui->detailsDock->hide();
        m_lessonWritersDock->hide();
        m_callLogDock->show();
        m_racePane->setPresentation(true);
        // The dock's title says what the header already says: its height goes to the lines.
        m_callLogDock->setTitleBarWidget(new QWidget(m_callLogDock));
        setZoom(qMax(m_zoom, 150));
    } else {
        setWindowState(m_windowStateBeforePresentation);
        restoreState(m_stateBeforePresentation);
        m_racePane->setPresentation(false);
        delete m_callLogDock->titleBarWidget();
        m_callLogDock->setTitleBarWidget(nullptr);
        setZoom(m_zoomBeforePresentation);
        header->restoreState(m_tableBeforePresentation);
        m_ui->mainSplitter->restoreState(m_splitterBeforePresentation);
        statusBar()->clearMessage(); // the zoom it went back to is no news
        menuBar()->show();
        m_ui->segmentTable->setMinimumHeight(0);
    }
    statusBar()->setVisible(!on);
    m_ui->centralLayout->setContentsMargins(on ? QMargins() : QMargins(6, 6, 6, 0)); // as in mainwindow.ui
    m_ui->filterLabel->setVisible(!on);
    m_ui->filterEdit->setVisible(!on);
    m_kindBar->setVisible(!on);
    showKind(); // the namespace selector too
    m_ui->segmentTabs->setTabBarAutoHide(on);
    m_callLog->setPresentation(on);
    for (SegmentTab *tab : tabs())
        tab->setPresentation(on);
    showAttachedOnly();
    if (on)
        showFullScreen();
    setHighContrast(on);
    layOutPresentation();
}

// While presenting, the table lists the attached segments only (all of them when none is).
void MainWindow::showAttachedOnly()
{
    QList<int> shmids;
    if (m_presenting) {
        for (const SegmentTab *tab : tabs())
            shmids << tab->shmid();
    }
    m_proxy->setShownShmids(shmids);
}

// Presentation mode from the space there is: the table as high as its rows, with the columns that tell of
// a segment as far as they fit; the tab as high as its record's bytes and fields; the call log the rest,
// a few lines at least. Where the height runs short the tool bar, then the menu bar, give theirs (every
// shortcut still works, F11 among them).
void MainWindow::layOutPresentation()
{
    if (!m_presenting)
        return;
    QTableView *table = m_ui->segmentTable;
    const int available = table->viewport()->width();
    int used = 0;
    for (int column = 0; column < SegmentTableModel::ColumnCount; ++column) {
        const bool wanted = PresentedColumns.contains(column);
        const int width = wanted ? m_tableColumns->neededWidth(column) : 0;
        const bool shown = wanted && used + width <= available;
        used += shown ? width : 0;
        table->setColumnHidden(column, !shown);
    }
    m_tableColumns->fit();
    const int rows = std::min(m_proxy->rowCount(), 3);
    const int tableHeight = table->horizontalHeader()->sizeHint().height()
                            + rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth();
    table->setMinimumHeight(tableHeight); // below its usual minimum, which would leave an empty row
    auto *tab = qobject_cast<SegmentTab *>(m_ui->segmentTabs->currentWidget());
    if (tab)
        tab->layOutForPresentation(); // for the zoom now in force
    const QTabBar *tabBar = m_ui->segmentTabs->tabBar();
    const int tabBarHeight = m_ui->segmentTabs->count() > 1 ? tabBar->sizeHint().height() : 0;
    const QMargins margins = m_ui->centralLayout->contentsMargins();
    const int aroundTab = margins.top() + margins.bottom() + (m_messages->isVisible() ? m_messages->sizeHint().height() : 0)
                          + tableHeight + m_ui->mainSplitter->handleWidth() + tabBarHeight
                          + style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, this);
    // The tab's data inspector comes too when it fits above two lines of the call log: the tool bar, then the
    // menu bar, give their height for it as for the record (a zoom of 200 % on 720 lines).
    const int room = height() - aroundTab - m_callLog->heightForRows(2);
    const int tabHeight = !tab ? 0 : tab->presentationHeight(room) + tabBarHeight;
    const int central = aroundTab + tabHeight;
    const int needed = central + m_callLog->heightForRows(2);
    const int menuHeight = menuBar()->sizeHint().height();
    const int toolBarHeight = m_ui->mainToolBar->sizeHint().height();
    const bool toolBar = height() - menuHeight - toolBarHeight >= needed;
    const bool menu = toolBar || height() - menuHeight >= needed;
    // Shown or hidden once each: a bar hidden and shown again in one go keeps its room in the window.
    if (m_ui->mainToolBar->isVisible() != toolBar)
        m_ui->mainToolBar->setVisible(toolBar);
    if (menuBar()->isVisible() != menu)
        menuBar()->setVisible(menu);
    const int bars = (menu ? menuHeight : 0) + (toolBar ? toolBarHeight : 0);
    m_ui->mainSplitter->setSizes({tableHeight, tabHeight});
    int bottom = std::max(height() - bars - central, m_callLog->heightForRows(1));
    // The Race pane, when open, shows its step whole: the bottom docks grow to what it needs, the bytes give way.
    if (m_raceDock->isVisible())
        bottom = std::max(bottom, m_racePane->neededHeight()
                                      + m_raceDock->style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, m_raceDock));
    if (tab || m_raceDock->isVisible())
        resizeDocks({m_callLogDock}, {bottom}, Qt::Vertical);
    // And half the width beside the call log: its buttons' words at 200 % are wider than a third.
    if (m_raceDock->isVisible())
        resizeDocks({m_callLogDock, m_raceDock}, {width() / 2, width() / 2}, Qt::Horizontal);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    layOutPresentation();
}

void MainWindow::setHighContrast(bool on)
{
    m_highContrast = on;
    m_rowDelegate->setHighContrast(on);
    m_posixTable->rowDelegate()->setHighContrast(on);
    m_ipc->setHighContrast(on);
    m_ui->segmentTable->viewport()->update();
    m_posixTable->viewport()->update();
    QTabWidget *tabs = m_ui->segmentTabs;
    for (int i = 0; i < tabs->count(); ++i)
        qobject_cast<SegmentTab *>(tabs->widget(i))->setHighContrast(on);
}

void MainWindow::showScan(const core::ScanResult &result)
{
    m_model->setNamespaces(result.namespaces);
    m_model->merge(result.segments);
    m_ipc->merge(result);
    logLifecycle(result);
    QStringList warnings = result.warnings;
    if (result.posix) {
        m_posixTable->posixModel()->merge(*result.posix);
        warnings += result.posix->warnings;
    }
    m_kindBar->setCounts(int(result.segments.size()), int(result.semaphoreSets.size()),
                         int(result.messageQueues.size()), *m_posixTable->posixModel());
    m_limits = result.limits;
    m_namespaces = result.namespaces;
    m_usage = core::usageOf(result.segments, result.limits.pageSize);
    if ((m_model->hasActiveHighlights() || m_posixTable->posixModel()->hasActiveHighlights()
         || m_ipc->hasActiveHighlights())
        && !m_fadeTimer.isActive())
        m_fadeTimer.start();
    showUsage();

    if (!warnings.isEmpty())
        m_messages->showMessage(MessageBar::Kind::Warning, warnings.join(QLatin1Char('\n')), ScanSource);
    else
        m_messages->hideFrom(ScanSource);
    showNamespaces(result);
    updateDetails();
}

// What others did since the last scan goes to the call log, beside what we did. A burst (a script that makes
// thousands of segments) would bury the calls: its first events, then how many more. Only our namespace's
// segments are followed: another namespace's would read as made or destroyed each time the selector changes,
// and a scan of another namespace alone says nothing of ours.
void MainWindow::logLifecycle(const core::ScanResult &result)
{
    const auto ours = std::find_if(result.namespaces.cbegin(), result.namespaces.cend(),
                                   [](const core::IpcNamespace &ns) { return ns.ours; });
    if (ours == result.namespaces.cend() && !result.namespaces.isEmpty())
        return;
    QList<core::SegmentInfo> segments;
    if (ours == result.namespaces.cend() || result.namespaces.size() == 1) {
        segments = result.segments;
    } else {
        std::copy_if(result.segments.cbegin(), result.segments.cend(), std::back_inserter(segments),
                     [inode = ours->inode](const core::SegmentInfo &s) { return s.ipcNamespace == inode; });
    }
    const QList<core::LifecycleEvent> events = m_lifecycle.update(segments);
    for (qsizetype i = 0; i < qMin(events.size(), MaxEventsPerScan); ++i)
        core::CallLog::event(events.at(i).sentence);
    if (events.size() > MaxEventsPerScan)
        core::CallLog::event(tr("… and %n more change(s) since the last refresh: see the table.", nullptr,
                                int(events.size() - MaxEventsPerScan)));
}

// A scan of all namespaces lists every one, for the selector's entries; a scan of one tells its processes.
// Why others could not be read is said once, not at every refresh.
void MainWindow::showNamespaces(const core::ScanResult &result)
{
    if (m_refresh->namespaceChoice().which == core::NamespaceChoice::Which::All)
        m_namespaceSelector->setNamespaces(result.namespaces);
    else
        m_namespaceSelector->update(result.namespaces);
    if (!result.namespaceNote.isEmpty() && result.namespaceNote != m_namespaceNote) {
        m_namespaceNote = result.namespaceNote;
        m_messages->showMessage(MessageBar::Kind::Information, result.namespaceNote, NamespaceSource);
    }
}

// The status bar: how many segments, how near shmmni, how many bytes.
void MainWindow::showUsage()
{
    m_countLabel->setText(tr("%n segment(s)", nullptr, int(m_usage.segments)));
    m_limitLabel->setText(m_limits.shmmni == 0
                              ? QString()
                              : tr("%1 of shmmni (%2)")
                                    .arg(SegmentFormat::percent(m_usage.segments, m_limits.shmmni))
                                    .arg(m_limits.shmmni));
    m_bytesLabel->setText(tr("%1 in all, %2 resident")
                              .arg(SegmentFormat::humanSize(m_usage.totalBytes),
                                   SegmentFormat::humanSize(m_usage.residentBytes)));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    m_interval->setAccessibleName(tr("Refresh interval in seconds"));
    m_interval->setToolTip(tr("How often the segment list is read again"));
    m_interval->setSuffix(QLatin1Char(' ') + tr("s", "seconds"));
    m_everyLabel->setText(tr("Every"));
    m_callLogDock->setWindowTitle(tr("Call Log"));
    m_lessonWritersDock->setWindowTitle(tr("Lesson Writers"));
    m_raceDock->setWindowTitle(tr("Race"));
    m_raceDock->toggleViewAction()->setToolTip(
        tr("Two slow writers tear the lesson's record; then a semaphore of the same key cures it, step by step"));
    showUsage();
    m_model->retranslate();
    m_posixTable->retranslate();
    m_snapshots->retranslate();
    m_systemVWords.clear();
    for (QAction *action : {m_ui->actionAttach, m_ui->actionAttachReadWrite, m_ui->actionRemoveSegment})
        m_systemVWords.append({action, action->text(), action->toolTip()});
    m_ipc->retranslate(); // after the form's words are kept: it may give Remove the sets' or queues' words
    showKind(); // the placeholder and the actions' texts for the table shown
    QTabWidget *tabs = m_ui->segmentTabs;
    for (int i = 0; i < tabs->count(); ++i)
        tabs->setTabText(i, qobject_cast<SegmentTab *>(tabs->widget(i))->title());
}

void MainWindow::showScanError(const core::Error &error)
{
    m_messages->showMessage(MessageBar::Kind::Error,
                            tr("The segment list could not be read; the table shows the last list read. %1")
                                .arg(error.toString()),
                            ScanSource);
    // The process the chosen namespace was read through may have exited: the lister finds another, or finds
    // the namespace gone (which the bar then says instead).
    if (m_namespaceSelector->isOtherChosen())
        m_namespaceSelector->relist();
}

QList<core::SegmentInfo> MainWindow::selectedSegments() const
{
    QList<core::SegmentInfo> segments;
    const QModelIndexList rows = m_ui->segmentTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const int row = m_model->rowOf(index.data(SegmentTableModel::ShmidRole).toInt(),
                                       index.data(SegmentTableModel::NamespaceRole).toULongLong());
        if (const core::SegmentInfo *segment = m_model->segmentAt(row))
            segments.append(*segment);
    }
    return segments;
}

void MainWindow::updateDetails()
{
    if (showsPosix()) {
        const QList<core::PosixObject> objects = m_posixTable->selectedObjects();
        if (objects.size() == 1)
            m_ui->detailsPanel->showPosixObject(objects.first(), m_posixTable->posixModel()->unreadableProcesses());
        else
            m_ui->detailsPanel->showNothing();
        return;
    }
    if (m_ipc->shownTable()) {
        m_ipc->showDetails(m_ui->detailsPanel);
        return;
    }
    const QList<core::SegmentInfo> selected = selectedSegments();
    if (selected.size() == 1)
        m_ui->detailsPanel->showSegment(selected.first(), m_limits, m_usage,
                                        m_model->namespaceOf(selected.first().ipcNamespace),
                                        m_ipc->pairedWithSegment(selected.first().key, selected.first().ipcNamespace));
    else
        m_ui->detailsPanel->showNothing();
}

void MainWindow::updateActions()
{
    const bool posix = showsPosix();
    const QTableView *table = posix ? static_cast<QTableView *>(m_posixTable) : m_ui->segmentTable;
    // Sets and queues have no bytes to attach or observe.
    const bool selected = !m_ipc->shownTable() && table->selectionModel()->hasSelection();
    for (QAction *action : {m_ui->actionAttach, m_ui->actionAttachReadWrite})
        action->setEnabled(selected);
    // A POSIX object is opened through a holder's /proc/PID/fd or map_files already, without a mapping of
    // its own that counts: observing is for segments.
    for (QAction *action : {m_ui->actionObserve, m_ui->actionObserveReadWrite})
        action->setEnabled(selected && !posix);
    QAction *remove = m_ui->actionRemoveSegment;
    if (posix) {
        m_ui->actionAttach->setText(tr("&Open"));
        m_ui->actionAttach->setToolTip(
            tr("Open the selected object read-only: open(O_RDONLY) and mmap(PROT_READ), and show its bytes (Return)"));
        m_ui->actionAttachReadWrite->setText(tr("Open &Read-Write"));
        m_ui->actionAttachReadWrite->setToolTip(
            tr("Open the selected object read-write, so that its bytes can be edited (Ctrl+Return)"));
        // Only a name can be unlinked: the tooltip says why an unlinked object or a memfd cannot.
        const QString why = m_posixCommands->whyRemoveDisabled();
        remove->setEnabled(why.isEmpty());
        remove->setText(tr("&Remove POSIX Object…"));
        remove->setToolTip(why.isEmpty() ? tr("Remove the selected objects with shm_unlink(), as rm /dev/shm/NAME "
                                              "does (Delete)")
                                         : why);
    } else {
        remove->setEnabled(selected);
        for (const ActionWords &words : std::as_const(m_systemVWords)) {
            words.action->setText(words.text);
            words.action->setToolTip(words.toolTip);
        }
    }
    m_ipc->updateActions(); // Remove's words for the sets' or queues' table, when shown

    m_ui->actionDetach->setEnabled(m_ui->segmentTabs->count() > 0);
}

QTabWidget *MainWindow::segmentTabs() const
{
    return m_ui->segmentTabs;
}

void MainWindow::attachSelected(core::Attachment::Mode mode)
{
    if (m_ipc->shownTable())
        return;
    if (showsPosix()) {
        const QList<core::PosixObject> objects = m_posixTable->selectedObjects();
        for (const core::PosixObject &object : objects)
            openPosixObject(object, mode);
        return;
    }
    const QList<core::SegmentInfo> selected = selectedSegments();
    for (const core::SegmentInfo &segment : selected) {
        // A row of another namespace is opened through one of its processes.
        const auto where =
            std::find_if(m_namespaces.cbegin(), m_namespaces.cend(), [&](const core::IpcNamespace &n) {
                return n.inode == segment.ipcNamespace && !n.ours && !n.pids.isEmpty();
            });
        attachSegment(segment.shmid, mode, where == m_namespaces.cend() ? 0 : where->pids.constFirst());
    }
}

void MainWindow::observeSelected(core::Attachment::Mode mode)
{
    if (showsPosix() || m_ipc->shownTable())
        return;
    const QList<core::SegmentInfo> selected = selectedSegments();
    for (const core::SegmentInfo &segment : selected) {
        const auto foreign =
            std::any_of(m_namespaces.cbegin(), m_namespaces.cend(), [&](const core::IpcNamespace &n) {
                return n.inode == segment.ipcNamespace && !n.ours;
            });
        if (foreign) {
            m_messages->showMessage(MessageBar::Kind::Error,
                                    tr("Segment %1 lives in another IPC namespace: observing reads segments of "
                                       "ours only. Attach it instead.")
                                        .arg(segment.shmid));
            continue;
        }
        observeSegment(segment.shmid, mode);
    }
}

SegmentTab *MainWindow::observeSegment(int shmid, core::Attachment::Mode mode)
{
    QTabWidget *tabs = m_ui->segmentTabs;
    for (int i = 0; i < tabs->count(); ++i) {
        auto *tab = qobject_cast<SegmentTab *>(tabs->widget(i));
        if (tab->shmid() == shmid && tab->isObserving() && tab->document()->object().mode() == mode) {
            tabs->setCurrentIndex(i);
            return tab;
        }
    }
    auto observed = core::ObservedSegment::open(shmid, mode, core::ObservedSegment::Method::Any, m_procRoot);
    if (!observed.ok()) {
        m_messages->showMessage(MessageBar::Kind::Error, observed.error().toString());
        // Never silently: attaching changes what the user is looking at, so it is theirs to choose.
        m_messages->setAction(tr("Attach Instead"), [this, shmid, mode] { attachSegment(shmid, mode); });
        return nullptr;
    }
    const QString how = observed.value()->readsThrough();
    SegmentTab *tab = addSegmentTab(std::move(observed.value()), how);
    connect(tab, &SegmentTab::attachRequested, this,
            [this](int id, core::MappedObject::Mode attachMode) { attachSegment(id, attachMode); });
    selectWhenListed(shmid);
    return tab;
}

SegmentTab *MainWindow::attachSegment(int shmid, core::Attachment::Mode mode)
{
    return attachSegment(shmid, mode, 0);
}

SegmentTab *MainWindow::attachSegment(int shmid, core::Attachment::Mode mode, qint64 namespacePid)
{
    std::shared_ptr<const core::IpcNamespaceEntry> where;
    if (namespacePid != 0) {
        auto entry = core::IpcNamespaceEntry::open(namespacePid, m_procRoot);
        if (!entry.ok()) {
            m_messages->showMessage(MessageBar::Kind::Error, entry.error().toString());
            return nullptr;
        }
        if (!entry.value().isOurs())
            where = std::make_shared<const core::IpcNamespaceEntry>(std::move(entry.value()));
    }
    const quint64 inode = where ? where->inode() : 0;
    QTabWidget *tabs = m_ui->segmentTabs;
    for (int i = 0; i < tabs->count(); ++i) {
        auto *tab = qobject_cast<SegmentTab *>(tabs->widget(i));
        if (tab->shmid() == shmid && tab->foreignNamespace() == inode && !tab->isObserving() &&
            tab->document()->object().mode() == mode) {
            tabs->setCurrentIndex(i);
            return tab;
        }
    }
    // Attaching is harmless, but nobody else has it attached: the detach that follows would destroy it. The
    // setting and nattch are the segment's namespace's.
    bool destroys = false;
    const auto ask = [&] { destroys = core::RmidForced::detachDestroys(shmid, 0, m_procRoot); };
    if (!where)
        ask();
    else if (const auto entered = where->run(ask); !entered.ok()) {
        m_messages->showMessage(MessageBar::Kind::Error, entered.error().toString());
        return nullptr;
    }
    if (destroys && !mayDestroy({shmid}, DestroyingStep::Attach))
        return nullptr;
    auto attached = core::Attachment::attach(shmid, mode, where);
    if (!attached.ok()) {
        const core::Error &error = attached.error();
        m_messages->showMessage(MessageBar::Kind::Error, error.toString());
        // EACCES for writing while reading is allowed: offer what can be done.
        if (mode == core::Attachment::Mode::ReadWrite && error.errnum == EACCES
            && error.message.endsWith(core::Attachment::readOnlyAdvice()))
            m_messages->setAction(tr("Attach Read-Only"), [this, shmid, namespacePid] {
                attachSegment(shmid, core::Attachment::Mode::ReadOnly, namespacePid);
            });
        return nullptr;
    }
    if (where)
        return addForeignSegmentTab(std::move(attached.value()), mode);
    SegmentTab *tab = addSegmentTab(std::move(attached.value()), core::Shm::attachCall(shmid, mode));
    // The row and the tab tell of the same segment; the next scan shows our attach in nattch and lpid.
    selectWhenListed(shmid);
    return tab;
}

SegmentTab *MainWindow::addForeignSegmentTab(std::unique_ptr<core::Attachment> attached,
                                             core::Attachment::Mode mode)
{
    const quint64 inode = attached->foreignNamespace()->inode();
    const QString toolTip = attached->foreignNamespace()->enterCall() + QLatin1Char('\n') +
                            core::Shm::attachCall(attached->shmid(), mode);
    SegmentTab *tab = addSegmentTab(std::move(attached), toolTip);
    const auto listed = std::find_if(m_namespaces.cbegin(), m_namespaces.cend(),
                                     [inode](const core::IpcNamespace &n) { return n.inode == inode; });
    if (listed != m_namespaces.cend() && !listed->container.isEmpty()) {
        //: Where a segment lives: "container docker 3f2a1b9c7d10".
        tab->setPlace(tr("container %1 %2").arg(listed->engine, listed->container));
        m_ui->segmentTabs->setTabText(m_ui->segmentTabs->indexOf(tab), tab->title());
    }
    return tab;
}

SegmentTab *MainWindow::addSegmentTab(std::unique_ptr<core::MappedObject> object, const QString &toolTip)
{
    QTabWidget *tabs = m_ui->segmentTabs;
    auto *tab = new SegmentTab(std::move(object), *m_settings, *m_settings, tabs);
    zoomHeaders(tab);
    tab->setHighContrast(m_highContrast);
    tab->setPresentation(m_presenting);
    const int index = tabs->addTab(tab, tab->title());
    tabs->setTabToolTip(index, toolTip);
    tabs->setCurrentIndex(index);
    tabs->show();
    tab->setFocus();
    updateActions();
    emit segmentTabOpened(tab);
    showAttachedOnly();
    layOutPresentation();
    return tab;
}

namespace {

// Where an object can be opened from: its name in /dev/shm; else a descriptor a holder keeps (a memfd, an
// unlinked object); else a holder's mapping, through map_files (which asks CAP_SYS_ADMIN). Empty: none.
QString pathToOpen(const core::PosixObject &object)
{
    if (!object.path.isEmpty())
        return object.path;
    for (const core::PosixHolder &holder : object.holders) {
        if (holder.fd)
            return QStringLiteral("/proc/%1/fd/%2").arg(holder.pid).arg(*holder.fd);
    }
    for (const core::PosixHolder &holder : object.holders) {
        if (holder.address && holder.end > *holder.address)
            return QStringLiteral("/proc/%1/map_files/%2-%3")
                .arg(holder.pid)
                .arg(*holder.address, 0, 16)
                .arg(holder.end, 0, 16);
    }
    return {};
}

} // namespace

SegmentTab *MainWindow::openPosixObject(const core::PosixObject &object, core::PosixMapping::Mode mode)
{
    QTabWidget *tabs = m_ui->segmentTabs;
    for (int i = 0; i < tabs->count(); ++i) {
        auto *tab = qobject_cast<SegmentTab *>(tabs->widget(i));
        const auto *open = dynamic_cast<const core::PosixMapping *>(&tab->document()->object());
        if (open && open->device() == object.device && open->inode() == object.inode && open->mode() == mode) {
            tabs->setCurrentIndex(i);
            return tab;
        }
    }
    const QString path = pathToOpen(object);
    if (path.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("%1 has no name in /dev/shm and no process we may read holds it: there is no "
                                   "path to open it by.")
                                    .arg(object.name));
        return nullptr;
    }
    auto opened = core::PosixMapping::open(path, mode);
    if (!opened.ok()) {
        m_messages->showMessage(MessageBar::Kind::Error, opened.error().toString());
        return nullptr;
    }
    std::unique_ptr<core::PosixMapping> mapping = std::move(opened.value());
    // The name may have been unlinked and made again, or the descriptor closed and its number reused, since
    // the listing: what we opened is then another object, and closing it again changes nothing.
    if (mapping->device() != object.device || mapping->inode() != object.inode) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("%1 is no longer the object %2 that was listed (inode %3): it went away, and "
                                   "what the path leads to now is another one. Nothing was opened.")
                                    .arg(path, object.name)
                                    .arg(object.inode));
        return nullptr;
    }
    mapping->setLayoutName(object.name);
    return addSegmentTab(std::move(mapping),
                         core::PosixShm::openPathCall(path, mode, !path.startsWith(QLatin1String("/dev/shm/"))));
}

void MainWindow::closeTab(int index)
{
    QTabWidget *tabs = m_ui->segmentTabs;
    auto *tab = qobject_cast<SegmentTab *>(tabs->widget(index));
    if (!tab)
        return;
    if (!mayDestroy(destroyedByDetaching({tab}), DestroyingStep::Detach))
        return;
    tabs->removeTab(index);
    delete tab; // its Attachment calls shmdt
    tabs->setVisible(tabs->count() > 0);
    updateActions();
    showAttachedOnly();
    layOutPresentation();
    m_refresh->refreshNow();
}

QList<SegmentTab *> MainWindow::tabs() const
{
    QList<SegmentTab *> all;
    for (int i = 0; i < m_ui->segmentTabs->count(); ++i)
        all << qobject_cast<SegmentTab *>(m_ui->segmentTabs->widget(i));
    return all;
}

// Each tab holds one attach; a segment is destroyed when the tabs going away hold every attach it has left.
QList<int> MainWindow::destroyedByDetaching(const QList<SegmentTab *> &tabs) const
{
    QList<int> destroyed;
    for (const SegmentTab *tab : tabs) {
        const int shmid = tab->shmid();
        // A POSIX object: closing its tab unmaps it, which destroys nothing. A segment of another namespace:
        // its kernel.shm_rmid_forced is that namespace's, 0 unless its owner set it (not asked here).
        if (shmid < 0 || tab->foreignNamespace() != 0)
            continue;
        const auto ours = std::count_if(tabs.cbegin(), tabs.cend(), [shmid](const SegmentTab *other) {
            return other->shmid() == shmid && other->foreignNamespace() == 0;
        });
        if (!destroyed.contains(shmid) && core::RmidForced::detachDestroys(shmid, quint64(ours), m_procRoot))
            destroyed << shmid;
    }
    return destroyed;
}

bool MainWindow::mayDestroy(const QList<int> &shmids, DestroyingStep step)
{
    if (shmids.isEmpty())
        return true;
    QStringList ids;
    for (int shmid : shmids)
        ids << QString::number(shmid);
    const QString list = ids.join(QStringLiteral(", "));
    QString title;
    QString question;
    switch (step) {
    case DestroyingStep::Attach:
        title = tr("Attach");
        question = tr("kernel.shm_rmid_forced is 1 and nobody has segment %1 attached: attaching it is harmless, "
                      "but the detach that follows (closing its tab, or quitting) destroys it, and its bytes are "
                      "lost. Attach anyway?")
                       .arg(list);
        break;
    case DestroyingStep::Detach:
        title = tr("Detach");
        question = tr("kernel.shm_rmid_forced is 1 and nobody else has segment %1 attached: detaching destroys "
                      "it, and its bytes are lost. Detach anyway?")
                       .arg(list);
        break;
    case DestroyingStep::Quit:
        title = tr("Quit");
        question = tr("Quitting detaches every tab. kernel.shm_rmid_forced is 1 and nobody else has these "
                      "segments attached, so quitting destroys them, and their bytes are lost: %1. Quit anyway?")
                       .arg(list);
        break;
    }
    const bool yes = QMessageBox::warning(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                          QMessageBox::No)
                     == QMessageBox::Yes;
    // The log tells why a segment went away with our detach, or why the attach or detach did not happen.
    for (int shmid : shmids)
        core::CallLog::event(yes ? tr("kernel.shm_rmid_forced is 1: you agreed that our detach destroys "
                                      "segment %1.")
                                       .arg(shmid)
                                 : tr("kernel.shm_rmid_forced is 1: you declined, so that our detach does not "
                                      "destroy segment %1.")
                                       .arg(shmid));
    return yes;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayDestroy(destroyedByDetaching(tabs()), DestroyingStep::Quit)) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::selectShmid(int shmid)
{
    const int row = m_model->rowOfShmid(shmid);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_ui->segmentTable->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->segmentTable->scrollTo(index);
}

void MainWindow::newSegment()
{
    CreateSegmentDialog dialog(m_limits, m_usage, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int shmid = dialog.createdShmid();
    m_messages->showMessage(MessageBar::Kind::Information,
                            [shmid, call = dialog.createdCall()] {
                                return tr("Created segment %1: %2 = %1").arg(shmid).arg(call);
                            });
    selectWhenListed(shmid);
}

// Selects a segment once a scan that lists it has been merged, and asks for a scan now.
void MainWindow::selectWhenListed(int shmid)
{
    m_refresh->retryAfterScans(this, [this, shmid] {
        const bool listed = m_model->rowOfShmid(shmid) >= 0; // showScan() has merged this scan
        if (listed)
            selectShmid(shmid);
        return listed;
    });
}

void MainWindow::removeSelectedSegments()
{
    const QList<core::SegmentInfo> segments = selectedSegments();
    if (segments.isEmpty())
        return;
    QStringList names;
    quint64 stillAttached = 0;
    for (const core::SegmentInfo &s : segments) {
        // A segment of another namespace is removed from inside it (core::SegmentRemover): the question says
        // where, since the same shmid in ours is another segment.
        const core::IpcNamespace *ns = m_model->isOurs(s) ? nullptr : m_model->namespaceOf(s.ipcNamespace);
        names << (ns ? tr("%1 (key %2, in %3)").arg(s.shmid).arg(SegmentFormat::key(s.key), NamespaceText::name(*ns))
                     : tr("%1 (key %2)").arg(s.shmid).arg(SegmentFormat::key(s.key)));
        stillAttached += s.nattch > 0 ? 1 : 0;
    }
    const bool one = segments.size() == 1;
    const QString text = one ? tr("Remove segment %1?").arg(names.constFirst())
                             : tr("Remove %n segment(s): %1?", nullptr, int(segments.size()))
                                   .arg(names.join(QStringLiteral(", ")));
    QString info = tr("This is shmctl(IPC_RMID), what ipcrm -m does. It cannot be undone.");
    if (stillAttached > 0)
        info += QLatin1Char('\n')
                + (one ? tr("It is still attached, so it is not freed at once: its key becomes 0x00000000, "
                            "its status dest, and the kernel frees it when the last process detaches.")
                       : tr("%n of them is still attached. It is not freed at once: its key becomes "
                            "0x00000000, its status dest, and the kernel frees it when the last process "
                            "detaches.",
                            nullptr, int(stillAttached)));
    if (!RemovalQuestion{QStringLiteral("removeConfirmation"), tr("Remove Segment"), text, info, tr("&Remove")}.ask(
            this))
        return;

    QStringList errors;
    const QList<core::IpcNamespace> namespaces = m_model->namespaces();
    for (const core::SegmentInfo &s : segments) {
        const auto removed = core::SegmentRemover::remove(s, namespaces);
        if (!removed.ok())
            errors << removed.error().toString();
    }
    if (!errors.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Error, errors.join(QLatin1Char('\n')));
        }
    m_refresh->refreshNow();
}

void MainWindow::showColumnMenu(QTableView *table, const QPoint &position)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    const int columns = table->model()->columnCount();
    int visibleCount = 0;
    for (int column = 0; column < columns; ++column)
        visibleCount += table->isColumnHidden(column) ? 0 : 1;
    for (int column = 0; column < columns; ++column) {
        QAction *action = menu.addAction(table->model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!table->isColumnHidden(column));
        // The last visible column stays: a table with no columns cannot be brought back by its header.
        action->setEnabled(!(action->isChecked() && visibleCount == 1));
        connect(action, &QAction::toggled, table, [table, column](bool on) { table->setColumnHidden(column, !on); });
    }
    menu.exec(table->horizontalHeader()->mapToGlobal(position));
}

} // namespace app
