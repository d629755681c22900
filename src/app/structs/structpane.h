#pragma once

#include "core/layout/layoutworker.h"
#include "core/layout/structlayout.h"
#include "core/result.h"

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace core {
class LayoutLibrary;
}

namespace app {

class ColumnFitter;
class HexView;
class SegmentDocument;
class StructDelegate;
class StructModel;

// The attached segment as a C struct: pick or paste a layout, see each field's value change as another
// process writes, edit a field in a read-write attach. Selection follows the hex view both ways.
class StructPane : public QWidget
{
    Q_OBJECT

public:
    // `layouts` offers the recent layouts in the editor; it outlives the pane.
    StructPane(SegmentDocument *document, HexView *hexView, const core::LayoutLibrary &layouts,
               QWidget *parent = nullptr);

    [[nodiscard]] StructModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    // What layOut() tells its caller: the layout is applied (ok), or refused with clang's diagnostics or ours
    // (the error), the layout in force staying. Never called for a layout stopped by a newer one or by
    // cancelLayout().
    using LayoutReply = std::function<void(const core::Result<core::Done> &outcome)>;
    // Lays `cText` out and then shows the segment through it. clang works in the background (a
    // core::LayoutWorker): the pane says "laying out…", the layout in force stays and the window keeps
    // working until the answer comes, and a newer call stops an older one still running. `reply` is called
    // from the event loop, never from inside layOut(). `source` is what core::LayoutLibrary::load() reads the
    // text again with: a saved layout's name (by default `name`), the built-in's, or a .h file's path.
    // Returns the request's number, for cancelLayout().
    quint64 layOut(const QString &name, const QString &cText, const QString &source = QString(),
                   LayoutReply reply = {});
    // Stops the layout of `request` when it is still the one on its way; its reply never comes.
    void cancelLayout(quint64 request);
    [[nodiscard]] bool isLayingOut() const { return m_pending.request != 0; }
    [[nodiscard]] QString layoutName() const { return m_layoutName; }
    [[nodiscard]] QString layoutText() const { return m_layoutText; }
    [[nodiscard]] QString layoutSource() const { return m_layoutSource; }
    // Presentation mode's change highlight.
    void setHighContrast(bool on);
    // Presentation mode: the fields, their types, offsets and values, without the tools, the notes, the
    // sizes and the comments.
    void setPresentation(bool on);
    // Presentation mode: without the field names when the rest needs the width.
    void fitToWidth(int width);
    // The width and height that show every field row whole, the header and frame included; for a struct
    // of many fields, the height of the first MaximumPresentedRows (the rest scroll).
    static constexpr int MaximumPresentedRows = 16;
    [[nodiscard]] int fieldsWidth() const;
    [[nodiscard]] int fieldsHeight() const;
    // The pane's height for fieldsHeight(): the lines above the fields (the layout's name, the notes) too.
    [[nodiscard]] int neededHeight() const;
    // The line above the fields when the layout is st_pid and the record shown is a torn race record
    // (core::RaceRecord): "torn: bytes from pid 1234 and pid 5678"; empty otherwise.
    [[nodiscard]] QString tornNote() const;
    // "torn: bytes from pid 1234 and pid 5678" for the pids a torn record holds, in their order.
    [[nodiscard]] static QString tornText(const QList<qint64> &pids);

public slots:
    void editLayout();
    // Freeze of the current field: at its value now, or at a value asked for (checked against its type and
    // range); refusals go out as editRefused(). Unfreeze lets go of it, Unfreeze All of every frozen range.
    // Watch of the current field: its history, plotted below (watchRequested).
    void watchField();
    void freezeField();
    void freezeFieldAt();
    void unfreezeField();
    void unfreezeAll();

signals:
    void editRefused(const QString &message);
    void layoutApplied(const QString &source);
    // The user asked for the history of the field of `index` (a row of model()).
    void watchRequested(const QModelIndex &index);
    // The user asked to bookmark the bytes of the field of `index` (Bookmark Field).
    void bookmarkRequested(const QModelIndex &index);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Sets every text of the pane again, in the language now installed, the built-in st_pid's comments too.
    // The notes the parser wrote stay in the language they were written in, until the next layout.
    void retranslate();
    // Shows the segment through a layout already laid out.
    void applyLayout(const QString &name, const QString &cText, const core::StructLayout &layout,
                     const QString &source);
    void finishLayout(quint64 request, const core::Result<core::StructLayout> &layout);
    void updateLayoutLabel();
    void updateSizeNote();
    // Reads the record shown (now, or at the moment the time slider shows) and marks it when torn.
    void updateTornNote();
    // Tells the model the rows on screen, soon after a scroll, an expand or collapse, a resize or a new
    // layout (once for several of them): the ticks read those rows' bytes only.
    void scheduleVisibleRows();
    void updateVisibleRows();
    void selectBytesOfField();
    void selectFieldsOfBytes();
    void createFieldActions();
    // The field menu at `position` of the view: watch, freeze and unfreeze, enabled as the field and the attach
    // allow.
    void showFieldMenu(const QPoint &position);

    SegmentDocument *m_document;
    HexView *m_hexView;
    const core::LayoutLibrary *m_layouts;
    StructModel *m_model;
    QTreeView *m_view;
    StructDelegate *m_delegate = nullptr;
    ColumnFitter *m_columns = nullptr;
    QLabel *m_layoutLabel;
    QLabel *m_sizeNote;
    QLabel *m_tornNote;
    QSpinBox *m_record;
    QLabel *m_recordLabel;
    QPushButton *m_editButton;
    QAction *m_watchAction = nullptr;
    QAction *m_bookmarkAction = nullptr;
    QAction *m_freezeAction = nullptr;
    QAction *m_freezeAtAction = nullptr;
    QAction *m_unfreezeAction = nullptr;
    QAction *m_unfreezeAllAction = nullptr;
    QString m_layoutName;
    QString m_layoutText;
    QString m_layoutSource;
    // The layout on its way, if any (request 0 when none): what to apply once it is laid out.
    struct PendingLayout
    {
        quint64 request = 0;
        QString name;
        QString cText;
        QString source;
        LayoutReply reply;
    };
    PendingLayout m_pending;
    quint64 m_requests = 0;
    core::LayoutWorker *m_worker;
    bool m_presenting = false;
    bool m_syncing = false; // selection is being copied from one view to the other
    bool m_visibleRowsScheduled = false;
};

} // namespace app
