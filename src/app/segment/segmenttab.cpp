#include "app/segment/segmenttab.h"

#include "app/history/watchpane.h"
#include "app/messagebar.h"
#include "app/segment/addbookmarkdialog.h"
#include "app/segment/bookmarkmodel.h"
#include "app/segment/bookmarkpane.h"
#include "app/segment/bytestransfer.h"
#include "app/segment/checksumdialog.h"
#include "app/segment/datainspectorpane.h"
#include "app/segment/findjob.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "app/segment/semaphorestrip.h"
#include "app/segment/timeslider.h"
#include "app/snapshots/snapshotcomparison.h"
#include "app/structs/structmodel.h"
#include "app/structs/structpane.h"
#include "core/bytes/byteformat.h"
#include "core/inputparser.h"
#include "core/kernel/attachment.h"
#include "core/segments/segmentformat.h"
#include "core/snapshots/snapshotobject.h"
#include "core/translations.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <climits>

#include <unistd.h>

using core::SegmentFormat;

namespace app {

SegmentTab::SegmentTab(std::unique_ptr<core::MappedObject> object, core::LayoutMemory &layouts,
                       core::BookmarkMemory &bookmarks, QWidget *parent)
    : QWidget(parent),
      m_layouts(layouts),
      m_document(std::make_unique<SegmentDocument>(std::move(object))),
      m_hexView(new HexView(this)),
      m_messages(new MessageBar(this)),
      m_structPane(new StructPane(m_document.get(), m_hexView, m_layouts, this)),
      m_dataInspector(new DataInspectorPane(m_document.get(), m_hexView, this)),
      m_watchPane(new WatchPane(m_document.get(), this)),
      m_semaphoreStrip(new SemaphoreStrip(m_document.get(), this))
{
    setObjectName(QStringLiteral("segmentTab"));
    m_messages->setObjectName(QStringLiteral("tabMessageBar"));
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("segmentInfo"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_info);
    layout->addWidget(m_messages);
    m_controls = createControls();
    layout->addWidget(m_controls);
    layout->addWidget(m_semaphoreStrip);
    m_panes = new QSplitter(Qt::Horizontal, this);
    m_panes->setObjectName(QStringLiteral("paneSplitter"));
    m_panes->setChildrenCollapsible(false);
    m_panes->addWidget(m_hexView);
    // Right of the bytes, top to bottom: the fields, then what the bytes at the cursor could be, ...
    m_sidePanes = new QSplitter(Qt::Vertical, this);
    m_sidePanes->setObjectName(QStringLiteral("sidePanes"));
    // The panes below the fields may be dragged shut (and open again); the fields stay.
    m_sidePanes->addWidget(m_structPane);
    m_sidePanes->addWidget(m_dataInspector);
    // The fields keep the height of their rows (fitSidePanes()): what a resize gives or takes is the
    // inspector's, which scrolls.
    m_sidePanes->setStretchFactor(0, 0);
    m_sidePanes->setStretchFactor(1, 1);
    m_sidePanes->setCollapsible(0, false);
    m_panes->addWidget(m_sidePanes);
    m_panes->setStretchFactor(0, 3);
    m_panes->setStretchFactor(1, 2);
    // The watched fields' histories below the bytes and the fields, as tall as the user drags them.
    auto *history = new QSplitter(Qt::Vertical, this);
    history->setObjectName(QStringLiteral("historySplitter"));
    history->setChildrenCollapsible(false);
    history->addWidget(m_panes);
    history->addWidget(m_watchPane);
    history->setStretchFactor(0, 3);
    history->setStretchFactor(1, 1);
    layout->addWidget(history, 1);
    // The time slider under both: it moves the bytes, the fields and nothing else back in time.
    m_timeSlider = new TimeSlider(m_document.get(), this);
    layout->addWidget(m_timeSlider);
    layout->addWidget(createFindBar());

    m_hexView->setDocument(m_document.get());
    m_document->setConflictHandler(
        [this](quint64 offset, const QByteArray &ours, const QByteArray &now) { return askUndoAnyway(offset, ours, now); });
    connect(m_hexView, &HexView::editRefused, this,
            [this](const QString &message) { m_messages->showMessage(MessageBar::Kind::Error, message); });
    connect(m_structPane, &StructPane::editRefused, this,
            [this](const QString &message) { m_messages->showMessage(MessageBar::Kind::Error, message); });
    connect(m_dataInspector, &DataInspectorPane::editRefused, this,
            [this](const QString &message) { m_messages->showMessage(MessageBar::Kind::Error, message); });
    // The document's signals go to children (the labels they update), which go before it.
    connect(m_document.get(), &SegmentDocument::bytesChanged, m_changes, [this] { updateChangeCount(); });
    connect(m_document.get(), &SegmentDocument::stateChanged, m_info, [this] { updateInfo(); });
    connect(m_document.get(), &SegmentDocument::sizeChanged, m_info, [this] { updateInfo(); });
    connect(m_document.get(), &SegmentDocument::holderGone, this, &SegmentTab::tellHolderGone);
    connect(m_document.get(), &SegmentDocument::writeRefused, m_messages,
            [this](const QString &message) { m_messages->showMessage(MessageBar::Kind::Error, message); });
    // The bookmarks, below the other panes right of the bytes.
    m_bookmarkPane = new BookmarkPane(m_document.get(), m_hexView, bookmarks, this);
    addSidePane(m_bookmarkPane);
    m_sidePanes->setStretchFactor(2, 0);
    m_bookmarkPane->installEventFilter(this); // it comes with the first bookmark, and goes with the last
    m_sidePanes->installEventFilter(this);
    // A height the user drags is theirs from then on: a resize of the window then changes the inspector's only.
    connect(m_sidePanes, &QSplitter::splitterMoved, this, [this] { m_sidePanesDragged = true; });
    connect(m_structPane, &StructPane::layoutApplied, this, &SegmentTab::scheduleSidePanesFit);
    connect(m_bookmarkPane, &BookmarkPane::editRefused, this,
            [this](const QString &message) { m_messages->showMessage(MessageBar::Kind::Error, message); });
    connect(m_structPane, &StructPane::bookmarkRequested, this, &SegmentTab::bookmarkField);
    createActions();
    restoreLayout();
    connect(m_structPane, &StructPane::layoutApplied, this, &SegmentTab::rememberLayout);
    connect(m_structPane, &StructPane::watchRequested, this, &SegmentTab::watchField);
    retranslate();
    setFocusProxy(m_hexView);
}

void SegmentTab::addSidePane(QWidget *pane)
{
    m_sidePanes->addWidget(pane);
}

void SegmentTab::showSemaphoreSets(const QList<core::SemaphoreSetInfo> &sets, quint64 ourNamespace)
{
    const qint32 key = m_document->object().layoutSubject().key;
    std::optional<core::SemaphoreSetInfo> paired;
    if (shmid() >= 0 && foreignNamespace() == 0 && key != 0) {
        const auto found = std::find_if(sets.cbegin(), sets.cend(), [key, ourNamespace](const core::SemaphoreSetInfo &set) {
            return set.key == key && (ourNamespace == 0 || set.ipcNamespace == 0 || set.ipcNamespace == ourNamespace);
        });
        if (found != sets.cend())
            paired = *found;
    }
    m_semaphoreStrip->showSet(paired);
}

void SegmentTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SegmentTab::retranslate()
{
    setAccessibleName(shmid() >= 0 ? tr("Attached segment %1").arg(shmid())
                                   : tr("Mapped object %1").arg(m_document->object().name()));
    m_live->setText(tr("&Live"));
    m_live->setAccessibleName(tr("Live refresh"));
    m_live->setToolTip(tr("Re-read the bytes on screen on a timer and light up what changed"));
    m_tickLabel->setText(tr("every"));
    m_tickInterval->setAccessibleName(tr("Refresh period in milliseconds"));
    m_tickInterval->setSuffix(QLatin1Char(' ') + tr("ms", "milliseconds"));
    m_bytesPerLineLabel->setText(tr("&Bytes per line:"));
    m_bytesPerLine->setAccessibleName(tr("Bytes per line"));
    m_groupLabel->setText(tr("&grouped by"));
    m_groupSize->setAccessibleName(tr("Bytes per group"));
    m_groupSize->setToolTip(tr("An extra space after this many bytes; 0 for none"));
    m_changes->setToolTip(
        tr("Changes other processes made to the bytes on screen, lit in amber (magenta in "
           "presentation mode). Our own edits and undos are lit in green and not counted."));

    m_findLabel->setText(tr("&Find:"));
    m_findText->setAccessibleName(tr("Find"));
    m_findText->setPlaceholderText(tr("bytes in hex (42 6f 62) or text"));
    m_findMode->setAccessibleName(tr("Find as"));
    m_findMode->setItemText(0, tr("Hex"));
    m_findMode->setItemText(1, tr("Text"));
    m_findNextButton->setText(tr("Find &Next"));
    m_findCancel->setText(tr("Cancel"));
    m_findCancel->setAccessibleName(tr("Cancel the search"));
    m_findClose->setText(tr("Close"));
    m_findClose->setAccessibleName(tr("Close find bar"));

    updateUndoTexts();
    for (const auto &[action, text] : std::as_const(m_actionTexts))
        action->setText(tr(text));
    updateInfo();
    updateChangeCount();
}

// "Undo Edit byte at 0x10": Qt's own undo actions fix their words when made, so these are ours.
void SegmentTab::updateUndoTexts()
{
    const QUndoStack *stack = m_document->undoStack();
    m_undo->setText(stack->undoText().isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(stack->undoText()));
    m_redo->setText(stack->redoText().isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(stack->redoText()));
}

// The children (views, panes, actions) point at the document: they go first. Left to ~QWidget, they would go
// after the members, the document among them.
SegmentTab::~SegmentTab()
{
    stopComparing(); // it takes its marks off the views: before they go
    while (!children().isEmpty())
        delete children().constFirst();
}

void SegmentTab::setRecorderBudget(quint64 bytes)
{
    m_document->setRecorderBudget(bytes);
}

int SegmentTab::shmid() const
{
    return m_document->object().segmentShmid().value_or(-1);
}

quint64 SegmentTab::foreignNamespace() const
{
    const auto *attachment = dynamic_cast<const core::Attachment *>(&m_document->object());
    const core::IpcNamespaceEntry *where = attachment ? attachment->foreignNamespace() : nullptr;
    return where ? where->inode() : 0;
}

QString SegmentTab::place() const
{
    if (!m_place.isEmpty() || foreignNamespace() == 0)
        return m_place;
    return static_cast<const core::Attachment &>(m_document->object()).whereItLives();
}

void SegmentTab::setPlace(const QString &place)
{
    m_place = place;
    updateInfo();
}

QString SegmentTab::title() const
{
    const QString access = m_document->isWritable() ? tr("RW") : tr("RO");
    const core::MappedObject &object = m_document->object();
    if (const auto *snapshot = dynamic_cast<const core::SnapshotObject *>(&object)) // "st.shmsnap RO"
        return tr("%1 %2").arg(QFileInfo(snapshot->path()).fileName(), access);
    if (shmid() < 0) // "/st_pid RO", "memfd:buffer RW"
        return tr("%1 %2").arg(object.layoutSubject().name, access);
    const QString title =
        tr("%1 (%2) %3").arg(shmid()).arg(SegmentFormat::key(object.layoutSubject().key), access);
    //: A tab title of a segment of another namespace: "3 (0x00001234) RO in container docker 3f2a1b9c7d10".
    return foreignNamespace() == 0 ? title : tr("%1 in %2").arg(title, place());
}

QWidget *SegmentTab::createControls()
{
    auto *controls = new QWidget(this);
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);

    m_live = new QCheckBox(controls);
    m_live->setObjectName(QStringLiteral("liveCheck"));
    m_live->setChecked(true);
    connect(m_live, &QCheckBox::toggled, m_document.get(), [this](bool on) { m_document->setPaused(!on); });

    m_tickInterval = new QSpinBox(controls);
    m_tickInterval->setObjectName(QStringLiteral("tickInterval"));
    m_tickInterval->setRange(SegmentDocument::MinimumTickMs, SegmentDocument::MaximumTickMs);
    m_tickInterval->setSingleStep(50);
    m_tickInterval->setValue(m_document->tickInterval());
    connect(m_tickInterval, &QSpinBox::valueChanged, m_document.get(), &SegmentDocument::setTickInterval);

    m_bytesPerLine = new QSpinBox(controls);
    m_bytesPerLine->setObjectName(QStringLiteral("bytesPerLine"));
    m_bytesPerLine->setRange(HexView::MinimumBytesPerLine, HexView::MaximumBytesPerLine);
    m_bytesPerLine->setValue(m_hexView->bytesPerLine());
    connect(m_bytesPerLine, &QSpinBox::valueChanged, m_hexView, &HexView::setBytesPerLine);

    m_groupSize = new QSpinBox(controls);
    m_groupSize->setObjectName(QStringLiteral("groupSize"));
    m_groupSize->setRange(0, HexView::MaximumBytesPerLine);
    m_groupSize->setValue(m_hexView->groupSize());
    connect(m_groupSize, &QSpinBox::valueChanged, m_hexView, &HexView::setGroupSize);

    m_changes = new QLabel(controls);
    m_changes->setObjectName(QStringLiteral("changeCount"));

    m_tickLabel = new QLabel(controls);
    m_tickLabel->setBuddy(m_tickInterval);
    m_bytesPerLineLabel = new QLabel(controls);
    m_bytesPerLineLabel->setBuddy(m_bytesPerLine);
    row->addWidget(m_live);
    row->addWidget(m_tickLabel);
    row->addWidget(m_tickInterval);
    row->addSpacing(12);
    row->addWidget(m_bytesPerLineLabel);
    row->addWidget(m_bytesPerLine);
    m_groupLabel = new QLabel(controls);
    m_groupLabel->setBuddy(m_groupSize);
    row->addWidget(m_groupLabel);
    row->addWidget(m_groupSize);
    row->addSpacing(12);
    row->addWidget(m_changes, 1);
    return controls;
}

QWidget *SegmentTab::createFindBar()
{
    m_findBar = new QWidget(this);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    auto *row = new QHBoxLayout(m_findBar);
    row->setContentsMargins(0, 0, 0, 0);
    m_findText = new QLineEdit(m_findBar);
    m_findText->setObjectName(QStringLiteral("findText"));
    m_findMode = new QComboBox(m_findBar);
    m_findMode->setObjectName(QStringLiteral("findMode"));
    m_findMode->addItems({QString(), QString()}); // hex, text: named in retranslate()
    m_findNextButton = new QPushButton(m_findBar);
    m_findNextButton->setObjectName(QStringLiteral("findNext"));
    m_findStatus = new QLabel(m_findBar);
    m_findStatus->setObjectName(QStringLiteral("findStatus"));
    m_findCancel = new QPushButton(m_findBar);
    m_findCancel->setObjectName(QStringLiteral("findCancel"));
    m_findCancel->hide();
    m_findClose = new QToolButton(m_findBar);
    m_findLabel = new QLabel(m_findBar);
    m_findLabel->setBuddy(m_findText);
    row->addWidget(m_findLabel);
    row->addWidget(m_findText, 1);
    row->addWidget(m_findMode);
    row->addWidget(m_findNextButton);
    row->addWidget(m_findStatus);
    row->addWidget(m_findCancel);
    row->addWidget(m_findClose);
    connect(m_findText, &QLineEdit::returnPressed, this, &SegmentTab::findNext);
    connect(m_findNextButton, &QPushButton::clicked, this, &SegmentTab::findNext);
    connect(m_findCancel, &QPushButton::clicked, this, &SegmentTab::cancelFind);
    connect(m_findClose, &QToolButton::clicked, this, [this] {
        cancelFind();
        m_findBar->hide();
    });
    m_findBar->hide();

    m_findJob = new FindJob(m_document->object(), this);
    m_findJob->setObjectName(QStringLiteral("findJob"));
    connect(m_findJob, &FindJob::progressed, m_findStatus, [this](double fraction) {
        //: A search in progress, with the part of the segment searched so far.
        m_findStatus->setText(tr("searching… %1 %").arg(int(fraction * 100)));
    });
    connect(m_findJob, &FindJob::found, this, &SegmentTab::showMatch);
    connect(m_findJob, &FindJob::notFound, this, &SegmentTab::showNoMatch);
    return m_findBar;
}

void SegmentTab::createActions()
{
    // icon: a file of resources/icons, without ".svg".
    const auto add = [this](QAction *action, const QKeySequence &shortcut, const char *name,
                            const char *icon) {
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    // An action named by its text, set in retranslate().
    const auto addNamed = [this, add](const char *text, const QKeySequence &shortcut, const char *name,
                                      const char *icon) {
        auto *action = add(new QAction(this), shortcut, name, icon);
        m_actionTexts.append({action, text});
        return action;
    };
    QUndoStack *undo = m_document->undoStack();
    m_undo = add(new QAction(this), QKeySequence::Undo, "undoAction", "undo");
    m_redo = add(new QAction(this), QKeySequence::Redo, "redoAction", "redo");
    connect(m_undo, &QAction::triggered, m_document.get(), &SegmentDocument::undo);
    connect(m_redo, &QAction::triggered, m_document.get(), &SegmentDocument::redo);
    connect(undo, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(undo, &QUndoStack::undoTextChanged, m_undo, [this] { updateUndoTexts(); });
    connect(undo, &QUndoStack::redoTextChanged, m_redo, [this] { updateUndoTexts(); });
    m_undo->setEnabled(undo->canUndo());
    m_redo->setEnabled(undo->canRedo());
    connect(addNamed(QT_TR_NOOP("&Go to Offset…"), QKeySequence(Qt::CTRL | Qt::Key_G), "goToAction", "go-to"),
            &QAction::triggered, this, &SegmentTab::goToOffset);
    connect(addNamed(QT_TR_NOOP("&Find…"), QKeySequence::Find, "findAction", "find"), &QAction::triggered,
            this, &SegmentTab::showFindBar);
    // F3, not QKeySequence::FindNext: on GNOME and Windows that is Ctrl+G too, and two actions on one key
    // both do nothing.
    connect(addNamed(QT_TR_NOOP("Find Ne&xt"), QKeySequence(Qt::Key_F3), "findNextAction", "find"),
            &QAction::triggered, this, &SegmentTab::findNext);
    // Esc anywhere in the tab while a search runs; disabled otherwise, so that Esc keeps its other uses. A
    // shortcut, not an action: it has no place in the menus.
    m_cancelFindShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &SegmentTab::cancelFind,
                                         Qt::WidgetWithChildrenShortcut);
    m_cancelFindShortcut->setObjectName(QStringLiteral("cancelFindShortcut"));
    m_cancelFindShortcut->setEnabled(false);
    const auto addSeparator = [this] {
        auto *separator = new QAction(this);
        separator->setSeparator(true);
        addAction(separator);
    };
    addSeparator();
    // Ctrl+C copies the column the cursor is in; these say which form.
    connect(addNamed(QT_TR_NOOP("Copy as &Hex"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                     "copyHexAction", "copy"),
            &QAction::triggered, m_hexView, &HexView::copyAsHex);
    connect(addNamed(QT_TR_NOOP("Copy as &Text"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                     "copyTextAction", "copy"),
            &QAction::triggered, m_hexView, &HexView::copyAsText);
    connect(addNamed(QT_TR_NOOP("Copy as &C Array"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                     "copyCArrayAction", "copy"),
            &QAction::triggered, m_hexView, &HexView::copyAsCArray);
    connect(addNamed(QT_TR_NOOP("&Checksums and Statistics…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H),
                     "checksumsAction", "checksum"),
            &QAction::triggered, this, &SegmentTab::showChecksums);
    connect(addNamed(QT_TR_NOOP("&Watch as Number"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W),
                     "watchBytesAction", "watch"),
            &QAction::triggered, this, &SegmentTab::watchSelection);
    addSeparator();
    connect(addNamed(QT_TR_NOOP("Add &Bookmark…"), QKeySequence(Qt::CTRL | Qt::Key_D), "addBookmarkAction",
                     "bookmark-add"),
            &QAction::triggered, this, &SegmentTab::addBookmark);
    connect(addNamed(QT_TR_NOOP("&Next Bookmark"), QKeySequence(Qt::CTRL | Qt::Key_B), "nextBookmarkAction",
                     "bookmark-next"),
            &QAction::triggered, this, &SegmentTab::nextBookmark);
    connect(addNamed(QT_TR_NOOP("&Previous Bookmark"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                     "previousBookmarkAction", "bookmark-previous"),
            &QAction::triggered, this, &SegmentTab::previousBookmark);
    addSeparator();
    m_freezeSelection = addNamed(QT_TR_NOOP("Free&ze Selection"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                                 "freezeSelectionAction", "frozen");
    m_unfreezeSelection = addNamed(QT_TR_NOOP("Unfreeze Se&lection"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), "unfreezeSelectionAction",
                                   "frozen");
    connect(m_freezeSelection, &QAction::triggered, this, &SegmentTab::freezeSelection);
    connect(m_unfreezeSelection, &QAction::triggered, this, &SegmentTab::unfreezeSelection);
    m_freezeSelection->setEnabled(m_document->isWritable());
    m_unfreezeSelection->setEnabled(false);
    connect(&m_document->freezer(), &core::Freezer::changed, this, [this] {
        m_unfreezeSelection->setEnabled(!m_document->freezer().isEmpty());
        m_hexView->viewport()->update(); // the frozen bytes' underline
    });
    connect(&m_document->freezer(), &core::Freezer::stopped, m_messages,
            [this](const QString &message) { m_messages->showMessage(MessageBar::Kind::Warning, message); });
    // Bytes in and out: save to a file, load a file at the cursor, fill the selection (the last two read-write).
    addSeparator();
    m_bytesTransfer = new BytesTransfer(m_document.get(), m_hexView, this);
    connect(m_bytesTransfer, &BytesTransfer::refused, m_messages,
            [this](const QString &message) { m_messages->showMessage(MessageBar::Kind::Error, message); });
    connect(m_bytesTransfer, &BytesTransfer::done, m_messages,
            [this](const QString &message) { m_messages->showMessage(MessageBar::Kind::Information, message); });
    connect(addNamed(QT_TR_NOOP("Save &Bytes to File…"), QKeySequence(Qt::CTRL | Qt::Key_E), "saveBytesAction",
                     "save-bytes"),
            &QAction::triggered, m_bytesTransfer, &BytesTransfer::saveBytes);
    QAction *loadFile = addNamed(QT_TR_NOOP("&Load File at Cursor…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I),
                                 "loadFileAction", "load-file");
    QAction *fill = addNamed(QT_TR_NOOP("&Fill Selection…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F),
                             "fillSelectionAction", "fill");
    connect(loadFile, &QAction::triggered, m_bytesTransfer, &BytesTransfer::loadFile);
    connect(fill, &QAction::triggered, m_bytesTransfer, &BytesTransfer::fillSelection);
    loadFile->setEnabled(m_document->isWritable());
    fill->setEnabled(m_document->isWritable());
    m_hexView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_hexView, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        menu.addActions(actions());
        menu.exec(m_hexView->mapToGlobal(position));
    });
}

void SegmentTab::showChecksums()
{
    if (m_document->size() == 0) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                [name = m_document->object().name()] {
                                    return tr("%1 has no bytes: there is nothing to checksum.").arg(name);
                                });
        return;
    }
    if (!m_checksums)
        m_checksums = new ChecksumDialog(m_document->object(), this);
    m_checksums->setRange(m_hexView->selectionStart(), m_hexView->selectionLength(), m_document->size());
    m_checksums->show();
    m_checksums->raise();
    m_checksums->activateWindow();
}

bool SegmentTab::isObserving() const
{
    return !m_document->object().readsThrough().isEmpty();
}

void SegmentTab::tellHolderGone(qint64 pid)
{
    const int id = shmid();
    // Through a map_files mapping of ours the pages stay readable; through process_vm_readv they do not.
    char first = 0;
    const bool mapped = m_document->readInto(0, &first, 1);
    m_messages->showMessage(
        MessageBar::Kind::Warning,
        [pid, id, mapped] {
            return tr("pid %1 exited or unmapped segment %2: no process holds it to read through. %3")
                .arg(pid)
                .arg(id)
                .arg(mapped ? tr("Our map_files mapping still shows its bytes.")
                            : tr("The bytes shown are the last ones read."));
        },
        QStringLiteral("holder"));
    const core::MappedObject::Mode mode = m_document->object().mode();
    m_messages->setAction(tr("Attach"), [this, id, mode] { emit attachRequested(id, mode); });
}

void SegmentTab::setFreezeInterval(int ms)
{
    m_document->freezer().setInterval(ms);
}

void SegmentTab::freezeSelection()
{
    const quint64 start = m_hexView->hasSelection() ? m_hexView->selectionStart() : m_hexView->cursorOffset();
    const quint64 length = m_hexView->hasSelection() ? m_hexView->selectionLength() : 1;
    //: What a message calls frozen bytes of the hex view: "bytes 0x4-0x36".
    const QString name = tr("bytes 0x%1-0x%2").arg(start, 0, 16).arg(start + length - 1, 0, 16);
    const auto frozen = m_document->freezer().freezeCurrent(start, length, name);
    if (!frozen.ok())
        m_messages->showMessage(MessageBar::Kind::Error, frozen.error().message);
}

void SegmentTab::unfreezeSelection()
{
    const quint64 start = m_hexView->hasSelection() ? m_hexView->selectionStart() : m_hexView->cursorOffset();
    m_document->freezer().unfreeze(start, m_hexView->hasSelection() ? m_hexView->selectionLength() : 1);
}

QString SegmentTab::segmentHeadline() const
{
    const core::MappedObject &a = m_document->object();
    if (isObserving())
        //: "Segment 32768 · key 0x00001234 · 56 bytes · observing through pid 1234 (shmdemo), map_files, read-only"
        return (a.isWritable() ? tr("Segment %1 · key %2 · %3 · %4, read-write")
                               : tr("Segment %1 · key %2 · %3 · %4, read-only"))
            .arg(shmid())
            .arg(SegmentFormat::key(a.layoutSubject().key), SegmentFormat::byteCount(a.size()), a.readsThrough());
    return (a.isWritable() ? tr("Segment %1 · key %2 · %3 · attached read-write at %4")
                           : tr("Segment %1 · key %2 · %3 · attached read-only at %4"))
        .arg(shmid())
        .arg(SegmentFormat::key(a.layoutSubject().key), SegmentFormat::byteCount(a.size()),
             SegmentFormat::address(a.address()));
}

QString SegmentTab::objectHeadline() const
{
    const core::MappedObject &o = m_document->object();
    if (const auto *snapshot = dynamic_cast<const core::SnapshotObject *>(&o))
        //: A snapshot opened alone: "snapshot of segment 32768 (st.shmsnap) · 56 bytes · taken 2026-12-03 ...".
        return tr("%1 · %2 · taken %3 · read-only")
            .arg(o.name(), SegmentFormat::byteCount(o.size()),
                 snapshot->snapshot().taken.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    return (o.isWritable() ? tr("%1 · %2 · %3 · mapped read-write at %4")
                           : tr("%1 · %2 · %3 · mapped read-only at %4"))
        .arg(o.layoutSubject().name, o.name(), SegmentFormat::byteCount(o.size()),
             SegmentFormat::address(o.address()));
}

// What the second line says of the object's life now; a state that changes what the bytes are is also told in
// the message bar.
QString SegmentTab::stateNote()
{
    const bool segment = shmid() >= 0;
    switch (m_document->state()) {
    case core::MappedObject::State::Alive: break;
    case core::MappedObject::State::Removed:
        if (isObserving())
            return tr("Removed (dest): the kernel keeps it until the last process that maps it detaches; we do "
                      "not.");
        return segment ? tr("Removed (dest): the kernel keeps it until the last process, maybe us, detaches.")
                       : tr("Unlinked: its name is gone, but the kernel keeps the object until the last process, "
                            "maybe us, unmaps it and closes it.");
    case core::MappedObject::State::Gone:
    case core::MappedObject::State::Reused: {
        // Our mapping is of the old segment: say so, and never present it as what the id names now.
        const QString note =
            isObserving()
                ? tr("Segment %1 no longer exists, or its id now names another segment: these are the bytes of "
                     "the segment we observed.")
                      .arg(shmid())
                : tr("Segment %1 no longer exists, or its id now names another segment: these are the bytes of the "
                     "segment we attached. Close the tab to detach.")
                      .arg(shmid());
        m_messages->showMessage(MessageBar::Kind::Error, note);
        return note;
    }
    case core::MappedObject::State::NoAccess: {
        // An attach keeps what shmat() allowed: the bytes are still the segment's; only its life is hidden.
        const QString note =
            tr("The mode of segment %1 no longer lets you (uid %2) read it. These bytes are still live, as "
               "our attach keeps the access it was given, but whether the segment is removed can no longer "
               "be seen.")
                .arg(shmid())
                .arg(geteuid());
        m_messages->showMessage(MessageBar::Kind::Information, note);
        return note;
    }
    }
    if (isObserving())
        return tr("Not attached: nattch, lpid and atime stay as they were, and a removed segment is not kept "
                  "alive by us.");
    return segment ? tr("Our attach counts in nattch, and ShmScope becomes the segment's lpid.")
                   : tr("Our mapping and descriptor make ShmScope one of its holders.");
}

void SegmentTab::updateInfo()
{
    const bool segment = shmid() >= 0;
    QString note = stateNote();
    if (const std::optional<quint64> shrunk = m_document->shrunkTo()) {
        //: Another process made the POSIX object smaller (ftruncate) while the tab shows it.
        const QString shrank = tr("The object shrank to %n byte(s); showing what is left.", nullptr,
                                  int(std::min<quint64>(*shrunk, INT_MAX)));
        note = shrank + QLatin1Char(' ') + note;
    }
    QString text = segment ? segmentHeadline() : objectHeadline();
    if (foreignNamespace() != 0)
        //: The headline of a segment of another IPC namespace, then where it lives.
        text = tr("%1 · in %2").arg(text, place());
    m_info->setText(QStringLiteral("<b>%1</b><br><small>%2</small>").arg(text.toHtmlEscaped(), note.toHtmlEscaped()));
}

void SegmentTab::updateChangeCount()
{
    const QDateTime last = m_document->lastChangeTime();
    m_changes->setText(last.isValid()
                           ? tr("%n change(s), last at %1", nullptr, int(m_document->changeEvents()))
                                 .arg(last.toString(QStringLiteral("HH:mm:ss.zzz")))
                           : tr("no changes seen yet"));
}

void SegmentTab::goToOffset()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Go to Offset"),
                                               tr("Offset, in hex (0x10) or decimal (16), below %1:")
                                                   .arg(m_document->size()),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const auto offset = core::InputParser::offset(text);
    if (!offset.ok()) {
        m_messages->showMessage(MessageBar::Kind::Error, offset.error().message);
        return;
    }
    if (offset.value() >= m_document->size()) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("Offset %1 is past the end: the segment has %2 byte(s) (0 to %3).",
                                   nullptr, core::Translations::numerus(m_document->size()))
                                    .arg(offset.value())
                                    .arg(m_document->size())
                                    .arg(m_document->size() - 1));
        return;
    }
    m_hexView->setCursorOffset(offset.value());
    m_hexView->centreCursor();
}

void SegmentTab::showFindBar()
{
    m_findBar->show();
    // The hex view gives the bar its height now, not at the next layout pass, so that a match found at
    // once is centred in the view as it will be, not under the bar.
    layout()->activate();
    m_findText->setFocus();
    m_findText->selectAll();
}

void SegmentTab::findNext()
{
    if (m_findText->text().isEmpty()) {
        showFindBar();
        return;
    }
    // A longer paste is cut at the box's limit without a word: what is left is not what was meant.
    if (m_findText->text().size() >= m_findText->maxLength()) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("The find box holds fewer than %1 characters, and a longer paste is cut "
                                   "there: search for a shorter part of it.")
                                    .arg(m_findText->maxLength()));
        return;
    }
    QByteArray needle;
    if (m_findMode->currentIndex() == 0) {
        const auto bytes = core::InputParser::hexBytes(m_findText->text());
        if (!bytes.ok()) {
            m_messages->showMessage(MessageBar::Kind::Error, bytes.error().message);
            return;
        }
        needle = bytes.value();
    } else {
        needle = m_findText->text().toUtf8();
    }
    if (quint64(needle.size()) > m_document->size()) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                // A needle longer than a segment of one byte or more has two bytes at least.
                                tr("A pattern of %1 bytes cannot be in %2, which has %3.")
                                    .arg(needle.size())
                                    .arg(m_document->object().name())
                                    .arg(SegmentFormat::byteCount(m_document->size())));
        return;
    }
    const quint64 from = m_hexView->hasSelection() ? m_hexView->selectionStart() + 1 : m_hexView->cursorOffset();
    m_messages->hideFrom(QString());
    m_findStatus->setText(tr("searching… %1 %").arg(0));
    setSearching(true);
    m_findJob->start(needle, from);
}

void SegmentTab::cancelFind()
{
    if (!m_findJob->cancel())
        return;
    setSearching(false);
    m_findStatus->setText(tr("Search cancelled."));
}

void SegmentTab::setSearching(bool searching)
{
    m_findCancel->setVisible(searching);
    m_cancelFindShortcut->setEnabled(searching);
}

void SegmentTab::showMatch(quint64 offset, quint64 length)
{
    setSearching(false);
    m_findStatus->clear();
    m_messages->hideFrom(QString());
    m_hexView->setSelection(offset, length);
    m_hexView->centreCursor();
}

void SegmentTab::showNoMatch(const QByteArray &needle)
{
    setSearching(false);
    m_findStatus->clear();
    // A pasted needle of thousands of bytes would fill the bar: its first ones say which it was.
    constexpr qsizetype ShownBytes = 16;
    QString shown = core::ByteFormat::hex(needle.left(ShownBytes));
    if (needle.size() > ShownBytes)
        shown += QStringLiteral(" …");
    m_messages->showMessage(MessageBar::Kind::Information, tr("%1 is not in the segment.").arg(shown));
}

// Attaching key 0x1234, or opening /st_pid, again reads it with the layout used for it last time.
void SegmentTab::restoreLayout()
{
    const QString source = m_layouts.layoutFor(m_document->object().layoutSubject());
    if (source.isEmpty())
        return;
    const QString name = core::LayoutLibrary::nameOf(source);
    const auto couldNotReadAgain = [this, name](const core::Error &error) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("The layout %1, last used for this key, could not be read again: %2")
                                    .arg(name, error.message));
    };
    const auto text = core::LayoutLibrary::load(source);
    if (!text.ok()) {
        couldNotReadAgain(text.error());
        return;
    }
    // Laid out in the background: the tab shows the segment through st_pid until then.
    m_structPane->layOut(name, text.value(), source, [couldNotReadAgain](const core::Result<core::Done> &outcome) {
        if (!outcome.ok())
            couldNotReadAgain(outcome.error());
    });
}

core::Result<core::Snapshot> SegmentTab::takeSnapshot() const
{
    // A snapshot's snapshot is itself: its IPC_STAT and time are those of the moment it was taken.
    const auto *shown = dynamic_cast<const core::SnapshotObject *>(&m_document->object());
    auto taken =
        shown ? core::Result<core::Snapshot>(shown->snapshot()) : core::SnapshotFile::take(m_document->object());
    if (taken.ok()) {
        taken.value().layoutName = m_structPane->layoutName();
        taken.value().layoutText = m_structPane->layoutText();
    }
    return taken;
}

void SegmentTab::compareWith(core::Snapshot snapshot, const QString &label)
{
    stopComparing();
    m_comparison = new SnapshotComparison(this, std::move(snapshot), label);
    // Below the tab's own messages, which keep theirs.
    auto *column = static_cast<QVBoxLayout *>(layout());
    column->insertWidget(column->indexOf(m_messages) + 1, m_comparison->bar());
    m_comparison->setPresentation(m_presenting);
    connect(m_comparison, &SnapshotComparison::stopRequested, this, &SegmentTab::stopComparing,
            Qt::QueuedConnection); // not from inside the bar's own button handler, which it deletes
}

void SegmentTab::stopComparing()
{
    delete m_comparison;
    m_comparison = nullptr;
}

void SegmentTab::rememberLayout(const QString &source)
{
    m_layouts.remember(m_document->object().layoutSubject(), source);
}

bool SegmentTab::askUndoAnyway(quint64 offset, const QByteArray &ours, const QByteArray &now)
{
    const auto answer = QMessageBox::question(
        this, tr("Undo"),
        tr("Another process changed the bytes at 0x%1 after our edit: we wrote %2, the segment now holds %3. "
           "Undo anyway and overwrite them?")
            .arg(offset, 0, 16)
            .arg(core::ByteFormat::hex(ours), core::ByteFormat::hex(now)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

void SegmentTab::setPresentation(bool on)
{
    const bool was = m_presenting;
    m_presenting = on;
    // Every pixel across goes to the bytes and the values.
    layout()->setContentsMargins(on ? QMargins() : QMargins(4, 4, 4, 4));
    m_info->setVisible(!on);
    m_controls->setVisible(!on);
    m_timeSlider->setVisible(!on);
    m_watchPane->setPresentation(on);
    if (m_comparison)
        m_comparison->setPresentation(on);
    if (on) {
        cancelFind();
        m_findBar->hide();
    }
    m_structPane->setPresentation(on);
    m_bookmarkPane->setPresentation(on);
    m_dataInspector->setPresentation(on);
    if (on) {
        if (!was)
            m_sidePanesBeforePresentation = m_sidePanes->saveState(); // the user's sizes, given back after
        layOutForPresentation();
    } else {
        m_hexView->setBytesPerLine(m_bytesPerLine->value());
        m_panes->setOrientation(Qt::Horizontal);
        m_dataInspector->show();
        if (was)
            m_sidePanes->restoreState(m_sidePanesBeforePresentation);
    }
}

void SegmentTab::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_presenting)
        layOutForPresentation();
}

bool SegmentTab::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_bookmarkPane && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        || (watched == m_sidePanes && event->type() == QEvent::Show))
        scheduleSidePanesFit();
    // A resize gives the fields back the rows they were short of (the window's first layouts are narrow and
    // short); a height the fields have beyond theirs (the user's, or a test's) is left alone.
    if (watched == m_sidePanes && event->type() == QEvent::Resize && !m_sidePanesDragged
        && m_structPane->height() < m_structPane->neededHeight())
        scheduleSidePanesFit();
    return QWidget::eventFilter(watched, event);
}

void SegmentTab::scheduleSidePanesFit()
{
    if (m_sidePanesFitScheduled)
        return;
    m_sidePanesFitScheduled = true;
    QTimer::singleShot(0, this, &SegmentTab::fitSidePanes); // once the splitter has shown or hidden the pane
}

void SegmentTab::fitSidePanes()
{
    m_sidePanesFitScheduled = false;
    if (m_presenting || !m_sidePanes->isVisible() || m_sidePanes->orientation() != Qt::Vertical)
        return;
    QList<int> sizes = m_sidePanes->sizes();
    int shown = 0;
    for (int at = 0; at < m_sidePanes->count(); ++at)
        shown += m_sidePanes->widget(at)->isVisibleTo(m_sidePanes) ? 1 : 0;
    // The panes added after the bookmarks keep what they have.
    int total = m_sidePanes->height() - std::max(0, shown - 1) * m_sidePanes->handleWidth();
    for (int at = 3; at < sizes.size(); ++at)
        total -= sizes.at(at);
    if (total <= 0)
        return;
    constexpr int FewRows = 3;
    const int inspectorLeast = m_dataInspector->heightForRows(FewRows);
    int bookmarks = 0;
    if (m_bookmarkPane->isVisibleTo(m_sidePanes)) {
        const int rows = std::min<int>(FewRows, m_bookmarkPane->model()->bookmarks().size());
        bookmarks = m_bookmarkPane->heightForRows(rows);
    }
    // The fields first, as far as they leave the inspector a few rows, and never less than half the height
    // while they need it; the bookmarks then take their share of what is left, never all of it.
    const int fields = std::min(m_structPane->neededHeight(), std::max(total / 2, total - inspectorLeast - bookmarks));
    if (bookmarks > 0)
        bookmarks = std::min(bookmarks, std::max(total - fields - inspectorLeast, (total - fields) / 3));
    sizes[0] = fields;
    sizes[2] = bookmarks;
    sizes[1] = std::max(0, total - fields - bookmarks);
    m_sidePanes->setSizes(sizes);
}

// The rows of hex the record on screen takes at the bytes per line now shown; a record of many rows shows
// its first ones, as many as a struct of many fields does, and scrolls.
int SegmentTab::recordRows() const
{
    const quint64 perLine = quint64(m_hexView->bytesPerLine());
    const quint64 base = m_structPane->model()->recordBase();
    const quint64 end = std::min(m_document->size(), base + std::max<quint64>(1, m_structPane->model()->layout().sizeOf));
    return int(std::min<quint64>((end - 1) / perLine - base / perLine + 1, StructPane::MaximumPresentedRows));
}

void SegmentTab::layOutForPresentation()
{
    if (!m_presenting)
        return;
    const int width = m_panes->width();
    m_structPane->fitToWidth(width);
    const int structWidth = m_structPane->fieldsWidth();
    const int inspectorWidth = m_dataInspector->neededWidth();
    // Beside each other at the bytes per line the user chose, when the bytes, and the fields above the
    // inspector, fit side by side; else the fields and the inspector below the bytes, side by side when they
    // fit across, one above the other when not.
    m_hexView->setBytesPerLine(m_bytesPerLine->value());
    const bool beside =
        m_hexView->sizeHint().width() + m_panes->handleWidth() + std::max(structWidth, inspectorWidth) <= width;
    m_panes->setOrientation(beside ? Qt::Horizontal : Qt::Vertical);
    const bool acrossBelow = !beside && structWidth + m_sidePanes->handleWidth() + inspectorWidth <= width;
    m_sidePanes->setOrientation(acrossBelow ? Qt::Horizontal : Qt::Vertical);
    if (beside) {
        m_panes->setSizes({m_hexView->sizeHint().width(), width - m_hexView->sizeHint().width()});
    } else {
        while (m_hexView->bytesPerLine() > HexView::MinimumBytesPerLine && m_hexView->sizeHint().width() > width)
            m_hexView->setBytesPerLine(m_hexView->bytesPerLine() - 1);
        // Short of height for both, the bytes and the fields share it, and both scroll; the inspector takes
        // what the fields leave.
        const int height = m_panes->height() - m_panes->handleWidth();
        const int hexHeight = std::min(m_hexView->heightForRows(recordRows()),
                                       std::max(height / 2, height - m_structPane->fieldsHeight()));
        m_panes->setSizes({hexHeight, std::max(0, height - hexHeight)});
    }
    // The panes added below them (bookmarks) give their room to these two while presenting. The inspector is
    // shown whole or not at all: when the window cannot give it its rows (a zoom of 200 % on 720 lines), the
    // bytes and the fields keep the height, as they had it before there was an inspector.
    QList<int> sizes(m_sidePanes->count(), 0);
    const int sideHeight = beside ? m_panes->height() : m_panes->sizes().value(1);
    const bool inspectorFits = (acrossBelow ? sideHeight
                                            : sideHeight - m_structPane->fieldsHeight() - m_sidePanes->handleWidth())
                               >= m_dataInspector->neededHeight();
    m_dataInspector->setVisible(inspectorFits);
    if (acrossBelow) {
        sizes[0] = structWidth;
        sizes[1] = std::max(0, width - structWidth - m_sidePanes->handleWidth());
    } else {
        sizes[0] = std::min(m_structPane->fieldsHeight(), sideHeight);
        sizes[1] = std::max(0, sideHeight - sizes[0] - m_sidePanes->handleWidth());
    }
    m_sidePanes->setSizes(sizes);
}

int SegmentTab::presentationHeight(int room) const
{
    const int hexRows = m_hexView->heightForRows(recordRows());
    const int fields = m_structPane->fieldsHeight();
    const int inspector = m_dataInspector->neededHeight();
    const bool across = m_sidePanes->orientation() == Qt::Horizontal;
    const bool beside = m_panes->orientation() == Qt::Horizontal;
    const auto panes = [&](int side) { return beside ? std::max(hexRows, side) : hexRows + m_panes->handleWidth() + side; };
    const QMargins margins = layout()->contentsMargins();
    const int record = panes(fields) + margins.top() + margins.bottom();
    const int whole =
        panes(across ? std::max(fields, inspector) : fields + m_sidePanes->handleWidth() + inspector) + margins.top()
        + margins.bottom();
    // The inspector whole, or not at all: a part of its rows would take the room of the bars for little.
    return whole <= room ? whole : record;
}

void SegmentTab::setHighContrast(bool on)
{
    m_hexView->setHighContrast(on);
    m_structPane->setHighContrast(on);
    m_dataInspector->setHighContrast(on);
    m_semaphoreStrip->setHighContrast(on);
}

void SegmentTab::watchField(const QModelIndex &index)
{
    const auto placed = m_structPane->model()->placedField(index);
    if (!placed)
        return;
    auto watch = core::FieldWatch::ofField(placed->field, placed->name);
    showWatchRefusal(watch.ok() ? m_watchPane->add(std::move(watch.value())) : watch.error());
}

void SegmentTab::watchSelection()
{
    auto watch = core::FieldWatch::ofBytes(m_hexView->selectionStart(), m_hexView->selectionLength());
    showWatchRefusal(watch.ok() ? m_watchPane->add(std::move(watch.value())) : watch.error());
}

void SegmentTab::addBookmark()
{
    const quint64 size = m_hexView->hasSelection() ? m_hexView->selectionLength() : 1;
    askBookmark(m_hexView->selectionStart(), size, m_bookmarkPane->defaultName());
}

void SegmentTab::bookmarkField(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto placed = m_structPane->model()->placedField(index);
    // A page of elements has no name of its own in C: the row's.
    const QString name = placed ? placed->name : index.siblingAtColumn(StructModel::NameColumn).data().toString();
    askBookmark(index.data(StructModel::OffsetRole).toULongLong(), index.data(StructModel::SizeRole).toULongLong(),
                name);
}

void SegmentTab::askBookmark(quint64 offset, quint64 size, const QString &name)
{
    if (m_document->size() == 0)
        return; // no byte to mark
    AddBookmarkDialog dialog(offset, size, name, m_bookmarkPane->defaultColour(), BookmarkPane::presetColours(),
                             [this](const core::Bookmark &bookmark) { return m_bookmarkPane->model()->add(bookmark); },
                             this);
    dialog.exec();
}

void SegmentTab::nextBookmark()
{
    stepBookmark(true);
}

void SegmentTab::previousBookmark()
{
    stepBookmark(false);
}

void SegmentTab::stepBookmark(bool forward)
{
    const core::BookmarkList &list = m_bookmarkPane->model()->bookmarks();
    const quint64 size = m_document->size();
    const quint64 at = m_hexView->selectionStart();
    // On a bookmark (selected whole, or the byte of a one-byte one): the one after it in the list, so that two
    // at one offset are both visited; of two alike, the one the pane shows as current.
    const quint64 length = std::max<quint64>(1, m_hexView->selectionLength());
    const int current = m_bookmarkPane->currentRow();
    const qsizetype on = current >= 0 && list.at(current).offset == at && list.at(current).size == length
                             ? current
                             : list.indexOf(at, length);
    const std::optional<qsizetype> target = on >= 0 ? (forward ? list.nextAfter(on, size) : list.previousBefore(on, size))
                                                    : (forward ? list.next(at, size) : list.previous(at, size));
    if (!target) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                list.isEmpty() ? tr("No bookmarks yet: select bytes and add one with Ctrl+D.")
                                               : tr("Every bookmark of this key lies past the end of this segment."));
        return;
    }
    m_bookmarkPane->jumpTo(int(*target));
}

void SegmentTab::showWatchRefusal(const core::Result<core::Done> &added)
{
    if (!added.ok())
        m_messages->showMessage(MessageBar::Kind::Error, added.error().message);
}

} // namespace app
