#pragma once

#include "core/layout/structlayout.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace app {

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
    StructPane(SegmentDocument *document, HexView *hexView, QWidget *parent = nullptr);

    [[nodiscard]] StructModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    // Parses `cText` and shows the segment through it. On a parse error the error is handed back and the
    // layout in force stays.
    bool applyLayout(const QString &name, const QString &cText, QString *error = nullptr);
    // The same for a layout already laid out.
    void applyLayout(const QString &name, const QString &cText, const core::StructLayout &layout);
    [[nodiscard]] QString layoutName() const { return m_layoutName; }
    [[nodiscard]] QString layoutText() const { return m_layoutText; }
    // Presentation mode's change highlight.
    void setHighContrast(bool on);

public slots:
    void editLayout();

signals:
    void editRefused(const QString &message);
    void layoutApplied(const QString &name, const QString &cText);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Sets every text of the pane again, in the language now installed. The notes the parser wrote stay
    // in the language they were written in, until the next layout.
    void retranslate();
    void updateLayoutLabel();
    void updateSizeNote();
    void selectBytesOfField();
    void selectFieldsOfBytes();

    SegmentDocument *m_document;
    HexView *m_hexView;
    StructModel *m_model;
    QTreeView *m_view;
    StructDelegate *m_delegate = nullptr;
    QLabel *m_layoutLabel;
    QLabel *m_sizeNote;
    QSpinBox *m_record;
    QLabel *m_recordLabel;
    QPushButton *m_editButton;
    QString m_layoutName;
    QString m_layoutText;
    bool m_syncing = false; // selection is being copied from one view to the other
};

} // namespace app
