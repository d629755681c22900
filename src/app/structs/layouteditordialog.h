#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace app {

// Where a layout is chosen or written: the built-in st_pid, the saved and recent ones, a .h file, or C
// pasted from one's code. Apply asks the pane to parse it; a parse error shows here, with clang's line and
// column, and the pane keeps the layout it had.
class LayoutEditorDialog : public QDialog
{
    Q_OBJECT

public:
    LayoutEditorDialog(const QString &name, const QString &cText, QWidget *parent = nullptr);

    void showError(const QString &message);
    [[nodiscard]] QString layoutName() const;
    [[nodiscard]] QString layoutText() const;

signals:
    void applyRequested(const QString &name, const QString &cText);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void choose(const QString &name);
    void openFile();
    void saveToLibrary();

    QComboBox *m_library;
    QLineEdit *m_name;
    QPlainTextEdit *m_text;
    QLabel *m_error;
    QLabel *m_libraryLabel;
    QLabel *m_nameLabel;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace app
