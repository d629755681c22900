#pragma once

#include "core/bookmarks/bookmarkmemory.h"
#include "core/kernel/mappedobject.h"
#include "core/layout/layoutlibrary.h"
#include "core/snapshots/snapshotfile.h"
#include "core/sysvipc/semaphoresetinfo.h"

#include <QWidget>

#include <climits>
#include <memory>
#include <utility>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QModelIndex;
class QLineEdit;
class QPushButton;
class QShortcut;
class QSpinBox;
class QSplitter;
class QToolButton;

namespace app {

class BookmarkPane;
class BytesTransfer;
class ChecksumDialog;
class DataInspectorPane;
class FindJob;
class HexView;
class MessageBar;
class SegmentDocument;
class SemaphoreStrip;
class SnapshotComparison;
class StructPane;
class TimeSlider;
class WatchPane;

// One attached segment, or one mapped POSIX object or memfd, in its own tab: what it is and how we hold it,
// the live hex view, the change count, and the tools that work on its bytes (find, go to, copy, undo).
// Closing the tab detaches (or unmaps and closes).
class SegmentTab : public QWidget
{
    Q_OBJECT

public:
    // `layouts` (the window's settings) remembers the layout each key or object name was read with, and
    // `bookmarks` (the same settings) the bookmarks of each; both outlive the tab.
    SegmentTab(std::unique_ptr<core::MappedObject> object, core::LayoutMemory &layouts,
               core::BookmarkMemory &bookmarks, QWidget *parent = nullptr);
    ~SegmentTab() override;

    [[nodiscard]] SegmentDocument *document() const { return m_document.get(); }
    [[nodiscard]] HexView *hexView() const { return m_hexView; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }
    [[nodiscard]] StructPane *structPane() const { return m_structPane; }
    // Adds a pane below the others right of the bytes (the struct pane, the data inspector, ...), in the
    // vertical splitter "sidePanes".
    void addSidePane(QWidget *pane);
    [[nodiscard]] BookmarkPane *bookmarkPane() const { return m_bookmarkPane; }
    // Save Bytes to File, Load File at Cursor, Fill Selection.
    [[nodiscard]] BytesTransfer *bytesTransfer() const { return m_bytesTransfer; }
    // What the bytes at the cursor could be, as every common type: below the struct pane.
    [[nodiscard]] DataInspectorPane *dataInspector() const { return m_dataInspector; }
    [[nodiscard]] TimeSlider *timeSlider() const { return m_timeSlider; }
    // The memory the time slider's recording may take (bytes; core::ChangeRecorder::DefaultBudget until set).
    void setRecorderBudget(quint64 bytes);
    [[nodiscard]] WatchPane *watchPane() const { return m_watchPane; }
    // The semaphore set of the segment's key, live above the panes (hidden while there is none).
    [[nodiscard]] SemaphoreStrip *semaphoreStrip() const { return m_semaphoreStrip; }
    // The sets a scan listed: the strip shows the one of this segment's key in our IPC namespace
    // (`ourNamespace`'s inode; 0 when unknown), if any. A segment of another namespace, a private key or a POSIX
    // object has none.
    void showSemaphoreSets(const QList<core::SemaphoreSetInfo> &sets, quint64 ourNamespace);
    // The hex pane's live refresh period (ms) and bytes per line, as the user sets them.
    [[nodiscard]] QSpinBox *tickIntervalBox() const { return m_tickInterval; }
    [[nodiscard]] QSpinBox *bytesPerLineBox() const { return m_bytesPerLine; }
    // The segment's id; -1 for a POSIX object.
    [[nodiscard]] int shmid() const;
    // The inode of the IPC namespace the segment lives in when it is not ours; 0 for ours and for a POSIX
    // object.
    [[nodiscard]] quint64 foreignNamespace() const;
    // Where a segment of another IPC namespace lives, as the title and the headline say it: "IPC namespace
    // ipc:[4026532281]" unless told better ("container docker 3f2a1b9c7d10"); empty for ours.
    [[nodiscard]] QString place() const;
    void setPlace(const QString &place);
    [[nodiscard]] QString title() const;
    // Presentation mode: a change highlight seen from the back of a room, in the bytes and the fields.
    void setHighContrast(bool on);
    // Presentation mode: the bytes and the fields of the record on screen whole, the tools and the
    // explanations folded away. The struct pane goes beside the bytes when both fit side by side, below
    // them otherwise, and the bytes per line shrink as far as the width needs.
    void setPresentation(bool on);
    // Presentation mode's layout again, for the width and zoom now in force.
    void layOutForPresentation();
    // In presentation mode, the height the record's hex rows and every field row take, and the data inspector's
    // rows too when all that fits in `room`.
    [[nodiscard]] int presentationHeight(int room = INT_MAX) const;
    // The bytes now, IPC_STAT for a segment, and the layout the struct pane shows: what Take Snapshot saves.
    [[nodiscard]] core::Result<core::Snapshot> takeSnapshot() const;
    // Compares the bytes with `snapshot` (app::SnapshotComparison) until stopComparing() or the next
    // compareWith(); `label` names it (its file's name).
    void compareWith(core::Snapshot snapshot, const QString &label);
    void stopComparing();
    [[nodiscard]] SnapshotComparison *comparison() const { return m_comparison; }

    // True when the tab reads its segment through another process (core::ObservedSegment), not an attach.
    [[nodiscard]] bool isObserving() const;
    // How often frozen fields and bytes are written back, in ms (core::Freezer::DefaultIntervalMs until set;
    // the Preferences' freeze period).
    void setFreezeInterval(int ms);

signals:
    // The user asked to attach the segment this tab observes (its holder is gone): the window attaches it.
    void attachRequested(int shmid, core::MappedObject::Mode mode);

public slots:
    void goToOffset();
    void showFindBar();
    // Starts a search from the match shown (or the cursor) on; it runs in the background.
    void findNext();
    // Stops a search still running (Esc, the Cancel button); the selection stays as it was.
    void cancelFind();
    // Watches the field of a row of the struct pane, or the hex selection (1, 2, 4 or 8 bytes) as a number: its
    // history is plotted in the watch pane. A refusal shows in the message bar.
    void watchField(const QModelIndex &index);
    void watchSelection();
    // Checksums and Statistics…: the dialog for the selection, or the whole segment when there is none.
    void showChecksums();
    // Holds the hex selection (or the byte at the cursor) at the bytes it holds now; lets go of the frozen
    // ranges it overlaps.
    void freezeSelection();
    void unfreezeSelection();
    // Add Bookmark: asks the name and colour of a bookmark of the hex selection (or the byte at the cursor),
    // or of the field of a row of the struct pane. Next and Previous Bookmark select the bookmark after (or
    // before) the selection or the cursor, round at the ends.
    void addBookmark();
    void bookmarkField(const QModelIndex &index);
    void nextBookmark();
    void previousBookmark();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Outside presentation mode, the heights right of the bytes: the fields their rows, the bookmarks (when
    // there are any) a few rows, the inspector the rest, and never less than its header and a few rows
    // while the fields can give some of theirs. Done when the side is first shown and when the bookmarks
    // come or go; in between the inspector takes what a resize gives or takes, and the user's drags stay.
    void fitSidePanes();
    void scheduleSidePanesFit();
    bool m_sidePanesFitScheduled = false;
    bool m_sidePanesDragged = false;
    QString m_place; // set by setPlace(); the namespace's inode otherwise
    // Sets every text of the tab again, in the language now installed.
    void retranslate();
    void updateUndoTexts();
    QWidget *createControls();
    QWidget *createFindBar();
    void createActions();
    void updateInfo();
    void updateChangeCount();
    bool askUndoAnyway(quint64 offset, const QByteArray &ours, const QByteArray &now);
    void restoreLayout();
    // The first line of the info for a segment, for a POSIX object; and what the second says of its state.
    [[nodiscard]] QString segmentHeadline() const;
    [[nodiscard]] QString objectHeadline() const;
    [[nodiscard]] QString stateNote();
    void tellHolderGone(qint64 pid);
    void rememberLayout(const QString &source);
    [[nodiscard]] int recordRows() const;
    void showMatch(quint64 offset, quint64 length);
    void showNoMatch(const QByteArray &needle);
    void setSearching(bool searching);
    void showWatchRefusal(const core::Result<core::Done> &added);
    void askBookmark(quint64 offset, quint64 size, const QString &name);
    void stepBookmark(bool forward);

    core::LayoutLibrary m_layouts;
    // Not a child: the views, panes and actions below (children) point at it and take its signals, and the
    // destructor deletes them before the members go, so the document is the last to go.
    std::unique_ptr<SegmentDocument> m_document;
    HexView *m_hexView;
    MessageBar *m_messages;
    StructPane *m_structPane;
    BookmarkPane *m_bookmarkPane = nullptr;
    DataInspectorPane *m_dataInspector;
    TimeSlider *m_timeSlider = nullptr;
    WatchPane *m_watchPane;
    SemaphoreStrip *m_semaphoreStrip;
    QLabel *m_info = nullptr;
    QWidget *m_controls = nullptr;
    QSplitter *m_panes = nullptr;
    QSplitter *m_sidePanes = nullptr; // right of the bytes: the struct pane, the data inspector, ...
    QByteArray m_sidePanesBeforePresentation;
    bool m_presenting = false;
    QLabel *m_changes = nullptr;
    QCheckBox *m_live = nullptr;
    QLabel *m_tickLabel = nullptr;
    QSpinBox *m_tickInterval = nullptr;
    QLabel *m_bytesPerLineLabel = nullptr;
    QSpinBox *m_bytesPerLine = nullptr;
    QLabel *m_groupLabel = nullptr;
    QSpinBox *m_groupSize = nullptr;
    QWidget *m_findBar = nullptr;
    QLabel *m_findLabel = nullptr;
    QLineEdit *m_findText = nullptr;
    QComboBox *m_findMode = nullptr;
    QPushButton *m_findNextButton = nullptr;
    QLabel *m_findStatus = nullptr;         // "searching… 37 %" while a search runs
    QPushButton *m_findCancel = nullptr;    // shown while a search runs
    QShortcut *m_cancelFindShortcut = nullptr; // Esc, enabled while a search runs
    FindJob *m_findJob = nullptr;
    QToolButton *m_findClose = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    SnapshotComparison *m_comparison = nullptr;
    ChecksumDialog *m_checksums = nullptr; // made when first asked for
    QAction *m_freezeSelection = nullptr;
    QAction *m_unfreezeSelection = nullptr;
    BytesTransfer *m_bytesTransfer = nullptr;
    QList<std::pair<QAction *, const char *>> m_actionTexts; // the other actions and their untranslated texts
};

} // namespace app
