#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QModelIndex;
class QTableView;

namespace app {

class DataInspectorModel;
class HexView;
class RowHighlightDelegate;
class SegmentDocument;

// The data inspector: what the bytes at the hex view's cursor (or its selection's start) could be, as every
// common C type, in little or big endian, live with the ticks; a value is edited in place in a read-write
// attach (double-click or F2, Enter writes). Beside the hex view, below the struct pane.
class DataInspectorPane : public QWidget
{
    Q_OBJECT

public:
    DataInspectorPane(SegmentDocument *document, HexView *hexView, QWidget *parent = nullptr);

    [[nodiscard]] DataInspectorModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QComboBox *endianChoice() const { return m_endian; }
    // "at 0x10": where the values start.
    [[nodiscard]] QLabel *offsetLabel() const { return m_offset; }

    // Presentation mode: changes lit to be seen from the back of a room, and the rows in two columns of
    // eight, half as high.
    void setHighContrast(bool on);
    void setPresentation(bool on);
    // The size that shows every row whole, the header, the choice above and the frame included.
    [[nodiscard]] int neededHeight() const;
    // The height that shows the choice above, the header and `rows` rows whole (the rest scroll).
    [[nodiscard]] int heightForRows(int rows) const;
    [[nodiscard]] int neededWidth() const;
    // A few rows: the struct pane above has the first claim on the height, and the rest scroll.
    [[nodiscard]] QSize sizeHint() const override;

signals:
    // An edit that could not be made, and why: the tab shows it in its message bar. Nothing was written.
    void editRefused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void followCursor();
    void updateOffsetLabel();
    // Opens the value's editor, or says why it may not be edited.
    void startEditing(const QModelIndex &index);
    void fitColumns();
    void keepFewRows();

    SegmentDocument *m_document;
    HexView *m_hexView;
    DataInspectorModel *m_model;
    QTableView *m_view;
    RowHighlightDelegate *m_delegate;
    QLabel *m_title;
    QLabel *m_offset;
    QComboBox *m_endian;
    bool m_presenting = false;
};

} // namespace app
