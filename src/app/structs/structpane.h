#pragma once

#include "core/layout/structlayout.h"

#include <QWidget>

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
    // Parses `cText` and shows the segment through it. On a parse error the error is handed back and the
    // layout in force stays. `source` is what core::LayoutLibrary::load() reads the text again with: a
    // saved layout's name (by default `name`), the built-in's, or a .h file's path.
    bool applyLayout(const QString &name, const QString &cText, QString *error = nullptr,
                     const QString &source = QString());
    // The same for a layout already laid out.
    void applyLayout(const QString &name, const QString &cText, const core::StructLayout &layout,
                     const QString &source = QString());
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

public slots:
    void editLayout();

signals:
    void editRefused(const QString &message);
    void layoutApplied(const QString &source);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Sets every text of the pane again, in the language now installed, the built-in st_pid's comments too.
    // The notes the parser wrote stay in the language they were written in, until the next layout.
    void retranslate();
    void updateLayoutLabel();
    void updateSizeNote();
    // Tells the model the rows on screen, soon after a scroll, an expand or collapse, a resize or a new
    // layout (once for several of them): the ticks read those rows' bytes only.
    void scheduleVisibleRows();
    void updateVisibleRows();
    void selectBytesOfField();
    void selectFieldsOfBytes();

    SegmentDocument *m_document;
    HexView *m_hexView;
    const core::LayoutLibrary *m_layouts;
    StructModel *m_model;
    QTreeView *m_view;
    StructDelegate *m_delegate = nullptr;
    ColumnFitter *m_columns = nullptr;
    QLabel *m_layoutLabel;
    QLabel *m_sizeNote;
    QSpinBox *m_record;
    QLabel *m_recordLabel;
    QPushButton *m_editButton;
    QString m_layoutName;
    QString m_layoutText;
    QString m_layoutSource;
    bool m_presenting = false;
    bool m_syncing = false; // selection is being copied from one view to the other
    bool m_visibleRowsScheduled = false;
};

} // namespace app
