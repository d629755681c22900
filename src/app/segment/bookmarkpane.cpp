#include "app/segment/bookmarkpane.h"

#include "app/segment/bookmarkmodel.h"
#include "app/segment/hexview.h"
#include "app/segment/segmentdocument.h"
#include "core/segments/segmentformat.h"

#include <QAction>
#include <QColorDialog>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace app {

BookmarkPane::BookmarkPane(SegmentDocument *document, HexView *hexView, core::BookmarkMemory &memory,
                           QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_hexView(hexView),
      m_memory(memory),
      m_subject(document->object().layoutSubject()),
      m_model(new BookmarkModel(document, this)),
      m_title(new QLabel(this)),
      m_note(new QLabel(this)),
      m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("bookmarkPane"));
    m_view->setObjectName(QStringLiteral("bookmarkList"));
    m_note->setObjectName(QStringLiteral("bookmarkNote"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_note->setWordWrap(true);
    m_note->setVisible(!core::BookmarkMemory::remembers(m_subject));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    // A scroll area's own least height is that of its scroll bars, taller than the header and a row: in a
    // 720-line window beside the fields and the inspector that was enough to push the window off the screen.
    m_view->setMinimumHeight(m_view->header()->sizeHint().height() + m_view->fontMetrics().height()
                             + 2 * m_view->frameWidth());
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

    const auto addAction = [this](const QKeySequence &key, void (BookmarkPane::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
        return action;
    };
    // F2 is the view's own edit key already (EditKeyPressed): no shortcut of ours on it.
    m_rename = addAction(QKeySequence(), &BookmarkPane::renameCurrent);
    m_recolour = addAction(QKeySequence(), &BookmarkPane::recolourCurrent);
    m_remove = addAction(QKeySequence::Delete, &BookmarkPane::removeCurrent);
    m_rename->setObjectName(QStringLiteral("renameBookmarkAction"));
    m_recolour->setObjectName(QStringLiteral("recolourBookmarkAction"));
    m_remove->setObjectName(QStringLiteral("removeBookmarkAction"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &BookmarkPane::showMenu);

    m_model->setOffsetText([hexView](quint64 offset) { return hexView->offsetText(offset); });
    m_model->setBookmarks(m_memory.bookmarksFor(m_subject));
    m_hexView->setBookmarks(&m_model->bookmarks());
    connect(m_model, &BookmarkModel::bookmarksChanged, this, [this] {
        remember();
        updateVisibility();
        m_hexView->viewport()->update();
    });
    connect(m_model, &BookmarkModel::editRefused, this, &BookmarkPane::editRefused);
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) { jumpTo(index.row()); });
    // The previews follow the bytes: the rows on screen, at each tick and whenever other rows come on screen.
    connect(document, &SegmentDocument::ticked, this, &BookmarkPane::readVisibleValues);
    connect(document, &SegmentDocument::momentChanged, this, &BookmarkPane::readVisibleValues);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &BookmarkPane::readVisibleValues);
    retranslate();
    updateVisibility();
}

void BookmarkPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BookmarkPane::retranslate()
{
    m_title->setText(tr("Bookmarks"));
    setAccessibleName(tr("Bookmarks"));
    m_note->setText(tr("Bookmarks of a private segment (key 0) are not remembered after it is closed."));
    m_view->setToolTip(tr("Click a bookmark to select its bytes; double-click its name to rename it"));
    m_rename->setText(tr("&Rename"));
    m_recolour->setText(tr("&Colour…"));
    m_remove->setText(tr("Re&move"));
    m_model->retranslate();
}

QStringList BookmarkPane::presetColours()
{
    return {QStringLiteral("#c0392b"), QStringLiteral("#2d7dd2"), QStringLiteral("#27ae60"),
            QStringLiteral("#e67e22"), QStringLiteral("#8e44ad"), QStringLiteral("#16a085")};
}

QString BookmarkPane::defaultName() const
{
    const core::BookmarkList &list = m_model->bookmarks();
    for (qsizetype n = list.size() + 1;; ++n) {
        //: The name a new bookmark is offered: "Bookmark 1", "Bookmark 2"...
        const QString name = tr("Bookmark %1").arg(n);
        if (std::none_of(list.bookmarks().cbegin(), list.bookmarks().cend(),
                         [&name](const core::Bookmark &b) { return b.name == name; }))
            return name;
    }
}

QString BookmarkPane::defaultColour() const
{
    const QStringList presets = presetColours();
    return presets.at(m_model->bookmarks().size() % presets.size());
}

void BookmarkPane::jumpTo(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const core::Bookmark &b = m_model->bookmark(row);
    if (m_model->isPastTheEnd(row)) {
        emit editRefused(tr("The bookmark %1 (0x%2, %3) lies past the end of this segment, which has %4: it is "
                            "kept for the key, but there is nothing to show.")
                             .arg(b.name)
                             .arg(b.offset, 0, 16)
                             .arg(core::SegmentFormat::byteCount(b.size), core::SegmentFormat::byteCount(m_document->size())));
        return;
    }
    // The cursor on the first byte, the selection to the last: the start of a long bookmark is on screen.
    m_hexView->setCursorOffset(b.end() - 1);
    m_hexView->setCursorOffset(b.offset, b.size > 1);
    m_hexView->centreCursor();
    m_view->setCurrentIndex(m_model->index(row, BookmarkModel::NameColumn));
}

int BookmarkPane::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

int BookmarkPane::heightForRows(int rows) const
{
    const int rowHeight = m_model->rowCount() > 0 ? m_view->sizeHintForRow(0) : m_view->fontMetrics().height();
    int height = m_view->header()->sizeHint().height() + rows * rowHeight + 2 * m_view->frameWidth();
    // The columns wider than the pane: a scroll bar across, below the rows.
    if (m_view->header()->length() > m_view->width() - 2 * m_view->frameWidth())
        height += m_view->horizontalScrollBar()->sizeHint().height();
    for (const QWidget *label : {static_cast<const QWidget *>(m_title), static_cast<const QWidget *>(m_note)}) {
        if (!label->isVisibleTo(this))
            continue;
        height += (label->hasHeightForWidth() ? label->heightForWidth(width()) : label->sizeHint().height())
                  + layout()->spacing();
    }
    return height;
}

void BookmarkPane::setPresentation(bool on)
{
    m_presenting = on;
    updateVisibility();
}

void BookmarkPane::updateVisibility()
{
    setVisible(!m_presenting && !m_model->bookmarks().isEmpty());
    readVisibleValues();
}

void BookmarkPane::remember()
{
    m_memory.setBookmarksFor(m_subject, m_model->bookmarks());
}

void BookmarkPane::readVisibleValues()
{
    if (!isVisible() || m_model->rowCount() == 0)
        return;
    const int first = std::max(0, m_view->indexAt(QPoint(0, 0)).row());
    const QModelIndex bottom = m_view->indexAt(QPoint(0, m_view->viewport()->height() - 1));
    m_model->readValues(first, bottom.isValid() ? bottom.row() : m_model->rowCount() - 1);
}

void BookmarkPane::showMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addActions({m_rename, m_recolour, m_remove});
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void BookmarkPane::renameCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_view->edit(current.siblingAtColumn(BookmarkModel::NameColumn));
}

void BookmarkPane::recolourCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const QColor chosen =
        QColorDialog::getColor(QColor(m_model->bookmark(row).colour), this, tr("Bookmark Colour"));
    if (!chosen.isValid() || row >= m_model->rowCount())
        return; // cancelled
    if (const auto recoloured = m_model->recolour(row, chosen.name()); !recoloured.ok())
        emit editRefused(recoloured.error().message);
}

void BookmarkPane::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_model->remove(current.row());
}

} // namespace app
