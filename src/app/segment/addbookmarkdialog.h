#pragma once

#include "core/bookmarks/bookmark.h"
#include "core/result.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QToolButton;

namespace app {

// "Add Bookmark": the name and the colour of a new bookmark of the range it was opened on (the selection, the
// byte at the cursor, a struct field). OK hands the bookmark to `add`; a refusal (an empty name...) is shown
// in the dialog, which stays open, and nothing is added.
class AddBookmarkDialog : public QDialog
{
    Q_OBJECT

public:
    using Adder = std::function<core::Result<qsizetype>(const core::Bookmark &bookmark)>;

    // `presets` are offered as swatches; `colour` is chosen first (one of them, or another).
    AddBookmarkDialog(quint64 offset, quint64 size, const QString &name, const QString &colour,
                      const QStringList &presets, Adder add, QWidget *parent = nullptr);

    [[nodiscard]] QString colour() const { return m_colour; }
    // Chooses a colour as a click on its swatch (or on Other Colour…) does.
    void setColour(const QString &colour);

public slots:
    void accept() override;

private:
    void chooseOtherColour();

    quint64 m_offset;
    quint64 m_size;
    Adder m_add;
    QString m_colour;
    QLineEdit *m_name;
    QButtonGroup *m_swatches;
    QToolButton *m_other;
    QLabel *m_error;
};

} // namespace app
