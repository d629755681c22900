#pragma once

#include "core/kernel/mappedobject.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QTabWidget;
class QWidget;

namespace app {

class MessageBar;
class SegmentTab;

// The Segment menu's snapshot commands: Take Snapshot… (the current tab's bytes, IPC_STAT and layout into a
// file), Compare with Snapshot… (the current tab against a file: SegmentTab::compareWith) and Open Snapshot…
// (a file alone, read-only, in a tab of its own, with the layout it was saved with). Each asks for a file,
// then does what the method of its name does; the methods are the tests' way in. Refusals go to the message
// bar of the tab concerned, or of the window; nothing is written or opened then.
class SnapshotCommands : public QObject
{
    Q_OBJECT

public:
    using OpenTab =
        std::function<SegmentTab *(std::unique_ptr<core::MappedObject> object, const QString &toolTip)>;

    // The actions go into `menu` before `before`; `openTab` adds a tab to the window as an attach does.
    SnapshotCommands(QMenu *menu, QAction *before, QTabWidget *tabs, MessageBar *messages, OpenTab openTab,
                     QWidget *dialogParent);

    // The file suffix offered: .shmsnap.
    static constexpr const char *Suffix = "shmsnap";

    [[nodiscard]] bool save(SegmentTab *tab, const QString &path);
    [[nodiscard]] SegmentTab *open(const QString &path);
    [[nodiscard]] bool compare(SegmentTab *tab, const QString &path);

    [[nodiscard]] QAction *takeAction() const { return m_take; }
    [[nodiscard]] QAction *compareAction() const { return m_compare; }
    [[nodiscard]] QAction *openAction() const { return m_open; }

    void retranslate();

private:
    [[nodiscard]] SegmentTab *currentTab() const;
    void updateActions();
    [[nodiscard]] QString filter() const;

    QTabWidget *m_tabs;
    MessageBar *m_messages;
    OpenTab m_openTab;
    QWidget *m_dialogParent;
    QAction *m_take;
    QAction *m_compare;
    QAction *m_open;
};

} // namespace app
