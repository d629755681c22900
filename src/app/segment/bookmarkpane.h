#pragma once

#include "core/bookmarks/bookmarkmemory.h"

#include <QWidget>

class QAction;
class QLabel;
class QTreeView;

namespace app {

class BookmarkModel;
class HexView;
class SegmentDocument;

// "Bookmarks": the named, coloured ranges of the tab's segment, right of the bytes. A click selects a
// bookmark's bytes in the hex view, centred; a double-click renames it in place; its menu recolours and
// removes it (Delete too). Every change is remembered at once for the segment's key (or the POSIX object's
// name), so that the next tab of it, after a detach or a restart, shows them again; a private segment's are
// not, and the pane says so. Hidden while the tab has none.
class BookmarkPane : public QWidget
{
    Q_OBJECT

public:
    // `memory` (the window's settings) outlives the pane.
    BookmarkPane(SegmentDocument *document, HexView *hexView, core::BookmarkMemory &memory,
                 QWidget *parent = nullptr);

    [[nodiscard]] BookmarkModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    // The row of the bookmark last jumped to or clicked, or -1.
    [[nodiscard]] int currentRow() const;
    // The next "Bookmark N" no bookmark of the tab is named yet.
    [[nodiscard]] QString defaultName() const;
    // A colour of the presets the last bookmarks do not have yet, so that neighbours differ.
    [[nodiscard]] QString defaultColour() const;
    // The colours Add Bookmark offers first: the program's own (the icons'), then two more.
    [[nodiscard]] static QStringList presetColours();
    // Selects the bookmark's bytes in the hex view, the cursor on its first byte, centred. A bookmark past
    // the end is refused (editRefused), nothing moved.
    void jumpTo(int row);
    // The height that shows the title, the note, the header and `rows` rows whole (the rest scroll).
    [[nodiscard]] int heightForRows(int rows) const;
    // Presentation mode: hidden, so that the record's fields keep the height.
    void setPresentation(bool on);

public slots:
    void renameCurrent();
    void recolourCurrent();
    void removeCurrent();

signals:
    void editRefused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void remember();
    void updateVisibility();
    // Reads the previews of the rows on screen (at each tick, after a scroll or a resize).
    void readVisibleValues();
    void showMenu(const QPoint &position);

    SegmentDocument *m_document;
    HexView *m_hexView;
    core::BookmarkMemory &m_memory;
    core::LayoutSubject m_subject;
    BookmarkModel *m_model;
    QLabel *m_title;
    QLabel *m_note; // a private key's bookmarks are forgotten
    QTreeView *m_view;
    QAction *m_rename;
    QAction *m_recolour;
    QAction *m_remove;
    bool m_presenting = false;
};

} // namespace app
