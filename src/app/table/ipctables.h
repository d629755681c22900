#pragma once

#include "app/table/kindtabbar.h"

#include <QObject>
#include <QStringList>

class QAction;
class QBoxLayout;
class QMenu;
class QTableView;

namespace core {
struct ScanResult;
}

namespace app {

class DetailsPanel;
class IpcCommands;
class IpcTableView;
class MessageBar;
class MessageQueueTableModel;
class RefreshController;
class SegmentTableModel;
class SemaphoreSetTableModel;

// The window's tables of System V semaphore sets and message queues, beside the segment table: their models
// fed by every scan, the one the kind selector chooses shown, its selection in Details (with the objects of
// the same key), and the Segment menu's New Semaphore Set…, Set Semaphore Value… and New Message Queue…
// (IpcCommands). Kept out of MainWindow, which asks it for what concerns these two tables.
class IpcTables : public QObject
{
    Q_OBJECT

public:
    // The tables go into `pane` (hidden until chosen); the actions into `menu`, before `before`. `remove` is
    // the window's Remove, which acts on the table shown; the segment model names the namespaces and the
    // segments of each key.
    IpcTables(QWidget *window, QBoxLayout *pane, QMenu *menu, QAction *before, QAction *remove,
              const SegmentTableModel *segments, MessageBar *messages, RefreshController *refresh);

    [[nodiscard]] IpcTableView *semaphoreSetTable() const { return m_sets; }
    [[nodiscard]] IpcTableView *messageQueueTable() const { return m_queues; }
    [[nodiscard]] SemaphoreSetTableModel *semaphoreSetModel() const;
    [[nodiscard]] MessageQueueTableModel *messageQueueModel() const;
    [[nodiscard]] IpcCommands *commands() const { return m_commands; }
    [[nodiscard]] QAction *newSetAction() const { return m_newSet; }
    [[nodiscard]] QAction *setValueAction() const { return m_setValue; }
    [[nodiscard]] QAction *newQueueAction() const { return m_newQueue; }
    [[nodiscard]] QList<IpcTableView *> tables() const { return {m_sets, m_queues}; }

    void merge(const core::ScanResult &result);
    // Shows the table of this kind, or neither when it is not one of theirs.
    void showKind(KindTabBar::TableKind kind);
    // The table shown, or nullptr when the window shows another.
    [[nodiscard]] IpcTableView *shownTable() const;
    // Details of the shown table's selection (one row), or nothing; only while one of these tables is shown.
    void showDetails(DetailsPanel *panel) const;
    // Remove's text and tooltip for the table shown, and whether it may act; Set Semaphore Value… too.
    void updateActions();
    // The objects of this key in this namespace that are not a segment: "semaphore set 3", "message queue 2";
    // none for IPC_PRIVATE.
    [[nodiscard]] QStringList pairedWithSegment(qint32 key, quint64 ipcNamespace) const;
    // Shows the Namespace column (when the window lists more than ours: merge() does it too).
    void showNamespaceColumns();
    [[nodiscard]] bool hasActiveHighlights() const;
    void setHighContrast(bool on);
    void setRowHeight(int pixels);
    void repaint();
    // The texts given in code, in the language now installed.
    void retranslate();

signals:
    // The selection of either table changed: Details and the actions follow.
    void selectionChanged();

private:
    enum class Self { Segment, Set, Queue };
    [[nodiscard]] QStringList pairedWith(qint32 key, quint64 ipcNamespace, Self self) const;
    void setUpActions(QMenu *menu, QAction *before);

    QWidget *m_window;
    const SegmentTableModel *m_segments;
    IpcTableView *m_sets;
    IpcTableView *m_queues;
    IpcCommands *m_commands;
    QAction *m_remove;
    QAction *m_newSet = nullptr;
    QAction *m_setValue = nullptr;
    QAction *m_newQueue = nullptr;
    KindTabBar::TableKind m_kind = KindTabBar::TableKind::Segments;
    bool m_severalNamespaces = false; // the last scan listed more namespaces than ours
};

} // namespace app
