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
// column, and the pane keeps the layout it had. The dialog follows where its text can be read again (a saved
// name, the built-in's, a file's path) until the text is edited, when only a save to the library can.
class LayoutEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `source`: where `cText` is read again (LayoutLibrary::load); `recent`: listed first in the library.
    LayoutEditorDialog(const QString &name, const QString &cText, const QString &source,
                       const QStringList &recent, QWidget *parent = nullptr);

    void showError(const QString &message);
    // A sentence that is no error, in the error's place: "Laying out big…", "Saved as big."
    void showNote(const QString &message);
    [[nodiscard]] QString layoutName() const;
    [[nodiscard]] QString layoutText() const;
    // Where the text is read again: what it was chosen or opened from, or once edited its name.
    [[nodiscard]] QString layoutSource() const;

signals:
    void applyRequested(const QString &name, const QString &cText, const QString &source);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void choose(const QString &name);
    void openFile();
    void saveToLibrary();
    void showText(const QString &source, const QString &name, const QString &cText);

    QComboBox *m_library;
    QLineEdit *m_name;
    QPlainTextEdit *m_text;
    QLabel *m_error;
    QLabel *m_libraryLabel;
    QLabel *m_nameLabel;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QString m_source;
};

} // namespace app
