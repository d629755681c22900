#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace app {

class CallLogModel;
class ColumnFitter;
class MessageBar;

// The call log as a pane: every kernel call the window made, as C, beside the shell command that does the
// same, and the lifecycle events the refresh saw, each with its time. Copy, clear and save as text.
class CallLogPane : public QWidget
{
    Q_OBJECT

public:
    explicit CallLogPane(QWidget *parent = nullptr);

    [[nodiscard]] CallLogModel *model() const { return m_model; }
    // The selected lines, or every line when none is selected, to the clipboard.
    void copy();
    void clear();
    // Writes every line to `path`; false (and the reason in the pane) when the file cannot be written.
    bool saveTo(const QString &path);
    // Presentation mode: the lines alone, the latest in view; the note and the buttons folded away.
    void setPresentation(bool on);
    // The height that shows the header and `rows` lines.
    [[nodiscard]] int heightForRows(int rows) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void save();
    void retranslate();
    void fitToFont();
    [[nodiscard]] QList<int> rowsToCopy() const;

    CallLogModel *m_model;
    MessageBar *m_messages;
    QLabel *m_note;
    QTableView *m_view;
    ColumnFitter *m_columns = nullptr;
    QToolButton *m_copyButton;
    QToolButton *m_clearButton;
    QToolButton *m_saveButton;
};

} // namespace app
